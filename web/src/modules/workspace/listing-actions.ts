import {
  ACHIEVEMENT_LIFECYCLE,
  allowedActions,
  DEMAND_LIFECYCLE,
  type AchievementAction as DomainAchievementAction,
  type DemandAction as DomainDemandAction,
} from "@openttc/domain/lifecycle";
import type { AchievementStatus, DemandStatus } from "../../graphql/enums";
import type { introspection_types } from "../../graphql/graphql-env";

/** The owner's achievement actions the API offers (approve/reject belong to reviewers). */
export type AchievementAction = introspection_types["AchievementAction"]["enumValues"];
/** The owner's exam-paper actions (awarding goes through an answer). */
export type DemandAction = introspection_types["DemandAction"]["enumValues"];

const ACHIEVEMENT_ACTIONS: Record<AchievementAction, DomainAchievementAction> = {
  SUBMIT: "submit",
  WITHDRAW: "withdraw",
  REOPEN: "reopen",
};

const DEMAND_ACTIONS: Record<DemandAction, DomainDemandAction> = {
  OPEN: "open",
  START_EVALUATION: "startEvaluation",
  CLOSE: "close",
  CANCEL: "cancel",
};

const lower = <S extends string>(status: S) => status.toLowerCase() as Lowercase<S>;
const upper = <S extends string>(status: S) => status.toUpperCase() as Uppercase<S>;

/** The actions the owner may take on an achievement in this status, per the domain lifecycle. */
export function achievementActions(status: AchievementStatus): AchievementAction[] {
  const allowed = allowedActions(ACHIEVEMENT_LIFECYCLE, lower(status));
  return (Object.keys(ACHIEVEMENT_ACTIONS) as AchievementAction[]).filter((a) =>
    allowed.includes(ACHIEVEMENT_ACTIONS[a]),
  );
}

/** The status an achievement action leads to (shown at once, before the API confirms). */
export function achievementStatusAfter(action: AchievementAction): AchievementStatus {
  return upper(ACHIEVEMENT_LIFECYCLE[ACHIEVEMENT_ACTIONS[action]].to);
}

/** The actions the owner may take on an exam paper in this status. */
export function demandActions(status: DemandStatus): DemandAction[] {
  const allowed = allowedActions(DEMAND_LIFECYCLE, lower(status));
  return (Object.keys(DEMAND_ACTIONS) as DemandAction[]).filter((a) =>
    allowed.includes(DEMAND_ACTIONS[a]),
  );
}

/** The status an exam-paper action leads to. */
export function demandStatusAfter(action: DemandAction): DemandStatus {
  return upper(DEMAND_LIFECYCLE[DEMAND_ACTIONS[action]].to);
}

// The API's edit rules (achievements.service, demands.service): a published achievement may be
// edited and goes back to review; an exam paper only while draft or open.
const EDITABLE_ACHIEVEMENTS: readonly AchievementStatus[] = ["DRAFT", "REJECTED", "PUBLISHED"];
const EDITABLE_DEMANDS: readonly DemandStatus[] = ["DRAFT", "OPEN"];

export function canEditAchievement(status: AchievementStatus): boolean {
  return EDITABLE_ACHIEVEMENTS.includes(status);
}

export function canEditDemand(status: DemandStatus): boolean {
  return EDITABLE_DEMANDS.includes(status);
}

/** Listings that stay in public results only while verified within the last 12 months. */
export function canReverifyAchievement(status: AchievementStatus): boolean {
  return status === "PUBLISHED" || status === "IN_NEGOTIATION";
}

/** Matches exist for listings the public can see. */
export function hasAchievementMatches(status: AchievementStatus): boolean {
  return status === "PUBLISHED" || status === "IN_NEGOTIATION";
}

export function hasDemandMatches(status: DemandStatus): boolean {
  return status === "OPEN" || status === "EVALUATING";
}

/** The tag colour of a status: green when live, orange while waiting, red when refused. */
export function statusColor(status: AchievementStatus | DemandStatus): string {
  switch (status) {
    case "PUBLISHED":
    case "OPEN":
    case "AWARDED":
    case "TRANSACTED":
      return "green";
    case "PENDING_REVIEW":
    case "EVALUATING":
    case "IN_NEGOTIATION":
      return "orange";
    case "REJECTED":
      return "red";
    case "DRAFT":
      return "blue";
    default:
      return "default";
  }
}
