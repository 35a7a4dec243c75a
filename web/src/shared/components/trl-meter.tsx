import { Progress, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useTrlExplanation } from "./trl-tag";

/** The level on a 1–9 scale with the one-line meaning of the level. */
export function TrlMeter({ level }: { level: number }) {
  const { t } = useTranslation();
  const explain = useTrlExplanation();
  return (
    <div className="trl-meter">
      <Typography.Text strong className="trl-meter-level">
        {t("trl.tag", { level })}
      </Typography.Text>
      <Progress
        steps={9}
        percent={(level / 9) * 100}
        showInfo={false}
        size={{ height: 8 }}
        aria-label={`${t("trl.tag", { level })} / 9`}
      />
      <Typography.Paragraph className="trl-meter-text">{explain(level)}</Typography.Paragraph>
    </div>
  );
}
