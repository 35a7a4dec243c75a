import i18next, { type TFunction } from "i18next";
import { resources } from "../../src/i18n/i18n";
import type { AppLanguage } from "../../src/i18n/languages";

/**
 * The app's own strings, so tests find controls by the accessible names a user of that
 * language sees, and a renamed key breaks the typecheck instead of silently passing.
 */
export function translator(language: AppLanguage): TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: language,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance.t;
}
