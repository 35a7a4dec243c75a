import type { IndexedDoc } from "./indexed-document";
import { SORT_ATTRIBUTE } from "./indexed-document";
import type { SearchQuery } from "./search-index";
import { normalizeText } from "./text/normalize";

/** Weight of a typo match relative to an exact (or prefix) match of the same term. */
export const FUZZY_WEIGHT = 0.5;
/** Weight of a match through a synonym relative to a match of the typed term. */
export const EXPANSION_WEIGHT = 0.6;

/** How well a document matches a query, compared field by field (like Meilisearch's ranking rules). */
export interface Relevance {
  /** 2: a title equals the query; 1: a title contains it as a phrase; 0: neither. */
  titleTier: number;
  /** How many typed terms the document matches, directly, by typo or through a synonym. */
  covered: number;
  bm25: number;
}

/** A title or query as titles are compared: normalized, whitespace collapsed, trimmed. */
export function titleKey(text: string): string {
  return normalizeText(text).replace(/\s+/g, " ").trim();
}

/** One number that orders like the Relevance fields compared in turn (title, coverage, BM25). */
export function relevanceScore(r: Relevance, maxBm25: number): number {
  const bm = maxBm25 > 0 ? r.bm25 / maxBm25 : 0;
  // covered is at most MAX_QUERY_TERMS (32), so each tier stays within its own band.
  return r.titleTier * 1000 + r.covered * 10 + bm * 9.99;
}

/** The attributes documents are ordered by. */
export type Sortable = Pick<
  IndexedDoc,
  "id" | "publishedAt" | "trl" | "sortPrice" | "sortDeadline"
>;

// The final id tie-break makes the order total, so offset/limit pages have no gaps or duplicates.
/**
 * Orders documents by relevance (then newest, then id) or by a key with missing values last,
 * then relevance, then id. Items are whatever the engine holds (documents or its own ids);
 * `scoreOf` reads the relevance and `attributeOf` an attribute, so a tie on score costs the only
 * attribute read.
 */
export function compareDocs<T>(
  sort: SearchQuery["sort"],
  scoreOf: (item: T) => number,
  attributeOf: <A extends keyof Sortable>(item: T, attribute: A) => Sortable[A],
): (a: T, b: T) => number {
  const byId = (a: T, b: T) => {
    const x = attributeOf(a, "id");
    const y = attributeOf(b, "id");
    return x < y ? -1 : x > y ? 1 : 0;
  };
  const byScore = (a: T, b: T) => scoreOf(b) - scoreOf(a);
  if (!sort || sort.by === "relevance") {
    return (a, b) =>
      byScore(a, b) || attributeOf(b, "publishedAt") - attributeOf(a, "publishedAt") || byId(a, b);
  }
  const key = SORT_ATTRIBUTE[sort.by];
  const sign = sort.direction === "asc" ? 1 : -1;
  return (a, b) => {
    const x = attributeOf(a, key);
    const y = attributeOf(b, key);
    if (x === undefined || y === undefined) {
      if (x !== y) return x === undefined ? 1 : -1;
    } else if (x !== y) return sign * (x - y);
    return byScore(a, b) || byId(a, b);
  };
}

/** The first `k` items in `compare` order, without sorting all of them (a bounded heap). */
export function topK<T>(items: readonly T[], k: number, compare: (a: T, b: T) => number): T[] {
  if (k <= 0) return [];
  if (items.length <= Math.max(64, 4 * k)) return [...items].sort(compare).slice(0, k);
  // A max-heap of the best k so far: its root is the worst of them, replaced by anything better.
  const heap: T[] = [];
  const worse = (i: number, j: number) => compare(heap[i] as T, heap[j] as T) > 0;
  const swap = (i: number, j: number) => {
    const t = heap[i] as T;
    heap[i] = heap[j] as T;
    heap[j] = t;
  };
  for (const item of items) {
    if (heap.length < k) {
      heap.push(item);
      for (let i = heap.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!worse(i, parent)) break;
        swap(i, parent);
        i = parent;
      }
    } else if (compare(item, heap[0] as T) < 0) {
      heap[0] = item;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let top = i;
        if (l < k && worse(l, top)) top = l;
        if (r < k && worse(r, top)) top = r;
        if (top === i) break;
        swap(i, top);
        i = top;
      }
    }
  }
  return heap.sort(compare);
}
