import { ClearOutlined } from "@ant-design/icons";
import { Button } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** One labelled filter control in the panel's grid. */
export interface FilterItem {
  key: string;
  label: ReactNode;
  /** id of the control, so the label is associated with it; without it the label names a group. */
  htmlFor?: string;
  control: ReactNode;
}

/**
 * Filters above a list: labelled controls in a responsive grid and a clear button.
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
  return (
    <section className="filter-panel" aria-label={t("filters.title")}>
      <div className="filter-grid">
        {items.map((item) =>
          item.htmlFor ? (
            <div key={item.key} className="filter-item">
              <label className="filter-label" htmlFor={item.htmlFor}>
                {item.label}
              </label>
              {item.control}
            </div>
          ) : (
            <fieldset key={item.key} className="filter-item">
              <legend className="filter-label">{item.label}</legend>
              {item.control}
            </fieldset>
          ),
        )}
      </div>
      {canClear ? (
        <div className="filter-actions">
          <Button icon={<ClearOutlined />} onClick={onClear}>
            {t("common.clearFilters")}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
