import { LockOutlined } from "@ant-design/icons";
import { Button, Result } from "antd";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router";

/** In place of a page that needs an account: says so and offers to log in, then come back. */
export function LoginRequired({ text }: { text: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const here = `${location.pathname}${location.search}`;
  return (
    <Result
      icon={<LockOutlined aria-hidden />}
      title={<h1 className="result-title">{t("account.loginRequired")}</h1>}
      subTitle={text}
      extra={
        <Button
          type="primary"
          onClick={() => navigate(`/login?redirect=${encodeURIComponent(here)}`)}
        >
          {t("account.logIn")}
        </Button>
      }
    />
  );
}
