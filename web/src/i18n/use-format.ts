import { englishProvinceName } from "@openttc/domain/china-provinces";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import {
  daysUntil,
  formatCountry,
  formatDate,
  formatNumber,
  formatPrice,
  type PriceValue,
} from "./format";
import { useAppLanguage } from "./use-app-language";

/** A region as the API returns it; the English names when the page asked for them. */
export interface RegionValue {
  country?: string | null;
  province?: string | null;
  city?: string | null;
  provinceEn?: string | null;
  cityEn?: string | null;
}

/** A team member as the API returns it; the English forms when the page asked for them. */
export interface TeamMemberValue {
  name?: string | null;
  title?: string | null;
  role?: string | null;
  nameEn?: string | null;
  titleEn?: string | null;
  roleEn?: string | null;
}

/** Formatters bound to the current UI language. */
export function useFormat() {
  const { t } = useTranslation();
  const language = useAppLanguage();
  return useMemo(
    () => ({
      language,
      number: (value: number) => formatNumber(value, language),
      date: (value: string | null | undefined) =>
        value ? formatDate(value, language) : t("common.unknown"),
      daysUntil: (value: string) => daysUntil(value, new Date()),
      /** "50–200 万元", "from CNY 0.5 million", "面议", "Price not stated" … */
      price: (value: PriceValue | null | undefined) =>
        formatPrice(value, language, {
          negotiable: t("money.negotiable"),
          negotiableSuffix: t("money.negotiableSuffix"),
          notStated: t("money.notStated"),
          from: (amount) => t("money.from", { amount }),
          upTo: (amount) => t("money.upTo", { amount }),
        }),
      /** Chinese reads large to small (中国 云南省 昆明市); English small to large (Kunming, Yunnan, China). */
      region(value: RegionValue | null | undefined): string {
        if (!value) return t("common.unknown");
        const country = value.country ? formatCountry(value.country, language) : "";
        const english = language !== "zh-CN";
        const province = (english ? value.provinceEn : null) ?? value.province ?? "";
        const city = (english ? value.cityEn : null) ?? value.city ?? "";
        const parts = [country, province, city].filter(Boolean);
        // Municipalities repeat themselves (上海市 上海市): show them once.
        const unique = parts.filter((part, i) => parts.indexOf(part) === i);
        if (unique.length === 0) return t("common.unknown");
        return language === "zh-CN" ? unique.join(" ") : unique.reverse().join(", ");
      },
      /** A team member's name, title and role, in English on English pages when the API gave them. */
      teamMember(m: TeamMemberValue) {
        const english = language !== "zh-CN";
        return {
          name: (english ? m.nameEn : null) ?? m.name ?? "",
          title: (english ? m.titleEn : null) ?? m.title ?? null,
          role: (english ? m.roleEn : null) ?? m.role ?? null,
        };
      },
      /** A province as a facet shows it: 云南省 is Yunnan on English pages. */
      province: (name: string) =>
        language === "zh-CN" ? name : (englishProvinceName(name) ?? name),
    }),
    [language, t],
  );
}
