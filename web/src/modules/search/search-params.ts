import { isTransferMode, type TransferMode } from "../../graphql/enums";
import type { VariablesOf } from "../../graphql/graphql";
import type { AppLanguage } from "../../i18n/languages";
import { readInt, readList, readText, writeParams } from "../../shared/search-params";
import type { SearchQuery } from "./graphql/search.graphql";

type Variables = VariablesOf<typeof SearchQuery>;
export type SearchKind = Variables["kind"];
type ApiFilter = NonNullable<Variables["filter"]>;
export type OrgKind = NonNullable<ApiFilter["orgKind"]>[number];
type SortBy = NonNullable<Variables["sort"]>["by"];

export const SEARCH_KINDS = ["achievement", "demand"] as const;
export type SearchKindParam = (typeof SEARCH_KINDS)[number];

const ORG_KINDS: readonly OrgKind[] = [
  "UNIVERSITY",
  "RESEARCH_INSTITUTE",
  "HOSPITAL",
  "ENTERPRISE",
  "BROKER_AGENCY",
  "INVESTOR",
  "GOVERNMENT",
];

/** The sort orders a results list offers, as written in the URL. */
export const SORTS = {
  achievement: ["relevance", "newest", "trlDesc", "priceAsc", "priceDesc"],
  demand: ["relevance", "newest", "deadline", "trlDesc"],
} as const;
export type SortParam = (typeof SORTS)[SearchKindParam][number];

const SORT_TO_API: Record<SortParam, { by: SortBy; direction: "ASC" | "DESC" } | null> = {
  relevance: null,
  newest: { by: "PUBLISHED_AT", direction: "DESC" },
  trlDesc: { by: "TRL", direction: "DESC" },
  priceAsc: { by: "PRICE", direction: "ASC" },
  priceDesc: { by: "PRICE", direction: "DESC" },
  deadline: { by: "DEADLINE", direction: "ASC" },
};

/** Everything the search page reads from its URL, so a results page can be shared. */
export interface SearchState {
  q: string;
  kind: SearchKindParam;
  fieldTop: string[];
  trlMin: number | null;
  trlMax: number | null;
  modes: TransferMode[];
  province: string[];
  orgKind: OrgKind[];
  sort: SortParam;
}

const isCode = (value: string): value is string => /^[a-z_]+(\.[a-z_]+)?$/.test(value);
const isProvince = (value: string): value is string => value.length > 0 && value.length <= 60;
const isOrgKind = (value: string): value is OrgKind => (ORG_KINDS as string[]).includes(value);

/** Reads the search state from the query string, dropping anything malformed. */
export function readSearchState(params: URLSearchParams): SearchState {
  const kind: SearchKindParam = params.get("kind") === "demand" ? "demand" : "achievement";
  const sortRaw = params.get("sort");
  const sort = (SORTS[kind] as readonly string[]).includes(sortRaw ?? "")
    ? (sortRaw as SortParam)
    : "relevance";
  const trlMin = readInt(params, "trlMin", 1, 9);
  const trlMax = readInt(params, "trlMax", 1, 9);
  return {
    q: readText(params, "q") ?? "",
    kind,
    fieldTop: readList(params, "fieldTop", isCode),
    trlMin,
    trlMax: trlMin != null && trlMax != null && trlMax < trlMin ? null : trlMax,
    modes: readList(params, "modes", isTransferMode),
    province: readList(params, "province", isProvince),
    orgKind: readList(params, "orgKind", isOrgKind),
    sort,
  };
}

/** Writes the state back to a query string, leaving out defaults. */
export function writeSearchState(state: SearchState): URLSearchParams {
  return writeParams({
    q: state.q.trim(),
    kind: state.kind === "achievement" ? null : state.kind,
    fieldTop: state.fieldTop,
    trlMin: state.trlMin,
    trlMax: state.trlMax,
    modes: state.modes,
    province: state.province,
    orgKind: state.orgKind,
    sort: state.sort === "relevance" ? null : state.sort,
  });
}

/** Whether any filter (not the words or the sort) narrows the results. */
export function hasSearchFilters(state: SearchState): boolean {
  return (
    state.fieldTop.length > 0 ||
    state.trlMin != null ||
    state.trlMax != null ||
    state.modes.length > 0 ||
    state.province.length > 0 ||
    state.orgKind.length > 0
  );
}

/** The API's locale argument for a UI language. */
export function apiLocale(language: AppLanguage): "ZH_CN" | "EN" {
  return language === "zh-CN" ? "ZH_CN" : "EN";
}

/** The `search` variables for the state (without the cursor). */
export function toSearchVariables(state: SearchState, language: AppLanguage) {
  const filter: ApiFilter = {};
  if (state.fieldTop.length) filter.fieldTop = state.fieldTop;
  if (state.trlMin != null) filter.trlMin = state.trlMin;
  if (state.trlMax != null) filter.trlMax = state.trlMax;
  if (state.modes.length) filter.modes = state.modes;
  if (state.province.length) filter.province = state.province;
  if (state.orgKind.length) filter.orgKind = state.orgKind;
  return {
    query: state.q.trim(),
    kind: (state.kind === "achievement" ? "ACHIEVEMENT" : "DEMAND") as SearchKind,
    filter,
    sort: SORT_TO_API[state.sort],
    locale: apiLocale(language),
  };
}

/** A link to the search page for the state. */
export function searchHref(patch: Partial<SearchState>): string {
  const query = writeSearchState({ ...EMPTY_SEARCH_STATE, ...patch }).toString();
  return query ? `/search?${query}` : "/search";
}

export const EMPTY_SEARCH_STATE: SearchState = {
  q: "",
  kind: "achievement",
  fieldTop: [],
  trlMin: null,
  trlMax: null,
  modes: [],
  province: [],
  orgKind: [],
  sort: "relevance",
};
