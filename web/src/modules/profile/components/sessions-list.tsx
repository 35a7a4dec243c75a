import { Button, List, Tag, Tooltip } from "antd";
import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { useFormat } from "../../../i18n/use-format";
import { useFeedback } from "../../../shared/feedback";
import { RevokeSessionMutation } from "../graphql/profile.graphql";
import { parseUserAgent } from "../user-agent";

interface SessionValue {
  id?: string | null;
  createdAt?: string | null;
  expiresAt?: string | null;
  userAgent?: string | null;
  current?: boolean | null;
}

/** "Chrome on Linux" for a session's User-Agent; "Unknown device" when it names neither. */
function deviceName(userAgent: string | null | undefined, t: TFunction): string {
  const { browser, system } = parseUserAgent(userAgent ?? "");
  if (!browser && !system) return t("profile.unknownDevice");
  return t("profile.device", {
    browser: browser ? t(`profile.browsers.${browser}`) : t("profile.otherBrowser"),
    system: system ? t(`profile.systems.${system}`) : t("profile.otherSystem"),
  });
}

/** The user's signed-in devices; any but this one can be signed out, e.g. a lost phone. */
export function SessionsList({ sessions }: { sessions: readonly SessionValue[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const feedback = useFeedback();
  const [, revoke] = useMutation(RevokeSessionMutation);
  const [revoked, setRevoked] = useState<ReadonlySet<string>>(new Set());
  const shown = sessions.filter((s) => s.id && !revoked.has(s.id));

  async function onRevoke(id: string) {
    setRevoked((ids) => new Set([...ids, id]));
    const result = await revoke({ id });
    if (result.error) {
      setRevoked((ids) => new Set([...ids].filter((other) => other !== id)));
      feedback.error(t("profile.revokeFailed"));
      return;
    }
    feedback.success(t("profile.revoked"));
  }

  return (
    <List
      className="sessions-list"
      dataSource={shown}
      rowKey={(s) => s.id ?? ""}
      renderItem={(s) => {
        const device = deviceName(s.userAgent, t);
        return (
          <List.Item
            actions={
              s.current
                ? [
                    <Tag key="current" color="green">
                      {t("profile.currentSession")}
                    </Tag>,
                  ]
                : [
                    <Button
                      key="revoke"
                      size="small"
                      danger
                      aria-label={t("profile.revokeLabel", { device })}
                      onClick={() => void onRevoke(s.id as string)}
                    >
                      {t("profile.revoke")}
                    </Button>,
                  ]
            }
          >
            <List.Item.Meta
              title={
                // The raw string stays at hand for telling two alike devices apart.
                <Tooltip title={s.userAgent || undefined}>
                  <span className="session-device">{device}</span>
                </Tooltip>
              }
              description={t("profile.sessionDates", {
                created: format.date(s.createdAt),
                expires: format.date(s.expiresAt),
              })}
            />
          </List.Item>
        );
      }}
    />
  );
}
