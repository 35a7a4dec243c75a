import { createSearchIndex } from "@openttc/search/create-search-index";
import { describe, expect, it } from "vitest";
import type { MatchAchievement, MatchDemand } from "../listing";
import { NOW, sampleLexicon } from "../test-support";
import { runEvaluation } from "./run-eval";

describe("runEvaluation", () => {
  it("ranks with the embedded engine and the matcher, and with plain BM25, and reports both", async () => {
    const achievements: MatchAchievement[] = [
      { id: "a1", titleEn: "Graphene thermal film for phones" },
      { id: "a2", titleZh: "石墨烯导热膜" },
      { id: "a3", titleEn: "Tea withering line" },
      { id: "a4", titleEn: "Cold chain for cut flowers" },
    ];
    const demands: MatchDemand[] = [
      { id: "d1", titleZh: "需要石墨烯导热膜" },
      { id: "d2", titleEn: "unjudged" },
    ];
    let t = 0;
    const report = await runEvaluation({
      achievements,
      demands,
      qrels: new Map([
        [
          "d1",
          new Map([
            ["a1", 2],
            ["a2", 3],
          ]),
        ],
      ]),
      index: createSearchIndex(),
      lexicon: sampleLexicon(),
      k: 10,
      now: NOW,
      clock: () => t++,
    });
    expect(report.queries).toBe(1);
    expect(Object.keys(report.matcher)).toEqual(["ndcg@10", "recall@50", "mrr", "ms_per_query"]);
    expect(report.matcher["ndcg@10"]).toBe(1);
    // Plain BM25 has no translation: it cannot find the English-only a1.
    expect(report.bm25["recall@50"]).toBe(0.5);
    expect(report.matcher["recall@50"]).toBe(1);
  });
});
