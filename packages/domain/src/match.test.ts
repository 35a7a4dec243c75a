import { describe, expect, it } from "vitest";
import { ZMarkMatchInput } from "./match";
import { parseInput } from "./validation";

const id = "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b";
const issuesOf = (input: unknown) => {
  try {
    parseInput(ZMarkMatchInput, input);
    return [];
  } catch (error) {
    return (error as { issues: { path: string }[] }).issues.map((i) => i.path);
  }
};

describe("ZMarkMatchInput", () => {
  it("accepts a view or a contact without a reason, and a coded dismissal", () => {
    expect(issuesOf({ matchId: id, action: "viewed" })).toEqual([]);
    expect(issuesOf({ matchId: id, action: "contacted" })).toEqual([]);
    expect(issuesOf({ matchId: id, action: "dismissed", reason: "NOT_OUR_FIELD" })).toEqual([]);
  });

  it("needs a reason to dismiss, and a text for OTHER", () => {
    expect(issuesOf({ matchId: id, action: "dismissed" })).toEqual(["input.reason"]);
    expect(issuesOf({ matchId: id, action: "dismissed", reason: "OTHER" })).toEqual([
      "input.reasonText",
    ]);
    expect(
      issuesOf({ matchId: id, action: "dismissed", reason: "OTHER", reasonText: "  " }),
    ).toEqual(["input.reasonText"]);
    expect(
      issuesOf({ matchId: id, action: "dismissed", reason: "OTHER", reasonText: "已有供应商" }),
    ).toEqual([]);
  });

  it("refuses a reason on anything but a dismissal, unknown codes and bad ids", () => {
    expect(issuesOf({ matchId: id, action: "contacted", reason: "PRICE_OR_TERMS" })).toEqual([
      "input.reason",
    ]);
    expect(issuesOf({ matchId: id, action: "dismissed", reason: "TOO_FAR" })).toEqual([
      "input.reason",
    ]);
    expect(issuesOf({ matchId: "x", action: "viewed" })).toEqual(["input.matchId"]);
  });
});
