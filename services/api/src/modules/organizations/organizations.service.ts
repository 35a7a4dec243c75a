import { type Actor, hasPlatformRole, isMemberOf } from "@openttc/domain/access";
import { INVITATION_TTL_MS, ZInviteMemberInput } from "@openttc/domain/account";
import { AppError, notFound } from "@openttc/domain/errors";
import {
  MEMBER_ROLES,
  type MemberRole,
  ORG_KINDS,
  type OrgKind,
  ZCreateOrganizationInput,
} from "@openttc/domain/organization";
import { computeReputation } from "@openttc/domain/reputation";
import { parseInput } from "@openttc/domain/validation";
import { z } from "zod";
import { requireActor, requireAdmin, requirePlatformRole } from "../../shared/guards";
import type { Clock, Store } from "../../store";
import { hashToken, newToken } from "../accounts/credentials";

const ZRole = z.enum(MEMBER_ROLES);

/** Organizations, their members and invitations, verification and reputation. */
export function makeOrganizationsService({ store, clock }: { store: Store; clock: Clock }) {
  const { repos } = store;

  return {
    async get(id: string) {
      const [org] = await repos.organizations.findMany([id]);
      if (!org) throw notFound("organization", id);
      return org;
    },

    findMany: (ids: readonly string[]) => repos.organizations.findMany(ids),

    list(kind: OrgKind | null, limit: number, offset: number) {
      if (kind && !ORG_KINDS.includes(kind))
        throw new AppError("BAD_USER_INPUT", "unknown organization kind");
      return repos.organizations.list({ kind: kind ?? undefined }, limit, offset);
    },

    /** Registers an organization; its creator becomes its first admin. */
    async create(actor: Actor | null, input: unknown) {
      const a = requireActor(actor);
      const data = parseInput(ZCreateOrganizationInput, input);
      return store.transaction(async (tx) => {
        const org = await tx.organizations.insert(data);
        if (!org) {
          throw new AppError(
            "CONFLICT",
            "an organization with this unified social credit code exists",
            [{ path: "input.uscc", message: "is already registered" }],
          );
        }
        await tx.organizations.insertMembership(org.id, a.userId, "admin");
        await tx.audit.append({
          actorId: a.userId,
          orgId: org.id,
          entityType: "organization",
          entityId: org.id,
          action: "create",
          before: null,
          after: org,
        });
        return org;
      });
    },

    async members(actor: Actor | null, orgId: string) {
      const a = requireActor(actor);
      if (!isMemberOf(a, orgId) && !hasPlatformRole(a, "operator")) {
        throw new AppError("FORBIDDEN", "only members of the organization may see its members");
      }
      return repos.organizations.listMembers(orgId);
    },

    async pendingInvitations(actor: Actor | null, orgId: string) {
      requireAdmin(actor, orgId);
      return repos.organizations.listPendingInvitations(orgId, clock.now());
    },

    /** Creates an invitation; the token is returned once, for the admin to send. */
    async invite(actor: Actor | null, orgId: string, input: unknown) {
      const a = requireAdmin(actor, orgId);
      const data = parseInput(ZInviteMemberInput, input);
      const { token, tokenHash } = newToken();
      const now = clock.now();
      return store.transaction(async (tx) => {
        const invitation = await tx.organizations.insertInvitation({
          orgId,
          email: data.email,
          role: data.role,
          tokenHash,
          invitedBy: a.userId,
          expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
        });
        await tx.audit.append({
          actorId: a.userId,
          orgId,
          entityType: "invitation",
          entityId: invitation.id,
          action: "invite",
          before: null,
          after: invitation,
        });
        return { ...invitation, token };
      });
    },

    /** Joins the inviting organization; the invitation must be addressed to the actor's e-mail. */
    async acceptInvitation(actor: Actor | null, token: string, actorEmail: string) {
      const a = requireActor(actor);
      if (!token || token.length > 200)
        throw new AppError("BAD_USER_INPUT", "token: is not a valid invitation", [
          { path: "token", message: "is not a valid invitation" },
        ]);
      const now = clock.now();
      return store.transaction(async (tx) => {
        const invitation = await tx.organizations.findInvitationForUpdate(hashToken(token));
        if (!invitation) throw new AppError("NOT_FOUND", "invitation not found");
        if (invitation.acceptedAt)
          throw new AppError("CONFLICT", "this invitation was already accepted");
        if (invitation.expiresAt <= now)
          throw new AppError("CONFLICT", "this invitation has expired");
        if (invitation.email !== actorEmail)
          throw new AppError("FORBIDDEN", "this invitation is addressed to another e-mail address");
        await tx.organizations.insertMembership(invitation.orgId, a.userId, invitation.role);
        await tx.organizations.markInvitationAccepted(invitation.id, a.userId, now);
        await tx.audit.append({
          actorId: a.userId,
          orgId: invitation.orgId,
          entityType: "invitation",
          entityId: invitation.id,
          action: "accept",
          before: invitation,
          after: { ...invitation, acceptedAt: now },
        });
        const [org] = await tx.organizations.findMany([invitation.orgId]);
        if (!org) throw notFound("organization", invitation.orgId);
        return org;
      });
    },

    async setMemberRole(actor: Actor | null, orgId: string, userId: string, role: MemberRole) {
      const a = requireAdmin(actor, orgId);
      const parsedRole = parseInput(ZRole, role, "role");
      return store.transaction(async (tx) => {
        await tx.organizations.lockForMembershipChange(orgId);
        const membership = await tx.organizations.findMembership(orgId, userId);
        if (!membership) throw notFound("member", userId);
        if (
          membership.role === "admin" &&
          parsedRole !== "admin" &&
          (await tx.organizations.countAdmins(orgId)) <= 1
        ) {
          throw new AppError("CONFLICT", "an organization keeps at least one admin");
        }
        await tx.organizations.setMemberRole(orgId, userId, parsedRole);
        await tx.audit.append({
          actorId: a.userId,
          orgId,
          entityType: "membership",
          entityId: userId,
          action: "set_role",
          before: { role: membership.role },
          after: { role: parsedRole },
        });
        return true;
      });
    },

    async removeMember(actor: Actor | null, orgId: string, userId: string) {
      const a = requireActor(actor);
      // Anyone may leave; only admins may remove others.
      if (a.userId !== userId) requireAdmin(a, orgId);
      return store.transaction(async (tx) => {
        await tx.organizations.lockForMembershipChange(orgId);
        const membership = await tx.organizations.findMembership(orgId, userId);
        if (!membership) throw notFound("member", userId);
        if (membership.role === "admin" && (await tx.organizations.countAdmins(orgId)) <= 1) {
          throw new AppError("CONFLICT", "an organization keeps at least one admin");
        }
        await tx.organizations.deleteMembership(orgId, userId);
        await tx.audit.append({
          actorId: a.userId,
          orgId,
          entityType: "membership",
          entityId: userId,
          action: "remove",
          before: { role: membership.role },
          after: null,
        });
        return true;
      });
    },

    async setVerified(actor: Actor | null, orgId: string, verified: boolean) {
      const a = requirePlatformRole(actor, "operator");
      return store.transaction(async (tx) => {
        const [before] = await tx.organizations.findMany([orgId]);
        if (!before) throw notFound("organization", orgId);
        const org = await tx.organizations.setVerified(orgId, verified);
        await tx.audit.append({
          actorId: a.userId,
          orgId,
          entityType: "organization",
          entityId: orgId,
          action: verified ? "verify" : "unverify",
          before,
          after: org,
        });
        return org ?? before;
      });
    },

    async reputation(orgId: string) {
      return computeReputation(await repos.organizations.evaluationsOf(orgId), clock.now());
    },
  };
}
export type OrganizationsService = ReturnType<typeof makeOrganizationsService>;
