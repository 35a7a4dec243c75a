import { AppError } from "./errors";

/** A state machine: for each action, the states it may start from and the state it leads to. */
export type Lifecycle<S extends string, A extends string> = Record<
  A,
  { from: readonly S[]; to: S }
>;

/** The state an action leads to, or a CONFLICT error naming the action and the current state. */
export function transition<S extends string, A extends string>(
  name: string,
  lifecycle: Lifecycle<S, A>,
  current: S,
  action: A,
): S {
  // hasOwn: an action named like an Object.prototype member ("toString") is not a rule.
  const rule = Object.hasOwn(lifecycle, action) ? lifecycle[action] : undefined;
  if (!rule?.from.includes(current)) {
    throw new AppError(
      "CONFLICT",
      `cannot ${action} ${/^[aeiou]/i.test(name) ? "an" : "a"} ${name} that is ${current}; allowed from: ${rule ? rule.from.join(", ") : "none"}`,
    );
  }
  return rule.to;
}

/** The actions that are legal from a state. */
export function allowedActions<S extends string, A extends string>(
  lifecycle: Lifecycle<S, A>,
  current: S,
): A[] {
  return (Object.keys(lifecycle) as A[]).filter((a) => lifecycle[a].from.includes(current));
}

export const ACHIEVEMENT_STATUSES = [
  "draft",
  "pending_review",
  "rejected",
  "published",
  "in_negotiation",
  "transacted",
  "withdrawn",
] as const;
/** Status of an achievement listing. */
export type AchievementStatus = (typeof ACHIEVEMENT_STATUSES)[number];

/** Achievement lifecycle: reviewed before publication; rejected drafts are edited and resubmitted. */
export const ACHIEVEMENT_LIFECYCLE = {
  submit: { from: ["draft", "rejected"], to: "pending_review" },
  approve: { from: ["pending_review"], to: "published" },
  reject: { from: ["pending_review"], to: "rejected" },
  startNegotiation: { from: ["published"], to: "in_negotiation" },
  endNegotiation: { from: ["in_negotiation"], to: "published" },
  transact: { from: ["in_negotiation", "published"], to: "transacted" },
  withdraw: {
    from: ["draft", "pending_review", "rejected", "published", "in_negotiation"],
    to: "withdrawn",
  },
  reopen: { from: ["withdrawn"], to: "draft" },
} as const satisfies Lifecycle<AchievementStatus, string>;
export type AchievementAction = keyof typeof ACHIEVEMENT_LIFECYCLE;

export const DEMAND_STATUSES = [
  "draft",
  "open",
  "evaluating",
  "awarded",
  "closed",
  "cancelled",
] as const;
/** Status of an exam paper (technical demand). */
export type DemandStatus = (typeof DEMAND_STATUSES)[number];

/** Exam-paper lifecycle: open for answers, evaluated, then awarded, closed or cancelled. */
export const DEMAND_LIFECYCLE = {
  open: { from: ["draft"], to: "open" },
  startEvaluation: { from: ["open"], to: "evaluating" },
  award: { from: ["open", "evaluating"], to: "awarded" },
  close: { from: ["open", "evaluating"], to: "closed" },
  cancel: { from: ["draft", "open", "evaluating"], to: "cancelled" },
} as const satisfies Lifecycle<DemandStatus, string>;
export type DemandAction = keyof typeof DEMAND_LIFECYCLE;

export const ANSWER_STATUSES = ["submitted", "shortlisted", "awarded", "rejected"] as const;
/** Status of an answer to an exam paper. */
export type AnswerStatus = (typeof ANSWER_STATUSES)[number];

/** Answer lifecycle: every answer ends awarded or rejected. */
export const ANSWER_LIFECYCLE = {
  shortlist: { from: ["submitted"], to: "shortlisted" },
  award: { from: ["submitted", "shortlisted"], to: "awarded" },
  reject: { from: ["submitted", "shortlisted"], to: "rejected" },
} as const satisfies Lifecycle<AnswerStatus, string>;
export type AnswerAction = keyof typeof ANSWER_LIFECYCLE;

export const MATCH_STATUSES = [
  "suggested",
  "viewed",
  "contacted",
  "dismissed",
  "negotiating",
  "deal",
] as const;
/** Status of a demand–achievement match. */
export type MatchStatus = (typeof MATCH_STATUSES)[number];

/** Match lifecycle (used by the matcher issue). */
export const MATCH_LIFECYCLE = {
  view: { from: ["suggested"], to: "viewed" },
  contact: { from: ["suggested", "viewed"], to: "contacted" },
  dismiss: { from: ["suggested", "viewed", "contacted"], to: "dismissed" },
  negotiate: { from: ["contacted", "viewed", "suggested"], to: "negotiating" },
  close: { from: ["negotiating"], to: "deal" },
} as const satisfies Lifecycle<MatchStatus, string>;

export const OFFER_STATUSES = ["proposed", "countered", "accepted", "withdrawn"] as const;
/** Status of a structured offer in a negotiation room. */
export type OfferStatus = (typeof OFFER_STATUSES)[number];

/** Offer lifecycle (used by the negotiation-room issue). */
export const OFFER_LIFECYCLE = {
  counter: { from: ["proposed"], to: "countered" },
  accept: { from: ["proposed"], to: "accepted" },
  withdraw: { from: ["proposed"], to: "withdrawn" },
} as const satisfies Lifecycle<OfferStatus, string>;

export const DEAL_STATUSES = [
  "agreed",
  "registered",
  "in_notice",
  "effective",
  "terminated",
] as const;
/** Status of a deal. */
export type DealStatus = (typeof DEAL_STATUSES)[number];

/** Deal lifecycle: contract registration (技术合同认定登记), public notice, then effective. */
export const DEAL_LIFECYCLE = {
  register: { from: ["agreed"], to: "registered" },
  publishNotice: { from: ["registered"], to: "in_notice" },
  takeEffect: { from: ["in_notice"], to: "effective" },
  terminate: { from: ["agreed", "registered", "in_notice", "effective"], to: "terminated" },
} as const satisfies Lifecycle<DealStatus, string>;

export const EVENT_STATUSES = [
  "draft",
  "published",
  "registration_closed",
  "running",
  "finished",
  "cancelled",
] as const;
/** Status of a matchmaking event (供需对接会). */
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** Matchmaking-event lifecycle (used by the events issue). */
export const EVENT_LIFECYCLE = {
  publish: { from: ["draft"], to: "published" },
  closeRegistration: { from: ["published"], to: "registration_closed" },
  start: { from: ["published", "registration_closed"], to: "running" },
  finish: { from: ["running"], to: "finished" },
  cancel: { from: ["draft", "published", "registration_closed"], to: "cancelled" },
} as const satisfies Lifecycle<EventStatus, string>;
