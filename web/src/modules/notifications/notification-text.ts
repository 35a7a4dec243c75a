import type { TFunction } from "i18next";
import type { AppLanguage } from "../../i18n/languages";
import { pickLocalized } from "../../i18n/use-app-language";

/** A notification as the API returns it. */
export interface NotificationValue {
  kind?: string | null;
  entityType?: string | null;
  entityId?: string | null;
  payload?: string | null;
}

const KINDS = [
  "achievement_expiring",
  "demand_deadline",
  "answer_received",
  "answer_decided",
  "answer_evaluated",
] as const;
type Kind = (typeof KINDS)[number];

function readPayload(payload: string | null | undefined): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(payload ?? "{}");
    return value && typeof value === "object" ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const str = (value: unknown) => (typeof value === "string" ? value : null);

/** The sentence for a notification, and the page it leads to (null when there is none). */
export function describeNotification(
  n: NotificationValue,
  t: TFunction,
  language: AppLanguage,
): { text: string; href: string | null } {
  const payload = readPayload(n.payload);
  const title =
    pickLocalized(language, str(payload.titleZh), str(payload.titleEn))?.text ??
    t("notifications.untitled");
  const kind = KINDS.find((k) => k === n.kind) as Kind | undefined;
  const demandId = str(payload.demandId);
  // A new answer is read among the exam paper's answers, not on its public page.
  const href =
    n.entityType === "achievement" && n.entityId
      ? `/achievements/${n.entityId}`
      : n.entityType === "demand" && n.entityId
        ? `/demands/${n.entityId}`
        : demandId && kind === "answer_received"
          ? `/workspace/demands/${demandId}/answers`
          : demandId
            ? `/demands/${demandId}`
            : null;
  if (!kind) return { text: t("notifications.kinds.other"), href };
  return { text: t(`notifications.kinds.${kind}`, { title }), href };
}
