import type { AchievementStatus, DemandStatus } from "./lifecycle";
import type { Visibility } from "./listing-common";
import type { MemberRole, OrgKind, PlatformRole } from "./organization";

/** Who is acting: a signed-in user with memberships and platform roles, or nobody. */
export interface Actor {
  userId: string;
  platformRoles: readonly PlatformRole[];
  memberships: readonly { orgId: string; role: MemberRole; orgKind: OrgKind }[];
}

/** True when the actor belongs to the organization (any role). */
export function isMemberOf(actor: Actor | null, orgId: string): boolean {
  return !!actor?.memberships.some((m) => m.orgId === orgId);
}

/** True when the actor is an admin of the organization. */
export function isAdminOf(actor: Actor | null, orgId: string): boolean {
  return !!actor?.memberships.some((m) => m.orgId === orgId && m.role === "admin");
}

/** True when the actor holds the platform role (operators hold every reviewer power). */
export function hasPlatformRole(actor: Actor | null, role: PlatformRole): boolean {
  if (!actor) return false;
  return (
    actor.platformRoles.includes(role) ||
    (role === "reviewer" && actor.platformRoles.includes("operator"))
  );
}

const PUBLIC_ACHIEVEMENT: readonly AchievementStatus[] = [
  "published",
  "in_negotiation",
  "transacted",
];
const PUBLIC_DEMAND: readonly DemandStatus[] = ["open", "evaluating", "awarded", "closed"];

/** Statuses in which an achievement shows to people outside its organization. */
export function isPublicAchievementStatus(status: AchievementStatus): boolean {
  return PUBLIC_ACHIEVEMENT.includes(status);
}

/** Statuses in which an exam paper shows to people outside its organization. */
export function isPublicDemandStatus(status: DemandStatus): boolean {
  return PUBLIC_DEMAND.includes(status);
}

/** Whether a listing's audience includes the actor, judged on visibility alone. */
export function audienceIncludes(
  actor: Actor | null,
  visibility: Visibility,
  ownerOrgId: string,
): boolean {
  if (isMemberOf(actor, ownerOrgId)) return true;
  if (visibility === "public") return true;
  if (visibility === "registered") return actor !== null;
  return false;
}

/** Whether the actor may open an achievement. Reviewers see what awaits review; expired listings show only to their owners and staff. */
export function canSeeAchievement(
  actor: Actor | null,
  a: { ownerOrgId: string; status: AchievementStatus; visibility: Visibility; expired: boolean },
): boolean {
  if (isMemberOf(actor, a.ownerOrgId)) return true;
  if (hasPlatformRole(actor, "operator")) return true;
  if (hasPlatformRole(actor, "reviewer") && a.status !== "draft") return true;
  return (
    isPublicAchievementStatus(a.status) &&
    !a.expired &&
    audienceIncludes(actor, a.visibility, a.ownerOrgId)
  );
}

/** Whether the actor may open an exam paper's public part. */
export function canSeeDemand(
  actor: Actor | null,
  d: { ownerOrgId: string; status: DemandStatus; visibility: Visibility; expired: boolean },
  grantedOrgIds: readonly string[] = [],
): boolean {
  if (isMemberOf(actor, d.ownerOrgId)) return true;
  if (hasPlatformRole(actor, "operator")) return true;
  if (!isPublicDemandStatus(d.status)) return false;
  if (grantedOrgIds.some((id) => isMemberOf(actor, id))) return true;
  return !d.expired && audienceIncludes(actor, d.visibility, d.ownerOrgId);
}

/** Confidential details: the owner organization and the organizations it invited or that accepted its NDA. */
export function canSeeConfidential(
  actor: Actor | null,
  ownerOrgId: string,
  grantedOrgIds: readonly string[],
): boolean {
  return isMemberOf(actor, ownerOrgId) || grantedOrgIds.some((id) => isMemberOf(actor, id));
}
