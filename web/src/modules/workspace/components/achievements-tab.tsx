import { PlusOutlined } from "@ant-design/icons";
import type { CombinedError } from "@urql/core";
import { Button, Skeleton, Table, type TableColumnsType } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { useMutation, useQuery } from "urql";
import type { AchievementStatus } from "../../../graphql/enums";
import { errorMessage } from "../../../graphql/errors";
import type { ResultOf } from "../../../graphql/graphql";
import { pickLocalized, useAppLanguage } from "../../../i18n/use-app-language";
import { useFormat } from "../../../i18n/use-format";
import { EmptyState } from "../../../shared/components/empty-results";
import { QueryError } from "../../../shared/components/query-error";
import { TrlTag } from "../../../shared/components/trl-tag";
import { useFeedback } from "../../../shared/feedback";
import { translateIssue } from "../form-errors";
import {
  OrgAchievementsQuery,
  ReverifyAchievementMutation,
  TransitionAchievementMutation,
} from "../graphql/workspace.graphql";
import {
  type AchievementAction,
  achievementActions,
  achievementStatusAfter,
  canEditAchievement,
  canReverifyAchievement,
  hasAchievementMatches,
} from "../listing-actions";
import { useOptimisticStatuses } from "../use-optimistic-statuses";
import { ConfirmButton } from "./confirm-button";
import { StatusTag } from "./status-tag";

type Row = NonNullable<
  ResultOf<typeof OrgAchievementsQuery>["orgAchievements"]
>["edges"][number]["node"];

const PAGE = 50;

/** The organization's achievements in every status, with what may be done to each. */
export function AchievementsTab({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const language = useAppLanguage();
  const format = useFormat();
  const feedback = useFeedback();
  const [first, setFirst] = useState(PAGE);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: OrgAchievementsQuery,
    variables: { orgId, first },
  });
  const [, transition] = useMutation(TransitionAchievementMutation);
  const [, reverify] = useMutation(ReverifyAchievementMutation);
  const optimistic = useOptimisticStatuses<AchievementStatus>();

  const connection = data?.orgAchievements;
  const rows: Row[] = connection?.edges.map((e) => e.node) ?? [];
  const titleOf = (row: Row) =>
    pickLocalized(language, row.titleZh, row.titleEn)?.text ?? t("workspace.untitled");
  const failed = (err: CombinedError) =>
    feedback.error(
      t("workspace.actionFailed", { message: translateIssue(errorMessage(err).message, t) }),
    );

  async function act(row: Row, action: AchievementAction) {
    const next = achievementStatusAfter(action);
    const ok = await optimistic.run(row.id as string, next, async () => {
      const result = await transition({ id: row.id as string, action });
      if (result.error) failed(result.error);
      return result;
    });
    if (ok)
      feedback.success(t("workspace.statusChanged", { status: t(`achievementStatuses.${next}`) }));
  }

  async function confirmCurrent(row: Row) {
    const result = await reverify({ id: row.id as string });
    if (result.error) failed(result.error);
    else feedback.success(t("workspace.reverified"));
  }

  const toolbar = (
    <div className="workspace-toolbar">
      <span />
      <Button
        type="primary"
        icon={<PlusOutlined aria-hidden />}
        onClick={() => navigate(`/workspace/achievements/new?org=${encodeURIComponent(orgId)}`)}
      >
        {t("workspace.newAchievement")}
      </Button>
    </div>
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
          title={t("workspace.achievementsEmptyTitle")}
          text={t("workspace.achievementsEmptyText")}
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
        return (
          <>
            {status === "PUBLISHED" || status === "IN_NEGOTIATION" || status === "TRANSACTED" ? (
              <Link to={`/achievements/${row.id}`}>{titleOf(row)}</Link>
            ) : (
              <span>{titleOf(row)}</span>
            )}
            {status === "REJECTED" && row.reviewNote ? (
              <span className="row-note">
                {t("workspace.reviewNote", { note: row.reviewNote })}
              </span>
            ) : null}
            {row.expired ? (
              <span className="row-note">{t("workspace.expired")}</span>
            ) : row.expiresAt && canReverifyAchievement(status) ? (
              <span className="row-meta">
                {t("workspace.expiresOn", { date: format.date(row.expiresAt) })}
              </span>
            ) : null}
          </>
        );
      },
    },
    {
      key: "status",
      title: t("workspace.columns.status"),
      render: (_, row) => {
        const shown = optimistic.statusOf(row.id as string, row.status ?? "DRAFT");
        return <StatusTag kind="achievement" status={shown.status} busy={shown.busy} />;
      },
    },
    {
      key: "trl",
      title: t("workspace.columns.trl"),
      responsive: ["md"],
      render: (_, row) => (row.trl ? <TrlTag level={row.trl} /> : null),
    },
    {
      key: "updatedAt",
      title: t("workspace.columns.updatedAt"),
      responsive: ["lg"],
      render: (_, row) => format.date(row.updatedAt),
    },
    {
      key: "actions",
      title: t("workspace.columns.actions"),
      render: (_, row) => {
        const id = row.id as string;
        const title = titleOf(row);
        const shown = optimistic.statusOf(id, row.status ?? "DRAFT");
        const label = (action: string) => t("workspace.actionOn", { action, title });
        return (
          <div className="row-actions">
            {canEditAchievement(shown.status) ? (
              <Button
                size="small"
                aria-label={label(t("workspace.edit"))}
                onClick={() => navigate(`/workspace/achievements/${id}/edit`)}
                disabled={shown.busy}
              >
                {t("workspace.edit")}
              </Button>
            ) : null}
            {achievementActions(shown.status).map((action) => (
              <ConfirmButton
                key={action}
                size="small"
                type={action === "SUBMIT" ? "primary" : "default"}
                danger={action === "WITHDRAW"}
                disabled={shown.busy}
                aria-label={label(t(`workspace.achievementActions.${action}`))}
                confirm={action === "WITHDRAW" ? t("workspace.confirm.WITHDRAW") : undefined}
                onConfirm={() => void act(row, action)}
              >
                {t(`workspace.achievementActions.${action}`)}
              </ConfirmButton>
            ))}
            {canReverifyAchievement(shown.status) ? (
              <Button
                size="small"
                aria-label={label(t("workspace.reverify"))}
                onClick={() => void confirmCurrent(row)}
              >
                {t("workspace.reverify")}
              </Button>
            ) : null}
            {hasAchievementMatches(shown.status) ? (
              <Button
                size="small"
                type="link"
                aria-label={label(t("workspace.matches"))}
                onClick={() => navigate(`/workspace/achievements/${id}/matches`)}
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
