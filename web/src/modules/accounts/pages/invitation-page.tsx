import { TeamOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Skeleton } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { useMutation } from "urql";
import { useResetClient } from "../../../app/graphql-client";
import { errorCode, errorMessage } from "../../../graphql/errors";
import { LocalizedText } from "../../../shared/components/localized-text";
import { useDocumentTitle } from "../../../shared/hooks/use-document-title";
import { AcceptInvitationMutation } from "../graphql/accounts.graphql";
import { useViewer } from "../use-viewer";

type Joined = { nameZh?: string | null; nameEn?: string | null };

/** The link an organization admin sends: the invitee signs in (or up) and accepts it here. */
export function InvitationPage() {
  const { token = "" } = useParams();
  const { t } = useTranslation();
  useDocumentTitle(t("invitation.title"));
  const { viewer, fetching } = useViewer();
  const resetClient = useResetClient();
  const navigate = useNavigate();
  const [{ fetching: accepting }, accept] = useMutation(AcceptInvitationMutation);
  const [joined, setJoined] = useState<Joined | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const back = encodeURIComponent(`/invitations/${token}`);

  async function onAccept() {
    setProblem(null);
    const result = await accept({ token });
    const org = result.data?.acceptInvitation;
    if (!result.error && org) {
      setJoined(org);
      // Memberships changed: every cached answer about what this user may see is stale.
      resetClient();
      return;
    }
    const code = errorCode(result.error);
    const message = result.error?.graphQLErrors[0]?.message ?? "";
    setProblem(
      code === "NOT_FOUND" || code === "BAD_USER_INPUT"
        ? t("invitation.invalid")
        : code === "CONFLICT" && message.includes("expired")
          ? t("invitation.expired")
          : code === "CONFLICT"
            ? t("invitation.used")
            : code === "FORBIDDEN"
              ? t("invitation.otherEmail", { email: viewer?.email ?? "" })
              : result.error && errorMessage(result.error).network
                ? t("common.networkError")
                : t("invitation.failed", { message }),
    );
  }

  return (
    <div className="login-page">
      <Card className="login-card">
        <h1 className="page-title">
          <TeamOutlined aria-hidden /> {t("invitation.title")}
        </h1>
        {fetching ? (
          <Skeleton active paragraph={{ rows: 2 }} />
        ) : joined ? (
          <Alert
            type="success"
            showIcon
            role="status"
            title={
              <>
                {t("invitation.joined")}{" "}
                <strong>
                  <LocalizedText zh={joined.nameZh} en={joined.nameEn} />
                </strong>
              </>
            }
            description={<Link to="/workspace">{t("invitation.toWorkspace")}</Link>}
          />
        ) : !viewer ? (
          <>
            <p className="page-intro">{t("invitation.signInFirst")}</p>
            <div className="invitation-actions">
              <Button type="primary" onClick={() => navigate(`/login?redirect=${back}`)}>
                {t("account.logIn")}
              </Button>
              <Link to={`/signup?redirect=${back}`}>{t("invitation.signUp")}</Link>
            </div>
          </>
        ) : (
          <>
            <p className="page-intro">
              {t("invitation.acceptAs", { email: viewer.email ?? viewer.displayName ?? "" })}
            </p>
            {problem ? (
              <Alert type="error" showIcon role="alert" title={problem} className="form-alert" />
            ) : null}
            <Button type="primary" size="large" block loading={accepting} onClick={onAccept}>
              {t("invitation.accept")}
            </Button>
          </>
        )}
      </Card>
    </div>
  );
}

export default InvitationPage;
