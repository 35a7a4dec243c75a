import { achievementPolicyProblems, ZCreateAchievementInput } from "@openttc/domain/achievement";
import type { IpKind, IpStatus, RightsStatus, TransferMode } from "../../../graphql/enums";
import type { ResultOf, VariablesOf } from "../../../graphql/graphql";
import { type InputIssue, issuePath, oneLanguageIssues } from "../../workspace/form-errors";
import {
  lowerEnum,
  type MoneyRangeValues,
  moneyRangeInput,
  moneyRangeValues,
  type RegionValues,
  regionInput,
  regionValues,
  text,
  textOrNull,
  type Visibility,
} from "../../workspace/listing-values";
import type {
  AchievementFormFieldsFragment,
  CreateAchievementMutation,
} from "./achievement-form.graphql";

/** What the achievement form holds while someone edits it. */
export interface AchievementFormValues {
  titleZh?: string;
  titleEn?: string;
  summaryZh?: string;
  summaryEn?: string;
  descriptionZh?: string;
  descriptionEn?: string;
  field?: string | null;
  keywords: string[];
  trl?: number | null;
  team: { name?: string; title?: string; role?: string }[];
  ipAssets: {
    number?: string;
    title?: string;
    kind?: IpKind;
    status?: IpStatus;
    expiresOn?: string;
  }[];
  transferModes: TransferMode[];
  price: MoneyRangeValues;
  publiclyFunded: boolean;
  rightsStatus: RightsStatus;
  rightsUseYears?: number | null;
  negativeList: boolean;
  visibility: Visibility;
  region: RegionValues;
}

/** The top-level names of the form's fields (issues elsewhere are shown above the form). */
export const ACHIEVEMENT_FORM_FIELDS = [
  "titleZh",
  "titleEn",
  "summaryZh",
  "summaryEn",
  "descriptionZh",
  "descriptionEn",
  "field",
  "keywords",
  "trl",
  "team",
  "ipAssets",
  "transferModes",
  "price",
  "publiclyFunded",
  "rightsStatus",
  "rightsUseYears",
  "negativeList",
  "visibility",
  "region",
] as const;

export type AchievementInput = VariablesOf<typeof CreateAchievementMutation>["input"];
type AchievementFields = ResultOf<typeof AchievementFormFieldsFragment>;

/** A new achievement's starting values. */
export function emptyAchievementValues(): AchievementFormValues {
  return {
    keywords: [],
    team: [],
    ipAssets: [],
    transferModes: [],
    price: { min: null, max: null, currency: "CNY", negotiable: false },
    publiclyFunded: false,
    rightsStatus: "UNIT_RETAINED",
    rightsUseYears: null,
    negativeList: false,
    visibility: "PUBLIC",
    region: { country: "CN", province: "", city: "" },
  };
}

/** The form's values for a stored achievement. */
export function achievementValues(a: AchievementFields): AchievementFormValues {
  return {
    titleZh: a.titleZh ?? "",
    titleEn: a.titleEn ?? "",
    summaryZh: a.summaryZh ?? "",
    summaryEn: a.summaryEn ?? "",
    descriptionZh: a.descriptionZh ?? "",
    descriptionEn: a.descriptionEn ?? "",
    field: a.field,
    keywords: [...(a.keywords ?? [])],
    trl: a.trl,
    team: (a.team ?? []).map((m) => ({
      name: m.name ?? "",
      title: m.title ?? "",
      role: m.role ?? "",
    })),
    ipAssets: (a.ipAssets ?? []).map((ip) => ({
      number: ip.number ?? "",
      title: ip.title ?? "",
      kind: ip.kind ?? undefined,
      status: ip.status ?? undefined,
      expiresOn: ip.expiresOn ?? "",
    })),
    transferModes: [...(a.transferModes ?? [])],
    price: moneyRangeValues(a.price),
    publiclyFunded: a.publiclyFunded ?? false,
    rightsStatus: a.rightsStatus ?? "UNIT_RETAINED",
    rightsUseYears: a.rightsUseYears,
    negativeList: a.negativeList ?? false,
    visibility: a.visibility ?? "PUBLIC",
    region: regionValues(a.region),
  };
}

/** The GraphQL input for the form's values (every field, so an edit keeps nothing stale). */
export function achievementInput(v: AchievementFormValues): AchievementInput {
  return {
    titleZh: textOrNull(v.titleZh),
    titleEn: textOrNull(v.titleEn),
    summaryZh: textOrNull(v.summaryZh),
    summaryEn: textOrNull(v.summaryEn),
    descriptionZh: textOrNull(v.descriptionZh),
    descriptionEn: textOrNull(v.descriptionEn),
    // An empty code fails the taxonomy check, which asks for a field by name.
    field: v.field ?? "",
    keywords: (v.keywords ?? []).map(text).filter(Boolean),
    trl: v.trl ?? null,
    team: (v.team ?? []).map((m) => ({
      name: text(m.name),
      title: textOrNull(m.title),
      role: textOrNull(m.role),
    })),
    ipAssets: (v.ipAssets ?? []).map((ip) => ({
      number: text(ip.number),
      title: textOrNull(ip.title),
      // An unchosen kind or status is reported by the schema check before anything is sent.
      kind: ip.kind as IpKind,
      status: ip.status as IpStatus,
      expiresOn: textOrNull(ip.expiresOn),
    })),
    transferModes: v.transferModes ?? [],
    price: moneyRangeInput(v.price),
    publiclyFunded: v.publiclyFunded ?? false,
    rightsStatus: v.rightsStatus,
    // The years only mean something for a long-term use right.
    rightsUseYears: v.rightsStatus === "LONG_TERM_USE" ? (v.rightsUseYears ?? null) : null,
    negativeList: v.negativeList ?? false,
    visibility: v.visibility,
    region: regionInput(v.region),
  };
}

/**
 * Checks the input with the domain's own schema (the one the API applies). Zod skips the
 * cross-field rules while a field is missing, so those run here too: every problem shows at once.
 */
export function achievementIssues(input: AchievementInput): InputIssue[] {
  const result = ZCreateAchievementInput.safeParse({
    ...input,
    transferModes: input.transferModes?.map(lowerEnum),
    rightsStatus: input.rightsStatus ? lowerEnum(input.rightsStatus) : undefined,
    visibility: input.visibility ? lowerEnum(input.visibility) : undefined,
    ipAssets: input.ipAssets?.map((ip) => ({
      ...ip,
      kind: ip.kind ? lowerEnum(ip.kind) : undefined,
      status: ip.status ? lowerEnum(ip.status) : undefined,
    })),
  });
  if (result.success) return [];
  const issues: InputIssue[] = [...result.error.issues];
  const reported = new Set(issues.map(issuePath));
  const crossField: InputIssue[] = [
    ...oneLanguageIssues(input.titleZh, input.titleEn, "title"),
    ...oneLanguageIssues(input.summaryZh, input.summaryEn, "summary"),
    ...achievementPolicyProblems({
      rightsStatus: lowerEnum(input.rightsStatus ?? "UNIT_RETAINED"),
      rightsUseYears: input.rightsUseYears ?? null,
      negativeList: input.negativeList ?? false,
    }),
  ];
  for (const issue of crossField) {
    if (!reported.has(issuePath(issue))) issues.push(issue);
  }
  return issues;
}
