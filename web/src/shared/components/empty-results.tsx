import { Button, Empty } from "antd";
import { useTranslation } from "react-i18next";

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
    <Empty
      className="empty-results"
      description={
        <>
          <strong className="empty-title">{title}</strong>
          <span>{filtered ? filteredHint : unfilteredHint}</span>
        </>
      }
    >
      {filtered ? (
        <Button type="primary" onClick={onClear}>
          {t("common.clearFilters")}
        </Button>
      ) : null}
    </Empty>
  );
}
