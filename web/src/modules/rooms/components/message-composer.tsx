import { Button, Input } from "antd";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { readFragment } from "../../../graphql/graphql";
import { RoomEventFields, SendMessageMutation, SetTypingMutation } from "../graphql/rooms.graphql";
import type { RoomEvent } from "../room-log";
import type { PendingMessage } from "./message-stream";

/** setTyping(true) at most this often while someone types; false after this long idle. */
const TYPING_THROTTLE_MS = 3_000;
const TYPING_IDLE_MS = 4_000;

function newClientId(): string {
  return crypto.randomUUID();
}

/**
 * Sends messages and typing signals. A send is pending until the API stores it; a failed one
 * stays on screen with a retry that reuses its clientId, so the API stores it once.
 */
export function useMessageSender(roomId: string, onStored: (event: RoomEvent) => void) {
  const [pending, setPending] = useState<PendingMessage[]>([]);
  const [, sendMessage] = useMutation(SendMessageMutation);
  const send = useCallback(
    async (message: PendingMessage) => {
      setPending((list) => [
        ...list.filter((m) => m.clientId !== message.clientId),
        { ...message, failed: false },
      ]);
      const result = await sendMessage({
        roomId,
        body: message.body,
        clientId: message.clientId,
      });
      const stored = result.data?.sendMessage;
      if (stored && !result.error) {
        onStored(readFragment(RoomEventFields, stored));
        setPending((list) => list.filter((m) => m.clientId !== message.clientId));
      } else {
        setPending((list) =>
          list.map((m) => (m.clientId === message.clientId ? { ...m, failed: true } : m)),
        );
      }
    },
    [roomId, sendMessage, onStored],
  );
  return { pending, send };
}

/** The message box: Enter sends, Shift+Enter breaks the line; typing is signalled, throttled. */
export function MessageComposer({
  roomId,
  disabled,
  onSend,
}: {
  roomId: string;
  disabled: boolean;
  onSend: (message: PendingMessage) => void;
}) {
  const { t } = useTranslation();
  const [body, setBody] = useState("");
  const [, setTyping] = useMutation(SetTypingMutation);
  const lastTyping = useRef(0);
  const idle = useRef<ReturnType<typeof setTimeout>>(undefined);

  const stopTyping = useCallback(() => {
    clearTimeout(idle.current);
    if (lastTyping.current) {
      lastTyping.current = 0;
      void setTyping({ roomId, typing: false });
    }
  }, [roomId, setTyping]);

  useEffect(() => () => clearTimeout(idle.current), []);

  function change(value: string) {
    setBody(value);
    const now = Date.now();
    if (value && now - lastTyping.current > TYPING_THROTTLE_MS) {
      lastTyping.current = now;
      void setTyping({ roomId, typing: true });
    }
    clearTimeout(idle.current);
    idle.current = setTimeout(stopTyping, TYPING_IDLE_MS);
  }

  function submit() {
    const text = body.trim();
    if (!text) return;
    stopTyping();
    onSend({ clientId: newClientId(), body: text, failed: false });
    setBody("");
  }

  return (
    <form
      className="room-composer"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Input.TextArea
        aria-label={t("rooms.message")}
        placeholder={t("rooms.messagePlaceholder")}
        value={body}
        disabled={disabled}
        maxLength={4000}
        autoSize={{ minRows: 1, maxRows: 6 }}
        onChange={(e) => change(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) {
            e.preventDefault();
            submit();
          }
        }}
      />
      <Button type="primary" htmlType="submit" disabled={disabled || !body.trim()}>
        {t("rooms.send")}
      </Button>
    </form>
  );
}
