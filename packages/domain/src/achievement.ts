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

export const IP_KINDS = [
  "invention_patent",
  "utility_model",
  "design_patent",
  "software_copyright",
  "other",
] as const;
export const IP_STATUSES = ["application", "granted", "expired", "lapsed"] as const;
export const RIGHTS_STATUSES = ["unit_retained", "team_ownership", "long_term_use"] as const;
/** Who holds the rights to a job achievement (measure 2: ownership or long-term use may be granted to the team). */
export type RightsStatus = (typeof RIGHTS_STATUSES)[number];

/** Measure 2: a long-term use right granted to the team runs for at least ten years. */
export const MIN_LONG_TERM_USE_YEARS = 10;

const ZIsoDate = z.iso.date("must be a date written YYYY-MM-DD");

export const ZIpAsset = z.object({
  number: zText(40),
  kind: z.enum(IP_KINDS),
  status: z.enum(IP_STATUSES),
  title: zOptionalText(300),
  expiresOn: ZIsoDate.nullish().transform((v) => v ?? null),
});
export type TIpAsset = z.infer<typeof ZIpAsset>;

export const ZTeamMember = z.object({
  name: zText(80),
  title: zOptionalText(80),
  role: zOptionalText(80),
});

// Defaults live only on the create schema: with zod 4, defaults inside .partial() would
// fill absent keys of an update and overwrite stored values.
const achievementShape = {
  titleZh: zOptionalText(200),
  titleEn: zOptionalText(300),
  summaryZh: zOptionalText(1000),
  summaryEn: zOptionalText(2000),
  descriptionZh: zOptionalText(20000),
  descriptionEn: zOptionalText(40000),
  field: ZFieldCode,
  keywords: ZKeywords,
  trl: z
    .number()
    .int("must be a whole number")
    .min(1, "must be between 1 and 9")
    .max(9, "must be between 1 and 9"),
  team: z.array(ZTeamMember).max(50, "must have at most 50 members"),
  ipAssets: z.array(ZIpAsset).max(100, "must have at most 100 IP assets"),
  transferModes: z
    .array(z.enum(TRANSFER_MODES))
    .min(1, "choose at least one transfer mode")
    .transform((modes) => [...new Set(modes)]),
  price: ZMoneyRange,
  publiclyFunded: z.boolean(),
  rightsStatus: z.enum(RIGHTS_STATUSES),
  rightsUseYears: z
    .number()
    .int("must be a whole number")
    .min(1)
    .max(99)
    .nullish()
    .transform((v) => v ?? null),
  negativeList: z.boolean(),
  visibility: z.enum(VISIBILITIES),
  region: ZRegion.nullish().transform((v) => v ?? null),
};

/** Every editable field of an achievement, with defaults, before the cross-field policy rules. */
export const ZAchievementFields = z.object({
  ...achievementShape,
  keywords: achievementShape.keywords.default([]),
  team: achievementShape.team.default([]),
  ipAssets: achievementShape.ipAssets.default([]),
  publiclyFunded: achievementShape.publiclyFunded.default(false),
  rightsStatus: achievementShape.rightsStatus.default("unit_retained"),
  negativeList: achievementShape.negativeList.default(false),
  visibility: achievementShape.visibility.default("public"),
});
export type TAchievementFields = z.infer<typeof ZAchievementFields>;

/** A policy problem with a field, citing the measure it comes from. */
export interface PolicyProblem {
  path: string;
  message: string;
  measure: number;
}

/** The policy rules an achievement's rights fields must satisfy (measure 2). */
export function achievementPolicyProblems(a: {
  rightsStatus: RightsStatus;
  rightsUseYears: number | null;
  negativeList: boolean;
}): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  if (a.negativeList && a.rightsStatus !== "unit_retained") {
    problems.push({
      path: "rightsStatus",
      message: "an achievement on the negative list cannot be granted to the team (measure 2)",
      measure: 2,
    });
  }
  if (a.rightsStatus === "long_term_use") {
    if (a.rightsUseYears == null || a.rightsUseYears < MIN_LONG_TERM_USE_YEARS) {
      problems.push({
        path: "rightsUseYears",
        message: `a long-term use right runs at least ${MIN_LONG_TERM_USE_YEARS} years (measure 2)`,
        measure: 2,
      });
    }
  }
  return problems;
}

function refineAchievement(a: TAchievementFields, ctx: z.RefinementCtx) {
  requireOneLanguage(ctx, { zh: a.titleZh, en: a.titleEn }, "title");
  requireOneLanguage(ctx, { zh: a.summaryZh, en: a.summaryEn }, "summary");
  for (const p of achievementPolicyProblems(a))
    ctx.addIssue({ code: "custom", path: [p.path], message: p.message });
}

/** Input to create an achievement; also the shape an edited achievement must still satisfy. */
export const ZCreateAchievementInput = ZAchievementFields.superRefine(refineAchievement);
export type TCreateAchievementInput = z.infer<typeof ZCreateAchievementInput>;

/** Input to edit an achievement: any subset of its fields. */
export const ZUpdateAchievementInput = z.object(achievementShape).partial();
export type TUpdateAchievementInput = z.infer<typeof ZUpdateAchievementInput>;
