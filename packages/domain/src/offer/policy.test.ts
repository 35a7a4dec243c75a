import { describe, expect, it } from "vitest";
import {
  blockingIssues,
  holdsJobAchievements,
  listingOutcome,
  type OfferContext,
  offerPolicyIssues,
} from "./policy";
import { type TOfferTermsInput, ZOfferTerms } from "./terms";

const university: OfferContext = {
  sellerOrgKind: "university",
  achievement: {
    transferModes: [
      "transfer",
      "exclusive_licence",
      "non_exclusive_licence",
      "equity_investment",
      "use_first_pay_later",
      "joint_development",
    ],
    rightsStatus: "unit_retained",
    rightsUseYears: null,
    negativeList: false,
    publiclyFunded: false,
  },
  startDate: "2027-03-01",
};

function terms(overrides: Partial<TOfferTermsInput> = {}) {
  return ZOfferTerms.parse({
    mode: "exclusive_licence",
    upfrontFee: 500_000,
    exclusivity: "exclusive",
    territory: ["CN"],
    termYears: 10,
    ...overrides,
  });
}

const codes = (t: ReturnType<typeof terms>, context: OfferContext = university) =>
  offerPolicyIssues(t, context).map((i) => i.code);

const equity = (teamSharePercent: number) => ({
  valuation: 5_000_000,
  technologySharePercent: 30,
  teamSharePercent,
  remainderHolder: "unit" as const,
});

describe("offer policy (Kunming measures)", () => {
  it("accepts a plain exclusive licence with no findings", () => {
    expect(offerPolicyIssues(terms(), university)).toEqual([]);
  });

  it("measure 7: the team holds at least 80% of the shares a job achievement forms", () => {
    const below = offerPolicyIssues(
      terms({ mode: "equity_investment", equity: equity(79.9) }),
      university,
    );
    expect(below).toEqual([
      {
        code: "TEAM_SHARE_BELOW_MINIMUM",
        severity: "error",
        path: "equity.teamSharePercent",
        message: expect.stringContaining("80%"),
        measure: 7,
      },
    ]);
    expect(codes(terms({ mode: "equity_investment", equity: equity(80) }))).toEqual([]);
    // An enterprise's achievement is no job achievement of a public unit: the rule does not apply.
    expect(
      codes(terms({ mode: "equity_investment", equity: equity(50) }), {
        ...university,
        sellerOrgKind: "enterprise",
      }),
    ).toEqual([]);
  });

  it("an equity investment states its split, and only an equity investment has one", () => {
    expect(codes(terms({ mode: "equity_investment" }))).toEqual(["EQUITY_REQUIRED"]);
    expect(codes(terms({ equity: equity(90) }))).toEqual(["EQUITY_NOT_APPLICABLE"]);
    expect(
      codes(
        terms({
          mode: "equity_investment",
          equity: equity(90),
          royalty: { ratePercent: 2, base: "net_sales" },
        }),
      ),
    ).toEqual(["ROYALTY_NOT_APPLICABLE"]);
  });

  it("measure 4: use first, pay later has a zero entry fee and a way to pay later", () => {
    const staged = terms({
      mode: "use_first_pay_later",
      upfrontFee: 0,
      exclusivity: "non_exclusive",
      payLater: { kind: "staged" },
      royalty: { ratePercent: 4, base: "net_sales" },
    });
    expect(codes(staged)).toEqual([]);
    expect(codes({ ...staged, upfrontFee: 10_000 })).toEqual(["ENTRY_FEE_NOT_ZERO"]);
    expect(codes({ ...staged, payLater: null })).toEqual(["PAY_LATER_REQUIRED"]);
    expect(codes({ ...staged, royalty: null })).toEqual([
      "STAGED_PAYMENTS_MISSING",
      "NO_CONSIDERATION",
    ]);
    const deferred = terms({
      mode: "use_first_pay_later",
      upfrontFee: 0,
      payLater: { kind: "deferred", deferredAmount: 300_000, deferredMonthsAfterFirstRevenue: 6 },
    });
    expect(codes(deferred)).toEqual([]);
    expect(
      offerPolicyIssues({ ...staged, upfrontFee: 1 }, university).every((i) => i.measure === 4),
    ).toBe(true);
    expect(codes(terms({ payLater: { kind: "staged" } }))).toEqual(["PAY_LATER_NOT_APPLICABLE"]);
  });

  it("measure 2: a long-term use right runs at least ten years, and nothing on the negative list is granted", () => {
    expect(codes(terms({ rightsGrant: { kind: "long_term_use", years: 9 } }))).toEqual([
      "LONG_TERM_USE_TOO_SHORT",
    ]);
    expect(codes(terms({ rightsGrant: { kind: "long_term_use", years: null } }))).toEqual([
      "LONG_TERM_USE_TOO_SHORT",
    ]);
    expect(codes(terms({ rightsGrant: { kind: "long_term_use", years: 10 } }))).toEqual([]);
    expect(codes(terms({ rightsGrant: { kind: "team_ownership", years: null } }))).toEqual([]);
    const negative = {
      ...university,
      achievement: {
        ...(university.achievement as NonNullable<OfferContext["achievement"]>),
        negativeList: true,
      },
    };
    expect(
      codes(terms({ rightsGrant: { kind: "team_ownership", years: null } }), negative),
    ).toEqual(["RIGHTS_GRANT_ON_NEGATIVE_LIST"]);
    expect(
      codes(terms({ rightsGrant: { kind: "team_ownership", years: null } }), {
        ...university,
        sellerOrgKind: "enterprise",
      }),
    ).toEqual(["RIGHTS_GRANT_NOT_JOB_ACHIEVEMENT"]);
  });

  it("measure 2: a licence cannot outlast the team's long-term use right", () => {
    const useRight = {
      ...university,
      achievement: {
        ...(university.achievement as NonNullable<OfferContext["achievement"]>),
        rightsStatus: "long_term_use" as const,
        rightsUseYears: 12,
      },
    };
    expect(codes(terms({ termYears: 12 }), useRight)).toEqual([]);
    expect(codes(terms({ termYears: 13 }), useRight)).toEqual(["TERM_EXCEEDS_USE_RIGHT"]);
    // A transfer hands over the right itself; the term rule is about licences.
    expect(codes(terms({ mode: "transfer", termYears: 13 }), useRight)).toEqual([]);
  });

  it("measure 8: invest first, equity later goes with equity or joint development and converts within the term", () => {
    const investFirst = {
      fundingAmount: 2_000_000,
      conditions: ["pilot line reaches 1,000 units a month"],
      equityPercentOnConversion: 12,
      convertBy: "2030-12-31",
    };
    expect(codes(terms({ mode: "joint_development", investFirst }))).toEqual([]);
    expect(codes(terms({ investFirst }))).toEqual(["INVEST_FIRST_NOT_APPLICABLE"]);
    expect(codes(terms({ mode: "joint_development", termYears: 2, investFirst }))).toEqual([
      "CONVERSION_AFTER_TERM",
    ]);
    expect(
      ZOfferTerms.safeParse({ ...terms(), investFirst: { ...investFirst, conditions: [] } })
        .success,
    ).toBe(false);
  });

  it("measure 6: researchers get at least 80% of a horizontal project's net income; a staff reward is at least 10%", () => {
    const joint = (researchersPercent: number, transferStaffPercentOfRetained = 0) =>
      terms({
        mode: "joint_development",
        incomeSplit: { researchersPercent, transferStaffPercentOfRetained },
      });
    expect(codes(joint(80, 10))).toEqual([]);
    expect(codes(joint(80))).toEqual([]);
    expect(codes(joint(79))).toEqual(["RESEARCHERS_SHARE_BELOW_MINIMUM"]);
    expect(codes(joint(90, 5))).toEqual(["TRANSFER_STAFF_SHARE_BELOW_MINIMUM"]);
    expect(codes(terms({ incomeSplit: { researchersPercent: 90 } }))).toEqual([
      "INCOME_SPLIT_NOT_APPLICABLE",
    ]);
  });

  it("checks exclusivity against the mode", () => {
    expect(codes(terms({ mode: "transfer", exclusivity: "sole" }))).toEqual([
      "EXCLUSIVITY_CONTRADICTS_MODE",
    ]);
    expect(codes(terms({ exclusivity: "non_exclusive" }))).toEqual([
      "EXCLUSIVITY_CONTRADICTS_MODE",
    ]);
    expect(codes(terms({ exclusivity: "sole" }))).toEqual([]);
    expect(codes(terms({ mode: "non_exclusive_licence", exclusivity: "exclusive" }))).toEqual([
      "EXCLUSIVITY_CONTRADICTS_MODE",
    ]);
  });

  it("flags milestones dated after the term", () => {
    const t = terms({
      termYears: 2,
      milestones: [
        { amount: 1, dueOn: "2028-06-01" },
        { amount: 1, dueOn: "2029-03-01" },
      ],
    });
    expect(offerPolicyIssues(t, university).map((i) => i.path)).toEqual(["milestones.1.dueOn"]);
  });

  it("warns about modes the listing does not offer and offers that pay nothing, and notes the transfer list", () => {
    const context = {
      ...university,
      achievement: {
        ...(university.achievement as NonNullable<OfferContext["achievement"]>),
        transferModes: ["non_exclusive_licence" as const],
        publiclyFunded: true,
      },
    };
    const issues = offerPolicyIssues(terms({ upfrontFee: 0 }), context);
    expect(issues.map((i) => [i.code, i.severity])).toEqual([
      ["MODE_NOT_OFFERED", "warning"],
      ["NO_CONSIDERATION", "warning"],
      ["TRANSFER_LIST_OBLIGATION", "info"],
    ]);
    expect(blockingIssues(issues)).toEqual([]);
  });

  it("knows whose achievements are job achievements and what a deal does to the listing", () => {
    expect(holdsJobAchievements("hospital")).toBe(true);
    expect(holdsJobAchievements("enterprise")).toBe(false);
    expect(listingOutcome({ mode: "transfer", exclusivity: "exclusive" })).toBe("transacted");
    expect(listingOutcome({ mode: "exclusive_licence", exclusivity: "sole" })).toBe("transacted");
    expect(listingOutcome({ mode: "non_exclusive_licence", exclusivity: "non_exclusive" })).toBe(
      "published",
    );
    expect(listingOutcome({ mode: "use_first_pay_later", exclusivity: "non_exclusive" })).toBe(
      "published",
    );
    expect(listingOutcome({ mode: "joint_development", exclusivity: "exclusive" })).toBe(
      "published",
    );
  });
});
