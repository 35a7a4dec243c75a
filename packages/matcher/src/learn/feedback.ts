import type { ComponentVector } from "../score/components";
import type { LabelledPair } from "./fit-weights";

/** Why a user dismissed a suggested match (the codes the API offers). */
export type DismissReason =
  | "not_relevant"
  | "wrong_field"
  | "immature"
  | "too_expensive"
  | "wrong_mode"
  | "too_far"
  | "other";

/** Something a user did with a match, with the component values the match had when shown. */
export type FeedbackEvent =
  | { kind: "dismissed"; reason: DismissReason; values: ComponentVector }
  | { kind: "contacted"; values: ComponentVector }
  | { kind: "negotiating"; values: ComponentVector }
  | { kind: "deal"; values: ComponentVector }
  /** An enterprise's evaluation of an answer built on the achievement, overall score 1–5. */
  | { kind: "answer_evaluated"; overall: number; values: ComponentVector };

// A dismissal for topic (not relevant, wrong field) says the pair was bad; one for a term the
// user could not accept (price, mode, maturity, distance) says less about the match itself.
const DISMISSAL_WEIGHT: Record<DismissReason, number> = {
  not_relevant: 1,
  wrong_field: 1,
  immature: 0.5,
  too_expensive: 0.5,
  wrong_mode: 0.5,
  too_far: 0.5,
  other: 0.3,
};

/** Turns feedback events into labelled pairs: contacts, negotiations and deals positive (a deal counts double), dismissals negative by reason, evaluations by score (4–5 positive, 1–2 negative, 3 nothing). */
export function labelFeedback(events: readonly FeedbackEvent[]): LabelledPair[] {
  const out: LabelledPair[] = [];
  for (const e of events) {
    switch (e.kind) {
      case "dismissed":
        out.push({ values: e.values, label: 0, weight: DISMISSAL_WEIGHT[e.reason] });
        break;
      case "contacted":
        out.push({ values: e.values, label: 1, weight: 1 });
        break;
      case "negotiating":
        out.push({ values: e.values, label: 1, weight: 1.5 });
        break;
      case "deal":
        out.push({ values: e.values, label: 1, weight: 2 });
        break;
      case "answer_evaluated":
        if (e.overall >= 4) out.push({ values: e.values, label: 1, weight: 1 });
        else if (e.overall <= 2) out.push({ values: e.values, label: 0, weight: 1 });
        break;
    }
  }
  return out;
}
