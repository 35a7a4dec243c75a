import { Slider } from "antd";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

const MARKS = Object.fromEntries([1, 3, 5, 7, 9].map((level) => [level, String(level)]));

/** A TRL range 1–9; applies when the handle is released (or moved with the keyboard). */
export function TrlRangeFilter({
  min,
  max,
  onChange,
}: {
  min: number | null;
  max: number | null;
  onChange: (min: number | null, max: number | null) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<[number, number]>([min ?? 1, max ?? 9]);
  useEffect(() => setDraft([min ?? 1, max ?? 9]), [min, max]);
  return (
    <Slider
      range
      min={1}
      max={9}
      step={1}
      marks={MARKS}
      value={draft}
      ariaLabelForHandle={[t("filters.trlMinHandle"), t("filters.trlMaxHandle")]}
      ariaValueTextFormatterForHandle={(value) => t("trl.tag", { level: value ?? 1 })}
      tooltip={{ formatter: (value) => t("trl.tag", { level: value ?? 1 }) }}
      onChange={(next) => setDraft([next[0] ?? 1, next[1] ?? 9])}
      onChangeComplete={(next) => {
        const [low = 1, high = 9] = next;
        onChange(low === 1 ? null : low, high === 9 ? null : high);
      }}
    />
  );
}
