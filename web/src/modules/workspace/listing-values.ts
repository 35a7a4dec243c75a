import type { introspection_types } from "../../graphql/graphql-env";

export type Currency = introspection_types["Currency"]["enumValues"];
export type Visibility = introspection_types["Visibility"]["enumValues"];

/** The currencies the API accepts, CNY first. */
export const CURRENCIES: Currency[] = [
  "CNY",
  "USD",
  "EUR",
  "INR",
  "RUB",
  "BRL",
  "ZAR",
  "THB",
  "VND",
  "LAK",
  "MMK",
];

export const VISIBILITIES: Visibility[] = ["PUBLIC", "REGISTERED", "PRIVATE"];

/** A money range as the form holds it. */
export interface MoneyRangeValues {
  min?: number | null;
  max?: number | null;
  currency: Currency;
  negotiable: boolean;
}

/** A region as the form holds it; the country is an ISO code. */
export interface RegionValues {
  country?: string;
  province?: string;
  city?: string;
}

/** Trimmed text, or null when empty (the API stores no empty strings). */
export function textOrNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** Trimmed text for required fields; the schema reports it when empty. */
export function text(value: string | null | undefined): string {
  return value?.trim() ?? "";
}

export function moneyRangeInput(value: MoneyRangeValues | undefined) {
  return {
    min: value?.min ?? null,
    max: value?.max ?? null,
    currency: value?.currency ?? "CNY",
    negotiable: value?.negotiable ?? false,
  };
}

/** A region, or null when no country is given (province and city alone locate nothing). */
export function regionInput(value: RegionValues | undefined) {
  const country = value?.country?.trim().toUpperCase();
  if (!country) return null;
  return { country, province: text(value?.province), city: text(value?.city) };
}

export function moneyRangeValues(
  value:
    | {
        min?: number | null;
        max?: number | null;
        currency?: string | null;
        negotiable?: boolean | null;
      }
    | null
    | undefined,
): MoneyRangeValues {
  const currency = CURRENCIES.find((c) => c === value?.currency) ?? "CNY";
  return {
    min: value?.min ?? null,
    max: value?.max ?? null,
    currency,
    negotiable: value?.negotiable ?? false,
  };
}

export function regionValues(
  value:
    | { country?: string | null; province?: string | null; city?: string | null }
    | null
    | undefined,
): RegionValues {
  return {
    country: value?.country ?? "",
    province: value?.province ?? "",
    city: value?.city ?? "",
  };
}

/** The domain schemas name enum values in lower case; GraphQL in upper case. */
export function lowerEnum<S extends string>(value: S): Lowercase<S> {
  return value.toLowerCase() as Lowercase<S>;
}
