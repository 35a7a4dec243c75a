import { SearchOutlined } from "@ant-design/icons";
import { AutoComplete, Button, Input } from "antd";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useQuery } from "urql";
import { useAppLanguage } from "../../../i18n/use-app-language";
import { SuggestQuery } from "../graphql/search.graphql";
import { apiLocale, type SearchKindParam, searchHref } from "../search-params";
import { useDebouncedValue } from "../use-debounced-value";
import { HighlightedText } from "./highlighted-text";

const SUGGEST_DELAY_MS = 200;

/**
 * The search box: titles are suggested as you type (choosing one opens it); Enter or the
 * button opens the results page for the words typed.
 */
export function SearchBox({
  initialQuery = "",
  kind = "achievement",
  size = "large",
  onSearch,
}: {
  initialQuery?: string;
  kind?: SearchKindParam;
  size?: "large" | "middle";
  /** Replaces navigation to /search, e.g. on the results page, which keeps its filters. */
  onSearch?: (query: string) => void;
}) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const navigate = useNavigate();
  const inputId = useId();
  const [text, setText] = useState(initialQuery);
  const chosen = useRef(false);
  useEffect(() => setText(initialQuery), [initialQuery]);
  const prefix = useDebouncedValue(text.trim(), SUGGEST_DELAY_MS);
  const [{ data }] = useQuery({
    query: SuggestQuery,
    variables: { prefix, locale: apiLocale(language), limit: 8 },
    pause: prefix.length === 0,
  });
  const suggestions = prefix && prefix === text.trim() ? (data?.suggest ?? []) : [];
  // Option values are the titles (what screen readers announce); the same title twice is one option.
  const seen = new Set<string>();
  const groups = (["ACHIEVEMENT", "DEMAND"] as const)
    .map((k) => ({
      label: t(k === "ACHIEVEMENT" ? "search.suggestAchievements" : "search.suggestDemands"),
      options: suggestions
        .filter((s) => s.kind === k && s.id && s.text && !seen.has(s.text) && seen.add(s.text))
        .map((s) => ({
          value: s.text as string,
          href: k === "DEMAND" ? `/demands/${s.id}` : `/achievements/${s.id}`,
          label: <HighlightedText html={s.highlighted ?? s.text ?? ""} />,
        })),
    }))
    .filter((g) => g.options.length > 0);

  function submit(event?: FormEvent) {
    event?.preventDefault();
    // Enter on a highlighted suggestion opens it; the form's own submit must not follow.
    if (chosen.current) {
      chosen.current = false;
      return;
    }
    const query = text.trim();
    if (onSearch) onSearch(query);
    else void navigate(searchHref({ q: query, kind }));
  }

  return (
    <search className="search-box-region">
      <form className="search-box" onSubmit={submit}>
        <AutoComplete
          className="search-box-input"
          options={groups}
          value={text}
          onChange={(value: string) => setText(value)}
          onSelect={(_value: string, option) => {
            const href = (option as { href?: string }).href;
            if (!href) return;
            chosen.current = true;
            void navigate(href);
          }}
          popupMatchSelectWidth
        >
          <Input
            id={inputId}
            size={size}
            aria-label={t("search.label")}
            placeholder={t("search.placeholder")}
            prefix={<SearchOutlined aria-hidden />}
            allowClear
            maxLength={200}
          />
        </AutoComplete>
        <Button type="primary" htmlType="submit" size={size} className="search-box-submit">
          {t("common.search")}
        </Button>
      </form>
    </search>
  );
}
