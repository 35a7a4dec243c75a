import type { DbOrTx } from "@openttc/db/client";
import { organizations } from "@openttc/db/schema";
import type { OrgKind } from "@openttc/domain/organization";
import { count } from "drizzle-orm";

/** How many organizations of one kind are registered. */
export interface OrgKindCountDto {
  kind: OrgKind;
  count: number;
}

/** Aggregate counts for the public platform statistics. */
export function makeStatsRepository(db: DbOrTx) {
  return {
    async organizationsByKind(): Promise<OrgKindCountDto[]> {
      const rows = await db
        .select({ kind: organizations.kind, count: count() })
        .from(organizations)
        .groupBy(organizations.kind);
      return rows.map((r) => ({ kind: r.kind, count: Number(r.count) }));
    },
  };
}
