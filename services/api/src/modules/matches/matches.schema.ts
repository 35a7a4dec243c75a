import { MATCH_ACTIONS, MATCH_DISMISS_REASONS, MATCH_SIDES } from "@openttc/domain/match";
import { COMPONENT_NAMES } from "@openttc/matcher/score/components";
import { builder } from "../../graphql/builder";
import { LocaleEnum } from "../../graphql/enums";
import { checkId } from "../../shared/ids";
import { pageArgs } from "../../shared/pagination";
import { AchievementRef } from "../achievements/achievements.schema";
import { DemandRef } from "../demands/demands.schema";
import type { WeightsInUse } from "./matches.engine";
import type { MatchFeedbackDto } from "./matches.repository";
import type { MatchView } from "./matches.service";

function enumOf<const V extends readonly string[]>(name: string, values: V, description: string) {
  return builder.enumType(name, {
    description,
    values: Object.fromEntries(values.map((v) => [v.toUpperCase(), { value: v }])) as {
      [K in V[number]]: { value: K };
    },
  });
}

const MatchSideEnum = enumOf("MatchSide", MATCH_SIDES, "Who gave feedback on a match.");
const MatchActionEnum = enumOf(
  "MatchAction",
  MATCH_ACTIONS,
  "What a party did with a suggested match.",
);
const MatchDismissReasonEnum = enumOf(
  "MatchDismissReason",
  MATCH_DISMISS_REASONS,
  "Coded reason for dismissing a match; OTHER needs a text.",
);
const MatchComponentNameEnum = enumOf(
  "MatchComponentName",
  COMPONENT_NAMES,
  "A component of a match score: text relevance, taxonomy fit, TRL fit, transfer modes, budget vs price, region, the institution's market evaluation, freshness.",
);
const MatchTermSourceEnum = enumOf(
  "MatchTermSource",
  ["exact", "synonyms", "dictionary"] as const,
  "How two terms matched: the same term, the synonym table, or the CC-CEDICT dictionary.",
);

type Explanation = MatchView["explanation"];
type Highlight = Explanation["highlights"]["demand"][number];

const MatchComponentRef = builder
  .objectRef<Explanation["components"][number]>("MatchComponent")
  .implement({
    description: "One component of a score: its value and what it added to the score's logit.",
    fields: (t) => ({
      name: t.field({
        type: MatchComponentNameEnum,
        resolve: (c) => c.name as (typeof COMPONENT_NAMES)[number],
      }),
      value: t.exposeFloat("value", { description: "0 to 1; ½ means unknown (neutral)." }),
      contribution: t.exposeFloat("contribution", {
        description: "Weight × centred value: positive pulls the score up, negative down.",
      }),
    }),
  });

const MatchedTermRef = builder
  .objectRef<Explanation["matchedTerms"][number]>("MatchedTerm")
  .implement({
    description: "A term of the exam paper and the achievement's term it matched, as written.",
    fields: (t) => ({
      demandTerm: t.string({ resolve: (m) => m.demand }),
      achievementTerm: t.string({ resolve: (m) => m.achievement }),
      via: t.field({
        type: MatchTermSourceEnum,
        resolve: (m) => m.via as "exact" | "synonyms" | "dictionary",
      }),
      weight: t.exposeFloat("weight", {
        description: "Share of the text relevance this match accounts for.",
      }),
    }),
  });

const MatchHighlightRef = builder.objectRef<Highlight>("MatchHighlight").implement({
  description:
    "A span to highlight in a listing field (keywords are joined with '; '); offsets index the field's text.",
  fields: (t) => ({
    field: t.exposeString("field", {
      description: "titleZh, titleEn, keywords, summaryZh, summaryEn, indicators, …",
    }),
    start: t.exposeInt("start"),
    end: t.exposeInt("end"),
    text: t.exposeString("text"),
  }),
});

const MatchHighlightsRef = builder
  .objectRef<Explanation["highlights"]>("MatchHighlights")
  .implement({
    fields: (t) => ({
      demand: t.field({ type: [MatchHighlightRef], resolve: (h) => h.demand }),
      achievement: t.field({ type: [MatchHighlightRef], resolve: (h) => h.achievement }),
    }),
  });

const MatchFeedbackRef = builder.objectRef<MatchFeedbackDto>("MatchFeedback").implement({
  description: "The viewer's action on a match.",
  fields: (t) => ({
    id: t.exposeID("id"),
    side: t.field({ type: MatchSideEnum, resolve: (f) => f.side }),
    action: t.field({ type: MatchActionEnum, resolve: (f) => f.action }),
    reason: t.field({ type: MatchDismissReasonEnum, nullable: true, resolve: (f) => f.reason }),
    reasonText: t.exposeString("reasonText", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

export const MatchRef = builder.objectRef<MatchView>("Match").implement({
  description: "A scored exam paper–achievement pair with why it scored so.",
  fields: (t) => ({
    id: t.exposeID("id"),
    score: t.exposeFloat("score", {
      description:
        "0 to 1, roughly the chance a person finds the pair relevant (≥ 0.7 strong, 0.4–0.7 worth a look).",
    }),
    demand: t.field({
      type: DemandRef,
      nullable: true,
      description:
        "The exam paper (public part unless the viewer may read its confidential details).",
      resolve: (m, _args, ctx) => ctx.services.demands.get(ctx.actor, m.demandId).catch(() => null),
    }),
    achievement: t.field({
      type: AchievementRef,
      nullable: true,
      resolve: (m, _args, ctx) => ctx.loaders.visibleAchievement.load(m.achievementId),
    }),
    components: t.field({
      type: [MatchComponentRef],
      resolve: (m) => m.explanation.components,
    }),
    matchedTerms: t.field({ type: [MatchedTermRef], resolve: (m) => m.explanation.matchedTerms }),
    highlights: t.field({ type: MatchHighlightsRef, resolve: (m) => m.explanation.highlights }),
    explanation: t.stringList({
      description:
        "One or two sentences saying why, in the given locale (default: the request's Accept-Language).",
      args: { locale: t.arg({ type: LocaleEnum }) },
      resolve: (m, args, ctx) => m.explanation.sentences[args.locale ?? ctx.locale] ?? [],
    }),
    viewerFeedback: t.field({
      type: [MatchFeedbackRef],
      description: "What the viewer did with this match (each action at most once).",
      resolve: (m) => m.viewerFeedback,
    }),
    weightsVersion: t.exposeInt("weightsVersion", {
      description: "Version of the weights that scored it (0 = the built-in defaults).",
    }),
    computedAt: t.expose("computedAt", { type: "DateTime" }),
  }),
});

const MatchComponentWeightRef = builder
  .objectRef<{ name: (typeof COMPONENT_NAMES)[number]; weight: number }>("MatchComponentWeight")
  .implement({
    fields: (t) => ({
      name: t.field({ type: MatchComponentNameEnum, resolve: (w) => w.name }),
      weight: t.exposeFloat("weight"),
    }),
  });

const MatcherWeightsRef = builder.objectRef<WeightsInUse>("MatcherWeights").implement({
  description:
    "The score model in use: score = σ(bias + Σ weight × feature); refitted from feedback, text relevance kept dominant.",
  fields: (t) => ({
    version: t.exposeInt("version", { description: "0 = the built-in defaults." }),
    fittedAt: t.expose("fittedAt", { type: "DateTime", nullable: true }),
    bias: t.float({ resolve: (w) => w.weights.bias }),
    textGate: t.float({
      description: "Text relevance at which the other components count fully.",
      resolve: (w) => w.weights.textGate,
    }),
    weights: t.field({
      type: [MatchComponentWeightRef],
      resolve: (w) => COMPONENT_NAMES.map((name) => ({ name, weight: w.weights.weights[name] })),
    }),
    positiveSamples: t.exposeInt("positiveSamples"),
    negativeSamples: t.exposeInt("negativeSamples"),
  }),
});

builder.queryFields((t) => ({
  matchesForDemand: t.connection({
    type: MatchRef,
    description:
      "An exam paper's best achievements, score descending (its organization, operators and brokers).",
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) =>
      ctx.services.matches.listForDemand(ctx.actor, checkId(String(args.id)), pageArgs(args)),
  }),
  matchesForAchievement: t.connection({
    type: MatchRef,
    description:
      "The exam papers an achievement fits best, score descending (its organization, operators and brokers).",
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) =>
      ctx.services.matches.listForAchievement(ctx.actor, checkId(String(args.id)), pageArgs(args)),
  }),
  brokerQueue: t.connection({
    type: MatchRef,
    description:
      "Brokers: the best matches in their fields that nobody has contacted or dismissed yet.",
    resolve: (_root, args, ctx) => ctx.services.matches.brokerQueue(ctx.actor, pageArgs(args)),
  }),
  matcherWeights: t.field({
    type: MatcherWeightsRef,
    description: "The weights scoring matches now, with their version and when they were fitted.",
    resolve: (_root, _args, ctx) => ctx.services.matches.weights(ctx.actor),
  }),
}));

builder.mutationFields((t) => ({
  markMatch: t.field({
    type: MatchRef,
    description:
      "Marks a match viewed, contacted or dismissed (a dismissal needs a coded reason; OTHER a text). The matcher learns from it.",
    args: {
      matchId: t.arg.id({ required: true }),
      action: t.arg({ type: MatchActionEnum, required: true }),
      reason: t.arg({ type: MatchDismissReasonEnum }),
      reasonText: t.arg.string(),
    },
    resolve: (_root, args, ctx) =>
      ctx.services.matches.mark(ctx.actor, {
        matchId: args.matchId,
        action: args.action,
        reason: args.reason,
        reasonText: args.reasonText,
      }),
  }),
}));
