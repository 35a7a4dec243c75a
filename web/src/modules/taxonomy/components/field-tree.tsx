import { TreeSelect } from "antd";
import { useTranslation } from "react-i18next";
import type { FieldTreeSelectProps } from "./field-tree-select";

/** The TreeSelect behind FieldTreeSelect (loaded lazily). */
export function FieldTree({ id, tree, value, loading, onChange }: FieldTreeSelectProps) {
  const { t } = useTranslation();
  return (
    <TreeSelect
      id={id}
      aria-label={t("filters.field")}
      className="filter-control"
      treeData={tree}
      value={value ?? undefined}
      loading={loading}
      placeholder={t("filters.fieldPlaceholder")}
      allowClear
      showSearch={{ treeNodeFilterProp: "title" }}
      treeLine
      popupMatchSelectWidth={false}
      onChange={(next) => onChange(typeof next === "string" && next ? next : null)}
    />
  );
}

export default FieldTree;
