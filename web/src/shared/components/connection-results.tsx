import type { CombinedError } from "@urql/core";
import { Col, Row } from "antd";
import type { ReactNode } from "react";
import { CardGridSkeleton } from "./card-grid-skeleton";
import { ListFooter } from "./list-footer";
import { QueryError } from "./query-error";

/** The parts of a Relay connection a list page renders. */
export interface ConnectionPage<Node> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: readonly { cursor: string; node: Node }[];
}

/**
 * One page of a cursor-paginated card list. The first page shows the total (or the empty
 * state); the last loaded page shows "load more", which asks for the page after its endCursor.
 */
export function ConnectionResults<Node>({
  connection,
  fetching,
  error,
  onRetry,
  pageIndex,
  pageSize,
  isLast,
  totalText,
  empty,
  renderItem,
  onLoadMore,
}: {
  connection: ConnectionPage<Node> | null | undefined;
  fetching: boolean;
  error: CombinedError | undefined;
  onRetry: () => void;
  pageIndex: number;
  pageSize: number;
  isLast: boolean;
  totalText: (count: number) => string;
  empty: ReactNode;
  renderItem: (node: Node) => ReactNode;
  onLoadMore: (endCursor: string) => void;
}) {
  const isFirst = pageIndex === 0;
  if (error && !connection) return <QueryError error={error} onRetry={onRetry} />;
  if (!connection) return fetching ? <CardGridSkeleton count={isFirst ? 6 : 3} /> : null;
  if (isFirst && connection.totalCount === 0) return <>{empty}</>;

  return (
    // While new filters load, the previous results stay (urql keeps them) but are dimmed.
    <section
      aria-busy={fetching}
      className={fetching ? "connection-page is-refreshing" : "connection-page"}
    >
      {isFirst ? (
        <p className="list-total" role="status">
          {totalText(connection.totalCount)}
        </p>
      ) : null}
      <Row gutter={[16, 16]} className="listing-grid">
        {connection.edges.map(({ cursor, node }) => (
          <Col key={cursor} xs={24} md={12} xl={8}>
            {renderItem(node)}
          </Col>
        ))}
      </Row>
      {isLast ? (
        <ListFooter
          // Every page before the last is full: Relay's hasNextPage means `first` items came.
          shown={pageIndex * pageSize + connection.edges.length}
          total={connection.totalCount}
          hasNextPage={connection.pageInfo.hasNextPage}
          endCursor={connection.pageInfo.endCursor}
          onLoadMore={onLoadMore}
        />
      ) : null}
    </section>
  );
}
