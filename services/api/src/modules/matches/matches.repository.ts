import type { DbOrTx } from "@openttc/db/client";
import {
  achievements,
  answers,
  brokerProfiles,
  demands,
  evaluations,
  type MatchComponentsRow,
  type MatchExplanationRow,
  matcherWeights,
  matches,
  matchFeedback,
} from "@openttc/db/schema";
import type { MatchAction, MatchDismissReason, MatchSide } from "@openttc/domain/match";
import {
  and,
  asc,
  count,
  desc,
  eq,
  gt,
  gte,
  inArray,
  isNotNull,
  lt,
  ne,
  notExists,
  notInArray,
  or,
  type SQL,
  sql,
} from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { escapeLike } from "../../shared/sql";

/** Achievement statuses that take part in matching. */
export const MATCHABLE_ACHIEVEMENT_STATUSES = ["published", "in_negotiation"] as const;
/** Exam-paper statuses that take part in matching: open for answers. */
export const MATCHABLE_DEMAND_STATUSES = ["open"] as const;
/** Visibilities that take part in matching: a private listing is shown to nobody outside its organization, so it is never proposed to one. */
export const MATCHABLE_VISIBILITIES = ["public", "registered"] as const;

type MatchRow = typeof matches.$inferSelect;
type FeedbackRow = typeof matchFeedback.$inferSelect;

function toMatchDto(row: MatchRow) {
  return {
    id: row.id,
    demandId: row.demandId,
    achievementId: row.achievementId,
    score: row.score,
    components: row.components,
    explanation: row.explanation,
    weightsVersion: row.weightsVersion,
    computedAt: row.computedAt,
  };
}
/** A stored match: score, component values and the explanation in both languages. */
export type MatchDto = ReturnType<typeof toMatchDto>;

function toFeedbackDto(row: FeedbackRow) {
  return {
    id: row.id,
    matchId: row.matchId,
    demandId: row.demandId,
    achievementId: row.achievementId,
    side: row.side as MatchSide,
    orgId: row.orgId,
    userId: row.userId,
    action: row.action as MatchAction,
    reason: row.reason as MatchDismissReason | null,
    reasonText: row.reasonText,
    components: row.components,
    score: row.score,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
/** One user's action on a match. */
export type MatchFeedbackDto = ReturnType<typeof toFeedbackDto>;

/** A match to write: the pair, its score, components and explanation. */
export interface MatchWrite {
  demandId: string;
  achievementId: string;
  score: number;
  components: MatchComponentsRow;
  explanation: MatchExplanationRow;
}

/** Keyset position in a score-ordered list: (score desc, id asc). */
export type ScoreCursor = [number, string];

/** What "still matchable" is measured against: the oldest fresh verification and today's date in Kunming. */
export interface LiveAt {
  freshSince: Date;
  today: string;
}

/** Rows whose listings are both still published, visible and fresh. */
function liveAt({ freshSince, today }: LiveAt): SQL {
  return and(
    inArray(achievements.status, [...MATCHABLE_ACHIEVEMENT_STATUSES]),
    inArray(achievements.visibility, [...MATCHABLE_VISIBILITIES]),
    gt(achievements.lastVerifiedAt, freshSince),
    inArray(demands.status, [...MATCHABLE_DEMAND_STATUSES]),
    inArray(demands.visibility, [...MATCHABLE_VISIBILITIES]),
    gte(demands.deadline, today),
  ) as SQL;
}

function afterScore(cursor: ScoreCursor | null): SQL | undefined {
  if (!cursor) return undefined;
  return or(
    lt(matches.score, cursor[0]),
    and(eq(matches.score, cursor[0]), gt(matches.id, cursor[1])),
  );
}

/** A field or its subfields, for a broker's list of fields. */
function inAnyFieldTree(column: PgColumn, codes: readonly string[]): SQL {
  return or(
    inArray(column, [...codes]),
    ...codes.map((c) => sql`${column} like ${`${escapeLike(c)}.%`}`),
  ) as SQL;
}

/** Data access for matches, their feedback and the matcher's weights. */
export function makeMatchesRepository(db: DbOrTx) {
  async function page(where: SQL, cursor: ScoreCursor | null, limit: number) {
    const base = db
      .select({ m: matches })
      .from(matches)
      .innerJoin(achievements, eq(achievements.id, matches.achievementId))
      .innerJoin(demands, eq(demands.id, matches.demandId));
    const [rows, [total]] = await Promise.all([
      base
        .where(and(where, afterScore(cursor)))
        .orderBy(desc(matches.score), asc(matches.id))
        .limit(limit),
      db
        .select({ n: count() })
        .from(matches)
        .innerJoin(achievements, eq(achievements.id, matches.achievementId))
        .innerJoin(demands, eq(demands.id, matches.demandId))
        .where(where),
    ]);
    return { items: rows.map((r) => toMatchDto(r.m)), total: total?.n ?? 0 };
  }

  const attended = (action: "contacted" | "dismissed") =>
    db
      .select({ one: sql`1` })
      .from(matchFeedback)
      .where(
        and(
          eq(matchFeedback.demandId, matches.demandId),
          eq(matchFeedback.achievementId, matches.achievementId),
          eq(matchFeedback.action, action),
        ),
      );

  return {
    async find(id: string) {
      const [row] = await db.select().from(matches).where(eq(matches.id, id));
      return row ? toMatchDto(row) : null;
    },

    /** A page of live matches, best first. */
    listForDemand(
      demandId: string,
      at: LiveAt,
      cursor: ScoreCursor | null,
      limit: number,
    ): Promise<{ items: MatchDto[]; total: number }> {
      return page(and(eq(matches.demandId, demandId), liveAt(at)) as SQL, cursor, limit);
    },
    listForAchievement(
      achievementId: string,
      at: LiveAt,
      cursor: ScoreCursor | null,
      limit: number,
    ): Promise<{ items: MatchDto[]; total: number }> {
      return page(and(eq(matches.achievementId, achievementId), liveAt(at)) as SQL, cursor, limit);
    },
    /** Live matches in the fields (either side's field) that nobody has contacted or dismissed yet. */
    listUnattended(
      fields: readonly string[],
      at: LiveAt,
      cursor: ScoreCursor | null,
      limit: number,
    ): Promise<{ items: MatchDto[]; total: number }> {
      const where = and(
        liveAt(at),
        or(inAnyFieldTree(demands.field, fields), inAnyFieldTree(achievements.field, fields)),
        notExists(attended("contacted")),
        notExists(attended("dismissed")),
      ) as SQL;
      return page(where, cursor, limit);
    },

    /** The demand's matches become exactly these rows. */
    async replaceForDemand(demandId: string, rows: MatchWrite[], version: number, now: Date) {
      const keep = rows.map((r) => r.achievementId);
      await db
        .delete(matches)
        .where(
          and(
            eq(matches.demandId, demandId),
            keep.length ? notInArray(matches.achievementId, keep) : undefined,
          ),
        );
      await this.upsert(rows, version, now);
    },

    async upsert(rows: MatchWrite[], version: number, now: Date) {
      if (rows.length === 0) return;
      await db
        .insert(matches)
        .values(rows.map((r) => ({ ...r, weightsVersion: version, computedAt: now })))
        .onConflictDoUpdate({
          target: [matches.demandId, matches.achievementId],
          set: {
            score: sql`excluded.score`,
            components: sql`excluded.components`,
            explanation: sql`excluded.explanation`,
            weightsVersion: sql`excluded.weights_version`,
            computedAt: sql`excluded.computed_at`,
          },
        });
    },

    /** For each demand, the score a newcomer must beat to enter its top `n` without `achievementId`; absent when fewer than `n` others are there. */
    async entryScores(demandIds: readonly string[], achievementId: string, n: number) {
      if (demandIds.length === 0) return new Map<string, number>();
      const ranked = db
        .select({
          demandId: matches.demandId,
          score: matches.score,
          rank: sql<number>`row_number() over (partition by ${matches.demandId} order by ${matches.score} desc, ${matches.id})`.as(
            "rank",
          ),
        })
        .from(matches)
        .where(
          and(inArray(matches.demandId, [...demandIds]), ne(matches.achievementId, achievementId)),
        )
        .as("ranked");
      const rows = await db
        .select({ demandId: ranked.demandId, score: ranked.score })
        .from(ranked)
        .where(eq(ranked.rank, n));
      return new Map(rows.map((r) => [r.demandId, r.score]));
    },

    /** Keeps only the best `n` matches of each demand. */
    async trimDemands(demandIds: readonly string[], n: number) {
      if (demandIds.length === 0) return;
      await db.execute(sql`
        delete from ${matches} where ${matches.id} in (
          select id from (
            select id, row_number() over (partition by demand_id order by score desc, id) as rank
            from ${matches} where ${inArray(matches.demandId, [...demandIds])}
          ) ranked where rank > ${n}
        )`);
    },

    /** Removes a listing's matches; returns the demands that lost one. */
    async deleteForAchievement(achievementId: string): Promise<string[]> {
      const rows = await db
        .delete(matches)
        .where(eq(matches.achievementId, achievementId))
        .returning({ demandId: matches.demandId });
      return rows.map((r) => r.demandId);
    },
    async deleteForDemand(demandId: string) {
      await db.delete(matches).where(eq(matches.demandId, demandId));
    },
    /** Drops every match whose listings are no longer live. */
    async deleteStale(at: LiveAt) {
      const stale = db
        .select({ id: matches.id })
        .from(matches)
        .innerJoin(achievements, eq(achievements.id, matches.achievementId))
        .innerJoin(demands, eq(demands.id, matches.demandId))
        .where(sql`not (${liveAt(at)})`);
      const rows = await db
        .delete(matches)
        .where(inArray(matches.id, stale))
        .returning({ id: matches.id });
      return rows.length;
    },
    async countAll() {
      return db.$count(matches);
    },

    /** The fields a broker works in, or null when the user has no broker profile. */
    async brokerFields(userId: string): Promise<string[] | null> {
      const [row] = await db
        .select({ fields: brokerProfiles.fields })
        .from(brokerProfiles)
        .where(eq(brokerProfiles.userId, userId));
      return row ? row.fields : null;
    },

    /** Records a user's action on a pair; repeating an action updates it. */
    async upsertFeedback(values: {
      matchId: string;
      demandId: string;
      achievementId: string;
      side: MatchSide;
      orgId: string | null;
      userId: string;
      action: MatchAction;
      reason: MatchDismissReason | null;
      reasonText: string | null;
      components: MatchComponentsRow;
      score: number;
      now: Date;
    }) {
      const { now, ...rest } = values;
      const [row] = await db
        .insert(matchFeedback)
        .values({ ...rest, createdAt: now, updatedAt: now })
        .onConflictDoUpdate({
          target: [
            matchFeedback.demandId,
            matchFeedback.achievementId,
            matchFeedback.userId,
            matchFeedback.action,
          ],
          set: {
            matchId: rest.matchId,
            side: rest.side,
            orgId: rest.orgId,
            reason: rest.reason,
            reasonText: rest.reasonText,
            components: rest.components,
            score: rest.score,
            updatedAt: now,
          },
        })
        .returning();
      if (!row) throw new Error("feedback upsert returned no row");
      return toFeedbackDto(row);
    },
    /** A user's feedback on these pairs. */
    async feedbackOf(
      userId: string,
      pairs: readonly { demandId: string; achievementId: string }[],
    ) {
      if (pairs.length === 0) return [];
      const rows = await db
        .select()
        .from(matchFeedback)
        .where(
          and(
            eq(matchFeedback.userId, userId),
            inArray(matchFeedback.demandId, [...new Set(pairs.map((p) => p.demandId))]),
            inArray(matchFeedback.achievementId, [...new Set(pairs.map((p) => p.achievementId))]),
          ),
        )
        .orderBy(asc(matchFeedback.createdAt));
      return rows.map(toFeedbackDto);
    },
    /** Every contact and dismissal, with the component values the match had then. */
    async learningFeedback() {
      const rows = await db
        .select()
        .from(matchFeedback)
        .where(inArray(matchFeedback.action, ["contacted", "dismissed"]));
      return rows.map(toFeedbackDto);
    },
    /** Pairs an answer links (its achievements for its exam paper) with the evaluation's overall score and whether it was awarded. */
    async answerOutcomes() {
      const rows = await db
        .select({
          demandId: answers.demandId,
          achievementIds: answers.achievementIds,
          status: answers.status,
          overall: evaluations.overall,
        })
        .from(answers)
        .leftJoin(evaluations, eq(evaluations.answerId, answers.id))
        .where(
          and(
            sql`cardinality(${answers.achievementIds}) > 0`,
            or(eq(answers.status, "awarded"), isNotNull(evaluations.overall)),
          ),
        );
      return rows.flatMap((r) =>
        r.achievementIds.map((achievementId) => ({
          demandId: r.demandId,
          achievementId,
          awarded: r.status === "awarded",
          overall: r.overall,
        })),
      );
    },

    async activeWeights() {
      const [row] = await db.select().from(matcherWeights).where(eq(matcherWeights.active, true));
      return row ?? null;
    },
    /** Stores a new weights version and makes it the active one. */
    async insertActiveWeights(values: {
      weights: Record<string, unknown>;
      positiveSamples: number;
      negativeSamples: number;
      fittedAt: Date;
    }) {
      await db.update(matcherWeights).set({ active: false }).where(eq(matcherWeights.active, true));
      const [row] = await db
        .insert(matcherWeights)
        .values({ ...values, active: true })
        .returning();
      if (!row) throw new Error("weights insert returned no row");
      return row;
    },

    /** Mean overall evaluation and count per institution. */
    async reputations(orgIds: readonly string[]) {
      if (orgIds.length === 0) return new Map<string, { mean: number; count: number }>();
      const rows = await db
        .select({
          orgId: evaluations.answerOrgId,
          mean: sql<number>`avg(${evaluations.overall})::float8`,
          count: count(),
        })
        .from(evaluations)
        .where(inArray(evaluations.answerOrgId, [...orgIds]))
        .groupBy(evaluations.answerOrgId);
      return new Map(rows.map((r) => [r.orgId, { mean: Number(r.mean), count: r.count }]));
    },

    /** Ids of live achievements and exam papers, in id order, a batch after `afterId`. */
    async liveAchievementIds(freshSince: Date, afterId: string | null, limit: number) {
      const rows = await db
        .select({ id: achievements.id })
        .from(achievements)
        .where(
          and(
            inArray(achievements.status, [...MATCHABLE_ACHIEVEMENT_STATUSES]),
            inArray(achievements.visibility, [...MATCHABLE_VISIBILITIES]),
            gt(achievements.lastVerifiedAt, freshSince),
            afterId ? gt(achievements.id, afterId) : undefined,
          ),
        )
        .orderBy(asc(achievements.id))
        .limit(limit);
      return rows.map((r) => r.id);
    },
    async liveDemandIds(today: string, afterId: string | null, limit: number) {
      const rows = await db
        .select({ id: demands.id })
        .from(demands)
        .where(
          and(
            inArray(demands.status, [...MATCHABLE_DEMAND_STATUSES]),
            inArray(demands.visibility, [...MATCHABLE_VISIBILITIES]),
            gte(demands.deadline, today),
            afterId ? gt(demands.id, afterId) : undefined,
          ),
        )
        .orderBy(asc(demands.id))
        .limit(limit);
      return rows.map((r) => r.id);
    },
  };
}
export type MatchesRepository = ReturnType<typeof makeMatchesRepository>;
