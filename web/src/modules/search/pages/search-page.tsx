import { FilterOutlined } from "@ant-design/icons";
import { Button, Col, Row, Select, Tabs } from "antd";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useQuery } from "urql";
import type { AppLanguage } from "../../../i18n/languages";
import { useAppLanguage } from "../../../i18n/use-app-language";
import { useFormat } from "../../../i18n/use-format";
import { CardGridSkeleton } from "../../../shared/components/card-grid-skeleton";
import { EmptyState } from "../../../shared/components/empty-results";
import { QueryError } from "../../../shared/components/query-error";
import { useCursorPages } from "../../../shared/hooks/use-cursor-pages";
import { useDocumentTitle } from "../../../shared/hooks/use-document-title";
import { useTaxonomy } from "../../taxonomy/use-taxonomy";
import { SearchBox } from "../components/search-box";
import { SEARCH_FACETS, SearchFacets } from "../components/search-facets";
import { SearchResult } from "../components/search-result";
import { SearchQuery } from "../graphql/search.graphql";
import {
  EMPTY_SEARCH_STATE,
  hasSearchFilters,
  readSearchState,
  type SearchKindParam,
  type SearchState,
  SORTS,
  type SortParam,
  toSearchVariables,
  writeSearchState,
} from "../search-params";
import "../search.css";

export const SEARCH_PAGE_SIZE = 10;

function pageVariables(state: SearchState, language: AppLanguage, after: string | null) {
  return {
    ...toSearchVariables(state, language),
    // Facets are counted once, on the first page.
    facets: after ? [] : SEARCH_FACETS,
    first: SEARCH_PAGE_SIZE,
    after,
  };
}

/** One page of hits; the first also reports the total and feeds the facets. */
function ResultsPage({
  state,
  after,
  isFirst,
  isLast,
  shownBefore,
  labelOf,
  onLoadMore,
  onClear,
}: {
  state: SearchState;
  after: string | null;
  isFirst: boolean;
  isLast: boolean;
  shownBefore: number;
  labelOf: (code: string | null | undefined) => string | null;
  onLoadMore: (cursor: string) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useAppLanguage();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: SearchQuery,
    variables: pageVariables(state, language, after),
  });
  const results = data?.search;
  if (error && !results) {
    return (
      <QueryError error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
    );
  }
  if (!results) return fetching ? <CardGridSkeleton count={isFirst ? 4 : 2} /> : null;
  const edges = results.edges ?? [];
  const total = results.totalEstimate ?? 0;
  if (isFirst && edges.length === 0) {
    const filtered = hasSearchFilters(state);
    return (
      <EmptyState
        title={state.q ? t("search.emptyTitleFor", { q: state.q }) : t("search.emptyTitle")}
        text={filtered ? t("search.emptyFiltered") : t("search.emptyText")}
      >
        {filtered ? (
          <Button type="primary" onClick={onClear}>
            {t("common.clearFilters")}
          </Button>
        ) : (
          <Link to={state.kind === "demand" ? "/demands" : "/achievements"}>
            {state.kind === "demand" ? t("search.browseDemands") : t("search.browseAchievements")}
          </Link>
        )}
      </EmptyState>
    );
  }
  const shown = shownBefore + edges.length;
  return (
    <section
      aria-busy={fetching}
      className={fetching ? "connection-page is-refreshing" : "connection-page"}
    >
      {isFirst ? (
        <p className="list-total" role="status">
          {t("search.total", { count: total, formatted: format.number(total) })}
        </p>
      ) : null}
      <ol className="search-results">
        {edges.map((edge) => (
          <li key={edge.cursor}>
            <SearchResult edge={edge} fieldLabel={labelOf(edge.node?.field)} />
          </li>
        ))}
      </ol>
      {isLast ? (
        <div className="list-footer">
          <span className="list-footer-count">
            {t("common.shownOfTotal", {
              shown: format.number(shown),
              total: format.number(Math.max(total, shown)),
            })}
          </span>
          {results.pageInfo?.hasNextPage && results.pageInfo.endCursor ? (
            <Button
              type="primary"
              ghost
              onClick={() => onLoadMore(results.pageInfo?.endCursor as string)}
            >
              {t("common.loadMore")}
            </Button>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

/** Full-text search with facets; the words, filters, sort and tab all live in the URL. */
export function SearchPage() {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const [params, setParams] = useSearchParams();
  const state = readSearchState(params);
  useDocumentTitle(state.q ? t("search.titleFor", { q: state.q }) : t("search.title"));
  const taxonomy = useTaxonomy();
  const key = JSON.stringify(toSearchVariables(state, language));
  const { cursors, loadMore } = useCursorPages(key);
  // The same variables as the first results page: urql sends one request for both.
  const [{ data: firstPage }] = useQuery({
    query: SearchQuery,
    variables: pageVariables(state, language, null),
  });
  const [filtersOpen, setFiltersOpen] = useState(false);
  const facetsId = useId();
  const sortId = useId();

  const update = (patch: Partial<SearchState>) =>
    setParams(writeSearchState({ ...state, ...patch }));
  const clear = () =>
    setParams(writeSearchState({ ...EMPTY_SEARCH_STATE, q: state.q, kind: state.kind }));
  const switchKind = (kind: SearchKindParam) =>
    // Sorts differ by kind, and a minimum TRL means something else on exam papers.
    setParams(
      writeSearchState({ ...EMPTY_SEARCH_STATE, q: state.q, kind, fieldTop: state.fieldTop }),
    );

  const filterCount =
    state.fieldTop.length +
    state.modes.length +
    state.province.length +
    state.orgKind.length +
    (state.trlMin != null || state.trlMax != null ? 1 : 0);

  return (
    <div className="search-page">
      <h1 className="page-title">
        {state.q ? t("search.titleFor", { q: state.q }) : t("search.title")}
      </h1>
      <SearchBox
        initialQuery={state.q}
        kind={state.kind}
        size="middle"
        onSearch={(q) => update({ q })}
      />
      <Tabs
        className="search-tabs"
        activeKey={state.kind}
        onChange={(kind) => switchKind(kind as SearchKindParam)}
        items={[
          { key: "achievement", label: t("search.tabAchievements") },
          { key: "demand", label: t("search.tabDemands") },
        ]}
      />
      <Row gutter={[24, 16]}>
        <Col xs={24} lg={7}>
          <Button
            className="search-filters-toggle"
            icon={<FilterOutlined aria-hidden />}
            aria-expanded={filtersOpen}
            aria-controls={facetsId}
            onClick={() => setFiltersOpen((open) => !open)}
          >
            {filterCount
              ? t("search.filtersWithCount", { count: filterCount })
              : t("search.filters")}
          </Button>
          <aside
            id={facetsId}
            className={`search-aside${filtersOpen ? " is-open" : ""}`}
            aria-label={t("search.filters")}
          >
            <div className="search-aside-head">
              <h2 className="search-aside-title">{t("search.filters")}</h2>
              {hasSearchFilters(state) ? (
                <Button type="link" size="small" onClick={clear}>
                  {t("common.clearFilters")}
                </Button>
              ) : null}
            </div>
            <SearchFacets
              facets={firstPage?.search?.facets}
              state={state}
              fieldLabel={(code) => taxonomy.labelOf(code) ?? code}
              onChange={update}
            />
          </aside>
        </Col>
        <Col xs={24} lg={17}>
          <div className="search-toolbar">
            <label htmlFor={sortId} className="search-sort-label">
              {t("search.sortLabel")}
            </label>
            <Select<SortParam>
              id={sortId}
              className="search-sort"
              value={state.sort}
              onChange={(sort) => update({ sort })}
              options={SORTS[state.kind].map((sort) => ({
                value: sort,
                label: t(`search.sorts.${sort}`),
              }))}
              popupMatchSelectWidth={false}
            />
          </div>
          {cursors.map((after, index) => (
            <ResultsPage
              key={after ?? "first"}
              state={state}
              after={after}
              isFirst={index === 0}
              isLast={index === cursors.length - 1}
              shownBefore={index * SEARCH_PAGE_SIZE}
              labelOf={taxonomy.labelOf}
              onLoadMore={loadMore}
              onClear={clear}
            />
          ))}
        </Col>
      </Row>
    </div>
  );
}

export default SearchPage;
