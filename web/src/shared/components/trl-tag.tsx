import { Tag, Tooltip } from "antd";
import { useTranslation } from "react-i18next";
import { TRL_LEVELS } from "../../graphql/enums";

type Level = `${(typeof TRL_LEVELS)[number]}`;

function isLevel(value: number): boolean {
  return (TRL_LEVELS as readonly number[]).includes(value);
}

/** The one-line meaning of a technology readiness level. */
export function useTrlExplanation() {
  const { t } = useTranslation();
  return (level: number) => (isLevel(level) ? t(`trl.levels.${String(level) as Level}`) : "");
}

/** "TRL 6" as a tag; the meaning of the level is in its tooltip and accessible name. */
export function TrlTag({ level, prefix }: { level: number; prefix?: string }) {
  const { t } = useTranslation();
  const explain = useTrlExplanation();
  const text = prefix ?? t("trl.tag", { level });
  return (
    <Tooltip title={explain(level)}>
      <Tag color={level >= 7 ? "green" : level >= 4 ? "blue" : "default"} className="trl-tag">
        <span>{text}</span>
        <span className="visually-hidden">: {explain(level)}</span>
      </Tag>
    </Tooltip>
  );
}
