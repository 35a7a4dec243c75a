import { diffOfferTerms, type TermChange } from "@openttc/domain/offer/diff";
import { type OfferIssue, offerPolicyIssues } from "@openttc/domain/offer/policy";
import { type PaymentSchedule, paymentSchedule } from "@openttc/domain/offer/schedule";
import { type TOfferTerms, ZOfferTerms } from "@openttc/domain/offer/terms";
import type { OrgKind } from "@openttc/domain/organization";
import type { VariablesOf } from "../../graphql/graphql";
import type { ProposeOfferMutation } from "./graphql/rooms.graphql";

/** Offer terms as the API takes them; the composer edits one of these. */
export type TermsInput = VariablesOf<typeof ProposeOfferMutation>["terms"];

/** What the policy rules need about the room, as the room query returns it. */
export interface DraftContext {
  sellerKind: string | null | undefined;
  achievement: {
    transferModes?: readonly string[] | null;
    rightsStatus?: string | null;
    rightsUseYears?: number | null;
    negativeList?: boolean | null;
    publiclyFunded?: boolean | null;
  } | null;
  today: string;
}

/** The outcome of checking a draft as the API would: field errors, policy findings, schedule, diff. */
export interface DraftCheck {
  /** zod's problems by dotted field path (`royalty.ratePercent`), messages in English. */
  fieldErrors: Map<string, string[]>;
  issues: OfferIssue[];
  schedule: PaymentSchedule | null;
  changes: TermChange[];
  valid: boolean;
}

const lower = (v: string | null | undefined) => (v == null ? v : v.toLowerCase());

/** The API's enum values are the domain's in upper case. */
export function toDomainTerms(terms: TermsInput): unknown {
  return {
    ...terms,
    mode: lower(terms.mode),
    exclusivity: lower(terms.exclusivity),
    royalty: terms.royalty ? { ...terms.royalty, base: lower(terms.royalty.base) } : null,
    payLater: terms.payLater ? { ...terms.payLater, kind: lower(terms.payLater.kind) } : null,
    equity: terms.equity
      ? { ...terms.equity, remainderHolder: lower(terms.equity.remainderHolder) }
      : null,
    rightsGrant: terms.rightsGrant
      ? { ...terms.rightsGrant, kind: lower(terms.rightsGrant.kind) }
      : null,
  };
}

/** Removes urql's __typename from a result so it can go back as input. */
export function withoutTypename<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutTypename) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== "__typename")
        .map(([key, inner]) => [key, withoutTypename(inner)]),
    ) as T;
  }
  return value;
}

/** A first offer's terms: a non-exclusive five-year licence for the modes the listing offers. */
export function initialTerms(modes: readonly string[] | null | undefined): TermsInput {
  const mode = (modes?.[0] ?? "NON_EXCLUSIVE_LICENCE") as TermsInput["mode"];
  return {
    mode,
    currency: "CNY",
    upfrontFee: 0,
    milestones: [],
    royalty: null,
    payLater: null,
    exclusivity:
      mode === "EXCLUSIVE_LICENCE" || mode === "TRANSFER" ? "EXCLUSIVE" : "NON_EXCLUSIVE",
    territory: ["CN"],
    termYears: 5,
    equity: null,
    investFirst: null,
    rightsGrant: null,
    incomeSplit: null,
  };
}

function fieldErrorsOf(error: { issues: { path: PropertyKey[]; message: string }[] }) {
  const errors = new Map<string, string[]>();
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".");
    errors.set(path, [...(errors.get(path) ?? []), issue.message]);
  }
  return errors;
}

/**
 * Checks a draft with the same domain rules the API applies when it is proposed (zod's shape
 * rules, then the policy measures), and works out its payment schedule and its changes from
 * `previous`. Runs on every keystroke, so it does no I/O.
 */
export function checkDraft(
  draft: TermsInput,
  context: DraftContext,
  previous: TermsInput | null,
  annualRevenue: number,
): DraftCheck {
  const parsed = ZOfferTerms.safeParse(toDomainTerms(draft));
  if (!parsed.success) {
    return {
      fieldErrors: fieldErrorsOf(parsed.error),
      issues: [],
      schedule: null,
      changes: [],
      valid: false,
    };
  }
  const terms: TOfferTerms = parsed.data;
  const achievement = context.achievement;
  const issues = offerPolicyIssues(terms, {
    sellerOrgKind: (lower(context.sellerKind) ?? "enterprise") as OrgKind,
    achievement: achievement
      ? {
          transferModes: (achievement.transferModes ?? []).map((m) =>
            m.toLowerCase(),
          ) as TOfferTerms["mode"][],
          rightsStatus: (lower(achievement.rightsStatus) ?? "unit_retained") as
            | "unit_retained"
            | "team_ownership"
            | "long_term_use",
          rightsUseYears: achievement.rightsUseYears ?? null,
          negativeList: achievement.negativeList ?? false,
          publiclyFunded: achievement.publiclyFunded ?? false,
        }
      : null,
    startDate: context.today,
  });
  const previousParsed = previous ? ZOfferTerms.safeParse(toDomainTerms(previous)) : null;
  return {
    fieldErrors: new Map(),
    issues,
    schedule: paymentSchedule(terms, {
      startDate: context.today,
      annualRevenue: annualRevenue > 0 ? [annualRevenue] : [],
      granularity: "year",
    }),
    changes: previousParsed?.success ? diffOfferTerms(previousParsed.data, terms) : [],
    valid: !issues.some((i) => i.severity === "error"),
  };
}

/** Today in Kunming (UTC+8), the day the API starts a term on. */
export function kunmingToday(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
