import { Button, Skeleton } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { FragmentOf } from "../../graphql/graphql";
import type { AppLanguage } from "../../i18n/languages";
import { EmptyState } from "../../shared/components/empty-results";
import { MatchCard, type MatchPerspective } from "./components/match-card";
import { ScoreModelNote } from "./components/score-model-note";
import type { MatchDetailsFragment } from "./graphql/matches.graphql";

/** The API's name for the UI language (explanations come in the language asked for). */
export function localeOf(language: AppLanguage): "ZH_CN" | "EN" {
  return language === "zh-CN" ? "ZH_CN" : "EN";
}

/** The most a "load more" asks for: the API's page limit. */
export const MAX_MATCHES = 100;

type Node = FragmentOf<typeof MatchDetailsFragment> & {
  id?: string | null;
  explanation?: readonly string[] | null;
};

/** Match cards (the first one opened), an empty state, and "load more". */
export function MatchList({
  nodes,
  loading,
  perspective,
  empty,
  hasMore,
  onLoadMore,
}: {
  nodes: readonly Node[] | null;
  loading: boolean;
  perspective: MatchPerspective;
  empty: { title: string; text: string; action?: ReactNode };
  hasMore: boolean;
  onLoadMore: () => void;
}) {
  const { t } = useTranslation();
  if (loading && !nodes) {
    return (
      <div role="status" aria-busy="true" aria-label={t("app.loadingPage")} className="match-list">
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} active paragraph={{ rows: 3 }} />
        ))}
      </div>
    );
  }
  if (!nodes?.length) {
    return (
      <EmptyState title={empty.title} text={empty.text}>
        {empty.action}
      </EmptyState>
    );
  }
  return (
    <div className="match-list">
      {nodes.map((node, i) => (
        <MatchCard
          key={node.id}
          data={node}
          sentences={node.explanation ?? []}
          perspective={perspective}
          expanded={i === 0}
        />
      ))}
      {hasMore ? (
        <div className="list-footer">
          <Button onClick={onLoadMore}>{t("matches.loadMore")}</Button>
        </div>
      ) : null}
      <ScoreModelNote />
    </div>
  );
}
