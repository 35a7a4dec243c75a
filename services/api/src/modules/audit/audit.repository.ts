import type { DbOrTx } from "@openttc/db/client";
import { auditLog } from "@openttc/db/schema";
import { and, desc, eq, lt, type SQL } from "drizzle-orm";

/** One state change as recorded in the audit log. */
export interface AuditEntryInput {
  actorId: string | null;
  orgId: string | null;
  entityType: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
}

type AuditRow = typeof auditLog.$inferSelect;
function toAuditDto(row: AuditRow) {
  return { ...row, before: row.before ?? null, after: row.after ?? null };
}
/** An audit entry as the API shows it. */
export type AuditEntryDto = ReturnType<typeof toAuditDto>;

/** Append-only access to the audit log. */
export function makeAuditRepository(db: DbOrTx) {
  return {
    async append(entry: AuditEntryInput): Promise<void> {
      await db
        .insert(auditLog)
        .values({ ...entry, before: entry.before ?? null, after: entry.after ?? null });
    },
    async list(
      filter: { orgId?: string; entityType?: string; entityId?: string; beforeId?: number },
      limit: number,
    ) {
      const conditions: SQL[] = [];
      if (filter.orgId) conditions.push(eq(auditLog.orgId, filter.orgId));
      if (filter.entityType) conditions.push(eq(auditLog.entityType, filter.entityType));
      if (filter.entityId) conditions.push(eq(auditLog.entityId, filter.entityId));
      if (filter.beforeId) conditions.push(lt(auditLog.id, filter.beforeId));
      const rows = await db
        .select()
        .from(auditLog)
        .where(and(...conditions))
        .orderBy(desc(auditLog.id))
        .limit(limit);
      return rows.map(toAuditDto);
    },
    async count(filter: { orgId?: string; entityType?: string; entityId?: string }) {
      const conditions: SQL[] = [];
      if (filter.orgId) conditions.push(eq(auditLog.orgId, filter.orgId));
      if (filter.entityType) conditions.push(eq(auditLog.entityType, filter.entityType));
      if (filter.entityId) conditions.push(eq(auditLog.entityId, filter.entityId));
      return db.$count(auditLog, and(...conditions));
    },
  };
}
export type AuditRepository = ReturnType<typeof makeAuditRepository>;
