import { describe, expect, it } from "vitest";
import { AppError } from "./errors";
import {
  ACHIEVEMENT_LIFECYCLE,
  ACHIEVEMENT_STATUSES,
  ANSWER_LIFECYCLE,
  ANSWER_STATUSES,
  allowedActions,
  DEAL_LIFECYCLE,
  DEAL_STATUSES,
  DEMAND_LIFECYCLE,
  DEMAND_STATUSES,
  EVENT_LIFECYCLE,
  EVENT_STATUSES,
  type Lifecycle,
  MATCH_LIFECYCLE,
  MATCH_STATUSES,
  OFFER_LIFECYCLE,
  OFFER_STATUSES,
  transition,
} from "./lifecycle";

/** A legal move written out by hand: from a state, an action leads to a state. */
type Move = readonly [from: string, action: string, to: string];

interface LifecycleSpec {
  name: string;
  lifecycle: Lifecycle<string, string>;
  statuses: readonly string[];
  /** Every legal move; any other (status, action) pair must be refused. */
  legal: readonly Move[];
}

const SPECS: LifecycleSpec[] = [
  {
    name: "achievement",
    lifecycle: ACHIEVEMENT_LIFECYCLE,
    statuses: ACHIEVEMENT_STATUSES,
    legal: [
      ["draft", "submit", "pending_review"],
      ["rejected", "submit", "pending_review"],
      ["pending_review", "approve", "published"],
      ["pending_review", "reject", "rejected"],
      ["published", "startNegotiation", "in_negotiation"],
      ["in_negotiation", "endNegotiation", "published"],
      ["published", "transact", "transacted"],
      ["in_negotiation", "transact", "transacted"],
      ["draft", "withdraw", "withdrawn"],
      ["pending_review", "withdraw", "withdrawn"],
      ["rejected", "withdraw", "withdrawn"],
      ["published", "withdraw", "withdrawn"],
      ["in_negotiation", "withdraw", "withdrawn"],
      ["withdrawn", "reopen", "draft"],
    ],
  },
  {
    name: "exam paper",
    lifecycle: DEMAND_LIFECYCLE,
    statuses: DEMAND_STATUSES,
    legal: [
      ["draft", "open", "open"],
      ["open", "startEvaluation", "evaluating"],
      ["open", "award", "awarded"],
      ["evaluating", "award", "awarded"],
      ["open", "close", "closed"],
      ["evaluating", "close", "closed"],
      ["draft", "cancel", "cancelled"],
      ["open", "cancel", "cancelled"],
      ["evaluating", "cancel", "cancelled"],
    ],
  },
  {
    name: "answer",
    lifecycle: ANSWER_LIFECYCLE,
    statuses: ANSWER_STATUSES,
    legal: [
      ["submitted", "shortlist", "shortlisted"],
      ["submitted", "award", "awarded"],
      ["shortlisted", "award", "awarded"],
      ["submitted", "reject", "rejected"],
      ["shortlisted", "reject", "rejected"],
    ],
  },
  {
    name: "match",
    lifecycle: MATCH_LIFECYCLE,
    statuses: MATCH_STATUSES,
    legal: [
      ["suggested", "view", "viewed"],
      ["suggested", "contact", "contacted"],
      ["viewed", "contact", "contacted"],
      ["suggested", "dismiss", "dismissed"],
      ["viewed", "dismiss", "dismissed"],
      ["contacted", "dismiss", "dismissed"],
      ["suggested", "negotiate", "negotiating"],
      ["viewed", "negotiate", "negotiating"],
      ["contacted", "negotiate", "negotiating"],
      ["negotiating", "close", "deal"],
    ],
  },
  {
    name: "offer",
    lifecycle: OFFER_LIFECYCLE,
    statuses: OFFER_STATUSES,
    legal: [
      ["proposed", "counter", "countered"],
      ["proposed", "accept", "accepted"],
      ["proposed", "withdraw", "withdrawn"],
    ],
  },
  {
    name: "deal",
    lifecycle: DEAL_LIFECYCLE,
    statuses: DEAL_STATUSES,
    legal: [
      ["agreed", "register", "registered"],
      ["registered", "publishNotice", "in_notice"],
      ["in_notice", "takeEffect", "effective"],
      ["agreed", "terminate", "terminated"],
      ["registered", "terminate", "terminated"],
      ["in_notice", "terminate", "terminated"],
      ["effective", "terminate", "terminated"],
    ],
  },
  {
    name: "event",
    lifecycle: EVENT_LIFECYCLE,
    statuses: EVENT_STATUSES,
    legal: [
      ["draft", "publish", "published"],
      ["published", "closeRegistration", "registration_closed"],
      ["published", "start", "running"],
      ["registration_closed", "start", "running"],
      ["running", "finish", "finished"],
      ["draft", "cancel", "cancelled"],
      ["published", "cancel", "cancelled"],
      ["registration_closed", "cancel", "cancelled"],
    ],
  },
];

function conflictOf(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected a CONFLICT");
}

const sorted = (xs: Iterable<string>) => [...xs].sort();

describe.each(SPECS)("$name lifecycle", ({ name, lifecycle, statuses, legal }) => {
  const actions = sorted(new Set(legal.map(([, action]) => action)));
  const pairs = statuses.flatMap((status) =>
    actions.map((action) => ({
      status,
      action,
      to: legal.find(([from, a]) => from === status && a === action)?.[2] ?? null,
    })),
  );
  const legalPairs = pairs.filter((p) => p.to !== null);
  const illegalPairs = pairs.filter((p) => p.to === null);

  it("defines exactly the expected actions", () => {
    expect(sorted(Object.keys(lifecycle))).toEqual(actions);
  });

  it("only moves between its own statuses", () => {
    for (const rule of Object.values(lifecycle)) {
      expect(statuses).toContain(rule.to);
      for (const from of rule.from) expect(statuses).toContain(from);
    }
  });

  it.each(legalPairs)(
    `lets $action move the ${name} from $status to $to`,
    ({ status, action, to }) => {
      expect(transition(name, lifecycle, status, action)).toBe(to);
    },
  );

  it.each(illegalPairs)(
    `refuses to $action the ${name} while it is $status, with a CONFLICT naming both`,
    ({ status, action }) => {
      const error = conflictOf(() => transition(name, lifecycle, status, action));
      expect(error.code).toBe("CONFLICT");
      expect(error.message).toContain(`cannot ${action} `);
      expect(error.message).toContain(`${name} that is ${status};`);
      const allowedFrom = error.message.split("allowed from: ")[1]?.split(", ") ?? [];
      expect(sorted(allowedFrom)).toEqual(
        sorted(legal.filter(([, a]) => a === action).map(([from]) => from)),
      );
    },
  );

  it.each(statuses.map((status) => ({ status })))(
    "allows from $status exactly the legal actions",
    ({ status }) => {
      expect(sorted(allowedActions(lifecycle, status))).toEqual(
        sorted(legal.filter(([from]) => from === status).map(([, action]) => action)),
      );
    },
  );
});

describe("transition", () => {
  it("explains a refusal with the action, the current state and the states it is allowed from", () => {
    const error = conflictOf(() =>
      transition("achievement", ACHIEVEMENT_LIFECYCLE, "draft", "approve"),
    );
    expect(error.message).toMatch(
      /^cannot approve an? achievement that is draft; allowed from: pending_review$/,
    );
  });

  it("refuses an action the lifecycle does not define, saying it is allowed from nowhere", () => {
    const error = conflictOf(() =>
      transition("deal", DEAL_LIFECYCLE, "agreed", "renegotiate" as never),
    );
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toContain("cannot renegotiate");
    expect(error.message).toContain("allowed from: none");
  });

  it("leaves terminal states with no way out", () => {
    expect(allowedActions(ACHIEVEMENT_LIFECYCLE, "transacted")).toEqual([]);
    expect(allowedActions(DEMAND_LIFECYCLE, "awarded")).toEqual([]);
    expect(allowedActions(ANSWER_LIFECYCLE, "rejected")).toEqual([]);
    expect(allowedActions(MATCH_LIFECYCLE, "deal")).toEqual([]);
    expect(allowedActions(OFFER_LIFECYCLE, "accepted")).toEqual([]);
    expect(allowedActions(DEAL_LIFECYCLE, "terminated")).toEqual([]);
    expect(allowedActions(EVENT_LIFECYCLE, "finished")).toEqual([]);
  });
});
