import { useEffect } from "react";
import { useTranslation } from "react-i18next";

/** Sets the tab title to "<page> · OpenTTC <subtitle>" in the UI language. */
export function useDocumentTitle(page: string | null | undefined) {
  const { t } = useTranslation();
  const site = `${t("app.brand")} ${t("app.brandSubtitle")}`;
  useEffect(() => {
    document.title = page ? `${page} · ${site}` : site;
  }, [page, site]);
}
