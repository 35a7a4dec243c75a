import { z } from "zod";
import {
  requireOneLanguage,
  TRANSFER_MODES,
  VISIBILITIES,
  ZFieldCode,
  ZKeywords,
  ZMoneyRange,
  zOptionalText,
  zText,
} from "./listing-common";
import { ZRegion } from "./organization";

/** Criteria an enterprise scores answers on when it names none of its own. */
export const DEFAULT_CRITERIA = [
  "technical_merit",
  "feasibility",
  "cost",
  "team",
  "timeline",
] as const;

export const ZIndicator = z.object({
  name: zText(120),
  target: zText(120),
  unit: zOptionalText(40),
});
export type TIndicator = z.infer<typeof ZIndicator>;

const ZIsoDate = z.iso.date("must be a date written YYYY-MM-DD");

// Defaults live only on the create schema (see achievement.ts for why).
const demandShape = {
  titleZh: zOptionalText(200),
  titleEn: zOptionalText(300),
  summaryZh: zOptionalText(2000),
  summaryEn: zOptionalText(4000),
  confidentialZh: zOptionalText(20000),
  confidentialEn: zOptionalText(40000),
  indicators: z
    .array(ZIndicator)
    .min(1, "give at least one measurable indicator")
    .max(30, "must have at most 30 indicators"),
  field: ZFieldCode,
  keywords: ZKeywords,
  wantedModes: z
    .array(z.enum(TRANSFER_MODES))
    .min(1, "choose at least one cooperation mode")
    .transform((modes) => [...new Set(modes)]),
  budget: ZMoneyRange,
  deadline: ZIsoDate,
  responseDeadline: ZIsoDate,
  minTrl: z
    .number()
    .int("must be a whole number")
    .min(1, "must be between 1 and 9")
    .max(9, "must be between 1 and 9"),
  criteria: z
    .array(zText(60))
    .min(1, "name at least one criterion")
    .max(10, "must have at most 10 criteria")
    .transform((names) => [...new Set(names)]),
  visibility: z.enum(VISIBILITIES),
  region: ZRegion.nullish().transform((v) => v ?? null),
};

/** Every editable field of an exam paper, with defaults. */
export const ZDemandFields = z.object({
  ...demandShape,
  keywords: demandShape.keywords.default([]),
  criteria: demandShape.criteria.default([...DEFAULT_CRITERIA]),
  visibility: demandShape.visibility.default("public"),
});
export type TDemandFields = z.infer<typeof ZDemandFields>;

/** Input to create an exam paper; also what an edited one must still satisfy. */
export const ZCreateDemandInput = ZDemandFields.superRefine((d, ctx) => {
  requireOneLanguage(ctx, { zh: d.titleZh, en: d.titleEn }, "title");
  requireOneLanguage(ctx, { zh: d.summaryZh, en: d.summaryEn }, "summary");
  // Dates that failed their own check already have an issue; comparing them would add a misleading one.
  const valid = (date: string) => /^\d{4}-\d{2}-\d{2}$/.test(date);
  if (valid(d.deadline) && valid(d.responseDeadline) && d.responseDeadline < d.deadline) {
    ctx.addIssue({
      code: "custom",
      path: ["responseDeadline"],
      message: "must not be before the answer deadline",
    });
  }
});
export type TCreateDemandInput = z.infer<typeof ZCreateDemandInput>;

/** Input to edit an exam paper: any subset of its fields. */
export const ZUpdateDemandInput = z.object(demandShape).partial();
