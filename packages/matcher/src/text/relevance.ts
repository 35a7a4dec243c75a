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

/** Features of one listing that are translations of each other count once, with the weight of the strongest. */
interface Cluster {
  terms: string[];
  weight: number;
}

/** An English phrase of a text that the lexicon translates as a whole. */
interface PhraseHit {
  terms: readonly string[];
  occurrences: FeatureOccurrence[];
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

/** A listing's text analysed once and weighted by the corpus statistics, ready to be compared. */
export interface TextProfile {
  fields: readonly TextField[];
  occurrences: readonly FeatureOccurrence[];
  clusters: readonly Cluster[];
  /** Euclidean norm of the cluster weights. */
  norm: number;
  /** The query-side map (own features and their translations), built on first use. */
  expansion(): ReadonlyMap<string, ExpansionEntry>;
}

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
      if (contiguous)
        hits.push({ terms: p.terms, occurrences: span, translations: p.translations });
    }
  }
  return hits;
}

/** Analyses a listing's texts into a profile: features, their IDF weights, translation clusters and the norm. */
export function buildTextProfile(ctx: TextContext, fields: readonly TextField[]): TextProfile {
  const occurrences = fieldsFeatures(ctx.analyzer, fields);
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
  for (const t of terms)
    for (const x of ctx.lexicon.translate(t)) if (tf.has(x.term)) union(t, x.term);
  const phrases = findPhrases(ctx.lexicon, occurrences);
  for (const p of phrases) {
    for (const x of p.translations) {
      if (!tf.has(x.term)) continue;
      for (const t of p.terms) union(t, x.term);
    }
  }
  const byRoot = new Map<string, Cluster>();
  for (const t of terms) {
    const root = find(t);
    const c = byRoot.get(root) ?? { terms: [], weight: 0 };
    c.terms.push(t);
    c.weight = Math.max(c.weight, weightOf.get(t) ?? 0);
    byRoot.set(root, c);
  }
  const clusters = [...byRoot.values()];
  const norm = Math.sqrt(clusters.reduce((s, c) => s + c.weight * c.weight, 0));

  let expansion: Map<string, ExpansionEntry> | undefined;
  return {
    fields,
    occurrences,
    clusters,
    norm,
    expansion() {
      if (expansion) return expansion;
      const map = new Map<string, ExpansionEntry>();
      const put = (term: string, e: ExpansionEntry) => {
        const prev = map.get(term);
        if (!prev || e.w > prev.w) map.set(term, e);
      };
      for (const c of clusters)
        for (const t of c.terms) put(t, { w: c.weight, source: t, via: "exact" });
      for (const c of clusters) {
        for (const t of c.terms) {
          for (const x of ctx.lexicon.translate(t)) {
            put(x.term, { w: c.weight * x.weight, source: t, via: x.via });
          }
        }
      }
      const clusterWeight = new Map<string, number>();
      for (const c of clusters) for (const t of c.terms) clusterWeight.set(t, c.weight);
      for (const p of phrases) {
        const w = Math.max(...p.terms.map((t) => clusterWeight.get(t) ?? 0));
        for (const x of p.translations)
          put(x.term, { w: w * x.weight, source: p.terms.join(" "), via: x.via });
      }
      expansion = map;
      return map;
    },
  };
}

/** Cosine-like similarity in [0, 1] of a query-side profile (the exam paper) and a listing profile, translations counting at their link weight. */
export function textSimilarity(query: TextProfile, doc: TextProfile): number {
  if (query.norm === 0 || doc.norm === 0) return 0;
  const exp = query.expansion();
  let dot = 0;
  for (const c of doc.clusters) {
    let best = 0;
    for (const t of c.terms) {
      const e = exp.get(t);
      if (e && e.w > best) best = e.w;
    }
    dot += best * c.weight;
  }
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
  const out: FeatureMatch[] = [];
  for (const c of doc.clusters) {
    let best: { t: string; e: ExpansionEntry } | undefined;
    for (const t of c.terms) {
      const e = exp.get(t);
      if (e && (!best || e.w > best.e.w)) best = { t, e };
    }
    if (best) {
      out.push({
        queryTerm: best.e.source,
        docTerm: best.t,
        via: best.e.via,
        contribution: (best.e.w * c.weight) / (query.norm * doc.norm),
      });
    }
  }
  return out.sort((a, b) => b.contribution - a.contribution);
}
