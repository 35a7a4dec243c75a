import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  ACCEPT_DEMAND_NDA,
  APPROVE_ACHIEVEMENT,
  buildWorld,
  createAchievement,
  createDemand,
  DECIDE_ANSWER,
  EVALUATE_ANSWER,
  INVITE_MEMBER,
  INVITE_TO_DEMAND,
  openDemand,
  REJECT_ACHIEVEMENT,
  REVERIFY_ACHIEVEMENT,
  submitAnswer,
  TRANSITION_ACHIEVEMENT,
  TRANSITION_DEMAND,
  UPDATE_ACHIEVEMENT,
  UPDATE_DEMAND,
  type World,
} from "../../test-support/fixtures";
import { type Data, describeWithDb, type GqlClient } from "../../test-support/harness";

const AUDIT_LOG = `query ($orgId: ID, $entityType: String, $entityId: ID, $first: Int, $after: String) {
  auditLog(orgId: $orgId, entityType: $entityType, entityId: $entityId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id at actorId orgId entityType entityId action before after } }
  }
}`;

type Entry = {
  id: string;
  at: string;
  actorId: string | null;
  orgId: string | null;
  entityType: string;
  entityId: string;
  action: string;
  before: string | null;
  after: string | null;
};

async function entriesOf(client: GqlClient, args: Record<string, unknown>): Promise<Entry[]> {
  const data = await client.ok(AUDIT_LOG, { first: 100, ...args });
  // Newest first; reverse to read the story in order.
  return data.auditLog.edges.map((e: { node: Entry }) => e.node).reverse();
}

const json = (text: string | null) => (text === null ? null : JSON.parse(text));

describeWithDb("audit", (env) => {
  let w: World;

  beforeAll(async () => {
    w = await buildWorld(env);
  });
  beforeEach(() => env.clock.reset());

  describe("recording", () => {
    it("records every step of an achievement's life with its actor, organization, before and after", async () => {
      const id = await createAchievement(w.instAdmin, w.institute.id);
      await w.instMember.client.ok(UPDATE_ACHIEVEMENT, { id, input: { trl: 7 } });
      await w.instMember.client.ok(TRANSITION_ACHIEVEMENT, { id, action: "SUBMIT" });
      await w.reviewer.client.ok(REJECT_ACHIEVEMENT, { id, reason: "缺少证明材料" });
      await w.instMember.client.ok(TRANSITION_ACHIEVEMENT, { id, action: "SUBMIT" });
      await w.operator.client.ok(APPROVE_ACHIEVEMENT, { id });
      await w.instAdmin.client.ok(REVERIFY_ACHIEVEMENT, { id });
      await w.instAdmin.client.ok(TRANSITION_ACHIEVEMENT, { id, action: "WITHDRAW" });
      await w.instAdmin.client.ok(TRANSITION_ACHIEVEMENT, { id, action: "REOPEN" });

      const entries = await entriesOf(w.operator.client, { entityId: id });
      expect(entries.map((e) => [e.action, e.actorId])).toEqual([
        ["create", w.instAdmin.id],
        ["update", w.instMember.id],
        ["submit", w.instMember.id],
        ["reject", w.reviewer.id],
        ["submit", w.instMember.id],
        ["approve", w.operator.id],
        ["reverify", w.instAdmin.id],
        ["withdraw", w.instAdmin.id],
        ["reopen", w.instAdmin.id],
      ]);
      for (const e of entries) {
        expect(e).toMatchObject({ orgId: w.institute.id, entityType: "achievement", entityId: id });
        expect(Number.isNaN(Date.parse(e.at))).toBe(false);
      }
      const [create, update, submit, reject] = entries as [Entry, Entry, Entry, Entry];
      expect(json(create.before)).toBeNull();
      expect(json(create.after)).toMatchObject({ status: "draft", trl: 6 });
      expect(json(update.before)).toMatchObject({ trl: 6 });
      expect(json(update.after)).toMatchObject({ trl: 7 });
      expect(json(submit.before)).toMatchObject({ status: "draft" });
      expect(json(submit.after)).toMatchObject({ status: "pending_review" });
      expect(json(reject.after)).toMatchObject({ status: "rejected", reviewNote: "缺少证明材料" });
    });

    it("records an exam paper's and its answers' changes, for the enterprise and the answering institutes", async () => {
      const demandId = await createDemand(env, w.entAdmin, w.enterprise.id);
      await w.entAdmin.client.ok(UPDATE_DEMAND, { id: demandId, input: { minTrl: 6 } });
      await w.entAdmin.client.ok(TRANSITION_DEMAND, { id: demandId, action: "OPEN" });
      await w.entAdmin.client.ok(INVITE_TO_DEMAND, { demandId, orgId: w.institute.id });
      await w.otherAdmin.client.ok(ACCEPT_DEMAND_NDA, { demandId, orgId: w.otherInstitute.id });
      const winner = await submitAnswer(w.instMember, w.institute.id, demandId);
      const loser = await submitAnswer(w.otherAdmin, w.otherInstitute.id, demandId);
      await w.entMember.client.ok(DECIDE_ANSWER, {
        input: { answerId: winner, decision: "SHORTLIST" },
      });
      await w.entMember.client.ok(DECIDE_ANSWER, {
        input: { answerId: winner, decision: "AWARD" },
      });
      const scores = [
        { criterion: "technical_merit", score: 5 },
        { criterion: "cost", score: 4 },
      ];
      await w.entMember.client.ok(EVALUATE_ANSWER, {
        input: { answerId: winner, scores, comment: "好" },
      });
      await w.entMember.client.ok(EVALUATE_ANSWER, {
        input: { answerId: winner, scores, comment: "很好" },
      });

      const demand = await entriesOf(w.operator.client, { entityId: demandId });
      expect(demand.map((e) => e.action)).toEqual([
        "create",
        "update",
        "open",
        "invite",
        "accept_nda",
        "award",
      ]);
      expect(json(demand[2]?.before ?? null)).toMatchObject({ status: "draft" });
      expect(json(demand[2]?.after ?? null)).toMatchObject({ status: "open" });
      expect(json(demand[4]?.after ?? null)).toMatchObject({
        orgId: w.otherInstitute.id,
        kind: "nda",
      });
      expect(json(demand[5]?.after ?? null)).toMatchObject({ status: "awarded", answerId: winner });

      const won = await entriesOf(w.operator.client, { entityId: winner });
      expect(won.map((e) => [e.action, e.orgId])).toEqual([
        ["submit", w.institute.id],
        ["received", w.enterprise.id],
        ["shortlist", w.institute.id],
        ["shortlist", w.enterprise.id],
        ["award", w.institute.id],
        ["award", w.enterprise.id],
      ]);
      expect(json(won[4]?.before ?? null)).toMatchObject({ status: "shortlisted" });
      expect(json(won[4]?.after ?? null)).toMatchObject({ status: "awarded" });

      const lost = await entriesOf(w.operator.client, { entityId: loser });
      expect(lost.map((e) => e.action)).toEqual(["submit", "received", "reject"]);
      expect(json(lost[2]?.after ?? null)).toMatchObject({
        status: "rejected",
        decisionReason: "better_alternative",
      });

      const evaluations = await entriesOf(w.operator.client, { entityType: "evaluation" });
      expect(evaluations.map((e) => [e.action, e.orgId])).toEqual([
        ["create", w.institute.id],
        ["create", w.enterprise.id],
        ["update", w.institute.id],
        ["update", w.enterprise.id],
      ]);
      expect(json(evaluations[2]?.before ?? null)).toMatchObject({ comment: "好" });
      expect(json(evaluations[2]?.after ?? null)).toMatchObject({ comment: "很好", overall: 4.5 });
    });

    it("keeps the confidential text of an exam paper out of the audit log", async () => {
      const demandId = await openDemand(env, w.entAdmin, w.enterprise.id);
      await w.entAdmin.client.ok(UPDATE_DEMAND, {
        id: demandId,
        input: { confidentialZh: "新的机密：底价 80 万" },
      });
      const entries = await entriesOf(w.entAdmin.client, {
        orgId: w.enterprise.id,
        entityId: demandId,
      });
      expect(entries.map((e) => e.action)).toEqual(["create", "open", "update"]);
      for (const e of entries) {
        for (const text of [e.before, e.after]) {
          expect(text ?? "").not.toContain("机密");
          expect(text ?? "").not.toContain("Confidential");
        }
      }
      expect(json(entries[2]?.after ?? null)).toMatchObject({ confidential: "[redacted]" });
    });

    it("records membership changes and verification in the organization's log", async () => {
      const newcomer = await env.signUp("Newcomer");
      const invited = await w.instAdmin.client.ok(INVITE_MEMBER, {
        orgId: w.institute.id,
        input: { email: newcomer.email },
      });
      await newcomer.client.ok(
        `mutation ($token: String!) { acceptInvitation(token: $token) { id } }`,
        {
          token: invited.inviteMember.token,
        },
      );
      await w.instAdmin.client.ok(
        `mutation ($o: ID!, $u: ID!) { setMemberRole(orgId: $o, userId: $u, role: ADMIN) }`,
        { o: w.institute.id, u: newcomer.id },
      );
      await w.instAdmin.client.ok(
        `mutation ($o: ID!, $u: ID!) { removeMember(orgId: $o, userId: $u) }`,
        {
          o: w.institute.id,
          u: newcomer.id,
        },
      );
      await w.operator.client.ok(
        `mutation ($id: ID!) { setOrganizationVerified(id: $id, verified: true) { id } }`,
        { id: w.institute.id },
      );

      const log = await entriesOf(w.instAdmin.client, { orgId: w.institute.id });
      const tail = log.slice(-5);
      expect(tail.map((e) => [e.entityType, e.action, e.actorId])).toEqual([
        ["invitation", "invite", w.instAdmin.id],
        ["invitation", "accept", newcomer.id],
        ["membership", "set_role", w.instAdmin.id],
        ["membership", "remove", w.instAdmin.id],
        ["organization", "verify", w.operator.id],
      ]);
      expect(json(tail[2]?.before ?? null)).toEqual({ role: "member" });
      expect(json(tail[2]?.after ?? null)).toEqual({ role: "admin" });
      expect(json(tail[3]?.after ?? null)).toBeNull();
      // The invitation token is never written to the log.
      for (const e of tail)
        expect(`${e.before}${e.after}`).not.toContain(invited.inviteMember.token);
    });
  });

  describe("reading", () => {
    it("an organization's admins and operators read its log; members, other admins and reviewers are FORBIDDEN", async () => {
      const adminView = await entriesOf(w.entAdmin.client, { orgId: w.enterprise.id });
      expect(adminView.length).toBeGreaterThan(0);
      expect(adminView.every((e) => e.orgId === w.enterprise.id)).toBe(true);
      const operatorView = await entriesOf(w.operator.client, { orgId: w.enterprise.id });
      expect(operatorView).toEqual(adminView);

      for (const [client, code] of [
        [w.entMember.client, "FORBIDDEN"],
        [w.instAdmin.client, "FORBIDDEN"],
        [w.reviewer.client, "FORBIDDEN"],
        [env.anonymous(), "UNAUTHENTICATED"],
      ] as const) {
        const error = await client.fail(AUDIT_LOG, { orgId: w.enterprise.id });
        expect(error.code, client.label).toBe(code);
      }
      // Without naming an organization only operators read the log.
      expect((await w.entAdmin.client.fail(AUDIT_LOG, {})).code).toBe("FORBIDDEN");
      const everything = await w.operator.client.ok(AUDIT_LOG, { first: 1 });
      expect(everything.auditLog.totalCount).toBeGreaterThan(adminView.length);
    });

    it("pages through the log newest first without gaps or duplicates", async () => {
      const all = await entriesOf(w.operator.client, {});
      expect(all.length).toBeLessThan(100);
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const data: Data = await w.operator.client.ok(AUDIT_LOG, { first: 7, after });
        expect(data.auditLog.totalCount).toBe(all.length);
        seen.push(...data.auditLog.edges.map((e: { node: Entry }) => e.node.id));
        if (!data.auditLog.pageInfo.hasNextPage) break;
        after = data.auditLog.pageInfo.endCursor;
      }
      expect(seen).toEqual(all.map((e) => e.id).reverse());
    });
  });

  it("an approved achievement shows who approved it in the owner's log", async () => {
    const id = await createAchievement(w.hospAdmin, w.hospital.id);
    await w.hospAdmin.client.ok(TRANSITION_ACHIEVEMENT, { id, action: "SUBMIT" });
    await w.reviewer.client.ok(APPROVE_ACHIEVEMENT, { id, note: "通过" });
    const log = await entriesOf(w.hospAdmin.client, {
      orgId: w.hospital.id,
      entityType: "achievement",
    });
    expect(log.map((e) => [e.action, e.actorId])).toEqual([
      ["create", w.hospAdmin.id],
      ["submit", w.hospAdmin.id],
      ["approve", w.reviewer.id],
    ]);
  });
});
