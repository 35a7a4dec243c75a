import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import type { LiveState } from "../live-connection";

const COLORS: Record<LiveState, string> = {
  connecting: "processing",
  connected: "success",
  reconnecting: "warning",
  offline: "error",
};

/** Whether the room is live: connected, reconnecting (with backoff) or offline. */
export function ConnectionStatus({ state }: { state: LiveState }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[state]} role="status" aria-live="polite" className="room-connection">
      {t(`rooms.connection.${state}`)}
    </Tag>
  );
}
