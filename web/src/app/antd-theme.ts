import type { ThemeConfig } from "antd";
import type { AppLanguage } from "../i18n/languages";

const token: ThemeConfig["token"] = {
  colorPrimary: "#0b6e4f",
  colorLink: "#0b6e4f",
  borderRadius: 8,
  // app.css declares the stack once, so the page's own titles, intros and footer match antd.
  fontFamily: "var(--font-sans)",
};

// antd puts a little space before the label colon, which reads as a full-width "：" in English;
// English writes "Owner: value", the colon against the word. Chinese keeps antd's spacing.
const THEMES: Record<AppLanguage, ThemeConfig> = {
  "zh-CN": { token },
  en: {
    token,
    components: {
      Descriptions: { colonMarginLeft: 0 },
      Form: { labelColonMarginInlineStart: 0 },
    },
  },
};

/** Ant Design's design tokens for the UI language (one object per language, so antd caches it). */
export function antdTheme(language: AppLanguage): ThemeConfig {
  return THEMES[language];
}
