import { describe, expect, it } from "vitest";
import { checkDraft, initialTerms, type TermsInput, withoutTypename } from "./offer-draft";

const university = {
  sellerKind: "UNIVERSITY",
  achievement: {
    transferModes: ["EQUITY_INVESTMENT", "USE_FIRST_PAY_LATER", "NON_EXCLUSIVE_LICENCE"],
    rightsStatus: "UNIT_RETAINED",
    rightsUseYears: null,
    negativeList: false,
    publiclyFunded: false,
  },
  today: "2026-11-27",
};

const base = initialTerms(["NON_EXCLUSIVE_LICENCE"]);

describe("checking a draft offer in the browser", () => {
  it("reports a malformed field by its path, before any policy rule", () => {
    const draft: TermsInput = {
      ...base,
      royalty: { ratePercent: 60, base: "NET_SALES", annualCap: 500, totalCap: 100 },
    };
    const check = checkDraft(draft, university, null, 0);
    expect(check.valid).toBe(false);
    expect(check.fieldErrors.get("royalty.ratePercent")).toEqual(["must be at most 50"]);
    expect(check.fieldErrors.get("royalty.totalCap")).toEqual([
      "must not be less than the annual cap",
    ]);
    expect(check.schedule).toBeNull();
  });

  it("holds a job achievement's equity investment to the team's 80% (measure 7)", () => {
    const draft: TermsInput = {
      ...base,
      mode: "EQUITY_INVESTMENT",
      exclusivity: "EXCLUSIVE",
      equity: {
        valuation: 2_000_000,
        technologySharePercent: 20,
        teamSharePercent: 70,
        remainderHolder: "UNIT",
        cashInvestment: 0,
      },
    };
    const check = checkDraft(draft, university, null, 0);
    expect(check.valid).toBe(false);
    expect(check.issues.map((i) => [i.code, i.path, i.measure])).toContainEqual([
      "TEAM_SHARE_BELOW_MINIMUM",
      "equity.teamSharePercent",
      7,
    ]);
    const equity = draft.equity;
    if (!equity) throw new Error("the draft has an equity split");
    const fixed = checkDraft(
      { ...draft, equity: { ...equity, teamSharePercent: 85 } },
      university,
      null,
      0,
    );
    expect(fixed.valid).toBe(true);
  });

  it("requires use-first-pay-later's zero entry fee and its way of paying (measure 4)", () => {
    const draft: TermsInput = { ...base, mode: "USE_FIRST_PAY_LATER", upfrontFee: 100_000 };
    const codes = checkDraft(draft, university, null, 0).issues.map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(["ENTRY_FEE_NOT_ZERO", "PAY_LATER_REQUIRED"]));
    const deferred = checkDraft(
      {
        ...draft,
        upfrontFee: 0,
        payLater: { kind: "DEFERRED", deferredAmount: 300_000, deferredMonthsAfterFirstRevenue: 6 },
      },
      university,
      null,
      1_000_000,
    );
    expect(deferred.valid).toBe(true);
    expect(deferred.schedule?.totals.deferred).toBe(300_000);
  });

  it("asks invest-first-equity-later for its conversion conditions (measure 8)", () => {
    const draft: TermsInput = {
      ...base,
      mode: "JOINT_DEVELOPMENT",
      investFirst: {
        fundingAmount: 500_000,
        conditions: [],
        equityPercentOnConversion: 5,
        convertBy: null,
      },
    };
    expect(
      checkDraft(draft, university, null, 0).fieldErrors.get("investFirst.conditions"),
    ).toEqual([
      "state at least one condition under which the funding converts to equity (measure 8)",
    ]);
  });

  it("spreads the upfront fee and capped royalties over the term and diffs against the offer it answers", () => {
    const previous: TermsInput = { ...base, upfrontFee: 100_000 };
    const draft: TermsInput = {
      ...previous,
      upfrontFee: 150_000,
      royalty: { ratePercent: 5, base: "NET_SALES", annualCap: 30_000, totalCap: null },
    };
    const check = checkDraft(draft, university, previous, 1_000_000);
    expect(check.schedule?.periods).toHaveLength(5);
    expect(check.schedule?.periods[0]).toMatchObject({ upfront: 150_000, royalty: 30_000 });
    expect(check.schedule?.periods[0]?.royaltyCapped).toBe(true);
    expect(check.changes).toContainEqual({
      path: "upfrontFee",
      kind: "changed",
      before: 100_000,
      after: 150_000,
    });
    expect(check.changes.some((c) => c.path === "royalty.ratePercent" && c.kind === "added")).toBe(
      true,
    );
  });

  it("turns a fetched offer back into input without urql's type names", () => {
    expect(
      withoutTypename({ __typename: "OfferTerms", milestones: [{ __typename: "M", amount: 1 }] }),
    ).toEqual({ milestones: [{ amount: 1 }] });
  });
});
