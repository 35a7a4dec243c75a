/** Window of the "recent" part of an institution's reputation. */
export const RECENT_DAYS = 180;

/** An institution's market evaluation summarised from the scores enterprises gave its answers. */
export interface Reputation {
  count: number;
  mean: number | null;
  recentCount: number;
  recentMean: number | null;
  /** Recent mean minus the mean before the window; null without both. */
  trend: number | null;
}

/** Summarises evaluations (overall score and date) into a reputation at `now`. */
export function computeReputation(
  evaluations: readonly { overall: number; at: Date }[],
  now: Date,
): Reputation {
  const cutoff = now.getTime() - RECENT_DAYS * 24 * 3600 * 1000;
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
  const all = evaluations.map((e) => e.overall);
  const recent = evaluations.filter((e) => e.at.getTime() >= cutoff).map((e) => e.overall);
  const older = evaluations.filter((e) => e.at.getTime() < cutoff).map((e) => e.overall);
  const recentMean = mean(recent);
  const olderMean = mean(older);
  return {
    count: all.length,
    mean: mean(all),
    recentCount: recent.length,
    recentMean,
    trend: recentMean !== null && olderMean !== null ? recentMean - olderMean : null,
  };
}
