import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  achievementPolicyProblems,
  MIN_LONG_TERM_USE_YEARS,
  type RightsStatus,
  ZCreateAchievementInput,
  ZUpdateAchievementInput,
} from "./achievement";
import { AppError, type FieldIssue } from "./errors";
import { parseInput } from "./validation";

function issuesOf(schema: z.ZodType, input: unknown): FieldIssue[] {
  try {
    parseInput(schema, input);
  } catch (error) {
    if (error instanceof AppError && error.code === "BAD_USER_INPUT") return error.issues;
    throw error;
  }
  throw new Error("expected the input to be refused");
}

const pathsOf = (schema: z.ZodType, input: unknown) => issuesOf(schema, input).map((i) => i.path);

const validAchievement = {
  titleZh: "高原蓝莓组培快繁技术",
  summaryZh: "一种适用于高原气候的蓝莓组织培养快速繁殖方法。",
  field: "plateau_agriculture.breeding",
  trl: 6,
  transferModes: ["exclusive_licence", "non_exclusive_licence"],
  price: { min: 500_000, max: 1_200_000 },
};

const withPatch = (patch: Record<string, unknown>) => ({ ...validAchievement, ...patch });
const without = (key: string) =>
  Object.fromEntries(Object.entries(validAchievement).filter(([k]) => k !== key));
const ipAsset = { number: "ZL202310123456.7", kind: "invention_patent", status: "granted" };

describe("ZCreateAchievementInput", () => {
  it("accepts a minimal achievement and fills in the defaults", () => {
    expect(parseInput(ZCreateAchievementInput, validAchievement)).toEqual({
      ...validAchievement,
      titleEn: null,
      summaryEn: null,
      descriptionZh: null,
      descriptionEn: null,
      keywords: [],
      team: [],
      ipAssets: [],
      price: { min: 500_000, max: 1_200_000, currency: "CNY", negotiable: false },
      publiclyFunded: false,
      rightsStatus: "unit_retained",
      rightsUseYears: null,
      negativeList: false,
      visibility: "public",
      region: null,
    });
  });

  it("accepts a complete achievement with team, IP assets, region and a long-term use right", () => {
    const parsed = parseInput(
      ZCreateAchievementInput,
      withPatch({
        titleEn: "Rapid tissue-culture propagation of plateau blueberries",
        summaryEn: "A tissue-culture method for blueberries at altitude.",
        descriptionZh: "详细说明",
        keywords: ["蓝莓", "组培", "蓝莓"],
        team: [{ name: "王芳", title: "研究员", role: "负责人" }],
        ipAssets: [{ ...ipAsset, title: "一种蓝莓快繁方法", expiresOn: "2043-05-01" }],
        transferModes: ["use_first_pay_later", "use_first_pay_later"],
        price: { negotiable: true, currency: "USD" },
        publiclyFunded: true,
        rightsStatus: "long_term_use",
        rightsUseYears: 10,
        visibility: "registered",
        region: { country: "CN", province: "云南", city: "昆明" },
      }),
    );
    expect(parsed.keywords).toEqual(["蓝莓", "组培"]);
    expect(parsed.transferModes).toEqual(["use_first_pay_later"]);
    expect(parsed.team).toEqual([{ name: "王芳", title: "研究员", role: "负责人" }]);
    expect(parsed.ipAssets[0]?.expiresOn).toBe("2043-05-01");
    expect(parsed.rightsUseYears).toBe(10);
    expect(parsed.region).toEqual({ country: "CN", province: "云南", city: "昆明" });
  });

  it("accepts an English title and summary without Chinese ones", () => {
    const parsed = parseInput(
      ZCreateAchievementInput,
      withPatch({
        titleZh: undefined,
        summaryZh: undefined,
        titleEn: "Graphene coating",
        summaryEn: "Anti-corrosion.",
      }),
    );
    expect(parsed.titleZh).toBeNull();
    expect(parsed.titleEn).toBe("Graphene coating");
  });

  it.each([1, 9])("accepts TRL %i", (trl) => {
    expect(parseInput(ZCreateAchievementInput, withPatch({ trl })).trl).toBe(trl);
  });

  it("leaves an IP asset without an expiry date with a null expiry", () => {
    expect(
      parseInput(ZCreateAchievementInput, withPatch({ ipAssets: [ipAsset] })).ipAssets[0]
        ?.expiresOn,
    ).toBeNull();
  });

  it.each([
    ["no field", without("field"), "input.field"],
    ["a field outside the taxonomy", withPatch({ field: "alchemy" }), "input.field"],
    ["no TRL", without("trl"), "input.trl"],
    ["TRL 0", withPatch({ trl: 0 }), "input.trl"],
    ["TRL 10", withPatch({ trl: 10 }), "input.trl"],
    ["a fractional TRL", withPatch({ trl: 6.5 }), "input.trl"],
    ["a TRL written as text", withPatch({ trl: "6" }), "input.trl"],
    ["no transfer mode", withPatch({ transferModes: [] }), "input.transferModes"],
    ["an unknown transfer mode", withPatch({ transferModes: ["sale"] }), "input.transferModes.0"],
    ["no price", without("price"), "input.price"],
    [
      "a minimum price above the maximum",
      withPatch({ price: { min: 2_000_000, max: 1_000_000 } }),
      "input.price.max",
    ],
    ["a price with no amount that is not negotiable", withPatch({ price: {} }), "input.price.min"],
    ["a negative price", withPatch({ price: { min: -5 } }), "input.price.min"],
    [
      "an unknown currency",
      withPatch({ price: { min: 5, currency: "XXX" } }),
      "input.price.currency",
    ],
    ["a 201-character Chinese title", withPatch({ titleZh: "题".repeat(201) }), "input.titleZh"],
    ["a 301-character English title", withPatch({ titleEn: "t".repeat(301) }), "input.titleEn"],
    [
      "a 1001-character Chinese summary",
      withPatch({ summaryZh: "摘".repeat(1001) }),
      "input.summaryZh",
    ],
    [
      "a 2001-character English summary",
      withPatch({ summaryEn: "s".repeat(2001) }),
      "input.summaryEn",
    ],
    [
      "a 20001-character Chinese description",
      withPatch({ descriptionZh: "述".repeat(20001) }),
      "input.descriptionZh",
    ],
    [
      "a 40001-character English description",
      withPatch({ descriptionEn: "d".repeat(40001) }),
      "input.descriptionEn",
    ],
    [
      "21 keywords",
      withPatch({ keywords: Array.from({ length: 21 }, (_, i) => `k${i}`) }),
      "input.keywords",
    ],
    ["an overlong keyword", withPatch({ keywords: ["ok", "k".repeat(41)] }), "input.keywords.1"],
    ["a team member without a name", withPatch({ team: [{ name: " " }] }), "input.team.0.name"],
    [
      "51 team members",
      withPatch({ team: Array.from({ length: 51 }, (_, i) => ({ name: `m${i}` })) }),
      "input.team",
    ],
    [
      "an IP asset without a number",
      withPatch({ ipAssets: [{ kind: "utility_model", status: "granted" }] }),
      "input.ipAssets.0.number",
    ],
    [
      "an unknown IP kind",
      withPatch({ ipAssets: [{ ...ipAsset, kind: "trademark" }] }),
      "input.ipAssets.0.kind",
    ],
    [
      "an unknown IP status",
      withPatch({ ipAssets: [{ ...ipAsset, status: "pending" }] }),
      "input.ipAssets.0.status",
    ],
    [
      "an IP expiry that is not a date",
      withPatch({ ipAssets: [{ ...ipAsset, expiresOn: "2030-13-01" }] }),
      "input.ipAssets.0.expiresOn",
    ],
    [
      "101 IP assets",
      withPatch({ ipAssets: Array.from({ length: 101 }, () => ipAsset) }),
      "input.ipAssets",
    ],
    [
      "a non-boolean publicly-funded flag",
      withPatch({ publiclyFunded: "yes" }),
      "input.publiclyFunded",
    ],
    ["an unknown rights status", withPatch({ rightsStatus: "sold" }), "input.rightsStatus"],
    ["a use right of 0 years", withPatch({ rightsUseYears: 0 }), "input.rightsUseYears"],
    ["a use right of 100 years", withPatch({ rightsUseYears: 100 }), "input.rightsUseYears"],
    ["a use right of 12.5 years", withPatch({ rightsUseYears: 12.5 }), "input.rightsUseYears"],
    ["a non-boolean negative-list flag", withPatch({ negativeList: 1 }), "input.negativeList"],
    ["an unknown visibility", withPatch({ visibility: "secret" }), "input.visibility"],
    [
      "a region with a bad country code",
      withPatch({ region: { country: "China" } }),
      "input.region.country",
    ],
  ])("refuses %s", (_label, input, path) => {
    expect(pathsOf(ZCreateAchievementInput, input)).toEqual([path]);
  });

  it.each([
    [
      "no title in either language",
      { titleZh: undefined },
      "input.titleZh",
      "give title in Chinese or English",
    ],
    [
      "only blank titles",
      { titleZh: "  ", titleEn: "" },
      "input.titleZh",
      "give title in Chinese or English",
    ],
    [
      "no summary in either language",
      { summaryZh: null },
      "input.summaryZh",
      "give summary in Chinese or English",
    ],
  ])("refuses %s", (_label, patch, path, message) => {
    expect(issuesOf(ZCreateAchievementInput, withPatch(patch))).toEqual([{ path, message }]);
  });

  it("refuses to publish a negative-list achievement granted to the team (measure 2)", () => {
    const issues = issuesOf(
      ZCreateAchievementInput,
      withPatch({ negativeList: true, rightsStatus: "team_ownership" }),
    );
    expect(issues.map((i) => i.path)).toEqual(["input.rightsStatus"]);
    expect(issues[0]?.message).toContain("negative list");
    expect(issues[0]?.message).toContain("measure 2");
  });

  it("refuses a long-term use right for a negative-list achievement, however long (measure 2)", () => {
    const input = withPatch({
      negativeList: true,
      rightsStatus: "long_term_use",
      rightsUseYears: 20,
    });
    expect(pathsOf(ZCreateAchievementInput, input)).toEqual(["input.rightsStatus"]);
  });

  it.each([
    ["shorter than ten years", 9],
    ["without a length", null],
  ])("refuses a long-term use right %s (measure 2)", (_label, rightsUseYears) => {
    const issues = issuesOf(
      ZCreateAchievementInput,
      withPatch({ rightsStatus: "long_term_use", rightsUseYears }),
    );
    expect(issues.map((i) => i.path)).toEqual(["input.rightsUseYears"]);
    expect(issues[0]?.message).toContain("measure 2");
  });

  it.each([
    [
      "a negative-list achievement the unit keeps",
      { negativeList: true, rightsStatus: "unit_retained" },
    ],
    ["ownership granted to the team", { rightsStatus: "team_ownership" }],
    ["a ten-year use right", { rightsStatus: "long_term_use", rightsUseYears: 10 }],
    ["a 30-year use right", { rightsStatus: "long_term_use", rightsUseYears: 30 }],
  ])("accepts %s", (_label, patch) => {
    expect(() => parseInput(ZCreateAchievementInput, withPatch(patch))).not.toThrow();
  });
});

describe("ZUpdateAchievementInput", () => {
  it.each([
    ["nothing", {}],
    ["just a new TRL", { trl: 7 }],
    ["just an English title", { titleEn: "New title" }],
    [
      "clearing both titles (checked when merged into the listing)",
      { titleZh: null, titleEn: null },
    ],
    [
      "a short use right (checked when merged into the listing)",
      { rightsStatus: "long_term_use", rightsUseYears: 3 },
    ],
  ])("accepts a patch with %s", (_label, patch) => {
    expect(() => parseInput(ZUpdateAchievementInput, patch)).not.toThrow();
  });

  it("keeps the given fields of a patch", () => {
    const patch = parseInput(ZUpdateAchievementInput, { trl: 8, price: { negotiable: true } });
    expect(patch.trl).toBe(8);
    expect(patch.price).toEqual({ currency: "CNY", negotiable: true });
  });

  it.each([
    ["TRL 12", { trl: 12 }, "input.trl"],
    ["a field outside the taxonomy", { field: "alchemy" }, "input.field"],
    ["an inverted price range", { price: { min: 5, max: 1 } }, "input.price.max"],
    ["an empty transfer-mode list", { transferModes: [] }, "input.transferModes"],
    ["an overlong Chinese title", { titleZh: "题".repeat(201) }, "input.titleZh"],
  ])("still refuses %s in a patch", (_label, patch, path) => {
    expect(pathsOf(ZUpdateAchievementInput, patch)).toEqual([path]);
  });
});

describe("achievementPolicyProblems", () => {
  it("sets the minimum long-term use right at ten years (measure 2)", () => {
    expect(MIN_LONG_TERM_USE_YEARS).toBe(10);
  });

  it.each<[string, RightsStatus, number | null, boolean]>([
    ["the unit keeps the rights", "unit_retained", null, false],
    ["the unit keeps a negative-list achievement", "unit_retained", null, true],
    ["ownership is granted to the team", "team_ownership", null, false],
    ["the team gets a ten-year use right", "long_term_use", 10, false],
    ["the team gets a 25-year use right", "long_term_use", 25, false],
  ])("finds no problem when %s", (_label, rightsStatus, rightsUseYears, negativeList) => {
    expect(achievementPolicyProblems({ rightsStatus, rightsUseYears, negativeList })).toEqual([]);
  });

  it.each<[RightsStatus, number | null]>([
    ["team_ownership", null],
    ["long_term_use", 15],
  ])(
    "refuses granting a negative-list achievement to the team as %s, citing measure 2",
    (rightsStatus, years) => {
      expect(
        achievementPolicyProblems({ rightsStatus, rightsUseYears: years, negativeList: true }),
      ).toEqual([
        {
          path: "rightsStatus",
          message: "an achievement on the negative list cannot be granted to the team (measure 2)",
          measure: 2,
        },
      ]);
    },
  );

  it.each([null, 0, 1, 9])(
    "refuses a long-term use right of %s years, citing measure 2",
    (years) => {
      expect(
        achievementPolicyProblems({
          rightsStatus: "long_term_use",
          rightsUseYears: years,
          negativeList: false,
        }),
      ).toEqual([
        {
          path: "rightsUseYears",
          message: "a long-term use right runs at least 10 years (measure 2)",
          measure: 2,
        },
      ]);
    },
  );

  it("reports both problems of a short use right on a negative-list achievement", () => {
    const problems = achievementPolicyProblems({
      rightsStatus: "long_term_use",
      rightsUseYears: 5,
      negativeList: true,
    });
    expect(problems.map((p) => p.path)).toEqual(["rightsStatus", "rightsUseYears"]);
    expect(problems.every((p) => p.measure === 2)).toBe(true);
  });

  it("ignores the use-right length unless a long-term use right is granted", () => {
    expect(
      achievementPolicyProblems({
        rightsStatus: "team_ownership",
        rightsUseYears: 2,
        negativeList: false,
      }),
    ).toEqual([]);
  });
});
