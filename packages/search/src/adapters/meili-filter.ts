import { listConstraints, matchesNothing } from "../search-filter";
import type { SearchFilter } from "../search-index";

/** Quotes a value for a Meilisearch filter: backslashes and double quotes are escaped. */
export function quoteMeiliValue(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

const list = (values: readonly string[]): string => `[${values.map(quoteMeiliValue).join(", ")}]`;

function finite(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${n}`);
  return String(n);
}

// Attribute names are ours, every user value is quoted and escaped, numbers are checked to be
// finite. null stands for "matches nothing", since Meilisearch has no literal for false.
/** Compiles a structured filter into a Meilisearch filter expression, or null when it matches nothing. */
export function compileMeiliFilter(filter: SearchFilter): string | null {
  if (matchesNothing(filter)) return null;
  const parts: string[] = [`status IN ${list(filter.statuses)}`];
  const { visibilities, orgIds } = filter.visibleTo;
  const audience = [
    ...(visibilities.length > 0 ? [`visibility IN ${list(visibilities)}`] : []),
    ...(orgIds.length > 0 ? [`orgId IN ${list(orgIds)}`] : []),
  ];
  parts.push(audience.length > 1 ? `(${audience.join(" OR ")})` : (audience[0] as string));
  for (const [attribute, values] of listConstraints(filter))
    parts.push(`${attribute} IN ${list(values)}`);
  if (filter.trlMin !== undefined) parts.push(`trl >= ${finite(filter.trlMin)}`);
  if (filter.trlMax !== undefined) parts.push(`trl <= ${finite(filter.trlMax)}`);
  if (filter.notExpiredAt !== undefined) parts.push(`expiresAt > ${finite(filter.notExpiredAt)}`);
  return parts.join(" AND ");
}
