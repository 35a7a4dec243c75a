import type { Reputation } from "@openttc/domain/reputation";
import { builder } from "../../graphql/builder";
import { RegionInput, RegionRef } from "../../graphql/common.schema";
import { MemberRoleEnum, OrgKindEnum } from "../../graphql/enums";
import { requireActor } from "../../shared/guards";
import { checkId } from "../../shared/ids";
import { decodeCursor, pageArgs, toConnection } from "../../shared/pagination";
import type { InvitationDto, OrganizationDto } from "./organizations.repository";

const ReputationRef = builder.objectRef<Reputation>("Reputation").implement({
  description: "The market evaluation of an institution: enterprises' scores (1–5) of its answers.",
  fields: (t) => ({
    count: t.exposeInt("count"),
    mean: t.exposeFloat("mean", { nullable: true }),
    recentCount: t.exposeInt("recentCount", { description: "Evaluations in the last 180 days." }),
    recentMean: t.exposeFloat("recentMean", { nullable: true }),
    trend: t.exposeFloat("trend", {
      nullable: true,
      description: "Recent mean minus the mean before the window.",
    }),
  }),
});

const MemberRef = builder
  .objectRef<{
    userId: string;
    role: "member" | "admin";
    joinedAt: Date;
    displayName: string;
    email: string;
  }>("Member")
  .implement({
    fields: (t) => ({
      userId: t.exposeID("userId"),
      displayName: t.exposeString("displayName"),
      email: t.exposeString("email"),
      role: t.field({ type: MemberRoleEnum, resolve: (m) => m.role }),
      joinedAt: t.expose("joinedAt", { type: "DateTime" }),
    }),
  });

const InvitationRef = builder
  .objectRef<InvitationDto & { token?: string }>("Invitation")
  .implement({
    fields: (t) => ({
      id: t.exposeID("id"),
      email: t.exposeString("email"),
      role: t.field({ type: MemberRoleEnum, resolve: (i) => i.role }),
      createdAt: t.expose("createdAt", { type: "DateTime" }),
      expiresAt: t.expose("expiresAt", { type: "DateTime" }),
      token: t.string({
        nullable: true,
        description: "Returned once, by inviteMember, for the admin to send to the invitee.",
        resolve: (i) => i.token ?? null,
      }),
    }),
  });

export const OrganizationRef = builder.objectRef<OrganizationDto>("Organization").implement({
  description:
    "An enterprise, university, institute, hospital, broker agency, investor or government body.",
  fields: (t) => ({
    id: t.exposeID("id"),
    kind: t.field({ type: OrgKindEnum, resolve: (o) => o.kind }),
    nameZh: t.exposeString("nameZh"),
    nameEn: t.exposeString("nameEn"),
    region: t.field({ type: RegionRef, resolve: (o) => o.region }),
    uscc: t.exposeString("uscc", {
      nullable: true,
      description: "Unified social credit code (统一社会信用代码).",
    }),
    verified: t.exposeBoolean("verified"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    reputation: t.field({
      type: ReputationRef,
      resolve: (o, _args, ctx) => ctx.services.organizations.reputation(o.id),
    }),
    members: t.field({
      type: [MemberRef],
      description: "Visible to the organization's members and operators.",
      resolve: (o, _args, ctx) => ctx.services.organizations.members(ctx.actor, o.id),
    }),
    pendingInvitations: t.field({
      type: [InvitationRef],
      description: "Visible to the organization's admins.",
      resolve: (o, _args, ctx) => ctx.services.organizations.pendingInvitations(ctx.actor, o.id),
    }),
  }),
});

const CreateOrganizationInput = builder.inputType("CreateOrganizationInput", {
  fields: (t) => ({
    kind: t.field({ type: OrgKindEnum, required: true }),
    nameZh: t.string({ required: true }),
    nameEn: t.string({ required: true }),
    region: t.field({ type: RegionInput, required: true }),
    uscc: t.string(),
  }),
});

const InviteMemberInput = builder.inputType("InviteMemberInput", {
  fields: (t) => ({
    email: t.string({ required: true }),
    role: t.field({ type: MemberRoleEnum }),
  }),
});

builder.queryFields((t) => ({
  organization: t.field({
    type: OrganizationRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => ctx.services.organizations.get(checkId(String(id))),
  }),
  organizations: t.connection({
    type: OrganizationRef,
    args: { kind: t.arg({ type: OrgKindEnum }) },
    resolve: async (_root, args, ctx) => {
      const page = pageArgs(args);
      const offset = page.after ? (decodeCursor(page.after, ["number"])[0] as number) : 0;
      const { items, total } = await ctx.services.organizations.list(
        args.kind ?? null,
        page.first + 1,
        offset,
      );
      const indexed = items.map((org, i) => ({ org, position: offset + i + 1 }));
      const conn = toConnection(indexed, page.first, total, (x) => [x.position], offset > 0);
      return { ...conn, edges: conn.edges.map((e) => ({ cursor: e.cursor, node: e.node.org })) };
    },
  }),
}));

builder.mutationFields((t) => ({
  createOrganization: t.field({
    type: OrganizationRef,
    description: "Registers an organization; the caller becomes its admin.",
    args: { input: t.arg({ type: CreateOrganizationInput, required: true }) },
    resolve: (_root, { input }, ctx) => ctx.services.organizations.create(ctx.actor, input),
  }),
  inviteMember: t.field({
    type: InvitationRef,
    description: "An org admin invites someone by e-mail; the invitation token is returned once.",
    args: {
      orgId: t.arg.id({ required: true }),
      input: t.arg({ type: InviteMemberInput, required: true }),
    },
    resolve: (_root, { orgId, input }, ctx) =>
      ctx.services.organizations.invite(ctx.actor, checkId(String(orgId), "orgId"), input),
  }),
  acceptInvitation: t.field({
    type: OrganizationRef,
    args: { token: t.arg.string({ required: true }) },
    resolve: async (_root, { token }, ctx) => {
      const actor = requireActor(ctx.actor);
      const [user] = await ctx.services.accounts.findUsers([actor.userId]);
      return ctx.services.organizations.acceptInvitation(actor, token, user?.email ?? "");
    },
  }),
  setMemberRole: t.boolean({
    args: {
      orgId: t.arg.id({ required: true }),
      userId: t.arg.id({ required: true }),
      role: t.arg({ type: MemberRoleEnum, required: true }),
    },
    resolve: (_root, args, ctx) =>
      ctx.services.organizations.setMemberRole(
        ctx.actor,
        checkId(String(args.orgId), "orgId"),
        checkId(String(args.userId), "userId"),
        args.role,
      ),
  }),
  removeMember: t.boolean({
    args: { orgId: t.arg.id({ required: true }), userId: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) =>
      ctx.services.organizations.removeMember(
        ctx.actor,
        checkId(String(args.orgId), "orgId"),
        checkId(String(args.userId), "userId"),
      ),
  }),
  setOrganizationVerified: t.field({
    type: OrganizationRef,
    description: "Operators mark an organization's identity as verified.",
    args: { id: t.arg.id({ required: true }), verified: t.arg.boolean({ required: true }) },
    resolve: (_root, args, ctx) =>
      ctx.services.organizations.setVerified(ctx.actor, checkId(String(args.id)), args.verified),
  }),
}));
