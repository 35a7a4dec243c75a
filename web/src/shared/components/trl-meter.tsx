import { Progress } from "antd";
import { useTranslation } from "react-i18next";
import { useTrlExplanation } from "./trl-tag";

/** The level on a 1–9 scale with the one-line meaning of the level. */
export function TrlMeter({ level }: { level: number }) {
  const { t } = useTranslation();
  const explain = useTrlExplanation();
  return (
    <div className="trl-meter">
      <div className="trl-meter-level">
        {t("trl.tag", { level })}
        <span className="trl-meter-scale"> / 9</span>
      </div>
      <Progress
        className="trl-meter-bar"
        steps={9}
        percent={(level / 9) * 100}
        showInfo={false}
        size={[26, 8]}
        strokeColor="#0b6e4f"
        aria-hidden
      />
      <p className="trl-meter-text">{explain(level)}</p>
    </div>
  );
}
