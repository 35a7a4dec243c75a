import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { type AppLanguage, DEFAULT_LANGUAGE, isAppLanguage } from "./languages";

/** The current UI language. */
export function useAppLanguage(): AppLanguage {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isAppLanguage(language) ? language : DEFAULT_LANGUAGE;
}

/** Switches the UI language; the i18n instance persists the choice. */
export function useSetAppLanguage(): (language: AppLanguage) => void {
  const { i18n } = useTranslation();
  return useCallback((language: AppLanguage) => void i18n.changeLanguage(language), [i18n]);
}

/** A bilingual value in the UI language, falling back to the other one. */
export interface LocalizedText {
  text: string;
  /** The language the text is in (for the `lang` attribute). */
  lang: AppLanguage;
  /** True when the UI language had no text and the other language is shown. */
  fallback: boolean;
}

/** Picks the UI language's text, else the other language's; null when neither is given. */
export function pickLocalized(
  language: AppLanguage,
  zh: string | null | undefined,
  en: string | null | undefined,
): LocalizedText | null {
  const preferred = language === "zh-CN" ? zh : en;
  if (preferred?.trim()) return { text: preferred, lang: language, fallback: false };
  const other = language === "zh-CN" ? en : zh;
  if (other?.trim())
    return { text: other, lang: language === "zh-CN" ? "en" : "zh-CN", fallback: true };
  return null;
}
