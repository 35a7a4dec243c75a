import { Select } from "antd";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { TRL_LEVELS } from "../../../graphql/enums";
import { FilterPanel } from "../../../shared/components/filters/filter-panel";
import { TextFilter } from "../../../shared/components/filters/text-filter";
import { TransferModesFilter } from "../../../shared/components/filters/transfer-modes-filter";
import { PageHeading } from "../../../shared/components/page-heading";
import { useTrlExplanation } from "../../../shared/components/trl-tag";
import { useCursorPages } from "../../../shared/hooks/use-cursor-pages";
import { useDocumentTitle } from "../../../shared/hooks/use-document-title";
import { FieldTreeSelect } from "../../taxonomy/components/field-tree-select";
import { useTaxonomy } from "../../taxonomy/use-taxonomy";
import { DemandResults } from "../components/demand-results";
import {
  type DemandFilterValues,
  EMPTY_DEMAND_FILTERS,
  hasDemandFilters,
  readDemandFilters,
  toDemandApiFilter,
  writeDemandFilters,
} from "../demand-filters";

/** The public list of open exam papers. */
export function DemandListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("demands.listTitle"));
  const explain = useTrlExplanation();
  const [params, setParams] = useSearchParams();
  const filters = readDemandFilters(params);
  const apiFilter = toDemandApiFilter(filters);
  const { cursors, loadMore } = useCursorPages(JSON.stringify(apiFilter));
  const taxonomy = useTaxonomy();
  const filtered = hasDemandFilters(filters);

  const update = (patch: Partial<DemandFilterValues>) =>
    setParams(writeDemandFilters({ ...filters, ...patch }));
  const clear = () => setParams(writeDemandFilters(EMPTY_DEMAND_FILTERS));

  return (
    <>
      <PageHeading title={t("demands.listTitle")} intro={t("demands.listIntro")} />
      <FilterPanel
        canClear={filtered}
        onClear={clear}
        items={[
          {
            key: "text",
            active: Boolean(filters.text),
            label: t("filters.text"),
            htmlFor: "demand-filter-text",
            control: (
              <TextFilter
                id="demand-filter-text"
                value={filters.text}
                onChange={(text) => update({ text })}
              />
            ),
          },
          {
            key: "field",
            active: Boolean(filters.field),
            label: t("filters.field"),
            htmlFor: "demand-filter-field",
            control: (
              <FieldTreeSelect
                id="demand-filter-field"
                tree={taxonomy.tree}
                loading={taxonomy.fetching}
                value={filters.field}
                onChange={(field) => update({ field })}
              />
            ),
          },
          {
            key: "trl",
            active: filters.trl != null,
            label: t("filters.myTrl"),
            htmlFor: "demand-filter-trl",
            control: (
              <Select<number>
                id="demand-filter-trl"
                aria-label={t("filters.myTrl")}
                className="filter-control"
                allowClear
                placeholder={t("filters.myTrlPlaceholder")}
                value={filters.trl ?? undefined}
                options={TRL_LEVELS.map((level) => ({
                  value: level,
                  label: `${t("trl.tag", { level })} · ${explain(level)}`,
                }))}
                popupMatchSelectWidth={false}
                onChange={(trl) => update({ trl: trl ?? null })}
              />
            ),
          },
          {
            key: "modes",
            active: filters.modes.length > 0,
            label: t("demands.wantedModes"),
            htmlFor: "demand-filter-modes",
            control: (
              <TransferModesFilter
                id="demand-filter-modes"
                label={t("demands.wantedModes")}
                value={filters.modes}
                onChange={(modes) => update({ modes })}
              />
            ),
          },
        ]}
      />
      {cursors.map((after, index) => (
        <DemandResults
          key={after ?? "first"}
          filter={apiFilter}
          after={after}
          pageIndex={index}
          isLast={index === cursors.length - 1}
          filtered={filtered}
          labelOf={taxonomy.labelOf}
          onLoadMore={loadMore}
          onClearFilters={clear}
        />
      ))}
    </>
  );
}

export default DemandListPage;
