import { auditLog, memberships } from "@openttc/db/schema";
import { and, eq } from "drizzle-orm";
import { beforeAll, beforeEach, expect, it } from "vitest";
import {
  ACCEPT_INVITATION,
  addMember,
  CREATE_ORGANIZATION,
  createOrg,
  INVITE_MEMBER,
  newUscc,
  organizationInput,
} from "../../test-support/fixtures";
import { type Data, describeWithDb, type TestUser } from "../../test-support/harness";

const ORGANIZATION = `query ($id: ID!) {
  organization(id: $id) { id kind nameZh nameEn uscc verified region { country province city }
    members { userId role email displayName } }
}`;
const PENDING = `query ($id: ID!) { organization(id: $id) { pendingInvitations { id email role token expiresAt } } }`;
const MEMBERSHIPS = `query { me { memberships { role organization { id nameEn } } } }`;
const SET_ROLE = `mutation ($orgId: ID!, $userId: ID!, $role: MemberRole!) { setMemberRole(orgId: $orgId, userId: $userId, role: $role) }`;
const REMOVE = `mutation ($orgId: ID!, $userId: ID!) { removeMember(orgId: $orgId, userId: $userId) }`;
const VERIFY = `mutation ($id: ID!, $verified: Boolean!) { setOrganizationVerified(id: $id, verified: $verified) { id verified } }`;

describeWithDb("organizations", (env) => {
  let admin: TestUser;
  let invitee: TestUser;
  let stranger: TestUser;
  let operator: TestUser;

  beforeAll(async () => {
    [admin, invitee, stranger, operator] = await Promise.all([
      env.signUp("OrgAdmin"),
      env.signUp("Invitee"),
      env.signUp("Stranger"),
      env.signUp("Operator"),
    ]);
    await env.grantPlatformRoles(operator, ["operator"]);
  });
  beforeEach(() => env.clock.reset());

  async function roleOf(orgId: string, userId: string) {
    const [row] = await env.db
      .select()
      .from(memberships)
      .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
    return row?.role ?? null;
  }

  it("registers an organization and makes its creator the admin", async () => {
    const input = organizationInput("UNIVERSITY", {
      nameZh: "昆明测试大学",
      nameEn: "Kunming Test University",
    });
    const data = await admin.client.ok<{ createOrganization: Data }>(CREATE_ORGANIZATION, {
      input,
    });
    const org = data.createOrganization;
    expect(org).toMatchObject({
      kind: "UNIVERSITY",
      nameZh: "昆明测试大学",
      nameEn: "Kunming Test University",
      uscc: input.uscc,
      verified: false,
      region: { country: "CN", province: "云南", city: "昆明" },
    });
    const me = await admin.client.ok(MEMBERSHIPS);
    expect(me.me.memberships).toContainEqual({
      role: "ADMIN",
      organization: { id: org.id, nameEn: "Kunming Test University" },
    });
    const read = await admin.client.ok(ORGANIZATION, { id: org.id });
    expect(read.organization.members).toEqual([
      { userId: admin.id, role: "ADMIN", email: admin.email, displayName: "OrgAdmin" },
    ]);
    const entries = await env.db.select().from(auditLog).where(eq(auditLog.entityId, org.id));
    expect(entries.map((e) => e.action)).toEqual(["create"]);
  });

  it("requires a valid, unused unified social credit code for an organization registered in China", async () => {
    const before = await env.snapshot();
    const missing = await admin.client.fail(CREATE_ORGANIZATION, {
      input: organizationInput("ENTERPRISE", { uscc: null }),
    });
    expect(missing.code).toBe("BAD_USER_INPUT");
    expect(missing.extensions?.field).toBe("input.uscc");
    const good = newUscc();
    const badChecksum = good.slice(0, 17) + (good.endsWith("0") ? "1" : "0");
    const wrong = await admin.client.fail(CREATE_ORGANIZATION, {
      input: organizationInput("ENTERPRISE", { uscc: badChecksum }),
    });
    expect(wrong.code).toBe("BAD_USER_INPUT");
    expect(wrong.extensions?.field).toBe("input.uscc");
    expect(await env.snapshot()).toEqual(before);

    await createOrg(admin, "ENTERPRISE", { uscc: good });
    const taken = await stranger.client.fail(CREATE_ORGANIZATION, {
      input: organizationInput("ENTERPRISE", { uscc: good }),
    });
    expect(taken.code).toBe("CONFLICT");
    expect(taken.extensions?.field).toBe("input.uscc");

    // Outside China no code is needed.
    const thai = await createOrg(admin, "UNIVERSITY", {
      uscc: null,
      region: { country: "TH", city: "Bangkok" },
    });
    expect(thai.uscc).toBeNull();
  });

  it("an admin invites by e-mail and the invitee with that e-mail joins as a member", async () => {
    const org = await createOrg(admin, "RESEARCH_INSTITUTE");
    const invited = await admin.client.ok(INVITE_MEMBER, {
      orgId: org.id,
      input: { email: invitee.email.toUpperCase(), role: "MEMBER" },
    });
    const token: string = invited.inviteMember.token;
    expect(token).toMatch(/^[\w-]{40,}$/);
    expect(invited.inviteMember.email).toBe(invitee.email);

    const pending = await admin.client.ok(PENDING, { id: org.id });
    expect(pending.organization.pendingInvitations).toHaveLength(1);
    // The token is shown once, by inviteMember, never again.
    expect(pending.organization.pendingInvitations[0].token).toBeNull();

    const accepted = await invitee.client.ok(ACCEPT_INVITATION, { token });
    expect(accepted.acceptInvitation.id).toBe(org.id);
    expect(await roleOf(org.id, invitee.id)).toBe("member");
    const me = await invitee.client.ok(MEMBERSHIPS);
    expect(
      me.me.memberships.map((m: { organization: { id: string } }) => m.organization.id),
    ).toContain(org.id);
    const members = (await invitee.client.ok(ORGANIZATION, { id: org.id })).organization.members;
    expect(members.map((m: { userId: string; role: string }) => [m.userId, m.role])).toEqual([
      [admin.id, "ADMIN"],
      [invitee.id, "MEMBER"],
    ]);
    expect(
      (await admin.client.ok(PENDING, { id: org.id })).organization.pendingInvitations,
    ).toEqual([]);
  });

  it("an invitation accepted by someone with another e-mail is FORBIDDEN and stays usable by its addressee", async () => {
    const org = await createOrg(admin, "HOSPITAL");
    const { inviteMember } = await admin.client.ok(INVITE_MEMBER, {
      orgId: org.id,
      input: { email: invitee.email },
    });
    const before = await env.snapshot();
    const error = await stranger.client.fail(ACCEPT_INVITATION, { token: inviteMember.token });
    expect(error.code).toBe("FORBIDDEN");
    expect(await env.snapshot()).toEqual(before);
    expect(await roleOf(org.id, stranger.id)).toBeNull();
    await invitee.client.ok(ACCEPT_INVITATION, { token: inviteMember.token });
    expect(await roleOf(org.id, invitee.id)).toBe("member");
  });

  it("refuses a used invitation (CONFLICT), an expired one (CONFLICT) and an unknown token (NOT_FOUND)", async () => {
    const org = await createOrg(admin, "ENTERPRISE");
    const first = await admin.client.ok(INVITE_MEMBER, {
      orgId: org.id,
      input: { email: invitee.email },
    });
    await invitee.client.ok(ACCEPT_INVITATION, { token: first.inviteMember.token });
    const reused = await invitee.client.fail(ACCEPT_INVITATION, {
      token: first.inviteMember.token,
    });
    expect(reused.code).toBe("CONFLICT");

    const late = await admin.client.ok(INVITE_MEMBER, {
      orgId: org.id,
      input: { email: stranger.email, role: "ADMIN" },
    });
    env.clock.advanceDays(14);
    env.clock.advanceMs(1);
    const before = await env.snapshot();
    const expired = await stranger.client.fail(ACCEPT_INVITATION, {
      token: late.inviteMember.token,
    });
    expect(expired.code).toBe("CONFLICT");
    expect(await env.snapshot()).toEqual(before);
    expect(await roleOf(org.id, stranger.id)).toBeNull();
    expect(
      (await admin.client.ok(PENDING, { id: org.id })).organization.pendingInvitations,
    ).toEqual([]);

    const unknown = await stranger.client.fail(ACCEPT_INVITATION, { token: "x".repeat(43) });
    expect(unknown.code).toBe("NOT_FOUND");
  });

  it("an invitation can make someone an admin straight away", async () => {
    const org = await createOrg(admin, "UNIVERSITY");
    await addMember(admin, org.id, invitee, "ADMIN");
    expect(await roleOf(org.id, invitee.id)).toBe("admin");
  });

  it("admins promote and demote members, and remove them; the last admin can be neither demoted nor removed", async () => {
    const org = await createOrg(admin, "UNIVERSITY");
    await addMember(admin, org.id, invitee);

    expect(
      (await admin.client.ok(SET_ROLE, { orgId: org.id, userId: invitee.id, role: "ADMIN" }))
        .setMemberRole,
    ).toBe(true);
    expect(await roleOf(org.id, invitee.id)).toBe("admin");
    // With two admins, one may step down.
    await invitee.client.ok(SET_ROLE, { orgId: org.id, userId: admin.id, role: "MEMBER" });
    expect(await roleOf(org.id, admin.id)).toBe("member");

    const before = await env.snapshot();
    const demote = await invitee.client.fail(SET_ROLE, {
      orgId: org.id,
      userId: invitee.id,
      role: "MEMBER",
    });
    expect(demote.code).toBe("CONFLICT");
    const remove = await invitee.client.fail(REMOVE, { orgId: org.id, userId: invitee.id });
    expect(remove.code).toBe("CONFLICT");
    expect(await env.snapshot()).toEqual(before);

    expect(
      (await invitee.client.ok(REMOVE, { orgId: org.id, userId: admin.id })).removeMember,
    ).toBe(true);
    expect(await roleOf(org.id, admin.id)).toBeNull();
    // The removed user no longer reads the organization's members.
    expect((await admin.client.fail(ORGANIZATION, { id: org.id })).code).toBe("FORBIDDEN");

    const missing = await invitee.client.fail(SET_ROLE, {
      orgId: org.id,
      userId: stranger.id,
      role: "ADMIN",
    });
    expect(missing.code).toBe("NOT_FOUND");
  });

  it("two admins demoting or removing each other at the same moment leave exactly one admin", async () => {
    const cases = [
      [SET_ROLE, { role: "MEMBER" }],
      [REMOVE, {}],
    ] as const;
    for (const [mutation, extra] of cases) {
      const org = await createOrg(admin, "UNIVERSITY");
      await addMember(admin, org.id, invitee, "ADMIN");
      const results = await Promise.all([
        admin.client.request(mutation, { orgId: org.id, userId: invitee.id, ...extra }),
        invitee.client.request(mutation, { orgId: org.id, userId: admin.id, ...extra }),
      ]);
      // One succeeds; the other is refused (CONFLICT, or FORBIDDEN when its caller was already demoted).
      expect(results.filter((r) => r.errors === undefined)).toHaveLength(1);
      const rows = await env.db.select().from(memberships).where(eq(memberships.orgId, org.id));
      expect(rows.filter((r) => r.role === "admin")).toHaveLength(1);
    }
  });

  it("a member may leave on their own but may not remove anyone else", async () => {
    const org = await createOrg(admin, "UNIVERSITY");
    await addMember(admin, org.id, invitee);
    await addMember(admin, org.id, stranger);
    const before = await env.snapshot();
    const error = await invitee.client.fail(REMOVE, { orgId: org.id, userId: stranger.id });
    expect(error.code).toBe("FORBIDDEN");
    expect(await env.snapshot()).toEqual(before);
    await invitee.client.ok(REMOVE, { orgId: org.id, userId: invitee.id });
    expect(await roleOf(org.id, invitee.id)).toBeNull();
    expect(await roleOf(org.id, stranger.id)).toBe("member");
  });

  it("operators verify an organization's identity, and the change is audited", async () => {
    const org = await createOrg(admin, "ENTERPRISE");
    const data = await operator.client.ok(VERIFY, { id: org.id, verified: true });
    expect(data.setOrganizationVerified).toEqual({ id: org.id, verified: true });
    const read = await env
      .anonymous()
      .ok(`query ($id: ID!) { organization(id: $id) { verified } }`, { id: org.id });
    expect(read.organization.verified).toBe(true);
    const entries = await env.db.select().from(auditLog).where(eq(auditLog.entityId, org.id));
    const verify = entries.find((e) => e.action === "verify");
    expect(verify?.actorId).toBe(operator.id);
    expect(verify?.before).toMatchObject({ verified: false });
    expect(verify?.after).toMatchObject({ verified: true });
  });

  it("lists organizations by kind, page by page", async () => {
    const kinds = ["INVESTOR", "INVESTOR", "INVESTOR", "GOVERNMENT"] as const;
    const created = [];
    for (const kind of kinds) created.push(await createOrg(admin, kind));
    const investors = created.slice(0, 3).map((o) => o.id);
    const page = `query ($after: String) { organizations(kind: INVESTOR, first: 2, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id kind } } } }`;
    const p1 = (await env.anonymous().ok(page)).organizations;
    expect(p1.totalCount).toBe(3);
    expect(p1.pageInfo.hasNextPage).toBe(true);
    const p2 = (await env.anonymous().ok(page, { after: p1.pageInfo.endCursor })).organizations;
    expect(p2.pageInfo.hasNextPage).toBe(false);
    const ids = [...p1.edges, ...p2.edges].map((e: { node: { id: string } }) => e.node.id);
    expect(ids.sort()).toEqual([...investors].sort());
  });
});
