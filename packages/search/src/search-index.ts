import type { DocOf, IndexName } from "./documents";

/** Facets a search can count; `modes` is transferModes (achievements) or wantedModes (demands), `trl` is trl or minTrl. */
export const FACET_NAMES = [
  "fieldTop",
  "field",
  "trl",
  "modes",
  "country",
  "province",
  "orgKind",
] as const;

/** Name of a facet. */
export type FacetName = (typeof FACET_NAMES)[number];

/** Locales the platform serves. */
export type SearchLocale = "zh-CN" | "en";

// Optional lists that are absent or empty do not constrain; `statuses` and `visibleTo` are
// required and an empty list there matches nothing (a caller who may see nothing sees nothing).
/** A structured filter, never a raw engine filter string: adapters compile it themselves. */
export interface SearchFilter {
  fieldTop?: string[];
  field?: string[];
  /** Inclusive bounds on trl (achievements) or minTrl (demands). */
  trlMin?: number;
  trlMax?: number;
  /** A document matches when it offers (or wants) any of these modes. */
  modes?: string[];
  country?: string[];
  province?: string[];
  orgId?: string[];
  orgKind?: string[];
  statuses: string[];
  /** A document matches when its visibility is listed OR its owner organization is listed. */
  visibleTo: { visibilities: string[]; orgIds: string[] };
  /** Epoch ms: only documents with expiresAt after it. */
  notExpiredAt?: number;
}

/** Orders a search can use; `trl` is trl/minTrl, `price` is priceMin/budgetMin (falling back to the max), `deadline` is the demand deadline or the achievement's expiry. */
export type SortBy = "relevance" | "publishedAt" | "trl" | "price" | "deadline";

/** One search request. */
export interface SearchQuery {
  q: string;
  filter: SearchFilter;
  facets?: FacetName[];
  sort?: { by: SortBy; direction: "asc" | "desc" };
  offset: number;
  limit: number;
  highlight?: boolean;
  locale?: SearchLocale;
  /**
   * How many of q's terms count, from its start: 10 by default, as in Meilisearch (which always
   * keeps 10); at most 32, for the matcher's recall queries on the embedded engine.
   */
  maxTerms?: number;
}

/**
 * Terms of a query considered unless the caller asks for more: Meilisearch's rule (the first ten
 * words). A pasted title rarely needs more to find its listing, and each further term and its
 * expansions adds to the slowest searches.
 */
export const DEFAULT_QUERY_TERMS = 10;
/** The most terms a caller may ask for (the matcher's recall queries are this long). */
export const MAX_QUERY_TERMS = 32;

/** A highlighted excerpt: matches wrapped in <mark>…</mark>, everything else HTML-escaped. */
export interface Highlight {
  field: string;
  snippet: string;
}

/** One matching document; scores are engine-specific and only meaningful for ordering. */
export interface SearchHit {
  id: string;
  score: number;
  highlights: Highlight[];
}

/** The answer to a search. */
export interface SearchResult {
  hits: SearchHit[];
  estimatedTotal: number;
  /** Counts per value of each requested facet (values with zero documents are absent). */
  facets: Record<FacetName, Record<string, number>>;
  tookMs: number;
}

/** Options of search-as-you-type: each index to suggest from, with the filter the caller may see. */
export interface SuggestOptions {
  filters: Partial<Record<IndexName, SearchFilter>>;
  limit?: number;
  locale?: SearchLocale;
}

/** A title suggested while typing. */
export interface Suggestion {
  index: IndexName;
  id: string;
  /** The title in the caller's locale when it matched, otherwise the title that matched. */
  text: string;
  /** The same title with matches marked and HTML escaped. */
  highlighted: string;
}

/** The search engine behind the platform: the embedded one or Meilisearch. */
export interface SearchIndex {
  /** Creates the indexes and applies the settings declared in code (idempotent). */
  ensureIndexes(): Promise<void>;
  /** Writes documents, ignoring any whose version is lower than the stored one. */
  upsert<I extends IndexName>(index: I, docs: readonly DocOf[I][]): Promise<void>;
  /** Removes documents by id (unknown ids are ignored). */
  delete(index: IndexName, ids: readonly string[]): Promise<void>;
  /** Runs a full-text search with filters, facets, sorting and pagination. */
  search(index: IndexName, query: SearchQuery): Promise<SearchResult>;
  /** Suggests titles for a prefix typed so far, fast enough for every keystroke. */
  suggest(prefix: string, opts: SuggestOptions): Promise<Suggestion[]>;
  /** Counts the documents in an index. */
  stats(index: IndexName): Promise<{ documents: number }>;
  /** Removes every document of an index. */
  clear(index: IndexName): Promise<void>;
  /** Resolves when the engine answers, throws SearchUnavailableError when it does not. */
  health(): Promise<void>;
  /**
   * Gives back what a bulk write (a rebuild) left behind, so the first searches after it do not
   * pay for it; only engines holding their index in memory have something to do.
   */
  compact?(): Promise<void>;
}

/** The search engine cannot be reached (connection refused, timeout, 5xx); callers may retry later. */
export class SearchUnavailableError extends Error {
  override readonly name = "SearchUnavailableError";
  readonly code = "SEARCH_UNAVAILABLE";
}

/** The search engine was reached but refused or failed an operation (e.g. a failed indexing task). */
export class SearchEngineError extends Error {
  override readonly name = "SearchEngineError";
  readonly code = "SEARCH_ENGINE_ERROR";
}

/** An empty facet result for the requested facets. */
export function emptyFacets(): Record<FacetName, Record<string, number>> {
  return Object.fromEntries(FACET_NAMES.map((f) => [f, {}])) as Record<
    FacetName,
    Record<string, number>
  >;
}
