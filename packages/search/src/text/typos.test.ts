import { describe, expect, it } from "vitest";
import { typoMatch, withinTypos } from "./typos";

describe("typos", () => {
  it("counts a swap of neighbouring letters as one typo", () => {
    expect(withinTypos("thermla", "thermal", 1)).toBe(true);
  });

  it("counts insertions, deletions and substitutions", () => {
    expect(withinTypos("grafene", "graphene", 2)).toBe(true);
    expect(withinTypos("grafene", "graphene", 1)).toBe(false);
    expect(withinTypos("grafene", "green", 2)).toBe(false);
  });

  it("matches the beginning of a longer word", () => {
    expect(typoMatch("perovsk", "perovskite", 0)).toBe(true);
    expect(typoMatch("perobsk", "perovskite", 1)).toBe(true);
  });
});
