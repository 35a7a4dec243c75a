import { Select } from "antd";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import type { FieldTreeNode } from "../use-taxonomy";

// The tree control is ~20 KB gzipped and the taxonomy it shows arrives after the first paint
// anyway, so it loads in its own chunk; a same-sized select stands in meanwhile.
const FieldTree = lazy(() => import("./field-tree"));

export interface FieldTreeSelectProps {
  id?: string;
  tree: FieldTreeNode[];
  value: string | null;
  loading?: boolean;
  onChange: (value: string | null) => void;
}

/** Picks a field from the two-level taxonomy; a top-level field includes its subfields. */
export function FieldTreeSelect(props: FieldTreeSelectProps) {
  const { t } = useTranslation();
  return (
    <Suspense
      fallback={
        <Select
          id={props.id}
          aria-label={t("filters.field")}
          className="filter-control"
          placeholder={t("filters.fieldPlaceholder")}
          loading
          disabled
        />
      }
    >
      <FieldTree {...props} />
    </Suspense>
  );
}
