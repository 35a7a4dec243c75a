import { describe, expect, it } from "vitest";
import { ZOfferTerms } from "./terms";

const base = {
  mode: "exclusive_licence",
  upfrontFee: 0,
  exclusivity: "exclusive",
  territory: ["CN", "CN", "LA"],
  termYears: 5,
};

const pathsOf = (input: unknown) => {
  const result = ZOfferTerms.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.path.join("."));
};

describe("offer terms schema", () => {
  it("fills defaults, nulls absent instruments and de-duplicates territories", () => {
    expect(ZOfferTerms.parse(base)).toEqual({
      ...base,
      currency: "CNY",
      milestones: [],
      royalty: null,
      payLater: null,
      territory: ["CN", "LA"],
      equity: null,
      investFirst: null,
      rightsGrant: null,
      incomeSplit: null,
    });
  });

  it("accepts a zero upfront fee but no negative or absurd amounts", () => {
    expect(pathsOf(base)).toEqual([]);
    expect(pathsOf({ ...base, upfrontFee: -1 })).toEqual(["upfrontFee"]);
    expect(pathsOf({ ...base, upfrontFee: 1e13 })).toEqual(["upfrontFee"]);
    expect(pathsOf({ ...base, upfrontFee: Number.NaN })).toEqual(["upfrontFee"]);
  });

  it("needs a condition or a date on every milestone, and a positive amount", () => {
    expect(pathsOf({ ...base, milestones: [{ amount: 100, condition: "first sale" }] })).toEqual(
      [],
    );
    expect(pathsOf({ ...base, milestones: [{ amount: 100, dueOn: "2028-01-01" }] })).toEqual([]);
    expect(pathsOf({ ...base, milestones: [{ amount: 100 }] })).toEqual(["milestones.0.condition"]);
    expect(pathsOf({ ...base, milestones: [{ amount: 0, condition: "x" }] })).toEqual([
      "milestones.0.amount",
    ]);
    expect(pathsOf({ ...base, milestones: [{ amount: 1, dueOn: "2028-13-01" }] })).toEqual([
      "milestones.0.dueOn",
    ]);
  });

  it("bounds royalty rates and keeps the total cap at or above the annual cap", () => {
    const royalty = (r: object) => ({
      ...base,
      royalty: { ratePercent: 3, base: "net_sales", ...r },
    });
    expect(pathsOf(royalty({}))).toEqual([]);
    expect(pathsOf(royalty({ ratePercent: 0 }))).toEqual(["royalty.ratePercent"]);
    expect(pathsOf(royalty({ ratePercent: 51 }))).toEqual(["royalty.ratePercent"]);
    expect(pathsOf(royalty({ annualCap: 100, totalCap: 99 }))).toEqual(["royalty.totalCap"]);
    expect(pathsOf(royalty({ annualCap: 100, totalCap: 100 }))).toEqual([]);
    expect(pathsOf(royalty({ base: "turnover" }))).toEqual(["royalty.base"]);
  });

  it("asks a deferred payment for its amount and delay, and nothing else for staged payment", () => {
    const payLater = (p: object) => ({ ...base, payLater: p });
    expect(pathsOf(payLater({ kind: "deferred" }))).toEqual([
      "payLater.deferredAmount",
      "payLater.deferredMonthsAfterFirstRevenue",
    ]);
    expect(
      pathsOf(
        payLater({ kind: "deferred", deferredAmount: 10, deferredMonthsAfterFirstRevenue: 61 }),
      ),
    ).toEqual(["payLater.deferredMonthsAfterFirstRevenue"]);
    expect(pathsOf(payLater({ kind: "staged", deferredAmount: 10 }))).toEqual([
      "payLater.deferredAmount",
    ]);
    expect(pathsOf(payLater({ kind: "staged" }))).toEqual([]);
  });

  it("bounds the term, territories, percentages and the conversion conditions", () => {
    expect(pathsOf({ ...base, termYears: 0 })).toEqual(["termYears"]);
    expect(pathsOf({ ...base, termYears: 2.5 })).toEqual(["termYears"]);
    expect(pathsOf({ ...base, territory: [] })).toEqual(["territory"]);
    expect(
      pathsOf({
        ...base,
        equity: {
          valuation: 1,
          technologySharePercent: 0,
          teamSharePercent: 101,
          remainderHolder: "unit",
        },
      }),
    ).toEqual(["equity.technologySharePercent", "equity.teamSharePercent"]);
    expect(
      pathsOf({
        ...base,
        investFirst: { fundingAmount: 1, conditions: [], equityPercentOnConversion: 5 },
      }),
    ).toEqual(["investFirst.conditions"]);
    expect(pathsOf({ ...base, rightsGrant: { kind: "long_term_use", years: 0 } })).toEqual([
      "rightsGrant.years",
    ]);
  });
});
