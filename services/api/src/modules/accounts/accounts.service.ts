import type { Actor } from "@openttc/domain/access";
import { LOCALES, SESSION_TTL_MS, ZLogInInput, ZSignUpInput } from "@openttc/domain/account";
import { AppError } from "@openttc/domain/errors";
import { PLATFORM_ROLES, type PlatformRole } from "@openttc/domain/organization";
import { parseInput } from "@openttc/domain/validation";
import { z } from "zod";
import { requirePlatformRole } from "../../shared/guards";
import type { Clock, Store } from "../../store";
import { hashPassword, hashToken, newToken, verifyPassword } from "./credentials";

/** A new session: the token for the cookie and when it expires. */
export interface IssuedSession {
  token: string;
  expiresAt: Date;
}

const ZUpdateProfileInput = z.object({
  displayName: z
    .string()
    .trim()
    .min(1, "must not be empty")
    .max(80, "must be at most 80 characters")
    .optional(),
  locale: z.enum(LOCALES).optional(),
});

/** Sign-up, log-in, sessions and profile. */
export function makeAccountsService({ store, clock }: { store: Store; clock: Clock }) {
  const { repos } = store;

  async function issueSession(userId: string, userAgent: string | null): Promise<IssuedSession> {
    const { token, tokenHash } = newToken();
    const expiresAt = new Date(clock.now().getTime() + SESSION_TTL_MS);
    await repos.accounts.insertSession({ tokenHash, userId, expiresAt, userAgent });
    return { token, expiresAt };
  }

  return {
    async signUp(input: unknown, userAgent: string | null) {
      const data = parseInput(ZSignUpInput, input);
      const passwordHash = await hashPassword(data.password);
      const user = await repos.accounts.insertUser({
        email: data.email,
        passwordHash,
        displayName: data.displayName,
        locale: data.locale,
      });
      if (!user) {
        throw new AppError("CONFLICT", "an account with this e-mail already exists", [
          { path: "input.email", message: "is already registered" },
        ]);
      }
      return { user, session: await issueSession(user.id, userAgent) };
    },

    async logIn(input: unknown, userAgent: string | null) {
      const data = parseInput(ZLogInInput, input);
      const found = await repos.accounts.findCredentials(data.email);
      const ok = await verifyPassword(found?.passwordHash ?? null, data.password);
      if (!found || !ok) throw new AppError("UNAUTHENTICATED", "e-mail or password is wrong");
      const { passwordHash: _hash, ...user } = found;
      return { user, session: await issueSession(user.id, userAgent) };
    },

    async logOut(sessionTokenHash: string | null, actor: Actor | null) {
      if (!sessionTokenHash || !actor) return false;
      return repos.accounts.revokeSession(sessionTokenHash, actor.userId, clock.now());
    },

    /** The actor behind a session cookie, or null when the token is unknown, revoked or expired. */
    async resolveSession(
      token: string | undefined,
    ): Promise<{ actor: Actor; tokenHash: string } | null> {
      if (!token || token.length > 200) return null;
      const tokenHash = hashToken(token);
      const actor = await repos.accounts.findSessionActor(tokenHash, clock.now());
      return actor ? { actor, tokenHash } : null;
    },

    findUsers: (ids: readonly string[]) => repos.accounts.findUsers(ids),

    listSessions(actor: Actor) {
      return repos.accounts.listActiveSessions(actor.userId, clock.now());
    },

    async revokeSession(actor: Actor, sessionId: string) {
      const revoked = await repos.accounts.revokeSession(sessionId, actor.userId, clock.now());
      if (!revoked) throw new AppError("NOT_FOUND", `session ${sessionId} was not found`);
      return true;
    },

    /** Operators grant and withdraw platform roles; the platform always keeps one operator. */
    async setPlatformRoles(actor: Actor | null, userId: string, roles: PlatformRole[]) {
      const a = requirePlatformRole(actor, "operator");
      const wanted = [...new Set(parseInput(z.array(z.enum(PLATFORM_ROLES)), roles, "roles"))];
      return store.transaction(async (tx) => {
        await tx.accounts.lockOperators();
        const [before] = await tx.accounts.findUsers([userId]);
        if (!before) throw new AppError("NOT_FOUND", `user ${userId} was not found`);
        const losesOperator =
          before.platformRoles.includes("operator") && !wanted.includes("operator");
        if (losesOperator && (await tx.accounts.countOperators()) <= 1) {
          throw new AppError("CONFLICT", "the platform keeps at least one operator");
        }
        const user = await tx.accounts.setPlatformRoles(userId, wanted);
        await tx.audit.append({
          actorId: a.userId,
          orgId: null,
          entityType: "user",
          entityId: userId,
          action: "set_platform_roles",
          before: { platformRoles: before.platformRoles },
          after: { platformRoles: wanted },
        });
        return user ?? before;
      });
    },

    async updateProfile(actor: Actor, input: unknown) {
      const data = parseInput(ZUpdateProfileInput, input);
      const user = await repos.accounts.updateProfile(actor.userId, data);
      if (!user) throw new AppError("NOT_FOUND", "user not found");
      return user;
    },
  };
}
export type AccountsService = ReturnType<typeof makeAccountsService>;
