import { Button, Result } from "antd";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router";

/** For pages that need an account: says so and logs in, coming back here afterwards. */
export function SignInPrompt() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const redirect = encodeURIComponent(`${location.pathname}${location.search}`);
  return (
    <Result
      status="403"
      title={<h1 className="result-title">{t("workspace.loginTitle")}</h1>}
      subTitle={t("workspace.loginText")}
      extra={
        <Button type="primary" onClick={() => navigate(`/login?redirect=${redirect}`)}>
          {t("workspace.logIn")}
        </Button>
      }
    />
  );
}
