import { builder } from "../../graphql/builder";
import { MoneyInput, MoneyRef } from "../../graphql/common.schema";
import { AnswerStatusEnum, RejectionReasonEnum } from "../../graphql/enums";
import { checkId } from "../../shared/ids";
import { pageArgs } from "../../shared/pagination";
import type { AchievementDto } from "../achievements/achievements.repository";
import { AchievementRef, TeamMemberRef } from "../achievements/achievements.schema";
import { DemandRef } from "../demands/demands.schema";
import { OrganizationRef } from "../organizations/organizations.schema";
import type { AnswerDto, EvaluationDto } from "./answers.repository";

const MilestoneRef = builder.objectRef<AnswerDto["milestones"][number]>("Milestone").implement({
  fields: (t) => ({
    title: t.exposeString("title"),
    dueOn: t.expose("dueOn", { type: "Date", nullable: true }),
    deliverable: t.exposeString("deliverable", { nullable: true }),
  }),
});

const ScoreRef = builder
  .objectRef<{ criterion: string; score: number }>("CriterionScore")
  .implement({
    fields: (t) => ({
      criterion: t.exposeString("criterion"),
      score: t.exposeInt("score", { description: "1 (poor) to 5 (excellent)." }),
    }),
  });

const EvaluationRef = builder.objectRef<EvaluationDto>("Evaluation").implement({
  description: "The enterprise's market evaluation of an answer.",
  fields: (t) => ({
    id: t.exposeID("id"),
    scores: t.field({ type: [ScoreRef], resolve: (e) => e.scores }),
    overall: t.exposeFloat("overall", { description: "Mean of the criterion scores." }),
    comment: t.exposeString("comment"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

export const AnswerRef = builder.objectRef<AnswerDto>("Answer").implement({
  description: "An institution's answer to an exam paper (答卷).",
  fields: (t) => ({
    id: t.exposeID("id"),
    demand: t.field({
      type: DemandRef,
      nullable: true,
      resolve: (a, _args, ctx) => ctx.services.demands.get(ctx.actor, a.demandId).catch(() => null),
    }),
    organization: t.field({
      type: OrganizationRef,
      resolve: async (a, _args, ctx) => {
        const org = await ctx.loaders.organization.load(a.orgId);
        if (!org) throw new Error(`answer ${a.id} has no organization`);
        return org;
      },
    }),
    approach: t.exposeString("approach"),
    milestones: t.field({ type: [MilestoneRef], resolve: (a) => a.milestones }),
    quote: t.field({ type: MoneyRef, resolve: (a) => a.quote }),
    team: t.field({ type: [TeamMemberRef], resolve: (a) => a.team }),
    achievements: t.field({
      type: [AchievementRef],
      description: "Linked achievements the caller may see.",
      resolve: async (a, _args, ctx) =>
        (await ctx.loaders.visibleAchievement.loadMany(a.achievementIds)).filter(
          (x): x is AchievementDto => x !== null && !(x instanceof Error),
        ),
    }),
    status: t.field({ type: AnswerStatusEnum, resolve: (a) => a.status }),
    decisionReason: t.field({
      type: RejectionReasonEnum,
      nullable: true,
      resolve: (a) => a.decisionReason,
    }),
    feedback: t.exposeString("feedback", { nullable: true }),
    decidedAt: t.expose("decidedAt", { type: "DateTime", nullable: true }),
    submittedAt: t.expose("submittedAt", { type: "DateTime" }),
    responseDeadline: t.expose("responseDeadline", {
      type: "Date",
      description: "The exam paper's decision deadline.",
    }),
    overdue: t.boolean({
      description: "Still undecided after the decision deadline.",
      resolve: (a, _args, ctx) => ctx.services.answers.isOverdue(a),
    }),
    evaluation: t.field({
      type: EvaluationRef,
      nullable: true,
      resolve: (a, _args, ctx) => ctx.services.answers.evaluationOf(ctx.actor, a),
    }),
  }),
});

builder.objectField(DemandRef, "answers", (t) =>
  t.connection({
    type: AnswerRef,
    description: "Answers received (the exam paper's organization and operators).",
    resolve: (d, args, ctx) => ctx.services.answers.listForDemand(ctx.actor, d.id, pageArgs(args)),
  }),
);

const MilestoneInput = builder.inputType("MilestoneInput", {
  fields: (t) => ({
    title: t.string({ required: true }),
    dueOn: t.field({ type: "Date" }),
    deliverable: t.string(),
  }),
});

const AnswerTeamMemberInput = builder.inputType("AnswerTeamMemberInput", {
  fields: (t) => ({ name: t.string({ required: true }), role: t.string() }),
});

const SubmitAnswerInput = builder.inputType("SubmitAnswerInput", {
  fields: (t) => ({
    demandId: t.id({ required: true }),
    approach: t.string({ required: true }),
    milestones: t.field({ type: [MilestoneInput], required: true }),
    quote: t.field({ type: MoneyInput, required: true }),
    achievementIds: t.idList(),
    team: t.field({ type: [AnswerTeamMemberInput] }),
  }),
});

const ScoreInput = builder.inputType("CriterionScoreInput", {
  fields: (t) => ({ criterion: t.string({ required: true }), score: t.int({ required: true }) }),
});

const EvaluateAnswerInput = builder.inputType("EvaluateAnswerInput", {
  fields: (t) => ({
    answerId: t.id({ required: true }),
    scores: t.field({ type: [ScoreInput], required: true }),
    comment: t.string({ required: true }),
  }),
});

const AnswerDecisionEnum = builder.enumType("AnswerDecision", {
  values: {
    SHORTLIST: { value: "shortlist" },
    AWARD: { value: "award" },
    REJECT: { value: "reject" },
  } as const,
});

const DecideAnswerInput = builder.inputType("DecideAnswerInput", {
  fields: (t) => ({
    answerId: t.id({ required: true }),
    decision: t.field({ type: AnswerDecisionEnum, required: true }),
    reason: t.field({ type: RejectionReasonEnum, description: "Required when rejecting." }),
    feedback: t.string({ description: "Feedback to the institution; required with reason OTHER." }),
  }),
});

builder.queryFields((t) => ({
  answer: t.field({
    type: AnswerRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => ctx.services.answers.get(ctx.actor, checkId(String(id))),
  }),
  orgAnswers: t.connection({
    type: AnswerRef,
    description: "Answers an organization has submitted (members only).",
    args: { orgId: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) =>
      ctx.services.answers.listForOrg(
        ctx.actor,
        checkId(String(args.orgId), "orgId"),
        pageArgs(args),
      ),
  }),
  overdueAnswers: t.connection({
    type: AnswerRef,
    description:
      "Answers still undecided after their decision deadline: all for operators, else those your organizations sent or received.",
    resolve: (_root, args, ctx) => ctx.services.answers.listOverdue(ctx.actor, pageArgs(args)),
  }),
}));

builder.mutationFields((t) => ({
  submitAnswer: t.field({
    type: AnswerRef,
    description: "An institution answers an open exam paper.",
    args: {
      orgId: t.arg.id({ required: true }),
      input: t.arg({ type: SubmitAnswerInput, required: true }),
    },
    resolve: (_root, { orgId, input }, ctx) =>
      ctx.services.answers.submit(ctx.actor, checkId(String(orgId), "orgId"), input),
  }),
  decideAnswer: t.field({
    type: AnswerRef,
    description: "The enterprise shortlists, rejects (with a coded reason) or awards an answer.",
    args: { input: t.arg({ type: DecideAnswerInput, required: true }) },
    resolve: (_root, { input }, ctx) => ctx.services.answers.decide(ctx.actor, input),
  }),
  evaluateAnswer: t.field({
    type: EvaluationRef,
    description:
      "The enterprise scores an answer on each criterion with a comment (the market evaluation).",
    args: { input: t.arg({ type: EvaluateAnswerInput, required: true }) },
    resolve: (_root, { input }, ctx) => ctx.services.answers.evaluate(ctx.actor, input),
  }),
}));
