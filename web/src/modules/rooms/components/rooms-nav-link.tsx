import { Badge } from "antd";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { NavLink, useLocation } from "react-router";
import { useQuery } from "urql";
import { RoomUnreadCountQuery } from "../graphql/rooms.graphql";
import { onRead } from "../unread-signal";

// The badge is a summary, not a live count: refreshed on navigation, when a room is read, and
// every half minute.
const REFRESH_MS = 30_000;

/** The navigation's "Rooms" item, with the number of unread events over all my rooms. */
export function RoomsNavLink({ active }: { active: boolean }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [{ data }, refetch] = useQuery({ query: RoomUnreadCountQuery });
  // biome-ignore lint/correctness/useExhaustiveDependencies: pathname is the trigger
  useEffect(() => {
    refetch({ requestPolicy: "network-only" });
    const refresh = () => refetch({ requestPolicy: "network-only" });
    const timer = setInterval(refresh, REFRESH_MS);
    const stopListening = onRead(refresh);
    return () => {
      clearInterval(timer);
      stopListening();
    };
  }, [pathname, refetch]);
  const unread = data?.roomUnreadCount ?? 0;
  return (
    <NavLink
      to="/rooms"
      className={active ? "nav-link active" : "nav-link"}
      aria-current={active ? "page" : undefined}
      aria-label={unread ? t("rooms.navUnread", { count: unread }) : t("rooms.nav")}
    >
      <Badge count={unread} overflowCount={99} size="small" offset={[8, -2]}>
        <span className="nav-rooms-label">{t("rooms.nav")}</span>
      </Badge>
    </NavLink>
  );
}

export default RoomsNavLink;
