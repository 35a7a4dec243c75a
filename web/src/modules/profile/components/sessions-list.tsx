import { Button, List, Tag } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { useFormat } from "../../../i18n/use-format";
import { useFeedback } from "../../../shared/feedback";
import { RevokeSessionMutation } from "../graphql/profile.graphql";

interface SessionValue {
  id?: string | null;
  createdAt?: string | null;
  expiresAt?: string | null;
  userAgent?: string | null;
  current?: boolean | null;
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
        const device = s.userAgent || t("profile.unknownDevice");
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
              title={<span className="session-device">{device}</span>}
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
