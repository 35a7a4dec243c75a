import { Button, Typography } from "antd";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../../i18n/use-format";
import { groupLog, type ReadMarkers, type RoomEvent, readersOf } from "../room-log";

/** A message not yet stored: sending, or failed and waiting for a retry with the same clientId. */
export interface PendingMessage {
  clientId: string;
  body: string;
  failed: boolean;
}

function time(at: string | null | undefined, language: string) {
  if (!at) return "";
  return new Intl.DateTimeFormat(language, {
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(new Date(at));
}

function Notice({ event }: { event: RoomEvent }) {
  const { t } = useTranslation();
  const who = event.actor?.displayName ?? "";
  const number = event.offer?.number ?? "";
  const text =
    event.kind === "BROKER_ADDED"
      ? t("rooms.notice.BROKER_ADDED", { name: event.subjectUser?.displayName ?? "" })
      : t(`rooms.notice.${event.kind ?? "ROOM_OPENED"}`, { name: who, number });
  return <li className="room-notice">{text}</li>;
}

/** The room's messages, grouped by sender, with notices of offers, read receipts and pending sends. */
export function MessageStream({
  events,
  pending,
  read,
  viewerId,
  onRetry,
  older,
}: {
  events: readonly RoomEvent[];
  pending: readonly PendingMessage[];
  read: ReadMarkers;
  viewerId: string | null;
  onRetry: (message: PendingMessage) => void;
  /** Shown when earlier events remain to be loaded. */
  older?: { loading: boolean; load: () => void } | null;
}) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const end = useRef<HTMLLIElement>(null);
  const items = groupLog(events);
  // The live stream can deliver a message before the send returns: once stored, it shows once.
  const stored = new Set(events.map((e) => e.clientId).filter(Boolean));
  const unsent = pending.filter((m) => !stored.has(m.clientId));
  const count = events.length + unsent.length;
  useEffect(() => {
    if (count > 0) end.current?.scrollIntoView?.({ block: "nearest" });
  }, [count]);
  return (
    <ol className="room-stream" aria-label={t("rooms.stream")}>
      {older ? (
        <li className="room-older">
          <Button size="small" loading={older.loading} onClick={older.load}>
            {t("rooms.loadEarlier")}
          </Button>
        </li>
      ) : null}
      {items.length === 0 && unsent.length === 0 ? (
        <li className="room-notice">{t("rooms.noMessages")}</li>
      ) : null}
      {items.map((item) => {
        if (item.kind === "notice") return <Notice key={item.key} event={item.event} />;
        const mine = item.actorId === viewerId;
        const lastSeq = item.events.at(-1)?.seq ?? 0;
        const readers = mine ? readersOf(read, lastSeq, viewerId) : [];
        return (
          <li key={item.key} className={mine ? "room-group mine" : "room-group"}>
            <div className="room-group-head">
              <Typography.Text strong>{mine ? t("rooms.you") : item.actorName}</Typography.Text>
              <time dateTime={item.at} className="room-time">
                {time(item.at, language)}
              </time>
            </div>
            {item.events.map((event) => (
              <p key={event.seq} className="room-bubble">
                {event.body}
              </p>
            ))}
            {readers.length ? (
              <span className="room-read">
                {t("rooms.readBy", { names: readers.join(t("rooms.listSeparator")) })}
              </span>
            ) : null}
          </li>
        );
      })}
      {unsent.map((message) => (
        <li key={message.clientId} className="room-group mine pending">
          <p className="room-bubble">{message.body}</p>
          {message.failed ? (
            <span className="room-failed" role="alert">
              {t("rooms.sendFailed")}{" "}
              <Button size="small" onClick={() => onRetry(message)}>
                {t("rooms.retry")}
              </Button>
            </span>
          ) : (
            <span className="room-read">{t("rooms.sending")}</span>
          )}
        </li>
      ))}
      <li ref={end} aria-hidden className="room-stream-end" />
    </ol>
  );
}
