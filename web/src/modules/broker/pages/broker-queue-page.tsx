import { Result } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { errorCode } from "../../../graphql/errors";
import { useAppLanguage } from "../../../i18n/use-app-language";
import { PageHeading } from "../../../shared/components/page-heading";
import { QueryError } from "../../../shared/components/query-error";
import { useDocumentTitle } from "../../../shared/hooks/use-document-title";
import { BrokerQueueQuery } from "../../matches/graphql/matches.graphql";
import "../../matches/matches.css";
import { localeOf, MAX_MATCHES, MatchList } from "../../matches/match-list";
import { SignInPrompt } from "../../workspace/components/sign-in-prompt";
import "../../workspace/workspace.css";

const PAGE = 20;

/** `/broker`: strong matches in the broker's fields that nobody has acted on yet. */
export function BrokerQueuePage() {
  const { t } = useTranslation();
  useDocumentTitle(t("broker.title"));
  const language = useAppLanguage();
  const [first, setFirst] = useState(PAGE);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: BrokerQueueQuery,
    variables: { first, locale: localeOf(language) },
  });

  if (errorCode(error) === "UNAUTHENTICATED") return <SignInPrompt />;
  if (errorCode(error) === "FORBIDDEN") {
    return (
      <Result
        status="403"
        title={<h1 className="result-title">{t("broker.notBrokerTitle")}</h1>}
        subTitle={t("broker.notBrokerText")}
      />
    );
  }
  const connection = data?.brokerQueue;
  return (
    <>
      <PageHeading title={t("broker.title")} intro={t("broker.intro")} />
      {error && !connection ? (
        <QueryError error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
      ) : (
        <MatchList
          nodes={connection ? connection.edges.map((e) => e.node) : null}
          loading={fetching}
          perspective="broker"
          empty={{ title: t("broker.emptyTitle"), text: t("broker.emptyText") }}
          hasMore={Boolean(connection?.pageInfo.hasNextPage) && first < MAX_MATCHES}
          onLoadMore={() => setFirst((n) => Math.min(n + PAGE, MAX_MATCHES))}
        />
      )}
    </>
  );
}

export default BrokerQueuePage;
