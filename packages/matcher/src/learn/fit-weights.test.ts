import { describe, expect, it } from "vitest";
import type { ComponentVector } from "../score/components";
import { DEFAULT_WEIGHTS, parseWeights } from "../score/weights";
import { labelFeedback } from "./feedback";
import { DEFAULT_FIT, fitWeights, type LabelledPair, logLoss } from "./fit-weights";

const base: ComponentVector = {
  text: 0.6,
  taxonomy: 1,
  trl: 1,
  modes: 1,
  budget: 1,
  region: 0.7,
  reputation: 0.5,
  freshness: 1,
};

// Deterministic pseudo-random values so the fits are reproducible.
function values(i: number, over: Partial<ComponentVector> = {}): ComponentVector {
  const r = (k: number) => ((i * 7919 + k * 104729) % 1000) / 1000;
  return { ...base, text: r(1), taxonomy: r(2), trl: r(3), modes: r(4), budget: r(5), ...over };
}

describe("fitWeights", () => {
  it("never lets text relevance's weight fall below the floor or lose its dominance", () => {
    // Data in which text says nothing and TRL says everything.
    const pairs: LabelledPair[] = Array.from({ length: 400 }, (_, i) => {
      const v = values(i);
      return { values: v, label: v.trl > 0.5 ? 1 : 0 };
    });
    const w = fitWeights(pairs, { l2: 0 });
    const others = Object.entries(w.weights).filter(([n]) => n !== "text");
    expect(w.weights.text).toBeGreaterThanOrEqual(DEFAULT_FIT.textFloor);
    for (const [, v] of others)
      expect(w.weights.text).toBeGreaterThanOrEqual(DEFAULT_FIT.dominance * Math.abs(v) - 1e-3);
    expect(w.weights.trl).toBeGreaterThan(DEFAULT_WEIGHTS.weights.trl);
  });

  it("learns a larger TRL weight when immature achievements are dismissed", () => {
    const events = Array.from({ length: 300 }, (_, i) => {
      const v = values(i, { text: 0.7 });
      return v.trl < 0.4
        ? ({ kind: "dismissed", reason: "immature", values: v } as const)
        : ({ kind: "contacted", values: v } as const);
    });
    const pairs = labelFeedback(events);
    const w = fitWeights(pairs);
    expect(w.weights.trl).toBeGreaterThan(DEFAULT_WEIGHTS.weights.trl);
    expect(logLoss(w, pairs)).toBeLessThan(logLoss(DEFAULT_WEIGHTS, pairs));
  });

  it("keeps the prior when there is no feedback", () => {
    const w = fitWeights([]);
    expect(w.weights).toEqual(DEFAULT_WEIGHTS.weights);
    expect(w.bias).toBe(DEFAULT_WEIGHTS.bias);
  });

  it("gives weights that survive a JSON round trip", () => {
    const w = fitWeights([{ values: base, label: 1 }]);
    expect(parseWeights(JSON.parse(JSON.stringify(w)))).toEqual(w);
    expect(() =>
      parseWeights({ version: 1, bias: 0, textGate: 0.2, weights: { text: 1 } }),
    ).toThrow(/weights.taxonomy/);
  });
});

describe("labelFeedback", () => {
  it("turns contacts and deals into positives, topical dismissals into full negatives and middling evaluations into nothing", () => {
    const v = base;
    const pairs = labelFeedback([
      { kind: "contacted", values: v },
      { kind: "deal", values: v },
      { kind: "dismissed", reason: "not_relevant", values: v },
      { kind: "dismissed", reason: "too_expensive", values: v },
      { kind: "answer_evaluated", overall: 4.5, values: v },
      { kind: "answer_evaluated", overall: 3, values: v },
      { kind: "answer_evaluated", overall: 1.5, values: v },
    ]);
    expect(pairs.map((p) => [p.label, p.weight])).toEqual([
      [1, 1],
      [1, 2],
      [0, 1],
      [0, 0.5],
      [1, 1],
      [0, 1],
    ]);
  });
});
