/** The UI languages, Chinese first. */
export const LANGUAGES = ["zh-CN", "en"] as const;

/** One of the UI languages; also the BCP 47 tag handed to Intl. */
export type AppLanguage = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: AppLanguage = "zh-CN";

/** Where the chosen language is kept between visits. */
export const LANGUAGE_STORAGE_KEY = "openttc.language";

export function isAppLanguage(value: unknown): value is AppLanguage {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/** The stored choice, else Chinese: the center's first audience reads Chinese. */
export function readStoredLanguage(): AppLanguage {
  try {
    const stored = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return isAppLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    // Storage can be disabled (private mode, sandboxed frames): fall back to the default.
    return DEFAULT_LANGUAGE;
  }
}

export function storeLanguage(language: AppLanguage): void {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not persisting is acceptable; the switch still works for this visit.
  }
}
