import { PlusOutlined } from "@ant-design/icons";
import type { CombinedError } from "@urql/core";
import { Button, Skeleton, Table, type TableColumnsType } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { useMutation, useQuery } from "urql";
import type { DemandStatus } from "../../../graphql/enums";
import { errorMessage } from "../../../graphql/errors";
import type { ResultOf } from "../../../graphql/graphql";
import { pickLocalized, useAppLanguage } from "../../../i18n/use-app-language";
import { useFormat } from "../../../i18n/use-format";
import { EmptyState } from "../../../shared/components/empty-results";
import { QueryError } from "../../../shared/components/query-error";
import { useFeedback } from "../../../shared/feedback";
import { OverdueAnswersNotice } from "../../answers/components/overdue-answers-notice";
import { translateIssue } from "../form-errors";
import { OrgDemandsQuery, TransitionDemandMutation } from "../graphql/workspace.graphql";
import {
  canEditDemand,
  type DemandAction,
  demandActions,
  demandStatusAfter,
  hasDemandMatches,
} from "../listing-actions";
import { useOptimisticStatuses } from "../use-optimistic-statuses";
import { ConfirmButton } from "./confirm-button";
import { StatusTag } from "./status-tag";

type Row = NonNullable<ResultOf<typeof OrgDemandsQuery>["orgDemands"]>["edges"][number]["node"];

const PAGE = 50;
const CONFIRMED: readonly DemandAction[] = ["CLOSE", "CANCEL"];

/** The organization's exam papers in every status, their answers and what may be done next. */
export function DemandsTab({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const language = useAppLanguage();
  const format = useFormat();
  const feedback = useFeedback();
  const [first, setFirst] = useState(PAGE);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: OrgDemandsQuery,
    variables: { orgId, first },
  });
  const [, transition] = useMutation(TransitionDemandMutation);
  const optimistic = useOptimisticStatuses<DemandStatus>();

  const connection = data?.orgDemands;
  const rows: Row[] = connection?.edges.map((e) => e.node) ?? [];
  const titleOf = (row: Row) =>
    pickLocalized(language, row.titleZh, row.titleEn)?.text ?? t("workspace.untitled");

  async function act(row: Row, action: DemandAction) {
    const next = demandStatusAfter(action);
    const ok = await optimistic.run(row.id as string, next, async () => {
      const result = await transition({ id: row.id as string, action });
      if (result.error) failed(result.error);
      return result;
    });
    if (ok) feedback.success(t("workspace.statusChanged", { status: t(`demandStatuses.${next}`) }));
  }
  function failed(err: CombinedError) {
    feedback.error(
      t("workspace.actionFailed", { message: translateIssue(errorMessage(err).message, t) }),
    );
  }

  const toolbar = (
    <>
      <OverdueAnswersNotice orgId={orgId} />
      <div className="workspace-toolbar">
        <span />
        <Button
          type="primary"
          icon={<PlusOutlined aria-hidden />}
          onClick={() => navigate(`/workspace/demands/new?org=${encodeURIComponent(orgId)}`)}
        >
          {t("workspace.newDemand")}
        </Button>
      </div>
    </>
  );

  if (error && !connection) {
    return (
      <>
        {toolbar}
        <QueryError error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
      </>
    );
  }
  if (fetching && !connection) {
    return (
      <>
        {toolbar}
        <div role="status" aria-busy="true" aria-label={t("app.loadingPage")}>
          <Skeleton active paragraph={{ rows: 5 }} />
        </div>
      </>
    );
  }
  if (rows.length === 0) {
    return (
      <>
        {toolbar}
        <EmptyState
          title={t("workspace.demandsEmptyTitle")}
          text={t("workspace.demandsEmptyText")}
        />
      </>
    );
  }

  const columns: TableColumnsType<Row> = [
    {
      key: "title",
      title: t("workspace.columns.title"),
      render: (_, row) => {
        const { status } = optimistic.statusOf(row.id as string, row.status ?? "DRAFT");
        return status === "DRAFT" ? (
          <span>{titleOf(row)}</span>
        ) : (
          <Link to={`/demands/${row.id}`}>{titleOf(row)}</Link>
        );
      },
    },
    {
      key: "status",
      title: t("workspace.columns.status"),
      render: (_, row) => {
        const shown = optimistic.statusOf(row.id as string, row.status ?? "DRAFT");
        return <StatusTag kind="demand" status={shown.status} busy={shown.busy} />;
      },
    },
    {
      key: "deadline",
      title: t("workspace.columns.deadline"),
      responsive: ["md"],
      render: (_, row) => format.date(row.deadline),
    },
    {
      key: "actions",
      title: t("workspace.columns.actions"),
      render: (_, row) => {
        const id = row.id as string;
        const title = titleOf(row);
        const shown = optimistic.statusOf(id, row.status ?? "DRAFT");
        const label = (action: string) => t("workspace.actionOn", { action, title });
        const answers = row.answers?.totalCount ?? 0;
        return (
          <div className="row-actions">
            {canEditDemand(shown.status) ? (
              <Button
                size="small"
                aria-label={label(t("workspace.edit"))}
                disabled={shown.busy}
                onClick={() => navigate(`/workspace/demands/${id}/edit`)}
              >
                {t("workspace.edit")}
              </Button>
            ) : null}
            {demandActions(shown.status).map((action) => (
              <ConfirmButton
                key={action}
                size="small"
                type={action === "OPEN" ? "primary" : "default"}
                danger={action === "CANCEL"}
                disabled={shown.busy}
                aria-label={label(t(`workspace.demandActions.${action}`))}
                confirm={
                  CONFIRMED.includes(action)
                    ? t(`workspace.confirm.${action as "CLOSE" | "CANCEL"}`)
                    : undefined
                }
                onConfirm={() => void act(row, action)}
              >
                {t(`workspace.demandActions.${action}`)}
              </ConfirmButton>
            ))}
            {shown.status !== "DRAFT" ? (
              <Button
                size="small"
                type="link"
                aria-label={label(t("workspace.answers", { count: answers }))}
                onClick={() => navigate(`/workspace/demands/${id}/answers`)}
              >
                {t("workspace.answers", { count: answers })}
              </Button>
            ) : null}
            {hasDemandMatches(shown.status) ? (
              <Button
                size="small"
                type="link"
                aria-label={label(t("workspace.matches"))}
                onClick={() => navigate(`/workspace/demands/${id}/matches`)}
              >
                {t("workspace.matches")}
              </Button>
            ) : null}
          </div>
        );
      },
    },
  ];

  return (
    <>
      {toolbar}
      <Table<Row>
        rowKey={(row) => row.id as string}
        columns={columns}
        dataSource={rows}
        pagination={false}
        size="middle"
        className="workspace-table"
      />
      {connection?.pageInfo.hasNextPage ? (
        <div className="list-footer">
          <Button onClick={() => setFirst((n) => Math.min(n + PAGE, 100))} disabled={first >= 100}>
            {t("common.loadMore")}
          </Button>
        </div>
      ) : null}
    </>
  );
}
