import { listConstraints, matchesNothing } from "../search-filter";
import type { SearchFilter } from "../search-index";

/** A where clause in Orama's shape (attribute conditions combined with and/or). */
export type OramaWhere =
  | { and: OramaWhere[] }
  | { or: OramaWhere[] }
  | Record<
      string,
      | { in: string[] }
      | { containsAny: string[] }
      | { gte: number }
      | { lte: number }
      | { gt: number }
    >;

const ARRAY_ATTRIBUTES = new Set(["modes"]);

// Orama 3 evaluates `or` natively, so the visibility rule (visibility listed OR owner listed)
// needs no post-filtering and facet counts and totals stay exact.
/** Compiles a structured filter into an Orama where clause, or null when it matches nothing. */
export function compileOramaWhere(filter: SearchFilter): OramaWhere | null {
  if (matchesNothing(filter)) return null;
  const { visibilities, orgIds } = filter.visibleTo;
  const audience: OramaWhere[] = [
    ...(visibilities.length > 0 ? [{ visibility: { in: visibilities } }] : []),
    ...(orgIds.length > 0 ? [{ orgId: { in: orgIds } }] : []),
  ];
  const parts: OramaWhere[] = [
    { status: { in: filter.statuses } },
    audience.length > 1 ? { or: audience } : (audience[0] as OramaWhere),
  ];
  for (const [attribute, values] of listConstraints(filter)) {
    parts.push({
      [attribute]: ARRAY_ATTRIBUTES.has(attribute) ? { containsAny: values } : { in: values },
    });
  }
  if (filter.trlMin !== undefined) parts.push({ trl: { gte: filter.trlMin } });
  if (filter.trlMax !== undefined) parts.push({ trl: { lte: filter.trlMax } });
  if (filter.notExpiredAt !== undefined) parts.push({ expiresAt: { gt: filter.notExpiredAt } });
  return { and: parts };
}
