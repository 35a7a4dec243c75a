import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { timeLeft } from "../deadline-countdown";

/** "3 天 4 小时后截止", refreshed every minute; "已截止" once the day is over in Kunming. */
export function DeadlineCountdown({ deadline }: { deadline: string | null | undefined }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  if (!deadline) return null;
  const left = timeLeft(deadline, now);
  return (
    <p className={`deadline-countdown${left ? "" : " is-past"}`}>
      {left === null
        ? t("demandDetail.countdownPast")
        : left.days > 0
          ? t("demandDetail.countdownDays", { count: left.days, hours: left.hours })
          : t("demandDetail.countdownHours", { hours: left.hours, minutes: left.minutes })}
    </p>
  );
}
