import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import type { VariablesOf } from "../../../graphql/graphql";
import { ConnectionResults } from "../../../shared/components/connection-results";
import { EmptyResults } from "../../../shared/components/empty-results";
import { DemandsQuery } from "../graphql/demands.graphql";
import { DemandCard } from "./demand-card";

export const DEMANDS_PAGE_SIZE = 12;

/** One page of the exam-paper list (see ConnectionResults). */
export function DemandResults({
  filter,
  after,
  pageIndex,
  isLast,
  filtered,
  labelOf,
  onLoadMore,
  onClearFilters,
}: {
  filter: VariablesOf<typeof DemandsQuery>["filter"];
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
    query: DemandsQuery,
    variables: { first: DEMANDS_PAGE_SIZE, after, filter },
  });
  return (
    <ConnectionResults
      connection={data?.demands}
      fetching={fetching}
      error={error}
      onRetry={() => reexecute({ requestPolicy: "network-only" })}
      pageIndex={pageIndex}
      pageSize={DEMANDS_PAGE_SIZE}
      isLast={isLast}
      totalText={(count) => t("demands.total", { count })}
      empty={
        <EmptyResults
          title={t("demands.emptyTitle")}
          filteredHint={t("demands.emptyText")}
          unfilteredHint={t("demands.emptyNoFilters")}
          filtered={filtered}
          onClear={onClearFilters}
        />
      }
      renderItem={(node) => <DemandCard data={node} fieldLabel={labelOf(node.field)} />}
      onLoadMore={onLoadMore}
    />
  );
}
