import { ConfigProvider } from "antd";
import enUS from "antd/locale/en_US";
import zhCN from "antd/locale/zh_CN";
import dayjs from "dayjs";
import "dayjs/locale/zh-cn";
import type { i18n } from "i18next";
import { type ReactNode, useEffect } from "react";
import { I18nextProvider } from "react-i18next";
import { useAppLanguage } from "../i18n/use-app-language";
import { FeedbackProvider } from "../shared/feedback";
import { antdTheme } from "./antd-theme";

/** Ant Design's own texts (pagination, empty states, pickers) follow the UI language. */
function LocalizedAntd({ children }: { children: ReactNode }) {
  const language = useAppLanguage();
  useEffect(() => {
    dayjs.locale(language === "zh-CN" ? "zh-cn" : "en");
  }, [language]);
  return (
    // No space forced between two CJK characters in buttons ("登 录"): it breaks the accessible name.
    <ConfigProvider
      locale={language === "zh-CN" ? zhCN : enUS}
      theme={antdTheme(language)}
      button={{ autoInsertSpace: false }}
    >
      <FeedbackProvider>{children}</FeedbackProvider>
    </ConfigProvider>
  );
}

/** i18n and Ant Design configuration around the app (the GraphQL client is provided apart). */
export function AppProviders({ i18n, children }: { i18n: i18n; children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <LocalizedAntd>{children}</LocalizedAntd>
    </I18nextProvider>
  );
}
