import type { ElementType, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { pickLocalized, useAppLanguage } from "../../i18n/use-app-language";

/**
 * Shows a bilingual value in the UI language, falling back to the other language with the
 * right `lang` attribute (so screen readers switch voice) and a hint in its title.
 */
export function LocalizedText({
  zh,
  en,
  as: Tag = "span",
  className,
  empty = null,
}: {
  zh: string | null | undefined;
  en: string | null | undefined;
  as?: ElementType;
  className?: string;
  empty?: ReactNode;
}) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const picked = pickLocalized(language, zh, en);
  if (!picked) return <>{empty}</>;
  return (
    <Tag
      lang={picked.lang}
      className={className}
      title={picked.fallback ? t("common.translationFallback") : undefined}
    >
      {picked.text}
    </Tag>
  );
}
