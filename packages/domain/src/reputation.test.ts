import { describe, expect, it } from "vitest";
import { computeReputation, RECENT_DAYS } from "./reputation";

const DAY = 24 * 3600 * 1000;
const NOW = new Date("2025-07-01T00:00:00.000Z");
const daysAgo = (days: number, extraMs = 0) => new Date(NOW.getTime() - days * DAY - extraMs);

describe("computeReputation", () => {
  it("uses a recent window of 180 days", () => {
    expect(RECENT_DAYS).toBe(180);
  });

  it("has no means and no trend without evaluations", () => {
    expect(computeReputation([], NOW)).toEqual({
      count: 0,
      mean: null,
      recentCount: 0,
      recentMean: null,
      trend: null,
    });
  });

  it("averages every evaluation and the recent ones separately, with the trend as their difference", () => {
    const reputation = computeReputation(
      [
        { overall: 4.5, at: daysAgo(10) },
        { overall: 3.5, at: daysAgo(100) },
        { overall: 3, at: daysAgo(200) },
        { overall: 2, at: daysAgo(400) },
      ],
      NOW,
    );
    expect(reputation).toEqual({ count: 4, mean: 3.25, recentCount: 2, recentMean: 4, trend: 1.5 });
  });

  it("shows a falling reputation as a negative trend", () => {
    const reputation = computeReputation(
      [
        { overall: 2, at: daysAgo(30) },
        { overall: 5, at: daysAgo(365) },
      ],
      NOW,
    );
    expect(reputation.trend).toBe(-3);
  });

  it("counts an evaluation exactly 180 days old as recent", () => {
    const reputation = computeReputation([{ overall: 4, at: daysAgo(180) }], NOW);
    expect(reputation.recentCount).toBe(1);
    expect(reputation.recentMean).toBe(4);
  });

  it("counts an evaluation one millisecond older than 180 days as older", () => {
    const reputation = computeReputation([{ overall: 4, at: daysAgo(180, 1) }], NOW);
    expect(reputation).toEqual({
      count: 1,
      mean: 4,
      recentCount: 0,
      recentMean: null,
      trend: null,
    });
  });

  it("has no trend when every evaluation is recent", () => {
    const reputation = computeReputation(
      [
        { overall: 5, at: daysAgo(1) },
        { overall: 3, at: daysAgo(179) },
      ],
      NOW,
    );
    expect(reputation).toEqual({ count: 2, mean: 4, recentCount: 2, recentMean: 4, trend: null });
  });

  it("has no trend when every evaluation is old", () => {
    const reputation = computeReputation([{ overall: 3, at: daysAgo(500) }], NOW);
    expect(reputation.recentMean).toBeNull();
    expect(reputation.trend).toBeNull();
    expect(reputation.mean).toBe(3);
  });

  it("does not depend on the order of the evaluations", () => {
    const evaluations = [
      { overall: 1, at: daysAgo(300) },
      { overall: 5, at: daysAgo(2) },
      { overall: 4, at: daysAgo(90) },
    ];
    expect(computeReputation([...evaluations].reverse(), NOW)).toEqual(
      computeReputation(evaluations, NOW),
    );
  });
});
