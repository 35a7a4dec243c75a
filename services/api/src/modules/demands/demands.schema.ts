import { isPublicDemandStatus } from "@openttc/domain/access";
import { badInput } from "@openttc/domain/errors";
import { isFieldCode } from "@openttc/domain/taxonomy";
import { builder } from "../../graphql/builder";
import {
  MoneyRangeInput,
  MoneyRangeRef,
  RegionInput,
  RegionRef,
} from "../../graphql/common.schema";
import {
  DemandStatusEnum,
  OrgKindEnum,
  TransferModeEnum,
  VisibilityEnum,
} from "../../graphql/enums";
import { checkId } from "../../shared/ids";
import { pageArgs } from "../../shared/pagination";
import { OrganizationRef } from "../organizations/organizations.schema";
import type { DemandDto } from "./demands.repository";

const IndicatorRef = builder.objectRef<DemandDto["indicators"][number]>("Indicator").implement({
  description:
    "A measurable technical indicator the answer must meet, e.g. 导热系数 ≥ 1500 W/(m·K).",
  fields: (t) => ({
    name: t.exposeString("name"),
    target: t.exposeString("target"),
    unit: t.exposeString("unit", { nullable: true }),
  }),
});

const AccessGrantRef = builder
  .objectRef<{ orgId: string; kind: "invited" | "nda"; grantedAt: Date }>("DemandAccessGrant")
  .implement({
    description:
      "An organization allowed to read the confidential details: invited, or accepted the NDA at grantedAt.",
    fields: (t) => ({
      organization: t.field({
        type: OrganizationRef,
        resolve: async (g, _args, ctx) => {
          const org = await ctx.loaders.organization.load(g.orgId);
          if (!org) throw new Error(`grant points at missing organization ${g.orgId}`);
          return org;
        },
      }),
      kind: t.string({ resolve: (g) => g.kind.toUpperCase() }),
      grantedAt: t.expose("grantedAt", { type: "DateTime" }),
    }),
  });

export const DemandRef = builder.objectRef<DemandDto>("Demand").implement({
  description: "An enterprise's technical demand posed as an exam paper (企业出卷).",
  fields: (t) => ({
    id: t.exposeID("id"),
    owner: t.field({
      type: OrganizationRef,
      resolve: async (d, _args, ctx) => {
        const org = await ctx.loaders.organization.load(d.ownerOrgId);
        if (!org) throw new Error(`exam paper ${d.id} has no owner`);
        return org;
      },
    }),
    titleZh: t.exposeString("titleZh", { nullable: true }),
    titleEn: t.exposeString("titleEn", { nullable: true }),
    summaryZh: t.exposeString("summaryZh", { nullable: true, description: "Public summary." }),
    summaryEn: t.exposeString("summaryEn", { nullable: true }),
    viewerCanReadConfidential: t.boolean({
      resolve: (d, _args, ctx) => ctx.services.demands.canReadConfidential(ctx.actor, d),
    }),
    confidentialZh: t.string({
      nullable: true,
      description:
        "Confidential details: only the owner and invited or NDA-accepting organizations; null for everyone else.",
      resolve: async (d, _args, ctx) =>
        (await ctx.services.demands.canReadConfidential(ctx.actor, d)) ? d.confidentialZh : null,
    }),
    confidentialEn: t.string({
      nullable: true,
      resolve: async (d, _args, ctx) =>
        (await ctx.services.demands.canReadConfidential(ctx.actor, d)) ? d.confidentialEn : null,
    }),
    accessGrants: t.field({
      type: [AccessGrantRef],
      description: "Who may read the confidential details (owner organization only).",
      resolve: (d, _args, ctx) => ctx.services.demands.accessList(ctx.actor, d),
    }),
    indicators: t.field({ type: [IndicatorRef], resolve: (d) => d.indicators }),
    field: t.exposeString("field"),
    keywords: t.exposeStringList("keywords"),
    wantedModes: t.field({ type: [TransferModeEnum], resolve: (d) => d.wantedModes }),
    budget: t.field({ type: MoneyRangeRef, resolve: (d) => d.budget }),
    deadline: t.expose("deadline", { type: "Date", description: "Last day to submit answers." }),
    responseDeadline: t.expose("responseDeadline", {
      type: "Date",
      description: "Every answer gets a decision by this day.",
    }),
    minTrl: t.exposeInt("minTrl"),
    criteria: t.exposeStringList("criteria", {
      description: "The criteria answers are scored on.",
    }),
    visibility: t.field({ type: VisibilityEnum, resolve: (d) => d.visibility }),
    region: t.field({ type: RegionRef, resolve: (d) => d.region }),
    status: t.field({ type: DemandStatusEnum, resolve: (d) => d.status }),
    expired: t.boolean({ resolve: (d, _args, ctx) => ctx.services.demands.isExpired(d) }),
    lastVerifiedAt: t.expose("lastVerifiedAt", { type: "DateTime" }),
    publishedAt: t.expose("publishedAt", { type: "DateTime", nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    version: t.exposeInt("version"),
  }),
});

const IndicatorInput = builder.inputType("IndicatorInput", {
  fields: (t) => ({
    name: t.string({ required: true }),
    target: t.string({ required: true }),
    unit: t.string(),
  }),
});

const DemandInput = builder.inputType("DemandInput", {
  fields: (t) => ({
    titleZh: t.string(),
    titleEn: t.string(),
    summaryZh: t.string(),
    summaryEn: t.string(),
    confidentialZh: t.string(),
    confidentialEn: t.string(),
    indicators: t.field({ type: [IndicatorInput] }),
    field: t.string(),
    keywords: t.stringList(),
    wantedModes: t.field({ type: [TransferModeEnum] }),
    budget: t.field({ type: MoneyRangeInput }),
    deadline: t.field({ type: "Date" }),
    responseDeadline: t.field({ type: "Date" }),
    minTrl: t.int(),
    criteria: t.stringList(),
    visibility: t.field({ type: VisibilityEnum }),
    region: t.field({ type: RegionInput }),
  }),
});

const DemandFilter = builder.inputType("DemandFilter", {
  fields: (t) => ({
    field: t.string(),
    trl: t.int({ description: "Papers whose minimum TRL this level meets." }),
    modes: t.field({ type: [TransferModeEnum] }),
    country: t.string(),
    province: t.string(),
    city: t.string(),
    orgId: t.id(),
    orgKind: t.field({ type: OrgKindEnum }),
    statuses: t.field({ type: [DemandStatusEnum], description: "Default: open." }),
    text: t.string(),
  }),
});

const DemandActionEnum = builder.enumType("DemandAction", {
  values: {
    OPEN: { value: "open" },
    START_EVALUATION: { value: "startEvaluation" },
    CLOSE: { value: "close" },
    CANCEL: { value: "cancel" },
  } as const,
});

builder.queryFields((t) => ({
  demand: t.field({
    type: DemandRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => ctx.services.demands.get(ctx.actor, checkId(String(id))),
  }),
  demands: t.connection({
    type: DemandRef,
    description: "Exam papers the caller may see (public summaries), newest first.",
    args: { filter: t.arg({ type: DemandFilter }) },
    resolve: (_root, args, ctx) => {
      const filter = args.filter ?? {};
      if (filter.field && !isFieldCode(filter.field))
        throw badInput("filter.field", "is not a field of the taxonomy");
      if (filter.trl != null && (filter.trl < 1 || filter.trl > 9))
        throw badInput("filter.trl", "must be between 1 and 9");
      if (filter.statuses?.some((s) => !isPublicDemandStatus(s))) {
        throw badInput("filter.statuses", "drafts and cancelled exam papers are not public");
      }
      return ctx.services.demands.listPublic(
        ctx.actor,
        { ...filter, orgId: filter.orgId ? checkId(String(filter.orgId), "filter.orgId") : null },
        pageArgs(args),
      );
    },
  }),
  orgDemands: t.connection({
    type: DemandRef,
    description: "An organization's own exam papers in every status (members only).",
    args: { orgId: t.arg.id({ required: true }), statuses: t.arg({ type: [DemandStatusEnum] }) },
    resolve: (_root, args, ctx) =>
      ctx.services.demands.listOwned(
        ctx.actor,
        checkId(String(args.orgId), "orgId"),
        args.statuses ?? null,
        pageArgs(args),
      ),
  }),
}));

builder.mutationFields((t) => ({
  createDemand: t.field({
    type: DemandRef,
    description: "Creates a draft exam paper owned by the organization.",
    args: {
      orgId: t.arg.id({ required: true }),
      input: t.arg({ type: DemandInput, required: true }),
    },
    resolve: (_root, { orgId, input }, ctx) =>
      ctx.services.demands.create(ctx.actor, checkId(String(orgId), "orgId"), input),
  }),
  updateDemand: t.field({
    type: DemandRef,
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: DemandInput, required: true }) },
    resolve: (_root, { id, input }, ctx) =>
      ctx.services.demands.update(ctx.actor, checkId(String(id)), input),
  }),
  transitionDemand: t.field({
    type: DemandRef,
    description:
      "The owner opens, moves to evaluation, closes or cancels an exam paper (awarding goes through decideAnswer).",
    args: {
      id: t.arg.id({ required: true }),
      action: t.arg({ type: DemandActionEnum, required: true }),
    },
    resolve: (_root, { id, action }, ctx) =>
      ctx.services.demands.transition(ctx.actor, checkId(String(id)), action),
  }),
  inviteToDemand: t.field({
    type: DemandRef,
    description: "The owner lets an organization read the confidential details.",
    args: { demandId: t.arg.id({ required: true }), orgId: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) =>
      ctx.services.demands.invite(
        ctx.actor,
        checkId(String(args.demandId), "demandId"),
        checkId(String(args.orgId), "orgId"),
      ),
  }),
  acceptDemandNda: t.field({
    type: DemandRef,
    description:
      "A member accepts the exam paper's NDA for their organization (recorded with a timestamp).",
    args: { demandId: t.arg.id({ required: true }), orgId: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) =>
      ctx.services.demands.acceptNda(
        ctx.actor,
        checkId(String(args.demandId), "demandId"),
        checkId(String(args.orgId), "orgId"),
      ),
  }),
}));
