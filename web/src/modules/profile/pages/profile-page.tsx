import { Card, Col, Row, Skeleton, Tag } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useQuery } from "urql";
import { LocalizedText } from "../../../shared/components/localized-text";
import { PageHeading } from "../../../shared/components/page-heading";
import { QueryError } from "../../../shared/components/query-error";
import { useDocumentTitle } from "../../../shared/hooks/use-document-title";
import { LoginRequired } from "../../accounts/components/login-required";
import { ProfileForm } from "../components/profile-form";
import { SessionsList } from "../components/sessions-list";
import { ProfileQuery } from "../graphql/profile.graphql";

/** The user's own account: name, language, organizations, roles and signed-in devices. */
export function ProfilePage() {
  const { t } = useTranslation();
  useDocumentTitle(t("profile.title"));
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ProfileQuery,
    requestPolicy: "cache-and-network",
  });
  if (error && !data) {
    return (
      <QueryError error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
    );
  }
  if (!data) return fetching ? <Skeleton active paragraph={{ rows: 8 }} /> : null;
  const me = data.me;
  if (!me) return <LoginRequired text={t("profile.loginText")} />;
  return (
    <>
      <PageHeading title={t("profile.title")} intro={me.email} />
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={12}>
          <Card title={<h2 className="card-heading">{t("profile.details")}</h2>}>
            <ProfileForm
              initial={{ displayName: me.displayName ?? "", locale: me.locale ?? "ZH_CN" }}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={<h2 className="card-heading">{t("profile.organizations")}</h2>}>
            {me.memberships?.length ? (
              <ul className="membership-list">
                {me.memberships.map((m) => (
                  <li key={m.organization?.id}>
                    <LocalizedText zh={m.organization?.nameZh} en={m.organization?.nameEn} />{" "}
                    {m.role ? <Tag>{t(`orgs.roles.${m.role}`)}</Tag> : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">
                {t("profile.noOrganizations")}{" "}
                <Link to="/workspace">{t("profile.toWorkspace")}</Link>
              </p>
            )}
            {me.platformRoles?.length ? (
              <p>
                {t("profile.platformRoles")}:{" "}
                {me.platformRoles.map((role) => (
                  <Tag key={role} color="purple">
                    {t(`profile.roles.${role}`)}
                  </Tag>
                ))}
              </p>
            ) : null}
          </Card>
        </Col>
        <Col xs={24}>
          <Card title={<h2 className="card-heading">{t("profile.sessions")}</h2>}>
            <p className="muted">{t("profile.sessionsIntro")}</p>
            <SessionsList sessions={me.sessions ?? []} />
          </Card>
        </Col>
      </Row>
    </>
  );
}

export default ProfilePage;
