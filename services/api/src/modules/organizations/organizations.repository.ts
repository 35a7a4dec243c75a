import type { DbOrTx } from "@openttc/db/client";
import { evaluations, invitations, memberships, organizations, users } from "@openttc/db/schema";
import type { MemberRole, OrgKind, TCreateOrganizationInput } from "@openttc/domain/organization";
import { and, asc, count, desc, eq, gt, inArray, isNull } from "drizzle-orm";

type OrgRow = typeof organizations.$inferSelect;
function toOrganizationDto(row: OrgRow) {
  return {
    id: row.id,
    kind: row.kind as OrgKind,
    nameZh: row.nameZh,
    nameEn: row.nameEn,
    region: { country: row.country, province: row.province, city: row.city },
    uscc: row.uscc,
    verified: row.verified,
    createdAt: row.createdAt,
  };
}
/** An organization as the API shows it. */
export type OrganizationDto = ReturnType<typeof toOrganizationDto>;

type InvitationRow = typeof invitations.$inferSelect;
function toInvitationDto(row: InvitationRow) {
  return {
    id: row.id,
    orgId: row.orgId,
    email: row.email,
    role: row.role as MemberRole,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    acceptedAt: row.acceptedAt,
  };
}
/** A pending or accepted invitation (never its token). */
export type InvitationDto = ReturnType<typeof toInvitationDto>;

/** Data access for organizations, memberships, invitations and the evaluations behind reputation. */
export function makeOrganizationsRepository(db: DbOrTx) {
  return {
    async insert(input: TCreateOrganizationInput) {
      const [row] = await db
        .insert(organizations)
        .values({
          kind: input.kind,
          nameZh: input.nameZh,
          nameEn: input.nameEn,
          country: input.region.country,
          province: input.region.province,
          city: input.region.city,
          uscc: input.uscc,
        })
        .onConflictDoNothing()
        .returning();
      return row ? toOrganizationDto(row) : null;
    },
    async findMany(ids: readonly string[]) {
      if (ids.length === 0) return [];
      const rows = await db
        .select()
        .from(organizations)
        .where(inArray(organizations.id, [...ids]));
      return rows.map(toOrganizationDto);
    },
    async list(filter: { kind?: OrgKind }, limit: number, offset: number) {
      const where = filter.kind ? eq(organizations.kind, filter.kind) : undefined;
      const rows = await db
        .select()
        .from(organizations)
        .where(where)
        .orderBy(asc(organizations.nameEn), asc(organizations.id))
        .limit(limit)
        .offset(offset);
      return { items: rows.map(toOrganizationDto), total: await db.$count(organizations, where) };
    },
    async setVerified(id: string, verified: boolean) {
      const [row] = await db
        .update(organizations)
        .set({ verified, updatedAt: new Date() })
        .where(eq(organizations.id, id))
        .returning();
      return row ? toOrganizationDto(row) : null;
    },
    async listMembers(orgId: string) {
      return db
        .select({
          userId: memberships.userId,
          role: memberships.role,
          joinedAt: memberships.createdAt,
          displayName: users.displayName,
          email: users.email,
        })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(eq(memberships.orgId, orgId))
        .orderBy(asc(memberships.createdAt));
    },
    async memberUserIds(orgId: string): Promise<string[]> {
      const rows = await db
        .select({ userId: memberships.userId })
        .from(memberships)
        .where(eq(memberships.orgId, orgId));
      return rows.map((r) => r.userId);
    },
    /** Locks the organization's row: membership changes queue, so the last-admin rule counts committed admins. */
    async lockForMembershipChange(orgId: string) {
      await db
        .select({ id: organizations.id })
        .from(organizations)
        .where(eq(organizations.id, orgId))
        .for("update");
    },
    async findMembership(orgId: string, userId: string) {
      const [row] = await db
        .select()
        .from(memberships)
        .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
      return row ?? null;
    },
    async insertMembership(orgId: string, userId: string, role: MemberRole) {
      await db.insert(memberships).values({ orgId, userId, role }).onConflictDoNothing();
    },
    async setMemberRole(orgId: string, userId: string, role: MemberRole) {
      await db
        .update(memberships)
        .set({ role })
        .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
    },
    async deleteMembership(orgId: string, userId: string) {
      await db
        .delete(memberships)
        .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
    },
    async countAdmins(orgId: string): Promise<number> {
      const [row] = await db
        .select({ n: count() })
        .from(memberships)
        .where(and(eq(memberships.orgId, orgId), eq(memberships.role, "admin")));
      return row?.n ?? 0;
    },
    async insertInvitation(values: {
      orgId: string;
      email: string;
      role: MemberRole;
      tokenHash: string;
      invitedBy: string;
      expiresAt: Date;
    }) {
      const [row] = await db.insert(invitations).values(values).returning();
      if (!row) throw new Error("insert returned no row");
      return toInvitationDto(row);
    },
    async findInvitationForUpdate(tokenHash: string) {
      const [row] = await db
        .select()
        .from(invitations)
        .where(eq(invitations.tokenHash, tokenHash))
        .for("update");
      return row ? toInvitationDto(row) : null;
    },
    async markInvitationAccepted(id: string, userId: string, now: Date) {
      await db
        .update(invitations)
        .set({ acceptedAt: now, acceptedBy: userId })
        .where(eq(invitations.id, id));
    },
    async listPendingInvitations(orgId: string, now: Date) {
      const rows = await db
        .select()
        .from(invitations)
        .where(
          and(
            eq(invitations.orgId, orgId),
            isNull(invitations.acceptedAt),
            gt(invitations.expiresAt, now),
          ),
        )
        .orderBy(desc(invitations.createdAt));
      return rows.map(toInvitationDto);
    },
    async evaluationsOf(orgId: string) {
      return db
        .select({ overall: evaluations.overall, at: evaluations.createdAt })
        .from(evaluations)
        .where(eq(evaluations.answerOrgId, orgId));
    },
  };
}
export type OrganizationsRepository = ReturnType<typeof makeOrganizationsRepository>;
