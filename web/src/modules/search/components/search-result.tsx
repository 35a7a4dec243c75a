import { BankOutlined, ShopOutlined } from "@ant-design/icons";
import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ResultOf } from "../../../graphql/graphql";
import { pickLocalized, useAppLanguage } from "../../../i18n/use-app-language";
import { useFormat } from "../../../i18n/use-format";
import { LocalizedText } from "../../../shared/components/localized-text";
import { TransferModeTags } from "../../../shared/components/transfer-mode-tags";
import { TrlTag } from "../../../shared/components/trl-tag";
import { DeadlineText } from "../../demands/components/deadline-text";
import type { SearchQuery } from "../graphql/search.graphql";
import { HighlightedText } from "./highlighted-text";

type Edge = NonNullable<NonNullable<ResultOf<typeof SearchQuery>["search"]>["edges"]>[number];
type Highlight = NonNullable<Edge["highlights"]>[number];

/** The snippet of the first of the fields that has one, in the UI language first. */
function snippetOf(highlights: readonly Highlight[], fields: string[]) {
  for (const field of fields) {
    const found = highlights.find((h) => h.field === field && h.snippet);
    if (found?.snippet) return { html: found.snippet, lang: field.endsWith("Zh") ? "zh-CN" : "en" };
  }
  return null;
}

/** One search hit: title and summary with the matched words marked, and the key facts. */
export function SearchResult({ edge, fieldLabel }: { edge: Edge; fieldLabel: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useAppLanguage();
  const node = edge.node;
  if (!node || (node.__typename !== "Achievement" && node.__typename !== "Demand")) return null;
  const highlights = edge.highlights ?? [];
  const zhFirst = language === "zh-CN";
  const titleSnippet = snippetOf(
    highlights,
    zhFirst ? ["titleZh", "titleEn"] : ["titleEn", "titleZh"],
  );
  const summarySnippet = snippetOf(
    highlights,
    zhFirst ? ["summaryZh", "summaryEn"] : ["summaryEn", "summaryZh"],
  );
  const title = pickLocalized(language, node.titleZh, node.titleEn)?.text ?? node.id ?? "";
  const isAchievement = node.__typename === "Achievement";
  const href = isAchievement ? `/achievements/${node.id}` : `/demands/${node.id}`;
  return (
    <article className="search-result listing-card">
      <div className="tag-row listing-tags">
        {isAchievement && node.trl ? <TrlTag level={node.trl} /> : null}
        {!isAchievement && node.minTrl ? (
          <TrlTag level={node.minTrl} prefix={t("demands.minTrlValue", { level: node.minTrl })} />
        ) : null}
        {fieldLabel ? <Tag>{fieldLabel}</Tag> : null}
      </div>
      <h3 className="listing-title">
        <Link
          to={href}
          aria-label={t(isAchievement ? "achievements.detailsLink" : "demands.detailsLink", {
            title,
          })}
        >
          {titleSnippet ? (
            <HighlightedText html={titleSnippet.html} lang={titleSnippet.lang} />
          ) : (
            <LocalizedText zh={node.titleZh} en={node.titleEn} empty={node.id} />
          )}
        </Link>
      </h3>
      <p className="listing-owner">
        {isAchievement ? <BankOutlined aria-hidden /> : <ShopOutlined aria-hidden />}{" "}
        <LocalizedText zh={node.owner?.nameZh} en={node.owner?.nameEn} />
        {node.region ? (
          <span className="search-result-region"> · {format.region(node.region)}</span>
        ) : null}
      </p>
      <p className="listing-summary search-result-snippet">
        {summarySnippet ? (
          <HighlightedText html={summarySnippet.html} lang={summarySnippet.lang} />
        ) : (
          <LocalizedText zh={node.summaryZh} en={node.summaryEn} />
        )}
      </p>
      <TransferModeTags modes={isAchievement ? node.transferModes : node.wantedModes} />
      <dl className="listing-facts">
        <div>
          <dt>{isAchievement ? t("achievements.price") : t("demands.budget")}</dt>
          <dd className="listing-price">
            {format.price(isAchievement ? node.price : node.budget)}
          </dd>
        </div>
        {isAchievement ? (
          <div>
            <dt>{t("achievements.status")}</dt>
            <dd>{node.status ? t(`achievementStatuses.${node.status}`) : t("common.unknown")}</dd>
          </div>
        ) : (
          <div>
            <dt>{t("demands.deadline")}</dt>
            <dd>
              <DeadlineText deadline={node.deadline} />
            </dd>
          </div>
        )}
      </dl>
    </article>
  );
}
