import { z } from "zod";
import { CURRENCIES, zOptionalText, zText } from "./listing-common";

export const REJECTION_REASONS = [
  "not_relevant",
  "trl_too_low",
  "indicators_not_met",
  "price_too_high",
  "timeline_too_long",
  "team_capacity",
  "ip_unclear",
  "better_alternative",
  "other",
] as const;
/** Coded reason for rejecting an answer; "other" needs a comment. */
export type RejectionReason = (typeof REJECTION_REASONS)[number];

/** Scores run from 1 (poor) to 5 (excellent) on each criterion. */
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;

export const ZMilestone = z.object({
  title: zText(200),
  dueOn: z.iso
    .date("must be a date written YYYY-MM-DD")
    .nullish()
    .transform((v) => v ?? null),
  deliverable: zOptionalText(500),
});

export const ZSubmitAnswerInput = z.object({
  demandId: z.uuid("is not a valid id"),
  approach: zText(20000),
  milestones: z
    .array(ZMilestone)
    .min(1, "give at least one milestone")
    .max(30, "must have at most 30 milestones"),
  quote: z.object({
    amount: z.number().nonnegative("must not be negative").max(1e12, "is too large"),
    currency: z.enum(CURRENCIES).default("CNY"),
  }),
  achievementIds: z
    .array(z.uuid("is not a valid id"))
    .max(20, "must link at most 20 achievements")
    .default([]),
  team: z
    .array(z.object({ name: zText(80), role: zOptionalText(80) }))
    .max(50)
    .default([]),
});
export type TSubmitAnswerInput = z.infer<typeof ZSubmitAnswerInput>;

export const ZEvaluateAnswerInput = z.object({
  answerId: z.uuid("is not a valid id"),
  scores: z
    .array(
      z.object({
        criterion: zText(60),
        score: z
          .number()
          .int("must be a whole number")
          .min(SCORE_MIN, `must be between ${SCORE_MIN} and ${SCORE_MAX}`)
          .max(SCORE_MAX, `must be between ${SCORE_MIN} and ${SCORE_MAX}`),
      }),
    )
    .min(1, "score at least one criterion"),
  comment: zText(4000),
});
export type TEvaluateAnswerInput = z.infer<typeof ZEvaluateAnswerInput>;

export const ZDecideAnswerInput = z
  .object({
    answerId: z.uuid("is not a valid id"),
    decision: z.enum(["shortlist", "award", "reject"]),
    reason: z.enum(REJECTION_REASONS).nullish(),
    feedback: zOptionalText(4000),
  })
  .superRefine((d, ctx) => {
    if (d.decision === "reject" && !d.reason) {
      ctx.addIssue({
        code: "custom",
        path: ["reason"],
        message: "a rejection needs a coded reason",
      });
    }
    if (d.reason === "other" && !d.feedback) {
      ctx.addIssue({
        code: "custom",
        path: ["feedback"],
        message: "explain the reason when it is 'other'",
      });
    }
  });
export type TDecideAnswerInput = z.infer<typeof ZDecideAnswerInput>;

/** Checks that an evaluation scores exactly the exam paper's criteria, each once. */
export function criteriaProblems(
  criteria: readonly string[],
  scored: readonly string[],
): string | null {
  const seen = new Set<string>();
  for (const c of scored) {
    if (!criteria.includes(c)) return `"${c}" is not a criterion of this exam paper`;
    if (seen.has(c)) return `"${c}" is scored twice`;
    seen.add(c);
  }
  const missing = criteria.filter((c) => !seen.has(c));
  return missing.length ? `missing scores for: ${missing.join(", ")}` : null;
}

/** The overall score of an evaluation: the mean of its criterion scores. */
export function overallScore(scores: readonly { score: number }[]): number {
  if (scores.length === 0) return 0;
  return scores.reduce((sum, s) => sum + s.score, 0) / scores.length;
}
