import { notifications } from "@openttc/db/schema";
import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  buildWorld,
  createOrg,
  openDemand,
  publishAchievement,
  submitAnswer,
  type World,
} from "../../test-support/fixtures";
import { type Data, describeWithDb, type TestUser } from "../../test-support/harness";

const NOTIFICATIONS = `query ($unreadOnly: Boolean, $limit: Int) {
  notifications(unreadOnly: $unreadOnly, limit: $limit) { id kind entityType entityId payload createdAt readAt }
}`;
const MARK_READ = `mutation ($id: ID!) { markNotificationRead(id: $id) { id readAt } }`;

describeWithDb("notifications", (env) => {
  let w: World;

  beforeAll(async () => {
    w = await buildWorld(env);
  });
  beforeEach(() => env.clock.reset());

  const listOf = async (user: TestUser, unreadOnly = false): Promise<Data[]> =>
    (await user.client.ok(NOTIFICATIONS, { unreadOnly })).notifications;

  describe("reading", () => {
    it("lists only the caller's notifications and marks one read; another user's is NOT_FOUND", async () => {
      const demandId = await openDemand(env, w.entAdmin, w.enterprise.id);
      const answerId = await submitAnswer(w.instAdmin, w.institute.id, demandId);
      const mine = await listOf(w.entMember);
      const received = mine.filter((n) => n.entityId === answerId);
      expect(received).toHaveLength(1);
      expect(received[0]).toMatchObject({
        kind: "answer_received",
        entityType: "answer",
        readAt: null,
      });
      expect(JSON.parse(received[0]?.payload)).toEqual({ demandId });
      expect((await listOf(w.instAdmin)).some((n) => n.entityId === answerId)).toBe(false);

      const id = received[0]?.id;
      const before = await env.snapshot();
      const error = await w.entAdmin.client.fail(MARK_READ, { id });
      expect(error.code).toBe("NOT_FOUND");
      expect(await env.snapshot()).toEqual(before);

      env.clock.advanceMs(5000);
      const read = await w.entMember.client.ok(MARK_READ, { id });
      expect(read.markNotificationRead).toEqual({ id, readAt: env.clock.now().toISOString() });
      expect((await listOf(w.entMember, true)).some((n) => n.id === id)).toBe(false);
      expect((await listOf(w.entMember)).some((n) => n.id === id)).toBe(true);
      expect((await env.anonymous().fail(NOTIFICATIONS)).code).toBe("UNAUTHENTICATED");
    });
  });

  describe("freshness reminders", () => {
    it("reminds every member of the owner once, about a month before an achievement's verification lapses", async () => {
      const org = await createOrg(w.otherAdmin, "RESEARCH_INSTITUTE");
      const colleague = await env.signUp("Colleague");
      const inv = await w.otherAdmin.client.ok(
        `mutation ($o: ID!, $e: String!) { inviteMember(orgId: $o, input: { email: $e }) { token } }`,
        { o: org.id, e: colleague.email },
      );
      await colleague.client.ok(`mutation ($t: String!) { acceptInvitation(token: $t) { id } }`, {
        t: inv.inviteMember.token,
      });
      const id = await publishAchievement(w.otherAdmin, w.reviewer, org.id, {
        titleZh: "即将过期的成果",
      });

      env.clock.advanceMonths(10);
      await env.app.services.notifications.sweepReminders();
      const reminders = () =>
        env.db.select().from(notifications).where(eq(notifications.entityId, id));
      expect(await reminders()).toEqual([]);

      env.clock.advanceMonths(1);
      env.clock.advanceDays(15);
      const first = await env.app.services.notifications.sweepReminders();
      expect(first.achievements).toBeGreaterThanOrEqual(1);
      const rows = await reminders();
      expect(rows.map((r) => r.userId).sort()).toEqual([w.otherAdmin.id, colleague.id].sort());
      expect(rows.every((r) => r.kind === "achievement_expiring")).toBe(true);
      expect(rows[0]?.payload).toMatchObject({ titleZh: "即将过期的成果" });

      await env.logIn(colleague);
      const listed = await listOf(colleague);
      expect(
        listed.filter((n) => n.entityId === id && n.kind === "achievement_expiring"),
      ).toHaveLength(1);

      env.clock.advanceDays(1);
      await env.app.services.notifications.sweepReminders();
      expect(await reminders()).toHaveLength(2);
      // Members of other organizations are not told.
      await env.logIn(w.instAdmin);
      expect((await listOf(w.instAdmin)).some((n) => n.entityId === id)).toBe(false);
    });

    it("reminds the owner's members a week before an open exam paper's deadline, once", async () => {
      const demandId = await openDemand(env, w.entAdmin, w.enterprise.id, {
        deadline: env.clock.kunmingDate(20),
        responseDeadline: env.clock.kunmingDate(30),
      });
      const reminders = () =>
        env.db.select().from(notifications).where(eq(notifications.entityId, demandId));
      env.clock.advanceDays(12);
      await env.app.services.notifications.sweepReminders();
      expect(await reminders()).toEqual([]);
      env.clock.advanceDays(1);
      await env.app.services.notifications.sweepReminders();
      const rows = await reminders();
      expect(rows.map((r) => r.userId).sort()).toEqual([w.entAdmin.id, w.entMember.id].sort());
      expect(rows.every((r) => r.kind === "demand_deadline")).toBe(true);
      await env.app.services.notifications.sweepReminders();
      expect(await reminders()).toHaveLength(2);
    });
  });
});
