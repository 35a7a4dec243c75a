import { Skeleton } from "antd";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Link, NavLink, Outlet, useLocation } from "react-router";
import { AccountMenu } from "../modules/accounts/components/account-menu";
import { canReview, useViewer, type Viewer } from "../modules/accounts/use-viewer";
import { LanguageSwitch } from "../shared/components/language-switch";

// Only signed-in users see the bell; visitors never load it.
const NotificationsLink = lazy(
  () => import("../modules/notifications/components/notifications-link"),
);
const RoomsNavLink = lazy(() => import("../modules/rooms/components/rooms-nav-link"));

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

const SECTIONS = [
  "achievements",
  "demands",
  "search",
  "workspace",
  "rooms",
  "broker",
  "review",
] as const;
type Section = (typeof SECTIONS)[number];

function selectedSection(pathname: string): Section | "" {
  if (pathname === "/") return "";
  return SECTIONS.find((s) => pathname === `/${s}` || pathname.startsWith(`/${s}/`)) ?? "";
}

/** The sections the header offers: everyone browses; members, brokers and reviewers get theirs. */
function sectionsFor(viewer: Viewer | null): Section[] {
  const sections: Section[] = ["achievements", "demands", "search"];
  if (viewer) sections.push("workspace", "rooms");
  if (viewer?.memberships?.some((m) => m.organization?.kind === "BROKER_AGENCY")) {
    sections.push("broker");
  }
  if (canReview(viewer)) sections.push("review");
  return sections;
}

/** Header (brand, navigation, language, account), the routed page and the footer. */
export function AppLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const section = selectedSection(location.pathname);
  const { viewer } = useViewer();
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
            {sectionsFor(viewer).map((key) => (
              <li key={key}>
                {key === "rooms" ? (
                  <Suspense fallback={null}>
                    <RoomsNavLink active={section === key} />
                  </Suspense>
                ) : (
                  <NavLink
                    to={`/${key}`}
                    className={section === key ? "nav-link active" : "nav-link"}
                    aria-current={section === key ? "page" : undefined}
                  >
                    {t(`nav.${key}`)}
                  </NavLink>
                )}
              </li>
            ))}
          </ul>
        </nav>
        <div className="header-actions">
          <LanguageSwitch />
          {viewer ? (
            <Suspense fallback={null}>
              <NotificationsLink />
            </Suspense>
          ) : null}
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
