import { BankOutlined, SafetyCertificateOutlined } from "@ant-design/icons";
import {
  Alert,
  Breadcrumb,
  Card,
  Col,
  Descriptions,
  Grid,
  Row,
  Space,
  Table,
  Tag,
  Typography,
} from "antd";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { isNotFound } from "../../../graphql/errors";
import type { ResultOf } from "../../../graphql/graphql";
import { pickLocalized, useAppLanguage } from "../../../i18n/use-app-language";
import { useFormat } from "../../../i18n/use-format";
import { DetailSkeleton } from "../../../shared/components/detail-skeleton";
import { LocalizedText } from "../../../shared/components/localized-text";
import { NotFoundResult } from "../../../shared/components/not-found-result";
import { QueryError } from "../../../shared/components/query-error";
import { TrlMeter } from "../../../shared/components/trl-meter";
import { TrlTag } from "../../../shared/components/trl-tag";
import { useDocumentTitle } from "../../../shared/hooks/use-document-title";
import { useTaxonomy } from "../../taxonomy/use-taxonomy";
import { InquiryAction } from "../components/inquiry-action";
import { SimilarAchievements } from "../components/similar-achievements";
import { AchievementQuery } from "../graphql/achievements.graphql";
import "./achievement-detail-page.css";

type Achievement = NonNullable<ResultOf<typeof AchievementQuery>["achievement"]>;
type IpAsset = NonNullable<Achievement["ipAssets"]>[number];

/** One published achievement: what it is, its IP, and on what terms it can change hands. */
export function AchievementDetailPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AchievementQuery,
    variables: { id },
  });
  const language = useAppLanguage();
  const achievement = data?.achievement;
  const title = achievement
    ? pickLocalized(language, achievement.titleZh, achievement.titleEn)
    : null;
  useDocumentTitle(title?.text ?? (fetching ? null : t("achievements.notFoundTitle")));

  if (fetching && !achievement) return <DetailSkeleton />;
  if (isNotFound(error) || (!error && !achievement)) {
    return (
      <NotFoundResult
        title={t("achievements.notFoundTitle")}
        text={t("achievements.notFoundText")}
        backTo="/achievements"
        backLabel={t("achievements.backToList")}
      />
    );
  }
  if (error || !achievement) {
    return error ? (
      <QueryError error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
    ) : null;
  }
  return <AchievementDetail achievement={achievement} />;
}

function AchievementDetail({ achievement: a }: { achievement: Achievement }) {
  const { t } = useTranslation();
  const format = useFormat();
  const taxonomy = useTaxonomy();
  const language = useAppLanguage();
  const otherTitle = language === "zh-CN" ? a.titleEn : a.titleZh;
  const shownTitle = pickLocalized(language, a.titleZh, a.titleEn);
  const fieldLabel = taxonomy.labelOf(a.field);

  return (
    <article className="detail">
      <Breadcrumb
        className="detail-breadcrumb"
        items={[
          { title: <Link to="/achievements">{t("achievements.listTitle")}</Link> },
          { title: <LocalizedText zh={a.titleZh} en={a.titleEn} /> },
        ]}
      />
      <header className="detail-header">
        <Space size={[0, 6]} wrap>
          {a.trl ? <TrlTag level={a.trl} /> : null}
          {fieldLabel ? <Tag>{fieldLabel}</Tag> : null}
          {a.status ? (
            <Tag color={a.status === "PUBLISHED" ? "green" : "orange"}>
              {t(`achievementStatuses.${a.status}`)}
            </Tag>
          ) : null}
        </Space>
        <Typography.Title level={1} className="detail-title">
          <LocalizedText zh={a.titleZh} en={a.titleEn} empty={a.id} />
        </Typography.Title>
        {otherTitle && shownTitle && !shownTitle.fallback ? (
          <Typography.Paragraph type="secondary" className="detail-subtitle">
            <span className="visually-hidden">{t("achievements.otherLanguageTitle")}: </span>
            <span lang={language === "zh-CN" ? "en" : "zh-CN"}>{otherTitle}</span>
          </Typography.Paragraph>
        ) : null}
        <Typography.Text className="detail-owner">
          <BankOutlined aria-hidden /> <LocalizedText zh={a.owner?.nameZh} en={a.owner?.nameEn} />
          {a.owner?.verified ? (
            <SafetyCertificateOutlined className="verified-icon" aria-hidden />
          ) : null}
        </Typography.Text>
        {/* On phones the terms card comes after the description: the price is repeated up here. */}
        <p className="detail-keyline">
          <span className="visually-hidden">{t("achievements.price")}: </span>
          {format.price(a.price)}
        </p>
      </header>

      {a.expired ? (
        <Alert
          type="warning"
          showIcon
          title={t("achievements.expiredNotice")}
          className="detail-alert"
        />
      ) : null}

      <Row gutter={[24, 24]}>
        <Col xs={24} lg={16}>
          <Space orientation="vertical" size={24} className="full-width">
            <Card title={<h2 className="card-heading">{t("achievements.summary")}</h2>}>
              <Typography.Paragraph className="prose">
                <LocalizedText zh={a.summaryZh} en={a.summaryEn} empty={t("common.unknown")} />
              </Typography.Paragraph>
              <LocalizedText
                as="div"
                className="prose prose-secondary"
                zh={a.descriptionZh}
                en={a.descriptionEn}
              />
              {a.keywords?.length ? (
                <div className="keywords">
                  <Typography.Text type="secondary">{t("achievements.keywords")}: </Typography.Text>
                  <Space size={[0, 6]} wrap>
                    {a.keywords.map((k) => (
                      <Tag key={k}>{k}</Tag>
                    ))}
                  </Space>
                </div>
              ) : null}
            </Card>
            <IpAssetsCard assets={a.ipAssets ?? []} />
            <Card title={<h2 className="card-heading">{t("achievements.team")}</h2>}>
              {a.team?.length ? (
                <ul className="team-list">
                  {a.team.map((member) => {
                    const m = format.teamMember(member);
                    return (
                      <li key={`${member.name}:${member.role}`}>
                        <strong>{m.name}</strong>
                        {m.name !== member.name ? (
                          <span lang="zh-CN" className="team-name-original">
                            {member.name}
                          </span>
                        ) : null}
                        <span>{[m.title, m.role].filter(Boolean).join(" · ")}</span>
                      </li>
                    );
                  })}
                </ul>
              ) : (
                <Typography.Text type="secondary">{t("achievements.teamNone")}</Typography.Text>
              )}
            </Card>
          </Space>
        </Col>
        <Col xs={24} lg={8}>
          <Space orientation="vertical" size={24} className="full-width">
            <Card title={<h2 className="card-heading">{t("achievements.terms")}</h2>}>
              <div className="detail-price">{format.price(a.price)}</div>
              <div className="detail-contact">
                <InquiryAction
                  achievementId={a.id ?? ""}
                  owner={a.owner}
                  open={a.status === "PUBLISHED" || a.status === "IN_NEGOTIATION"}
                />
              </div>
              <ul className="mode-list">
                {(a.transferModes ?? []).map((mode) => (
                  <li key={mode}>
                    <Tag color="geekblue">{t(`transferModes.${mode}`)}</Tag>
                    <p>{t(`transferModeHelp.${mode}`)}</p>
                  </li>
                ))}
              </ul>
              <Descriptions column={1} size="small" className="detail-facts">
                <Descriptions.Item label={t("achievements.rightsStatus")}>
                  {a.rightsStatus === "LONG_TERM_USE" && a.rightsUseYears
                    ? t("achievements.rightsUseYears", { years: a.rightsUseYears })
                    : a.rightsStatus
                      ? t(`rightsStatuses.${a.rightsStatus}`)
                      : t("common.unknown")}
                </Descriptions.Item>
                <Descriptions.Item label={t("achievements.publiclyFunded")}>
                  {a.publiclyFunded ? t("common.yes") : t("common.no")}
                </Descriptions.Item>
              </Descriptions>
              {a.publiclyFunded ? (
                <Typography.Paragraph type="secondary" className="fine-print">
                  {t("achievements.publiclyFundedHelp")}
                </Typography.Paragraph>
              ) : null}
              {a.negativeList ? (
                <Alert type="info" showIcon title={t("achievements.negativeList")} />
              ) : null}
            </Card>
            {a.trl ? (
              <Card title={<h2 className="card-heading">{t("achievements.trl")}</h2>}>
                <TrlMeter level={a.trl} />
              </Card>
            ) : null}
            <Card title={<h2 className="card-heading">{t("achievements.facts")}</h2>}>
              <Descriptions column={1} size="small" className="detail-facts">
                <Descriptions.Item label={t("achievements.owner")}>
                  <LocalizedText zh={a.owner?.nameZh} en={a.owner?.nameEn} />
                </Descriptions.Item>
                <Descriptions.Item label={t("achievements.field")}>
                  {fieldLabel ?? t("common.unknown")}
                </Descriptions.Item>
                <Descriptions.Item label={t("achievements.region")}>
                  {format.region(a.region)}
                </Descriptions.Item>
                <Descriptions.Item label={t("achievements.publishedAt")}>
                  {format.date(a.publishedAt)}
                </Descriptions.Item>
                <Descriptions.Item label={t("achievements.lastVerified")}>
                  {format.date(a.lastVerifiedAt)}
                </Descriptions.Item>
              </Descriptions>
            </Card>
            <Card title={<h2 className="card-heading">{t("achievementDetail.similar")}</h2>}>
              <SimilarAchievements achievement={a} />
            </Card>
          </Space>
        </Col>
      </Row>
    </article>
  );
}

function IpStatusTag({ status }: { status: IpAsset["status"] }) {
  const { t } = useTranslation();
  if (!status) return <>{t("common.unknown")}</>;
  const color = status === "GRANTED" ? "green" : status === "APPLICATION" ? "blue" : "default";
  return <Tag color={color}>{t(`ipStatuses.${status}`)}</Tag>;
}

function IpAssetsCard({ assets }: { assets: readonly IpAsset[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  // A four-column table does not fit a phone: there each asset is a short block instead.
  const narrow = Grid.useBreakpoint().md === false;
  const expiry = (asset: IpAsset) => (asset.expiresOn ? format.date(asset.expiresOn) : "—");
  return (
    <Card title={<h2 className="card-heading">{t("achievements.ipAssets")}</h2>}>
      {assets.length && narrow ? (
        <ul className="ip-list">
          {assets.map((asset) => (
            <li key={asset.number ?? asset.title ?? ""}>
              <div className="ip-number">{asset.number}</div>
              {asset.title ? <div className="ip-title">{asset.title}</div> : null}
              <div className="tag-row">
                <Tag>{asset.kind ? t(`ipKinds.${asset.kind}`) : t("common.unknown")}</Tag>
                <IpStatusTag status={asset.status} />
              </div>
              <div className="ip-expiry">
                {t("achievements.ipExpiry")}: {expiry(asset)}
              </div>
            </li>
          ))}
        </ul>
      ) : assets.length ? (
        <Table<IpAsset>
          size="small"
          pagination={false}
          scroll={{ x: "max-content" }}
          rowKey={(asset) => asset.number ?? asset.title ?? ""}
          dataSource={[...assets]}
          columns={[
            {
              key: "number",
              title: t("achievements.ipNumber"),
              render: (_, asset) => (
                <div>
                  <div className="ip-number">{asset.number}</div>
                  {asset.title ? (
                    <Typography.Text type="secondary">{asset.title}</Typography.Text>
                  ) : null}
                </div>
              ),
            },
            {
              key: "kind",
              title: t("achievements.ipKind"),
              render: (_, asset) => (asset.kind ? t(`ipKinds.${asset.kind}`) : t("common.unknown")),
            },
            {
              key: "status",
              title: t("achievements.ipStatus"),
              render: (_, asset) => <IpStatusTag status={asset.status} />,
            },
            {
              key: "expiry",
              title: t("achievements.ipExpiry"),
              render: (_, asset) => expiry(asset),
            },
          ]}
        />
      ) : (
        <Typography.Text type="secondary">{t("achievements.ipNone")}</Typography.Text>
      )}
    </Card>
  );
}

export default AchievementDetailPage;
