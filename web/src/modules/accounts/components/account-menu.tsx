import { LoginOutlined } from "@ant-design/icons";
import { Button, Skeleton } from "antd";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router";
import { useViewer } from "../use-viewer";

const UserMenu = lazy(() => import("./user-menu"));

/** "Log in" for visitors; for a signed-in user, a menu with their name and "log out". */
export function AccountMenu() {
  const { t } = useTranslation();
  const { viewer, fetching } = useViewer();
  const navigate = useNavigate();
  const location = useLocation();

  if (fetching) return <Skeleton.Button active aria-hidden />;
  if (viewer) {
    return (
      <Suspense fallback={<Skeleton.Button active aria-hidden />}>
        <UserMenu name={viewer.displayName || viewer.email || ""} />
      </Suspense>
    );
  }
  // The log-in page has the form itself.
  if (location.pathname === "/login") return null;
  const here = `${location.pathname}${location.search}`;
  return (
    <Button
      type="primary"
      icon={<LoginOutlined aria-hidden />}
      onClick={() => navigate(`/login?redirect=${encodeURIComponent(here)}`)}
    >
      <span className="account-label">{t("account.logIn")}</span>
    </Button>
  );
}
