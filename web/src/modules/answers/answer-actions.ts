import { ANSWER_LIFECYCLE, allowedActions } from "@openttc/domain/lifecycle";
import type { introspection_types } from "../../graphql/graphql-env";

export type AnswerStatus = introspection_types["AnswerStatus"]["enumValues"];
export type AnswerDecision = introspection_types["AnswerDecision"]["enumValues"];
export type RejectionReason = introspection_types["RejectionReason"]["enumValues"];

/** Every coded rejection reason, in the order the enterprise picks from. */
export const REJECTION_REASONS: RejectionReason[] = [
  "NOT_RELEVANT",
  "TRL_TOO_LOW",
  "INDICATORS_NOT_MET",
  "PRICE_TOO_HIGH",
  "TIMELINE_TOO_LONG",
  "TEAM_CAPACITY",
  "IP_UNCLEAR",
  "BETTER_ALTERNATIVE",
  "OTHER",
];

const DECISIONS: Record<AnswerDecision, keyof typeof ANSWER_LIFECYCLE> = {
  SHORTLIST: "shortlist",
  AWARD: "award",
  REJECT: "reject",
};

/** The decisions open for an answer in this status, per the domain lifecycle. */
export function answerDecisions(status: AnswerStatus): AnswerDecision[] {
  const allowed = allowedActions(ANSWER_LIFECYCLE, status.toLowerCase() as Lowercase<AnswerStatus>);
  return (Object.keys(DECISIONS) as AnswerDecision[]).filter((d) => allowed.includes(DECISIONS[d]));
}

/** The status a decision leads to. */
export function statusAfter(decision: AnswerDecision): AnswerStatus {
  return ANSWER_LIFECYCLE[DECISIONS[decision]].to.toUpperCase() as AnswerStatus;
}

export function answerStatusColor(status: AnswerStatus): string {
  return { SUBMITTED: "blue", SHORTLISTED: "gold", AWARDED: "green", REJECTED: "default" }[status];
}
