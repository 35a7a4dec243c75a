import { useTranslation } from "react-i18next";
import { useFormat } from "../../../i18n/use-format";

/** "2026年12月31日 · 剩 23 天": the deadline and how close it is. */
export function DeadlineText({ deadline }: { deadline: string | null | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!deadline) return <>{t("common.unknown")}</>;
  const days = format.daysUntil(deadline);
  const remaining =
    days < 0
      ? t("demands.closed")
      : days === 0
        ? t("demands.dueToday")
        : t("demands.daysLeft", { count: days });
  return (
    <span className="deadline">
      <time dateTime={deadline}>{format.date(deadline)}</time>
      <span className={`deadline-left ${days < 0 ? "is-past" : days <= 7 ? "is-soon" : "is-open"}`}>
        {remaining}
      </span>
    </span>
  );
}
