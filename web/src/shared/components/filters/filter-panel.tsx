import { ClearOutlined, FilterOutlined } from "@ant-design/icons";
import { Badge, Button } from "antd";
import { type ReactNode, useId, useState } from "react";
import { useTranslation } from "react-i18next";

/** One labelled filter control in the panel's grid. */
export interface FilterItem {
  key: string;
  label: ReactNode;
  /** id of the control, so the label is associated with it; without it the label names a group. */
  htmlFor?: string;
  control: ReactNode;
  /** Whether the filter is set (counted on the phone's "more filters" button). */
  active?: boolean;
}

/**
 * Filters above a list: labelled controls in a responsive grid and a clear button. On phones
 * only the first filter shows until "more filters" is pressed, so results stay in view.
 * Plain labels rather than antd's Form keep the form engine out of the home page's bundle.
 */
export function FilterPanel({
  items,
  canClear,
  onClear,
}: {
  items: FilterItem[];
  canClear: boolean;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const gridId = useId();
  const activeHidden = items.slice(1).filter((item) => item.active).length;
  return (
    <section
      className={`filter-panel${expanded ? " is-expanded" : ""}`}
      aria-label={t("filters.title")}
    >
      <div className="filter-grid" id={gridId}>
        {items.map((item, index) => {
          const className = index === 0 ? "filter-item" : "filter-item is-secondary";
          return item.htmlFor ? (
            <div key={item.key} className={className}>
              <label className="filter-label" htmlFor={item.htmlFor}>
                {item.label}
              </label>
              {item.control}
            </div>
          ) : (
            <fieldset key={item.key} className={className}>
              <legend className="filter-label">{item.label}</legend>
              {item.control}
            </fieldset>
          );
        })}
      </div>
      <div className="filter-actions">
        <Button
          className="filter-toggle"
          icon={<FilterOutlined />}
          aria-expanded={expanded}
          aria-controls={gridId}
          onClick={() => setExpanded((open) => !open)}
        >
          {expanded ? t("filters.fewer") : t("filters.more")}
          {activeHidden > 0 ? <Badge count={activeHidden} size="small" color="#0b6e4f" /> : null}
        </Button>
        {canClear ? (
          <Button icon={<ClearOutlined />} onClick={onClear}>
            {t("common.clearFilters")}
          </Button>
        ) : null}
      </div>
    </section>
  );
}
