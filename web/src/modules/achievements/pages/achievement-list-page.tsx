import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { FilterPanel } from "../../../shared/components/filters/filter-panel";
import { TextFilter } from "../../../shared/components/filters/text-filter";
import { TransferModesFilter } from "../../../shared/components/filters/transfer-modes-filter";
import { TrlRangeFilter } from "../../../shared/components/filters/trl-range-filter";
import { PageHeading } from "../../../shared/components/page-heading";
import { useCursorPages } from "../../../shared/hooks/use-cursor-pages";
import { useDocumentTitle } from "../../../shared/hooks/use-document-title";
import { FieldTreeSelect } from "../../taxonomy/components/field-tree-select";
import { useTaxonomy } from "../../taxonomy/use-taxonomy";
import {
  type AchievementFilterValues,
  EMPTY_ACHIEVEMENT_FILTERS,
  hasAchievementFilters,
  readAchievementFilters,
  toAchievementApiFilter,
  writeAchievementFilters,
} from "../achievement-filters";
import { AchievementResults } from "../components/achievement-results";

/** The public marketplace list of published achievements (also the home page). */
export function AchievementListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("achievements.listTitle"));
  const [params, setParams] = useSearchParams();
  const filters = readAchievementFilters(params);
  const apiFilter = toAchievementApiFilter(filters);
  const { cursors, loadMore } = useCursorPages(JSON.stringify(apiFilter));
  const taxonomy = useTaxonomy();
  const filtered = hasAchievementFilters(filters);

  const update = (patch: Partial<AchievementFilterValues>) =>
    setParams(writeAchievementFilters({ ...filters, ...patch }));
  const clear = () => setParams(writeAchievementFilters(EMPTY_ACHIEVEMENT_FILTERS));

  return (
    <>
      <PageHeading title={t("achievements.listTitle")} intro={t("achievements.listIntro")} />
      <FilterPanel
        canClear={filtered}
        onClear={clear}
        items={[
          {
            key: "text",
            active: Boolean(filters.text),
            label: t("filters.text"),
            htmlFor: "achievement-filter-text",
            control: (
              <TextFilter
                id="achievement-filter-text"
                value={filters.text}
                onChange={(text) => update({ text })}
              />
            ),
          },
          {
            key: "field",
            active: Boolean(filters.field),
            label: t("filters.field"),
            htmlFor: "achievement-filter-field",
            control: (
              <FieldTreeSelect
                id="achievement-filter-field"
                tree={taxonomy.tree}
                loading={taxonomy.fetching}
                value={filters.field}
                onChange={(field) => update({ field })}
              />
            ),
          },
          {
            key: "trl",
            active: filters.trlMin != null || filters.trlMax != null,
            label: (
              <>
                {t("filters.trl")}
                <span className="filter-value">
                  {t("filters.trlRange", { min: filters.trlMin ?? 1, max: filters.trlMax ?? 9 })}
                </span>
              </>
            ),
            control: (
              <TrlRangeFilter
                min={filters.trlMin}
                max={filters.trlMax}
                onChange={(trlMin, trlMax) => update({ trlMin, trlMax })}
              />
            ),
          },
          {
            key: "modes",
            active: filters.modes.length > 0,
            label: t("filters.modes"),
            htmlFor: "achievement-filter-modes",
            control: (
              <TransferModesFilter
                id="achievement-filter-modes"
                value={filters.modes}
                onChange={(modes) => update({ modes })}
              />
            ),
          },
        ]}
      />
      {cursors.map((after, index) => (
        <AchievementResults
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

export default AchievementListPage;
