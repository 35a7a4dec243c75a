import { DEAL_STATUSES, OFFER_STATUSES } from "@openttc/domain/lifecycle";
import type { TermChange, TermValue } from "@openttc/domain/offer/diff";
import {
  OFFER_ISSUE_CODES,
  OFFER_ISSUE_SEVERITIES,
  type OfferIssue,
} from "@openttc/domain/offer/policy";
import { ROOM_SIDES } from "@openttc/domain/offer/room";
import {
  type ContingentPayment,
  type PaymentSchedule,
  SCHEDULE_GRANULARITIES,
  type SchedulePeriod,
} from "@openttc/domain/offer/schedule";
import {
  EQUITY_REMAINDER_HOLDERS,
  EXCLUSIVITIES,
  PAY_LATER_KINDS,
  RIGHTS_GRANT_KINDS,
  ROYALTY_BASES,
  type TOfferTerms,
} from "@openttc/domain/offer/terms";
import { builder } from "../../graphql/builder";
import { CurrencyEnum, TransferModeEnum } from "../../graphql/enums";

/** GraphQL enums use UPPER_CASE names for the domain's lower-case values. */
export function roomEnum<const V extends readonly string[]>(
  name: string,
  values: V,
  description: string,
) {
  return builder.enumType(name, {
    description,
    values: Object.fromEntries(values.map((v) => [v.toUpperCase(), { value: v }])) as {
      [K in V[number]]: { value: K };
    },
  });
}

export const RoomSideEnum = roomEnum(
  "RoomSide",
  ROOM_SIDES,
  "The side a participant speaks for: the buyer organization, the seller organization, or a broker.",
);
export const OfferStatusEnum = roomEnum("OfferStatus", OFFER_STATUSES, "Status of an offer.");
export const DealStatusEnum = roomEnum("DealStatus", DEAL_STATUSES, "Status of a deal.");
const ExclusivityEnum = roomEnum(
  "Exclusivity",
  EXCLUSIVITIES,
  "Exclusive: only the licensee; sole: the licensee and the licensor; non-exclusive: anyone licensed.",
);
const RoyaltyBaseEnum = roomEnum("RoyaltyBase", ROYALTY_BASES, "What a royalty rate applies to.");
const PayLaterKindEnum = roomEnum(
  "PayLaterKind",
  PAY_LATER_KINDS,
  "Measure 4: zero entry fee + staged payments + revenue share (STAGED), or payment deferred until the licensee earns revenue (DEFERRED).",
);
const RightsGrantKindEnum = roomEnum(
  "RightsGrantKind",
  RIGHTS_GRANT_KINDS,
  "Measure 2: ownership or a long-term use right granted to the completing team.",
);
const EquityRemainderHolderEnum = roomEnum(
  "EquityRemainderHolder",
  EQUITY_REMAINDER_HOLDERS,
  "Measure 7: who holds the shares the team does not.",
);
const OfferIssueCodeEnum = roomEnum(
  "OfferIssueCode",
  [...OFFER_ISSUE_CODES, "INVALID_FIELD"] as const,
  "Stable code of a finding about offer terms; INVALID_FIELD is a malformed field.",
);
const OfferIssueSeverityEnum = roomEnum(
  "OfferIssueSeverity",
  OFFER_ISSUE_SEVERITIES,
  "ERROR blocks the offer; WARNING and INFO only inform.",
);
const ScheduleGranularityEnum = roomEnum(
  "ScheduleGranularity",
  SCHEDULE_GRANULARITIES,
  "Length of one period of a payment schedule.",
);
const TermChangeKindEnum = roomEnum(
  "TermChangeKind",
  ["added", "removed", "changed"] as const,
  "How a field differs from the previous offer.",
);

const MilestonePaymentRef = builder
  .objectRef<TOfferTerms["milestones"][number]>("MilestonePayment")
  .implement({
    fields: (t) => ({
      amount: t.exposeFloat("amount"),
      condition: t.exposeString("condition", { nullable: true }),
      dueOn: t.expose("dueOn", { type: "Date", nullable: true }),
    }),
  });

const RoyaltyRef = builder.objectRef<NonNullable<TOfferTerms["royalty"]>>("Royalty").implement({
  fields: (t) => ({
    ratePercent: t.exposeFloat("ratePercent"),
    base: t.field({ type: RoyaltyBaseEnum, resolve: (r) => r.base }),
    annualCap: t.exposeFloat("annualCap", { nullable: true }),
    totalCap: t.exposeFloat("totalCap", { nullable: true }),
  }),
});

const PayLaterRef = builder.objectRef<NonNullable<TOfferTerms["payLater"]>>("PayLater").implement({
  fields: (t) => ({
    kind: t.field({ type: PayLaterKindEnum, resolve: (p) => p.kind }),
    deferredAmount: t.exposeFloat("deferredAmount", { nullable: true }),
    deferredMonthsAfterFirstRevenue: t.exposeInt("deferredMonthsAfterFirstRevenue", {
      nullable: true,
    }),
  }),
});

const EquitySplitRef = builder
  .objectRef<NonNullable<TOfferTerms["equity"]>>("EquitySplit")
  .implement({
    fields: (t) => ({
      valuation: t.exposeFloat("valuation", { description: "作价: the achievement's value." }),
      technologySharePercent: t.exposeFloat("technologySharePercent"),
      teamSharePercent: t.exposeFloat("teamSharePercent", {
        description: "Of the shares the achievement forms, the team's part (measure 7: ≥ 80).",
      }),
      remainderHolder: t.field({
        type: EquityRemainderHolderEnum,
        resolve: (e) => e.remainderHolder,
      }),
      cashInvestment: t.exposeFloat("cashInvestment"),
    }),
  });

const InvestFirstRef = builder
  .objectRef<NonNullable<TOfferTerms["investFirst"]>>("InvestFirst")
  .implement({
    description: "Measure 8: project funding now, converted to equity when the conditions are met.",
    fields: (t) => ({
      fundingAmount: t.exposeFloat("fundingAmount"),
      conditions: t.exposeStringList("conditions"),
      equityPercentOnConversion: t.exposeFloat("equityPercentOnConversion"),
      convertBy: t.expose("convertBy", { type: "Date", nullable: true }),
    }),
  });

const RightsGrantRef = builder
  .objectRef<NonNullable<TOfferTerms["rightsGrant"]>>("RightsGrant")
  .implement({
    fields: (t) => ({
      kind: t.field({ type: RightsGrantKindEnum, resolve: (r) => r.kind }),
      years: t.exposeInt("years", { nullable: true }),
    }),
  });

const IncomeSplitRef = builder
  .objectRef<NonNullable<TOfferTerms["incomeSplit"]>>("IncomeSplit")
  .implement({
    fields: (t) => ({
      researchersPercent: t.exposeFloat("researchersPercent"),
      transferStaffPercentOfRetained: t.exposeFloat("transferStaffPercentOfRetained"),
    }),
  });

export const OfferTermsRef = builder.objectRef<TOfferTerms>("OfferTerms").implement({
  description: "Structured terms of an offer or a deal; amounts in whole units of `currency`.",
  fields: (t) => ({
    mode: t.field({ type: TransferModeEnum, resolve: (o) => o.mode }),
    currency: t.field({ type: CurrencyEnum, resolve: (o) => o.currency }),
    upfrontFee: t.exposeFloat("upfrontFee"),
    milestones: t.field({ type: [MilestonePaymentRef], resolve: (o) => o.milestones }),
    royalty: t.field({ type: RoyaltyRef, nullable: true, resolve: (o) => o.royalty }),
    payLater: t.field({ type: PayLaterRef, nullable: true, resolve: (o) => o.payLater }),
    exclusivity: t.field({ type: ExclusivityEnum, resolve: (o) => o.exclusivity }),
    territory: t.exposeStringList("territory"),
    termYears: t.exposeInt("termYears"),
    equity: t.field({ type: EquitySplitRef, nullable: true, resolve: (o) => o.equity }),
    investFirst: t.field({ type: InvestFirstRef, nullable: true, resolve: (o) => o.investFirst }),
    rightsGrant: t.field({ type: RightsGrantRef, nullable: true, resolve: (o) => o.rightsGrant }),
    incomeSplit: t.field({ type: IncomeSplitRef, nullable: true, resolve: (o) => o.incomeSplit }),
  }),
});

export const OfferIssueRef = builder
  .objectRef<Omit<OfferIssue, "code"> & { code: OfferIssue["code"] | "INVALID_FIELD" }>(
    "OfferIssue",
  )
  .implement({
    description:
      "A finding about offer terms, with the field it concerns and the measure it cites.",
    fields: (t) => ({
      code: t.field({ type: OfferIssueCodeEnum, resolve: (i) => i.code }),
      severity: t.field({ type: OfferIssueSeverityEnum, resolve: (i) => i.severity }),
      path: t.exposeString("path", {
        description: "Dotted field path, e.g. terms.equity.teamSharePercent.",
      }),
      message: t.exposeString("message"),
      measure: t.exposeInt("measure", {
        nullable: true,
        description: "The Kunming measure (1–18) the rule comes from.",
      }),
    }),
  });

const asText = (v: TermValue) => (v === null ? null : String(v));

export const TermChangeRef = builder.objectRef<TermChange>("TermChange").implement({
  description: "One field that differs from the previous offer; values as text.",
  fields: (t) => ({
    path: t.exposeString("path"),
    kind: t.field({ type: TermChangeKindEnum, resolve: (c) => c.kind }),
    before: t.string({ nullable: true, resolve: (c) => asText(c.before) }),
    after: t.string({ nullable: true, resolve: (c) => asText(c.after) }),
  }),
});

const SchedulePeriodRef = builder.objectRef<SchedulePeriod>("SchedulePeriod").implement({
  fields: (t) => ({
    label: t.exposeString("label", { description: "Y1, Y2 … or Y1Q1, Y1Q2 …" }),
    start: t.expose("start", { type: "Date" }),
    end: t.expose("end", { type: "Date", description: "Exclusive." }),
    revenue: t.exposeFloat("revenue", {
      description: "The assumed licensee revenue in the period.",
    }),
    upfront: t.exposeFloat("upfront"),
    milestones: t.exposeFloat("milestones"),
    royalty: t.exposeFloat("royalty"),
    royaltyCapped: t.exposeBoolean("royaltyCapped"),
    deferred: t.exposeFloat("deferred"),
    total: t.exposeFloat("total"),
    cumulative: t.exposeFloat("cumulative"),
  }),
});

const ContingentPaymentRef = builder.objectRef<ContingentPayment>("ContingentPayment").implement({
  description:
    "A payment the schedule cannot date: on a condition, after the term, or waiting on revenue.",
  fields: (t) => ({
    kind: t.exposeString("kind", { description: "milestone or deferred" }),
    milestone: t.exposeInt("milestone", { nullable: true, description: "Index in milestones." }),
    amount: t.exposeFloat("amount"),
    reason: t.exposeString("reason", { description: "condition, after_term or no_revenue" }),
    condition: t.exposeString("condition", { nullable: true }),
  }),
});

const ScheduleTotalsRef = builder.objectRef<PaymentSchedule["totals"]>("ScheduleTotals").implement({
  fields: (t) => ({
    upfront: t.exposeFloat("upfront"),
    milestones: t.exposeFloat("milestones"),
    royalty: t.exposeFloat("royalty"),
    deferred: t.exposeFloat("deferred"),
    scheduled: t.exposeFloat("scheduled"),
    contingent: t.exposeFloat("contingent"),
  }),
});

const ScheduleInvestmentRef = builder
  .objectRef<NonNullable<PaymentSchedule["investment"]>>("ScheduleInvestment")
  .implement({
    fields: (t) => ({
      amount: t.exposeFloat("amount"),
      convertsToEquityPercent: t.exposeFloat("convertsToEquityPercent"),
    }),
  });

export const PaymentScheduleRef = builder.objectRef<PaymentSchedule>("PaymentSchedule").implement({
  description: "Expected payments to the seller over the term under a revenue assumption.",
  fields: (t) => ({
    currency: t.field({
      type: CurrencyEnum,
      resolve: (s) => s.currency as TOfferTerms["currency"],
    }),
    periods: t.field({ type: [SchedulePeriodRef], resolve: (s) => s.periods }),
    contingent: t.field({ type: [ContingentPaymentRef], resolve: (s) => s.contingent }),
    totals: t.field({ type: ScheduleTotalsRef, resolve: (s) => s.totals }),
    investment: t.field({
      type: ScheduleInvestmentRef,
      nullable: true,
      resolve: (s) => s.investment,
    }),
  }),
});

const MilestonePaymentInput = builder.inputType("MilestonePaymentInput", {
  fields: (t) => ({
    amount: t.float({ required: true }),
    condition: t.string(),
    dueOn: t.field({ type: "Date" }),
  }),
});

const RoyaltyInput = builder.inputType("RoyaltyInput", {
  fields: (t) => ({
    ratePercent: t.float({ required: true }),
    base: t.field({ type: RoyaltyBaseEnum, required: true }),
    annualCap: t.float(),
    totalCap: t.float(),
  }),
});

const PayLaterInput = builder.inputType("PayLaterInput", {
  fields: (t) => ({
    kind: t.field({ type: PayLaterKindEnum, required: true }),
    deferredAmount: t.float(),
    deferredMonthsAfterFirstRevenue: t.int(),
  }),
});

const EquitySplitInput = builder.inputType("EquitySplitInput", {
  fields: (t) => ({
    valuation: t.float({ required: true }),
    technologySharePercent: t.float({ required: true }),
    teamSharePercent: t.float({ required: true }),
    remainderHolder: t.field({ type: EquityRemainderHolderEnum, required: true }),
    cashInvestment: t.float(),
  }),
});

const InvestFirstInput = builder.inputType("InvestFirstInput", {
  fields: (t) => ({
    fundingAmount: t.float({ required: true }),
    conditions: t.stringList({ required: true }),
    equityPercentOnConversion: t.float({ required: true }),
    convertBy: t.field({ type: "Date" }),
  }),
});

const RightsGrantInput = builder.inputType("RightsGrantInput", {
  fields: (t) => ({
    kind: t.field({ type: RightsGrantKindEnum, required: true }),
    years: t.int(),
  }),
});

const IncomeSplitInput = builder.inputType("IncomeSplitInput", {
  fields: (t) => ({
    researchersPercent: t.float({ required: true }),
    transferStaffPercentOfRetained: t.float(),
  }),
});

export const OfferTermsInput = builder.inputType("OfferTermsInput", {
  description: "Offer terms; the policy rules of the Kunming measures are checked on the server.",
  fields: (t) => ({
    mode: t.field({ type: TransferModeEnum, required: true }),
    currency: t.field({ type: CurrencyEnum }),
    upfrontFee: t.float({ required: true }),
    milestones: t.field({ type: [MilestonePaymentInput] }),
    royalty: t.field({ type: RoyaltyInput }),
    payLater: t.field({ type: PayLaterInput }),
    exclusivity: t.field({ type: ExclusivityEnum, required: true }),
    territory: t.stringList({ required: true }),
    termYears: t.int({ required: true }),
    equity: t.field({ type: EquitySplitInput }),
    investFirst: t.field({ type: InvestFirstInput }),
    rightsGrant: t.field({ type: RightsGrantInput }),
    incomeSplit: t.field({ type: IncomeSplitInput }),
  }),
});

export const ScheduleAssumptionsInput = builder.inputType("ScheduleAssumptionsInput", {
  fields: (t) => ({
    startDate: t.field({ type: "Date", required: true }),
    annualRevenue: t.floatList({
      description: "Licensee revenue per contract year; later years keep the last value.",
    }),
    granularity: t.field({ type: ScheduleGranularityEnum }),
  }),
});

/** GraphQL nulls of optional fields become "not given", which the zod schemas treat as absent or default. */
export function termsFromInput(input: unknown): unknown {
  if (Array.isArray(input)) return input.map(termsFromInput);
  if (input === null || typeof input !== "object") return input;
  return Object.fromEntries(
    Object.entries(input)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => [k, termsFromInput(v)]),
  );
}
