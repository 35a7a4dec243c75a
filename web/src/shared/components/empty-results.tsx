import { Button, Empty } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** An empty list or page: a title, a line on what to do next, and the action for it. */
export function EmptyState({
  title,
  text,
  children,
}: {
  title: ReactNode;
  text: ReactNode;
  children?: ReactNode;
}) {
  return (
    <Empty
      className="empty-results"
      description={
        <>
          <strong className="empty-title">{title}</strong>
          <span>{text}</span>
        </>
      }
    >
      {children}
    </Empty>
  );
}

/** No results: says what to do next, and offers to clear the filters when some are set. */
export function EmptyResults({
  title,
  filteredHint,
  unfilteredHint,
  filtered,
  onClear,
}: {
  title: string;
  filteredHint: string;
  unfilteredHint: string;
  filtered: boolean;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  return (
    <EmptyState title={title} text={filtered ? filteredHint : unfilteredHint}>
      {filtered ? (
        <Button type="primary" onClick={onClear}>
          {t("common.clearFilters")}
        </Button>
      ) : null}
    </EmptyState>
  );
}
