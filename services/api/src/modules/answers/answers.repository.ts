import type { DbOrTx } from "@openttc/db/client";
import { answers, demands, evaluations } from "@openttc/db/schema";
import type { RejectionReason, TSubmitAnswerInput } from "@openttc/domain/answer";
import type { AnswerStatus } from "@openttc/domain/lifecycle";
import { and, count, desc, eq, inArray, lt, ne, or, type SQL } from "drizzle-orm";
import { afterCursorDesc } from "../../shared/sql";

type AnswerRow = typeof answers.$inferSelect;
type EvaluationRow = typeof evaluations.$inferSelect;

function toAnswerDto(row: AnswerRow, responseDeadline: string) {
  return {
    id: row.id,
    demandId: row.demandId,
    orgId: row.orgId,
    createdBy: row.createdBy,
    approach: row.approach,
    milestones: row.milestones,
    quote: { amount: row.quoteAmount, currency: row.quoteCurrency },
    team: row.team,
    achievementIds: row.achievementIds,
    status: row.status as AnswerStatus,
    decisionReason: row.decisionReason as RejectionReason | null,
    feedback: row.feedback,
    decidedAt: row.decidedAt,
    submittedAt: row.submittedAt,
    updatedAt: row.updatedAt,
    responseDeadline,
  };
}
/** An answer with the decision deadline of its exam paper. */
export type AnswerDto = ReturnType<typeof toAnswerDto>;

function toEvaluationDto(row: EvaluationRow) {
  return {
    id: row.id,
    answerId: row.answerId,
    evaluatorId: row.evaluatorId,
    scores: row.scores,
    overall: row.overall,
    comment: row.comment,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
/** The enterprise's scores and comment on one answer. */
export type EvaluationDto = ReturnType<typeof toEvaluationDto>;

const undecided: AnswerStatus[] = ["submitted", "shortlisted"];

/** Data access for answers and their evaluations. */
export function makeAnswersRepository(db: DbOrTx) {
  const selectWithDeadline = () =>
    db
      .select({ answer: answers, responseDeadline: demands.responseDeadline })
      .from(answers)
      .innerJoin(demands, eq(demands.id, answers.demandId));

  async function page(conditions: SQL[], limit: number, after: [string, string] | null) {
    const total = await db.$count(answers, and(...conditions));
    if (after) {
      conditions.push(afterCursorDesc(answers.submittedAt, answers.id, after));
    }
    const rows = await selectWithDeadline()
      .where(and(...conditions))
      .orderBy(desc(answers.submittedAt), desc(answers.id))
      .limit(limit);
    return { items: rows.map((r) => toAnswerDto(r.answer, r.responseDeadline)), total };
  }

  return {
    async insert(
      values: Omit<TSubmitAnswerInput, "quote"> & {
        quote: { amount: number; currency: string };
        orgId: string;
        createdBy: string;
        submittedAt: Date;
      },
    ) {
      const [row] = await db
        .insert(answers)
        .values({
          demandId: values.demandId,
          orgId: values.orgId,
          createdBy: values.createdBy,
          approach: values.approach,
          milestones: values.milestones,
          quoteAmount: values.quote.amount,
          quoteCurrency: values.quote.currency,
          team: values.team,
          achievementIds: values.achievementIds,
          submittedAt: values.submittedAt,
          updatedAt: values.submittedAt,
        })
        .onConflictDoNothing()
        .returning();
      return row ?? null;
    },
    async find(id: string) {
      const [row] = await selectWithDeadline().where(eq(answers.id, id));
      return row ? toAnswerDto(row.answer, row.responseDeadline) : null;
    },
    async findForUpdate(id: string) {
      const [row] = await selectWithDeadline()
        .where(eq(answers.id, id))
        .for("update", { of: answers });
      return row ? toAnswerDto(row.answer, row.responseDeadline) : null;
    },
    async decide(
      id: string,
      values: {
        status: AnswerStatus;
        decisionReason: RejectionReason | null;
        feedback: string | null;
        decidedBy: string;
        now: Date;
      },
    ) {
      await db
        .update(answers)
        .set({
          status: values.status,
          decisionReason: values.decisionReason,
          feedback: values.feedback,
          decidedBy: values.decidedBy,
          decidedAt: values.now,
          updatedAt: values.now,
        })
        .where(eq(answers.id, id));
    },
    async rejectOthers(demandId: string, exceptId: string, decidedBy: string, now: Date) {
      return db
        .update(answers)
        .set({
          status: "rejected",
          decisionReason: "better_alternative",
          decidedBy,
          decidedAt: now,
          updatedAt: now,
        })
        .where(
          and(
            eq(answers.demandId, demandId),
            inArray(answers.status, undecided),
            ne(answers.id, exceptId),
          ),
        )
        .returning({ id: answers.id, orgId: answers.orgId });
    },
    listForDemand(demandId: string, limit: number, after: [string, string] | null) {
      return page([eq(answers.demandId, demandId)], limit, after);
    },
    listForOrgs(orgIds: string[], limit: number, after: [string, string] | null) {
      return page([inArray(answers.orgId, orgIds)], limit, after);
    },
    /** Undecided answers whose exam paper's decision deadline is before `today`. */
    listOverdue(
      today: string,
      orgIds: string[] | null,
      limit: number,
      after: [string, string] | null,
    ) {
      const conditions: SQL[] = [
        inArray(answers.status, undecided),
        lt(demands.responseDeadline, today),
      ];
      if (orgIds)
        conditions.push(
          or(inArray(answers.orgId, orgIds), inArray(demands.ownerOrgId, orgIds)) as SQL,
        );
      return pageJoined(conditions, limit, after);
    },
    async upsertEvaluation(values: {
      answerId: string;
      answerOrgId: string;
      evaluatorId: string;
      scores: { criterion: string; score: number }[];
      overall: number;
      comment: string;
      now: Date;
    }) {
      const [row] = await db
        .insert(evaluations)
        .values({ ...values, createdAt: values.now, updatedAt: values.now })
        .onConflictDoUpdate({
          target: evaluations.answerId,
          set: {
            scores: values.scores,
            overall: values.overall,
            comment: values.comment,
            evaluatorId: values.evaluatorId,
            updatedAt: values.now,
          },
        })
        .returning();
      if (!row) throw new Error("upsert returned no row");
      return toEvaluationDto(row);
    },
    async findEvaluation(answerId: string) {
      const [row] = await db.select().from(evaluations).where(eq(evaluations.answerId, answerId));
      return row ? toEvaluationDto(row) : null;
    },
    async findEvaluations(answerIds: readonly string[]) {
      if (answerIds.length === 0) return [];
      return (
        await db
          .select()
          .from(evaluations)
          .where(inArray(evaluations.answerId, [...answerIds]))
      ).map(toEvaluationDto);
    },
  };

  async function pageJoined(conditions: SQL[], limit: number, after: [string, string] | null) {
    const [counted] = await db
      .select({ n: count() })
      .from(answers)
      .innerJoin(demands, eq(demands.id, answers.demandId))
      .where(and(...conditions));
    if (after) {
      conditions.push(afterCursorDesc(answers.submittedAt, answers.id, after));
    }
    const rows = await selectWithDeadline()
      .where(and(...conditions))
      .orderBy(desc(answers.submittedAt), desc(answers.id))
      .limit(limit);
    return {
      items: rows.map((r) => toAnswerDto(r.answer, r.responseDeadline)),
      total: counted?.n ?? 0,
    };
  }
}
export type AnswersRepository = ReturnType<typeof makeAnswersRepository>;
