import { BankOutlined } from "@ant-design/icons";
import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type FragmentOf, readFragment } from "../../../graphql/graphql";
import { pickLocalized, useAppLanguage } from "../../../i18n/use-app-language";
import { useFormat } from "../../../i18n/use-format";
import { LocalizedText } from "../../../shared/components/localized-text";
import { TransferModeTags } from "../../../shared/components/transfer-mode-tags";
import { TrlTag } from "../../../shared/components/trl-tag";
import { AchievementCardFragment } from "../graphql/achievements.graphql";

/** One achievement in the public list. */
export function AchievementCard({
  data,
  fieldLabel,
}: {
  data: FragmentOf<typeof AchievementCardFragment>;
  fieldLabel: string | null;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useAppLanguage();
  const a = readFragment(AchievementCardFragment, data);
  const title = pickLocalized(language, a.titleZh, a.titleEn);
  return (
    <article className="listing-card">
      <div className="tag-row listing-tags">
        {a.trl ? <TrlTag level={a.trl} /> : null}
        {fieldLabel ? <Tag>{fieldLabel}</Tag> : null}
        {a.status && a.status !== "PUBLISHED" ? (
          <Tag color="orange">{t(`achievementStatuses.${a.status}`)}</Tag>
        ) : null}
      </div>
      <h2 className="listing-title">
        <Link
          to={`/achievements/${a.id}`}
          aria-label={t("achievements.detailsLink", { title: title?.text ?? "" })}
        >
          <LocalizedText zh={a.titleZh} en={a.titleEn} empty={a.id} />
        </Link>
      </h2>
      <p className="listing-owner">
        <BankOutlined aria-hidden /> <LocalizedText zh={a.owner?.nameZh} en={a.owner?.nameEn} />
      </p>
      <p className="listing-summary">
        <LocalizedText zh={a.summaryZh} en={a.summaryEn} />
      </p>
      <TransferModeTags modes={a.transferModes} />
      <dl className="listing-facts">
        <div>
          <dt>{t("achievements.price")}</dt>
          <dd className="listing-price">{format.price(a.price)}</dd>
        </div>
        <div>
          <dt>{t("achievements.region")}</dt>
          <dd>{format.region(a.region)}</dd>
        </div>
      </dl>
    </article>
  );
}
