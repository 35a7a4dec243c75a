import { type Actor, hasPlatformRole, isMemberOf } from "@openttc/domain/access";
import {
  criteriaProblems,
  overallScore,
  ZDecideAnswerInput,
  ZEvaluateAnswerInput,
  ZSubmitAnswerInput,
} from "@openttc/domain/answer";
import { AppError, badInput, notFound } from "@openttc/domain/errors";
import { demandExpiresAt } from "@openttc/domain/freshness";
import { ANSWER_LIFECYCLE, DEMAND_LIFECYCLE, transition } from "@openttc/domain/lifecycle";
import { canAnswerDemands } from "@openttc/domain/organization";
import { parseInput } from "@openttc/domain/validation";
import { kunmingToday, requireActor, requireMember } from "../../shared/guards";
import { decodeCursor, type PageArgs, toConnection } from "../../shared/pagination";
import type { Clock, Store } from "../../store";
import type { DemandsService } from "../demands/demands.service";
import type { AnswerDto } from "./answers.repository";

const cursorOf = (a: AnswerDto): [string, string] => [a.submittedAt.toISOString(), a.id];

/** Answers to exam papers: submission, the enterprise's decisions and scores, and overdue decisions. */
export function makeAnswersService({
  store,
  clock,
  demands,
}: {
  store: Store;
  clock: Clock;
  demands: DemandsService;
}) {
  const { repos } = store;

  // Inside a transaction pass its repositories: PGlite has one connection, so a read outside
  // the open transaction waits for it forever.
  async function demandOwnerOf(answer: AnswerDto, from: typeof repos = repos) {
    const [demand] = await from.demands.findMany([answer.demandId]);
    if (!demand) throw notFound("exam paper", answer.demandId);
    return demand;
  }

  async function canSee(actor: Actor | null, answer: AnswerDto, from: typeof repos = repos) {
    if (!actor) return false;
    if (isMemberOf(actor, answer.orgId) || hasPlatformRole(actor, "operator")) return true;
    return isMemberOf(actor, (await demandOwnerOf(answer, from)).ownerOrgId);
  }

  async function notifyOrg(
    tx: typeof repos,
    orgId: string,
    kind: string,
    entityId: string,
    payload: Record<string, unknown>,
  ) {
    const userIds = await tx.organizations.memberUserIds(orgId);
    await tx.notifications.insertMany(
      userIds.map((userId) => ({ userId, kind, entityType: "answer", entityId, payload })),
    );
  }

  function page(p: PageArgs) {
    return p.after ? (decodeCursor(p.after, ["string", "string"]) as [string, string]) : null;
  }

  return {
    /** True when the answer is still undecided after its exam paper's decision deadline. */
    isOverdue(answer: AnswerDto) {
      return (
        (answer.status === "submitted" || answer.status === "shortlisted") &&
        answer.responseDeadline < kunmingToday(clock.now())
      );
    },

    async get(actor: Actor | null, id: string) {
      const answer = await repos.answers.find(id);
      if (!answer || !(await canSee(actor, answer))) throw notFound("answer", id);
      return answer;
    },

    async submit(actor: Actor | null, orgId: string, input: unknown) {
      const a = requireMember(actor, orgId);
      const kind = a.memberships.find((m) => m.orgId === orgId)?.orgKind;
      if (!kind || !canAnswerDemands(kind))
        throw new AppError("FORBIDDEN", "this kind of organization cannot answer exam papers");
      const data = parseInput(ZSubmitAnswerInput, input);
      const demand = await demands.get(a, data.demandId);
      if (demand.ownerOrgId === orgId)
        throw new AppError("FORBIDDEN", "an organization cannot answer its own exam paper");
      if (demand.status !== "open")
        throw new AppError("CONFLICT", `cannot answer an exam paper that is ${demand.status}`);
      const now = clock.now();
      if (demandExpiresAt(demand.deadline) <= now)
        throw new AppError("CONFLICT", "the deadline for answers has passed");
      const linked = await repos.achievements.findMany(data.achievementIds);
      for (const [i, id] of data.achievementIds.entries()) {
        const achievement = linked.find((x) => x.id === id);
        if (!achievement || achievement.ownerOrgId !== orgId) {
          throw badInput(
            `input.achievementIds.${i}`,
            "is not an achievement of the answering organization",
          );
        }
      }
      return store.transaction(async (tx) => {
        const row = await tx.answers.insert({
          ...data,
          orgId,
          createdBy: a.userId,
          submittedAt: now,
        });
        if (!row)
          throw new AppError("CONFLICT", "your organization has already answered this exam paper");
        const answer = (await tx.answers.find(row.id)) as AnswerDto;
        await tx.audit.append({
          actorId: a.userId,
          orgId,
          entityType: "answer",
          entityId: answer.id,
          action: "submit",
          before: null,
          after: answer,
        });
        await tx.audit.append({
          actorId: a.userId,
          orgId: demand.ownerOrgId,
          entityType: "answer",
          entityId: answer.id,
          action: "received",
          before: null,
          after: { demandId: demand.id, answeringOrgId: orgId },
        });
        await notifyOrg(tx, demand.ownerOrgId, "answer_received", answer.id, {
          demandId: demand.id,
        });
        return answer;
      });
    },

    /** Shortlists, rejects (with a coded reason) or awards an answer; awarding awards the exam paper and rejects the rest. */
    async decide(actor: Actor | null, input: unknown) {
      const a = requireActor(actor);
      const data = parseInput(ZDecideAnswerInput, input);
      const now = clock.now();
      return store.transaction(async (tx) => {
        const found = await tx.answers.find(data.answerId);
        if (!found || !(await canSee(a, found, tx))) throw notFound("answer", data.answerId);
        // Lock the exam paper before the answer: an award locks the paper and then the other
        // answers, so taking the locks in the same order queues concurrent decisions on one
        // paper instead of deadlocking them.
        const demand = await tx.demands.findForUpdate(found.demandId);
        if (!demand) throw notFound("exam paper", found.demandId);
        const answer = (await tx.answers.findForUpdate(found.id)) as AnswerDto;
        requireMember(a, demand.ownerOrgId);
        const status = transition("answer", ANSWER_LIFECYCLE, answer.status, data.decision);
        if (data.decision === "award") {
          const demandStatus = transition("exam paper", DEMAND_LIFECYCLE, demand.status, "award");
          const awarded = await tx.demands.update(demand.id, { status: demandStatus }, now);
          if (awarded) await tx.outbox.announce("demand", demand.id, awarded.version);
          await tx.audit.append({
            actorId: a.userId,
            orgId: demand.ownerOrgId,
            entityType: "demand",
            entityId: demand.id,
            action: "award",
            before: { status: demand.status },
            after: { status: awarded?.status, answerId: answer.id },
          });
          const others = await tx.answers.rejectOthers(demand.id, answer.id, a.userId, now);
          for (const other of others) {
            await tx.audit.append({
              actorId: a.userId,
              orgId: other.orgId,
              entityType: "answer",
              entityId: other.id,
              action: "reject",
              before: null,
              after: { status: "rejected", decisionReason: "better_alternative" },
            });
            await notifyOrg(tx, other.orgId, "answer_decided", other.id, {
              decision: "reject",
              demandId: demand.id,
            });
          }
        }
        await tx.answers.decide(answer.id, {
          status,
          decisionReason: data.decision === "reject" ? (data.reason ?? null) : null,
          feedback: data.feedback,
          decidedBy: a.userId,
          now,
        });
        const updated = (await tx.answers.find(answer.id)) as AnswerDto;
        for (const orgId of new Set([answer.orgId, demand.ownerOrgId])) {
          await tx.audit.append({
            actorId: a.userId,
            orgId,
            entityType: "answer",
            entityId: answer.id,
            action: data.decision,
            before: answer,
            after: updated,
          });
        }
        await notifyOrg(tx, answer.orgId, "answer_decided", answer.id, {
          decision: data.decision,
          demandId: demand.id,
        });
        return updated;
      });
    },

    /** The enterprise scores an answer on each of the exam paper's criteria; this is the market evaluation. */
    async evaluate(actor: Actor | null, input: unknown) {
      const a = requireActor(actor);
      const data = parseInput(ZEvaluateAnswerInput, input);
      const now = clock.now();
      return store.transaction(async (tx) => {
        const answer = await tx.answers.findForUpdate(data.answerId);
        if (!answer || !(await canSee(a, answer, tx))) throw notFound("answer", data.answerId);
        const demand = await demandOwnerOf(answer, tx);
        requireMember(a, demand.ownerOrgId);
        const problem = criteriaProblems(
          demand.criteria,
          data.scores.map((s) => s.criterion),
        );
        if (problem) throw badInput("input.scores", problem);
        const before = await tx.answers.findEvaluation(answer.id);
        const evaluation = await tx.answers.upsertEvaluation({
          answerId: answer.id,
          answerOrgId: answer.orgId,
          evaluatorId: a.userId,
          scores: data.scores,
          overall: overallScore(data.scores),
          comment: data.comment,
          now,
        });
        for (const orgId of new Set([answer.orgId, demand.ownerOrgId])) {
          await tx.audit.append({
            actorId: a.userId,
            orgId,
            entityType: "evaluation",
            entityId: evaluation.id,
            action: before ? "update" : "create",
            before,
            after: evaluation,
          });
        }
        await notifyOrg(tx, answer.orgId, "answer_evaluated", answer.id, {
          overall: evaluation.overall,
        });
        return evaluation;
      });
    },

    async evaluationOf(actor: Actor | null, answer: AnswerDto) {
      if (!(await canSee(actor, answer))) return null;
      return repos.answers.findEvaluation(answer.id);
    },

    async listForDemand(actor: Actor | null, demandId: string, p: PageArgs) {
      const a = requireActor(actor);
      const demand = await demands.get(a, demandId);
      if (!isMemberOf(a, demand.ownerOrgId) && !hasPlatformRole(a, "operator")) {
        throw new AppError("FORBIDDEN", "only the exam paper's organization sees its answers");
      }
      const after = page(p);
      const { items, total } = await repos.answers.listForDemand(demandId, p.first + 1, after);
      return toConnection(items, p.first, total, cursorOf, after !== null);
    },

    async listForOrg(actor: Actor | null, orgId: string, p: PageArgs) {
      requireMember(actor, orgId);
      const after = page(p);
      const { items, total } = await repos.answers.listForOrgs([orgId], p.first + 1, after);
      return toConnection(items, p.first, total, cursorOf, after !== null);
    },

    /** Undecided answers past their decision deadline: all for operators, else those the actor's organizations sent or received. */
    async listOverdue(actor: Actor | null, p: PageArgs) {
      const a = requireActor(actor);
      const orgIds = hasPlatformRole(a, "operator") ? null : a.memberships.map((m) => m.orgId);
      const after = page(p);
      const { items, total } = await repos.answers.listOverdue(
        kunmingToday(clock.now()),
        orgIds,
        p.first + 1,
        after,
      );
      return toConnection(items, p.first, total, cursorOf, after !== null);
    },
  };
}
export type AnswersService = ReturnType<typeof makeAnswersService>;
