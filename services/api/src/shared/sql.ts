import { and, eq, ilike, like, lt, or, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";

/** Escapes LIKE wildcards so user text matches literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Keyset condition for pages ordered by (sort desc, id desc): rows strictly after the cursor's row. */
export function afterCursorDesc(sort: PgColumn, id: PgColumn, cursor: [string, string]): SQL {
  const at = new Date(cursor[0]);
  return or(lt(sort, at), and(eq(sort, at), lt(id, cursor[1]))) as SQL;
}

/** A field code or any of its subfields (a top-level code covers its children). */
export function inFieldTree(column: PgColumn, code: string): SQL {
  return or(eq(column, code), like(column, `${escapeLike(code)}.%`)) as SQL;
}

/** Case-insensitive substring match on any of the columns. */
export function containsText(columns: PgColumn[], text: string): SQL {
  const pattern = `%${escapeLike(text)}%`;
  return or(...columns.map((c) => ilike(c, pattern))) as SQL;
}
