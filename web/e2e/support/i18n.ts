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

/** Every key of the UI strings ("search.facets.field", …): one showing on a page is untranslated. */
export function translationKeys(): string[] {
  const walk = (node: unknown, prefix: string): string[] =>
    typeof node === "string"
      ? [prefix.replace(/_(one|other)$/, "")]
      : Object.entries(node as Record<string, unknown>).flatMap(([key, value]) =>
          walk(value, prefix ? `${prefix}.${key}` : key),
        );
  return [...new Set(walk(resources["zh-CN"].translation, ""))];
}
