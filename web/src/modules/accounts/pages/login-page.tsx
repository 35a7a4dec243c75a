import { Card } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { useResetClient } from "../../../app/graphql-client";
import { useFeedback } from "../../../shared/feedback";
import { useDocumentTitle } from "../../../shared/hooks/use-document-title";
import { LoginForm } from "../components/login-form";
import { showDemoHint } from "../demo-accounts";

/** Only same-site paths: `?redirect=https://elsewhere` must not send users away. */
export function safeRedirect(value: string | null): string {
  const sameSite = value?.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\");
  return sameSite && value ? value : "/";
}

/** The log-in page; after logging in it returns to `?redirect=` (or home). */
export function LoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("login.title"));
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const resetClient = useResetClient();
  const feedback = useFeedback();

  return (
    <div className="login-page">
      <Card className="login-card">
        <h1 className="page-title">{t("login.title")}</h1>
        <p className="page-intro login-intro">{t("login.subtitle")}</p>
        <LoginForm
          showDemoAccounts={showDemoHint()}
          onLoggedIn={(user) => {
            resetClient();
            feedback.success(t("login.welcome", { name: user.displayName ?? user.email ?? "" }));
            void navigate(safeRedirect(params.get("redirect")), { replace: true });
          }}
        />
        <p className="login-switch">
          {t("signup.noAccount")}{" "}
          <Link
            to={
              params.get("redirect")
                ? `/signup?redirect=${encodeURIComponent(params.get("redirect") as string)}`
                : "/signup"
            }
          >
            {t("signup.link")}
          </Link>
        </p>
      </Card>
    </div>
  );
}

export default LoginPage;
