import { sessions, users } from "@openttc/db/schema";
import type { Actor } from "@openttc/domain/access";
import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, expect, it } from "vitest";
import { addMember, createOrg } from "../../test-support/fixtures";
import { DAY_MS, describeWithDb, type TestUser } from "../../test-support/harness";
import { makeAccountsRepository } from "./accounts.repository";
import { hashToken } from "./credentials";

function tokenHashOf(user: TestUser): string {
  if (!user.client.sessionToken) throw new Error(`${user.displayName} has no session`);
  return hashToken(user.client.sessionToken);
}

function byOrg(actor: Actor | null) {
  return (
    actor && {
      ...actor,
      memberships: [...actor.memberships].sort((a, b) => a.orgId.localeCompare(b.orgId)),
    }
  );
}

describeWithDb("session actor", (env) => {
  let multi: TestUser;
  let founder: TestUser;
  let university: string;
  let enterprise: string;
  let institute: string;

  beforeAll(async () => {
    multi = await env.signUp("Multi");
    founder = await env.signUp("Founder");
    university = (await createOrg(multi, "UNIVERSITY")).id;
    enterprise = (await createOrg(founder, "ENTERPRISE")).id;
    institute = (await createOrg(founder, "RESEARCH_INSTITUTE")).id;
    await addMember(founder, enterprise, multi, "MEMBER");
    await addMember(founder, institute, multi, "ADMIN");
    await env.grantPlatformRoles(multi, ["reviewer", "operator"]);
  });
  beforeEach(() => env.clock.reset());

  it("resolves a session to its user's platform roles and every membership with role and organization kind", async () => {
    const repo = makeAccountsRepository(env.db);
    const actor = await repo.findSessionActor(tokenHashOf(multi), env.clock.now());
    expect(byOrg(actor)).toEqual(
      byOrg({
        userId: multi.id,
        platformRoles: ["reviewer", "operator"],
        memberships: [
          { orgId: university, role: "admin", orgKind: "university" },
          { orgId: enterprise, role: "member", orgKind: "enterprise" },
          { orgId: institute, role: "admin", orgKind: "research_institute" },
        ],
      }),
    );
    // Another user's memberships in the same organizations never leak into this actor.
    const other = await repo.findSessionActor(tokenHashOf(founder), env.clock.now());
    expect(byOrg(other)).toEqual(
      byOrg({
        userId: founder.id,
        platformRoles: [],
        memberships: [
          { orgId: enterprise, role: "admin", orgKind: "enterprise" },
          { orgId: institute, role: "admin", orgKind: "research_institute" },
        ],
      }),
    );
  });

  it("resolves a user without memberships or platform roles to an actor with none", async () => {
    const loner = await env.signUp("Loner");
    const actor = await makeAccountsRepository(env.db).findSessionActor(
      tokenHashOf(loner),
      env.clock.now(),
    );
    expect(actor).toEqual({ userId: loner.id, platformRoles: [], memberships: [] });
  });

  it("reads roles and memberships afresh on every request, so a change applies to the next one", async () => {
    const user = await env.signUp("Promoted");
    const repo = makeAccountsRepository(env.db);
    expect((await repo.findSessionActor(tokenHashOf(user), env.clock.now()))?.memberships).toEqual(
      [],
    );
    await addMember(founder, enterprise, user, "ADMIN");
    await env.grantPlatformRoles(user, ["reviewer"]);
    expect(await repo.findSessionActor(tokenHashOf(user), env.clock.now())).toEqual({
      userId: user.id,
      platformRoles: ["reviewer"],
      memberships: [{ orgId: enterprise, role: "admin", orgKind: "enterprise" }],
    });
  });

  it("authenticates until the instant the session expires, and not at that instant", async () => {
    const user = await env.signUp("Expiring");
    const repo = makeAccountsRepository(env.db);
    const [row] = await env.db
      .select({ expiresAt: sessions.expiresAt })
      .from(sessions)
      .where(eq(sessions.tokenHash, tokenHashOf(user)));
    const expiresAt = row?.expiresAt ?? new Date(0);
    expect(expiresAt.getTime()).toBe(env.clock.now().getTime() + 30 * DAY_MS);
    const justBefore = new Date(expiresAt.getTime() - 1);
    expect((await repo.findSessionActor(tokenHashOf(user), justBefore))?.userId).toBe(user.id);
    expect(await repo.findSessionActor(tokenHashOf(user), expiresAt)).toBeNull();
  });

  it("a revoked session, an unknown token and a deleted user's session resolve to nobody", async () => {
    const repo = makeAccountsRepository(env.db);
    const revoked = await env.signUp("Revoked");
    await env.db
      .update(sessions)
      .set({ revokedAt: env.clock.now() })
      .where(eq(sessions.userId, revoked.id));
    expect(await repo.findSessionActor(tokenHashOf(revoked), env.clock.now())).toBeNull();
    expect(await repo.findSessionActor(hashToken("no such token"), env.clock.now())).toBeNull();

    const deleted = await env.signUp("Deleted");
    const hash = tokenHashOf(deleted);
    await env.db.delete(users).where(eq(users.id, deleted.id));
    expect(await repo.findSessionActor(hash, env.clock.now())).toBeNull();
  });

  it("over HTTP, an expired session and a revoked one make the request anonymous", async () => {
    const me = `query { me { id } }`;
    const expiring = await env.signUp("HttpExpiring");
    const revoked = await env.signUp("HttpRevoked");
    await env.db
      .update(sessions)
      .set({ revokedAt: env.clock.now() })
      .where(eq(sessions.userId, revoked.id));
    expect((await revoked.client.ok<{ me: null }>(me)).me).toBeNull();
    expect((await expiring.client.ok<{ me: { id: string } }>(me)).me.id).toBe(expiring.id);
    env.clock.advanceMs(30 * DAY_MS);
    expect((await expiring.client.ok<{ me: null }>(me)).me).toBeNull();
  });
});
