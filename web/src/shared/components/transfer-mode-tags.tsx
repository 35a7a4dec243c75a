import { Tag, Tooltip } from "antd";
import { useTranslation } from "react-i18next";
import type { TransferMode } from "../../graphql/enums";

/** Transfer modes as tags; each tag's tooltip says what the mode means. */
export function TransferModeTags({ modes }: { modes: readonly TransferMode[] | null | undefined }) {
  const { t } = useTranslation();
  if (!modes?.length) return null;
  return (
    <div className="tag-row">
      {modes.map((mode) => (
        <Tooltip key={mode} title={t(`transferModeHelp.${mode}`)}>
          <Tag color="geekblue">{t(`transferModes.${mode}`)}</Tag>
        </Tooltip>
      ))}
    </div>
  );
}
