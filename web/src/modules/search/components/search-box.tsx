import { SearchOutlined } from "@ant-design/icons";
import { Button, Input } from "antd";
import { type FormEvent, type KeyboardEvent, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useQuery } from "urql";
import { useAppLanguage } from "../../../i18n/use-app-language";
import { SuggestQuery } from "../graphql/search.graphql";
import { apiLocale, type SearchKindParam, searchHref } from "../search-params";
import { useDebouncedValue } from "../use-debounced-value";
import { HighlightedText } from "./highlighted-text";
import "./search-box.css";

const SUGGEST_DELAY_MS = 200;

interface Option {
  key: string;
  html: string;
  href: string;
}

/**
 * The search box: titles are suggested as you type (choosing one opens it); Enter or the
 * button opens the results page for the words typed. The suggestions are an ARIA 1.2 combobox
 * of our own rather than antd's AutoComplete: the select engine behind it would add ~23 KB
 * gzipped to the home page, whose first load must stay under 300 KB.
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
  const listId = useId();
  const [text, setText] = useState(initialQuery);
  const [focused, setFocused] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const [active, setActive] = useState(-1);
  useEffect(() => setText(initialQuery), [initialQuery]);
  const prefix = useDebouncedValue(text.trim(), SUGGEST_DELAY_MS);
  const [{ data }] = useQuery({
    query: SuggestQuery,
    variables: { prefix, locale: apiLocale(language), limit: 8 },
    pause: prefix.length === 0,
  });
  const suggestions = prefix && prefix === text.trim() ? (data?.suggest ?? []) : [];
  const groups = (["ACHIEVEMENT", "DEMAND"] as const)
    .map((k) => ({
      key: k,
      label: t(k === "ACHIEVEMENT" ? "search.suggestAchievements" : "search.suggestDemands"),
      options: suggestions
        .filter((s) => s.kind === k && s.id)
        .map(
          (s): Option => ({
            key: `${k}:${s.id}`,
            html: s.highlighted ?? s.text ?? "",
            href: k === "DEMAND" ? `/demands/${s.id}` : `/achievements/${s.id}`,
          }),
        ),
    }))
    .filter((g) => g.options.length > 0);
  const options = groups.flatMap((g) => g.options);
  const open = focused && !dismissed && options.length > 0;
  const optionId = (index: number) => `${listId}-${index}`;

  function choose(option: Option | undefined) {
    if (!option) return;
    setDismissed(true);
    void navigate(option.href);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!options.length) return;
      event.preventDefault();
      setDismissed(false);
      const down = event.key === "ArrowDown";
      const count = options.length;
      setActive((i) => (down ? (i + 1) % count : i <= 0 ? count - 1 : i - 1));
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      setDismissed(true);
      setActive(-1);
    } else if (event.key === "Enter" && open && active >= 0) {
      // Enter on a highlighted suggestion opens it instead of submitting the words.
      event.preventDefault();
      choose(options[active]);
    }
  }

  function submit(event?: FormEvent) {
    event?.preventDefault();
    const query = text.trim();
    if (onSearch) onSearch(query);
    else void navigate(searchHref({ q: query, kind }));
  }

  let index = -1;
  return (
    <search className="search-box-region">
      <form className="search-box" onSubmit={submit}>
        <div className="search-box-input">
          <Input
            id={inputId}
            size={size}
            role="combobox"
            aria-label={t("search.label")}
            aria-autocomplete="list"
            aria-expanded={open}
            aria-controls={listId}
            aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
            autoComplete="off"
            placeholder={t("search.placeholder")}
            prefix={<SearchOutlined aria-hidden />}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setDismissed(false);
              setActive(-1);
            }}
            onKeyDown={onKeyDown}
            onFocus={() => setFocused(true)}
            onBlur={() => setFocused(false)}
            allowClear
            maxLength={200}
          />
          <div
            id={listId}
            role="listbox"
            aria-label={t("search.suggestions")}
            className="search-suggestions"
            hidden={!open}
          >
            {groups.map((group) => (
              // biome-ignore lint/a11y/useSemanticElements: a listbox groups its options with role=group; a fieldset is a form control group
              <div key={group.key} role="group" aria-label={group.label}>
                <div className="search-suggestions-group" aria-hidden>
                  {group.label}
                </div>
                {group.options.map((option) => {
                  index += 1;
                  const position = index;
                  return (
                    // biome-ignore lint/a11y/useFocusableInteractive: the combobox pattern keeps focus in the input and points at options with aria-activedescendant
                    // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard reaches options through the input's arrow keys and Enter
                    <div
                      key={option.key}
                      id={optionId(position)}
                      role="option"
                      aria-selected={position === active}
                      className={`search-suggestion${position === active ? " is-active" : ""}`}
                      // Keeps the focus in the box, so the click is not lost to its blur.
                      onMouseDown={(event) => event.preventDefault()}
                      onMouseEnter={() => setActive(position)}
                      onClick={() => choose(option)}
                    >
                      <HighlightedText html={option.html} />
                    </div>
                  );
                })}
              </div>
            ))}
          </div>
        </div>
        <Button type="primary" htmlType="submit" size={size} className="search-box-submit">
          {t("common.search")}
        </Button>
      </form>
    </search>
  );
}
