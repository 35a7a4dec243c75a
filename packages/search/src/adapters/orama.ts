import {
  count,
  create,
  insert,
  type Orama,
  remove,
  type SearchParamsFullText,
  search,
  type Tokenizer,
} from "@orama/orama";
import { type DocOf, INDEX_NAMES, type IndexName } from "../documents";
import { highlightText, pickTitle } from "../highlight";
import {
  HIGHLIGHT_ATTRIBUTES,
  type IndexedDoc,
  SEARCHABLE_ATTRIBUTES,
  SUGGEST_ATTRIBUTES,
  toIndexedDoc,
} from "../indexed-document";
import {
  combineScores,
  compareDocs,
  FUZZY_WEIGHT,
  relevanceScore,
  type TermScores,
  titleTier,
} from "../ranking";
import { assertValidQuery } from "../search-filter";
import {
  emptyFacets,
  type FacetName,
  type Highlight,
  type SearchIndex,
  type SearchQuery,
  type SearchResult,
  type Suggestion,
} from "../search-index";
import type { Analyzer } from "../text/analyze";
import { getAnalyzer } from "../text/analyze";
import type { SegmenterName } from "../text/chinese";
import { normalizeText } from "../text/normalize";
import { type AnalyzedQuery, analyzeQuery, MAX_QUERY_TERMS, type QueryTerm } from "../text/query";
import { typoMatch } from "../text/typos";
import { compileOramaWhere, type OramaWhere } from "./orama-filter";

const SCHEMA = {
  titleZh: "string",
  titleEn: "string",
  summaryZh: "string",
  summaryEn: "string",
  keywords: "string[]",
  indicators: "string",
  orgNameZh: "string",
  orgNameEn: "string",
  // The id again as an enum, so a where clause can restrict a search to a set of documents.
  docId: "enum",
  field: "enum",
  fieldTop: "enum",
  trl: "number",
  modes: "enum[]",
  country: "enum",
  province: "enum",
  orgId: "enum",
  orgKind: "enum",
  status: "enum",
  visibility: "enum",
  expiresAt: "number",
} as const;

type Db = Orama<typeof SCHEMA>;
type StoredDoc = IndexedDoc & { docId: string };
type Params = SearchParamsFullText<Db, StoredDoc>;

// Two edits cover one typo or one swap; a wider search only costs time (it grows quickly with
// the tolerance) for matches the check on written words would mostly reject.
const FUZZY_SEARCH_TOLERANCE = 2;
const BOOST = { titleZh: 3, titleEn: 3, keywords: 2 };
const TRL_RANGES = Array.from({ length: 9 }, (_, i) => ({ from: i + 1, to: i + 1 }));
const CROPPED = new Set<string>(["summaryZh", "summaryEn", "indicators"]);
const CROP_LENGTH = 120;

/**
 * Orama calls the tokenizer with a property name when indexing and without one for the search
 * term. Documents go through the analyzer here; query terms arrive already analysed by the same
 * analyzer (with typo budgets and synonyms decided per term) and are passed through unchanged.
 */
function bilingualTokenizer(analyzer: Analyzer): Tokenizer {
  return {
    language: "bilingual",
    normalizationCache: new Map(),
    tokenize: (raw, _language, prop) =>
      prop === undefined ? raw.split(" ").filter(Boolean) : analyzer.indexTerms(raw),
  };
}

const exactTerm = (term: string): QueryTerm => ({
  term,
  raw: term,
  han: /\p{Script=Han}/u.test(term),
  tolerance: 0,
});

function latinWords(doc: StoredDoc): string[] {
  const text = SEARCHABLE_ATTRIBUTES.flatMap((a) => doc[a]).join(" ");
  return normalizeText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Options of the embedded engine. */
export interface OramaSearchIndexOptions {
  /** Chinese segmenter; the measured default when absent. */
  segmenter?: SegmenterName;
}

/** The embedded, in-process search engine (Orama) with bilingual analysis; rebuilt from the database at start-up. */
export function createOramaSearchIndex(opts: OramaSearchIndexOptions = {}): SearchIndex {
  const analyzer = getAnalyzer(opts.segmenter);
  const makeDb = (): Db =>
    create({ schema: SCHEMA, components: { tokenizer: bilingualTokenizer(analyzer) } });
  const state: Record<IndexName, { db: Db; versions: Map<string, number> }> = {
    achievements: { db: makeDb(), versions: new Map() },
    demands: { db: makeDb(), versions: new Map() },
  };

  async function run(db: Db, params: Params) {
    return await search<Db, StoredDoc>(db, params);
  }

  // The filter is evaluated once per search (allowed ids) rather than in every per-term call:
  // Orama re-evaluates a where clause on each call, which dominated query time. BM25 is
  // unaffected since Orama's statistics are corpus-wide either way.
  async function allowedIds(db: Db, where: OramaWhere): Promise<Set<string>> {
    const res = await run(db, { term: "", where: where as Params["where"], limit: count(db) });
    return new Set(res.hits.map((h) => h.id));
  }

  async function termScores(
    db: Db,
    allowed: Set<string>,
    term: string,
    tolerance: number,
    docs: Map<string, StoredDoc>,
  ): Promise<TermScores> {
    const res = await run(db, {
      term,
      properties: [...SEARCHABLE_ATTRIBUTES],
      tolerance,
      boost: BOOST,
      // Any term suffices; how many terms a document covers is ranked afterwards.
      threshold: 1,
      limit: count(db),
    });
    const out: TermScores = new Map();
    for (const hit of res.hits) {
      if (!allowed.has(hit.id)) continue;
      out.set(hit.id, hit.score);
      docs.set(hit.id, hit.document);
    }
    return out;
  }

  async function scoreQuery(db: Db, where: OramaWhere, q: string, aq: AnalyzedQuery) {
    const allowed = await allowedIds(db, where);
    const docs = new Map<string, StoredDoc>();
    const terms: TermScores[] = [];
    for (const t of aq.terms) {
      // Each term is searched on its own so that typo tolerance applies per term (never to
      // Chinese words) and a typo match only counts where the exact term did not match.
      const exact = await termScores(db, allowed, t.term, 0, docs);
      if (t.tolerance > 0) {
        // Orama measures plain edit distance on stems, where a swap ("thermla") costs two; the
        // candidates are then checked on the words as written, because stems bring unrelated
        // words closer ("grafen" is two edits from "green" as well).
        const fuzzy = await termScores(db, allowed, t.term, FUZZY_SEARCH_TOLERANCE, docs);
        for (const [id, s] of fuzzy) {
          const doc = docs.get(id);
          if (exact.has(id) || !doc) continue;
          if (latinWords(doc).some((w) => typoMatch(t.raw, w, t.tolerance)))
            exact.set(id, s * FUZZY_WEIGHT);
        }
      }
      terms.push(exact);
    }
    const expansions: TermScores[] = [];
    for (const e of aq.expansions)
      expansions.push(await termScores(db, allowed, e.terms.join(" "), 0, docs));
    const combined = combineScores(aq, terms, expansions);
    const maxBm25 = Math.max(0, ...[...combined.values()].map((r) => r.bm25));
    const scores = new Map<string, number>();
    for (const [id, r] of combined) {
      const doc = docs.get(id);
      const tier = doc ? titleTier(q, doc) : 0;
      scores.set(id, relevanceScore({ ...r, titleTier: tier }, maxBm25));
    }
    return scores;
  }

  function highlightsOf(doc: StoredDoc, terms: readonly QueryTerm[]): Highlight[] {
    const out: Highlight[] = [];
    for (const field of HIGHLIGHT_ATTRIBUTES) {
      const value = doc[field];
      const text = Array.isArray(value) ? value.join(", ") : value;
      const snippet = highlightText(analyzer, text, terms, {
        crop: CROPPED.has(field) ? CROP_LENGTH : undefined,
      });
      if (snippet) out.push({ field, snippet });
    }
    return out;
  }

  function facetParams(facets: readonly FacetName[] | undefined) {
    if (!facets || facets.length === 0) return undefined;
    return Object.fromEntries(facets.map((f) => [f, f === "trl" ? { ranges: TRL_RANGES } : {}]));
  }

  return {
    async ensureIndexes() {
      // Schemas are declared in code and the indexes exist from construction.
    },

    async upsert<I extends IndexName>(index: I, docs: readonly DocOf[I][]) {
      const { db, versions } = state[index];
      for (const doc of docs) {
        const stored = versions.get(doc.id);
        if (stored !== undefined && doc.version < stored) continue;
        if (stored !== undefined) await remove(db, doc.id);
        await insert(db, { ...toIndexedDoc(index, doc), docId: doc.id });
        versions.set(doc.id, doc.version);
      }
    },

    async delete(index, ids) {
      const { db, versions } = state[index];
      for (const id of ids) {
        if (!versions.has(id)) continue;
        await remove(db, id);
        versions.delete(id);
      }
    },

    async search(index, query: SearchQuery): Promise<SearchResult> {
      assertValidQuery(query);
      const started = performance.now();
      const empty = (): SearchResult => ({
        hits: [],
        estimatedTotal: 0,
        facets: emptyFacets(),
        tookMs: performance.now() - started,
      });
      const where = compileOramaWhere(query.filter);
      if (!where) return empty();
      const { db } = state[index];
      const aq = analyzeQuery(analyzer, query.q);
      const textQuery = aq.terms.length > 0;
      let scores = new Map<string, number>();
      if (textQuery) {
        scores = await scoreQuery(db, where, query.q, aq);
        if (scores.size === 0) return empty();
      }
      const compare = compareDocs(query.sort, (id) => scores.get(id) ?? 0);
      const res = await run(db, {
        term: "",
        where: (textQuery ? { docId: { in: [...scores.keys()] } } : where) as Params["where"],
        facets: facetParams(query.facets) as Params["facets"],
        sortBy: (a, b) => compare(a[2], b[2]),
        offset: query.offset,
        limit: query.limit,
      });
      const terms = [...aq.terms, ...aq.expansions.flatMap((e) => e.terms.map(exactTerm))];
      const facets = emptyFacets();
      for (const f of query.facets ?? []) {
        const values = res.facets?.[f]?.values ?? {};
        for (const [value, n] of Object.entries(values)) {
          if (value === "" || n === 0) continue;
          facets[f][f === "trl" ? (value.split("-")[0] ?? value) : value] = n;
        }
      }
      return {
        hits: res.hits.map((h) => ({
          id: h.id,
          score: scores.get(h.id) ?? 0,
          highlights: query.highlight && textQuery ? highlightsOf(h.document, terms) : [],
        })),
        estimatedTotal: res.count,
        facets,
        tookMs: performance.now() - started,
      };
    },

    async suggest(prefix, opts) {
      const limit = opts.limit ?? 8;
      const tokens = analyzer.tokens(prefix).slice(0, MAX_QUERY_TERMS);
      if (tokens.length === 0) return [];
      const terms = tokens.map((t) => exactTerm(t.term));
      const found: (Suggestion & { score: number })[] = [];
      for (const index of INDEX_NAMES) {
        const filter = opts.filters[index];
        const where = filter && compileOramaWhere(filter);
        if (!where) continue;
        const res = await run(state[index].db, {
          term: terms.map((t) => t.term).join(" "),
          properties: [...SUGGEST_ATTRIBUTES],
          where: where as Params["where"],
          boost: BOOST,
          // Every typed word must be in the same title (or keyword list), as in a completion.
          threshold: 0,
          limit,
        });
        for (const hit of res.hits) {
          const pick = pickTitle(hit.document, opts.locale ?? "zh-CN", (t) =>
            highlightText(analyzer, t, terms),
          );
          found.push({ index, id: hit.id, ...pick, score: hit.score });
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
      state[index] = { db: makeDb(), versions: new Map() };
    },

    async health() {
      // In-process: available whenever this code runs.
    },
  };
}
