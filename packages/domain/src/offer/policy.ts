import type { RightsStatus } from "../achievement";
import { MIN_LONG_TERM_USE_YEARS } from "../achievement";
import type { TransferMode } from "../listing-common";
import type { OrgKind } from "../organization";
import type { TOfferTerms } from "./terms";

/** Measure 7: the completing team holds at least this share of the shares an achievement forms. */
export const MIN_TEAM_EQUITY_PERCENT = 80;
/** Measure 6: researchers receive at least this share of a horizontal project's net income. */
export const MIN_RESEARCHERS_INCOME_PERCENT = 80;
/** Measure 6: a unit that rewards transfer staff sets aside at least this share of its retained part. */
export const MIN_TRANSFER_STAFF_PERCENT = 10;

export const OFFER_ISSUE_CODES = [
  "EQUITY_REQUIRED",
  "EQUITY_NOT_APPLICABLE",
  "TEAM_SHARE_BELOW_MINIMUM",
  "ENTRY_FEE_NOT_ZERO",
  "PAY_LATER_REQUIRED",
  "PAY_LATER_NOT_APPLICABLE",
  "STAGED_PAYMENTS_MISSING",
  "ROYALTY_NOT_APPLICABLE",
  "EXCLUSIVITY_CONTRADICTS_MODE",
  "LONG_TERM_USE_TOO_SHORT",
  "RIGHTS_GRANT_ON_NEGATIVE_LIST",
  "RIGHTS_GRANT_NOT_JOB_ACHIEVEMENT",
  "TERM_EXCEEDS_USE_RIGHT",
  "INVEST_FIRST_NOT_APPLICABLE",
  "CONVERSION_AFTER_TERM",
  "INCOME_SPLIT_NOT_APPLICABLE",
  "RESEARCHERS_SHARE_BELOW_MINIMUM",
  "TRANSFER_STAFF_SHARE_BELOW_MINIMUM",
  "MILESTONE_AFTER_TERM",
  "MODE_NOT_OFFERED",
  "NO_CONSIDERATION",
  "TRANSFER_LIST_OBLIGATION",
] as const;
/** Stable code of a policy problem with an offer. */
export type OfferIssueCode = (typeof OFFER_ISSUE_CODES)[number];

export const OFFER_ISSUE_SEVERITIES = ["error", "warning", "info"] as const;
/** Errors block the offer; warnings and notes are shown next to it. */
export type OfferIssueSeverity = (typeof OFFER_ISSUE_SEVERITIES)[number];

/** One policy finding about an offer: a stable code, the field it is about, and the measure it cites. */
export interface OfferIssue {
  code: OfferIssueCode;
  severity: OfferIssueSeverity;
  path: string;
  message: string;
  measure: number | null;
}

/** What the rules need to know beyond the terms: the seller and the achievement, when there is one. */
export interface OfferContext {
  sellerOrgKind: OrgKind;
  achievement: {
    transferModes: readonly TransferMode[];
    rightsStatus: RightsStatus;
    rightsUseYears: number | null;
    negativeList: boolean;
    publiclyFunded: boolean;
  } | null;
  /** The date the term starts, for checking dates inside the term; today when not known. */
  startDate: string;
}

const JOB_ACHIEVEMENT_HOLDERS: readonly OrgKind[] = [
  "university",
  "research_institute",
  "hospital",
];

/** Whether achievements of this kind of seller are job achievements (职务科技成果) of a public unit. */
export function holdsJobAchievements(kind: OrgKind): boolean {
  return JOB_ACHIEVEMENT_HOLDERS.includes(kind);
}

const LICENCE_MODES: readonly TransferMode[] = [
  "exclusive_licence",
  "non_exclusive_licence",
  "use_first_pay_later",
];

function addYears(date: string, years: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString().slice(0, 10);
}

/**
 * Checks offer terms against the Kunming measures and against themselves. Every issue names the
 * field it is about; errors make the offer unacceptable, warnings and notes only inform.
 */
export function offerPolicyIssues(terms: TOfferTerms, context: OfferContext): OfferIssue[] {
  const issues: OfferIssue[] = [];
  const add = (
    code: OfferIssueCode,
    path: string,
    message: string,
    measure: number | null,
    severity: OfferIssueSeverity = "error",
  ) => issues.push({ code, severity, path, message, measure });
  const job = holdsJobAchievements(context.sellerOrgKind);
  const achievement = context.achievement;

  if (terms.mode === "equity_investment" && !terms.equity) {
    add("EQUITY_REQUIRED", "equity", "an equity investment states the equity split (measure 7)", 7);
  }
  if (terms.mode !== "equity_investment" && terms.equity) {
    add("EQUITY_NOT_APPLICABLE", "equity", "only an equity investment has an equity split", null);
  }
  if (terms.equity && job && terms.equity.teamSharePercent < MIN_TEAM_EQUITY_PERCENT) {
    add(
      "TEAM_SHARE_BELOW_MINIMUM",
      "equity.teamSharePercent",
      `the completing team holds at least ${MIN_TEAM_EQUITY_PERCENT}% of the shares a job achievement forms (measure 7)`,
      7,
    );
  }

  if (terms.mode === "use_first_pay_later") {
    if (terms.upfrontFee > 0) {
      add(
        "ENTRY_FEE_NOT_ZERO",
        "upfrontFee",
        "a use-first-pay-later licence has a zero entry fee (measure 4)",
        4,
      );
    }
    if (!terms.payLater) {
      add(
        "PAY_LATER_REQUIRED",
        "payLater",
        "choose staged payments with a revenue share, or a deferred payment (measure 4)",
        4,
      );
    } else if (
      terms.payLater.kind === "staged" &&
      !terms.royalty &&
      terms.milestones.length === 0
    ) {
      add(
        "STAGED_PAYMENTS_MISSING",
        "milestones",
        "staged payment needs stage payments or a revenue share (measure 4)",
        4,
      );
    }
  } else if (terms.payLater) {
    add(
      "PAY_LATER_NOT_APPLICABLE",
      "payLater",
      "only a use-first-pay-later licence pays later (measure 4)",
      4,
    );
  }

  if (terms.royalty && terms.mode === "equity_investment") {
    add(
      "ROYALTY_NOT_APPLICABLE",
      "royalty",
      "an equity investment is paid in shares, not royalties",
      null,
    );
  }

  const exclusivityClash =
    (terms.mode === "transfer" && terms.exclusivity !== "exclusive") ||
    (terms.mode === "exclusive_licence" && terms.exclusivity === "non_exclusive") ||
    (terms.mode === "non_exclusive_licence" && terms.exclusivity !== "non_exclusive");
  if (exclusivityClash) {
    add(
      "EXCLUSIVITY_CONTRADICTS_MODE",
      "exclusivity",
      terms.mode === "transfer"
        ? "a transfer of ownership is exclusive"
        : `a ${terms.mode.replaceAll("_", "-")} cannot be ${terms.exclusivity.replace("_", "-")}`,
      null,
    );
  }

  if (terms.rightsGrant) {
    if (!job) {
      add(
        "RIGHTS_GRANT_NOT_JOB_ACHIEVEMENT",
        "rightsGrant",
        "only a university, research institute or hospital grants rights of a job achievement to its team (measure 2)",
        2,
      );
    }
    if (achievement?.negativeList) {
      add(
        "RIGHTS_GRANT_ON_NEGATIVE_LIST",
        "rightsGrant",
        "an achievement on the negative list cannot be granted to the team (measure 2)",
        2,
      );
    }
    if (
      terms.rightsGrant.kind === "long_term_use" &&
      (terms.rightsGrant.years == null || terms.rightsGrant.years < MIN_LONG_TERM_USE_YEARS)
    ) {
      add(
        "LONG_TERM_USE_TOO_SHORT",
        "rightsGrant.years",
        `a long-term use right runs at least ${MIN_LONG_TERM_USE_YEARS} years (measure 2)`,
        2,
      );
    }
  }

  if (
    achievement?.rightsStatus === "long_term_use" &&
    achievement.rightsUseYears != null &&
    LICENCE_MODES.includes(terms.mode) &&
    terms.termYears > achievement.rightsUseYears
  ) {
    add(
      "TERM_EXCEEDS_USE_RIGHT",
      "termYears",
      `the licence cannot outlast the team's ${achievement.rightsUseYears}-year use right (measure 2)`,
      2,
    );
  }

  if (terms.investFirst) {
    if (terms.mode !== "equity_investment" && terms.mode !== "joint_development") {
      add(
        "INVEST_FIRST_NOT_APPLICABLE",
        "investFirst",
        "invest first, equity later goes with an equity investment or a joint development (measure 8)",
        8,
      );
    }
    const end = addYears(context.startDate, terms.termYears);
    if (terms.investFirst.convertBy && terms.investFirst.convertBy > end) {
      add(
        "CONVERSION_AFTER_TERM",
        "investFirst.convertBy",
        "the conversion date falls after the term ends",
        8,
      );
    }
  }

  if (terms.incomeSplit) {
    if (terms.mode !== "joint_development") {
      add(
        "INCOME_SPLIT_NOT_APPLICABLE",
        "incomeSplit",
        "the net-income split applies to a horizontal project, i.e. a joint development (measure 6)",
        6,
      );
    }
    if (terms.incomeSplit.researchersPercent < MIN_RESEARCHERS_INCOME_PERCENT) {
      add(
        "RESEARCHERS_SHARE_BELOW_MINIMUM",
        "incomeSplit.researchersPercent",
        `researchers receive at least ${MIN_RESEARCHERS_INCOME_PERCENT}% of a horizontal project's net income (measure 6)`,
        6,
      );
    }
    const staff = terms.incomeSplit.transferStaffPercentOfRetained;
    if (staff > 0 && staff < MIN_TRANSFER_STAFF_PERCENT) {
      add(
        "TRANSFER_STAFF_SHARE_BELOW_MINIMUM",
        "incomeSplit.transferStaffPercentOfRetained",
        `a reward for transfer staff takes at least ${MIN_TRANSFER_STAFF_PERCENT}% of the unit's retained part (measure 6)`,
        6,
      );
    }
  }

  const termEnd = addYears(context.startDate, terms.termYears);
  terms.milestones.forEach((m, i) => {
    if (m.dueOn && m.dueOn >= termEnd) {
      add("MILESTONE_AFTER_TERM", `milestones.${i}.dueOn`, "falls after the term ends", null);
    }
  });

  if (achievement && !achievement.transferModes.includes(terms.mode)) {
    add(
      "MODE_NOT_OFFERED",
      "mode",
      "the achievement's listing does not offer this transfer mode",
      null,
      "warning",
    );
  }
  const paysSomething =
    terms.upfrontFee > 0 ||
    terms.milestones.length > 0 ||
    terms.royalty !== null ||
    terms.payLater?.kind === "deferred" ||
    terms.equity !== null ||
    terms.investFirst !== null;
  if (!paysSomething && terms.mode !== "joint_development") {
    add(
      "NO_CONSIDERATION",
      "upfrontFee",
      "the offer pays nothing for the technology",
      null,
      "warning",
    );
  }
  if (achievement?.publiclyFunded) {
    add(
      "TRANSFER_LIST_OBLIGATION",
      "mode",
      "a publicly funded achievement: the deal goes on the institution's transfer list (measures 5 and 17)",
      5,
      "info",
    );
  }
  return issues;
}

/** Only the issues that make an offer unacceptable. */
export function blockingIssues(issues: readonly OfferIssue[]): OfferIssue[] {
  return issues.filter((i) => i.severity === "error");
}

/** What a deal on these terms does to the achievement's listing: exclusive rights take it off the market. */
export function listingOutcome(
  terms: Pick<TOfferTerms, "mode" | "exclusivity">,
): "transacted" | "published" {
  if (terms.mode === "transfer" || terms.mode === "equity_investment") return "transacted";
  return terms.exclusivity === "non_exclusive" || terms.mode === "joint_development"
    ? "published"
    : "transacted";
}
