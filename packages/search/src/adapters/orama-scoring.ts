import { index as oramaIndex } from "@orama/orama/components";
import type { radix } from "@orama/orama/trees";

// Term lookup and BM25 over Orama's own index (its radix trees and statistics), without going
// through Orama's search(). At 100,000 documents that path spends its time outside scoring:
// RadixNode.findAllWords de-duplicates each word's postings with Array.includes (quadratic in
// the number of documents holding a common word), every hit gets a per-document Map for
// keyword counting and the whole result list is sorted and materialised with its documents.
// Here each matching word hands over its posting Set as stored and is scored with Orama's BM25
// parameters and statistics (same tree walk), so exact and prefix scores are Orama's up to
// rounding.

/** Orama's index store (radix trees per string property plus the BM25 statistics). */
export type OramaIndexStore = oramaIndex.Index;
type Node = radix.RadixNode;

// Orama's default BM25 parameters (components/algorithms.js, methods/search-fulltext.js).
const K = 1.2;
const B = 0.75;
const D = 0.5;

/**
 * BM25 with Orama's parameters, its per-word parts computed once: scoring a common word runs
 * over tens of thousands of postings, where a logarithm per posting was a visible share.
 */
function bm25Of(matching: number, docsCount: number, avgFieldLength: number) {
  const idf = Math.log(1 + (docsCount - matching + 0.5) / (matching + 0.5));
  const lengthWeight = avgFieldLength > 0 ? (K * B) / avgFieldLength : 0;
  const base = K * (1 - B);
  return (tf: number, fieldLength: number) =>
    (idf * (D + tf * (K + 1))) / (tf + base + lengthWeight * fieldLength);
}

/** Receives one word of the index with the documents holding it (Orama's own Set: read, never modify). */
export type WordVisitor = (word: string, docs: ReadonlySet<number>) => void;

// Depth-first with an explicit stack, children in insertion order popped last-first: the order
// Orama's findAllWords visits words.
function visitSubtree(start: Node, visit: WordVisitor): void {
  const stack: Node[] = [start];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.e) visit(node.w, node.d);
    if (node.c.size > 0) stack.push(...node.c.values());
  }
}

/** Visits every word of a radix tree that starts with `term`, as Orama's non-exact find does. */
export function prefixWords(tree: Node, term: string, visit: WordVisitor): void {
  let node = tree;
  let i = 0;
  while (i < term.length) {
    const child = node.c.get(term.charAt(i));
    if (!child) return;
    const label = child.s;
    let j = 0;
    while (j < label.length && i + j < term.length && label[j] === term[i + j]) j++;
    if (j === label.length) {
      node = child;
      i += j;
    } else if (i + j === term.length) {
      // The term ends inside this edge: every word below it starts with the term.
      node = child;
      break;
    } else return;
  }
  visitSubtree(node, visit);
}

/** The node of a radix tree holding exactly `word`, if the word is in the tree. */
export function findWord(tree: Node, word: string): Node | undefined {
  let node = tree;
  let i = 0;
  while (i < word.length) {
    const child = node.c.get(word.charAt(i));
    if (!child || !word.startsWith(child.s, i)) return undefined;
    node = child;
    i += child.s.length;
  }
  return node.e ? node : undefined;
}

/**
 * Visits every word of a radix tree that begins with a string at most `tolerance` edits
 * (insertions, deletions, substitutions) from `term`: words within the tolerance and their
 * longer forms. One Levenshtein row per character along each path, pruned as soon as every
 * alignment is over budget, so only a thin slice of the vocabulary is touched.
 */
export function fuzzyWords(tree: Node, term: string, tolerance: number, visit: WordVisitor) {
  const m = term.length;
  if (m <= tolerance) {
    visitSubtree(tree, visit);
    return;
  }
  const width = m + 1;
  const codes = Int32Array.from(term, (c) => c.charCodeAt(0));
  // rows[d * width + j]: edits between the path's first d characters and the term's first j.
  let rows = new Int32Array(width * 32);
  for (let j = 0; j <= m; j++) rows[j] = j;
  const walk = (node: Node, depth: number): void => {
    const label = node.s;
    let d = depth;
    for (let k = 0; k < label.length; k++) {
      d++;
      if ((d + 1) * width > rows.length) {
        const bigger = new Int32Array(rows.length * 2);
        bigger.set(rows);
        rows = bigger;
      }
      const ch = label.charCodeAt(k);
      const prev = (d - 1) * width;
      const cur = d * width;
      rows[cur] = d;
      let best = d;
      for (let j = 1; j <= m; j++) {
        const v = Math.min(
          (rows[prev + j] as number) + 1,
          (rows[cur + j - 1] as number) + 1,
          (rows[prev + j - 1] as number) + (codes[j - 1] === ch ? 0 : 1),
        );
        rows[cur + j] = v;
        if (v < best) best = v;
      }
      if ((rows[cur + m] as number) <= tolerance) {
        visitSubtree(node, visit);
        return;
      }
      if (best > tolerance) return;
    }
    for (const child of node.c.values()) walk(child, d);
  };
  for (const child of tree.c.values()) walk(child, 0);
}

/**
 * Scores per document in flat arrays indexed by Orama's internal id, with the list of ids
 * touched so far. Queries over 100,000 documents add up hundreds of thousands of postings, and a
 * Map entry per document cost more than the scoring itself.
 */
export class Accumulator {
  score: Float64Array;
  ids: number[] = [];
  private seen: Uint8Array;

  constructor(size: number) {
    this.score = new Float64Array(size);
    this.seen = new Uint8Array(size);
  }

  /** Makes room for internal ids below `size` (documents added since), forgetting nothing. */
  ensure(size: number): void {
    if (size <= this.score.length) return;
    const score = new Float64Array(Math.max(size, this.score.length * 2));
    score.set(this.score);
    const seen = new Uint8Array(score.length);
    seen.set(this.seen);
    this.score = score;
    this.seen = seen;
  }

  add(id: number, s: number): void {
    if (this.seen[id]) this.score[id] = (this.score[id] as number) + s;
    else {
      this.seen[id] = 1;
      this.score[id] = s;
      this.ids.push(id);
    }
  }

  has(id: number): boolean {
    return this.seen[id] === 1;
  }

  get(id: number): number {
    return this.score[id] as number;
  }

  /** Clears the touched entries only, so reuse costs what the last query touched. */
  reset(): void {
    for (const id of this.ids) {
      this.seen[id] = 0;
      this.score[id] = 0;
    }
    this.ids = [];
  }
}

/** What scoring needs besides the index: property boosts, the corpus size and which documents may count. */
export interface ScoreContext {
  index: OramaIndexStore;
  boost: Readonly<Record<string, number>>;
  docsCount: number;
  /** Per internal id: 1 allowed, 2 filtered out, 0 not checked yet (then `check` decides and records). */
  allowed: Uint8Array;
  check: (internalId: number) => number;
  /** Flat copies of frequent words' postings, when the engine keeps them. */
  postings?: PostingCache;
  /** When set, only documents already in it are scored (the candidates of a query's rarer terms). */
  gate?: Accumulator;
  /** When set, receives per property every word scored. */
  matched?: MatchedWords;
}

/** Per property, the words a query matched there. */
export type MatchedWords = Map<string, Set<string>>;

/** One word's postings in one property: documents and their occurrence counts, in Orama's order. */
interface PostingList {
  ids: Int32Array;
  counts: Uint32Array;
  length: number;
}

// Postings shorter than this are scored straight from Orama's index: caching them saves little.
const CACHED_POSTINGS_MIN = 256;

/**
 * Orama's postings of frequent words as flat arrays. Scoring a posting in Orama's layout reads a
 * per-document frequency object scattered across the heap; over the tens of thousands of
 * postings of a common word that dominated query time at 100,000 documents. Only each
 * document's occurrence count is kept (over the field length, read from Orama, it is Orama's
 * term frequency to the bit) and corpus statistics are read at query time, so scores stay
 * Orama's. Entries are made when a word's postings reach CACHED_POSTINGS_MIN (or on
 * first use after eviction) and kept in step with every write by the index component below, in
 * the order Orama's posting sets keep; the least recently used go when the cache holds `limit`
 * postings (8 bytes each).
 */
export class PostingCache {
  private readonly entries = new Map<string, PostingList>();
  private held = 0;

  constructor(private readonly limit = 20_000_000) {}

  private static key(prop: string, word: string): string {
    return `${prop}\u0000${word}`;
  }

  private build(index: OramaIndexStore, prop: string, word: string, docs: ReadonlySet<number>) {
    const n = docs.size;
    const list: PostingList = { ids: new Int32Array(n), counts: new Uint32Array(n), length: n };
    const frequencies = index.frequencies[prop];
    const lengths = index.fieldLengths[prop];
    let i = 0;
    for (const id of docs) {
      list.ids[i] = id;
      list.counts[i] = Math.round((frequencies?.[id]?.[word] ?? 0) * (lengths?.[id] ?? 0));
      i++;
    }
    this.entries.set(PostingCache.key(prop, word), list);
    this.held += n;
    for (const [k, old] of this.entries) {
      if (this.held <= this.limit) break;
      this.entries.delete(k);
      this.held -= old.length;
    }
    return list;
  }

  /** The postings of a word in a property, from the cache or built from Orama's index. */
  get(index: OramaIndexStore, prop: string, word: string, docs: ReadonlySet<number>): PostingList {
    const key = PostingCache.key(prop, word);
    const list = this.entries.get(key);
    if (!list) return this.build(index, prop, word, docs);
    this.entries.delete(key);
    this.entries.set(key, list);
    return list;
  }

  /**
   * Mirrors Orama adding a document to a word's posting set (at its end, unless already there).
   * A word whose set reaches CACHED_POSTINGS_MIN gets its entry here, so no search pays for
   * building it.
   */
  added(
    index: OramaIndexStore,
    prop: string,
    word: string,
    id: number,
    count: number,
    docs: ReadonlySet<number>,
  ): void {
    const list = this.entries.get(PostingCache.key(prop, word));
    if (!list) {
      // Only on reaching the size: a word evicted from a full cache is rebuilt by the next
      // search that needs it, not by every insert of a rebuild (which would be quadratic).
      if (docs.size === CACHED_POSTINGS_MIN) this.build(index, prop, word, docs);
      return;
    }
    // The list mirrors Orama's set, which has just taken the document: equal sizes mean the
    // document was there already.
    if (list.length >= docs.size) return;
    if (list.length === list.ids.length) {
      const size = Math.max(16, list.length * 2);
      const ids = new Int32Array(size);
      ids.set(list.ids);
      const counts = new Uint32Array(size);
      counts.set(list.counts);
      list.ids = ids;
      list.counts = counts;
    }
    list.ids[list.length] = id;
    list.counts[list.length] = count;
    list.length++;
    this.held++;
  }

  /** Mirrors Orama removing a document from a word's posting set. */
  removed(prop: string, word: string, id: number): void {
    const list = this.entries.get(PostingCache.key(prop, word));
    if (!list) return;
    for (let i = 0; i < list.length; i++) {
      if (list.ids[i] !== id) continue;
      list.ids.copyWithin(i, i + 1, list.length);
      list.counts.copyWithin(i, i + 1, list.length);
      list.length--;
      this.held--;
      return;
    }
  }
}

// Checking a candidate against a word's posting set (a Set lookup, then the word in the
// document's frequency object, both scattered over a heap of gigabytes) costs about as much as
// this many sequential reads of flat postings: at 100,000 documents the slowest whole-title
// queries spent half their time in 18,000 such lookups (~1 µs each) that a scan does in 0.2 ms.
const LOOKUP_COST = 128;

function wordScorer(ctx: ScoreContext, prop: string, word: string) {
  const { index, docsCount } = ctx;
  const occurrences = index.tokenOccurrences[prop]?.[word];
  const matching = typeof occurrences === "number" ? occurrences : 0;
  return bm25Of(matching, docsCount, index.avgFieldLength[prop] ?? 0);
}

/**
 * How many postings a prefix term reaches in the given properties (documents counted once per
 * property and word), read from the trees without touching a posting.
 */
export function prefixPostings(ctx: ScoreContext, props: readonly string[], term: string): number {
  let n = 0;
  for (const prop of props) {
    const tree = ctx.index.indexes[prop];
    if (tree?.type !== "Radix") continue;
    prefixWords(tree.node, term, (_word, docs) => {
      n += docs.size;
    });
  }
  return n;
}

/**
 * Adds the BM25 score of one word in one property, boosted, for every allowed document holding
 * it (only the gate's candidates when the context has a gate).
 */
export function scoreWord(
  ctx: ScoreContext,
  prop: string,
  word: string,
  docs: ReadonlySet<number>,
  into: Accumulator,
): void {
  const { index, allowed, gate, matched } = ctx;
  if (matched) {
    const words = matched.get(prop);
    if (words) words.add(word);
    else matched.set(prop, new Set([word]));
  }
  const boost = ctx.boost[prop] ?? 1;
  const score = wordScorer(ctx, prop, word);
  if (gate && gate.ids.length * LOOKUP_COST < docs.size) {
    // Few candidates, a long posting list: look the word up in each candidate instead.
    const frequencies = index.frequencies[prop];
    const lengths = index.fieldLengths[prop];
    for (const id of gate.ids) {
      if (!docs.has(id)) continue;
      const tf = frequencies?.[id]?.[word] ?? 0;
      into.add(id, score(tf, lengths?.[id] ?? 0) * boost);
    }
    return;
  }
  if (ctx.postings && docs.size >= CACHED_POSTINGS_MIN) {
    const { ids, counts, length: n } = ctx.postings.get(index, prop, word, docs);
    const lengths = index.fieldLengths[prop];
    for (let i = 0; i < n; i++) {
      const id = ids[i] as number;
      if (gate && !gate.has(id)) continue;
      const a = allowed[id] || ctx.check(id);
      if (a !== 1) continue;
      const length = lengths?.[id] ?? 0;
      // Orama stores occurrences / length (0 for an empty field); the same division here.
      const tf = length > 0 ? (counts[i] as number) / length : 0;
      into.add(id, score(tf, length) * boost);
    }
    return;
  }
  const frequencies = index.frequencies[prop];
  const lengths = index.fieldLengths[prop];
  for (const id of docs) {
    if (gate && !gate.has(id)) continue;
    const a = allowed[id] || ctx.check(id);
    if (a !== 1) continue;
    const tf = frequencies?.[id]?.[word] ?? 0;
    into.add(id, score(tf, lengths?.[id] ?? 0) * boost);
  }
}

/**
 * BM25 of a query string over the given properties: each space-separated token matched as a
 * prefix, scores summed per document, in Orama's order (property, token, word, document).
 */
export function scoreTokens(
  ctx: ScoreContext,
  props: readonly string[],
  text: string,
  into: Accumulator,
): Accumulator {
  const tokens = text.split(" ").filter(Boolean);
  for (const prop of props) {
    const tree = ctx.index.indexes[prop];
    if (tree?.type !== "Radix") continue;
    for (const token of tokens) {
      prefixWords(tree.node, token, (word, docs) => scoreWord(ctx, prop, word, docs, into));
    }
  }
  return into;
}

// Orama's Radix insert counts each token's occurrences by scanning the field's whole token list
// once per token (quadratic in the field length) and walks the radix tree once per occurrence;
// long summaries made that most of the indexing time. This insert counts once per field and
// touches the tree once per distinct token, storing the same frequencies, occurrence counts and
// postings as Orama's; insert and remove also keep the posting cache in step.
/** Orama's default index component with a linear-time insert for string properties. */
export function createIndexComponent(
  postings: PostingCache,
): ReturnType<typeof oramaIndex.createIndex> {
  const base = oramaIndex.createIndex();
  return {
    ...base,
    insert(
      implementation,
      index,
      prop,
      id,
      internalId,
      value,
      type,
      language,
      tokenizer,
      docsCount,
      options,
    ) {
      const tree = index.indexes[prop];
      if (tree?.type !== "Radix") {
        base.insert(
          implementation,
          index,
          prop,
          id,
          internalId,
          value,
          type,
          language,
          tokenizer,
          docsCount,
          options,
        );
        return;
      }
      // A string[] property inserts each element like a field of its own, as Orama does: the
      // frequencies of the last element are the ones kept, the postings are all elements'.
      const inserted = new Set<string>();
      let last = new Map<string, number>();
      for (const v of Array.isArray(value) ? value : [value]) {
        const tokens = tokenizer.tokenize(v as string, language, prop, false) as string[];
        implementation.insertDocumentScoreParameters(index, prop, internalId, tokens, docsCount);
        const counts = new Map<string, number>();
        for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
        const perDoc = index.frequencies[prop]?.[internalId];
        const occurrences = index.tokenOccurrences[prop];
        for (const [token, n] of counts) {
          if (perDoc) perDoc[token] = n / tokens.length;
          if (occurrences) occurrences[token] = (occurrences[token] ?? 0) + n;
          tree.node.insert(token, internalId);
          inserted.add(token);
        }
        last = counts;
      }
      for (const token of inserted) {
        const docs = findWord(tree.node, token)?.d;
        if (docs) postings.added(index, prop, token, internalId, last.get(token) ?? 0, docs);
      }
    },
    remove(
      implementation,
      index,
      prop,
      id,
      internalId,
      value,
      type,
      language,
      tokenizer,
      docsCount,
    ) {
      const tree = index.indexes[prop];
      if (tree?.type !== "Radix")
        return base.remove(
          implementation,
          index,
          prop,
          id,
          internalId,
          value,
          type,
          language,
          tokenizer,
          docsCount,
        );
      // Orama's remove for string properties, plus the posting cache.
      for (const v of Array.isArray(value) ? value : [value]) {
        const tokens = tokenizer.tokenize(v as string, language, prop) as string[];
        implementation.removeDocumentScoreParameters(index, prop, id, docsCount);
        for (const token of tokens) {
          implementation.removeTokenScoreParameters(index, prop, token);
          tree.node.removeDocumentByWord(token, internalId);
        }
        for (const token of new Set(tokens)) postings.removed(prop, token, internalId);
      }
      return true;
    },
  };
}
