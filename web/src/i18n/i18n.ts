import i18next, { type i18n } from "i18next";
import { initReactI18next } from "react-i18next";
import {
  type AppLanguage,
  DEFAULT_LANGUAGE,
  isAppLanguage,
  LANGUAGES,
  readStoredLanguage,
  storeLanguage,
} from "./languages";
import { en } from "./locales/en";
import { zhCN } from "./locales/zh-CN";

export const resources = {
  "zh-CN": { translation: zhCN },
  en: { translation: en },
} as const;

/**
 * Creates an i18next instance with both languages loaded synchronously (they are small and
 * bundled), starting in the stored language; every change is persisted and set on <html lang>.
 */
export function createI18n(language: AppLanguage = readStoredLanguage()): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  const apply = (lng: string) => {
    if (!isAppLanguage(lng)) return;
    storeLanguage(lng);
    if (typeof document !== "undefined") document.documentElement.lang = lng;
  };
  instance.on("languageChanged", apply);
  if (typeof document !== "undefined") document.documentElement.lang = language;
  return instance;
}
