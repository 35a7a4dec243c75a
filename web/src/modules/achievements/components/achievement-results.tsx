import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import type { VariablesOf } from "../../../graphql/graphql";
import { ConnectionResults } from "../../../shared/components/connection-results";
import { EmptyResults } from "../../../shared/components/empty-results";
import { AchievementsQuery } from "../graphql/achievements.graphql";
import { AchievementCard } from "./achievement-card";

export const ACHIEVEMENTS_PAGE_SIZE = 12;

/** One page of the achievement list (see ConnectionResults). */
export function AchievementResults({
  filter,
  after,
  pageIndex,
  isLast,
  filtered,
  labelOf,
  onLoadMore,
  onClearFilters,
}: {
  filter: VariablesOf<typeof AchievementsQuery>["filter"];
  after: string | null;
  pageIndex: number;
  isLast: boolean;
  filtered: boolean;
  labelOf: (code: string | null | undefined) => string | null;
  onLoadMore: (endCursor: string) => void;
  onClearFilters: () => void;
}) {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AchievementsQuery,
    variables: { first: ACHIEVEMENTS_PAGE_SIZE, after, filter },
  });
  return (
    <ConnectionResults
      connection={data?.achievements}
      fetching={fetching}
      error={error}
      onRetry={() => reexecute({ requestPolicy: "network-only" })}
      pageIndex={pageIndex}
      pageSize={ACHIEVEMENTS_PAGE_SIZE}
      isLast={isLast}
      totalText={(count) => t("achievements.total", { count })}
      empty={
        <EmptyResults
          title={t("achievements.emptyTitle")}
          filteredHint={t("achievements.emptyText")}
          unfilteredHint={t("achievements.emptyNoFilters")}
          filtered={filtered}
          onClear={onClearFilters}
        />
      }
      renderItem={(node) => <AchievementCard data={node} fieldLabel={labelOf(node.field)} />}
      onLoadMore={onLoadMore}
    />
  );
}
