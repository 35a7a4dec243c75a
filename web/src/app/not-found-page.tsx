import { useTranslation } from "react-i18next";
import { NotFoundResult } from "../shared/components/not-found-result";
import { useDocumentTitle } from "../shared/hooks/use-document-title";

/** Any path no route matches. */
export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("common.notFoundTitle"));
  return <NotFoundResult />;
}

export default NotFoundPage;
