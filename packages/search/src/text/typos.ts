// Optimal string alignment: a swap of neighbouring letters is one typo, as Meilisearch counts
// it ("thermla" is one typo from "thermal").
/** True when `a` and `b` are at most `max` typos (insertion, deletion, substitution or swap) apart. */
export function withinTypos(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const up = rows[i - 1] as number[];
      let d = Math.min(
        (up[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (up[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return false;
    rows.push(row);
  }
  return ((rows[a.length] as number[])[b.length] as number) <= max;
}

/** True when a typed word matches a text word with at most `max` typos, as a whole word or as its beginning. */
export function typoMatch(typed: string, word: string, max: number): boolean {
  if (word.startsWith(typed)) return true;
  return (
    withinTypos(typed, word, max) ||
    (word.length > typed.length && withinTypos(typed, word.slice(0, typed.length), max))
  );
}
