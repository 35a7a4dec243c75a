import { Button, Skeleton, Table, type TableColumnsType, Tag } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useQuery } from "urql";
import type { ResultOf } from "../../../graphql/graphql";
import { useFormat } from "../../../i18n/use-format";
import { EmptyState } from "../../../shared/components/empty-results";
import { LocalizedText } from "../../../shared/components/localized-text";
import { QueryError } from "../../../shared/components/query-error";
import { answerStatusColor } from "../answer-actions";
import { OrgAnswersQuery } from "../graphql/answers.graphql";

type Row = NonNullable<ResultOf<typeof OrgAnswersQuery>["orgAnswers"]>["edges"][number]["node"];

const PAGE = 50;

/** The answers the organization sent: where each stands, the decision and the score it got. */
export function SentAnswersTab({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [first, setFirst] = useState(PAGE);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: OrgAnswersQuery,
    variables: { orgId, first },
  });
  const connection = data?.orgAnswers;
  const rows: Row[] = connection?.edges.map((e) => e.node) ?? [];

  if (error && !connection) {
    return (
      <QueryError error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
    );
  }
  if (fetching && !connection) {
    return (
      <div role="status" aria-busy="true" aria-label={t("app.loadingPage")}>
        <Skeleton active paragraph={{ rows: 4 }} />
      </div>
    );
  }
  if (rows.length === 0) {
    return (
      <EmptyState title={t("answers.sentEmptyTitle")} text={t("answers.sentEmptyText")}>
        <Link to="/demands">{t("answers.browseDemands")}</Link>
      </EmptyState>
    );
  }

  const columns: TableColumnsType<Row> = [
    {
      key: "demand",
      title: t("answers.demandColumn"),
      render: (_, row) => (
        <>
          <Link to={`/demands/${row.demand?.id}`}>
            <LocalizedText zh={row.demand?.titleZh} en={row.demand?.titleEn} />
          </Link>
          {row.status === "REJECTED" && row.decisionReason ? (
            <span className="row-note">
              {t("answers.decisionReason", { reason: t(`answers.reasons.${row.decisionReason}`) })}
              {row.feedback ? ` · ${row.feedback}` : ""}
            </span>
          ) : null}
          {row.evaluation?.comment ? (
            <span className="row-meta">{row.evaluation.comment}</span>
          ) : null}
        </>
      ),
    },
    {
      key: "status",
      title: t("workspace.columns.status"),
      render: (_, row) => (
        <>
          <Tag color={answerStatusColor(row.status ?? "SUBMITTED")}>
            {t(`answers.statuses.${row.status ?? "SUBMITTED"}`)}
          </Tag>
          {row.overdue ? <Tag color="red">{t("answers.overdueTag")}</Tag> : null}
        </>
      ),
    },
    {
      key: "quote",
      title: t("answers.quote"),
      responsive: ["md"],
      render: (_, row) =>
        format.price({
          min: row.quote?.amount,
          max: row.quote?.amount,
          currency: row.quote?.currency,
        }),
    },
    {
      key: "score",
      title: t("answers.evaluation"),
      render: (_, row) =>
        row.evaluation?.overall != null
          ? t("answers.overall", {
              score: format.number(Math.round(row.evaluation.overall * 10) / 10),
            })
          : t("answers.notScored"),
    },
    {
      key: "submitted",
      title: t("answers.submittedAt"),
      responsive: ["lg"],
      render: (_, row) => format.date(row.submittedAt),
    },
  ];

  return (
    <>
      <Table<Row>
        rowKey={(row) => row.id as string}
        columns={columns}
        dataSource={rows}
        pagination={false}
        size="middle"
        className="workspace-table"
      />
      {connection?.pageInfo.hasNextPage && first < 100 ? (
        <div className="list-footer">
          <Button onClick={() => setFirst((n) => Math.min(n + PAGE, 100))}>
            {t("common.loadMore")}
          </Button>
        </div>
      ) : null}
    </>
  );
}
