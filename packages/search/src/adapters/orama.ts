import { count, create, insert, type Orama, remove, type Tokenizer } from "@orama/orama";
import { internalDocumentIDStore } from "@orama/orama/components";
import { radix } from "@orama/orama/trees";
import { type DocOf, INDEX_NAMES, type IndexName } from "../documents";
import { highlightText, pickTitle } from "../highlight";
import {
  HIGHLIGHT_ATTRIBUTES,
  type IndexedDoc,
  SUGGEST_ATTRIBUTES,
  toIndexedDoc,
} from "../indexed-document";
import {
  compareDocs,
  EXPANSION_WEIGHT,
  FUZZY_WEIGHT,
  relevanceScore,
  type Sortable,
  titleKey,
  topK,
} from "../ranking";
import { assertValidQuery } from "../search-filter";
import {
  DEFAULT_QUERY_TERMS,
  type Highlight,
  type SearchFilter,
  type SearchIndex,
  type SearchQuery,
  type SearchResult,
  type Suggestion,
} from "../search-index";
import type { Analyzer } from "../text/analyze";
import { getAnalyzer } from "../text/analyze";
import type { SegmenterName } from "../text/chinese";
import { type AnalyzedQuery, analyzeQuery, type QueryTerm } from "../text/query";
import { typoMatch } from "../text/typos";
import { type ColumnFilter, DocColumns, titleQuery } from "./doc-columns";
import {
  Accumulator,
  createIndexComponent,
  findWord,
  fuzzyWords,
  type MatchedWords,
  PostingCache,
  prefixPostings,
  type ScoreContext,
  scoreTokens,
  scoreWord,
} from "./orama-scoring";

// Orama indexes the full-text attributes only. Filters, facets and sorting read the structured
// attributes from flat columns (doc-columns.ts) over the text matches of a query: in Orama
// 3.1 a where clause or facet materialises and copies id sets of the whole corpus for every
// condition (~100–400 ms at 100,000 documents for the visibility rule alone), while the same
// filter over a query's candidates costs what the candidates cost.
const SCHEMA = {
  titleZh: "string",
  titleEn: "string",
  summaryZh: "string",
  summaryEn: "string",
  keywords: "string[]",
  indicators: "string",
  orgNameZh: "string",
  orgNameEn: "string",
} as const;

/** Full-text properties in the order Orama scores them (schema order). */
const TEXT_PROPS = Object.keys(SCHEMA) as (keyof typeof SCHEMA)[];
const SUGGEST_PROPS = TEXT_PROPS.filter((p) =>
  (SUGGEST_ATTRIBUTES as readonly string[]).includes(p),
);

type Db = Orama<typeof SCHEMA>;

// Two edits cover one typo or one swap; a wider search only costs time (it grows quickly with
// the tolerance) for matches the check on written words would mostly reject.
const FUZZY_SEARCH_TOLERANCE = 2;
const BOOST: Record<string, number> = { titleZh: 3, titleEn: 3, keywords: 2 };
const CROPPED = new Set<string>(["summaryZh", "summaryEn", "indicators"]);
const CROP_LENGTH = 120;
// Analysed queries are reused: the same searches come back (pagination, facets, popular terms).
const QUERY_CACHE_SIZE = 1_000;

/**
 * Every written (normalized, unstemmed) non-Chinese word of the index with the index term it
 * stands for, and the words in one radix tree, so a typo is looked up once rather than in each
 * property's tree. Typos are searched among written words, not stems: a stem is shorter than
 * what was typed ("cutting" → "cut"), and two edits from a three-letter stem reach most of the
 * vocabulary. Words are never dropped: one whose documents are all gone finds nothing.
 */
interface Vocabulary {
  termOf: Map<string, string>;
  tree: radix.RadixTree;
}

/**
 * Orama calls the tokenizer with a property name when indexing and without one for the search
 * term. Documents go through the analyzer here (recording the written forms of English terms);
 * query terms arrive already analysed by the same analyzer and are passed through unchanged.
 */
function bilingualTokenizer(analyzer: Analyzer, vocabulary: Vocabulary): Tokenizer {
  const record = (term: string, word: string) => {
    if (vocabulary.termOf.has(word)) return;
    vocabulary.termOf.set(word, term);
    vocabulary.tree.insert(word, 0);
  };
  return {
    language: "bilingual",
    normalizationCache: new Map(),
    tokenize: (raw, _language, prop) =>
      prop === undefined ? raw.split(" ").filter(Boolean) : analyzer.indexTerms(raw, record),
  };
}

function bitCount(mask: number): number {
  let n = 0;
  for (let m = mask; m !== 0; m = (m & (m - 1)) >>> 0) n++;
  return n;
}

const exactTerm = (term: string): QueryTerm => ({
  term,
  raw: term,
  han: /\p{Script=Han}/u.test(term),
  tolerance: 0,
});

/** Options of the embedded engine. */
export interface OramaSearchIndexOptions {
  /** Chinese segmenter; the measured default when absent. */
  segmenter?: SegmenterName;
  /**
   * A query term reaching more postings than this (and than COMMON_SHARE of the corpus) only
   * adds to the score of documents its rarer co-terms find; see scoreQuery.
   */
  commonTermPostings?: number;
}

const COMMON_TERM_POSTINGS = 5_000;
const COMMON_SHARE = 0.05;

/** The embedded, in-process search engine (Orama) with bilingual analysis; rebuilt from the database at start-up. */
export function createOramaSearchIndex(opts: OramaSearchIndexOptions = {}): SearchIndex {
  const analyzer = getAnalyzer(opts.segmenter);
  const commonPostings = opts.commonTermPostings ?? COMMON_TERM_POSTINGS;
  const makeState = () => {
    const vocabulary: Vocabulary = { termOf: new Map(), tree: new radix.RadixTree() };
    const postings = new PostingCache();
    const db: Db = create({
      schema: SCHEMA,
      // Orama's own sorter would keep every string property sorted on insert; sorting is done
      // on the matches instead, by the port's total order.
      sort: { enabled: false },
      components: {
        tokenizer: bilingualTokenizer(analyzer, vocabulary),
        index: createIndexComponent(postings),
      },
    });
    return {
      db,
      versions: new Map<string, number>(),
      vocabulary,
      postings,
      columns: new DocColumns(),
    };
  };
  type State = ReturnType<typeof makeState>;
  const state: Record<IndexName, State> = {
    achievements: makeState(),
    demands: makeState(),
  };

  const queries = new Map<string, AnalyzedQuery>();
  function analyzed(q: string, maxTerms = DEFAULT_QUERY_TERMS): AnalyzedQuery {
    const key = `${maxTerms}\u0000${q}`;
    let aq = queries.get(key);
    if (aq) {
      // Refresh its place so the cache drops the least recently used query first.
      queries.delete(key);
    } else {
      aq = analyzeQuery(analyzer, q, maxTerms);
      if (queries.size >= QUERY_CACHE_SIZE) queries.delete(queries.keys().next().value as string);
    }
    queries.set(key, aq);
    return aq;
  }

  const docOf = (st: State, internalId: number) =>
    st.db.documentsStore.get(st.db.data.docs, internalId) as IndexedDoc | undefined;

  /**
   * Working memory of a search, indexed by Orama's internal ids and reused across searches (a
   * search runs start to end without awaiting, so one set per index is enough): which documents
   * pass the filter, one term's scores, its typo scores, and the query's totals.
   */
  const scratch = new Map<
    State,
    {
      allowed: Uint8Array;
      term: Accumulator;
      fuzzy: Accumulator;
      total: Accumulator;
      covered: Uint32Array;
      relevance: Float64Array;
    }
  >();
  function scratchOf(st: State) {
    const size = st.db.internalDocumentIDStore.internalIdToId.length + 1;
    let sc = scratch.get(st);
    if (!sc || sc.allowed.length < size) {
      const cap = Math.max(size, 2 * (sc?.allowed.length ?? 0), 1024);
      sc = {
        allowed: new Uint8Array(cap),
        term: new Accumulator(cap),
        fuzzy: new Accumulator(cap),
        total: new Accumulator(cap),
        covered: new Uint32Array(cap),
        relevance: new Float64Array(cap),
      };
      scratch.set(st, sc);
    }
    sc.allowed.fill(0, 0, size);
    return sc;
  }

  /** Scoring context restricted to documents passing the filter, each checked once per search. */
  function scoreContext(
    st: State,
    allowed: Uint8Array,
    pass: ColumnFilter,
    matched?: MatchedWords,
  ): ScoreContext {
    return {
      matched,
      index: st.db.data.index,
      boost: BOOST,
      docsCount: count(st.db),
      allowed,
      postings: st.postings,
      check: (id) => {
        const v = pass(id) ? 1 : 2;
        allowed[id] = v;
        return v;
      },
    };
  }

  const internalId = (st: State, id: string) =>
    internalDocumentIDStore.getInternalDocumentId(st.db.internalDocumentIDStore, id);

  /** Reads a sort attribute of a document by internal id, from the columns. */
  function sortValue(st: State) {
    const c = st.columns;
    const ids = st.db.internalDocumentIDStore.internalIdToId;
    const num = (a: Float64Array, id: number) => {
      const v = a[id] as number;
      return Number.isNaN(v) ? undefined : v;
    };
    return <A extends keyof Sortable>(id: number, attribute: A): Sortable[A] => {
      const v =
        attribute === "id"
          ? ids[id - 1]
          : attribute === "publishedAt"
            ? c.publishedAt[id]
            : attribute === "trl"
              ? c.trl[id]
              : attribute === "sortPrice"
                ? num(c.sortPrice, id)
                : num(c.sortDeadline, id);
      return v as Sortable[A];
    };
  }

  /**
   * Scores of one typed term into `into`: its prefix matches, plus typo matches at FUZZY_WEIGHT
   * where the exact term did not match. Typo candidates are written words that begin within two
   * edits of the typed word; a word's index term counts when the word is within the typed word's
   * typo budget (checked on written words, because stems bring unrelated words closer: "grafen"
   * is two edits from "green" as well).
   */
  function termScores(
    ctx: ScoreContext,
    st: State,
    t: QueryTerm,
    into: Accumulator,
    fuzzy: Accumulator,
  ) {
    scoreTokens(ctx, TEXT_PROPS, t.term, into);
    if (t.tolerance === 0) return;
    const typos = new Set<string>();
    fuzzyWords(st.vocabulary.tree, t.raw, FUZZY_SEARCH_TOLERANCE, (word) => {
      const term = st.vocabulary.termOf.get(word);
      if (term !== undefined && !typos.has(term) && typoMatch(t.raw, word, t.tolerance)) {
        typos.add(term);
      }
    });
    for (const prop of TEXT_PROPS) {
      const tree = ctx.index.indexes[prop];
      if (tree?.type !== "Radix") continue;
      for (const word of typos) {
        const node = findWord(tree.node, word);
        if (node) scoreWord(ctx, prop, word, node.d, fuzzy);
      }
    }
    for (const id of fuzzy.ids) if (!into.has(id)) into.add(id, fuzzy.get(id) * FUZZY_WEIGHT);
    fuzzy.reset();
  }

  /**
   * The documents matching a text query with their relevance: a title equal to / containing the
   * query, then how many typed terms are covered, then BM25 (typed terms in full, typo matches
   * at FUZZY_WEIGHT, synonym expansions at EXPANSION_WEIGHT).
   *
   * A document matches when it holds a rare term of the query (directly, by typo or through a
   * synonym). Common terms, reaching more postings than `commonPostings`, are stop words in
   * effect: they add to the score of documents found by rarer terms but bring in none of their
   * own, and are not searched for typos (a word that common is spelt right). Over 100,000 documents a title such as "…的优化设计"
   * otherwise scored most of the corpus for "优化" and "设计". When every term is common, or
   * the rare ones match nothing, all terms find documents.
   */
  function scoreQuery(
    st: State,
    sc: NonNullable<ReturnType<typeof scratch.get>>,
    ctx: ScoreContext,
    q: string,
    aq: AnalyzedQuery,
  ): number[] {
    const { term, fuzzy, total, covered, relevance } = sc;
    const merge = (weight: number, bits: number) => {
      for (const id of term.ids) {
        if (!total.has(id)) covered[id] = 0;
        total.add(id, weight === 1 ? term.get(id) : weight * term.get(id));
        covered[id] = ((covered[id] as number) | bits) >>> 0;
      }
      term.reset();
    };
    const units = [
      ...aq.terms.map((t, i) => ({ text: t.term, typed: t, weight: 1, bits: (1 << i) >>> 0 })),
      ...aq.expansions.map((e) => ({
        text: e.terms.join(" "),
        typed: undefined,
        weight: EXPANSION_WEIGHT,
        bits: e.covers.reduce((m, i) => (m | (1 << i)) >>> 0, 0),
      })),
    ];
    const limit = Math.max(commonPostings, ctx.docsCount * COMMON_SHARE);
    const reach = (text: string) =>
      text.split(" ").reduce((n, token) => n + prefixPostings(ctx, TEXT_PROPS, token), 0);
    const common = units.map((u) => reach(u.text) > limit);
    units.forEach((u, i) => {
      if (common[i]) return;
      if (u.typed) termScores(ctx, st, u.typed, term, fuzzy);
      else scoreTokens(ctx, TEXT_PROPS, u.text, term);
      merge(u.weight, u.bits);
    });
    const commonCtx = total.ids.length > 0 ? { ...ctx, gate: total } : ctx;
    units.forEach((u, i) => {
      if (!common[i]) return;
      scoreTokens(commonCtx, TEXT_PROPS, u.text, term);
      merge(u.weight, u.bits);
    });
    const ids = total.ids;
    let maxBm25 = 0;
    for (const id of ids) if (total.get(id) > maxBm25) maxBm25 = total.get(id);
    const query = titleQuery(titleKey(q));
    for (const id of ids) {
      relevance[id] = relevanceScore(
        {
          titleTier: st.columns.titleTier(id, query),
          covered: bitCount(covered[id] as number),
          bm25: total.get(id),
        },
        maxBm25,
      );
    }
    total.reset();
    return ids;
  }

  /**
   * Whether a document holds one of the words a query matched in a field: its own words (a few
   * dozen, from Orama's per-document frequencies) looked up among them. Asking each matched
   * word's posting set instead cost up to 10 ms a page for long queries, which match hundreds
   * of words.
   */
  function matchedIn(st: State, matched: MatchedWords, id: number, field: string): boolean {
    const words = matched.get(field);
    if (!words) return false;
    // Orama keeps the frequencies of a string[] property's last element only; keywords are
    // short enough to be analysed whenever the query matched some keyword.
    if (field === "keywords") return true;
    const own = st.db.data.index.frequencies[field]?.[id];
    if (!own) return false;
    for (const word in own) if (words.has(word)) return true;
    return false;
  }

  /** Snippets of the fields the document matched in (analysing the others found nothing to mark). */
  function highlightsOf(
    doc: IndexedDoc,
    terms: readonly QueryTerm[],
    memo: Map<string, boolean>,
    matchedIn: (field: string) => boolean,
  ): Highlight[] {
    const out: Highlight[] = [];
    for (const field of HIGHLIGHT_ATTRIBUTES) {
      if (!matchedIn(field)) continue;
      const value = doc[field];
      const text = Array.isArray(value) ? value.join(", ") : value;
      const snippet = highlightText(analyzer, text, terms, {
        crop: CROPPED.has(field) ? CROP_LENGTH : undefined,
        memo,
      });
      if (snippet) out.push({ field, snippet });
    }
    return out;
  }

  /**
   * Title suggestions of one index: every typed word must match within one title or the
   * keywords. Scores and which words matched in which property are kept in the search's flat
   * arrays: a short prefix ("se", "石") reaches tens of thousands of documents at 100,000, where
   * a Map per word and property cost more than the scoring.
   */
  function suggestIn(st: State, filter: SearchFilter, tokens: readonly string[], limit: number) {
    const pass = st.columns.compile(filter);
    if (!pass) return [];
    const sc = scratchOf(st);
    const ctx = scoreContext(st, sc.allowed, pass);
    const { term, total, covered } = sc;
    // One bit per (property, word): tokens are at most DEFAULT_QUERY_TERMS, so three properties fit in 32 bits.
    const n = tokens.length;
    const all = (1 << n) - 1;
    SUGGEST_PROPS.forEach((prop, p) => {
      tokens.forEach((token, i) => {
        scoreTokens(ctx, [prop], token, term);
        const bit = 1 << (p * n + i);
        for (const id of term.ids) {
          if (!total.has(id)) covered[id] = 0;
          total.add(id, term.get(id));
          covered[id] = ((covered[id] as number) | bit) >>> 0;
        }
        term.reset();
      });
    });
    const complete = total.ids.filter((id) =>
      SUGGEST_PROPS.some((_prop, p) => (((covered[id] as number) >>> (p * n)) & all) === all),
    );
    const found = topK(complete, limit, (a, b) => total.get(b) - total.get(a)).map((id) => ({
      doc: docOf(st, id) as IndexedDoc,
      score: total.get(id),
    }));
    total.reset();
    return found;
  }

  return {
    async ensureIndexes() {
      // Schemas are declared in code and the indexes exist from construction.
    },

    async upsert<I extends IndexName>(index: I, docs: readonly DocOf[I][]) {
      const st = state[index];
      const { db, versions } = st;
      for (const doc of docs) {
        const stored = versions.get(doc.id);
        if (stored !== undefined && doc.version < stored) continue;
        if (stored !== undefined) await remove(db, doc.id);
        const indexed = toIndexedDoc(index, doc);
        await insert(db, indexed as never);
        st.columns.set(internalId(st, doc.id), indexed, [
          titleKey(indexed.titleZh),
          titleKey(indexed.titleEn),
        ]);
        versions.set(doc.id, doc.version);
      }
    },

    async delete(index, ids) {
      const st = state[index];
      for (const id of ids) {
        if (!st.versions.has(id)) continue;
        await remove(st.db, id);
        st.columns.delete(internalId(st, id));
        st.versions.delete(id);
      }
    },

    async search(index, query: SearchQuery): Promise<SearchResult> {
      assertValidQuery(query);
      const started = performance.now();
      const st = state[index];
      const pass = st.columns.compile(query.filter);
      const aq = analyzed(query.q, query.maxTerms);
      const textQuery = aq.terms.length > 0;
      const matched: MatchedWords = new Map();
      const sc = scratchOf(st);
      const last = st.db.internalDocumentIDStore.internalIdToId.length;
      const ids = !pass
        ? []
        : textQuery
          ? scoreQuery(st, sc, scoreContext(st, sc.allowed, pass, matched), query.q, aq)
          : st.columns.scan(pass, last);
      const { relevance } = sc;
      const compare = compareDocs<number>(
        query.sort,
        textQuery ? (id) => relevance[id] as number : () => 0,
        sortValue(st),
      );
      const page = topK(ids, query.offset + query.limit, compare).slice(query.offset);
      const terms = [...aq.terms, ...aq.expansions.flatMap((e) => e.terms.map(exactTerm))];
      const memo = new Map<string, boolean>();
      return {
        // Highlighting only for the returned page.
        hits: page.map((id) => {
          const doc = docOf(st, id) as IndexedDoc;
          return {
            id: doc.id,
            score: textQuery ? (relevance[id] as number) : 0,
            highlights:
              query.highlight && textQuery
                ? highlightsOf(doc, terms, memo, (field) => matchedIn(st, matched, id, field))
                : [],
          };
        }),
        estimatedTotal: ids.length,
        facets: st.columns.facets(ids, query.facets ?? []),
        tookMs: performance.now() - started,
      };
    },

    async suggest(prefix, opts) {
      const limit = opts.limit ?? 8;
      const tokens = analyzer.tokens(prefix).slice(0, DEFAULT_QUERY_TERMS);
      if (tokens.length === 0) return [];
      const terms = tokens.map((t) => exactTerm(t.term));
      const found: (Suggestion & { score: number })[] = [];
      for (const index of INDEX_NAMES) {
        const filter = opts.filters[index];
        if (!filter) continue;
        for (const { doc, score } of suggestIn(
          state[index],
          filter,
          terms.map((t) => t.term),
          limit,
        )) {
          const pick = pickTitle(doc, opts.locale ?? "zh-CN", (t) =>
            highlightText(analyzer, t, terms),
          );
          found.push({ index, id: doc.id, ...pick, score });
        }
      }
      return found
        .sort((a, b) => b.score - a.score)
        .slice(0, limit)
        .map(({ score: _score, ...s }) => s);
    },

    async stats(index) {
      return { documents: count(state[index].db) };
    },

    async clear(index) {
      state[index] = makeState();
    },

    async health() {
      // In-process: available whenever this code runs.
    },
  };
}
