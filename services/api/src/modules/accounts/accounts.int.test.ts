import { sessions, users } from "@openttc/db/schema";
import { eq } from "drizzle-orm";
import { beforeEach, expect, it } from "vitest";
import { DAY_MS, type Data, describeWithDb, type GqlClient } from "../../test-support/harness";

const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { user { id email displayName locale } } }`;
const LOG_IN = `mutation ($input: LogInInput!) { logIn(input: $input) { user { id email } } }`;
const LOG_OUT = `mutation { logOut }`;
const ME = `query { me { id email displayName locale platformRoles
  sessions { id current createdAt expiresAt userAgent }
  memberships { role organization { id } } } }`;
const REVOKE = `mutation ($id: ID!) { revokeSession(id: $id) }`;
const UPDATE_PROFILE = `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { id displayName locale } }`;
const SET_PLATFORM_ROLES = `mutation ($userId: ID!, $roles: [PlatformRole!]!) {
  setPlatformRoles(userId: $userId, roles: $roles) { id platformRoles email sessions { id } memberships { role } }
}`;

async function meOf(client: GqlClient) {
  return (await client.ok<{ me: Data | null }>(ME)).me;
}

describeWithDb("accounts", (env) => {
  beforeEach(() => env.clock.reset());

  it("signs up with a hashed password and an httpOnly, SameSite=Lax session cookie that lasts 30 days", async () => {
    const client = env.anonymous("newcomer");
    const res = await client.request<{ signUp: { user: Record<string, string> } }>(SIGN_UP, {
      input: {
        email: "  Li.Ming@Example.ORG ",
        password: "a long enough secret",
        displayName: "李明",
        locale: "EN",
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.signUp.user).toMatchObject({
      email: "li.ming@example.org",
      displayName: "李明",
      locale: "EN",
    });

    const cookie = res.setCookies.find((c) => c.name === "openttc_session");
    expect(cookie).toBeDefined();
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("Lax");
    expect(cookie?.path).toBe("/");
    expect(cookie?.expires?.getTime()).toBe(env.clock.now().getTime() + 30 * DAY_MS);

    const me = await meOf(client);
    expect(me?.email).toBe("li.ming@example.org");
    expect(me?.sessions).toHaveLength(1);
    expect(me?.sessions[0].current).toBe(true);

    const [row] = await env.db.select().from(users).where(eq(users.email, "li.ming@example.org"));
    expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row?.passwordHash).not.toContain("a long enough secret");
    // The cookie holds a token; the database keeps only its hash.
    const stored = await env.db
      .select()
      .from(sessions)
      .where(eq(sessions.userId, row?.id ?? ""));
    expect(stored).toHaveLength(1);
    expect(stored[0]?.tokenHash).not.toBe(client.sessionToken);
  });

  it("refuses a second account for the same e-mail in any letter case with CONFLICT on input.email", async () => {
    await env.signUp("First", { email: "dup@example.org" });
    const before = await env.snapshot();
    const error = await env.anonymous().fail(SIGN_UP, {
      input: { email: "DUP@example.org", password: "another secret!", displayName: "Second" },
    });
    expect(error.code).toBe("CONFLICT");
    expect(error.extensions?.field).toBe("input.email");
    expect(await env.snapshot()).toEqual(before);
  });

  it("refuses a short password and a malformed e-mail with BAD_USER_INPUT naming the field", async () => {
    const before = await env.snapshot();
    const short = await env.anonymous().fail(SIGN_UP, {
      input: { email: "short@example.org", password: "short", displayName: "S" },
    });
    expect(short.code).toBe("BAD_USER_INPUT");
    expect(short.extensions?.field).toBe("input.password");
    const malformed = await env.anonymous().fail(SIGN_UP, {
      input: { email: "not-an-email", password: "long enough secret", displayName: "S" },
    });
    expect(malformed.code).toBe("BAD_USER_INPUT");
    expect(malformed.extensions?.field).toBe("input.email");
    expect(await env.snapshot()).toEqual(before);
  });

  it("logs in with the right password and refuses a wrong password or unknown e-mail alike", async () => {
    const user = await env.signUp("Login");
    const device = env.anonymous("second device");
    const data = await device.ok<{ logIn: { user: { id: string } } }>(LOG_IN, {
      input: { email: user.email.toUpperCase(), password: user.password },
    });
    expect(data.logIn.user.id).toBe(user.id);
    expect((await meOf(device))?.id).toBe(user.id);

    const wrong = await env
      .anonymous()
      .fail(LOG_IN, { input: { email: user.email, password: "wrong password" } });
    const unknown = await env.anonymous().fail(LOG_IN, {
      input: { email: "nobody@example.org", password: user.password },
    });
    expect(wrong.code).toBe("UNAUTHENTICATED");
    expect(unknown.code).toBe("UNAUTHENTICATED");
    // The same message either way, so the answer does not reveal which addresses have accounts.
    expect(wrong.message).toBe(unknown.message);
  });

  it("logs out: the cookie is cleared and the old session token no longer authenticates", async () => {
    const user = await env.signUp("Leaver");
    const oldToken = user.client.sessionToken;
    const stolen = user.client.clone("copied cookie");

    const res = await user.client.request<{ logOut: boolean }>(LOG_OUT);
    expect(res.data?.logOut).toBe(true);
    const cleared = res.setCookies.find((c) => c.name === "openttc_session");
    expect(cleared?.value).toBe("");
    expect(user.client.sessionToken).toBeNull();

    expect(stolen.sessionToken).toBe(oldToken);
    expect(await meOf(stolen)).toBeNull();
    const error = await stolen.fail(UPDATE_PROFILE, { input: { displayName: "Hijacked" } });
    expect(error.code).toBe("UNAUTHENTICATED");
    const [row] = await env.db.select().from(users).where(eq(users.id, user.id));
    expect(row?.displayName).toBe("Leaver");
    const [session] = await env.db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(session?.revokedAt).toEqual(env.clock.now());
  });

  it("logging out without a session answers false and changes nothing", async () => {
    const before = await env.snapshot();
    const data = await env.anonymous().ok<{ logOut: boolean }>(LOG_OUT);
    expect(data.logOut).toBe(false);
    expect(await env.snapshot()).toEqual(before);
  });

  it("a session still works after 29 days and stops authenticating after 30", async () => {
    const user = await env.signUp("Sleeper");
    env.clock.advanceDays(29);
    expect((await meOf(user.client))?.id).toBe(user.id);
    env.clock.advanceDays(1);
    env.clock.advanceMs(1000);
    expect(await meOf(user.client)).toBeNull();
    const error = await user.client.fail(UPDATE_PROFILE, { input: { displayName: "Too late" } });
    expect(error.code).toBe("UNAUTHENTICATED");
    // Signing in again gives a fresh 30-day session.
    await env.logIn(user);
    expect((await meOf(user.client))?.id).toBe(user.id);
  });

  it("lists the user's sessions and revokes another device's session, which then stops authenticating", async () => {
    const user = await env.signUp("TwoDevices");
    const laptop = user.client;
    const phone = env.anonymous("phone");
    await phone.ok(LOG_IN, { input: { email: user.email, password: user.password } });

    const listed = (await meOf(laptop))?.sessions as {
      id: string;
      current: boolean;
      userAgent: string;
    }[];
    expect(listed).toHaveLength(2);
    const current = listed.filter((s) => s.current);
    expect(current).toHaveLength(1);
    const phoneSession = listed.find((s) => !s.current);
    expect(phoneSession?.userAgent).toBe("vitest phone");

    const revoked = await laptop.ok<{ revokeSession: boolean }>(REVOKE, { id: phoneSession?.id });
    expect(revoked.revokeSession).toBe(true);
    expect(await meOf(phone)).toBeNull();
    expect((await meOf(laptop))?.sessions).toHaveLength(1);

    const again = await laptop.fail(REVOKE, { id: phoneSession?.id });
    expect(again.code).toBe("NOT_FOUND");
  });

  it("cannot revoke another user's session: NOT_FOUND, and that session keeps working", async () => {
    const victim = await env.signUp("Victim");
    const attacker = await env.signUp("Attacker");
    const victimSession = (await meOf(victim.client))?.sessions[0].id;
    const before = await env.snapshot();
    const error = await attacker.client.fail(REVOKE, { id: victimSession });
    expect(error.code).toBe("NOT_FOUND");
    expect(await env.snapshot()).toEqual(before);
    expect((await meOf(victim.client))?.id).toBe(victim.id);
  });

  it("updates the display name and locale; an empty display name is BAD_USER_INPUT", async () => {
    const user = await env.signUp("Renamer");
    const data = await user.client.ok<{ updateProfile: Record<string, string> }>(UPDATE_PROFILE, {
      input: { displayName: "王芳", locale: "EN" },
    });
    expect(data.updateProfile).toMatchObject({ id: user.id, displayName: "王芳", locale: "EN" });
    const [row] = await env.db.select().from(users).where(eq(users.id, user.id));
    expect(row).toMatchObject({ displayName: "王芳", locale: "en" });

    const error = await user.client.fail(UPDATE_PROFILE, { input: { displayName: "   " } });
    expect(error.code).toBe("BAD_USER_INPUT");
    expect(error.extensions?.field).toBe("input.displayName");
  });

  it("an operator grants the reviewer role, which opens the review queue; the last operator keeps the role", async () => {
    const operator = await env.signUp("Op");
    const candidate = await env.signUp("Candidate");
    await env.grantPlatformRoles(operator, ["operator"]);

    const queue = `query { reviewQueue { totalCount } }`;
    expect((await candidate.client.fail(queue)).code).toBe("FORBIDDEN");

    const data = await operator.client.ok<{ setPlatformRoles: Data }>(SET_PLATFORM_ROLES, {
      userId: candidate.id,
      roles: ["REVIEWER"],
    });
    expect(data.setPlatformRoles.platformRoles).toEqual(["REVIEWER"]);
    // Another user's private fields stay hidden, even from an operator.
    expect(data.setPlatformRoles.email).toBeNull();
    expect(data.setPlatformRoles.sessions).toEqual([]);
    expect(data.setPlatformRoles.memberships).toEqual([]);
    expect((await candidate.client.ok(queue)).reviewQueue.totalCount).toBe(0);

    const before = await env.snapshot();
    const error = await operator.client.fail(SET_PLATFORM_ROLES, {
      userId: operator.id,
      roles: [],
    });
    expect(error.code).toBe("CONFLICT");
    expect(await env.snapshot()).toEqual(before);
  });

  it("two operators withdrawing each other's role at the same moment leave exactly one operator", async () => {
    await env.db.update(users).set({ platformRoles: [] });
    const [a, b] = await Promise.all([env.signUp("OpA"), env.signUp("OpB")]);
    await env.grantPlatformRoles(a, ["operator"]);
    await env.grantPlatformRoles(b, ["operator"]);
    const results = await Promise.all([
      a.client.request(SET_PLATFORM_ROLES, { userId: b.id, roles: [] }),
      b.client.request(SET_PLATFORM_ROLES, { userId: a.id, roles: [] }),
    ]);
    // One succeeds; the other is refused (CONFLICT, or FORBIDDEN when its caller already lost the role).
    expect(results.filter((r) => r.errors === undefined)).toHaveLength(1);
    const rows = await env.db.select().from(users);
    expect(rows.filter((r) => r.platformRoles.includes("operator"))).toHaveLength(1);
  });
});
