import type { TFunction } from "i18next";
import { translateIssue } from "../workspace/form-errors";

/** Term fields whose values are enum members, and the translation group of their labels. */
const ENUM_FIELDS: Record<string, string> = {
  mode: "transferModes",
  exclusivity: "rooms.exclusivity",
  "royalty.base": "rooms.royaltyBase",
  "payLater.kind": "rooms.payLaterKind",
  "equity.remainderHolder": "rooms.remainderHolder",
  "rightsGrant.kind": "rooms.rightsGrantKind",
};

const PERCENT_FIELDS = new Set([
  "royalty.ratePercent",
  "equity.technologySharePercent",
  "equity.teamSharePercent",
  "investFirst.equityPercentOnConversion",
  "incomeSplit.researchersPercent",
  "incomeSplit.transferStaffPercentOfRetained",
]);

/** `milestones.1.amount` → the field without item indexes (`milestones.amount`) and the index. */
function splitPath(path: string): { field: string; index: number | null } {
  const parts = path.replace(/^terms\./, "").split(".");
  const index = parts.find((p) => /^\d+$/.test(p));
  return {
    field: parts.filter((p) => !/^\d+$/.test(p)).join("."),
    index: index == null ? null : Number(index),
  };
}

/** The label of a term field in the UI language, with the item's number for list items. */
export function fieldLabel(path: string, t: TFunction): string {
  const { field, index } = splitPath(path);
  const key = `rooms.fields.${field.replaceAll(".", "_")}`;
  const label = t(key, { defaultValue: field });
  if (index == null) return label;
  const [list] = field.split(".");
  if (list === "territory" || list === "investFirst") {
    return t("rooms.fields.item", { label, number: index + 1 });
  }
  return t("rooms.fields.milestoneItem", { label, number: index + 1 });
}

/** A term value in the UI language: enum members translated, percentages and amounts formatted. */
export function termValue(
  path: string,
  value: string | number | boolean | null | undefined,
  t: TFunction,
  formatNumber: (n: number) => string,
): string {
  if (value == null || value === "") return "—";
  const { field } = splitPath(path);
  const group = ENUM_FIELDS[field];
  if (group && typeof value === "string") {
    return t(`${group}.${value.toUpperCase()}`, { defaultValue: String(value) });
  }
  if (typeof value === "boolean") return value ? t("rooms.yes") : t("rooms.no");
  const n = typeof value === "number" ? value : Number(value);
  if (typeof value === "number" || (value.trim() !== "" && Number.isFinite(n))) {
    if (PERCENT_FIELDS.has(field)) return `${formatNumber(n)}%`;
    return formatNumber(n);
  }
  return String(value);
}

type Rule = [RegExp, (t: TFunction, match: RegExpExecArray) => string];

// The offer schemas' own messages; the rest are shared with the listing forms.
const RULES: Rule[] = [
  [/^must be a number$|expected number/, (t) => t("rooms.errors.number")],
  [/^must be more than zero$/, (t) => t("rooms.errors.positive")],
  [/^must be at most (\d+)$/, (t, m) => t("rooms.errors.atMost", { max: m[1] ?? "" })],
  [/^must be at least (\d+)$/, (t, m) => t("rooms.errors.atLeast", { min: m[1] ?? "" })],
  [/^give the condition that triggers/, (t) => t("rooms.errors.milestoneWhen")],
  [/^a deferred payment needs its amount$/, (t) => t("rooms.errors.deferredAmount")],
  [/^say how many months after/, (t) => t("rooms.errors.deferredMonths")],
  [/^only a deferred payment has/, (t) => t("rooms.errors.onlyDeferred")],
  [/^must not be less than the annual cap$/, (t) => t("rooms.errors.totalBelowAnnual")],
  [/^name at least one territory$/, (t) => t("rooms.errors.territory")],
  [/^state at least one condition/, (t) => t("rooms.errors.conversionCondition")],
];

/** A field problem from the domain's schema, in the UI language. */
export function fieldProblem(message: string, t: TFunction): string {
  for (const [pattern, text] of RULES) {
    const match = pattern.exec(message);
    if (match) return text(t, match);
  }
  return translateIssue(message, t);
}
