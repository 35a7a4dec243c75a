import { describe, expect, it } from "vitest";
import { diffOfferTerms } from "./diff";

describe("offer diff", () => {
  it("lists changed leaves by dotted path", () => {
    expect(
      diffOfferTerms(
        { upfrontFee: 500_000, royalty: { ratePercent: 3, base: "net_sales" }, territory: ["CN"] },
        {
          upfrontFee: 800_000,
          royalty: { ratePercent: 3, base: "gross_sales" },
          territory: ["CN"],
        },
      ),
    ).toEqual([
      { path: "upfrontFee", kind: "changed", before: 500_000, after: 800_000 },
      { path: "royalty.base", kind: "changed", before: "net_sales", after: "gross_sales" },
    ]);
  });

  it("shows an instrument that appears or disappears as its fields added or removed", () => {
    expect(
      diffOfferTerms(
        { royalty: null, payLater: { kind: "staged", deferredAmount: null } },
        { royalty: { ratePercent: 5, annualCap: null }, payLater: null },
      ),
    ).toEqual([
      { path: "royalty.ratePercent", kind: "added", before: null, after: 5 },
      { path: "payLater.kind", kind: "removed", before: "staged", after: null },
    ]);
  });

  it("compares lists item by item", () => {
    expect(
      diffOfferTerms(
        { milestones: [{ amount: 1 }, { amount: 2 }], territory: ["CN"] },
        { milestones: [{ amount: 1 }], territory: ["CN", "LA"] },
      ),
    ).toEqual([
      { path: "territory.1", kind: "added", before: null, after: "LA" },
      { path: "milestones.1.amount", kind: "removed", before: 2, after: null },
    ]);
  });

  it("finds nothing between equal terms", () => {
    const terms = { mode: "transfer", upfrontFee: 1, milestones: [{ amount: 1, condition: "x" }] };
    expect(diffOfferTerms(terms, structuredClone(terms))).toEqual([]);
  });
});
