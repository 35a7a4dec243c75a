import type { CombinedError } from "@urql/core";
import { Alert, Button } from "antd";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../../graphql/errors";

/** An error banner for a failed query, with a retry button. */
export function QueryError({ error, onRetry }: { error: CombinedError; onRetry?: () => void }) {
  const { t } = useTranslation();
  const { network, message } = errorMessage(error);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t("common.errorTitle")}
      description={network ? t("common.networkError") : message}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t("common.retry")}
          </Button>
        ) : undefined
      }
    />
  );
}
