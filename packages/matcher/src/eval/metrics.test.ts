import { describe, expect, it } from "vitest";
import { dcg, evaluateRun, ndcgAt, recallAt, reciprocalRank } from "./metrics";

const judged = new Map([
  ["b", 3],
  ["c", 1],
  ["d", 2],
  ["e", 0],
]);

describe("metrics", () => {
  it("computes DCG with gain 2^grade − 1 and a log2 discount", () => {
    // 7/log2(2) + 3/log2(3) + 1/log2(4)
    expect(dcg([3, 2, 1], 3)).toBeCloseTo(7 + 3 / Math.log2(3) + 0.5, 12);
    expect(dcg([3, 2, 1], 1)).toBe(7);
  });

  it("computes nDCG@3 of a hand-worked ranking", () => {
    // DCG = 0 + 7/log2(3) + 1/2 = 4.9165; ideal = 7 + 3/log2(3) + 1/2 = 9.3928.
    expect(ndcgAt(["a", "b", "c"], judged, 3)).toBeCloseTo(4.916502 / 9.392789, 5);
    expect(ndcgAt(["b", "d", "c"], judged, 3)).toBe(1);
    expect(ndcgAt(["x"], new Map([["y", 0]]), 10)).toBe(0);
  });

  it("computes recall@k over the documents graded 1 or more", () => {
    expect(recallAt(["a", "b", "c"], judged, 2)).toBeCloseTo(1 / 3, 12);
    expect(recallAt(["a", "b", "c", "d", "e"], judged, 50)).toBe(1);
  });

  it("computes the reciprocal rank of the first relevant document", () => {
    expect(reciprocalRank(["a", "e", "c"], judged)).toBeCloseTo(1 / 3, 12);
    expect(reciprocalRank(["a"], judged)).toBe(0);
  });

  it("averages over the judged queries, an unranked query counting zero", () => {
    const qrels = new Map([
      ["q1", judged],
      ["q2", new Map([["z", 1]])],
    ]);
    const m = evaluateRun(new Map([["q1", ["b", "d", "c"]]]), qrels, 10);
    expect(m).toEqual({ ndcg: 0.5, recall50: 0.5, mrr: 0.5, queries: 2 });
  });
});
