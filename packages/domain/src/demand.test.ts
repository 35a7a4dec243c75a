import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { DEFAULT_CRITERIA, ZCreateDemandInput, ZUpdateDemandInput } from "./demand";
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

const indicator = { name: "能耗降低", target: "≥ 30", unit: "%" };

const validDemand = {
  titleZh: "咖啡豆低温烘焙节能工艺",
  summaryZh: "寻找可将咖啡烘焙能耗降低 30% 的工艺。",
  confidentialZh: "现有设备型号与能耗数据。",
  indicators: [indicator],
  field: "plateau_agriculture.tea_coffee",
  wantedModes: ["joint_development"],
  budget: { min: 300_000, max: 800_000 },
  deadline: "2025-09-30",
  responseDeadline: "2025-10-31",
  minTrl: 5,
};

const withPatch = (patch: Record<string, unknown>) => ({ ...validDemand, ...patch });
const without = (key: string) =>
  Object.fromEntries(Object.entries(validDemand).filter(([k]) => k !== key));

describe("ZCreateDemandInput", () => {
  it("accepts an exam paper and fills in the defaults, scoring on the default criteria", () => {
    expect(parseInput(ZCreateDemandInput, validDemand)).toEqual({
      ...validDemand,
      titleEn: null,
      summaryEn: null,
      confidentialEn: null,
      keywords: [],
      budget: { min: 300_000, max: 800_000, currency: "CNY", negotiable: false },
      criteria: [...DEFAULT_CRITERIA],
      visibility: "public",
      region: null,
    });
  });

  it("scores on technical merit, feasibility, cost, team and timeline by default", () => {
    expect([...DEFAULT_CRITERIA]).toEqual([
      "technical_merit",
      "feasibility",
      "cost",
      "team",
      "timeline",
    ]);
  });

  it("keeps the enterprise's own criteria, region and visibility", () => {
    const parsed = parseInput(
      ZCreateDemandInput,
      withPatch({
        criteria: ["能耗", "成本"],
        visibility: "private",
        region: { country: "CN", province: "云南" },
      }),
    );
    expect(parsed.criteria).toEqual(["能耗", "成本"]);
    expect(parsed.visibility).toBe("private");
    expect(parsed.region).toEqual({ country: "CN", province: "云南", city: "" });
  });

  it("accepts a response deadline on the answer deadline day", () => {
    expect(() =>
      parseInput(ZCreateDemandInput, withPatch({ responseDeadline: "2025-09-30" })),
    ).not.toThrow();
  });

  it("accepts an English-only exam paper", () => {
    const input = withPatch({
      titleZh: null,
      summaryZh: null,
      titleEn: "Low-energy roasting",
      summaryEn: "Cut energy 30%.",
    });
    expect(() => parseInput(ZCreateDemandInput, input)).not.toThrow();
  });

  it("drops a missing indicator unit to null and removes repeated cooperation modes", () => {
    const parsed = parseInput(
      ZCreateDemandInput,
      withPatch({
        indicators: [{ name: "良率", target: "99" }],
        wantedModes: ["transfer", "transfer"],
      }),
    );
    expect(parsed.indicators).toEqual([{ name: "良率", target: "99", unit: null }]);
    expect(parsed.wantedModes).toEqual(["transfer"]);
  });

  it("refuses a deadline not written YYYY-MM-DD", () => {
    expect(issuesOf(ZCreateDemandInput, withPatch({ deadline: "30/09/2025" }))).toContainEqual({
      path: "input.deadline",
      message: "must be a date written YYYY-MM-DD",
    });
  });

  it("refuses a response deadline before the answer deadline", () => {
    expect(issuesOf(ZCreateDemandInput, withPatch({ responseDeadline: "2025-09-29" }))).toEqual([
      { path: "input.responseDeadline", message: "must not be before the answer deadline" },
    ]);
  });

  it.each([
    [
      "no title in either language",
      { titleZh: undefined },
      "input.titleZh",
      "give title in Chinese or English",
    ],
    [
      "no summary in either language",
      { summaryZh: "  " },
      "input.summaryZh",
      "give summary in Chinese or English",
    ],
    [
      "no indicator",
      { indicators: [] },
      "input.indicators",
      "give at least one measurable indicator",
    ],
  ])("refuses %s", (_label, patch, path, message) => {
    expect(issuesOf(ZCreateDemandInput, withPatch(patch))).toEqual([{ path, message }]);
  });

  it.each([
    ["no indicators at all", without("indicators"), "input.indicators"],
    [
      "31 indicators",
      withPatch({ indicators: Array.from({ length: 31 }, () => indicator) }),
      "input.indicators",
    ],
    [
      "an indicator without a target",
      withPatch({ indicators: [{ name: "能耗" }] }),
      "input.indicators.0.target",
    ],
    [
      "an overlong indicator name",
      withPatch({ indicators: [{ ...indicator, name: "n".repeat(121) }] }),
      "input.indicators.0.name",
    ],
    [
      "an overlong indicator unit",
      withPatch({ indicators: [{ ...indicator, unit: "u".repeat(41) }] }),
      "input.indicators.0.unit",
    ],
    ["no field", without("field"), "input.field"],
    ["a field outside the taxonomy", withPatch({ field: "coffee" }), "input.field"],
    ["no cooperation mode", withPatch({ wantedModes: [] }), "input.wantedModes"],
    [
      "an unknown cooperation mode",
      withPatch({ wantedModes: ["joint_development", "gift"] }),
      "input.wantedModes.1",
    ],
    ["no budget", without("budget"), "input.budget"],
    [
      "a minimum budget above the maximum",
      withPatch({ budget: { min: 900_000, max: 800_000 } }),
      "input.budget.max",
    ],
    [
      "a budget with no amount that is not negotiable",
      withPatch({ budget: { currency: "CNY" } }),
      "input.budget.min",
    ],
    ["a budget over 10^12", withPatch({ budget: { max: 2e12 } }), "input.budget.max"],
    ["no deadline", without("deadline"), "input.deadline"],
    [
      "a deadline that is not a calendar day",
      withPatch({ deadline: "2025-02-30", responseDeadline: "2025-03-31" }),
      "input.deadline",
    ],
    ["no response deadline", without("responseDeadline"), "input.responseDeadline"],
    [
      "a response deadline with a time",
      withPatch({ responseDeadline: "2025-10-31T12:00:00Z" }),
      "input.responseDeadline",
    ],
    ["no minimum TRL", without("minTrl"), "input.minTrl"],
    ["minimum TRL 0", withPatch({ minTrl: 0 }), "input.minTrl"],
    ["minimum TRL 10", withPatch({ minTrl: 10 }), "input.minTrl"],
    ["a fractional minimum TRL", withPatch({ minTrl: 2.5 }), "input.minTrl"],
    ["no criteria", withPatch({ criteria: [] }), "input.criteria"],
    [
      "11 criteria",
      withPatch({ criteria: Array.from({ length: 11 }, (_, i) => `c${i}`) }),
      "input.criteria",
    ],
    ["an overlong criterion", withPatch({ criteria: ["c".repeat(61)] }), "input.criteria.0"],
    ["a 201-character Chinese title", withPatch({ titleZh: "题".repeat(201) }), "input.titleZh"],
    [
      "a 4001-character English summary",
      withPatch({ summaryEn: "s".repeat(4001) }),
      "input.summaryEn",
    ],
    [
      "20001 characters of Chinese confidential details",
      withPatch({ confidentialZh: "密".repeat(20001) }),
      "input.confidentialZh",
    ],
    [
      "40001 characters of English confidential details",
      withPatch({ confidentialEn: "c".repeat(40001) }),
      "input.confidentialEn",
    ],
    [
      "21 keywords",
      withPatch({ keywords: Array.from({ length: 21 }, (_, i) => `k${i}`) }),
      "input.keywords",
    ],
    ["an unknown visibility", withPatch({ visibility: "invited" }), "input.visibility"],
    [
      "a region with a bad country code",
      withPatch({ region: { country: "Yunnan" } }),
      "input.region.country",
    ],
  ])("refuses %s", (_label, input, path) => {
    expect(pathsOf(ZCreateDemandInput, input)).toEqual([path]);
  });
});

describe("ZUpdateDemandInput", () => {
  it.each([
    ["nothing", {}],
    ["just a new minimum TRL", { minTrl: 4 }],
    [
      "deadlines checked against each other only once merged",
      { deadline: "2025-12-01", responseDeadline: "2025-11-01" },
    ],
  ])("accepts a patch with %s", (_label, patch) => {
    expect(() => parseInput(ZUpdateDemandInput, patch)).not.toThrow();
  });

  it.each([
    ["minimum TRL 0", { minTrl: 0 }, "input.minTrl"],
    ["a malformed deadline", { deadline: "soon" }, "input.deadline"],
    ["an empty indicator list", { indicators: [] }, "input.indicators"],
    ["an inverted budget", { budget: { min: 2, max: 1 } }, "input.budget.max"],
  ])("still refuses %s in a patch", (_label, patch, path) => {
    expect(pathsOf(ZUpdateDemandInput, patch)).toEqual([path]);
  });
});
