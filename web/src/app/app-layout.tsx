import { Skeleton } from "antd";
import { Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Link, NavLink, Outlet, useLocation } from "react-router";
import { AccountMenu } from "../modules/accounts/components/account-menu";
import { LanguageSwitch } from "../shared/components/language-switch";

function BrandMark() {
  return (
    <svg className="brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" fill="currentColor" />
      <path
        d="M9 11h14M16 11v12M11 17l5-6 5 6"
        stroke="#fff"
        strokeWidth="2.6"
        fill="none"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

function selectedSection(pathname: string): string {
  if (pathname.startsWith("/demands")) return "demands";
  if (pathname === "/" || pathname.startsWith("/achievements")) return "achievements";
  return "";
}

/** Header (brand, navigation, language, account), the routed page and the footer. */
export function AppLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const section = selectedSection(location.pathname);
  return (
    <div className="app-layout">
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <header className="app-header">
        <Link to="/" className="brand">
          <BrandMark />
          <span className="brand-name">{t("app.brand")}</span>
          <span className="brand-subtitle">{t("app.brandSubtitle")}</span>
        </Link>
        <nav className="app-nav" aria-label={t("nav.label")}>
          <ul className="app-nav-list">
            <li>
              <NavLink
                to="/achievements"
                className={section === "achievements" ? "nav-link active" : "nav-link"}
                aria-current={section === "achievements" ? "page" : undefined}
              >
                {t("nav.achievements")}
              </NavLink>
            </li>
            <li>
              <NavLink
                to="/demands"
                className={section === "demands" ? "nav-link active" : "nav-link"}
                aria-current={section === "demands" ? "page" : undefined}
              >
                {t("nav.demands")}
              </NavLink>
            </li>
          </ul>
        </nav>
        <div className="header-actions">
          <LanguageSwitch />
          <AccountMenu />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="app-main">
        <Suspense
          fallback={
            <div
              className="page-loading"
              role="status"
              aria-busy="true"
              aria-label={t("app.loadingPage")}
            >
              <Skeleton active paragraph={{ rows: 6 }} />
            </div>
          }
        >
          <Outlet />
        </Suspense>
      </main>
      <footer className="app-footer">{t("app.footer")}</footer>
    </div>
  );
}
