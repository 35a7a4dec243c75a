import { Badge, Button, Card, Empty, List, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useQuery } from "urql";
import { readFragment } from "../../../graphql/graphql";
import { pickLocalized, useAppLanguage } from "../../../i18n/use-app-language";
import { useFormat } from "../../../i18n/use-format";
import { CardGridSkeleton } from "../../../shared/components/card-grid-skeleton";
import { PageHeading } from "../../../shared/components/page-heading";
import { QueryError } from "../../../shared/components/query-error";
import { useViewer } from "../../accounts/use-viewer";
import { RoomEventFields, RoomsQuery } from "../graphql/rooms.graphql";
import type { RoomEvent } from "../room-log";
import "../rooms.css";

const PAGE = 20;

function LastEvent({ event }: { event: RoomEvent | null }) {
  const { t } = useTranslation();
  if (!event) return null;
  const who = event.actor?.displayName ?? "";
  const text =
    event.kind === "MESSAGE"
      ? t("rooms.lastMessage", { name: who, body: event.body ?? "" })
      : event.kind === "BROKER_ADDED"
        ? t("rooms.notice.BROKER_ADDED", { name: event.subjectUser?.displayName ?? "" })
        : t(`rooms.notice.${event.kind ?? "ROOM_OPENED"}`, {
            name: who,
            number: event.offer?.number ?? "",
          });
  return (
    <Typography.Text type="secondary" ellipsis className="room-last-event">
      {text}
    </Typography.Text>
  );
}

/** My negotiation rooms, most recently active first, with unread counts and the last event. */
export function RoomsPage() {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const { date } = useFormat();
  const { viewer, fetching: viewerFetching } = useViewer();
  const [first, setFirst] = useState(PAGE);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: RoomsQuery,
    variables: { first },
    requestPolicy: "cache-and-network",
    pause: !viewer,
  });
  const name = (org: { nameZh?: string | null; nameEn?: string | null } | null | undefined) =>
    pickLocalized(language, org?.nameZh, org?.nameEn)?.text ?? "";

  if (!viewer && !viewerFetching) {
    return (
      <>
        <PageHeading title={t("rooms.title")} />
        <Empty description={t("rooms.signIn")}>
          <Link to="/login?redirect=%2Frooms">{t("account.logIn")}</Link>
        </Empty>
      </>
    );
  }
  const rooms = data?.rooms?.edges.map((e) => e.node) ?? [];
  return (
    <>
      <PageHeading title={t("rooms.title")} intro={t("rooms.intro")} />
      {error ? (
        <QueryError error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />
      ) : null}
      {!data && fetching ? <CardGridSkeleton /> : null}
      {data && rooms.length === 0 ? (
        <Empty description={t("rooms.empty")}>
          <Link to="/achievements">{t("rooms.browse")}</Link>
        </Empty>
      ) : null}
      {rooms.length ? (
        <Card>
          <List
            aria-label={t("rooms.title")}
            dataSource={rooms}
            renderItem={(room) => {
              const subject = room.achievement ?? room.demand;
              const parties = t("rooms.roomTitle", {
                buyer: name(room.buyer),
                seller: name(room.seller),
              });
              // Rooms between the same two organizations differ by what they negotiate.
              const subjectTitle = subject
                ? pickLocalized(language, subject.titleZh, subject.titleEn)?.text
                : null;
              const unread = room.unreadCount ?? 0;
              const last = room.lastEvent ? readFragment(RoomEventFields, room.lastEvent) : null;
              return (
                <List.Item
                  extra={
                    <Space direction="vertical" align="end" size={4}>
                      <Typography.Text type="secondary">{date(room.lastEventAt)}</Typography.Text>
                      {unread ? (
                        <Badge
                          count={unread}
                          overflowCount={99}
                          aria-label={t("rooms.unread", { count: unread })}
                        />
                      ) : null}
                    </Space>
                  }
                >
                  <List.Item.Meta
                    title={
                      <Space wrap size="small">
                        <Link to={`/rooms/${room.id}`}>{subjectTitle || parties}</Link>
                        <Tag>{t(`rooms.origin.${room.origin ?? "INQUIRY"}`)}</Tag>
                        <Tag color={room.status === "AGREED" ? "success" : "blue"}>
                          {t(`rooms.status.${room.status ?? "OPEN"}`)}
                        </Tag>
                      </Space>
                    }
                    description={
                      <Space direction="vertical" size={0}>
                        {subjectTitle ? <span>{parties}</span> : null}
                        <LastEvent event={last} />
                      </Space>
                    }
                  />
                </List.Item>
              );
            }}
          />
          {data?.rooms?.pageInfo.hasNextPage ? (
            <Button block loading={fetching} onClick={() => setFirst((n) => n + PAGE)}>
              {t("rooms.loadMore")}
            </Button>
          ) : null}
        </Card>
      ) : null}
    </>
  );
}

export default RoomsPage;
