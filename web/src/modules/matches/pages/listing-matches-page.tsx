import { Breadcrumb, Button } from "antd";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { useQuery } from "urql";
import { errorCode, isNotFound } from "../../../graphql/errors";
import { pickLocalized, useAppLanguage } from "../../../i18n/use-app-language";
import { NotFoundResult } from "../../../shared/components/not-found-result";
import { PageHeading } from "../../../shared/components/page-heading";
import { QueryError } from "../../../shared/components/query-error";
import { useDocumentTitle } from "../../../shared/hooks/use-document-title";
import "../../workspace/workspace.css";
import "../matches.css";
import { workspacePath } from "../../workspace/workspace-paths";
import { MatchesForAchievementQuery, MatchesForDemandQuery } from "../graphql/matches.graphql";
import { localeOf, MAX_MATCHES, MatchList } from "../match-list";

const PAGE = 20;

/** `/workspace/demands/:id/matches` and `/workspace/achievements/:id/matches`. */
export function ListingMatchesPage({ kind }: { kind: "demand" | "achievement" }) {
  const { id = "" } = useParams();
  return kind === "demand" ? <DemandMatches id={id} /> : <AchievementMatches id={id} />;
}

function useLoadMore() {
  const [first, setFirst] = useState(PAGE);
  return { first, more: () => setFirst((n) => Math.min(n + PAGE, MAX_MATCHES)) };
}

function DemandMatches({ id }: { id: string }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const navigate = useNavigate();
  const page = useLoadMore();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: MatchesForDemandQuery,
    variables: { id, first: page.first, locale: localeOf(language) },
  });
  const title = pickLocalized(language, data?.demand?.titleZh, data?.demand?.titleEn)?.text ?? "";
  const connection = data?.matchesForDemand;
  return (
    <MatchesLayout
      heading={t("matches.demandTitle")}
      title={title}
      orgId={data?.demand?.owner?.id}
      tab="demands"
      error={error}
      missing={!fetching && !error && !connection}
      onRetry={() => reexecute({ requestPolicy: "network-only" })}
    >
      <MatchList
        nodes={connection ? connection.edges.map((e) => e.node) : null}
        loading={fetching}
        perspective="demand"
        empty={{
          title: t("matches.emptyTitle"),
          text: t("matches.emptyDemand"),
          action: (
            <Button type="primary" onClick={() => navigate(`/workspace/demands/${id}/edit`)}>
              {t("demandForm.inviteTitle")}
            </Button>
          ),
        }}
        hasMore={Boolean(connection?.pageInfo.hasNextPage) && page.first < MAX_MATCHES}
        onLoadMore={page.more}
      />
    </MatchesLayout>
  );
}

function AchievementMatches({ id }: { id: string }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const navigate = useNavigate();
  const page = useLoadMore();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: MatchesForAchievementQuery,
    variables: { id, first: page.first, locale: localeOf(language) },
  });
  const title =
    pickLocalized(language, data?.achievement?.titleZh, data?.achievement?.titleEn)?.text ?? "";
  const connection = data?.matchesForAchievement;
  return (
    <MatchesLayout
      heading={t("matches.achievementTitle")}
      title={title}
      orgId={data?.achievement?.owner?.id}
      tab="achievements"
      error={error}
      missing={!fetching && !error && !connection}
      onRetry={() => reexecute({ requestPolicy: "network-only" })}
    >
      <MatchList
        nodes={connection ? connection.edges.map((e) => e.node) : null}
        loading={fetching}
        perspective="achievement"
        empty={{
          title: t("matches.emptyTitle"),
          text: t("matches.emptyAchievement"),
          action: (
            <Button type="primary" onClick={() => navigate(`/workspace/achievements/${id}/edit`)}>
              {t("workspace.edit")}
            </Button>
          ),
        }}
        hasMore={Boolean(connection?.pageInfo.hasNextPage) && page.first < MAX_MATCHES}
        onLoadMore={page.more}
      />
    </MatchesLayout>
  );
}

function MatchesLayout({
  heading,
  title,
  orgId,
  tab,
  error,
  missing,
  onRetry,
  children,
}: {
  heading: string;
  title: string;
  orgId: string | null | undefined;
  tab: "demands" | "achievements";
  error: Parameters<typeof isNotFound>[0];
  missing: boolean;
  onRetry: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  useDocumentTitle(title ? `${heading} · ${title}` : heading);
  if (
    missing ||
    isNotFound(error) ||
    errorCode(error) === "FORBIDDEN" ||
    errorCode(error) === "UNAUTHENTICATED"
  ) {
    return (
      <NotFoundResult
        title={t("matches.notFoundTitle")}
        text={t("matches.notFoundText")}
        backTo="/workspace"
        backLabel={t("matches.backToWorkspace")}
      />
    );
  }
  return (
    <>
      <Breadcrumb
        className="detail-breadcrumb"
        items={[
          { title: <Link to={workspacePath(orgId, tab)}>{t("workspace.title")}</Link> },
          { title: heading },
        ]}
      />
      <PageHeading
        title={heading}
        intro={
          <>
            {title ? `${t("matches.forListing", { title })} · ` : null}
            {t("matches.intro")}
          </>
        }
      />
      {error ? <QueryError error={error} onRetry={onRetry} /> : children}
    </>
  );
}

export default ListingMatchesPage;
