import { useTranslation } from "react-i18next";
import { useFormat } from "../../../i18n/use-format";

/** How strong a score is: ≥ 0.7 strong, 0.4–0.7 worth a look (the API's calibration). */
export function scoreStrength(score: number): "strong" | "medium" | "weak" {
  if (score >= 0.7) return "strong";
  if (score >= 0.4) return "medium";
  return "weak";
}

/** The match score as a bar with its percentage and what it means. */
export function MatchScoreBar({ score }: { score: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const percent = Math.round(Math.max(0, Math.min(1, score)) * 100);
  const strength = scoreStrength(score);
  return (
    <div className="score-bar-row">
      {/* The drawn bar is for the eye; the meter carries the value for assistive technology. */}
      <div className={`score-bar score-${strength}`} aria-hidden="true">
        <div className="score-bar-fill" style={{ width: `${percent}%` }} />
      </div>
      <meter
        className="visually-hidden"
        min={0}
        max={100}
        value={percent}
        aria-label={t("matches.score")}
        aria-valuetext={`${format.number(percent)}% · ${t(`matches.strength.${strength}`)}`}
      />
      <span className="score-bar-text">
        {t("matches.scoreValue", { percent: format.number(percent) })} ·{" "}
        {t(`matches.strength.${strength}`)}
      </span>
    </div>
  );
}
