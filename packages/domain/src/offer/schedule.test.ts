import { describe, expect, it } from "vitest";
import { paymentSchedule, ZScheduleAssumptions } from "./schedule";
import { type TOfferTermsInput, ZOfferTerms } from "./terms";

function terms(overrides: Partial<TOfferTermsInput> = {}) {
  return ZOfferTerms.parse({
    mode: "exclusive_licence",
    upfrontFee: 0,
    exclusivity: "exclusive",
    territory: ["CN"],
    termYears: 3,
    ...overrides,
  });
}
const assume = (a: Record<string, unknown> = {}) =>
  ZScheduleAssumptions.parse({ startDate: "2027-03-01", ...a });
const column = (
  s: ReturnType<typeof paymentSchedule>,
  key: "royalty" | "total" | "cumulative" | "milestones" | "deferred" | "upfront",
) => s.periods.map((p) => p[key]);

describe("payment schedule", () => {
  it("puts the upfront fee in the first period and dates the periods by contract year", () => {
    const s = paymentSchedule(terms({ upfrontFee: 500_000 }), assume());
    expect(s.periods.map((p) => [p.label, p.start, p.end])).toEqual([
      ["Y1", "2027-03-01", "2028-03-01"],
      ["Y2", "2028-03-01", "2029-03-01"],
      ["Y3", "2029-03-01", "2030-03-01"],
    ]);
    expect(column(s, "total")).toEqual([500_000, 0, 0]);
    expect(s.totals).toMatchObject({ upfront: 500_000, scheduled: 500_000, contingent: 0 });
    expect(s.currency).toBe("CNY");
  });

  it("schedules nothing for a zero-fee offer without revenue", () => {
    const s = paymentSchedule(terms(), assume());
    expect(column(s, "total")).toEqual([0, 0, 0]);
    expect(s.totals.scheduled).toBe(0);
  });

  it("puts dated milestones in their period and lists conditional or late ones apart", () => {
    const s = paymentSchedule(
      terms({
        milestones: [
          { amount: 100_000, dueOn: "2028-05-01" },
          { amount: 50_000, condition: "regulatory approval" },
          { amount: 70_000, dueOn: "2031-01-01" },
          { amount: 30_000, dueOn: "2026-12-01", condition: "signing" },
        ],
      }),
      assume(),
    );
    expect(column(s, "milestones")).toEqual([30_000, 100_000, 0]);
    expect(s.contingent).toEqual([
      {
        kind: "milestone",
        milestone: 1,
        amount: 50_000,
        reason: "condition",
        condition: "regulatory approval",
      },
      { kind: "milestone", milestone: 2, amount: 70_000, reason: "after_term", condition: null },
    ]);
    expect(s.totals).toMatchObject({ milestones: 130_000, contingent: 120_000 });
  });

  it("charges the royalty on the assumed revenue, the last year's revenue carrying on", () => {
    const s = paymentSchedule(
      terms({ termYears: 4, royalty: { ratePercent: 5, base: "net_sales" } }),
      assume({ annualRevenue: [0, 1_000_000] }),
    );
    expect(column(s, "royalty")).toEqual([0, 50_000, 50_000, 50_000]);
    expect(s.periods.map((p) => p.royaltyCapped)).toEqual([false, false, false, false]);
  });

  it("applies the annual cap per contract year, also across quarters", () => {
    const s = paymentSchedule(
      terms({ termYears: 1, royalty: { ratePercent: 10, base: "gross_sales", annualCap: 25_000 } }),
      assume({ annualRevenue: [400_000], granularity: "quarter" }),
    );
    expect(s.periods.map((p) => p.label)).toEqual(["Y1Q1", "Y1Q2", "Y1Q3", "Y1Q4"]);
    expect(column(s, "royalty")).toEqual([10_000, 10_000, 5_000, 0]);
    expect(s.periods.map((p) => p.royaltyCapped)).toEqual([false, false, true, true]);
  });

  it("stops the royalty at the total cap over the term", () => {
    const s = paymentSchedule(
      terms({
        termYears: 4,
        royalty: { ratePercent: 10, base: "net_sales", annualCap: 80_000, totalCap: 150_000 },
      }),
      assume({ annualRevenue: [1_000_000] }),
    );
    expect(column(s, "royalty")).toEqual([80_000, 70_000, 0, 0]);
    expect(s.periods.map((p) => p.royaltyCapped)).toEqual([true, true, true, true]);
    expect(s.totals.royalty).toBe(150_000);
  });

  it("measure 4: a deferred payment falls due the stated months after the first revenue", () => {
    const deferred = terms({
      mode: "use_first_pay_later",
      exclusivity: "non_exclusive",
      payLater: { kind: "deferred", deferredAmount: 300_000, deferredMonthsAfterFirstRevenue: 6 },
    });
    const yearly = paymentSchedule(deferred, assume({ annualRevenue: [0, 2_000_000] }));
    expect(column(yearly, "deferred")).toEqual([0, 300_000, 0]);
    const quarterly = paymentSchedule(
      deferred,
      assume({ annualRevenue: [0, 2_000_000], granularity: "quarter" }),
    );
    // First revenue in Y2Q1 (2028-03-01); six months later is 2028-09-01, the start of Y2Q3.
    expect(quarterly.periods.find((p) => p.deferred > 0)?.label).toBe("Y2Q3");
    const late = paymentSchedule(deferred, assume({ annualRevenue: [0, 0, 5_000_000] }));
    // Due after the term ends: paid when the term ends at the latest.
    expect(column(late, "deferred")).toEqual([0, 0, 300_000]);
  });

  it("lists a deferred payment apart when the assumption never brings revenue", () => {
    const s = paymentSchedule(
      terms({
        mode: "use_first_pay_later",
        payLater: { kind: "deferred", deferredAmount: 300_000, deferredMonthsAfterFirstRevenue: 0 },
      }),
      assume(),
    );
    expect(s.contingent).toEqual([
      { kind: "deferred", milestone: null, amount: 300_000, reason: "no_revenue", condition: null },
    ]);
    expect(s.totals.deferred).toBe(0);
  });

  it("keeps a running total and reports invest-first funding apart from payments", () => {
    const s = paymentSchedule(
      terms({
        mode: "joint_development",
        upfrontFee: 100_000,
        milestones: [{ amount: 200_000, dueOn: "2029-06-30" }],
        investFirst: {
          fundingAmount: 3_000_000,
          conditions: ["annual revenue over 10 million"],
          equityPercentOnConversion: 15,
        },
      }),
      assume(),
    );
    expect(column(s, "cumulative")).toEqual([100_000, 100_000, 300_000]);
    expect(s.investment).toEqual({ amount: 3_000_000, convertsToEquityPercent: 15 });
  });

  it("keeps month ends at month ends when quarters start on the 31st", () => {
    const s = paymentSchedule(
      terms({ termYears: 1 }),
      assume({ startDate: "2027-01-31", granularity: "quarter" }),
    );
    expect(s.periods.map((p) => p.start)).toEqual([
      "2027-01-31",
      "2027-04-30",
      "2027-07-31",
      "2027-10-31",
    ]);
  });

  it("refuses bad assumptions", () => {
    expect(ZScheduleAssumptions.safeParse({ startDate: "tomorrow" }).success).toBe(false);
    expect(
      ZScheduleAssumptions.safeParse({ startDate: "2027-01-01", annualRevenue: [-1] }).success,
    ).toBe(false);
  });
});
