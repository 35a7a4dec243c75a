import { BellOutlined } from "@ant-design/icons";
import { Badge } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useQuery } from "urql";
import { UnreadNotificationsQuery } from "../graphql/notifications.graphql";

/** The bell in the header: how many notifications are unread, linking to the list. */
export function NotificationsLink() {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: UnreadNotificationsQuery });
  const unread = data?.notifications?.length ?? 0;
  return (
    <Link
      to="/notifications"
      className="notifications-link"
      aria-label={
        unread ? t("notifications.linkUnread", { count: unread }) : t("notifications.link")
      }
    >
      <Badge count={unread} overflowCount={99} size="small">
        <BellOutlined className="notifications-icon" aria-hidden />
      </Badge>
    </Link>
  );
}

export default NotificationsLink;
