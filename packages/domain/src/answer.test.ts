import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  criteriaProblems,
  overallScore,
  REJECTION_REASONS,
  SCORE_MAX,
  SCORE_MIN,
  ZDecideAnswerInput,
  ZEvaluateAnswerInput,
  ZSubmitAnswerInput,
} from "./answer";
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

const DEMAND_ID = "3f2b8c1e-9d4a-4c2b-8e1f-2a3b4c5d6e7f";
const ANSWER_ID = "6b1d3f5a-2c4e-4a8b-9d0f-1e2a3b4c5d6e";
const ACHIEVEMENT_ID = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

const milestone = { title: "小试验证", dueOn: "2025-12-31", deliverable: "小试报告" };

const validSubmission = {
  demandId: DEMAND_ID,
  approach: "采用热泵回收烘焙余热，并优化温控曲线。",
  milestones: [milestone],
  quote: { amount: 450_000 },
};

const withPatch = (patch: Record<string, unknown>) => ({ ...validSubmission, ...patch });

describe("ZSubmitAnswerInput", () => {
  it("accepts an answer and defaults the quote to yuan with no linked achievements or team", () => {
    expect(parseInput(ZSubmitAnswerInput, validSubmission)).toEqual({
      ...validSubmission,
      quote: { amount: 450_000, currency: "CNY" },
      achievementIds: [],
      team: [],
    });
  });

  it("keeps linked achievements, a team and milestones without dates", () => {
    const parsed = parseInput(
      ZSubmitAnswerInput,
      withPatch({
        achievementIds: [ACHIEVEMENT_ID],
        team: [{ name: "赵六", role: "项目负责人" }],
        milestones: [{ title: "中试" }],
        quote: { amount: 0, currency: "USD" },
      }),
    );
    expect(parsed.achievementIds).toEqual([ACHIEVEMENT_ID]);
    expect(parsed.team).toEqual([{ name: "赵六", role: "项目负责人" }]);
    expect(parsed.milestones).toEqual([{ title: "中试", dueOn: null, deliverable: null }]);
    expect(parsed.quote).toEqual({ amount: 0, currency: "USD" });
  });

  it.each([
    ["a demand id that is not a UUID", { demandId: "42" }, "input.demandId"],
    ["no demand id", { demandId: undefined }, "input.demandId"],
    ["an empty approach", { approach: " " }, "input.approach"],
    ["an approach over 20000 characters", { approach: "a".repeat(20001) }, "input.approach"],
    ["no milestone", { milestones: [] }, "input.milestones"],
    [
      "31 milestones",
      { milestones: Array.from({ length: 31 }, () => milestone) },
      "input.milestones",
    ],
    [
      "a milestone without a title",
      { milestones: [{ dueOn: "2025-12-31" }] },
      "input.milestones.0.title",
    ],
    [
      "a milestone due 'next week'",
      { milestones: [{ ...milestone, dueOn: "next week" }] },
      "input.milestones.0.dueOn",
    ],
    [
      "an overlong deliverable",
      { milestones: [{ ...milestone, deliverable: "d".repeat(501) }] },
      "input.milestones.0.deliverable",
    ],
    ["no quote", { quote: undefined }, "input.quote"],
    ["a negative quote", { quote: { amount: -1 } }, "input.quote.amount"],
    ["a quote over 10^12", { quote: { amount: 1e13 } }, "input.quote.amount"],
    ["a quote written as text", { quote: { amount: "450000" } }, "input.quote.amount"],
    [
      "a quote in an unknown currency",
      { quote: { amount: 1, currency: "GBP" } },
      "input.quote.currency",
    ],
    [
      "21 linked achievements",
      { achievementIds: Array.from({ length: 21 }, () => ACHIEVEMENT_ID) },
      "input.achievementIds",
    ],
    [
      "a linked achievement id that is not a UUID",
      { achievementIds: [ACHIEVEMENT_ID, "abc"] },
      "input.achievementIds.1",
    ],
    ["a team member without a name", { team: [{ name: "" }] }, "input.team.0.name"],
    [
      "51 team members",
      { team: Array.from({ length: 51 }, (_, i) => ({ name: `m${i}` })) },
      "input.team",
    ],
  ])("refuses %s", (_label, patch, path) => {
    expect(pathsOf(ZSubmitAnswerInput, withPatch(patch))).toEqual([path]);
  });

  it("says an id is not valid in words", () => {
    expect(issuesOf(ZSubmitAnswerInput, withPatch({ demandId: "42" }))).toEqual([
      { path: "input.demandId", message: "is not a valid id" },
    ]);
  });
});

const validEvaluation = {
  answerId: ANSWER_ID,
  scores: [
    { criterion: "feasibility", score: 4 },
    { criterion: "cost", score: 3 },
  ],
  comment: "方案可行，成本偏高。",
};

describe("ZEvaluateAnswerInput", () => {
  it("accepts an evaluation", () => {
    expect(parseInput(ZEvaluateAnswerInput, validEvaluation)).toEqual(validEvaluation);
  });

  it("scores from 1 to 5", () => {
    expect([SCORE_MIN, SCORE_MAX]).toEqual([1, 5]);
  });

  it.each([SCORE_MIN, SCORE_MAX])("accepts a score of %i", (score) => {
    expect(() =>
      parseInput(ZEvaluateAnswerInput, {
        ...validEvaluation,
        scores: [{ criterion: "cost", score }],
      }),
    ).not.toThrow();
  });

  it.each([
    ["a score of 0", [{ criterion: "cost", score: 0 }], "must be between 1 and 5"],
    ["a score of 6", [{ criterion: "cost", score: 6 }], "must be between 1 and 5"],
    ["a score of 3.5", [{ criterion: "cost", score: 3.5 }], "must be a whole number"],
  ])("refuses %s", (_label, scores, message) => {
    expect(issuesOf(ZEvaluateAnswerInput, { ...validEvaluation, scores })).toEqual([
      { path: "input.scores.0.score", message },
    ]);
  });

  it.each([
    ["an answer id that is not a UUID", { answerId: "answer-1" }, "input.answerId"],
    ["no scores", { scores: [] }, "input.scores"],
    [
      "a score without a criterion",
      { scores: [{ criterion: " ", score: 3 }] },
      "input.scores.0.criterion",
    ],
    [
      "an overlong criterion",
      { scores: [{ criterion: "c".repeat(61), score: 3 }] },
      "input.scores.0.criterion",
    ],
    [
      "a score written as text",
      { scores: [{ criterion: "cost", score: "4" }] },
      "input.scores.0.score",
    ],
    ["no comment", { comment: "" }, "input.comment"],
    ["a comment over 4000 characters", { comment: "c".repeat(4001) }, "input.comment"],
  ])("refuses %s", (_label, patch, path) => {
    expect(pathsOf(ZEvaluateAnswerInput, { ...validEvaluation, ...patch })).toEqual([path]);
  });
});

describe("ZDecideAnswerInput", () => {
  it.each([
    ["shortlists without a reason", { decision: "shortlist" }],
    ["awards without a reason", { decision: "award" }],
    ["rejects with a coded reason", { decision: "reject", reason: "price_too_high" }],
    [
      "rejects as 'other' with feedback",
      { decision: "reject", reason: "other", feedback: "已与其他单位合作" },
    ],
  ])("%s", (_label, patch) => {
    expect(() => parseInput(ZDecideAnswerInput, { answerId: ANSWER_ID, ...patch })).not.toThrow();
  });

  it("turns blank feedback into null", () => {
    expect(
      parseInput(ZDecideAnswerInput, { answerId: ANSWER_ID, decision: "award", feedback: "  " })
        .feedback,
    ).toBeNull();
  });

  it("knows every coded rejection reason, including 'other'", () => {
    expect(REJECTION_REASONS).toContain("other");
    for (const reason of REJECTION_REASONS) {
      const feedback = reason === "other" ? "explained" : undefined;
      expect(() =>
        parseInput(ZDecideAnswerInput, {
          answerId: ANSWER_ID,
          decision: "reject",
          reason,
          feedback,
        }),
      ).not.toThrow();
    }
  });

  it.each([
    ["a rejection without a reason", { decision: "reject" }],
    ["a rejection with a null reason", { decision: "reject", reason: null }],
  ])("refuses %s", (_label, patch) => {
    expect(issuesOf(ZDecideAnswerInput, { answerId: ANSWER_ID, ...patch })).toEqual([
      { path: "input.reason", message: "a rejection needs a coded reason" },
    ]);
  });

  it.each([
    ["no feedback", {}],
    ["blank feedback", { feedback: "   " }],
  ])("refuses the reason 'other' with %s", (_label, patch) => {
    expect(
      issuesOf(ZDecideAnswerInput, {
        answerId: ANSWER_ID,
        decision: "reject",
        reason: "other",
        ...patch,
      }),
    ).toEqual([{ path: "input.feedback", message: "explain the reason when it is 'other'" }]);
  });

  it.each([
    ["an unknown decision", { decision: "maybe" }, "input.decision"],
    ["no decision", {}, "input.decision"],
    ["an unknown reason", { decision: "reject", reason: "rude" }, "input.reason"],
    [
      "feedback over 4000 characters",
      { decision: "award", feedback: "f".repeat(4001) },
      "input.feedback",
    ],
    ["an answer id that is not a UUID", { decision: "award", answerId: "x" }, "input.answerId"],
  ])("refuses %s", (_label, patch, path) => {
    expect(pathsOf(ZDecideAnswerInput, { answerId: ANSWER_ID, ...patch })).toEqual([path]);
  });
});

describe("criteriaProblems", () => {
  const criteria = ["technical_merit", "feasibility", "cost", "team", "timeline"];

  it("accepts an evaluation that scores every criterion once, in any order", () => {
    expect(
      criteriaProblems(criteria, ["timeline", "team", "cost", "feasibility", "technical_merit"]),
    ).toBeNull();
  });

  it("names a scored criterion the exam paper does not have", () => {
    expect(criteriaProblems(criteria, [...criteria, "speed"])).toBe(
      '"speed" is not a criterion of this exam paper',
    );
  });

  it("names a criterion scored twice", () => {
    expect(criteriaProblems(criteria, ["cost", ...criteria])).toBe('"cost" is scored twice');
  });

  it("lists the criteria left unscored", () => {
    expect(criteriaProblems(criteria, ["technical_merit", "feasibility", "cost"])).toBe(
      "missing scores for: team, timeline",
    );
  });

  it("compares criteria exactly, case included", () => {
    expect(criteriaProblems(["Cost"], ["cost"])).toBe(
      '"cost" is not a criterion of this exam paper',
    );
  });
});

describe("overallScore", () => {
  it.each([
    [[4, 5, 3], 4],
    [[5], 5],
    [[1, 2], 1.5],
    [[1, 1, 1, 5], 2],
  ])("averages %j to %d", (scores, expected) => {
    expect(overallScore(scores.map((score) => ({ score })))).toBe(expected);
  });

  it("is 0 when nothing was scored", () => {
    expect(overallScore([])).toBe(0);
  });
});
