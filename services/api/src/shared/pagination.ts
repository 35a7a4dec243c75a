import { AppError, badInput } from "@openttc/domain/errors";

/** Largest page a client may ask for. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** Validated forward-pagination arguments. */
export interface PageArgs {
  first: number;
  after: string | null;
}

/** Checks Relay arguments: forward pagination only, page size within bounds. */
export function pageArgs(args: {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}): PageArgs {
  if (args.last != null || args.before != null) {
    throw new AppError("BAD_USER_INPUT", "only forward pagination (first/after) is supported", [
      {
        path: args.last != null ? "last" : "before",
        message: "is not supported; use first and after",
      },
    ]);
  }
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badInput("first", `must be between 0 and ${MAX_PAGE_SIZE}`);
  }
  return { first, after: args.after ?? null };
}

/** An opaque cursor holding the sort key of the last row seen. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

// What this API writes into cursors: [instant (toISOString), uuid] for keyset pages, or one
// non-negative integer (an offset or a serial id).
const CURSOR_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const CURSOR_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isCursorValue(value: unknown, kind: "string" | "number", position: number): boolean {
  if (kind === "number") return Number.isSafeInteger(value) && (value as number) >= 0;
  if (typeof value !== "string") return false;
  if (position > 0) return CURSOR_UUID.test(value);
  return CURSOR_INSTANT.test(value) && !Number.isNaN(Date.parse(value));
}

/** Reads a cursor back, refusing anything this API did not write. */
export function decodeCursor(
  cursor: string,
  kinds: readonly ("string" | "number")[],
): (string | number)[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    // Check the values too: a forged cursor of the right shape must not reach SQL (an invalid
    // date or a non-uuid id made the query fail with an internal error).
    if (
      Array.isArray(key) &&
      key.length === kinds.length &&
      key.every((v, i) => isCursorValue(v, kinds[i] as "string" | "number", i))
    ) {
      return key;
    }
  } catch {
    // fall through to the error below
  }
  throw badInput("after", "is not a cursor returned by this API");
}

/** Builds a Relay connection from one page fetched with one extra row to learn whether more follow. */
export function toConnection<T>(
  rows: T[],
  first: number,
  totalCount: number,
  cursorOf: (row: T) => (string | number)[],
  hadCursor: boolean,
) {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(cursorOf(node)) }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: hadCursor,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
