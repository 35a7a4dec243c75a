import { type GraphQLContext, makeLoaders } from "../../context";
import { builder } from "../../graphql/builder";
import { withoutNulls } from "../../graphql/common.schema";
import { LocaleEnum, MemberRoleEnum, PlatformRoleEnum } from "../../graphql/enums";
import { requireActor } from "../../shared/guards";
import { checkId } from "../../shared/ids";
import { OrganizationRef } from "../organizations/organizations.schema";
import type { SessionDto, UserDto } from "./accounts.repository";

export const UserRef = builder.objectRef<UserDto>("User").implement({
  description: "A person with an account.",
  fields: (t) => ({
    id: t.exposeID("id"),
    displayName: t.exposeString("displayName"),
    email: t.string({
      nullable: true,
      description: "Only the user themself sees their e-mail.",
      resolve: (user, _args, ctx) => (ctx.actor?.userId === user.id ? user.email : null),
    }),
    locale: t.field({
      type: LocaleEnum,
      resolve: (user) => (user.locale === "en" ? "en" : "zh-CN"),
    }),
    platformRoles: t.field({ type: [PlatformRoleEnum], resolve: (user) => user.platformRoles }),
    memberships: t.field({
      type: [MembershipRef],
      description: "The user's organizations; only the user themself sees them.",
      resolve: (user, _args, ctx) =>
        ctx.actor?.userId === user.id
          ? ctx.actor.memberships.map((m) => ({ orgId: m.orgId, role: m.role }))
          : [],
    }),
    sessions: t.field({
      type: [SessionRef],
      description: "Active sessions; only the user themself sees them.",
      resolve: (user, _args, ctx) =>
        ctx.actor?.userId === user.id ? ctx.services.accounts.listSessions(ctx.actor) : [],
    }),
  }),
});

const MembershipRef = builder
  .objectRef<{ orgId: string; role: "member" | "admin" }>("Membership")
  .implement({
    fields: (t) => ({
      role: t.field({ type: MemberRoleEnum, resolve: (m) => m.role }),
      organization: t.field({
        type: OrganizationRef,
        resolve: async (m, _args, ctx) => {
          const org = await ctx.loaders.organization.load(m.orgId);
          if (!org) throw new Error(`membership points at missing organization ${m.orgId}`);
          return org;
        },
      }),
    }),
  });

const SessionRef = builder.objectRef<SessionDto>("Session").implement({
  fields: (t) => ({
    id: t.exposeID("id"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    expiresAt: t.expose("expiresAt", { type: "DateTime" }),
    userAgent: t.exposeString("userAgent", { nullable: true }),
    current: t.boolean({ resolve: (s, _args, ctx) => s.id === ctx.sessionTokenHash }),
  }),
});

const AuthPayloadRef = builder.objectRef<{ user: UserDto }>("AuthPayload").implement({
  fields: (t) => ({ user: t.field({ type: UserRef, resolve: (p) => p.user }) }),
});

const SignUpInput = builder.inputType("SignUpInput", {
  fields: (t) => ({
    email: t.string({ required: true }),
    password: t.string({ required: true }),
    displayName: t.string({ required: true }),
    locale: t.field({ type: LocaleEnum }),
  }),
});

const LogInInput = builder.inputType("LogInInput", {
  fields: (t) => ({
    email: t.string({ required: true }),
    password: t.string({ required: true }),
  }),
});

const UpdateProfileInput = builder.inputType("UpdateProfileInput", {
  fields: (t) => ({
    displayName: t.string(),
    locale: t.field({ type: LocaleEnum }),
  }),
});

/** The rest of this response is resolved as the user who just signed in. */
async function adoptSession(ctx: GraphQLContext, token: string) {
  const resolved = await ctx.services.accounts.resolveSession(token);
  ctx.actor = resolved?.actor ?? null;
  ctx.sessionTokenHash = resolved?.tokenHash ?? null;
  ctx.loaders = makeLoaders(ctx.services, ctx.actor);
}

builder.queryField("me", (t) =>
  t.field({
    type: UserRef,
    nullable: true,
    description: "The signed-in user, or null.",
    resolve: async (_root, _args, ctx) => {
      if (!ctx.actor) return null;
      const [user] = await ctx.services.accounts.findUsers([ctx.actor.userId]);
      return user ?? null;
    },
  }),
);

builder.mutationFields((t) => ({
  signUp: t.field({
    type: AuthPayloadRef,
    description: "Creates an account and signs in (sets the session cookie).",
    args: { input: t.arg({ type: SignUpInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const { user, session } = await ctx.services.accounts.signUp(
        withoutNulls(input),
        ctx.userAgent,
      );
      ctx.setSessionCookie(session.token, session.expiresAt);
      await adoptSession(ctx, session.token);
      return { user };
    },
  }),
  logIn: t.field({
    type: AuthPayloadRef,
    description: "Signs in with e-mail and password (sets the session cookie).",
    args: { input: t.arg({ type: LogInInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const { user, session } = await ctx.services.accounts.logIn(input, ctx.userAgent);
      ctx.setSessionCookie(session.token, session.expiresAt);
      await adoptSession(ctx, session.token);
      return { user };
    },
  }),
  logOut: t.boolean({
    description: "Revokes the current session and clears its cookie.",
    resolve: async (_root, _args, ctx) => {
      const revoked = await ctx.services.accounts.logOut(ctx.sessionTokenHash, ctx.actor);
      ctx.clearSessionCookie();
      return revoked;
    },
  }),
  revokeSession: t.boolean({
    description: "Revokes one of the user's own sessions, e.g. on a lost device.",
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) =>
      ctx.services.accounts.revokeSession(requireActor(ctx.actor), String(id)),
  }),
  setPlatformRoles: t.field({
    type: UserRef,
    description: "Operators grant or withdraw the reviewer and operator roles.",
    args: {
      userId: t.arg.id({ required: true }),
      roles: t.arg({ type: [PlatformRoleEnum], required: true }),
    },
    resolve: (_root, args, ctx) =>
      ctx.services.accounts.setPlatformRoles(
        ctx.actor,
        checkId(String(args.userId), "userId"),
        args.roles,
      ),
  }),
  updateProfile: t.field({
    type: UserRef,
    args: { input: t.arg({ type: UpdateProfileInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      ctx.services.accounts.updateProfile(requireActor(ctx.actor), withoutNulls(input)),
  }),
}));
