/** Measure of how long a verification holds: achievements are re-verified every 12 months. */
export const ACHIEVEMENT_VERIFICATION_MONTHS = 12;
/** How long before expiry the owner is reminded. */
export const REMINDER_LEAD_DAYS = 30;

/** When an achievement verified at `lastVerifiedAt` expires. */
export function achievementExpiresAt(lastVerifiedAt: Date): Date {
  const d = new Date(lastVerifiedAt);
  d.setUTCMonth(d.getUTCMonth() + ACHIEVEMENT_VERIFICATION_MONTHS);
  return d;
}

/** When an exam paper expires: the end of its deadline day (UTC+8, Kunming time). */
export function demandExpiresAt(deadline: string): Date {
  return new Date(`${deadline}T23:59:59.999+08:00`);
}

/** The oldest verification date that is still fresh at `now`. */
export function freshSince(now: Date): Date {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - ACHIEVEMENT_VERIFICATION_MONTHS);
  return d;
}

/** True when a listing expiring at `expiresAt` is due a reminder at `now` and has not had one since its last verification. */
export function needsReminder(
  expiresAt: Date,
  now: Date,
  remindedAt: Date | null,
  lastVerifiedAt: Date,
): boolean {
  const lead = REMINDER_LEAD_DAYS * 24 * 3600 * 1000;
  const due = expiresAt.getTime() - now.getTime() <= lead;
  const alreadyReminded = remindedAt !== null && remindedAt >= lastVerifiedAt;
  return due && !alreadyReminded;
}
