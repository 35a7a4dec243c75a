import type { DbOrTx } from "@openttc/db/client";
import { demandAccess, demands, organizations } from "@openttc/db/schema";
import type { TDemandFields } from "@openttc/domain/demand";
import type { DemandStatus } from "@openttc/domain/lifecycle";
import type { TransferMode, Visibility } from "@openttc/domain/listing-common";
import type { OrgKind } from "@openttc/domain/organization";
import {
  and,
  arrayOverlaps,
  asc,
  desc,
  eq,
  gt,
  gte,
  inArray,
  isNull,
  lt,
  lte,
  ne,
  or,
  type SQL,
  sql,
} from "drizzle-orm";
import { afterCursorDesc, containsText, inFieldTree } from "../../shared/sql";
import type { ListAudience } from "../achievements/achievements.repository";

type DemandRow = typeof demands.$inferSelect;

function toDemandDto(row: DemandRow) {
  return {
    id: row.id,
    ownerOrgId: row.ownerOrgId,
    createdBy: row.createdBy,
    titleZh: row.titleZh,
    titleEn: row.titleEn,
    summaryZh: row.summaryZh,
    summaryEn: row.summaryEn,
    confidentialZh: row.confidentialZh,
    confidentialEn: row.confidentialEn,
    indicators: row.indicators,
    field: row.field,
    keywords: row.keywords,
    wantedModes: row.wantedModes as TransferMode[],
    budget: {
      min: row.budgetMin,
      max: row.budgetMax,
      currency: row.budgetCurrency,
      negotiable: row.budgetNegotiable,
    },
    deadline: row.deadline,
    responseDeadline: row.responseDeadline,
    minTrl: row.minTrl,
    criteria: row.criteria,
    visibility: row.visibility as Visibility,
    region: { country: row.country, province: row.province, city: row.city },
    status: row.status as DemandStatus,
    lastVerifiedAt: row.lastVerifiedAt,
    remindedAt: row.remindedAt,
    publishedAt: row.publishedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}
/** An exam paper as services see it; the schema decides who reads the confidential part. */
export type DemandDto = ReturnType<typeof toDemandDto>;

/** Filters of the public exam-paper list. */
export interface DemandListFilter {
  field?: string | null;
  trl?: number | null;
  modes?: TransferMode[] | null;
  country?: string | null;
  province?: string | null;
  city?: string | null;
  orgId?: string | null;
  orgKind?: OrgKind | null;
  statuses?: DemandStatus[] | null;
  text?: string | null;
}

function columnsOf<T extends Partial<TDemandFields>>(fields: T) {
  const { budget, region, ...rest } = fields;
  return {
    ...rest,
    ...(budget
      ? {
          budgetMin: budget.min ?? null,
          budgetMax: budget.max ?? null,
          budgetCurrency: budget.currency,
          budgetNegotiable: budget.negotiable,
        }
      : {}),
    ...(region ? { country: region.country, province: region.province, city: region.city } : {}),
  };
}

/** Data access for exam papers and who may read their confidential part. */
export function makeDemandsRepository(db: DbOrTx) {
  return {
    async insert(
      values: TDemandFields & { ownerOrgId: string; createdBy: string; lastVerifiedAt: Date },
    ) {
      const [row] = await db.insert(demands).values(columnsOf(values)).returning();
      if (!row) throw new Error("insert returned no row");
      return toDemandDto(row);
    },
    async update(
      id: string,
      fields: Partial<TDemandFields> & {
        status?: DemandStatus;
        publishedAt?: Date | null;
        lastVerifiedAt?: Date;
      },
      now: Date,
    ) {
      const [row] = await db
        .update(demands)
        .set({ ...columnsOf(fields), updatedAt: now, version: sql`${demands.version} + 1` })
        .where(eq(demands.id, id))
        .returning();
      return row ? toDemandDto(row) : null;
    },
    async find(id: string) {
      const [row] = await db.select().from(demands).where(eq(demands.id, id));
      return row ? toDemandDto(row) : null;
    },
    async findForUpdate(id: string) {
      const [row] = await db.select().from(demands).where(eq(demands.id, id)).for("update");
      return row ? toDemandDto(row) : null;
    },
    /** Ids in ascending order after `afterId`, for walking the whole table in batches. */
    async listIdsAfter(afterId: string | null, limit: number): Promise<string[]> {
      const rows = await db
        .select({ id: demands.id })
        .from(demands)
        .where(afterId ? gt(demands.id, afterId) : undefined)
        .orderBy(asc(demands.id))
        .limit(limit);
      return rows.map((r) => r.id);
    },
    count: () => db.$count(demands),
    async findMany(ids: readonly string[]) {
      if (ids.length === 0) return [];
      return (
        await db
          .select()
          .from(demands)
          .where(inArray(demands.id, [...ids]))
      ).map(toDemandDto);
    },
    /** Public list: open papers whose deadline has not passed, plus evaluating/awarded/closed ones when asked for. */
    async listPublic(
      filter: DemandListFilter,
      audience: ListAudience & { today: string },
      limit: number,
      after: [string, string] | null,
    ) {
      const statuses = filter.statuses?.length ? filter.statuses : (["open"] as DemandStatus[]);
      const conditions: (SQL | undefined)[] = [
        inArray(demands.status, statuses),
        // An open paper past its deadline has expired and leaves public results.
        or(ne(demands.status, "open"), gte(demands.deadline, audience.today)),
        or(
          inArray(demands.visibility, audience.visibilities),
          audience.ownOrgIds.length ? inArray(demands.ownerOrgId, audience.ownOrgIds) : undefined,
          audience.ownOrgIds.length
            ? inArray(
                demands.id,
                db
                  .select({ id: demandAccess.demandId })
                  .from(demandAccess)
                  .where(inArray(demandAccess.orgId, audience.ownOrgIds)),
              )
            : undefined,
        ),
      ];
      if (filter.field) conditions.push(inFieldTree(demands.field, filter.field));
      if (filter.trl != null) conditions.push(lte(demands.minTrl, filter.trl));
      if (filter.modes?.length) conditions.push(arrayOverlaps(demands.wantedModes, filter.modes));
      if (filter.country) conditions.push(eq(demands.country, filter.country));
      if (filter.province) conditions.push(eq(demands.province, filter.province));
      if (filter.city) conditions.push(eq(demands.city, filter.city));
      if (filter.orgId) conditions.push(eq(demands.ownerOrgId, filter.orgId));
      if (filter.orgKind) {
        conditions.push(
          inArray(
            demands.ownerOrgId,
            db
              .select({ id: organizations.id })
              .from(organizations)
              .where(eq(organizations.kind, filter.orgKind)),
          ),
        );
      }
      if (filter.text) {
        const { titleZh, titleEn, summaryZh, summaryEn } = demands;
        conditions.push(containsText([titleZh, titleEn, summaryZh, summaryEn], filter.text));
      }
      const where = conditions.filter((c): c is SQL => c !== undefined);
      const total = await db.$count(demands, and(...where));
      if (after) {
        where.push(afterCursorDesc(demands.publishedAt, demands.id, after));
      }
      const rows = await db
        .select()
        .from(demands)
        .where(and(...where))
        .orderBy(desc(demands.publishedAt), desc(demands.id))
        .limit(limit);
      return { items: rows.map(toDemandDto), total };
    },
    async listOwned(
      orgIds: string[],
      statuses: DemandStatus[] | null,
      limit: number,
      after: [string, string] | null,
    ) {
      const conditions: SQL[] = [inArray(demands.ownerOrgId, orgIds)];
      if (statuses?.length) conditions.push(inArray(demands.status, statuses));
      const total = await db.$count(demands, and(...conditions));
      if (after) {
        conditions.push(afterCursorDesc(demands.updatedAt, demands.id, after));
      }
      const rows = await db
        .select()
        .from(demands)
        .where(and(...conditions))
        .orderBy(desc(demands.updatedAt), desc(demands.id))
        .limit(limit);
      return { items: rows.map(toDemandDto), total };
    },
    async grantedOrgIds(demandId: string): Promise<string[]> {
      const rows = await db
        .select({ orgId: demandAccess.orgId })
        .from(demandAccess)
        .where(eq(demandAccess.demandId, demandId));
      return rows.map((r) => r.orgId);
    },
    async listAccess(demandId: string) {
      return db
        .select()
        .from(demandAccess)
        .where(eq(demandAccess.demandId, demandId))
        .orderBy(asc(demandAccess.grantedAt));
    },
    async grantAccess(values: {
      demandId: string;
      orgId: string;
      kind: "invited" | "nda";
      grantedBy: string;
      grantedAt: Date;
    }) {
      const [row] = await db.insert(demandAccess).values(values).onConflictDoNothing().returning();
      return row ?? null;
    },
    /** Open papers whose deadline falls on or before `dueBy` and whose owners have not been reminded since their last verification. */
    async findDueForReminder(today: string, dueBy: string) {
      return db
        .select({
          id: demands.id,
          ownerOrgId: demands.ownerOrgId,
          titleZh: demands.titleZh,
          titleEn: demands.titleEn,
          deadline: demands.deadline,
        })
        .from(demands)
        .where(
          and(
            eq(demands.status, "open"),
            // A paper already past its deadline has expired; reminding its owner of it helps nobody.
            gte(demands.deadline, today),
            lte(demands.deadline, dueBy),
            or(isNull(demands.remindedAt), lt(demands.remindedAt, demands.lastVerifiedAt)),
          ),
        );
    },
    async markReminded(ids: string[], now: Date) {
      if (ids.length)
        await db.update(demands).set({ remindedAt: now }).where(inArray(demands.id, ids));
    },
  };
}
export type DemandsRepository = ReturnType<typeof makeDemandsRepository>;
