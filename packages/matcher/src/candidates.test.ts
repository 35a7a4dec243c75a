import { emptyFacets, type SearchIndex, type SearchQuery } from "@openttc/search/search-index";
import { describe, expect, it } from "vitest";
import { findMatchesForAchievement, findMatchesForDemand, recallQuery } from "./candidates";
import { EVAL_FILTER } from "./eval/run-eval";
import type { MatchAchievement, MatchDemand } from "./listing";
import { matcherFor } from "./test-support";

/** A fake engine that answers from fixed id lists and records what it was asked. */
function fakeIndex(answers: { text: string[]; field: string[]; browse: string[] }) {
  const queries: SearchQuery[] = [];
  const index: Pick<SearchIndex, "search"> = {
    async search(_which, query) {
      queries.push(query);
      const ids = query.filter.field ? (query.q ? answers.field : answers.browse) : answers.text;
      return {
        hits: ids
          .slice(0, query.limit)
          .map((id, i) => ({ id, score: 1 / (i + 1), highlights: [] })),
        estimatedTotal: ids.length,
        facets: emptyFacets(),
        tookMs: 0,
      };
    },
  };
  return { index: index as SearchIndex, queries };
}

const demand: MatchDemand = {
  id: "d1",
  titleZh: "石墨烯导热膜",
  titleEn: "Graphene thermal film",
  field: "new_materials.carbon",
};
const listings: MatchAchievement[] = [
  { id: "a1", titleEn: "Graphene thermal film", field: "new_materials.carbon" },
  { id: "a2", titleZh: "石墨烯薄膜制备装置", field: "new_materials.carbon" },
  { id: "a3", titleEn: "Tea withering line", field: "plateau_agriculture.tea_coffee" },
];

describe("findMatchesForDemand", () => {
  it("asks the index for text, same-field and newest same-field candidates, then re-scores them itself", async () => {
    const { index, queries } = fakeIndex({ text: ["a3", "a1"], field: ["a1"], browse: ["a2"] });
    const matcher = matcherFor({ achievements: listings, demands: [demand] });
    const loaded: string[][] = [];
    const results = await findMatchesForDemand(
      {
        index,
        filter: EVAL_FILTER,
        matcher,
        loadAchievements: async (ids) => {
          loaded.push([...ids]);
          return listings.filter((a) => ids.includes(a.id));
        },
      },
      demand,
      { limit: 2 },
    );
    expect(queries.map((q) => [q.filter.field ?? null, q.q !== ""])).toEqual([
      [null, true],
      [["new_materials.carbon"], true],
      [["new_materials.carbon"], false],
    ]);
    expect(queries.every((q) => q.filter.statuses === EVAL_FILTER.statuses)).toBe(true);
    expect(loaded[0]?.sort()).toEqual(["a1", "a2", "a3"]);
    // The engine ranked a3 first; the matcher's own scores decide.
    expect(results.map((r) => r.achievementId)).toEqual(["a1", "a2"]);
    expect(results[0]?.explanation.sentences.en.length).toBeGreaterThan(0);
  });

  it("puts the strongest words and their translations in the engine query", () => {
    const matcher = matcherFor({ achievements: listings, demands: [demand] });
    const q = recallQuery(matcher.demandProfile({ id: "z", titleZh: "石墨烯导热膜" }).full).split(
      " ",
    );
    expect(q).toContain("石墨烯");
    expect(q).toContain("graphen");
  });
});

describe("findMatchesForAchievement", () => {
  it("ranks demands for an achievement with the same pair scores", async () => {
    const { index } = fakeIndex({ text: ["d1", "d2"], field: [], browse: [] });
    const other: MatchDemand = {
      id: "d2",
      titleEn: "Cold chain for cut flowers",
      field: "construction_transport.logistics",
    };
    const matcher = matcherFor({ achievements: listings, demands: [demand, other] });
    const a = listings[0] as MatchAchievement;
    const results = await findMatchesForAchievement(
      {
        index,
        filter: EVAL_FILTER,
        matcher,
        loadDemands: async (ids) => [demand, other].filter((d) => ids.includes(d.id)),
      },
      a,
    );
    expect(results.map((r) => r.demandId)).toEqual(["d1", "d2"]);
    expect(results[0]?.score).toBeCloseTo(matcher.match(demand, a).score, 12);
  });
});
