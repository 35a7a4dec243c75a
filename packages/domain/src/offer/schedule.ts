import { z } from "zod";
import type { TOfferTerms } from "./terms";

export const SCHEDULE_GRANULARITIES = ["year", "quarter"] as const;
/** The length of one period of a payment schedule. */
export type ScheduleGranularity = (typeof SCHEDULE_GRANULARITIES)[number];

/** What the schedule assumes: when the term starts and what the licensee earns each contract year. */
export const ZScheduleAssumptions = z.object({
  startDate: z.iso.date("must be a date written YYYY-MM-DD"),
  // Revenue per contract year from the technology; years past the list keep the last value.
  annualRevenue: z
    .array(
      z
        .number("must be a number")
        .finite("must be a finite number")
        .nonnegative("must not be negative")
        .max(1e13, "is too large"),
    )
    .max(50, "must have at most 50 years")
    .default([]),
  granularity: z.enum(SCHEDULE_GRANULARITIES).default("year"),
});
export type TScheduleAssumptions = z.infer<typeof ZScheduleAssumptions>;

/** One period of a payment schedule, amounts in the offer's currency. */
export interface SchedulePeriod {
  /** "Y1" for a year, "Y1Q2" for a quarter of the contract. */
  label: string;
  start: string;
  /** Exclusive end date. */
  end: string;
  revenue: number;
  upfront: number;
  milestones: number;
  royalty: number;
  /** True when a cap cut this period's royalty. */
  royaltyCapped: boolean;
  deferred: number;
  total: number;
  cumulative: number;
}

/** A payment the schedule cannot date: it waits on a condition, or on revenue that the assumption never reaches. */
export interface ContingentPayment {
  kind: "milestone" | "deferred";
  /** The milestone's index in the offer, null for the deferred payment. */
  milestone: number | null;
  amount: number;
  reason: "condition" | "after_term" | "no_revenue";
  condition: string | null;
}

/** Expected payments to the seller over the term, and what the schedule cannot date. */
export interface PaymentSchedule {
  currency: string;
  periods: SchedulePeriod[];
  contingent: ContingentPayment[];
  totals: {
    upfront: number;
    milestones: number;
    royalty: number;
    deferred: number;
    scheduled: number;
    contingent: number;
  };
  /** Measure 8's funding paid to the company up front (invest first), which is not a payment to the seller. */
  investment: { amount: number; convertsToEquityPercent: number } | null;
}

const cents = (n: number) => Math.round(n * 100) / 100;

function addMonths(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  // Clamp to the month's last day: 31 January plus one month is 28/29 February, not March.
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d.toISOString().slice(0, 10);
}

/**
 * Spreads an offer's payments over its term: the upfront fee at the start, dated milestones in
 * their period, the royalty on the assumed revenue with the annual cap per contract year and
 * the total cap over the term, and measure 4's deferred payment the stated number of months
 * after the first period with revenue. Undatable payments are listed apart, never guessed.
 */
export function paymentSchedule(
  terms: TOfferTerms,
  assumptions: TScheduleAssumptions,
): PaymentSchedule {
  const perYear = assumptions.granularity === "quarter" ? 4 : 1;
  const monthsPerPeriod = 12 / perYear;
  const count = terms.termYears * perYear;
  const revenueOfYear = (year: number) => {
    const list = assumptions.annualRevenue;
    if (list.length === 0) return 0;
    return list[Math.min(year, list.length - 1)] ?? 0;
  };

  const periods: SchedulePeriod[] = [];
  for (let i = 0; i < count; i++) {
    const year = Math.floor(i / perYear);
    periods.push({
      label: perYear === 1 ? `Y${year + 1}` : `Y${year + 1}Q${(i % perYear) + 1}`,
      start: addMonths(assumptions.startDate, i * monthsPerPeriod),
      end: addMonths(assumptions.startDate, (i + 1) * monthsPerPeriod),
      revenue: cents(revenueOfYear(year) / perYear),
      upfront: 0,
      milestones: 0,
      royalty: 0,
      royaltyCapped: false,
      deferred: 0,
      total: 0,
      cumulative: 0,
    });
  }
  const termEnd = periods.at(-1)?.end ?? assumptions.startDate;
  const periodOf = (date: string) =>
    date < assumptions.startDate ? 0 : periods.findIndex((p) => date >= p.start && date < p.end);

  const contingent: ContingentPayment[] = [];
  if (periods[0]) periods[0].upfront = terms.upfrontFee;

  terms.milestones.forEach((m, index) => {
    const at = m.dueOn ? periodOf(m.dueOn) : -1;
    const period = at >= 0 ? periods[at] : undefined;
    if (period) {
      period.milestones = cents(period.milestones + m.amount);
    } else {
      contingent.push({
        kind: "milestone",
        milestone: index,
        amount: m.amount,
        reason: m.dueOn ? "after_term" : "condition",
        condition: m.condition,
      });
    }
  });

  if (terms.royalty) {
    const { ratePercent, annualCap, totalCap } = terms.royalty;
    let paidTotal = 0;
    let paidThisYear = 0;
    periods.forEach((p, i) => {
      if (i % perYear === 0) paidThisYear = 0;
      const due = (p.revenue * ratePercent) / 100;
      let room = due;
      if (annualCap != null) room = Math.min(room, annualCap - paidThisYear);
      if (totalCap != null) room = Math.min(room, totalCap - paidTotal);
      const paid = cents(Math.max(0, room));
      p.royalty = paid;
      p.royaltyCapped = cents(due) > paid;
      paidTotal = cents(paidTotal + paid);
      paidThisYear = cents(paidThisYear + paid);
    });
  }

  const deferred = terms.payLater?.kind === "deferred" ? terms.payLater : null;
  if (deferred?.deferredAmount != null) {
    const first = periods.find((p) => p.revenue > 0);
    if (!first) {
      contingent.push({
        kind: "deferred",
        milestone: null,
        amount: deferred.deferredAmount,
        reason: "no_revenue",
        condition: null,
      });
    } else {
      const dueOn = addMonths(first.start, deferred.deferredMonthsAfterFirstRevenue ?? 0);
      // Due later than the term runs: the licensee pays it when the term ends at the latest.
      const at = dueOn >= termEnd ? periods.length - 1 : periodOf(dueOn);
      const period = periods[at];
      if (period) period.deferred = deferred.deferredAmount;
    }
  }

  let cumulative = 0;
  for (const p of periods) {
    p.total = cents(p.upfront + p.milestones + p.royalty + p.deferred);
    cumulative = cents(cumulative + p.total);
    p.cumulative = cumulative;
  }
  const sum = (pick: (p: SchedulePeriod) => number) =>
    cents(periods.reduce((acc, p) => acc + pick(p), 0));
  return {
    currency: terms.currency,
    periods,
    contingent,
    totals: {
      upfront: sum((p) => p.upfront),
      milestones: sum((p) => p.milestones),
      royalty: sum((p) => p.royalty),
      deferred: sum((p) => p.deferred),
      scheduled: cumulative,
      contingent: cents(contingent.reduce((acc, c) => acc + c.amount, 0)),
    },
    investment: terms.investFirst
      ? {
          amount: terms.investFirst.fundingAmount,
          convertsToEquityPercent: terms.investFirst.equityPercentOnConversion,
        }
      : null,
  };
}
