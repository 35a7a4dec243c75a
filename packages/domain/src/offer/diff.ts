/** A primitive value at one leaf of the offer terms; null where the field is absent. */
export type TermValue = string | number | boolean | null;

/** How one field differs between two offers. */
export interface TermChange {
  /** Dotted path, array items by index: `royalty.ratePercent`, `milestones.1.amount`. */
  path: string;
  kind: "added" | "removed" | "changed";
  before: TermValue;
  after: TermValue;
}

function flatten(value: unknown, path: string, out: Map<string, TermValue>): void {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) flatten(item, path ? `${path}.${i}` : String(i), out);
    return;
  }
  if (value !== null && typeof value === "object") {
    for (const [key, inner] of Object.entries(value))
      flatten(inner, path ? `${path}.${key}` : key, out);
    return;
  }
  if (value === undefined || value === null) return;
  out.set(path, value as TermValue);
}

/**
 * The field-level difference between a previous offer's terms and the next one's, in the order
 * the fields appear. An instrument that appears or disappears shows as its leaves added or removed.
 */
export function diffOfferTerms(before: unknown, after: unknown): TermChange[] {
  const a = new Map<string, TermValue>();
  const b = new Map<string, TermValue>();
  flatten(before, "", a);
  flatten(after, "", b);
  const changes: TermChange[] = [];
  for (const [path, value] of b) {
    if (!a.has(path)) changes.push({ path, kind: "added", before: null, after: value });
    else if (a.get(path) !== value)
      changes.push({ path, kind: "changed", before: a.get(path) ?? null, after: value });
  }
  for (const [path, value] of a) {
    if (!b.has(path)) changes.push({ path, kind: "removed", before: value, after: null });
  }
  return changes;
}
