// Answers are due by the end of the deadline day in Kunming (UTC+8), wherever the reader is.
const KUNMING_OFFSET = "+08:00";

/** Time left until the end of the deadline day in Kunming; null once it has passed. */
export function timeLeft(
  deadline: string,
  now: Date,
): { days: number; hours: number; minutes: number } | null {
  const end = Date.parse(`${deadline}T23:59:59.999${KUNMING_OFFSET}`);
  if (Number.isNaN(end)) return null;
  const ms = end - now.getTime();
  if (ms <= 0) return null;
  const minutes = Math.floor(ms / 60_000);
  return {
    days: Math.floor(minutes / 1440),
    hours: Math.floor((minutes % 1440) / 60),
    minutes: minutes % 60,
  };
}
