import type { TransferMode } from "@openttc/domain/listing-common";
import type { Random } from "../random";
import type { Bi, IndicatorPhrase } from "./field-content";

/** Bilingual labels of the transfer modes as listings write them. */
export const MODE_LABELS: Record<TransferMode, Bi> = {
  transfer: { zh: "转让", en: "outright transfer" },
  exclusive_licence: { zh: "独占许可", en: "exclusive licence" },
  non_exclusive_licence: { zh: "普通许可", en: "non-exclusive licence" },
  equity_investment: { zh: "作价投资", en: "equity investment" },
  use_first_pay_later: { zh: "先使用后付费", en: "use first, pay later" },
  joint_development: { zh: "合作开发", en: "joint development" },
};

/** Fills an indicator phrase with one of its values. */
export function fillIndicator(rng: Random, phrase: IndicatorPhrase): Bi {
  const v = String(rng.pick(phrase.values));
  return { zh: phrase.zh.replace("{v}", v), en: phrase.en.replace("{v}", v) };
}

/** Joins phrases the Chinese way (、) and the English way (a, b and c). */
export function joinBi(items: readonly Bi[]): Bi {
  const en =
    items.length <= 1
      ? (items[0]?.en ?? "")
      : `${items
          .slice(0, -1)
          .map((i) => i.en)
          .join(", ")} and ${items[items.length - 1]?.en}`;
  return { zh: items.map((i) => i.zh).join("、"), en };
}

/** An amount in CNY written as listings do: 万元 in Chinese, millions in English. */
export function cnyText(amount: number): Bi {
  const wan = amount / 10_000;
  const en =
    amount >= 1_000_000
      ? `CNY ${(amount / 1_000_000).toFixed(amount % 1_000_000 === 0 ? 0 : 1)} million`
      : `CNY ${Math.round(amount / 1000)}k`;
  return { zh: `${Number.isInteger(wan) ? wan : wan.toFixed(1)}万元`, en };
}

/** How a price or budget range reads in a listing. */
export function priceText(
  min: number | null,
  max: number | null,
  currency: string,
  negotiable: boolean,
): Bi {
  if (min == null && max == null) return { zh: "价格面议", en: "price negotiable" };
  const fmt = (n: number) =>
    currency === "CNY"
      ? cnyText(n)
      : {
          zh: `${n.toLocaleString("en-US")} ${currency}`,
          en: `${currency} ${n.toLocaleString("en-US")}`,
        };
  const lo = min != null ? fmt(min) : null;
  const hi = max != null ? fmt(max) : null;
  const range: Bi =
    lo && hi
      ? { zh: `${lo.zh}–${hi.zh}`, en: `${lo.en}–${hi.en.replace(/^CNY |^[A-Z]{3} /, "")}` }
      : ((lo ?? hi) as Bi);
  return negotiable ? { zh: `${range.zh}（可议）`, en: `${range.en} (negotiable)` } : range;
}

/** A pinyin name ("jianguo.zhang") written the Chinese way in Latin letters ("Zhang Jianguo"). */
export function latinName(pinyin: string): string {
  const [given = "", surname = ""] = pinyin.split(".");
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return `${cap(surname)} ${cap(given)}`;
}
