import { CheckOutlined, CloseOutlined, SafetyCertificateOutlined } from "@ant-design/icons";
import { Button, Result, Skeleton, Space, Tag } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useQuery } from "urql";
import type { ResultOf } from "../../../graphql/graphql";
import { pickLocalized, useAppLanguage } from "../../../i18n/use-app-language";
import { useFormat } from "../../../i18n/use-format";
import { CardGridSkeleton } from "../../../shared/components/card-grid-skeleton";
import { EmptyState } from "../../../shared/components/empty-results";
import { ListFooter } from "../../../shared/components/list-footer";
import { LocalizedText } from "../../../shared/components/localized-text";
import { PageHeading } from "../../../shared/components/page-heading";
import { QueryError } from "../../../shared/components/query-error";
import { TransferModeTags } from "../../../shared/components/transfer-mode-tags";
import { TrlTag } from "../../../shared/components/trl-tag";
import { useFeedback } from "../../../shared/feedback";
import { useCursorPages } from "../../../shared/hooks/use-cursor-pages";
import { useDocumentTitle } from "../../../shared/hooks/use-document-title";
import { LoginRequired } from "../../accounts/components/login-required";
import { canReview, useViewer } from "../../accounts/use-viewer";
import { useTaxonomy } from "../../taxonomy/use-taxonomy";
import { ReviewDecisionDialog } from "../components/review-decision-dialog";
import { ReviewQueueQuery } from "../graphql/review.graphql";
import "../review.css";

const PAGE_SIZE = 20;

type Item = NonNullable<
  NonNullable<ResultOf<typeof ReviewQueueQuery>["reviewQueue"]>["edges"][number]["node"]
>;

/** Reviewers' queue: achievements awaiting review, oldest first, approved or sent back. */
export function ReviewQueuePage() {
  const { t } = useTranslation();
  useDocumentTitle(t("review.title"));
  const { viewer, fetching } = useViewer();
  if (fetching) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (!viewer) return <LoginRequired text={t("review.loginText")} />;
  if (!canReview(viewer)) {
    return (
      <Result
        status="403"
        title={<h1 className="result-title">{t("review.notAllowedTitle")}</h1>}
        subTitle={t("review.notAllowedText")}
        extra={<Link to="/">{t("common.backHome")}</Link>}
      />
    );
  }
  return <ReviewQueue />;
}

function ReviewQueue() {
  const { t } = useTranslation();
  const { cursors, loadMore } = useCursorPages("review");
  // Decided items leave the list at once; the next fetch no longer returns them.
  const [decided, setDecided] = useState<ReadonlySet<string>>(new Set());
  return (
    <>
      <PageHeading title={t("review.title")} intro={t("review.intro")} />
      {cursors.map((after, index) => (
        <ReviewPage
          key={after ?? "first"}
          after={after}
          pageIndex={index}
          isLast={index === cursors.length - 1}
          decided={decided}
          onDecided={(id) => setDecided((ids) => new Set([...ids, id]))}
          onLoadMore={loadMore}
        />
      ))}
    </>
  );
}

function ReviewPage({
  after,
  pageIndex,
  isLast,
  decided,
  onDecided,
  onLoadMore,
}: {
  after: string | null;
  pageIndex: number;
  isLast: boolean;
  decided: ReadonlySet<string>;
  onDecided: (id: string) => void;
  onLoadMore: (cursor: string) => void;
}) {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ReviewQueueQuery,
    variables: { first: PAGE_SIZE, after },
    requestPolicy: "cache-and-network",
  });
  const queue = data?.reviewQueue;
  if (error && !queue) {
    return (
      <QueryError error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
    );
  }
  if (!queue) return fetching ? <CardGridSkeleton count={3} /> : null;
  const items = queue.edges.filter((e) => !decided.has(e.node.id ?? ""));
  const left = Math.max(queue.totalCount - decided.size, 0);
  if (pageIndex === 0 && items.length === 0 && !queue.pageInfo.hasNextPage) {
    return (
      <EmptyState title={t("review.emptyTitle")} text={t("review.emptyText")}>
        <Link to="/search">{t("review.browsePublished")}</Link>
      </EmptyState>
    );
  }
  return (
    <section aria-busy={fetching}>
      {pageIndex === 0 ? (
        <p className="list-total" role="status">
          {t("review.waiting", { count: left })}
        </p>
      ) : null}
      <ol className="review-list">
        {items.map(({ cursor, node }) => (
          <li key={cursor}>
            <ReviewItem item={node} onDecided={onDecided} />
          </li>
        ))}
      </ol>
      {isLast ? (
        <ListFooter
          shown={pageIndex * PAGE_SIZE + queue.edges.length}
          total={queue.totalCount}
          hasNextPage={queue.pageInfo.hasNextPage}
          endCursor={queue.pageInfo.endCursor}
          onLoadMore={onLoadMore}
        />
      ) : null}
    </section>
  );
}

function ReviewItem({ item, onDecided }: { item: Item; onDecided: (id: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useAppLanguage();
  const feedback = useFeedback();
  const taxonomy = useTaxonomy();
  const [decision, setDecision] = useState<"approve" | "reject" | null>(null);
  const title = pickLocalized(language, item.titleZh, item.titleEn)?.text ?? item.id ?? "";
  const fieldLabel = taxonomy.labelOf(item.field);
  return (
    <article className="review-item listing-card">
      <div className="tag-row listing-tags">
        {item.trl ? <TrlTag level={item.trl} /> : null}
        {fieldLabel ? <Tag>{fieldLabel}</Tag> : null}
        {item.publiclyFunded ? <Tag color="cyan">{t("achievements.publiclyFunded")}</Tag> : null}
        {item.negativeList ? <Tag color="red">{t("review.negativeList")}</Tag> : null}
      </div>
      <h2 className="listing-title">
        <Link to={`/achievements/${item.id}`}>
          <LocalizedText zh={item.titleZh} en={item.titleEn} empty={item.id} />
        </Link>
      </h2>
      <p className="listing-owner">
        <LocalizedText zh={item.owner?.nameZh} en={item.owner?.nameEn} />
        {item.owner?.verified ? (
          <SafetyCertificateOutlined className="verified-icon" aria-label={t("review.verified")} />
        ) : null}
      </p>
      <p className="listing-summary">
        <LocalizedText zh={item.summaryZh} en={item.summaryEn} empty={t("common.unknown")} />
      </p>
      <TransferModeTags modes={item.transferModes} />
      <dl className="listing-facts review-facts">
        <div>
          <dt>{t("achievements.price")}</dt>
          <dd>{format.price(item.price)}</dd>
        </div>
        <div>
          <dt>{t("achievements.ipAssets")}</dt>
          <dd>{t("review.ipCount", { count: item.ipAssets?.length ?? 0 })}</dd>
        </div>
        <div>
          <dt>{t("achievements.rightsStatus")}</dt>
          <dd>
            {item.rightsStatus === "LONG_TERM_USE" && item.rightsUseYears
              ? t("achievements.rightsUseYears", { years: item.rightsUseYears })
              : item.rightsStatus
                ? t(`rightsStatuses.${item.rightsStatus}`)
                : t("common.unknown")}
          </dd>
        </div>
        <div>
          <dt>{t("review.submittedAt")}</dt>
          <dd>{format.date(item.updatedAt)}</dd>
        </div>
      </dl>
      <Space wrap className="review-actions">
        <Button
          type="primary"
          icon={<CheckOutlined aria-hidden />}
          aria-label={t("review.approveLabel", { title })}
          onClick={() => setDecision("approve")}
        >
          {t("review.approve")}
        </Button>
        <Button
          danger
          icon={<CloseOutlined aria-hidden />}
          aria-label={t("review.rejectLabel", { title })}
          onClick={() => setDecision("reject")}
        >
          {t("review.reject")}
        </Button>
      </Space>
      {decision ? (
        <ReviewDecisionDialog
          decision={decision}
          achievementId={item.id ?? ""}
          title={title}
          onClose={() => setDecision(null)}
          onDone={(done) => {
            setDecision(null);
            onDecided(item.id ?? "");
            feedback.success(
              done === "approve"
                ? t("review.approved", { title })
                : t("review.rejected", { title }),
            );
          }}
        />
      ) : null}
    </article>
  );
}

export default ReviewQueuePage;
