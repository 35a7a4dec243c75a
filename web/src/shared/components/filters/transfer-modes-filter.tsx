import { Select } from "antd";
import { useTranslation } from "react-i18next";
import { TRANSFER_MODES, type TransferMode } from "../../../graphql/enums";

/** Picks any number of transfer modes. */
export function TransferModesFilter({
  id,
  value,
  label,
  onChange,
}: {
  id?: string;
  value: TransferMode[];
  label?: string;
  onChange: (value: TransferMode[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <Select<TransferMode[]>
      id={id}
      aria-label={label ?? t("filters.modes")}
      className="filter-control"
      mode="multiple"
      allowClear
      maxTagCount="responsive"
      placeholder={t("filters.modesPlaceholder")}
      value={value}
      options={TRANSFER_MODES.map((mode) => ({ value: mode, label: t(`transferModes.${mode}`) }))}
      onChange={onChange}
    />
  );
}
