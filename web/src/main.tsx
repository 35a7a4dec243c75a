import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter } from "react-router";
import { AppProviders } from "./app/app-providers";
import { GraphQLClientProvider } from "./app/graphql-client";
import { AppRoutes } from "./app/router";
import "antd/dist/reset.css";
import "./app/app.css";
import { createI18n } from "./i18n/i18n";

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");

createRoot(container).render(
  <StrictMode>
    <AppProviders i18n={createI18n()}>
      <GraphQLClientProvider>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </GraphQLClientProvider>
    </AppProviders>
  </StrictMode>,
);
