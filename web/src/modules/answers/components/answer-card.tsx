import { SafetyCertificateOutlined, SyncOutlined } from "@ant-design/icons";
import {
  Button,
  Card,
  Collapse,
  Descriptions,
  List,
  Popconfirm,
  Space,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type FragmentOf, readFragment } from "../../../graphql/graphql";
import { pickLocalized, useAppLanguage } from "../../../i18n/use-app-language";
import { useFormat } from "../../../i18n/use-format";
import { LocalizedText } from "../../../shared/components/localized-text";
import { useCriterionLabel } from "../../workspace/criteria";
import {
  type AnswerDecision,
  type AnswerStatus,
  answerDecisions,
  answerStatusColor,
  type RejectionReason,
} from "../answer-actions";
import { ReceivedAnswerFragment } from "../graphql/answers.graphql";
import { EvaluationForm } from "./evaluation-form";
import { RejectDialog } from "./reject-dialog";

/** One answer received: who, what they propose, the scores given, and the decisions left. */
export function AnswerCard({
  data,
  criteria,
  shown,
  onDecide,
}: {
  data: FragmentOf<typeof ReceivedAnswerFragment>;
  criteria: readonly string[];
  /** The status to show (the decision just taken, before the API confirms it). */
  shown: { status: AnswerStatus; busy: boolean };
  onDecide: (decision: AnswerDecision, reason?: RejectionReason, feedback?: string | null) => void;
}) {
  const answer = readFragment(ReceivedAnswerFragment, data);
  const { t } = useTranslation();
  const language = useAppLanguage();
  const format = useFormat();
  const label = useCriterionLabel();
  const [rejecting, setRejecting] = useState(false);
  const orgName =
    pickLocalized(language, answer.organization?.nameZh, answer.organization?.nameEn)?.text ?? "";
  const decisions = answerDecisions(shown.status);
  const headingId = `answer-${answer.id}`;

  return (
    <section aria-labelledby={headingId}>
      <Card
        className="answer-card"
        title={
          <Space wrap size={[8, 4]}>
            <h2 className="card-heading" id={headingId}>
              {t("answers.answerFrom", { org: orgName })}
            </h2>
            {answer.organization?.verified ? (
              <SafetyCertificateOutlined className="verified-icon" aria-hidden />
            ) : null}
            <Tag
              color={answerStatusColor(shown.status)}
              icon={shown.busy ? <SyncOutlined spin aria-hidden /> : undefined}
            >
              {t(`answers.statuses.${shown.status}`)}
            </Tag>
            {answer.overdue && (shown.status === "SUBMITTED" || shown.status === "SHORTLISTED") ? (
              <Tag color="red">{t("answers.overdueTag")}</Tag>
            ) : null}
          </Space>
        }
      >
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 3 }}
          items={[
            {
              key: "quote",
              label: t("answers.quote"),
              children: format.price({
                min: answer.quote?.amount,
                max: answer.quote?.amount,
                currency: answer.quote?.currency,
              }),
            },
            {
              key: "submitted",
              label: t("answers.submittedAt"),
              children: format.date(answer.submittedAt),
            },
            {
              key: "score",
              label: t("answers.evaluation"),
              children:
                answer.evaluation?.overall != null
                  ? t("answers.overall", {
                      score: format.number(Math.round(answer.evaluation.overall * 10) / 10),
                    })
                  : t("answers.notScored"),
            },
          ]}
        />
        {answer.organization?.reputation?.count ? (
          <p className="row-meta">
            {t("answers.reputation", {
              mean: format.number(Math.round((answer.organization.reputation.mean ?? 0) * 10) / 10),
              count: answer.organization.reputation.count,
            })}
          </p>
        ) : null}
        {shown.status === "REJECTED" && answer.decisionReason ? (
          <p className="row-note">
            {t("answers.decisionReason", { reason: t(`answers.reasons.${answer.decisionReason}`) })}
            {answer.feedback ? ` · ${answer.feedback}` : ""}
          </p>
        ) : null}
        <Collapse
          ghost
          items={[
            {
              key: "details",
              label: t("answers.approach"),
              children: (
                <>
                  <Typography.Paragraph className="prose">{answer.approach}</Typography.Paragraph>
                  <h3 className="subheading">{t("answers.milestones")}</h3>
                  <List
                    size="small"
                    dataSource={[...(answer.milestones ?? [])]}
                    renderItem={(m) => (
                      <List.Item>
                        <span>{m.title}</span>
                        <span className="row-meta">
                          {m.dueOn ? `${t("answers.milestoneDue")} ${format.date(m.dueOn)}` : null}
                          {m.deliverable
                            ? ` · ${t("answers.deliverable")}: ${m.deliverable}`
                            : null}
                        </span>
                      </List.Item>
                    )}
                  />
                  {answer.team?.length ? (
                    <>
                      <h3 className="subheading">{t("answers.team")}</h3>
                      <p>
                        {answer.team
                          .map((member) => {
                            const m = format.teamMember(member);
                            return m.role
                              ? t("answers.teamMember", { name: m.name, role: m.role })
                              : m.name;
                          })
                          .join(t("common.listSeparator"))}
                      </p>
                    </>
                  ) : null}
                  {answer.achievements?.length ? (
                    <>
                      <h3 className="subheading">{t("answers.linkedAchievements")}</h3>
                      <ul className="plain-list">
                        {answer.achievements.map((a) => (
                          <li key={a.id}>
                            <Link to={`/achievements/${a.id}`}>
                              <LocalizedText zh={a.titleZh} en={a.titleEn} />
                            </Link>
                          </li>
                        ))}
                      </ul>
                    </>
                  ) : null}
                </>
              ),
            },
            {
              key: "evaluate",
              label: answer.evaluation ? t("answers.evaluation") : t("answers.evaluate"),
              children: (
                <>
                  {answer.evaluation?.scores?.length ? (
                    <p className="row-meta">
                      {answer.evaluation.scores
                        .map((s) => `${label(s.criterion ?? "")} ${s.score}`)
                        .join(t("common.listSeparator"))}
                    </p>
                  ) : null}
                  <EvaluationForm
                    answerId={answer.id as string}
                    criteria={criteria}
                    current={answer.evaluation}
                  />
                </>
              ),
            },
          ]}
        />
        {decisions.length ? (
          <div className="row-actions answer-actions">
            {decisions.includes("SHORTLIST") ? (
              <Button
                disabled={shown.busy}
                aria-label={t("workspace.actionOn", {
                  action: t("answers.shortlist"),
                  title: orgName,
                })}
                onClick={() => onDecide("SHORTLIST")}
              >
                {t("answers.shortlist")}
              </Button>
            ) : null}
            {decisions.includes("AWARD") ? (
              <Popconfirm
                title={t("answers.awardConfirm", { org: orgName })}
                okText={t("workspace.confirm.ok")}
                cancelText={t("workspace.confirm.cancel")}
                onConfirm={() => onDecide("AWARD")}
              >
                <Button
                  type="primary"
                  disabled={shown.busy}
                  aria-label={t("workspace.actionOn", {
                    action: t("answers.award"),
                    title: orgName,
                  })}
                >
                  {t("answers.award")}
                </Button>
              </Popconfirm>
            ) : null}
            {decisions.includes("REJECT") ? (
              <Button
                danger
                disabled={shown.busy}
                aria-label={t("workspace.actionOn", {
                  action: t("answers.reject"),
                  title: orgName,
                })}
                onClick={() => setRejecting(true)}
              >
                {t("answers.reject")}
              </Button>
            ) : null}
          </div>
        ) : null}
        <RejectDialog
          open={rejecting}
          answerId={answer.id as string}
          orgName={orgName}
          onCancel={() => setRejecting(false)}
          onReject={(reason, feedback) => {
            setRejecting(false);
            onDecide("REJECT", reason, feedback);
          }}
        />
      </Card>
    </section>
  );
}
