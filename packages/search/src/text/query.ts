import { DEFAULT_QUERY_TERMS } from "../search-index";
import { type Analyzer, typoBudget } from "./analyze";
import { normalizeText } from "./normalize";
import { SYNONYM_GROUPS, type SynonymGroup } from "./synonyms";

/** A term the user typed, with the typos it may contain. */
export interface QueryTerm {
  term: string;
  /** The word as typed (normalized, not stemmed): typos are judged on it, not on the stem. */
  raw: string;
  han: boolean;
  tolerance: number;
}

/** Terms added from the synonym table, and which typed terms they stand for. */
export interface Expansion {
  terms: string[];
  /** Indexes into `AnalyzedQuery.terms`. */
  covers: number[];
}

/** A query after analysis and cross-language expansion. */
export interface AnalyzedQuery {
  terms: QueryTerm[];
  expansions: Expansion[];
}

interface PreparedGroup {
  zh: readonly string[];
  /** Each English term as its sequence of analysed terms. */
  en: string[][];
  /** Every term of the group analysed, for expansion. */
  all: { source: string; terms: string[] }[];
}

const prepared = new WeakMap<Analyzer, PreparedGroup[]>();

function prepare(analyzer: Analyzer, groups: readonly SynonymGroup[]): PreparedGroup[] {
  let p = prepared.get(analyzer);
  if (!p) {
    p = groups.map((g) => ({
      zh: g.zh,
      en: g.en.map((t) => analyzer.tokens(t).map((x) => x.term)).filter((s) => s.length > 0),
      all: [...g.zh, ...g.en].map((source) => ({
        source,
        terms: analyzer.tokens(source).map((x) => x.term),
      })),
    }));
    prepared.set(analyzer, p);
  }
  return p;
}

// Latin acronyms of one or two letters (AI, EV, PV) would prefix-match "aid", "eve", "pvc"
// when added by expansion; typed by the user they are kept, since the user chose them.
const usableExpansionTerm = (t: string): boolean => /\p{Script=Han}/u.test(t) || t.length > 2;

/** Analyses a query's first `maxTerms` terms and adds the other-language terms of every synonym group they mention. */
export function analyzeQuery(
  analyzer: Analyzer,
  q: string,
  maxTerms = DEFAULT_QUERY_TERMS,
  groups: readonly SynonymGroup[] = SYNONYM_GROUPS,
): AnalyzedQuery {
  const tokens = analyzer.tokens(q).slice(0, maxTerms);
  // Synonyms are looked for in the part of the text that was kept.
  const kept = q.slice(0, tokens.at(-1)?.end ?? 0);
  const terms: QueryTerm[] = tokens.map((t) => {
    const raw = normalizeText(q.slice(t.start, t.end));
    return { term: t.term, raw, han: t.han, tolerance: typoBudget(raw, t.han) };
  });
  const typed = new Set(terms.map((t) => t.term));
  const expansions: Expansion[] = [];

  for (const g of prepare(analyzer, groups)) {
    const covers = new Set<number>();
    let matchedSource: string | undefined;
    for (const zh of g.zh) {
      for (let at = kept.indexOf(zh); at >= 0; at = kept.indexOf(zh, at + 1)) {
        matchedSource = zh;
        tokens.forEach((t, i) => {
          if (t.start < at + zh.length && t.end > at) covers.add(i);
        });
      }
    }
    for (const seq of g.en) {
      for (let i = 0; i + seq.length <= tokens.length; i++) {
        if (seq.every((term, k) => tokens[i + k]?.term === term)) {
          for (let k = 0; k < seq.length; k++) covers.add(i + k);
          matchedSource = seq.join(" ");
        }
      }
    }
    if (matchedSource === undefined || covers.size === 0) continue;
    const added = new Set<string>();
    for (const other of g.all) {
      for (const t of other.terms) if (!typed.has(t) && usableExpansionTerm(t)) added.add(t);
    }
    if (added.size > 0) expansions.push({ terms: [...added], covers: [...covers] });
  }
  return { terms, expansions };
}
