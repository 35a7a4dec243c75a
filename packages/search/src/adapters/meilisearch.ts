import { stopwords as englishStopwords } from "@orama/stopwords/english";
import {
  type EnqueuedTaskPromise,
  type Hit,
  Meilisearch,
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  MeilisearchTaskTimeOutError,
  type SearchParams,
  type Settings,
  type Task,
} from "meilisearch";
import { type DocOf, INDEX_NAMES, type IndexName } from "../documents";
import { markedToHtml, pickTitle } from "../highlight";
import {
  HIGHLIGHT_ATTRIBUTES,
  type IndexedDoc,
  SEARCHABLE_ATTRIBUTES,
  SORT_ATTRIBUTE,
  SUGGEST_ATTRIBUTES,
  toIndexedDoc,
} from "../indexed-document";
import { assertValidQuery } from "../search-filter";
import {
  emptyFacets,
  type Highlight,
  SearchEngineError,
  type SearchIndex,
  type SearchQuery,
  type SearchResult,
  SearchUnavailableError,
  type Suggestion,
} from "../search-index";
import { MIN_WORD_SIZE_FOR_TYPOS } from "../text/analyze";
import { hasHan } from "../text/normalize";
import { synonymMap } from "../text/synonyms";
import { compileMeiliFilter, quoteMeiliValue } from "./meili-filter";

const PRE = "<mark>";
const POST = "</mark>";
const CROPPED = ["summaryZh", "summaryEn", "indicators"];

/** The index settings, declared here and applied by ensureIndexes(). */
export function meiliSettings(): Settings {
  return {
    // Ranked order: a match in a title outranks one in keywords, then summaries.
    searchableAttributes: [...SEARCHABLE_ATTRIBUTES],
    filterableAttributes: [
      "id",
      "status",
      "visibility",
      "orgId",
      "field",
      "fieldTop",
      "trl",
      "modes",
      "country",
      "province",
      "orgKind",
      "expiresAt",
      "publishedAt",
    ],
    sortableAttributes: Object.values(SORT_ATTRIBUTE),
    // "sort" first: an explicit sort orders by its key, relevance only breaks ties, as the
    // embedded engine does. Without a sort parameter the rule does nothing.
    rankingRules: ["sort", "words", "typo", "proximity", "attribute", "exactness"],
    faceting: { maxValuesPerFacet: 500 },
    pagination: { maxTotalHits: 10_000 },
    synonyms: Object.fromEntries(synonymMap()),
    typoTolerance: {
      enabled: true,
      minWordSizeForTypos: { ...MIN_WORD_SIZE_FOR_TYPOS },
      disableOnNumbers: true,
    },
    localizedAttributes: [
      { attributePatterns: ["*Zh"], locales: ["cmn"] },
      { attributePatterns: ["*En"], locales: ["eng"] },
    ],
    stopWords: [...englishStopwords, "一种", "及其", "用于", "以及"],
  };
}

/** Connection settings of the Meilisearch adapter. */
export interface MeiliSearchIndexOptions {
  url: string;
  apiKey?: string;
  /** Prepended to index names, so tests and several deployments can share one server. */
  indexPrefix?: string;
  /** How long to wait for an indexing task before giving up, in ms. */
  taskTimeoutMs?: number;
}

/** Maps client errors to the port's: unreachable or overloaded engine → SearchUnavailableError. */
export function toSearchError(e: unknown): unknown {
  if (
    e instanceof MeilisearchRequestError ||
    e instanceof MeilisearchRequestTimeOutError ||
    e instanceof MeilisearchTaskTimeOutError ||
    (e instanceof MeilisearchApiError && e.response.status >= 500)
  ) {
    return new SearchUnavailableError(`Meilisearch is unavailable: ${e.message}`, { cause: e });
  }
  return e;
}

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    throw toSearchError(e);
  }
}

type VersionRow = { id: string; version: number };

// Without a query there is no relevance: browse newest first, as the embedded engine does.
function sortParam(query: SearchQuery, q: string): { sort?: string[] } {
  if (query.sort && query.sort.by !== "relevance") {
    return { sort: [`${SORT_ATTRIBUTE[query.sort.by]}:${query.sort.direction}`] };
  }
  return q ? {} : { sort: ["publishedAt:desc"] };
}

/** The Meilisearch adapter (official client); used when MEILI_URL is set. */
export function createMeiliSearchIndex(opts: MeiliSearchIndexOptions): SearchIndex {
  const client = new Meilisearch({ host: opts.url, apiKey: opts.apiKey });
  const uid = (index: IndexName) => `${opts.indexPrefix ?? ""}${index}`;
  const indexOf = (index: IndexName) => client.index<IndexedDoc>(uid(index));
  const waitOptions = { timeout: opts.taskTimeoutMs ?? 30_000 };

  // Every write is awaited to completion; a failed task becomes an exception, not a silent
  // divergence between the database and the index.
  async function settle(
    task: EnqueuedTaskPromise,
    what: string,
    tolerated?: string,
  ): Promise<Task> {
    const done = await task.waitTask(waitOptions);
    if (done.status === "succeeded" || (tolerated && done.error?.code === tolerated)) return done;
    const reason = done.error ? `${done.error.code}: ${done.error.message}` : done.status;
    throw new SearchEngineError(`Meilisearch task ${done.uid} (${what}) ${done.status}: ${reason}`);
  }

  async function storedVersions(
    index: IndexName,
    ids: readonly string[],
  ): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    const CHUNK = 500;
    for (let i = 0; i < ids.length; i += CHUNK) {
      const chunk = ids.slice(i, i + CHUNK);
      const res = await indexOf(index).getDocuments<VersionRow>({
        filter: `id IN [${chunk.map(quoteMeiliValue).join(", ")}]`,
        fields: ["id", "version"],
        limit: chunk.length,
      });
      for (const row of res.results) out.set(row.id, row.version);
    }
    return out;
  }

  function highlightsOf(hit: Hit<IndexedDoc>): Highlight[] {
    const out: Highlight[] = [];
    for (const field of HIGHLIGHT_ATTRIBUTES) {
      const value: unknown = hit._formatted?.[field];
      const marked = Array.isArray(value)
        ? value.join(", ")
        : typeof value === "string"
          ? value
          : "";
      if (marked.includes(PRE)) out.push({ field, snippet: markedToHtml(marked, PRE, POST) });
    }
    return out;
  }

  return {
    ensureIndexes: () =>
      guarded(async () => {
        for (const index of INDEX_NAMES) {
          await settle(
            client.createIndex(uid(index), { primaryKey: "id" }),
            `create ${uid(index)}`,
            "index_already_exists",
          );
          await settle(indexOf(index).updateSettings(meiliSettings()), `settings of ${uid(index)}`);
        }
      }),

    upsert: <I extends IndexName>(index: I, docs: readonly DocOf[I][]) =>
      guarded(async () => {
        if (docs.length === 0) return;
        // Best effort: the versions read here can change before the write lands. The outbox
        // drains each listing's changes in order, so an older version never races a newer one.
        const stored = await storedVersions(index, [...new Set(docs.map((d) => d.id))]);
        const latest = new Map<string, DocOf[I]>();
        for (const doc of docs) {
          const seen =
            latest.get(doc.id)?.version ?? stored.get(doc.id) ?? Number.NEGATIVE_INFINITY;
          if (doc.version >= seen) latest.set(doc.id, doc);
        }
        if (latest.size === 0) return;
        const rows = [...latest.values()].map((d) => toIndexedDoc(index, d));
        await settle(
          indexOf(index).addDocuments(rows, { primaryKey: "id" }),
          `upsert into ${uid(index)}`,
        );
      }),

    delete: (index, ids) =>
      guarded(async () => {
        if (ids.length === 0) return;
        await settle(indexOf(index).deleteDocuments([...ids]), `delete from ${uid(index)}`);
      }),

    search: (index, query) =>
      guarded(async (): Promise<SearchResult> => {
        assertValidQuery(query);
        const started = performance.now();
        const filter = compileMeiliFilter(query.filter);
        if (filter === null) {
          return {
            hits: [],
            estimatedTotal: 0,
            facets: emptyFacets(),
            tookMs: performance.now() - started,
          };
        }
        const q = query.q.trim();
        const highlight = !!query.highlight && q.length > 0;
        const params: SearchParams = {
          filter,
          offset: query.offset,
          limit: query.limit,
          facets: query.facets ? [...query.facets] : [],
          showRankingScore: true,
          // _formatted only carries retrieved attributes, so highlighted ones are retrieved too.
          attributesToRetrieve: highlight ? ["id", ...HIGHLIGHT_ATTRIBUTES] : ["id"],
          ...sortParam(query, q),
          ...(q ? { locales: hasHan(q) ? ["cmn", "eng"] : ["eng"] } : {}),
          ...(highlight
            ? {
                attributesToHighlight: [...HIGHLIGHT_ATTRIBUTES],
                highlightPreTag: PRE,
                highlightPostTag: POST,
                attributesToCrop: CROPPED,
                cropLength: 40,
                cropMarker: "…",
              }
            : {}),
        };
        const res = await indexOf(index).search<IndexedDoc>(q, params);
        const facets = emptyFacets();
        for (const f of query.facets ?? []) {
          for (const [value, n] of Object.entries(res.facetDistribution?.[f] ?? {})) {
            if (value !== "" && n > 0) facets[f][value] = n;
          }
        }
        return {
          hits: res.hits.map((h) => ({
            id: h.id,
            score: h._rankingScore ?? 0,
            highlights: highlight ? highlightsOf(h) : [],
          })),
          estimatedTotal: res.estimatedTotalHits,
          facets,
          tookMs: res.processingTimeMs,
        };
      }),

    suggest: (prefix, opts2) =>
      guarded(async () => {
        const q = prefix.trim();
        if (!q) return [];
        const limit = opts2.limit ?? 8;
        const found: (Suggestion & { score: number })[] = [];
        for (const index of INDEX_NAMES) {
          const f = opts2.filters[index];
          const filter = f && compileMeiliFilter(f);
          if (!filter) continue;
          const res = await indexOf(index).search<IndexedDoc>(q, {
            filter,
            limit,
            attributesToSearchOn: [...SUGGEST_ATTRIBUTES],
            attributesToRetrieve: ["id", "titleZh", "titleEn"],
            attributesToHighlight: ["titleZh", "titleEn"],
            highlightPreTag: PRE,
            highlightPostTag: POST,
            matchingStrategy: "all",
            showRankingScore: true,
          });
          for (const hit of res.hits) {
            const formatted = (title: string) => {
              const f2 = title === hit.titleZh ? hit._formatted?.titleZh : hit._formatted?.titleEn;
              return typeof f2 === "string" && f2.includes(PRE)
                ? markedToHtml(f2, PRE, POST)
                : null;
            };
            const pick = pickTitle(hit, opts2.locale ?? "zh-CN", formatted);
            found.push({ index, id: hit.id, ...pick, score: hit._rankingScore ?? 0 });
          }
        }
        return found
          .sort((a, b) => b.score - a.score)
          .slice(0, limit)
          .map(({ score: _score, ...s }) => s);
      }),

    stats: (index) =>
      guarded(async () => ({ documents: (await indexOf(index).getStats()).numberOfDocuments })),

    clear: (index) =>
      guarded(async () => {
        await settle(indexOf(index).deleteAllDocuments(), `clear ${uid(index)}`);
      }),

    health: () =>
      guarded(async () => {
        await client.health();
      }),
  };
}
