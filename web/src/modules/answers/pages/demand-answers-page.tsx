import type { CombinedError } from "@urql/core";
import { Alert, Breadcrumb, Button } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { errorCode, errorMessage, isNotFound } from "../../../graphql/errors";
import { readFragment } from "../../../graphql/graphql";
import { pickLocalized, useAppLanguage } from "../../../i18n/use-app-language";
import { useFormat } from "../../../i18n/use-format";
import { DetailSkeleton } from "../../../shared/components/detail-skeleton";
import { EmptyState } from "../../../shared/components/empty-results";
import { NotFoundResult } from "../../../shared/components/not-found-result";
import { PageHeading } from "../../../shared/components/page-heading";
import { QueryError } from "../../../shared/components/query-error";
import { useFeedback } from "../../../shared/feedback";
import { useDocumentTitle } from "../../../shared/hooks/use-document-title";
import { translateIssue } from "../../workspace/form-errors";
import { useOptimisticStatuses } from "../../workspace/use-optimistic-statuses";
import "../../workspace/workspace.css";
import { workspacePath } from "../../workspace/workspace-paths";
import {
  type AnswerDecision,
  type AnswerStatus,
  type RejectionReason,
  statusAfter,
} from "../answer-actions";
import { AnswerCard } from "../components/answer-card";
import {
  DecideAnswerMutation,
  DemandAnswersQuery,
  ReceivedAnswerFragment,
} from "../graphql/answers.graphql";

const PAGE = 20;

/** `/workspace/demands/:id/answers`: the answers an exam paper received, to score and decide. */
export function DemandAnswersPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const language = useAppLanguage();
  const format = useFormat();
  const feedback = useFeedback();
  const [first, setFirst] = useState(PAGE);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: DemandAnswersQuery,
    variables: { id, first },
  });
  const [, decide] = useMutation(DecideAnswerMutation);
  const optimistic = useOptimisticStatuses<AnswerStatus>();
  const demand = data?.demand;
  const title = demand ? (pickLocalized(language, demand.titleZh, demand.titleEn)?.text ?? "") : "";
  useDocumentTitle(demand ? `${t("answers.title")} · ${title}` : t("answers.title"));

  if (fetching && !demand) return <DetailSkeleton />;
  if (isNotFound(error) || errorCode(error) === "FORBIDDEN" || (!error && !demand)) {
    return (
      <NotFoundResult
        title={t("answers.notFoundTitle")}
        text={t("answers.notFoundText")}
        backTo="/workspace?tab=demands"
        backLabel={t("answers.backToWorkspace")}
      />
    );
  }
  if (error || !demand) {
    return error ? (
      <QueryError error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
    ) : null;
  }

  const connection = demand.answers;
  const answers = connection?.edges.map((e) => e.node) ?? [];
  const overdue = answers.filter((a) => {
    const answer = readFragment(ReceivedAnswerFragment, a);
    const status = optimistic.statusOf(answer.id as string, answer.status ?? "SUBMITTED").status;
    return answer.overdue && (status === "SUBMITTED" || status === "SHORTLISTED");
  }).length;

  async function onDecide(
    answerId: string,
    decision: AnswerDecision,
    reason?: RejectionReason,
    text?: string | null,
  ) {
    const next = statusAfter(decision);
    const ok = await optimistic.run(answerId, next, async () => {
      const result = await decide({
        input: { answerId, decision, reason: reason ?? null, feedback: text ?? null },
      });
      if (result.error) failed(result.error);
      return result;
    });
    if (ok)
      feedback.success(t(`answers.decided.${next as "SHORTLISTED" | "AWARDED" | "REJECTED"}`));
  }
  function failed(err: CombinedError) {
    feedback.error(t("answers.failed", { message: translateIssue(errorMessage(err).message, t) }));
  }

  return (
    <>
      <Breadcrumb
        className="detail-breadcrumb"
        items={[
          {
            title: (
              <Link to={workspacePath(demand.owner?.id, "demands")}>{t("workspace.title")}</Link>
            ),
          },
          { title: <Link to={`/demands/${demand.id}`}>{title}</Link> },
          { title: t("answers.title") },
        ]}
      />
      <PageHeading
        title={t("answers.title")}
        intro={
          <>
            {t("answers.forDemand", { title })}
            {demand.responseDeadline
              ? ` · ${t("answers.responseDue", { date: format.date(demand.responseDeadline) })}`
              : null}
          </>
        }
      />
      {overdue > 0 ? (
        <Alert
          type="warning"
          showIcon
          className="form-notice"
          title={t("answers.overdueTitle")}
          description={t("answers.overdueText", { count: overdue })}
        />
      ) : null}
      {answers.length === 0 ? (
        <EmptyState title={t("answers.emptyTitle")} text={t("answers.emptyText")}>
          <Link to={`/workspace/demands/${demand.id}/matches`}>{t("workspace.matches")}</Link>
        </EmptyState>
      ) : (
        <div className="answer-list">
          {answers.map((node) => {
            const answer = readFragment(ReceivedAnswerFragment, node);
            const answerId = answer.id as string;
            return (
              <AnswerCard
                key={answerId}
                data={node}
                criteria={demand.criteria ?? []}
                shown={optimistic.statusOf(answerId, answer.status ?? "SUBMITTED")}
                onDecide={(decision, reason, text) =>
                  void onDecide(answerId, decision, reason, text)
                }
              />
            );
          })}
          {connection?.pageInfo.hasNextPage ? (
            <div className="list-footer">
              <Button
                onClick={() => setFirst((n) => Math.min(n + PAGE, 100))}
                disabled={first >= 100}
              >
                {t("answers.loadMore")}
              </Button>
            </div>
          ) : null}
        </div>
      )}
    </>
  );
}

export default DemandAnswersPage;
