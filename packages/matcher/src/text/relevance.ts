import type { Analyzer } from "@openttc/search/text/analyze";
import type { Lexicon, TranslationSource } from "../dictionary/lexicon";
import type { CorpusStats } from "./corpus-stats";
import { type FeatureOccurrence, fieldsFeatures, type TextField } from "./features";

/** What text relevance needs: the analyzer of packages/search, shared IDF statistics and the cross-language lexicon. */
export interface TextContext {
  analyzer: Analyzer;
  stats: CorpusStats;
  lexicon: Lexicon;
}

/** An English phrase of a text that the lexicon translates as a whole. */
interface PhraseHit {
  terms: readonly string[];
  translations: readonly { term: string; weight: number; via: TranslationSource }[];
}

/** How a term of the other listing can be matched from the query side, and from which source term. */
export interface ExpansionEntry {
  /** Weight of the match: the source cluster's weight times the link's weight (1 for the same term). */
  w: number;
  /** The query-side feature it comes from (for a phrase, its terms joined by a space). */
  source: string;
  via: "exact" | TranslationSource;
}

/**
 * A listing's text analysed once and weighted by the corpus statistics, ready to be compared.
 * Features that are translations of each other in the same listing (石墨烯 and graphene in a
 * bilingual one) form one cluster that counts once, with the weight of the strongest.
 */
export interface TextProfile {
  fields: readonly TextField[];
  /** Terms of the kept clusters, cluster by cluster. */
  terms: readonly string[];
  /** Index into `weights` of each entry of `terms`. */
  clusterOf: Uint8Array;
  /** Weight of each kept cluster (the strongest first). */
  weights: Float32Array;
  /** Euclidean norm over every cluster, kept or not. */
  norm: number;
  /** The feature occurrences with their spans (derived again from the texts unless recently asked for). */
  occurrences(): FeatureOccurrence[];
  /** The query-side map (own features and their translations), built on first use. */
  expansion(): ReadonlyMap<string, ExpansionEntry>;
}

/** Clusters kept per profile for matching: the weakest are boilerplate and cost memory at scale. */
export const MAX_CLUSTERS = 80;

// Profiles of 100,000 listings repeat the same few hundred thousand terms: one string each.
const interned = new Map<string, string>();
const intern = (t: string): string => {
  const hit = interned.get(t);
  if (hit !== undefined) return hit;
  interned.set(t, t);
  return t;
};

/** Weight of a feature: IDF times a dampened, field-weighted frequency. */
function featureWeight(idf: number, tf: number): number {
  return idf * (tf < 1 ? tf : 1 + Math.log(tf));
}

function findPhrases(lexicon: Lexicon, occ: readonly FeatureOccurrence[]): PhraseHit[] {
  const latin = occ.filter((o) => !o.han);
  const hits: PhraseHit[] = [];
  for (let i = 0; i < latin.length; i++) {
    const first = latin[i] as FeatureOccurrence;
    for (const p of lexicon.phrasesFrom(first.term)) {
      const n = p.terms.length;
      if (i + n > latin.length) continue;
      const span = latin.slice(i, i + n);
      // The words must follow each other in one field (a field boundary breaks the phrase).
      const contiguous = span.every(
        (o, k) =>
          o.term === p.terms[k] &&
          o.field === first.field &&
          (k === 0 || o.start - (span[k - 1] as FeatureOccurrence).end <= 2),
      );
      if (contiguous) hits.push({ terms: p.terms, translations: p.translations });
    }
  }
  return hits;
}

interface Analysis {
  /** Every cluster, strongest first. */
  all: { terms: string[]; weight: number }[];
  phrases: PhraseHit[];
}

function analyse(ctx: TextContext, occurrences: readonly FeatureOccurrence[]): Analysis {
  const tf = new Map<string, number>();
  for (const o of occurrences) tf.set(o.term, (tf.get(o.term) ?? 0) + o.weight);
  const terms = [...tf.keys()];
  const weightOf = new Map(terms.map((t) => [t, featureWeight(ctx.stats.idf(t), tf.get(t) ?? 0)]));

  // Union-find over the features: a bilingual listing says 石墨烯 and graphene for one thing.
  const parent = new Map(terms.map((t) => [t, t]));
  const find = (t: string): string => {
    let r = t;
    while (parent.get(r) !== r) r = parent.get(r) as string;
    parent.set(t, r);
    return r;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  };
  for (const t of terms) {
    for (const x of ctx.lexicon.translate(t)) if (tf.has(x.term)) union(t, x.term);
  }
  const phrases = findPhrases(ctx.lexicon, occurrences);
  for (const p of phrases) {
    for (const x of p.translations) {
      if (!tf.has(x.term)) continue;
      for (const t of p.terms) union(t, x.term);
    }
  }
  const byRoot = new Map<string, { terms: string[]; weight: number }>();
  for (const t of terms) {
    const root = find(t);
    const c = byRoot.get(root) ?? { terms: [], weight: 0 };
    c.terms.push(t);
    c.weight = Math.max(c.weight, weightOf.get(t) ?? 0);
    byRoot.set(root, c);
  }
  return { all: [...byRoot.values()].sort((x, y) => y.weight - x.weight), phrases };
}

function expand(ctx: TextContext, { all, phrases }: Analysis): Map<string, ExpansionEntry> {
  const map = new Map<string, ExpansionEntry>();
  const put = (term: string, e: ExpansionEntry) => {
    const prev = map.get(term);
    if (!prev || e.w > prev.w) map.set(term, e);
  };
  // Every cluster counts on the query side, kept for matching or not.
  for (const c of all) for (const t of c.terms) put(t, { w: c.weight, source: t, via: "exact" });
  for (const c of all) {
    for (const t of c.terms) {
      for (const x of ctx.lexicon.translate(t)) {
        put(x.term, { w: c.weight * x.weight, source: t, via: x.via });
      }
    }
  }
  const clusterWeight = new Map<string, number>();
  for (const c of all) for (const t of c.terms) clusterWeight.set(t, c.weight);
  for (const p of phrases) {
    const w = Math.max(...p.terms.map((t) => clusterWeight.get(t) ?? 0));
    for (const x of p.translations) {
      put(x.term, { w: w * x.weight, source: p.terms.join(" "), via: x.via });
    }
  }
  return map;
}

// Explaining the top 20 of a ranking reads the query's occurrences 20 times: the last few
// profiles' occurrences are remembered instead of kept on every profile.
const RECENT_OCCURRENCES = 4;
const recentOccurrences: { profile: TextProfile; occurrences: FeatureOccurrence[] }[] = [];

/**
 * Analyses a listing's texts into a profile: features, their IDF weights, translation clusters
 * and the norm. Only what scoring reads is kept; the query-side expansion and the occurrences
 * are derived again from the texts when asked for, so 100,000 profiles stay small.
 */
export function buildTextProfile(
  ctx: TextContext,
  fields: readonly TextField[],
  occurrences: readonly FeatureOccurrence[] = fieldsFeatures(ctx.analyzer, fields),
): TextProfile {
  const { all } = analyse(ctx, occurrences);
  const norm = Math.sqrt(all.reduce((s, c) => s + c.weight * c.weight, 0));
  const kept = all.slice(0, MAX_CLUSTERS);
  const flat: string[] = [];
  const clusterOf: number[] = [];
  kept.forEach((c, i) => {
    for (const t of c.terms) {
      flat.push(intern(t));
      clusterOf.push(i);
    }
  });
  let expansion: Map<string, ExpansionEntry> | undefined;
  const profile: TextProfile = {
    fields,
    terms: flat,
    clusterOf: Uint8Array.from(clusterOf),
    weights: Float32Array.from(kept.map((c) => c.weight)),
    norm,
    occurrences() {
      const hit = recentOccurrences.find((r) => r.profile === profile);
      if (hit) return hit.occurrences;
      const occ = fieldsFeatures(ctx.analyzer, fields);
      recentOccurrences.push({ profile, occurrences: occ });
      if (recentOccurrences.length > RECENT_OCCURRENCES) recentOccurrences.shift();
      return occ;
    },
    expansion() {
      expansion ??= expand(ctx, analyse(ctx, profile.occurrences()));
      return expansion;
    },
  };
  return profile;
}

// Scoring is synchronous and single-threaded: one buffer serves every call.
const scratch = new Float32Array(MAX_CLUSTERS);

/** Cosine-like similarity in [0, 1] of a query-side profile (the exam paper) and a listing profile, translations counting at their link weight. */
export function textSimilarity(query: TextProfile, doc: TextProfile): number {
  if (query.norm === 0 || doc.norm === 0) return 0;
  const exp = query.expansion();
  const best = scratch;
  best.fill(0, 0, doc.weights.length);
  const { terms, clusterOf } = doc;
  for (let i = 0; i < terms.length; i++) {
    const e = exp.get(terms[i] as string);
    if (e === undefined) continue;
    const c = clusterOf[i] as number;
    if (e.w > (best[c] as number)) best[c] = e.w;
  }
  let dot = 0;
  for (let c = 0; c < doc.weights.length; c++)
    dot += (best[c] as number) * (doc.weights[c] as number);
  return Math.min(1, dot / (query.norm * doc.norm));
}

/** One feature of the listing matched from the query side, with what it is worth. */
export interface FeatureMatch {
  queryTerm: string;
  docTerm: string;
  via: "exact" | TranslationSource;
  /** This match's part of the similarity. */
  contribution: number;
}

/** The features behind a similarity, strongest first. */
export function featureMatches(query: TextProfile, doc: TextProfile): FeatureMatch[] {
  if (query.norm === 0 || doc.norm === 0) return [];
  const exp = query.expansion();
  const best: ({ t: string; e: ExpansionEntry } | undefined)[] = [];
  doc.terms.forEach((t, i) => {
    const e = exp.get(t);
    const c = doc.clusterOf[i] as number;
    if (e && (!best[c] || e.w > (best[c]?.e.w ?? 0))) best[c] = { t, e };
  });
  const out: FeatureMatch[] = [];
  best.forEach((b, c) => {
    if (!b) return;
    out.push({
      queryTerm: b.e.source,
      docTerm: b.t,
      via: b.e.via,
      contribution: (b.e.w * (doc.weights[c] as number)) / (query.norm * doc.norm),
    });
  });
  return out.sort((a, b) => b.contribution - a.contribution);
}
