import type { DbOrTx } from "@openttc/db/client";
import { achievements, ipAssets, organizations } from "@openttc/db/schema";
import type { RightsStatus, TAchievementFields, TIpAsset } from "@openttc/domain/achievement";
import type { AchievementStatus } from "@openttc/domain/lifecycle";
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
  or,
  type SQL,
  sql,
} from "drizzle-orm";
import { afterCursorDesc, containsText, inFieldTree } from "../../shared/sql";

type AchievementRow = typeof achievements.$inferSelect;
type IpAssetRow = typeof ipAssets.$inferSelect;

function toIpAssetDto(row: IpAssetRow): TIpAsset {
  return {
    number: row.number,
    kind: row.kind,
    status: row.status,
    title: row.title,
    expiresOn: row.expiresOn,
  };
}

function toAchievementDto(row: AchievementRow, assets: TIpAsset[]) {
  return {
    id: row.id,
    ownerOrgId: row.ownerOrgId,
    createdBy: row.createdBy,
    titleZh: row.titleZh,
    titleEn: row.titleEn,
    summaryZh: row.summaryZh,
    summaryEn: row.summaryEn,
    descriptionZh: row.descriptionZh,
    descriptionEn: row.descriptionEn,
    field: row.field,
    keywords: row.keywords,
    trl: row.trl,
    team: row.team,
    ipAssets: assets,
    transferModes: row.transferModes as TransferMode[],
    price: {
      min: row.priceMin,
      max: row.priceMax,
      currency: row.priceCurrency,
      negotiable: row.priceNegotiable,
    },
    publiclyFunded: row.publiclyFunded,
    rightsStatus: row.rightsStatus as RightsStatus,
    rightsUseYears: row.rightsUseYears,
    negativeList: row.negativeList,
    visibility: row.visibility as Visibility,
    region: { country: row.country, province: row.province, city: row.city },
    status: row.status as AchievementStatus,
    reviewNote: row.reviewNote,
    lastVerifiedAt: row.lastVerifiedAt,
    remindedAt: row.remindedAt,
    publishedAt: row.publishedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}
/** An achievement as services and the API see it. */
export type AchievementDto = ReturnType<typeof toAchievementDto>;

/** Filters of the public achievement list. */
export interface AchievementListFilter {
  field?: string | null;
  trlMin?: number | null;
  trlMax?: number | null;
  transferModes?: TransferMode[] | null;
  country?: string | null;
  province?: string | null;
  city?: string | null;
  orgId?: string | null;
  orgKind?: OrgKind | null;
  statuses?: AchievementStatus[] | null;
  text?: string | null;
}

/** Who the list is for: which visibilities they see and which organizations' own items. */
export interface ListAudience {
  visibilities: Visibility[];
  ownOrgIds: string[];
  freshSince: Date;
}

function columnsOf<T extends Partial<TAchievementFields>>(fields: T) {
  const { price, region, ipAssets: _assets, ...rest } = fields;
  return {
    ...rest,
    ...(price
      ? {
          priceMin: price.min ?? null,
          priceMax: price.max ?? null,
          priceCurrency: price.currency,
          priceNegotiable: price.negotiable,
        }
      : {}),
    ...(region ? { country: region.country, province: region.province, city: region.city } : {}),
  };
}

/** Data access for achievements and their IP assets. */
export function makeAchievementsRepository(db: DbOrTx) {
  async function withAssets(rows: AchievementRow[]): Promise<AchievementDto[]> {
    if (rows.length === 0) return [];
    const assets = await db
      .select()
      .from(ipAssets)
      .where(
        inArray(
          ipAssets.achievementId,
          rows.map((r) => r.id),
        ),
      )
      .orderBy(asc(ipAssets.position));
    const byAchievement = new Map<string, TIpAsset[]>();
    for (const a of assets) {
      const list = byAchievement.get(a.achievementId) ?? [];
      list.push(toIpAssetDto(a));
      byAchievement.set(a.achievementId, list);
    }
    return rows.map((r) => toAchievementDto(r, byAchievement.get(r.id) ?? []));
  }

  async function replaceAssets(achievementId: string, assets: TIpAsset[]) {
    await db.delete(ipAssets).where(eq(ipAssets.achievementId, achievementId));
    if (assets.length) {
      await db
        .insert(ipAssets)
        .values(assets.map((a, position) => ({ ...a, achievementId, position })));
    }
  }

  function publicConditions(filter: AchievementListFilter, audience: ListAudience): SQL[] {
    const visible = or(
      inArray(achievements.visibility, audience.visibilities),
      audience.ownOrgIds.length ? inArray(achievements.ownerOrgId, audience.ownOrgIds) : undefined,
    );
    const conditions: (SQL | undefined)[] = [
      inArray(
        achievements.status,
        filter.statuses?.length ? filter.statuses : ["published", "in_negotiation", "transacted"],
      ),
      gte(achievements.lastVerifiedAt, audience.freshSince),
      visible,
    ];
    if (filter.field) conditions.push(inFieldTree(achievements.field, filter.field));
    if (filter.trlMin != null) conditions.push(gte(achievements.trl, filter.trlMin));
    if (filter.trlMax != null) conditions.push(lte(achievements.trl, filter.trlMax));
    if (filter.transferModes?.length)
      conditions.push(arrayOverlaps(achievements.transferModes, filter.transferModes));
    if (filter.country) conditions.push(eq(achievements.country, filter.country));
    if (filter.province) conditions.push(eq(achievements.province, filter.province));
    if (filter.city) conditions.push(eq(achievements.city, filter.city));
    if (filter.orgId) conditions.push(eq(achievements.ownerOrgId, filter.orgId));
    if (filter.orgKind) {
      conditions.push(
        inArray(
          achievements.ownerOrgId,
          db
            .select({ id: organizations.id })
            .from(organizations)
            .where(eq(organizations.kind, filter.orgKind)),
        ),
      );
    }
    if (filter.text) {
      const { titleZh, titleEn, summaryZh, summaryEn } = achievements;
      conditions.push(containsText([titleZh, titleEn, summaryZh, summaryEn], filter.text));
    }
    return conditions.filter((c): c is SQL => c !== undefined);
  }

  return {
    async insert(
      values: TAchievementFields & { ownerOrgId: string; createdBy: string; lastVerifiedAt: Date },
    ) {
      const [row] = await db
        .insert(achievements)
        .values({
          ...columnsOf(values),
          ownerOrgId: values.ownerOrgId,
          createdBy: values.createdBy,
          lastVerifiedAt: values.lastVerifiedAt,
        })
        .returning();
      if (!row) throw new Error("insert returned no row");
      await replaceAssets(row.id, values.ipAssets);
      return (await withAssets([row]))[0] as AchievementDto;
    },
    async update(
      id: string,
      fields: Partial<TAchievementFields> & {
        status?: AchievementStatus;
        reviewNote?: string | null;
        publishedAt?: Date | null;
        lastVerifiedAt?: Date;
        remindedAt?: Date | null;
      },
      now: Date,
    ) {
      const [row] = await db
        .update(achievements)
        .set({ ...columnsOf(fields), updatedAt: now, version: sql`${achievements.version} + 1` })
        .where(eq(achievements.id, id))
        .returning();
      if (!row) return null;
      if (fields.ipAssets) await replaceAssets(id, fields.ipAssets);
      return (await withAssets([row]))[0] ?? null;
    },
    async find(id: string) {
      const rows = await db.select().from(achievements).where(eq(achievements.id, id));
      return (await withAssets(rows))[0] ?? null;
    },
    /** Reads and locks the row so concurrent transitions serialise. */
    async findForUpdate(id: string) {
      const rows = await db
        .select()
        .from(achievements)
        .where(eq(achievements.id, id))
        .for("update");
      return (await withAssets(rows))[0] ?? null;
    },
    /** Ids in ascending order after `afterId`, for walking the whole table in batches. */
    async listIdsAfter(afterId: string | null, limit: number): Promise<string[]> {
      const rows = await db
        .select({ id: achievements.id })
        .from(achievements)
        .where(afterId ? gt(achievements.id, afterId) : undefined)
        .orderBy(asc(achievements.id))
        .limit(limit);
      return rows.map((r) => r.id);
    },
    count: () => db.$count(achievements),
    async findMany(ids: readonly string[]) {
      if (ids.length === 0) return [];
      return withAssets(
        await db
          .select()
          .from(achievements)
          .where(inArray(achievements.id, [...ids])),
      );
    },
    async listPublic(
      filter: AchievementListFilter,
      audience: ListAudience,
      limit: number,
      after: [string, string] | null,
    ) {
      const conditions = publicConditions(filter, audience);
      const total = await db.$count(achievements, and(...conditions));
      if (after) {
        conditions.push(afterCursorDesc(achievements.publishedAt, achievements.id, after));
      }
      const rows = await db
        .select()
        .from(achievements)
        .where(and(...conditions))
        .orderBy(desc(achievements.publishedAt), desc(achievements.id))
        .limit(limit);
      return { items: await withAssets(rows), total };
    },
    async listOwned(
      orgIds: string[],
      statuses: AchievementStatus[] | null,
      limit: number,
      after: [string, string] | null,
    ) {
      const conditions: SQL[] = [inArray(achievements.ownerOrgId, orgIds)];
      if (statuses?.length) conditions.push(inArray(achievements.status, statuses));
      const total = await db.$count(achievements, and(...conditions));
      if (after) {
        conditions.push(afterCursorDesc(achievements.updatedAt, achievements.id, after));
      }
      const rows = await db
        .select()
        .from(achievements)
        .where(and(...conditions))
        .orderBy(desc(achievements.updatedAt), desc(achievements.id))
        .limit(limit);
      return { items: await withAssets(rows), total };
    },
    async listPendingReview(limit: number, after: [string, string] | null) {
      const conditions: SQL[] = [eq(achievements.status, "pending_review")];
      const total = await db.$count(achievements, and(...conditions));
      if (after) {
        const at = new Date(after[0]);
        conditions.push(
          or(
            gt(achievements.updatedAt, at),
            and(eq(achievements.updatedAt, at), gt(achievements.id, after[1])),
          ) as SQL,
        );
      }
      const rows = await db
        .select()
        .from(achievements)
        .where(and(...conditions))
        .orderBy(asc(achievements.updatedAt), asc(achievements.id))
        .limit(limit);
      return { items: await withAssets(rows), total };
    },
    /** Published achievements verified before `verifiedBefore` that have had no reminder since. */
    async findDueForReminder(verifiedBefore: Date) {
      return db
        .select({
          id: achievements.id,
          ownerOrgId: achievements.ownerOrgId,
          titleZh: achievements.titleZh,
          titleEn: achievements.titleEn,
          lastVerifiedAt: achievements.lastVerifiedAt,
        })
        .from(achievements)
        .where(
          and(
            inArray(achievements.status, ["published", "in_negotiation"]),
            lt(achievements.lastVerifiedAt, verifiedBefore),
            or(
              isNull(achievements.remindedAt),
              lt(achievements.remindedAt, achievements.lastVerifiedAt),
            ),
          ),
        );
    },
    async markReminded(ids: string[], now: Date) {
      if (ids.length)
        await db.update(achievements).set({ remindedAt: now }).where(inArray(achievements.id, ids));
    },
  };
}
export type AchievementsRepository = ReturnType<typeof makeAchievementsRepository>;
