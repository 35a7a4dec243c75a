import { Input } from "antd";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

/** A search box that applies on Enter or the search button, not on every keystroke. */
export function TextFilter({
  id,
  value,
  onChange,
}: {
  id?: string;
  value: string | null;
  onChange: (value: string | null) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value ?? "");
  // Follow the URL when it changes from outside (back button, "clear filters").
  useEffect(() => setDraft(value ?? ""), [value]);
  return (
    <Input.Search
      id={id}
      aria-label={t("filters.text")}
      className="filter-control"
      placeholder={t("filters.textPlaceholder")}
      value={draft}
      maxLength={200}
      allowClear
      enterButton={t("common.search")}
      onChange={(e) => {
        setDraft(e.target.value);
        // Clearing with the clear icon applies at once.
        if (e.target.value === "" && value) onChange(null);
      }}
      onSearch={(text) => onChange(text.trim() || null)}
    />
  );
}
