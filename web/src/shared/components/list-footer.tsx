import { Button } from "antd";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../i18n/use-format";

/** "Load more" under a list, with how many of how many are shown. */
export function ListFooter({
  shown,
  total,
  hasNextPage,
  endCursor,
  onLoadMore,
}: {
  shown: number;
  total: number;
  hasNextPage: boolean;
  endCursor: string | null | undefined;
  onLoadMore: (endCursor: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="list-footer">
      <span className="list-footer-count">
        {t("common.shownOfTotal", { shown: format.number(shown), total: format.number(total) })}
      </span>
      {hasNextPage && endCursor ? (
        <Button type="primary" ghost onClick={() => onLoadMore(endCursor)}>
          {t("common.loadMore")}
        </Button>
      ) : null}
    </div>
  );
}
