import { Card } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { useResetClient } from "../../../app/graphql-client";
import { useFeedback } from "../../../shared/feedback";
import { useDocumentTitle } from "../../../shared/hooks/use-document-title";
import { SignUpForm } from "../components/signup-form";
import { safeRedirect } from "./login-page";

/** Account creation; afterwards the user is signed in and returns to `?redirect=` (or home). */
export function SignUpPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("signup.title"));
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const resetClient = useResetClient();
  const feedback = useFeedback();
  const redirect = params.get("redirect");
  const loginHref = redirect ? `/login?redirect=${encodeURIComponent(redirect)}` : "/login";
  return (
    <div className="login-page">
      <Card className="login-card">
        <h1 className="page-title">{t("signup.title")}</h1>
        <p className="page-intro login-intro">{t("signup.subtitle")}</p>
        <SignUpForm
          loginHref={loginHref}
          onSignedUp={(user) => {
            resetClient();
            feedback.success(t("signup.welcome", { name: user.displayName ?? user.email ?? "" }));
            void navigate(safeRedirect(redirect), { replace: true });
          }}
        />
        <p className="login-switch">
          {t("signup.haveAccount")} <Link to={loginHref}>{t("account.logIn")}</Link>
        </p>
      </Card>
    </div>
  );
}

export default SignUpPage;
