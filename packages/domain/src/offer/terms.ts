import { z } from "zod";
import { CURRENCIES, TRANSFER_MODES, zText } from "../listing-common";

export const EXCLUSIVITIES = ["exclusive", "sole", "non_exclusive"] as const;
/** Exclusive: only the licensee uses it; sole: the licensee and the licensor; non-exclusive: anyone licensed. */
export type Exclusivity = (typeof EXCLUSIVITIES)[number];

export const ROYALTY_BASES = ["net_sales", "gross_sales", "gross_profit"] as const;
/** What a royalty rate applies to. */
export type RoyaltyBase = (typeof ROYALTY_BASES)[number];

export const PAY_LATER_KINDS = ["staged", "deferred"] as const;
/**
 * Measure 4's two ways to pay a use-first-pay-later licence: zero entry fee + staged payments +
 * revenue share ("staged"), or payment deferred until the licensee earns revenue ("deferred").
 */
export type PayLaterKind = (typeof PAY_LATER_KINDS)[number];

export const RIGHTS_GRANT_KINDS = ["team_ownership", "long_term_use"] as const;
/** Measure 2: the unit grants the team ownership, or a long-term use right. */
export type RightsGrantKind = (typeof RIGHTS_GRANT_KINDS)[number];

export const EQUITY_REMAINDER_HOLDERS = ["unit", "municipal_state_capital"] as const;
/** Measure 7: who holds the shares the team does not: the unit, or the municipal state-capital company. */
export type EquityRemainderHolder = (typeof EQUITY_REMAINDER_HOLDERS)[number];

const MAX_MONEY = 1e12;
const zMoney = z
  .number("must be a number")
  .finite("must be a finite number")
  .nonnegative("must not be negative")
  .max(MAX_MONEY, "is too large");
const zPositiveMoney = zMoney.positive("must be more than zero");
const zPercent = z
  .number("must be a number")
  .finite("must be a finite number")
  .min(0, "must be between 0 and 100")
  .max(100, "must be between 0 and 100");
const zIsoDate = z.iso.date("must be a date written YYYY-MM-DD");
const nullable = <T extends z.ZodType>(schema: T) =>
  schema.nullish().transform((v) => (v ?? null) as z.output<T> | null);

export const ZMilestonePayment = z
  .object({
    amount: zPositiveMoney,
    condition: nullable(zText(300)),
    dueOn: nullable(zIsoDate),
  })
  .superRefine((m, ctx) => {
    if (!m.condition && !m.dueOn) {
      ctx.addIssue({
        code: "custom",
        path: ["condition"],
        message: "give the condition that triggers the payment, its date, or both",
      });
    }
  });
/** A payment due on a date, on a condition (e.g. "pilot batch passes"), or on the condition by the date. */
export type TMilestonePayment = z.infer<typeof ZMilestonePayment>;

export const ZRoyalty = z
  .object({
    ratePercent: z
      .number("must be a number")
      .finite("must be a finite number")
      .positive("must be more than zero")
      .max(50, "must be at most 50"),
    base: z.enum(ROYALTY_BASES),
    annualCap: nullable(zPositiveMoney),
    totalCap: nullable(zPositiveMoney),
  })
  .superRefine((r, ctx) => {
    if (r.annualCap != null && r.totalCap != null && r.totalCap < r.annualCap) {
      ctx.addIssue({
        code: "custom",
        path: ["totalCap"],
        message: "must not be less than the annual cap",
      });
    }
  });
/** A running royalty: a rate on a base, optionally capped per contract year and in total. */
export type TRoyalty = z.infer<typeof ZRoyalty>;

export const ZPayLater = z
  .object({
    kind: z.enum(PAY_LATER_KINDS),
    deferredAmount: nullable(zPositiveMoney),
    // Months after the licensee's first revenue from the technology.
    deferredMonthsAfterFirstRevenue: nullable(
      z
        .number()
        .int("must be a whole number")
        .min(0, "must be between 0 and 60")
        .max(60, "must be between 0 and 60"),
    ),
  })
  .superRefine((p, ctx) => {
    if (p.kind === "deferred") {
      if (p.deferredAmount == null) {
        ctx.addIssue({
          code: "custom",
          path: ["deferredAmount"],
          message: "a deferred payment needs its amount",
        });
      }
      if (p.deferredMonthsAfterFirstRevenue == null) {
        ctx.addIssue({
          code: "custom",
          path: ["deferredMonthsAfterFirstRevenue"],
          message: "say how many months after the first revenue the payment is due",
        });
      }
    } else if (p.deferredAmount != null || p.deferredMonthsAfterFirstRevenue != null) {
      ctx.addIssue({
        code: "custom",
        path: ["deferredAmount"],
        message: "only a deferred payment has a deferred amount and delay",
      });
    }
  });
/** Measure 4's use-first-pay-later instrument. */
export type TPayLater = z.infer<typeof ZPayLater>;

export const ZEquitySplit = z.object({
  // 作价: the value at which the achievement is contributed to the company.
  valuation: zPositiveMoney,
  // The share of the company the achievement's contribution buys.
  technologySharePercent: zPercent.positive("must be more than zero"),
  // Of the shares the achievement forms, the part the completing team holds (measure 7).
  teamSharePercent: zPercent,
  remainderHolder: z.enum(EQUITY_REMAINDER_HOLDERS),
  // "技术入股+现金入股": cash the investor puts in next to the technology.
  cashInvestment: zMoney.default(0),
});
/** Measure 7's equity investment of an achievement. */
export type TEquitySplit = z.infer<typeof ZEquitySplit>;

export const ZInvestFirst = z.object({
  fundingAmount: zPositiveMoney,
  conditions: z
    .array(zText(300))
    .min(1, "state at least one condition under which the funding converts to equity (measure 8)")
    .max(10, "must have at most 10 conditions"),
  equityPercentOnConversion: zPercent.positive("must be more than zero"),
  convertBy: nullable(zIsoDate),
});
/** Measure 8's "invest first, equity later": project funding now, converted to equity when the conditions are met. */
export type TInvestFirst = z.infer<typeof ZInvestFirst>;

export const ZRightsGrant = z.object({
  kind: z.enum(RIGHTS_GRANT_KINDS),
  years: nullable(
    z
      .number()
      .int("must be a whole number")
      .min(1, "must be at least 1")
      .max(99, "must be at most 99"),
  ),
});
/** Measure 2's grant of the job achievement's rights to the completing team, as part of the deal. */
export type TRightsGrant = z.infer<typeof ZRightsGrant>;

export const ZIncomeSplit = z.object({
  researchersPercent: zPercent,
  transferStaffPercentOfRetained: zPercent.default(0),
});
/** Measure 6's split of a horizontal project's net income. */
export type TIncomeSplit = z.infer<typeof ZIncomeSplit>;

/** The structured terms of an offer; policy rules are checked separately by `offerPolicyIssues`. */
export const ZOfferTerms = z.object({
  mode: z.enum(TRANSFER_MODES),
  currency: z.enum(CURRENCIES).default("CNY"),
  upfrontFee: zMoney,
  milestones: z.array(ZMilestonePayment).max(20, "must have at most 20 milestones").default([]),
  royalty: nullable(ZRoyalty),
  payLater: nullable(ZPayLater),
  exclusivity: z.enum(EXCLUSIVITIES),
  territory: z
    .array(zText(60))
    .min(1, "name at least one territory")
    .max(30, "must have at most 30 territories")
    .transform((t) => [...new Set(t)]),
  termYears: z
    .number()
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(50, "must be at most 50"),
  equity: nullable(ZEquitySplit),
  investFirst: nullable(ZInvestFirst),
  rightsGrant: nullable(ZRightsGrant),
  incomeSplit: nullable(ZIncomeSplit),
});
/** Offer terms after parsing: every optional instrument is null when absent. */
export type TOfferTerms = z.infer<typeof ZOfferTerms>;
/** Offer terms as a client sends them. */
export type TOfferTermsInput = z.input<typeof ZOfferTerms>;
