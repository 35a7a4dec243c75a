import type { PaymentSchedule } from "@openttc/domain/offer/schedule";
import { Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../../i18n/use-format";

const PARTS = ["upfront", "milestones", "royalty", "deferred"] as const;

/**
 * The payment schedule as stacked bars per contract year (upfront, milestones, royalty, deferred),
 * drawn with SVG: four series do not justify a chart library in the room chunk. The table
 * beneath carries the same figures for screen readers.
 */
export function ScheduleChart({ schedule }: { schedule: PaymentSchedule }) {
  const { t } = useTranslation();
  const { number } = useFormat();
  const periods = schedule.periods;
  const max = Math.max(1, ...periods.map((p) => p.total));
  const width = Math.max(240, periods.length * 48);
  const height = 140;
  const bar = Math.min(32, width / periods.length - 12);
  return (
    <figure className="schedule-chart">
      <figcaption>
        <Typography.Text strong>{t("rooms.schedule.title")}</Typography.Text>{" "}
        <Typography.Text type="secondary">
          {t("rooms.schedule.total", {
            amount: number(schedule.totals.scheduled),
            currency: schedule.currency,
          })}
        </Typography.Text>
      </figcaption>
      <svg
        viewBox={`0 0 ${width} ${height + 20}`}
        role="img"
        aria-label={t("rooms.schedule.title")}
      >
        {periods.map((p, i) => {
          let y = height;
          const x = i * (width / periods.length) + 6;
          return (
            <g key={p.label}>
              {PARTS.map((part) => {
                const h = (p[part] / max) * (height - 8);
                y -= h;
                return h > 0 ? (
                  <rect key={part} x={x} y={y} width={bar} height={h} className={`bar-${part}`} />
                ) : null;
              })}
              <text x={x + bar / 2} y={height + 14} textAnchor="middle" className="bar-label">
                {p.label}
              </text>
            </g>
          );
        })}
      </svg>
      <ul className="schedule-legend">
        {PARTS.map((part) => (
          <li key={part}>
            <span className={`swatch bar-${part}`} aria-hidden />
            {t(`rooms.schedule.${part}`)} {number(schedule.totals[part])}
          </li>
        ))}
      </ul>
      {schedule.contingent.length ? (
        <Typography.Paragraph type="secondary" className="schedule-contingent">
          {t("rooms.schedule.contingent", {
            amount: number(schedule.totals.contingent),
            count: schedule.contingent.length,
          })}
        </Typography.Paragraph>
      ) : null}
      {schedule.investment ? (
        <Typography.Paragraph type="secondary">
          {t("rooms.schedule.investment", {
            amount: number(schedule.investment.amount),
            percent: number(schedule.investment.convertsToEquityPercent),
          })}
        </Typography.Paragraph>
      ) : null}
      <table className="visually-hidden">
        <caption>{t("rooms.schedule.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("rooms.schedule.period")}</th>
            <th scope="col">{t("rooms.schedule.amount")}</th>
          </tr>
        </thead>
        <tbody>
          {periods.map((p) => (
            <tr key={p.label}>
              <th scope="row">{p.label}</th>
              <td>{number(p.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
