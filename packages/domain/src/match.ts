import { z } from "zod";
import { zOptionalText } from "./listing-common";

/** Which party gave feedback on a match. */
export const MATCH_SIDES = ["enterprise", "institute", "broker"] as const;
export type MatchSide = (typeof MATCH_SIDES)[number];

/** What a party did with a suggested match. */
export const MATCH_ACTIONS = ["viewed", "contacted", "dismissed"] as const;
export type MatchAction = (typeof MATCH_ACTIONS)[number];

/** Coded reasons for dismissing a match; OTHER needs a text. */
export const MATCH_DISMISS_REASONS = [
  "TOO_EARLY_TRL_TOO_LOW",
  "BENEFIT_UNCLEAR",
  "COMMERCIAL_ROUTE_UNCLEAR",
  "IP_NOT_AVAILABLE",
  "PRICE_OR_TERMS",
  "NOT_OUR_FIELD",
  "OTHER",
] as const;
export type MatchDismissReason = (typeof MATCH_DISMISS_REASONS)[number];

export const ZMarkMatchInput = z
  .object({
    matchId: z.uuid("is not a valid id"),
    action: z.enum(MATCH_ACTIONS),
    reason: z.enum(MATCH_DISMISS_REASONS).nullish(),
    reasonText: zOptionalText(2000),
  })
  .superRefine((d, ctx) => {
    if (d.action === "dismissed" && !d.reason) {
      ctx.addIssue({
        code: "custom",
        path: ["reason"],
        message: "a dismissal needs a coded reason",
      });
    }
    if (d.action !== "dismissed" && d.reason) {
      ctx.addIssue({
        code: "custom",
        path: ["reason"],
        message: "only a dismissal takes a reason",
      });
    }
    if (d.reason === "OTHER" && !d.reasonText) {
      ctx.addIssue({
        code: "custom",
        path: ["reasonText"],
        message: "explain the reason when it is OTHER",
      });
    }
  });
export type TMarkMatchInput = z.infer<typeof ZMarkMatchInput>;
