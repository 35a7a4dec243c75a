import { SyncOutlined } from "@ant-design/icons";
import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import type { AchievementStatus, DemandStatus } from "../../../graphql/enums";
import { statusColor } from "../listing-actions";

/** A listing's status in the UI language; spins while a change is on its way to the API. */
export function StatusTag(
  props: (
    | { kind: "achievement"; status: AchievementStatus }
    | { kind: "demand"; status: DemandStatus }
  ) & {
    busy?: boolean;
  },
) {
  const { t } = useTranslation();
  const label =
    props.kind === "achievement"
      ? t(`achievementStatuses.${props.status}`)
      : t(`demandStatuses.${props.status}`);
  return (
    <Tag
      color={statusColor(props.status)}
      icon={props.busy ? <SyncOutlined spin aria-hidden /> : undefined}
    >
      {label}
    </Tag>
  );
}
