import { z } from "zod";
import { isFieldCode } from "./taxonomy";

export const TRANSFER_MODES = [
  "transfer",
  "exclusive_licence",
  "non_exclusive_licence",
  "equity_investment",
  "use_first_pay_later",
  "joint_development",
] as const;
/** How a technology may change hands. */
export type TransferMode = (typeof TRANSFER_MODES)[number];

export const VISIBILITIES = ["public", "registered", "private"] as const;
/** Who may see a published listing: everyone, signed-in users, or the owner organization only. */
export type Visibility = (typeof VISIBILITIES)[number];

export const CURRENCIES = [
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
] as const;

/** A bounded, trimmed, non-empty text. */
export const zText = (max: number) =>
  z.string().trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`);

/** An optional bounded text; empty strings become null. */
export const zOptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .nullish()
    .transform((v) => v || null);

export const ZFieldCode = z.string().refine(isFieldCode, "is not a field of the taxonomy");

export const ZKeywords = z
  .array(zText(40))
  .max(20, "must have at most 20 keywords")
  .transform((words) => [...new Set(words)]);

/** A money range in one currency; amounts in whole currency units. */
export const ZMoneyRange = z
  .object({
    min: z.number().nonnegative("must not be negative").max(1e12, "is too large").nullish(),
    max: z.number().nonnegative("must not be negative").max(1e12, "is too large").nullish(),
    currency: z.enum(CURRENCIES).default("CNY"),
    negotiable: z.boolean().default(false),
  })
  .superRefine((r, ctx) => {
    if (r.min != null && r.max != null && r.min > r.max) {
      ctx.addIssue({ code: "custom", path: ["max"], message: "must not be less than min" });
    }
    if (!r.negotiable && r.min == null && r.max == null) {
      ctx.addIssue({
        code: "custom",
        path: ["min"],
        message: "give an amount or mark it negotiable",
      });
    }
  });
export type TMoneyRange = z.infer<typeof ZMoneyRange>;

/** Adds an issue unless at least one of the two language variants is given. */
export function requireOneLanguage(
  ctx: z.RefinementCtx,
  value: { zh?: string | null; en?: string | null },
  path: string,
): void {
  if (!value.zh && !value.en) {
    ctx.addIssue({
      code: "custom",
      path: [`${path}Zh`],
      message: `give ${path} in Chinese or English`,
    });
  }
}
