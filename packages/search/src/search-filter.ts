import { MAX_QUERY_TERMS, type SearchFilter, type SearchQuery } from "./search-index";

/** True when the filter can match no document (no status, or nobody it is visible to). */
export function matchesNothing(filter: SearchFilter): boolean {
  return (
    filter.statuses.length === 0 ||
    (filter.visibleTo.visibilities.length === 0 && filter.visibleTo.orgIds.length === 0)
  );
}

/** The optional list constraints that are set and non-empty, by stored attribute name. */
export function listConstraints(filter: SearchFilter): [attribute: string, values: string[]][] {
  const lists: [string, string[] | undefined][] = [
    ["fieldTop", filter.fieldTop],
    ["field", filter.field],
    ["modes", filter.modes],
    ["country", filter.country],
    ["province", filter.province],
    ["orgId", filter.orgId],
    ["orgKind", filter.orgKind],
  ];
  return lists.filter((e): e is [string, string[]] => !!e[1] && e[1].length > 0);
}

const MAX_LIMIT = 1000;

/** Rejects queries no caller should send (the API validates user input before this). */
export function assertValidQuery(query: SearchQuery): void {
  const { offset, limit, filter } = query;
  if (!Number.isInteger(offset) || offset < 0)
    throw new RangeError("offset must be a natural number");
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new RangeError(`limit must be between 1 and ${MAX_LIMIT}`);
  }
  const { maxTerms } = query;
  if (
    maxTerms !== undefined &&
    (!Number.isInteger(maxTerms) || maxTerms < 1 || maxTerms > MAX_QUERY_TERMS)
  ) {
    throw new RangeError(`maxTerms must be between 1 and ${MAX_QUERY_TERMS}`);
  }
  for (const [name, n] of [
    ["trlMin", filter.trlMin],
    ["trlMax", filter.trlMax],
    ["notExpiredAt", filter.notExpiredAt],
  ] as const) {
    if (n !== undefined && !Number.isFinite(n))
      throw new RangeError(`${name} must be a finite number`);
  }
}
