import { cityInEnglish, provinceInEnglish } from "../shared/english-names";
import { builder } from "./builder";
import { CurrencyEnum } from "./enums";

export const RegionRef = builder
  .objectRef<{ country: string; province: string; city: string }>("Region")
  .implement({
    fields: (t) => ({
      country: t.exposeString("country", { description: "ISO 3166-1 alpha-2 code." }),
      province: t.exposeString("province"),
      city: t.exposeString("city"),
      provinceEn: t.string({
        nullable: true,
        description:
          "The province for English pages: a Chinese province's English name (云南省 → Yunnan), any other as entered.",
        resolve: (r) => (r.province ? provinceInEnglish(r.province) : null),
      }),
      cityEn: t.string({
        nullable: true,
        description:
          "The city for English pages: a Chinese name in pinyin with its unit (昆明市 → Kunming, 呈贡区 → Chenggong District), any other as entered.",
        resolve: (r) => (r.city ? cityInEnglish(r.city) : null),
      }),
    }),
  });

export const MoneyRangeRef = builder
  .objectRef<{ min: number | null; max: number | null; currency: string; negotiable: boolean }>(
    "MoneyRange",
  )
  .implement({
    fields: (t) => ({
      min: t.exposeFloat("min", { nullable: true }),
      max: t.exposeFloat("max", { nullable: true }),
      currency: t.exposeString("currency"),
      negotiable: t.exposeBoolean("negotiable"),
    }),
  });

export const MoneyRef = builder.objectRef<{ amount: number; currency: string }>("Money").implement({
  fields: (t) => ({ amount: t.exposeFloat("amount"), currency: t.exposeString("currency") }),
});

export const RegionInput = builder.inputType("RegionInput", {
  fields: (t) => ({
    country: t.string({ required: true }),
    province: t.string(),
    city: t.string(),
  }),
});

export const MoneyRangeInput = builder.inputType("MoneyRangeInput", {
  fields: (t) => ({
    min: t.float(),
    max: t.float(),
    currency: t.field({ type: CurrencyEnum }),
    negotiable: t.boolean(),
  }),
});

export const MoneyInput = builder.inputType("MoneyInput", {
  fields: (t) => ({
    amount: t.float({ required: true }),
    currency: t.field({ type: CurrencyEnum }),
  }),
});

/** Drops GraphQL nulls for optional arguments whose domain schema uses undefined for "not given". */
export function withoutNulls<T extends Record<string, unknown>>(
  input: T,
): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null)) as {
    [K in keyof T]: Exclude<T[K], null>;
  };
}
