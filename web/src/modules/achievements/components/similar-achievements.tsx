import { List, Skeleton, Tag } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useQuery } from "urql";
import { pickLocalized, useAppLanguage } from "../../../i18n/use-app-language";
import { LocalizedText } from "../../../shared/components/localized-text";
import { apiLocale, searchHref } from "../../search/search-params";
import { SimilarAchievementsQuery } from "../graphql/achievements.graphql";

const SHOWN = 4;

/** The words to search for: the keywords, else the title in the UI language. */
export function similarQuery(
  a: { keywords?: readonly string[] | null; titleZh?: string | null; titleEn?: string | null },
  language: "zh-CN" | "en",
): string {
  const keywords = (a.keywords ?? []).filter((k) => k.trim()).slice(0, 6);
  if (keywords.length) return keywords.join(" ");
  return pickLocalized(language, a.titleZh, a.titleEn)?.text.slice(0, 100) ?? "";
}

/** Up to four other achievements found by searching for this one's keywords or title. */
export function SimilarAchievements({
  achievement,
}: {
  achievement: {
    id?: string | null;
    field?: string | null;
    keywords?: readonly string[] | null;
    titleZh?: string | null;
    titleEn?: string | null;
  };
}) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const query = similarQuery(achievement, language);
  const fieldTop = achievement.field?.split(".")[0];
  const [{ data, fetching }] = useQuery({
    query: SimilarAchievementsQuery,
    variables: {
      query,
      filter: fieldTop ? { fieldTop: [fieldTop] } : {},
      locale: apiLocale(language),
      // One more than shown: the achievement itself is usually the best hit.
      first: SHOWN + 1,
    },
    pause: !query,
  });
  const others = (data?.search?.edges ?? [])
    .flatMap((e) => (e.node?.__typename === "Achievement" ? [e.node] : []))
    .filter((node) => node.id !== achievement.id)
    .slice(0, SHOWN);
  if (query && !data && fetching) return <Skeleton active paragraph={{ rows: 3 }} />;
  if (others.length === 0) {
    return (
      <p className="muted">
        {t("achievementDetail.similarNone")}{" "}
        <Link to={searchHref({ fieldTop: fieldTop ? [fieldTop] : [] })}>
          {t("achievementDetail.similarBrowse")}
        </Link>
      </p>
    );
  }
  return (
    <List
      className="similar-list"
      dataSource={others}
      rowKey={(node) => node.id ?? ""}
      renderItem={(node) => (
        <List.Item>
          <div className="similar-item">
            <Link to={`/achievements/${node.id}`}>
              <LocalizedText zh={node.titleZh} en={node.titleEn} empty={node.id} />
            </Link>
            <div className="similar-meta">
              {node.trl ? <Tag>{t("trl.tag", { level: node.trl })}</Tag> : null}
              <LocalizedText zh={node.owner?.nameZh} en={node.owner?.nameEn} />
            </div>
          </div>
        </List.Item>
      )}
    />
  );
}
