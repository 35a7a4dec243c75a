import type { IndexedDoc } from "./indexed-document";
import { SORT_ATTRIBUTE } from "./indexed-document";
import type { SearchQuery } from "./search-index";
import { normalizeText } from "./text/normalize";
import type { AnalyzedQuery } from "./text/query";

/** Weight of a typo match relative to an exact (or prefix) match of the same term. */
export const FUZZY_WEIGHT = 0.5;
/** Weight of a match through a synonym relative to a match of the typed term. */
export const EXPANSION_WEIGHT = 0.6;

/** BM25 scores of one query term (or one expansion) per document id. */
export type TermScores = Map<string, number>;

/** How well a document matches a query, compared field by field (like Meilisearch's ranking rules). */
export interface Relevance {
  /** 2: a title equals the query; 1: a title contains it as a phrase; 0: neither. */
  titleTier: number;
  /** How many typed terms the document matches, directly, by typo or through a synonym. */
  covered: number;
  bm25: number;
}

/** How a title relates to the whole query: equal (2), containing it (1), or neither (0). */
export function titleTier(query: string, doc: Pick<IndexedDoc, "titleZh" | "titleEn">): number {
  const q = normalizeText(query).replace(/\s+/g, " ").trim();
  if (q.length < 2) return 0;
  let tier = 0;
  for (const title of [doc.titleZh, doc.titleEn]) {
    const t = normalizeText(title).replace(/\s+/g, " ").trim();
    if (t === q) return 2;
    if (t.includes(q)) tier = 1;
  }
  return tier;
}

/** Combines per-term scores into one relevance per document. */
export function combineScores(
  query: AnalyzedQuery,
  terms: readonly TermScores[],
  expansions: readonly TermScores[],
): Map<string, Omit<Relevance, "titleTier">> {
  const ids = new Set<string>();
  for (const m of [...terms, ...expansions]) for (const id of m.keys()) ids.add(id);
  const out = new Map<string, Omit<Relevance, "titleTier">>();
  for (const id of ids) {
    let bm25 = 0;
    const covered = new Set<number>();
    terms.forEach((m, i) => {
      const s = m.get(id);
      if (s !== undefined) {
        bm25 += s;
        covered.add(i);
      }
    });
    expansions.forEach((m, j) => {
      const s = m.get(id);
      if (s === undefined) return;
      bm25 += EXPANSION_WEIGHT * s;
      for (const i of query.expansions[j]?.covers ?? []) covered.add(i);
    });
    out.set(id, { covered: covered.size, bm25 });
  }
  return out;
}

/** One number that orders like the Relevance fields compared in turn (title, coverage, BM25). */
export function relevanceScore(r: Relevance, maxBm25: number): number {
  const bm = maxBm25 > 0 ? r.bm25 / maxBm25 : 0;
  // covered is at most MAX_QUERY_TERMS (32), so each tier stays within its own band.
  return r.titleTier * 1000 + r.covered * 10 + bm * 9.99;
}

type Sortable = Pick<IndexedDoc, "id" | "publishedAt" | "trl" | "sortPrice" | "sortDeadline">;

// The final id tie-break makes the order total, so offset/limit pages have no gaps or duplicates.
/** Orders documents by relevance (then newest, then id) or by a key with missing values last, then relevance, then id. */
export function compareDocs(
  sort: SearchQuery["sort"],
  scoreOf: (id: string) => number,
): (a: Sortable, b: Sortable) => number {
  const byId = (a: Sortable, b: Sortable) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const byScore = (a: Sortable, b: Sortable) => scoreOf(b.id) - scoreOf(a.id);
  if (!sort || sort.by === "relevance") {
    return (a, b) => byScore(a, b) || b.publishedAt - a.publishedAt || byId(a, b);
  }
  const key = SORT_ATTRIBUTE[sort.by];
  const sign = sort.direction === "asc" ? 1 : -1;
  return (a, b) => {
    const x = a[key];
    const y = b[key];
    if (x === undefined || y === undefined) {
      if (x !== y) return x === undefined ? 1 : -1;
    } else if (x !== y) return sign * (x - y);
    return byScore(a, b) || byId(a, b);
  };
}
