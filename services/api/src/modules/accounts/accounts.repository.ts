import type { DbOrTx } from "@openttc/db/client";
import { memberships, organizations, sessions, users } from "@openttc/db/schema";
import type { Actor } from "@openttc/domain/access";
import type { PlatformRole } from "@openttc/domain/organization";
import { and, arrayContains, desc, eq, gt, inArray, isNull } from "drizzle-orm";

type UserRow = typeof users.$inferSelect;

function toUserDto(row: UserRow) {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    locale: row.locale,
    platformRoles: row.platformRoles as PlatformRole[],
    createdAt: row.createdAt,
  };
}
/** A user as the API shows it; never carries the password hash. */
export type UserDto = ReturnType<typeof toUserDto>;

/** Session metadata shown to its owner. */
export type SessionDto = { id: string; createdAt: Date; expiresAt: Date; userAgent: string | null };

/** Data access for users and sessions. */
export function makeAccountsRepository(db: DbOrTx) {
  return {
    async findCredentials(email: string) {
      const [row] = await db.select().from(users).where(eq(users.email, email));
      return row ? { ...toUserDto(row), passwordHash: row.passwordHash } : null;
    },
    async insertUser(values: {
      email: string;
      passwordHash: string;
      displayName: string;
      locale: string;
    }) {
      const [row] = await db.insert(users).values(values).onConflictDoNothing().returning();
      return row ? toUserDto(row) : null;
    },
    async findUsers(ids: readonly string[]) {
      if (ids.length === 0) return [];
      const rows = await db
        .select()
        .from(users)
        .where(inArray(users.id, [...ids]));
      return rows.map(toUserDto);
    },
    async setPlatformRoles(id: string, roles: PlatformRole[]) {
      const [row] = await db
        .update(users)
        .set({ platformRoles: roles })
        .where(eq(users.id, id))
        .returning();
      return row ? toUserDto(row) : null;
    },
    /** Locks every operator's row: role changes queue, so the one-operator rule counts committed roles. */
    async lockOperators() {
      await db
        .select({ id: users.id })
        .from(users)
        .where(arrayContains(users.platformRoles, ["operator"]))
        .for("update");
    },
    async countOperators(): Promise<number> {
      return db.$count(users, arrayContains(users.platformRoles, ["operator"]));
    },
    async updateProfile(id: string, values: { displayName?: string; locale?: string }) {
      const [row] = await db.update(users).set(values).where(eq(users.id, id)).returning();
      return row ? toUserDto(row) : null;
    },
    async insertSession(values: {
      tokenHash: string;
      userId: string;
      expiresAt: Date;
      userAgent: string | null;
    }) {
      await db.insert(sessions).values(values);
    },
    async listActiveSessions(userId: string, now: Date): Promise<SessionDto[]> {
      const rows = await db
        .select()
        .from(sessions)
        .where(
          and(eq(sessions.userId, userId), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)),
        )
        .orderBy(desc(sessions.createdAt));
      return rows.map((r) => ({
        id: r.tokenHash,
        createdAt: r.createdAt,
        expiresAt: r.expiresAt,
        userAgent: r.userAgent,
      }));
    },
    async revokeSession(tokenHash: string, userId: string, now: Date): Promise<boolean> {
      const rows = await db
        .update(sessions)
        .set({ revokedAt: now })
        .where(
          and(
            eq(sessions.tokenHash, tokenHash),
            eq(sessions.userId, userId),
            isNull(sessions.revokedAt),
          ),
        )
        .returning({ tokenHash: sessions.tokenHash });
      return rows.length > 0;
    },
    /**
     * The actor behind an unrevoked session that has not expired at `now`: platform roles and
     * memberships with their organizations' kinds. One statement, one row per membership,
     * because every request and WebSocket connection pays for it.
     */
    async findSessionActor(tokenHash: string, now: Date): Promise<Actor | null> {
      const rows = await db
        .select({
          userId: users.id,
          platformRoles: users.platformRoles,
          orgId: memberships.orgId,
          role: memberships.role,
          orgKind: organizations.kind,
        })
        .from(sessions)
        .innerJoin(users, eq(users.id, sessions.userId))
        .leftJoin(memberships, eq(memberships.userId, users.id))
        .leftJoin(organizations, eq(organizations.id, memberships.orgId))
        .where(
          and(
            eq(sessions.tokenHash, tokenHash),
            isNull(sessions.revokedAt),
            gt(sessions.expiresAt, now),
          ),
        );
      const [first] = rows;
      if (!first) return null;
      return {
        userId: first.userId,
        platformRoles: first.platformRoles as PlatformRole[],
        memberships: rows.flatMap(({ orgId, role, orgKind }) =>
          orgId && role && orgKind ? [{ orgId, role, orgKind }] : [],
        ),
      };
    },
  };
}
export type AccountsRepository = ReturnType<typeof makeAccountsRepository>;
