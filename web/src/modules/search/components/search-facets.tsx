import { Checkbox } from "antd";
import { useTranslation } from "react-i18next";
import type { TransferMode } from "../../../graphql/enums";
import type { ResultOf } from "../../../graphql/graphql";
import { useFormat } from "../../../i18n/use-format";
import { TrlRangeFilter } from "../../../shared/components/filters/trl-range-filter";
import type { SearchQuery } from "../graphql/search.graphql";
import type { OrgKind, SearchState } from "../search-params";

type Facets = NonNullable<NonNullable<ResultOf<typeof SearchQuery>["search"]>["facets"]>;
type FacetName = NonNullable<Facets[number]["facet"]>;

/** The facets the results page asks for, in the order shown. */
export const SEARCH_FACETS: FacetName[] = ["FIELD_TOP", "TRL", "MODES", "PROVINCE", "ORG_KIND"];

// Facet values are the engine's lower-case domain values; filters take the GraphQL enum names.
const asEnumName = (value: string) => value.toUpperCase();

function countsOf(
  facets: Facets | null | undefined,
  name: FacetName,
  key: (value: string) => string = (value) => value,
): Map<string, number> {
  const found = facets?.find((f) => f.facet === name);
  return new Map((found?.values ?? []).map((v) => [key(v.value ?? ""), v.count ?? 0]));
}

/** One facet: a checkbox per value with its count; a chosen value stays even at zero hits. */
function FacetGroup({
  id,
  legend,
  counts,
  selected,
  labelOf,
  onChange,
}: {
  id: string;
  legend: string;
  counts: Map<string, number>;
  selected: readonly string[];
  labelOf: (value: string) => string;
  onChange: (values: string[]) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const values = [...new Set([...counts.keys(), ...selected])].filter(Boolean);
  if (values.length === 0) return null;
  return (
    <fieldset className="facet-group" id={id}>
      <legend className="facet-legend">{legend}</legend>
      <ul className="facet-values">
        {values.map((value) => {
          const count = counts.get(value) ?? 0;
          const label = labelOf(value);
          const checked = selected.includes(value);
          return (
            <li key={value}>
              <Checkbox
                checked={checked}
                aria-label={t("search.facetOption", { label, hits: format.number(count) })}
                onChange={(e) =>
                  onChange(
                    e.target.checked ? [...selected, value] : selected.filter((v) => v !== value),
                  )
                }
              >
                <span className="facet-label">{label}</span>
                <span className="facet-count" aria-hidden>
                  {format.number(count)}
                </span>
              </Checkbox>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

/** The facet panel beside the results; every change goes into the URL. */
export function SearchFacets({
  facets,
  state,
  fieldLabel,
  onChange,
}: {
  facets: Facets | null | undefined;
  state: SearchState;
  fieldLabel: (code: string) => string;
  onChange: (patch: Partial<SearchState>) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const trlCounts = countsOf(facets, "TRL");
  return (
    <div className="search-facets">
      <FacetGroup
        id="facet-field"
        legend={t("search.facets.field")}
        counts={countsOf(facets, "FIELD_TOP")}
        selected={state.fieldTop}
        labelOf={fieldLabel}
        onChange={(fieldTop) => onChange({ fieldTop })}
      />
      <fieldset className="facet-group" id="facet-trl">
        <legend className="facet-legend">
          {state.kind === "demand" ? t("search.facets.minTrl") : t("search.facets.trl")}
        </legend>
        <TrlRangeFilter
          min={state.trlMin}
          max={state.trlMax}
          onChange={(trlMin, trlMax) => onChange({ trlMin, trlMax })}
        />
        {trlCounts.size ? (
          <ul className="facet-trl-counts" aria-label={t("search.facets.trlCounts")}>
            {[...trlCounts.entries()]
              .sort((a, b) => Number(a[0]) - Number(b[0]))
              .map(([level, count]) => (
                <li key={level}>
                  {t("trl.tag", { level })}: {format.number(count)}
                </li>
              ))}
          </ul>
        ) : null}
      </fieldset>
      <FacetGroup
        id="facet-modes"
        legend={state.kind === "demand" ? t("search.facets.wantedModes") : t("search.facets.modes")}
        counts={countsOf(facets, "MODES", asEnumName)}
        selected={state.modes}
        labelOf={(mode) => t(`transferModes.${mode as TransferMode}`)}
        onChange={(modes) => onChange({ modes: modes as TransferMode[] })}
      />
      <FacetGroup
        id="facet-province"
        legend={t("search.facets.region")}
        counts={countsOf(facets, "PROVINCE")}
        selected={state.province}
        labelOf={format.province}
        onChange={(province) => onChange({ province })}
      />
      <FacetGroup
        id="facet-org-kind"
        legend={t("search.facets.orgKind")}
        counts={countsOf(facets, "ORG_KIND", asEnumName)}
        selected={state.orgKind}
        labelOf={(kind) => t(`orgs.kinds.${kind as OrgKind}`)}
        onChange={(orgKind) => onChange({ orgKind: orgKind as OrgKind[] })}
      />
    </div>
  );
}
