import { Alert } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useQuery } from "urql";
import { LocalizedText } from "../../../shared/components/localized-text";
import { OverdueAnswersQuery } from "../graphql/answers.graphql";

/** Reminds the organization of answers it received and has not decided by the deadline. */
export function OverdueAnswersNotice({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: OverdueAnswersQuery, variables: { first: 50 } });
  const received = (data?.overdueAnswers?.edges ?? [])
    .map((e) => e.node)
    .filter((a) => a.demand?.owner?.id === orgId);
  if (received.length === 0) return null;
  // One line per exam paper, however many of its answers wait.
  const demands = [...new Map(received.map((a) => [a.demand?.id, a.demand])).values()];
  return (
    <Alert
      type="warning"
      showIcon
      className="form-notice"
      title={t("answers.overdueTitle")}
      description={
        <>
          {t("answers.overdueText", { count: received.length })}
          <ul className="plain-list">
            {demands.map((d) => (
              <li key={d?.id}>
                <Link to={`/workspace/demands/${d?.id}/answers`}>
                  <LocalizedText zh={d?.titleZh} en={d?.titleEn} />
                </Link>
              </li>
            ))}
          </ul>
        </>
      }
    />
  );
}
