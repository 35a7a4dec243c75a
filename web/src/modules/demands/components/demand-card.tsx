import { ShopOutlined } from "@ant-design/icons";
import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type FragmentOf, readFragment } from "../../../graphql/graphql";
import { pickLocalized, useAppLanguage } from "../../../i18n/use-app-language";
import { useFormat } from "../../../i18n/use-format";
import { LocalizedText } from "../../../shared/components/localized-text";
import { TransferModeTags } from "../../../shared/components/transfer-mode-tags";
import { TrlTag } from "../../../shared/components/trl-tag";
import { DemandCardFragment } from "../graphql/demands.graphql";
import { DeadlineText } from "./deadline-text";

/** One open exam paper in the public list. */
export function DemandCard({
  data,
  fieldLabel,
}: {
  data: FragmentOf<typeof DemandCardFragment>;
  fieldLabel: string | null;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useAppLanguage();
  const d = readFragment(DemandCardFragment, data);
  const title = pickLocalized(language, d.titleZh, d.titleEn);
  return (
    <article className="listing-card">
      <div className="tag-row listing-tags">
        {d.minTrl ? (
          <TrlTag level={d.minTrl} prefix={t("demands.minTrlValue", { level: d.minTrl })} />
        ) : null}
        {fieldLabel ? <Tag>{fieldLabel}</Tag> : null}
        {d.status && d.status !== "OPEN" ? (
          <Tag color="orange">{t(`demandStatuses.${d.status}`)}</Tag>
        ) : null}
      </div>
      <h2 className="listing-title">
        <Link
          to={`/demands/${d.id}`}
          aria-label={t("demands.detailsLink", { title: title?.text ?? "" })}
        >
          <LocalizedText zh={d.titleZh} en={d.titleEn} empty={d.id} />
        </Link>
      </h2>
      <p className="listing-owner">
        <ShopOutlined aria-hidden /> <LocalizedText zh={d.owner?.nameZh} en={d.owner?.nameEn} />
      </p>
      <p className="listing-summary">
        <LocalizedText zh={d.summaryZh} en={d.summaryEn} />
      </p>
      <TransferModeTags modes={d.wantedModes} />
      <dl className="listing-facts">
        <div>
          <dt>{t("demands.budget")}</dt>
          <dd className="listing-price">{format.price(d.budget)}</dd>
        </div>
        <div>
          <dt>{t("demands.deadline")}</dt>
          <dd>
            <DeadlineText deadline={d.deadline} />
          </dd>
        </div>
      </dl>
    </article>
  );
}
