import { type Analyzer, getAnalyzer } from "@openttc/search/text/analyze";
import type { Lexicon } from "./dictionary/lexicon";
import type { MatchAchievement, MatchDemand } from "./listing";
import {
  budgetFit,
  COMPONENT_NAMES,
  type ComponentVector,
  DEFAULT_CNY_RATES,
  freshnessFit,
  modesFit,
  regionFit,
  reputationFit,
  taxonomyFit,
  trlFit,
} from "./score/components";
import { explainText, explanationSentences, type MatchExplanation } from "./score/explain";
import { contributions, DEFAULT_WEIGHTS, logit, type MatchWeights, sigmoid } from "./score/weights";
import type { CorpusStats } from "./text/corpus-stats";
import { achievementFields, demandFields, fieldsFeatures, type TextField } from "./text/features";
import {
  buildTextProfile,
  featureMatches,
  type TextProfile,
  textSimilarity,
} from "./text/relevance";

/** Everything a matcher is built from; nothing else is read (no clock, no environment). */
export interface MatcherConfig {
  stats: CorpusStats;
  lexicon: Lexicon;
  /** The current time in epoch ms, for freshness. */
  now: number;
  weights?: MatchWeights;
  analyzer?: Analyzer;
  /** CNY per unit of each currency; approximate defaults otherwise. */
  rates?: Readonly<Record<string, number>>;
  /** Similarity at which text relevance reaches 0.63 (see `textRelevance`). */
  textScale?: number;
}

/** A listing's text analysed twice: everything it says, and its head (titles and keywords). */
export interface ListingProfiles {
  full: TextProfile;
  head: TextProfile;
}

/** How much the head similarity counts in text relevance (the full text's similarity gets the rest). */
export const HEAD_SHARE = 0.5;

// A title and keywords name the technology; a summary also carries context and boilerplate
// shared by every listing of a field. Both count: full text finds what titles do not say,
// the head keeps two listings about different things in one field apart.
/** Similarity of two listings: the mean of their full-text and their head similarities. */
export function listingSimilarity(demand: ListingProfiles, achievement: ListingProfiles): number {
  return (
    (1 - HEAD_SHARE) * textSimilarity(demand.full, achievement.full) +
    HEAD_SHARE * textSimilarity(demand.head, achievement.head)
  );
}

const isHead = (f: TextField) => f.name.startsWith("title") || f.name === "keywords";

/** A scored pair with its component values and the explanation. */
export interface MatchResult {
  demandId: string;
  achievementId: string;
  /** Calibrated score in [0, 1]. */
  score: number;
  components: ComponentVector;
  explanation: MatchExplanation;
}

/** Scores demand–achievement pairs the same way whichever side asks. */
export interface Matcher {
  readonly weights: MatchWeights;
  /** The component values of a pair (what weight fitting learns from). */
  components(demand: MatchDemand, achievement: MatchAchievement): ComponentVector;
  /** Scores one pair and explains it. */
  match(demand: MatchDemand, achievement: MatchAchievement): MatchResult;
  /** Scores every candidate achievement for a demand; the best `limit` come back explained, best first. */
  rankAchievements(
    demand: MatchDemand,
    candidates: readonly MatchAchievement[],
    opts?: { limit?: number; explain?: boolean },
  ): MatchResult[];
  /** Scores every candidate demand for an achievement; the best `limit` come back explained, best first. */
  rankDemands(
    achievement: MatchAchievement,
    candidates: readonly MatchDemand[],
    opts?: { limit?: number; explain?: boolean },
  ): MatchResult[];
  /** The text profiles of a demand (cached per object). */
  demandProfile(demand: MatchDemand): ListingProfiles;
  /** The text profiles of an achievement (cached per object). */
  achievementProfile(achievement: MatchAchievement): ListingProfiles;
}

// Cosine similarities of related listings are small (different authors, lengths and
// boilerplate): 0.1 is already a clear relation, 0.4 a strong one. The map stretches that range
// and stays strictly increasing, so it never ties two candidates that the similarity tells apart.
/** Similarity at which text relevance reaches 1 − 1/e (0.63). */
export const DEFAULT_TEXT_SCALE = 0.25;

/** Text relevance in [0, 1) from a cosine similarity: 1 − exp(−similarity / scale). */
export function textRelevance(similarity: number, scale = DEFAULT_TEXT_SCALE): number {
  return 1 - Math.exp(-similarity / scale);
}

/** Creates a matcher over the given statistics, lexicon, weights and clock. */
export function createMatcher(config: MatcherConfig): Matcher {
  const analyzer = config.analyzer ?? getAnalyzer();
  const weights = config.weights ?? DEFAULT_WEIGHTS;
  const rates = config.rates ?? DEFAULT_CNY_RATES;
  const scale = config.textScale ?? DEFAULT_TEXT_SCALE;
  const ctx = { analyzer, stats: config.stats, lexicon: config.lexicon };
  // Profiles are keyed by the listing object: callers that keep their listings (the API's
  // cache, the evaluation) analyse each text once; a changed listing is a new object.
  const profiles = (fields: TextField[]): ListingProfiles => {
    const occurrences = fieldsFeatures(analyzer, fields);
    const headFields = fields.filter(isHead);
    const headIndex = fields.map((f) => headFields.indexOf(f));
    const headOccurrences = occurrences
      .filter((o) => (headIndex[o.field] ?? -1) >= 0)
      .map((o) => ({ ...o, field: headIndex[o.field] as number }));
    return {
      full: buildTextProfile(ctx, fields, occurrences),
      head: buildTextProfile(ctx, headFields, headOccurrences),
    };
  };
  const demandProfiles = new WeakMap<MatchDemand, ListingProfiles>();
  const achievementProfiles = new WeakMap<MatchAchievement, ListingProfiles>();
  const demandProfile = (d: MatchDemand) => {
    let p = demandProfiles.get(d);
    if (!p) {
      p = profiles(demandFields(d));
      demandProfiles.set(d, p);
    }
    return p;
  };
  const achievementProfile = (a: MatchAchievement) => {
    let p = achievementProfiles.get(a);
    if (!p) {
      p = profiles(achievementFields(a));
      achievementProfiles.set(a, p);
    }
    return p;
  };

  const components = (d: MatchDemand, a: MatchAchievement): ComponentVector => ({
    text: textRelevance(listingSimilarity(demandProfile(d), achievementProfile(a)), scale),
    taxonomy: taxonomyFit(d.field, a.field),
    trl: trlFit(d.minTrl, a.trl),
    modes: modesFit(d.wantedModes, a.transferModes).value,
    budget: budgetFit(d, a, rates).value,
    region: regionFit(d.region, a.region).value,
    reputation: reputationFit(a.reputation),
    freshness: freshnessFit(a.verifiedAt, config.now),
  });

  const explain = (d: MatchDemand, a: MatchAchievement, values: ComponentVector) => {
    const dp = demandProfile(d).full;
    const ap = achievementProfile(a).full;
    const text = explainText(dp, ap, featureMatches(dp, ap));
    const modes = modesFit(d.wantedModes, a.transferModes);
    const contrib = contributions(weights, values);
    const explanation: MatchExplanation = {
      components: COMPONENT_NAMES.map((name) => ({
        name,
        value: values[name],
        contribution: contrib[name],
      })),
      matchedTerms: text.matchedTerms,
      highlights: text.highlights,
      sentences: explanationSentences({
        matchedTerms: text.matchedTerms,
        demandField: d.field,
        achievementField: a.field,
        taxonomy: values.taxonomy,
        minTrl: d.minTrl,
        trl: a.trl,
        sharedModes: modes.shared,
        modesKnown: (d.wantedModes?.length ?? 0) > 0 && (a.transferModes?.length ?? 0) > 0,
        budget: budgetFit(d, a, rates),
      }),
    };
    return explanation;
  };

  const match = (d: MatchDemand, a: MatchAchievement): MatchResult => {
    const values = components(d, a);
    return {
      demandId: d.id,
      achievementId: a.id,
      score: sigmoid(logit(weights, values)),
      components: values,
      explanation: explain(d, a, values),
    };
  };

  const rank = (pairs: [MatchDemand, MatchAchievement][], limit: number, withText: boolean) => {
    const scored = pairs.map(([d, a]) => {
      const values = components(d, a);
      return { d, a, values, z: logit(weights, values) };
    });
    // Ties (equal scores) are broken by id so that rankings are stable across runs and engines.
    scored.sort((x, y) => y.z - x.z || (x.a.id + x.d.id < y.a.id + y.d.id ? -1 : 1));
    return scored.slice(0, limit).map(
      (s): MatchResult => ({
        demandId: s.d.id,
        achievementId: s.a.id,
        score: sigmoid(s.z),
        components: s.values,
        explanation: withText
          ? explain(s.d, s.a, s.values)
          : {
              components: [],
              matchedTerms: [],
              highlights: { demand: [], achievement: [] },
              sentences: { "zh-CN": [], en: [] },
            },
      }),
    );
  };

  return {
    weights,
    components,
    match,
    rankAchievements: (demand, candidates, opts = {}) =>
      rank(
        candidates.map((a) => [demand, a]),
        opts.limit ?? 20,
        opts.explain ?? true,
      ),
    rankDemands: (achievement, candidates, opts = {}) =>
      rank(
        candidates.map((d) => [d, achievement]),
        opts.limit ?? 20,
        opts.explain ?? true,
      ),
    demandProfile,
    achievementProfile,
  };
}
