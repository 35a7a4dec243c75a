import { answers, evaluations, notifications } from "@openttc/db/schema";
import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  ANSWER,
  answerInput,
  buildWorld,
  collectPages,
  createOrg,
  DECIDE_ANSWER,
  EVALUATE_ANSWER,
  INVITE_TO_DEMAND,
  openDemand,
  publishAchievement,
  SUBMIT_ANSWER,
  submitAnswer,
  TRANSITION_DEMAND,
  type World,
} from "../../test-support/fixtures";
import { type Data, describeWithDb, type TestUser } from "../../test-support/harness";

const DEMAND_ANSWERS = `query ($id: ID!) { demand(id: $id) { status answers(first: 50) { totalCount edges { node {
  id status decisionReason feedback organization { id } } } } } }`;
const ORG_ANSWERS = `query ($orgId: ID!) { orgAnswers(orgId: $orgId) { totalCount edges { node { id status demand { id } } } } }`;
const OVERDUE = `query { overdueAnswers(first: 50) { totalCount edges { node { id overdue organization { id } } } } }`;
const PAGED_DEMAND_ANSWERS = `query ($id: ID!, $first: Int, $after: String) { demand(id: $id) {
  answers(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }`;
const PAGED_ORG_ANSWERS = `query ($orgId: ID!, $first: Int, $after: String) {
  orgAnswers(orgId: $orgId, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
const PAGED_OVERDUE = `query ($first: Int, $after: String) {
  overdueAnswers(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
const REPUTATION = `query ($id: ID!) { organization(id: $id) { reputation { count mean recentCount recentMean trend } } }`;

describeWithDb("answers", (env) => {
  let w: World;

  beforeAll(async () => {
    w = await buildWorld(env);
  });
  beforeEach(() => env.clock.reset());

  const notificationsOf = async (user: TestUser) =>
    env.db.select().from(notifications).where(eq(notifications.userId, user.id));

  describe("submitting", () => {
    it("an institute answers an open exam paper, linking its own achievements; the enterprise is told", async () => {
      const achievement = await publishAchievement(w.instAdmin, w.reviewer, w.institute.id);
      const demandId = await openDemand(env, w.entAdmin, w.enterprise.id);
      env.clock.advanceMs(1000);
      const input = answerInput(demandId, { achievementIds: [achievement] });
      const data = await w.instMember.client.ok(SUBMIT_ANSWER, { orgId: w.institute.id, input });
      const answer = data.submitAnswer;
      expect(answer).toMatchObject({
        status: "SUBMITTED",
        approach: input.approach,
        milestones: input.milestones,
        quote: { amount: 1_800_000, currency: "CNY" },
        team: [{ name: "张伟", role: "PI" }],
        organization: { id: w.institute.id },
        achievements: [{ id: achievement }],
        submittedAt: env.clock.now().toISOString(),
        responseDeadline: env.clock.kunmingDate(45),
        overdue: false,
        decisionReason: null,
      });

      const received = await w.entMember.client.ok(DEMAND_ANSWERS, { id: demandId });
      expect(received.demand.answers.totalCount).toBe(1);
      expect(received.demand.answers.edges[0].node.id).toBe(answer.id);
      const sent = await w.instAdmin.client.ok(ORG_ANSWERS, { orgId: w.institute.id });
      expect(sent.orgAnswers.edges.map((e: Data) => e.node.id)).toContain(answer.id);

      for (const user of [w.entAdmin, w.entMember]) {
        const mine = await notificationsOf(user);
        expect(
          mine.filter((n) => n.kind === "answer_received" && n.entityId === answer.id),
        ).toHaveLength(1);
      }
      expect((await notificationsOf(w.instAdmin)).some((n) => n.entityId === answer.id)).toBe(
        false,
      );
    });

    it("refuses to link an achievement of another organization (BAD_USER_INPUT on input.achievementIds.0)", async () => {
      const foreign = await publishAchievement(w.otherAdmin, w.reviewer, w.otherInstitute.id);
      const demandId = await openDemand(env, w.entAdmin, w.enterprise.id);
      const before = await env.snapshot();
      const error = await w.instAdmin.client.fail(SUBMIT_ANSWER, {
        orgId: w.institute.id,
        input: answerInput(demandId, { achievementIds: [foreign] }),
      });
      expect(error.code).toBe("BAD_USER_INPUT");
      expect(error.extensions?.field).toBe("input.achievementIds.0");
      expect(await env.snapshot()).toEqual(before);
    });

    it("takes one answer per organization: a second one is a CONFLICT", async () => {
      const demandId = await openDemand(env, w.entAdmin, w.enterprise.id);
      await submitAnswer(w.instAdmin, w.institute.id, demandId);
      const before = await env.snapshot();
      const error = await w.instMember.client.fail(SUBMIT_ANSWER, {
        orgId: w.institute.id,
        input: answerInput(demandId, { approach: "另一个方案" }),
      });
      expect(error.code).toBe("CONFLICT");
      expect(await env.snapshot()).toEqual(before);
    });

    it("an organization may not answer its own exam paper (FORBIDDEN)", async () => {
      const demandId = await openDemand(env, w.hospAdmin, w.hospital.id);
      const before = await env.snapshot();
      const error = await w.hospAdmin.client.fail(SUBMIT_ANSWER, {
        orgId: w.hospital.id,
        input: answerInput(demandId),
      });
      expect(error.code).toBe("FORBIDDEN");
      expect(await env.snapshot()).toEqual(before);
    });

    it("a closed exam paper takes no answers (CONFLICT)", async () => {
      const demandId = await openDemand(env, w.entAdmin, w.enterprise.id);
      await w.entAdmin.client.ok(TRANSITION_DEMAND, { id: demandId, action: "CLOSE" });
      const before = await env.snapshot();
      const error = await w.instAdmin.client.fail(SUBMIT_ANSWER, {
        orgId: w.institute.id,
        input: answerInput(demandId),
      });
      expect(error.code).toBe("CONFLICT");
      expect(await env.snapshot()).toEqual(before);
    });

    it("after the deadline an invited institute gets CONFLICT and others no longer find the paper", async () => {
      const demandId = await openDemand(env, w.entAdmin, w.enterprise.id, {
        deadline: env.clock.kunmingDate(3),
        responseDeadline: env.clock.kunmingDate(10),
      });
      await w.entAdmin.client.ok(INVITE_TO_DEMAND, { demandId, orgId: w.institute.id });
      env.clock.advanceDays(4);
      const before = await env.snapshot();
      const invited = await w.instAdmin.client.fail(SUBMIT_ANSWER, {
        orgId: w.institute.id,
        input: answerInput(demandId),
      });
      expect(invited.code).toBe("CONFLICT");
      const other = await w.otherAdmin.client.fail(SUBMIT_ANSWER, {
        orgId: w.otherInstitute.id,
        input: answerInput(demandId),
      });
      expect(other.code).toBe("NOT_FOUND");
      expect(await env.snapshot()).toEqual(before);
    });
  });

  describe("deciding", () => {
    it("shortlists, then awards: the paper becomes AWARDED and the other undecided answers are rejected", async () => {
      const demandId = await openDemand(env, w.entAdmin, w.enterprise.id);
      const winner = await submitAnswer(w.instAdmin, w.institute.id, demandId);
      const loser = await submitAnswer(w.otherAdmin, w.otherInstitute.id, demandId);
      const hospitalAnswer = await submitAnswer(w.hospAdmin, w.hospital.id, demandId);
      await w.entMember.client.ok(DECIDE_ANSWER, {
        input: {
          answerId: hospitalAnswer,
          decision: "REJECT",
          reason: "PRICE_TOO_HIGH",
          feedback: "报价过高",
        },
      });

      const shortlisted = await w.entMember.client.ok(DECIDE_ANSWER, {
        input: { answerId: winner, decision: "SHORTLIST" },
      });
      expect(shortlisted.decideAnswer).toMatchObject({
        status: "SHORTLISTED",
        decidedAt: env.clock.now().toISOString(),
      });
      env.clock.advanceMs(1000);
      const awarded = await w.entAdmin.client.ok(DECIDE_ANSWER, {
        input: { answerId: winner, decision: "AWARD", feedback: "方案最优" },
      });
      expect(awarded.decideAnswer).toMatchObject({
        status: "AWARDED",
        feedback: "方案最优",
        decisionReason: null,
      });

      const paper = await w.entAdmin.client.ok(DEMAND_ANSWERS, { id: demandId });
      expect(paper.demand.status).toBe("AWARDED");
      const byId = new Map(paper.demand.answers.edges.map((e: Data) => [e.node.id, e.node]));
      expect(byId.get(loser)).toMatchObject({
        status: "REJECTED",
        decisionReason: "BETTER_ALTERNATIVE",
      });
      // An answer already decided keeps its own decision.
      expect(byId.get(hospitalAnswer)).toMatchObject({
        status: "REJECTED",
        decisionReason: "PRICE_TOO_HIGH",
      });

      const loserView = await w.otherAdmin.client.ok(ANSWER, { id: loser });
      expect(loserView.answer).toMatchObject({
        status: "REJECTED",
        decisionReason: "BETTER_ALTERNATIVE",
        overdue: false,
      });
      const told = await notificationsOf(w.otherAdmin);
      expect(told.filter((n) => n.kind === "answer_decided" && n.entityId === loser)).toHaveLength(
        1,
      );
      const winnerTold = await notificationsOf(w.instMember);
      expect(
        winnerTold.filter((n) => n.kind === "answer_decided" && n.entityId === winner),
      ).toHaveLength(2);
    });

    it("two awards on one paper at the same moment: exactly one wins, the other is a CONFLICT", async () => {
      for (let round = 0; round < 3; round++) {
        const demandId = await openDemand(env, w.entAdmin, w.enterprise.id);
        const first = await submitAnswer(w.instAdmin, w.institute.id, demandId);
        const second = await submitAnswer(w.otherAdmin, w.otherInstitute.id, demandId);
        const results = await Promise.all([
          w.entAdmin.client.request(DECIDE_ANSWER, {
            input: { answerId: first, decision: "AWARD" },
          }),
          w.entMember.client.request(DECIDE_ANSWER, {
            input: { answerId: second, decision: "AWARD" },
          }),
        ]);
        const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? "ok").sort();
        expect(codes).toEqual(["CONFLICT", "ok"]);
        const rows = await env.db.select().from(answers).where(eq(answers.demandId, demandId));
        expect(rows.map((r) => r.status).sort()).toEqual(["awarded", "rejected"]);
      }
    });

    it("a rejection needs a coded reason, and OTHER needs feedback (BAD_USER_INPUT naming the field)", async () => {
      const demandId = await openDemand(env, w.entAdmin, w.enterprise.id);
      const answerId = await submitAnswer(w.instAdmin, w.institute.id, demandId);
      const before = await env.snapshot();
      const noReason = await w.entAdmin.client.fail(DECIDE_ANSWER, {
        input: { answerId, decision: "REJECT" },
      });
      expect(noReason.code).toBe("BAD_USER_INPUT");
      expect(noReason.extensions?.field).toBe("input.reason");
      const noFeedback = await w.entAdmin.client.fail(DECIDE_ANSWER, {
        input: { answerId, decision: "REJECT", reason: "OTHER" },
      });
      expect(noFeedback.code).toBe("BAD_USER_INPUT");
      expect(noFeedback.extensions?.field).toBe("input.feedback");
      expect(await env.snapshot()).toEqual(before);

      const data = await w.entAdmin.client.ok(DECIDE_ANSWER, {
        input: { answerId, decision: "REJECT", reason: "OTHER", feedback: "与现有供应商重复" },
      });
      expect(data.decideAnswer).toMatchObject({
        status: "REJECTED",
        decisionReason: "OTHER",
        feedback: "与现有供应商重复",
      });
      const seen = await w.instMember.client.ok(ANSWER, { id: answerId });
      expect(seen.answer).toMatchObject({ decisionReason: "OTHER", feedback: "与现有供应商重复" });
      const [row] = await env.db.select().from(answers).where(eq(answers.id, answerId));
      expect(row).toMatchObject({ status: "rejected", decidedBy: w.entAdmin.id });
    });

    it("only the exam paper's organization decides: the answering institute is FORBIDDEN", async () => {
      const demandId = await openDemand(env, w.entAdmin, w.enterprise.id);
      const answerId = await submitAnswer(w.instAdmin, w.institute.id, demandId);
      const before = await env.snapshot();
      const error = await w.instAdmin.client.fail(DECIDE_ANSWER, {
        input: { answerId, decision: "AWARD" },
      });
      expect(error.code).toBe("FORBIDDEN");
      expect(await env.snapshot()).toEqual(before);
    });

    it("cannot award on a closed exam paper (CONFLICT) nor decide an answer twice the same way", async () => {
      const demandId = await openDemand(env, w.entAdmin, w.enterprise.id);
      const answerId = await submitAnswer(w.instAdmin, w.institute.id, demandId);
      await w.entAdmin.client.ok(DECIDE_ANSWER, { input: { answerId, decision: "SHORTLIST" } });
      await w.entAdmin.client.ok(TRANSITION_DEMAND, { id: demandId, action: "CLOSE" });
      const before = await env.snapshot();
      const award = await w.entAdmin.client.fail(DECIDE_ANSWER, {
        input: { answerId, decision: "AWARD" },
      });
      expect(award.code).toBe("CONFLICT");
      const again = await w.entAdmin.client.fail(DECIDE_ANSWER, {
        input: { answerId, decision: "SHORTLIST" },
      });
      expect(again.code).toBe("CONFLICT");
      expect(await env.snapshot()).toEqual(before);
    });
  });

  describe("evaluating and reputation", () => {
    it("scores exactly the paper's criteria from 1 to 5 with a comment; anything else is BAD_USER_INPUT", async () => {
      const demandId = await openDemand(env, w.entAdmin, w.enterprise.id, {
        criteria: ["technical_merit", "cost"],
      });
      const answerId = await submitAnswer(w.instAdmin, w.institute.id, demandId);
      const bad: [Record<string, unknown>, string][] = [
        [{ scores: [{ criterion: "technical_merit", score: 4 }], comment: "ok" }, "input.scores"],
        [
          {
            scores: [
              { criterion: "technical_merit", score: 4 },
              { criterion: "cost", score: 3 },
              { criterion: "team", score: 5 },
            ],
            comment: "ok",
          },
          "input.scores",
        ],
        [
          {
            scores: [
              { criterion: "cost", score: 4 },
              { criterion: "cost", score: 3 },
            ],
            comment: "ok",
          },
          "input.scores",
        ],
        [
          {
            scores: [
              { criterion: "technical_merit", score: 6 },
              { criterion: "cost", score: 3 },
            ],
            comment: "ok",
          },
          "input.scores.0.score",
        ],
        [
          {
            scores: [
              { criterion: "technical_merit", score: 0 },
              { criterion: "cost", score: 3 },
            ],
            comment: "ok",
          },
          "input.scores.0.score",
        ],
        [
          {
            scores: [
              { criterion: "technical_merit", score: 4 },
              { criterion: "cost", score: 3 },
            ],
            comment: "  ",
          },
          "input.comment",
        ],
      ];
      const before = await env.snapshot();
      for (const [input, field] of bad) {
        const error = await w.entAdmin.client.fail(EVALUATE_ANSWER, {
          input: { answerId, ...input },
        });
        expect(error.code, JSON.stringify(input)).toBe("BAD_USER_INPUT");
        expect(error.extensions?.field).toBe(field);
      }
      expect(await env.snapshot()).toEqual(before);

      const data = await w.entMember.client.ok(EVALUATE_ANSWER, {
        input: {
          answerId,
          scores: [
            { criterion: "cost", score: 3 },
            { criterion: "technical_merit", score: 4 },
          ],
          comment: "技术扎实，报价略高",
        },
      });
      expect(data.evaluateAnswer).toMatchObject({ overall: 3.5, comment: "技术扎实，报价略高" });
      for (const user of [w.instMember, w.entAdmin, w.operator]) {
        const { answer } = await user.client.ok(ANSWER, { id: answerId });
        expect(answer.evaluation, user.displayName).toMatchObject({ overall: 3.5 });
      }
      const told = await notificationsOf(w.instAdmin);
      expect(
        told.filter((n) => n.kind === "answer_evaluated" && n.entityId === answerId),
      ).toHaveLength(1);
    });

    it("an institution's reputation is the count and mean of its evaluations; re-scoring replaces, not adds", async () => {
      const org = await createOrg(w.otherAdmin, "UNIVERSITY");
      const evaluate = async (answerId: string, a: number, b: number) =>
        w.entAdmin.client.ok(EVALUATE_ANSWER, {
          input: {
            answerId,
            scores: [
              { criterion: "technical_merit", score: a },
              { criterion: "cost", score: b },
            ],
            comment: "评价",
          },
        });
      expect(
        (await env.anonymous().ok(REPUTATION, { id: org.id })).organization.reputation,
      ).toEqual({
        count: 0,
        mean: null,
        recentCount: 0,
        recentMean: null,
        trend: null,
      });
      const first = await submitAnswer(
        w.otherAdmin,
        org.id,
        await openDemand(env, w.entAdmin, w.enterprise.id),
      );
      const second = await submitAnswer(
        w.otherAdmin,
        org.id,
        await openDemand(env, w.entAdmin, w.enterprise.id),
      );
      await evaluate(first, 5, 5);
      await evaluate(second, 2, 3);
      expect(
        (await env.anonymous().ok(REPUTATION, { id: org.id })).organization.reputation,
      ).toMatchObject({
        count: 2,
        mean: 3.75,
        recentCount: 2,
      });
      await evaluate(second, 4, 4);
      expect(
        (await env.anonymous().ok(REPUTATION, { id: org.id })).organization.reputation,
      ).toMatchObject({
        count: 2,
        mean: 4.5,
      });
      const rows = await env.db
        .select()
        .from(evaluations)
        .where(eq(evaluations.answerOrgId, org.id));
      expect(rows).toHaveLength(2);
    });

    it("only the exam paper's organization evaluates: the answering institute is FORBIDDEN", async () => {
      const demandId = await openDemand(env, w.entAdmin, w.enterprise.id, { criteria: ["cost"] });
      const answerId = await submitAnswer(w.instAdmin, w.institute.id, demandId);
      const before = await env.snapshot();
      const error = await w.instAdmin.client.fail(EVALUATE_ANSWER, {
        input: { answerId, scores: [{ criterion: "cost", score: 5 }], comment: "自评" },
      });
      expect(error.code).toBe("FORBIDDEN");
      expect(await env.snapshot()).toEqual(before);
    });
  });

  describe("overdue decisions", () => {
    it("after the response deadline an undecided answer is overdue for both parties and operators, not for others", async () => {
      const org = await createOrg(w.loner, "INVESTOR");
      const demandId = await openDemand(env, w.loner, org.id, {
        deadline: env.clock.kunmingDate(2),
        responseDeadline: env.clock.kunmingDate(5),
      });
      const pending = await submitAnswer(w.instAdmin, w.institute.id, demandId);
      const decided = await submitAnswer(w.otherAdmin, w.otherInstitute.id, demandId);
      await w.loner.client.ok(DECIDE_ANSWER, {
        input: { answerId: decided, decision: "REJECT", reason: "TRL_TOO_LOW" },
      });

      env.clock.advanceDays(5);
      expect((await w.instAdmin.client.ok(ANSWER, { id: pending })).answer.overdue).toBe(false);
      env.clock.advanceDays(1);
      expect((await w.instAdmin.client.ok(ANSWER, { id: pending })).answer.overdue).toBe(true);
      expect((await w.otherAdmin.client.ok(ANSWER, { id: decided })).answer.overdue).toBe(false);

      const listedFor = async (user: TestUser) =>
        (await user.client.ok(OVERDUE)).overdueAnswers.edges.map(
          (e: Data) => e.node.id,
        ) as string[];
      expect(await listedFor(w.loner)).toEqual([pending]);
      expect(await listedFor(w.instMember)).toEqual([pending]);
      expect(await listedFor(w.operator)).toContain(pending);
      expect(await listedFor(w.otherAdmin)).not.toContain(pending);
      expect(await listedFor(w.entAdmin)).not.toContain(pending);
      expect((await env.anonymous().fail(OVERDUE)).code).toBe("UNAUTHENTICATED");
    });
  });

  describe("listing", () => {
    it("pages through a paper's answers, an organization's answers and overdue answers without gaps, despite equal times", async () => {
      const extra = [
        await createOrg(w.loner, "UNIVERSITY"),
        await createOrg(w.loner, "RESEARCH_INSTITUTE"),
      ];
      const short = {
        deadline: env.clock.kunmingDate(1),
        responseDeadline: env.clock.kunmingDate(2),
      };
      const paper = await openDemand(env, w.entAdmin, w.enterprise.id, short);
      const answering: [TestUser, string][] = [
        [w.instAdmin, w.institute.id],
        [w.otherAdmin, w.otherInstitute.id],
        [w.hospAdmin, w.hospital.id],
        [w.loner, extra[0]?.id ?? ""],
        [w.loner, extra[1]?.id ?? ""],
      ];
      // The clock stands still: every answer has the same submission time and the cursor must break ties.
      const answerIds = [];
      for (const [user, orgId] of answering) answerIds.push(await submitAnswer(user, orgId, paper));
      for (let i = 0; i < 2; i++) {
        await submitAnswer(
          w.instAdmin,
          w.institute.id,
          await openDemand(env, w.entAdmin, w.enterprise.id, short),
        );
      }

      const received = await collectPages(
        w.entMember.client,
        PAGED_DEMAND_ANSWERS,
        { id: paper },
        (d) => d.demand.answers,
      );
      expect(received.totalCount).toBe(5);
      expect([...received.ids].sort()).toEqual([...answerIds].sort());

      const sent = await collectPages(
        w.instMember.client,
        PAGED_ORG_ANSWERS,
        { orgId: w.institute.id },
        (d) => d.orgAnswers,
      );
      const all = await w.instMember.client.ok(PAGED_ORG_ANSWERS, {
        orgId: w.institute.id,
        first: 100,
      });
      expect(sent.ids).toEqual(all.orgAnswers.edges.map((e: Data) => e.node.id));
      expect(new Set(sent.ids).size).toBe(sent.ids.length);

      env.clock.advanceDays(3);
      const overdue = await collectPages(
        w.operator.client,
        PAGED_OVERDUE,
        {},
        (d) => d.overdueAnswers,
      );
      expect(overdue.totalCount).toBe(7);
      expect(new Set(overdue.ids).size).toBe(7);
      expect(overdue.ids).toEqual(expect.arrayContaining(answerIds));
    });
  });
});
