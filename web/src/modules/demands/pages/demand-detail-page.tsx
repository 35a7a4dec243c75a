import { LockOutlined, SafetyCertificateOutlined, ShopOutlined } from "@ant-design/icons";
import {
  Alert,
  Breadcrumb,
  Card,
  Col,
  Descriptions,
  Row,
  Space,
  Table,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams } from "react-router";
import { useQuery } from "urql";
import { isNotFound } from "../../../graphql/errors";
import type { ResultOf } from "../../../graphql/graphql";
import { pickLocalized, useAppLanguage } from "../../../i18n/use-app-language";
import { useFormat } from "../../../i18n/use-format";
import { DetailSkeleton } from "../../../shared/components/detail-skeleton";
import { LocalizedText } from "../../../shared/components/localized-text";
import { NotFoundResult } from "../../../shared/components/not-found-result";
import { QueryError } from "../../../shared/components/query-error";
import { TrlTag } from "../../../shared/components/trl-tag";
import { useDocumentTitle } from "../../../shared/hooks/use-document-title";
import { useViewer } from "../../accounts/use-viewer";
import { useTaxonomy } from "../../taxonomy/use-taxonomy";
import { AnswerForm } from "../components/answer-form";
import { DeadlineCountdown } from "../components/deadline-countdown";
import { DeadlineText } from "../components/deadline-text";
import { type EligibleOrg, NdaAcceptance } from "../components/nda-acceptance";
import { timeLeft } from "../deadline-countdown";
import { DemandQuery } from "../graphql/demands.graphql";
import "./demand-detail-page.css";

type Demand = NonNullable<ResultOf<typeof DemandQuery>["demand"]>;
type Indicator = NonNullable<Demand["indicators"]>[number];

/** One exam paper: public summary and indicators; confidential details only when granted. */
export function DemandDetailPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: DemandQuery,
    variables: { id },
  });
  const language = useAppLanguage();
  const demand = data?.demand;
  const title = demand ? pickLocalized(language, demand.titleZh, demand.titleEn) : null;
  useDocumentTitle(title?.text ?? (fetching ? null : t("demands.notFoundTitle")));

  if (fetching && !demand) return <DetailSkeleton />;
  if (isNotFound(error) || (!error && !demand)) {
    return (
      <NotFoundResult
        title={t("demands.notFoundTitle")}
        text={t("demands.notFoundText")}
        backTo="/demands"
        backLabel={t("demands.backToList")}
      />
    );
  }
  if (error || !demand) {
    return error ? (
      <QueryError error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
    ) : null;
  }
  return (
    <DemandDetail demand={demand} onChanged={() => reexecute({ requestPolicy: "network-only" })} />
  );
}

const ANSWERER_KINDS = new Set(["UNIVERSITY", "RESEARCH_INSTITUTE", "HOSPITAL", "ENTERPRISE"]);

/** The viewer's organizations that may answer this paper (and so accept its NDA). */
function useEligibleOrgs(ownerId: string | null | undefined): EligibleOrg[] {
  const { viewer } = useViewer();
  return (viewer?.memberships ?? []).flatMap((m) => {
    const org = m.organization;
    return org?.id && org.id !== ownerId && org.kind && ANSWERER_KINDS.has(org.kind)
      ? [{ id: org.id, nameZh: org.nameZh, nameEn: org.nameEn }]
      : [];
  });
}

function DemandDetail({ demand: d, onChanged }: { demand: Demand; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  // The default criteria are codes with translations; an enterprise's own are shown as written.
  const criterionLabel = (criterion: string) =>
    i18n.exists(`criteria.${criterion}`)
      ? t(`criteria.${criterion}` as "criteria.cost")
      : criterion;
  const format = useFormat();
  const taxonomy = useTaxonomy();
  const fieldLabel = taxonomy.labelOf(d.field);

  return (
    <article className="detail">
      <Breadcrumb
        className="detail-breadcrumb"
        items={[
          { title: <Link to="/demands">{t("demands.listTitle")}</Link> },
          { title: <LocalizedText zh={d.titleZh} en={d.titleEn} /> },
        ]}
      />
      <header className="detail-header">
        <Space size={[0, 6]} wrap>
          {d.minTrl ? (
            <TrlTag level={d.minTrl} prefix={t("demands.minTrlValue", { level: d.minTrl })} />
          ) : null}
          {fieldLabel ? <Tag>{fieldLabel}</Tag> : null}
          {d.status ? (
            <Tag color={d.status === "OPEN" ? "green" : "orange"}>
              {t(`demandStatuses.${d.status}`)}
            </Tag>
          ) : null}
        </Space>
        <Typography.Title level={1} className="detail-title">
          <LocalizedText zh={d.titleZh} en={d.titleEn} empty={d.id} />
        </Typography.Title>
        <Typography.Text className="detail-owner">
          <ShopOutlined aria-hidden /> <LocalizedText zh={d.owner?.nameZh} en={d.owner?.nameEn} />
          {d.owner?.verified ? (
            <SafetyCertificateOutlined className="verified-icon" aria-hidden />
          ) : null}
        </Typography.Text>
        <p className="detail-keyline">
          <span className="visually-hidden">{t("demands.budget")}: </span>
          {format.price(d.budget)}
          <span className="detail-keyline-deadline">
            <DeadlineText deadline={d.deadline} />
          </span>
        </p>
      </header>

      <Row gutter={[24, 24]}>
        <Col xs={24} lg={16}>
          <Space orientation="vertical" size={24} className="full-width">
            <Card title={<h2 className="card-heading">{t("demands.summary")}</h2>}>
              <LocalizedText
                as="div"
                className="prose"
                zh={d.summaryZh}
                en={d.summaryEn}
                empty={t("common.unknown")}
              />
              {d.keywords?.length ? (
                <div className="keywords">
                  <Typography.Text type="secondary">{t("demands.keywords")}: </Typography.Text>
                  <Space size={[0, 6]} wrap>
                    {d.keywords.map((k) => (
                      <Tag key={k}>{k}</Tag>
                    ))}
                  </Space>
                </div>
              ) : null}
            </Card>
            <IndicatorsCard indicators={d.indicators ?? []} />
            <ConfidentialCard demand={d} onAccepted={onChanged} />
            <AnswerCard demand={d} />
          </Space>
        </Col>
        <Col xs={24} lg={8}>
          <Space orientation="vertical" size={24} className="full-width">
            <Card title={<h2 className="card-heading">{t("demands.budget")}</h2>}>
              <div className="detail-price">{format.price(d.budget)}</div>
              <Descriptions column={1} size="small" className="detail-facts">
                {/* The date alone: the countdown below already says how long is left. */}
                <Descriptions.Item label={t("demands.deadline")}>
                  {d.deadline ? (
                    <time dateTime={d.deadline}>{format.date(d.deadline)}</time>
                  ) : (
                    t("common.unknown")
                  )}
                </Descriptions.Item>
                <Descriptions.Item label={t("demandDetail.timeLeft")}>
                  <DeadlineCountdown deadline={d.deadline} />
                </Descriptions.Item>
                <Descriptions.Item label={t("demands.responseDeadline")}>
                  {format.date(d.responseDeadline)}
                </Descriptions.Item>
              </Descriptions>
            </Card>
            <Card title={<h2 className="card-heading">{t("demands.wantedModes")}</h2>}>
              <ul className="mode-list">
                {(d.wantedModes ?? []).map((mode) => (
                  <li key={mode}>
                    <Tag color="geekblue">{t(`transferModes.${mode}`)}</Tag>
                    <p>{t(`transferModeHelp.${mode}`)}</p>
                  </li>
                ))}
              </ul>
            </Card>
            <Card title={<h2 className="card-heading">{t("demands.facts")}</h2>}>
              <Descriptions column={1} size="small" className="detail-facts">
                <Descriptions.Item label={t("demands.owner")}>
                  <LocalizedText zh={d.owner?.nameZh} en={d.owner?.nameEn} />
                </Descriptions.Item>
                <Descriptions.Item label={t("demands.field")}>
                  {fieldLabel ?? t("common.unknown")}
                </Descriptions.Item>
                <Descriptions.Item label={t("demands.region")}>
                  {format.region(d.region)}
                </Descriptions.Item>
                <Descriptions.Item label={t("demands.criteria")}>
                  {d.criteria?.length
                    ? d.criteria.map(criterionLabel).join(t("common.listSeparator"))
                    : t("common.unknown")}
                </Descriptions.Item>
                <Descriptions.Item label={t("demands.publishedAt")}>
                  {format.date(d.publishedAt)}
                </Descriptions.Item>
              </Descriptions>
            </Card>
          </Space>
        </Col>
      </Row>
    </article>
  );
}

function IndicatorsCard({ indicators }: { indicators: readonly Indicator[] }) {
  const { t } = useTranslation();
  return (
    <Card title={<h2 className="card-heading">{t("demands.indicators")}</h2>}>
      {indicators.length ? (
        <Table<Indicator>
          size="small"
          pagination={false}
          scroll={{ x: "max-content" }}
          rowKey={(row) => `${row.name}:${row.target}`}
          dataSource={[...indicators]}
          columns={[
            { key: "name", title: t("demands.indicatorName"), dataIndex: "name" },
            { key: "target", title: t("demands.indicatorTarget"), dataIndex: "target" },
            { key: "unit", title: t("demands.indicatorUnit"), render: (_, row) => row.unit ?? "" },
          ]}
        />
      ) : (
        <Typography.Text type="secondary">{t("demands.indicatorsNone")}</Typography.Text>
      )}
    </Card>
  );
}

function ConfidentialCard({ demand: d, onAccepted }: { demand: Demand; onAccepted: () => void }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const eligible = useEligibleOrgs(d.owner?.id);
  const canSign = viewer && eligible.length > 0 && d.status === "OPEN";
  const location = useLocation();
  const hasConfidential = Boolean(d.confidentialZh || d.confidentialEn);
  return (
    <Card
      title={
        <h2 className="card-heading">
          <LockOutlined aria-hidden /> {t("demands.confidential")}
        </h2>
      }
    >
      {hasConfidential ? (
        <LocalizedText as="div" className="prose" zh={d.confidentialZh} en={d.confidentialEn} />
      ) : canSign && d.id ? (
        <NdaAcceptance demandId={d.id} orgs={eligible} onAccepted={onAccepted} />
      ) : (
        <Alert
          type="info"
          showIcon
          icon={<LockOutlined />}
          title={t("demands.confidentialLocked")}
          description={
            viewer ? undefined : (
              <Link to={`/login?redirect=${encodeURIComponent(location.pathname)}`}>
                {t("demands.confidentialLoginHint")}
              </Link>
            )
          }
        />
      )}
    </Card>
  );
}

/** The answer form for members of an eligible organization while the paper is open. */
function AnswerCard({ demand: d }: { demand: Demand }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const location = useLocation();
  const eligible = useEligibleOrgs(d.owner?.id);
  const [answerId, setAnswerId] = useState<string | null>(null);
  const ownPaper = (viewer?.memberships ?? []).some((m) => m.organization?.id === d.owner?.id);
  if (ownPaper) return null;
  const open =
    d.status === "OPEN" && d.deadline != null && timeLeft(d.deadline, new Date()) !== null;
  return (
    <Card title={<h2 className="card-heading">{t("demandDetail.answerTitle")}</h2>}>
      {answerId ? (
        <Alert
          type="success"
          showIcon
          role="status"
          title={t("demandDetail.answerSubmitted")}
          description={<Link to="/workspace">{t("demandDetail.toWorkspace")}</Link>}
        />
      ) : !open ? (
        <Typography.Text type="secondary">{t("demandDetail.answersClosed")}</Typography.Text>
      ) : !viewer ? (
        <Typography.Paragraph>
          {t("demandDetail.answerLogin")}{" "}
          <Link to={`/login?redirect=${encodeURIComponent(location.pathname)}`}>
            {t("account.logIn")}
          </Link>
        </Typography.Paragraph>
      ) : eligible.length === 0 ? (
        <Typography.Text type="secondary">{t("demandDetail.cannotAnswer")}</Typography.Text>
      ) : (
        <AnswerForm demandId={d.id ?? ""} orgs={eligible} onSubmitted={setAnswerId} />
      )}
    </Card>
  );
}

export default DemandDetailPage;
