import { render } from "@testing-library/react";
import type { Client } from "@urql/core";
import type { ReactElement } from "react";
import { MemoryRouter } from "react-router";
import { Provider } from "urql";
import { AppProviders } from "../app/app-providers";
import { createI18n } from "../i18n/i18n";
import type { AppLanguage } from "../i18n/languages";

/** Renders UI with the app's providers: i18n in the language, antd config, the client, a router. */
export function renderWithApp(
  ui: ReactElement,
  {
    client,
    language = "zh-CN",
    route = "/",
  }: { client: Client; language?: AppLanguage; route?: string },
) {
  const i18n = createI18n(language);
  const result = render(
    <AppProviders i18n={i18n}>
      <Provider value={client}>
        <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
      </Provider>
    </AppProviders>,
  );
  return { ...result, i18n };
}
