import { DEFAULT_CRITERIA, ZCreateDemandInput } from "@openttc/domain/demand";
import type { TransferMode } from "../../../graphql/enums";
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
import type { CreateDemandMutation, DemandFormFieldsFragment } from "./demand-form.graphql";

/** What the exam-paper form holds while someone edits it. */
export interface DemandFormValues {
  titleZh?: string;
  titleEn?: string;
  summaryZh?: string;
  summaryEn?: string;
  confidentialZh?: string;
  confidentialEn?: string;
  indicators: { name?: string; target?: string; unit?: string }[];
  field?: string | null;
  keywords: string[];
  wantedModes: TransferMode[];
  budget: MoneyRangeValues;
  deadline?: string;
  responseDeadline?: string;
  minTrl?: number | null;
  criteria: string[];
  visibility: Visibility;
  region: RegionValues;
}

export const DEMAND_FORM_FIELDS = [
  "titleZh",
  "titleEn",
  "summaryZh",
  "summaryEn",
  "confidentialZh",
  "confidentialEn",
  "indicators",
  "field",
  "keywords",
  "wantedModes",
  "budget",
  "deadline",
  "responseDeadline",
  "minTrl",
  "criteria",
  "visibility",
  "region",
] as const;

export type DemandInput = VariablesOf<typeof CreateDemandMutation>["input"];
type DemandFields = ResultOf<typeof DemandFormFieldsFragment>;

/** The criteria answers are scored on unless the enterprise names its own. */
export const STANDARD_CRITERIA: readonly string[] = DEFAULT_CRITERIA;

/** A new exam paper's starting values: one empty indicator row, the standard criteria. */
export function emptyDemandValues(): DemandFormValues {
  return {
    indicators: [{ name: "", target: "", unit: "" }],
    keywords: [],
    wantedModes: [],
    budget: { min: null, max: null, currency: "CNY", negotiable: false },
    criteria: [...STANDARD_CRITERIA],
    visibility: "PUBLIC",
    region: { country: "CN", province: "", city: "" },
  };
}

export function demandValues(d: DemandFields): DemandFormValues {
  return {
    titleZh: d.titleZh ?? "",
    titleEn: d.titleEn ?? "",
    summaryZh: d.summaryZh ?? "",
    summaryEn: d.summaryEn ?? "",
    confidentialZh: d.confidentialZh ?? "",
    confidentialEn: d.confidentialEn ?? "",
    indicators: (d.indicators ?? []).map((i) => ({
      name: i.name ?? "",
      target: i.target ?? "",
      unit: i.unit ?? "",
    })),
    field: d.field,
    keywords: [...(d.keywords ?? [])],
    wantedModes: [...(d.wantedModes ?? [])],
    budget: moneyRangeValues(d.budget),
    deadline: d.deadline ?? "",
    responseDeadline: d.responseDeadline ?? "",
    minTrl: d.minTrl,
    criteria: [...(d.criteria ?? [])],
    visibility: d.visibility ?? "PUBLIC",
    region: regionValues(d.region),
  };
}

export function demandInput(v: DemandFormValues): DemandInput {
  return {
    titleZh: textOrNull(v.titleZh),
    titleEn: textOrNull(v.titleEn),
    summaryZh: textOrNull(v.summaryZh),
    summaryEn: textOrNull(v.summaryEn),
    confidentialZh: textOrNull(v.confidentialZh),
    confidentialEn: textOrNull(v.confidentialEn),
    indicators: (v.indicators ?? []).map((i) => ({
      name: text(i.name),
      target: text(i.target),
      unit: textOrNull(i.unit),
    })),
    field: v.field ?? "",
    keywords: (v.keywords ?? []).map(text).filter(Boolean),
    wantedModes: v.wantedModes ?? [],
    budget: moneyRangeInput(v.budget),
    deadline: text(v.deadline),
    responseDeadline: text(v.responseDeadline),
    minTrl: v.minTrl ?? null,
    criteria: (v.criteria ?? []).map(text).filter(Boolean),
    visibility: v.visibility,
    region: regionInput(v.region),
  };
}

/** Checks the input with the domain's schema, plus its cross-field rules when zod skipped them. */
export function demandIssues(input: DemandInput): InputIssue[] {
  const result = ZCreateDemandInput.safeParse({
    ...input,
    wantedModes: input.wantedModes?.map(lowerEnum),
    visibility: input.visibility ? lowerEnum(input.visibility) : undefined,
  });
  if (result.success) return [];
  const issues: InputIssue[] = [...result.error.issues];
  const reported = new Set(issues.map(issuePath));
  const dated = (d: string | null | undefined) => /^\d{4}-\d{2}-\d{2}$/.test(d ?? "");
  const crossField: InputIssue[] = [
    ...oneLanguageIssues(input.titleZh, input.titleEn, "title"),
    ...oneLanguageIssues(input.summaryZh, input.summaryEn, "summary"),
    ...(dated(input.deadline) &&
    dated(input.responseDeadline) &&
    (input.responseDeadline ?? "") < (input.deadline ?? "")
      ? [{ path: "responseDeadline", message: "must not be before the answer deadline" }]
      : []),
  ];
  for (const issue of crossField) {
    if (!reported.has(issuePath(issue))) issues.push(issue);
  }
  return issues;
}
