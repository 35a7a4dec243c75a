import { hasPlatformRole, isMemberOf, isPublicAchievementStatus } from "@openttc/domain/access";
import { badInput } from "@openttc/domain/errors";
import { isFieldCode, TAXONOMY } from "@openttc/domain/taxonomy";
import { builder } from "../../graphql/builder";
import {
  MoneyRangeInput,
  MoneyRangeRef,
  RegionInput,
  RegionRef,
} from "../../graphql/common.schema";
import {
  AchievementStatusEnum,
  IpKindEnum,
  IpStatusEnum,
  OrgKindEnum,
  RightsStatusEnum,
  TransferModeEnum,
  VisibilityEnum,
} from "../../graphql/enums";
import { personNameInEnglish, teamTermOrAsWritten } from "../../shared/english-names";
import { checkId } from "../../shared/ids";
import { pageArgs } from "../../shared/pagination";
import { OrganizationRef } from "../organizations/organizations.schema";
import type { AchievementDto } from "./achievements.repository";

const IpAssetRef = builder.objectRef<AchievementDto["ipAssets"][number]>("IpAsset").implement({
  fields: (t) => ({
    number: t.exposeString("number", {
      description: "Patent or registration number, e.g. CN114081026A.",
    }),
    kind: t.field({ type: IpKindEnum, resolve: (a) => a.kind }),
    status: t.field({ type: IpStatusEnum, resolve: (a) => a.status }),
    title: t.exposeString("title", { nullable: true }),
    expiresOn: t.expose("expiresOn", { type: "Date", nullable: true }),
  }),
});

export const TeamMemberRef = builder
  .objectRef<{ name: string; title?: string | null; role: string | null }>("TeamMember")
  .implement({
    fields: (t) => ({
      name: t.exposeString("name"),
      title: t.string({ nullable: true, resolve: (m) => m.title ?? null }),
      role: t.exposeString("role", { nullable: true }),
      nameEn: t.string({
        description:
          "The name for English pages: a Chinese name in pinyin, surname first (普军华 → Pu Junhua).",
        resolve: (m) => personNameInEnglish(m.name),
      }),
      titleEn: t.string({
        nullable: true,
        description:
          "The title for English pages: common titles translated (教授 → Professor), others as entered.",
        resolve: (m) => (m.title ? teamTermOrAsWritten(m.title) : null),
      }),
      roleEn: t.string({
        nullable: true,
        description:
          "The role for English pages: common roles translated (项目负责人 → Project Lead), others as entered.",
        resolve: (m) => (m.role ? teamTermOrAsWritten(m.role) : null),
      }),
    }),
  });

type FieldNodeShape = {
  code: string;
  zh: string;
  en: string;
  key?: boolean;
  related?: string[];
  children?: FieldNodeShape[];
};
const FieldNodeRef = builder.objectRef<FieldNodeShape>("FieldNode");
FieldNodeRef.implement({
  description: "A node of the two-level field taxonomy.",
  fields: (t) => ({
    code: t.exposeString("code"),
    zh: t.exposeString("zh"),
    en: t.exposeString("en"),
    key: t.boolean({
      description: "One of the five fields the Kunming measures prioritise.",
      resolve: (n) => n.key ?? false,
    }),
    related: t.stringList({ resolve: (n) => n.related ?? [] }),
    children: t.field({ type: [FieldNodeRef], resolve: (n) => n.children ?? [] }),
  }),
});

export const AchievementRef = builder.objectRef<AchievementDto>("Achievement").implement({
  description: "A technology achievement (科技成果) offered for transfer.",
  fields: (t) => ({
    id: t.exposeID("id"),
    owner: t.field({
      type: OrganizationRef,
      resolve: async (a, _args, ctx) => {
        const org = await ctx.loaders.organization.load(a.ownerOrgId);
        if (!org) throw new Error(`achievement ${a.id} has no owner`);
        return org;
      },
    }),
    titleZh: t.exposeString("titleZh", { nullable: true }),
    titleEn: t.exposeString("titleEn", { nullable: true }),
    summaryZh: t.exposeString("summaryZh", { nullable: true }),
    summaryEn: t.exposeString("summaryEn", { nullable: true }),
    descriptionZh: t.exposeString("descriptionZh", { nullable: true }),
    descriptionEn: t.exposeString("descriptionEn", { nullable: true }),
    field: t.exposeString("field", { description: "Taxonomy code, e.g. new_materials.carbon." }),
    keywords: t.exposeStringList("keywords"),
    trl: t.exposeInt("trl", { description: "Technology readiness level, 1–9." }),
    team: t.field({ type: [TeamMemberRef], resolve: (a) => a.team }),
    ipAssets: t.field({ type: [IpAssetRef], resolve: (a) => a.ipAssets }),
    transferModes: t.field({ type: [TransferModeEnum], resolve: (a) => a.transferModes }),
    price: t.field({ type: MoneyRangeRef, resolve: (a) => a.price }),
    publiclyFunded: t.exposeBoolean("publiclyFunded", {
      description: "Publicly funded: carries a transfer obligation (measures 5, 17).",
    }),
    rightsStatus: t.field({ type: RightsStatusEnum, resolve: (a) => a.rightsStatus }),
    rightsUseYears: t.exposeInt("rightsUseYears", { nullable: true }),
    negativeList: t.exposeBoolean("negativeList"),
    visibility: t.field({ type: VisibilityEnum, resolve: (a) => a.visibility }),
    region: t.field({ type: RegionRef, resolve: (a) => a.region }),
    status: t.field({ type: AchievementStatusEnum, resolve: (a) => a.status }),
    reviewNote: t.string({
      nullable: true,
      description: "The reviewer's note; visible to the owner organization and reviewers.",
      resolve: (a, _args, ctx) =>
        isMemberOf(ctx.actor, a.ownerOrgId) || hasPlatformRole(ctx.actor, "reviewer")
          ? a.reviewNote
          : null,
    }),
    lastVerifiedAt: t.expose("lastVerifiedAt", { type: "DateTime" }),
    expiresAt: t.field({
      type: "DateTime",
      resolve: (a, _args, ctx) => ctx.services.achievements.expiresAt(a),
    }),
    expired: t.boolean({
      description:
        "The verification lapsed: the listing is out of public results until re-verified.",
      resolve: (a, _args, ctx) => ctx.services.achievements.isExpired(a),
    }),
    publishedAt: t.expose("publishedAt", { type: "DateTime", nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    version: t.exposeInt("version"),
    viewerCanEdit: t.boolean({ resolve: (a, _args, ctx) => isMemberOf(ctx.actor, a.ownerOrgId) }),
  }),
});

const TeamMemberInput = builder.inputType("TeamMemberInput", {
  fields: (t) => ({ name: t.string({ required: true }), title: t.string(), role: t.string() }),
});

const IpAssetInput = builder.inputType("IpAssetInput", {
  fields: (t) => ({
    number: t.string({ required: true }),
    kind: t.field({ type: IpKindEnum, required: true }),
    status: t.field({ type: IpStatusEnum, required: true }),
    title: t.string(),
    expiresOn: t.field({ type: "Date" }),
  }),
});

/** One input type serves create and update: the domain schema decides what is required when. */
const AchievementInput = builder.inputType("AchievementInput", {
  fields: (t) => ({
    titleZh: t.string(),
    titleEn: t.string(),
    summaryZh: t.string(),
    summaryEn: t.string(),
    descriptionZh: t.string(),
    descriptionEn: t.string(),
    field: t.string(),
    keywords: t.stringList(),
    trl: t.int(),
    team: t.field({ type: [TeamMemberInput] }),
    ipAssets: t.field({ type: [IpAssetInput] }),
    transferModes: t.field({ type: [TransferModeEnum] }),
    price: t.field({ type: MoneyRangeInput }),
    publiclyFunded: t.boolean(),
    rightsStatus: t.field({ type: RightsStatusEnum }),
    rightsUseYears: t.int(),
    negativeList: t.boolean(),
    visibility: t.field({ type: VisibilityEnum }),
    region: t.field({ type: RegionInput }),
  }),
});

const AchievementFilter = builder.inputType("AchievementFilter", {
  fields: (t) => ({
    field: t.string({ description: "A taxonomy code; a top-level code includes its subfields." }),
    trlMin: t.int(),
    trlMax: t.int(),
    transferModes: t.field({ type: [TransferModeEnum], description: "Any of these modes." }),
    country: t.string(),
    province: t.string(),
    city: t.string(),
    orgId: t.id(),
    orgKind: t.field({ type: OrgKindEnum }),
    statuses: t.field({
      type: [AchievementStatusEnum],
      description: "Public statuses only; default published, in negotiation and transacted.",
    }),
    text: t.string({
      description: "Plain substring match on titles and summaries; full-text search is `search`.",
    }),
  }),
});

const OwnerAchievementActionEnum = builder.enumType("AchievementAction", {
  values: {
    SUBMIT: { value: "submit" },
    WITHDRAW: { value: "withdraw" },
    REOPEN: { value: "reopen" },
  } as const,
});

builder.queryFields((t) => ({
  taxonomy: t.field({
    type: [FieldNodeRef],
    resolve: () => TAXONOMY.map((n) => ({ ...n, related: [...n.related] })),
  }),
  achievement: t.field({
    type: AchievementRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => ctx.services.achievements.get(ctx.actor, checkId(String(id))),
  }),
  achievements: t.connection({
    type: AchievementRef,
    description: "Published achievements the caller may see, newest first.",
    args: { filter: t.arg({ type: AchievementFilter }) },
    resolve: (_root, args, ctx) => {
      const filter = args.filter ?? {};
      if (filter.field && !isFieldCode(filter.field))
        throw badInput("filter.field", "is not a field of the taxonomy");
      for (const [key, value] of [
        ["trlMin", filter.trlMin],
        ["trlMax", filter.trlMax],
      ] as const) {
        if (value != null && (value < 1 || value > 9))
          throw badInput(`filter.${key}`, "must be between 1 and 9");
      }
      if (filter.statuses?.some((s) => !isPublicAchievementStatus(s))) {
        throw badInput(
          "filter.statuses",
          "only published, in-negotiation and transacted listings are public",
        );
      }
      return ctx.services.achievements.listPublic(
        ctx.actor,
        { ...filter, orgId: filter.orgId ? checkId(String(filter.orgId), "filter.orgId") : null },
        pageArgs(args),
      );
    },
  }),
  orgAchievements: t.connection({
    type: AchievementRef,
    description: "An organization's own achievements in every status (members only).",
    args: {
      orgId: t.arg.id({ required: true }),
      statuses: t.arg({ type: [AchievementStatusEnum] }),
    },
    resolve: (_root, args, ctx) =>
      ctx.services.achievements.listOwned(
        ctx.actor,
        checkId(String(args.orgId), "orgId"),
        args.statuses ?? null,
        pageArgs(args),
      ),
  }),
  reviewQueue: t.connection({
    type: AchievementRef,
    description: "Achievements awaiting review, oldest first (reviewers and operators).",
    resolve: (_root, args, ctx) => ctx.services.achievements.reviewQueue(ctx.actor, pageArgs(args)),
  }),
}));

builder.mutationFields((t) => ({
  createAchievement: t.field({
    type: AchievementRef,
    description: "Creates a draft achievement owned by the organization.",
    args: {
      orgId: t.arg.id({ required: true }),
      input: t.arg({ type: AchievementInput, required: true }),
    },
    resolve: (_root, { orgId, input }, ctx) =>
      ctx.services.achievements.create(ctx.actor, checkId(String(orgId), "orgId"), input),
  }),
  updateAchievement: t.field({
    type: AchievementRef,
    description: "Edits an achievement; a published one goes back to review.",
    args: {
      id: t.arg.id({ required: true }),
      input: t.arg({ type: AchievementInput, required: true }),
    },
    resolve: (_root, { id, input }, ctx) =>
      ctx.services.achievements.update(ctx.actor, checkId(String(id)), input),
  }),
  transitionAchievement: t.field({
    type: AchievementRef,
    description:
      "The owner submits an achievement for review, withdraws it, or reopens a withdrawn one as a draft.",
    args: {
      id: t.arg.id({ required: true }),
      action: t.arg({ type: OwnerAchievementActionEnum, required: true }),
    },
    resolve: (_root, { id, action }, ctx) =>
      ctx.services.achievements.transition(ctx.actor, checkId(String(id)), action),
  }),
  approveAchievement: t.field({
    type: AchievementRef,
    description: "A reviewer publishes an achievement.",
    args: { id: t.arg.id({ required: true }), note: t.arg.string() },
    resolve: (_root, { id, note }, ctx) =>
      ctx.services.achievements.approve(ctx.actor, checkId(String(id)), note ?? null),
  }),
  rejectAchievement: t.field({
    type: AchievementRef,
    description: "A reviewer sends an achievement back with a reason.",
    args: { id: t.arg.id({ required: true }), reason: t.arg.string({ required: true }) },
    resolve: (_root, { id, reason }, ctx) =>
      ctx.services.achievements.reject(ctx.actor, checkId(String(id)), reason),
  }),
  reverifyAchievement: t.field({
    type: AchievementRef,
    description:
      "The owner confirms the listing is current; an expired listing returns to public results.",
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) =>
      ctx.services.achievements.reverify(ctx.actor, checkId(String(id))),
  }),
}));
