import { Button, List, Skeleton, Tag } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useMutation, useQuery } from "urql";
import { useAppLanguage } from "../../../i18n/use-app-language";
import { useFormat } from "../../../i18n/use-format";
import { EmptyState } from "../../../shared/components/empty-results";
import { PageHeading } from "../../../shared/components/page-heading";
import { QueryError } from "../../../shared/components/query-error";
import { useFeedback } from "../../../shared/feedback";
import { useDocumentTitle } from "../../../shared/hooks/use-document-title";
import { LoginRequired } from "../../accounts/components/login-required";
import { useViewer } from "../../accounts/use-viewer";
import { MarkNotificationReadMutation, NotificationsQuery } from "../graphql/notifications.graphql";
import { describeNotification } from "../notification-text";

const SHOWN = 50;

/** The signed-in user's notifications, newest first, each markable as read. */
export function NotificationsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("notifications.title"));
  const { viewer, fetching: viewerLoading } = useViewer();
  if (viewerLoading) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (!viewer) return <LoginRequired text={t("notifications.loginText")} />;
  return <NotificationsList />;
}

function NotificationsList() {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useAppLanguage();
  const feedback = useFeedback();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: NotificationsQuery,
    variables: { limit: SHOWN },
    requestPolicy: "cache-and-network",
  });
  const [, markRead] = useMutation(MarkNotificationReadMutation);
  // Shown as read at once; urql's document cache then refetches every notifications query.
  const [readIds, setReadIds] = useState<ReadonlySet<string>>(new Set());
  const items = data?.notifications ?? [];

  async function mark(id: string) {
    setReadIds((ids) => new Set([...ids, id]));
    const result = await markRead({ id });
    if (result.error) {
      setReadIds((ids) => new Set([...ids].filter((other) => other !== id)));
      feedback.error(t("notifications.markFailed"));
    }
  }

  return (
    <>
      <PageHeading title={t("notifications.title")} intro={t("notifications.intro")} />
      {error && !data ? (
        <QueryError error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
      ) : !data && fetching ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : items.length === 0 ? (
        <EmptyState title={t("notifications.emptyTitle")} text={t("notifications.emptyText")} />
      ) : (
        <List
          className="notifications-list"
          dataSource={[...items]}
          rowKey={(n) => n.id ?? ""}
          renderItem={(n) => {
            const { text, href } = describeNotification(n, t, language);
            const unread = !n.readAt && !readIds.has(n.id ?? "");
            return (
              <List.Item
                className={unread ? "notification is-unread" : "notification"}
                actions={[
                  href ? (
                    <Link key="open" to={href} aria-label={t("notifications.openLabel", { text })}>
                      {t("notifications.open")}
                    </Link>
                  ) : null,
                  unread ? (
                    <Button
                      key="read"
                      size="small"
                      aria-label={t("notifications.markReadLabel", { text })}
                      onClick={() => void mark(n.id as string)}
                    >
                      {t("notifications.markRead")}
                    </Button>
                  ) : null,
                ].filter(Boolean)}
              >
                <List.Item.Meta
                  title={
                    <span>
                      {unread ? <Tag color="green">{t("notifications.unread")}</Tag> : null}
                      {text}
                    </span>
                  }
                  description={format.date(n.createdAt)}
                />
              </List.Item>
            );
          }}
        />
      )}
    </>
  );
}

export default NotificationsPage;
