import { type Actor, hasPlatformRole, isAdminOf, isMemberOf } from "@openttc/domain/access";
import { AppError } from "@openttc/domain/errors";
import type { PlatformRole } from "@openttc/domain/organization";

/** The actor, or UNAUTHENTICATED when nobody is signed in. */
export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED", "sign in first");
  return actor;
}

/** The actor when they belong to the organization, else FORBIDDEN. */
export function requireMember(actor: Actor | null, orgId: string): Actor {
  const a = requireActor(actor);
  if (!isMemberOf(a, orgId))
    throw new AppError("FORBIDDEN", "only members of the organization may do this");
  return a;
}

/** The actor when they administer the organization, else FORBIDDEN. */
export function requireAdmin(actor: Actor | null, orgId: string): Actor {
  const a = requireActor(actor);
  if (!isAdminOf(a, orgId))
    throw new AppError("FORBIDDEN", "only administrators of the organization may do this");
  return a;
}

/** The actor when they hold the platform role, else FORBIDDEN. */
export function requirePlatformRole(actor: Actor | null, role: PlatformRole): Actor {
  const a = requireActor(actor);
  if (!hasPlatformRole(a, role))
    throw new AppError("FORBIDDEN", `only platform ${role}s may do this`);
  return a;
}

/** Today's date in Kunming (UTC+8), the calendar deadlines are written in. */
export function kunmingToday(now: Date): string {
  return new Date(now.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10);
}
