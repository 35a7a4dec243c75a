import type { AppLanguage } from "./languages";

/** A money range as the API returns it. */
export interface MoneyRangeValue {
  min?: number | null;
  max?: number | null;
  currency?: string | null;
}

const EN_DASH = "–";

/** Formats a plain number with the locale's grouping. */
export function formatNumber(value: number, language: AppLanguage): string {
  return new Intl.NumberFormat(language).format(value);
}

// Chinese states large sums in 万 (10^4) and 亿 (10^8); English in millions and billions.
const ZH_UNITS = [
  { size: 1e8, word: "亿" },
  { size: 1e4, word: "万" },
] as const;
const EN_UNITS = [
  { size: 1e9, word: "billion" },
  { size: 1e6, word: "million" },
] as const;

function scaled(values: number[], size: number, language: AppLanguage): string {
  const format = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  const parts = values.map((v) => format.format(v / size));
  return parts.join(EN_DASH);
}

function zhCurrencySuffix(currency: string): string {
  if (currency === "CNY") return "元";
  try {
    return new Intl.DisplayNames("zh-CN", { type: "currency" }).of(currency) ?? currency;
  } catch {
    return currency;
  }
}

/**
 * Formats the amounts of a money range for the language: in Chinese, CNY of 10,000 or more
 * in 万元 ("50–200 万元"); in English with the currency code and millions ("CNY 0.5–2 million").
 * The unit follows the largest amount so both ends share it. Returns null when no amount is
 * given; a one-sided range returns just that amount (callers add "from" / "up to").
 */
export function formatMoneyAmounts(range: MoneyRangeValue, language: AppLanguage): string | null {
  const values = [range.min, range.max].filter(
    (v): v is number => typeof v === "number" && Number.isFinite(v),
  );
  if (values.length === 0) return null;
  const distinct = values.length === 2 && values[0] === values[1] ? [values[0] as number] : values;
  const largest = Math.max(...distinct);
  const currency = range.currency || "CNY";

  if (language === "zh-CN") {
    const suffix = zhCurrencySuffix(currency);
    const unit = ZH_UNITS.find((u) => largest >= u.size);
    if (unit) return `${scaled(distinct, unit.size, language)} ${unit.word}${suffix}`;
    return `${scaled(distinct, 1, language)} ${suffix}`;
  }

  const unit = EN_UNITS.find((u) => largest >= u.size);
  if (unit) return `${currency} ${scaled(distinct, unit.size, language)} ${unit.word}`;
  return `${currency} ${scaled(distinct, 1, language)}`;
}

/** A money range with the negotiable flag, as the API returns it. */
export interface PriceValue extends MoneyRangeValue {
  negotiable?: boolean | null;
}

/** The words a price needs besides the amounts (from the i18n resources). */
export interface PriceWords {
  negotiable: string;
  negotiableSuffix: string;
  notStated: string;
  from: (amount: string) => string;
  upTo: (amount: string) => string;
}

/** "50–200 万元", "from CNY 0.5 million", "面议", "CNY 0.5–2 million (negotiable)" … */
export function formatPrice(
  value: PriceValue | null | undefined,
  language: AppLanguage,
  words: PriceWords,
): string {
  const amounts = value ? formatMoneyAmounts(value, language) : null;
  if (!value || !amounts) return value?.negotiable ? words.negotiable : words.notStated;
  let text = amounts;
  if (value.min != null && value.max == null) text = words.from(amounts);
  if (value.min == null && value.max != null) text = words.upTo(amounts);
  return value.negotiable ? `${text}${words.negotiableSuffix}` : text;
}

/** Parses an ISO date or date-time; a bare YYYY-MM-DD is a local calendar day, not UTC midnight. */
export function parseDate(value: string): Date {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (day) return new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
  return new Date(value);
}

/** Formats a date (or the day of a date-time) in the language's medium style. */
export function formatDate(value: string, language: AppLanguage): string {
  const date = parseDate(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language, {
    year: "numeric",
    month: "short",
    day: "numeric",
  }).format(date);
}

/** Whole calendar days from today to the date; negative once it has passed. */
export function daysUntil(value: string, today: Date): number {
  const target = parseDate(value);
  const start = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  const end = new Date(target.getFullYear(), target.getMonth(), target.getDate());
  return Math.round((end.getTime() - start.getTime()) / 86_400_000);
}

/** Names a country (ISO 3166-1 alpha-2) in the language, e.g. CN → 中国 / China. */
export function formatCountry(code: string, language: AppLanguage): string {
  try {
    return new Intl.DisplayNames(language, { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}
