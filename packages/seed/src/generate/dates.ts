import type { Random } from "../random";

const DAY = 24 * 3600 * 1000;

/** A moment `days` days before `now`, at a random office hour when a source of randomness is given. */
export function daysBefore(now: Date, days: number, rng?: Random): Date {
  const jitter = rng ? rng.int(0, 8 * 3600) * 1000 : 0;
  return new Date(now.getTime() - days * DAY - jitter);
}

/** A moment `days` days after `from`. */
export function daysAfter(from: Date, days: number): Date {
  return new Date(from.getTime() + days * DAY);
}

/** The calendar date (YYYY-MM-DD) of a moment in Kunming time (UTC+8). */
export function isoDay(d: Date): string {
  return new Date(d.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10);
}

/** The later of two moments. */
export function later(a: Date, b: Date): Date {
  return a.getTime() >= b.getTime() ? a : b;
}
