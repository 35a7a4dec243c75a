import { Button, Result } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";

/** The not-found page: what was missing and the way back. */
export function NotFoundResult({
  title,
  text,
  backTo = "/",
  backLabel,
}: {
  title?: string;
  text?: string;
  backTo?: string;
  backLabel?: string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={<h1 className="result-title">{title ?? t("common.notFoundTitle")}</h1>}
      subTitle={text ?? t("common.notFoundText")}
      extra={
        <Button type="primary" onClick={() => navigate(backTo)}>
          {backLabel ?? t("common.backHome")}
        </Button>
      }
    />
  );
}
