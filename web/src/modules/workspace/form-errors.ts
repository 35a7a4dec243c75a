import type { CombinedError } from "@urql/core";
import type { TFunction } from "i18next";
import { fieldIssues } from "../../graphql/errors";

/** A problem with one form field: its antd name path and the message to show under it. */
export interface FormFieldError {
  name: (string | number)[];
  errors: string[];
}

/** An issue as zod or the API reports it: a path (dotted or segments) and an English message. */
export interface InputIssue {
  path: string | readonly PropertyKey[];
  message: string;
}

/** An issue's path written with dots, e.g. `ipAssets.0.number`. */
export function issuePath(issue: InputIssue): string {
  return typeof issue.path === "string" ? issue.path : issue.path.map(String).join(".");
}

/** The domain's requireOneLanguage rule, with its message, for when zod skips refinements. */
export function oneLanguageIssues(
  zh: string | null | undefined,
  en: string | null | undefined,
  name: string,
): InputIssue[] {
  return zh || en ? [] : [{ path: `${name}Zh`, message: `give ${name} in Chinese or English` }];
}

type Rule = [RegExp, (t: TFunction, match: RegExpExecArray, field?: string) => string];

// "Required" alone does not say what to give where the expected answer is not obvious.
const REQUIRED_BY_FIELD: Record<string, (t: TFunction) => string> = {
  trl: (t) => t("formErrors.trlRequired"),
  minTrl: (t) => t("formErrors.trlRequired"),
};

// The domain's zod schemas and the API speak English; these are the messages people meet,
// shown in the UI language. Anything else is shown as the API wrote it.
const RULES: Rule[] = [
  [
    /^must not be empty$|received (undefined|null)$/,
    (t, _match, field) => REQUIRED_BY_FIELD[field ?? ""]?.(t) ?? t("formErrors.required"),
  ],
  [/^must be at most (\d+) characters$/, (t, m) => t("formErrors.maxLength", { max: m[1] ?? "" })],
  [/^must be a whole number$/, (t) => t("formErrors.wholeNumber")],
  [
    /^must be between (\d+) and (\d+)$/,
    (t, m) => t("formErrors.between", { min: m[1] ?? "", max: m[2] ?? "" }),
  ],
  [/^must (have|link) at most (\d+)/, (t, m) => t("formErrors.tooMany", { max: m[2] ?? "" })],
  [/^choose at least one (transfer|cooperation) mode$/, (t) => t("formErrors.chooseMode")],
  [/^give at least one measurable indicator$/, (t) => t("formErrors.indicatorRequired")],
  [/^name at least one criterion$/, (t) => t("formErrors.criterionRequired")],
  [/^give at least one milestone$/, (t) => t("formErrors.milestoneRequired")],
  [/^must not be negative$/, (t) => t("formErrors.notNegative")],
  [/^is too large$/, (t) => t("formErrors.tooLarge")],
  [/^must not be less than min$/, (t) => t("formErrors.maxBelowMin")],
  [/^give an amount or mark it negotiable$/, (t) => t("formErrors.amountOrNegotiable")],
  [/^give (title|summary) in Chinese or English$/, (t) => t("formErrors.oneLanguage")],
  [/negative list cannot be granted/, (t) => t("formErrors.negativeListRights")],
  [
    /^a long-term use right runs at least (\d+) years/,
    (t, m) => t("formErrors.longTermUseYears", { years: m[1] ?? "" }),
  ],
  [/^must be a date written YYYY-MM-DD$/, (t) => t("formErrors.date")],
  [/^must not be before the answer deadline$/, (t) => t("formErrors.responseBeforeDeadline")],
  [/^must not be in the past|^is in the past/, (t) => t("formErrors.deadlinePassed")],
  [/^is not a field of the taxonomy$/, (t) => t("formErrors.fieldRequired")],
  [/alpha-2 country code/, (t) => t("formErrors.countryCode")],
  [/^is required for an organization registered in China$/, (t) => t("formErrors.usccRequired")],
  [/^must be 18 characters long$/, (t) => t("formErrors.usccLength")],
  [/unified social credit code$|^checksum does not match$/, (t) => t("formErrors.usccInvalid")],
  [/^a (rejection|dismissal) needs a coded reason$/, (t) => t("formErrors.reasonRequired")],
  [/^explain the reason when it is '?other'?$/i, (t) => t("formErrors.otherNeedsText")],
  [/^Invalid option/, (t) => t("formErrors.chooseOne")],
  [/^is the owner of this exam paper$/, (t) => t("formErrors.inviteOwner")],
  [/cannot answer exam papers$/, (t) => t("formErrors.inviteKind")],
  [/^is not a valid e-?mail|^Invalid email/i, (t) => t("formErrors.email")],
];

/** The message of an issue in the UI language; `field` (the form field) makes some more precise. */
export function translateIssue(message: string, t: TFunction, field?: string): string {
  for (const [pattern, text] of RULES) {
    const match = pattern.exec(message);
    if (match) return text(t, match, field);
  }
  return message;
}

function segments(path: InputIssue["path"], prefix: string): (string | number)[] {
  const parts =
    typeof path === "string" ? path.split(".") : path.map((p) => String(p as string | number));
  const rest = parts[0] === prefix ? parts.slice(1) : parts;
  return rest.map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/**
 * Splits issues into errors for the form's fields (by the first path segment) and messages for
 * everything else, translated. Only the first message per field is kept, as zod reports it.
 */
export function issuesToFields(
  issues: readonly InputIssue[],
  fields: readonly string[],
  t: TFunction,
  prefix = "input",
): { fields: FormFieldError[]; other: string[] } {
  const byName = new Map<string, FormFieldError>();
  const other: string[] = [];
  for (const issue of issues) {
    const name = segments(issue.path, prefix);
    const message = translateIssue(issue.message, t, name.length ? String(name[0]) : undefined);
    if (name.length === 0 || !fields.includes(String(name[0]))) {
      other.push(message);
      continue;
    }
    const key = name.join(".");
    if (!byName.has(key)) byName.set(key, { name, errors: [message] });
  }
  return { fields: [...byName.values()], other };
}

/** The field issues of a failed mutation: `extensions.issues`, else `extensions.field`. */
export function serverIssues(error: CombinedError | null | undefined): InputIssue[] {
  const issues = fieldIssues(error);
  if (issues.length) return issues;
  const first = error?.graphQLErrors[0];
  const field = first?.extensions?.field;
  if (typeof field === "string" && first) {
    // The message reads "path: problem" when the API names the field in it.
    const message = first.message.startsWith(`${field}: `)
      ? first.message.slice(field.length + 2)
      : first.message;
    return [{ path: field, message }];
  }
  return [];
}
