import { MATCH_ACTIONS, MATCH_DISMISS_REASONS, MATCH_SIDES } from "@openttc/domain/match";
import { sql } from "drizzle-orm";
import {
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { organizations, users } from "./accounts";
import { achievements, demands } from "./listings";

export const matchSide = pgEnum("match_side", MATCH_SIDES);
export const matchAction = pgEnum("match_action", MATCH_ACTIONS);
export const matchDismissReason = pgEnum("match_dismiss_reason", MATCH_DISMISS_REASONS);

/** Each component's value in [0, 1], keyed by component name. */
export type MatchComponentsRow = Record<string, number>;

/** The matcher's explanation as stored: contributions, matched terms of both sides, highlights and sentences per language. */
export type MatchExplanationRow = {
  components: { name: string; value: number; contribution: number }[];
  matchedTerms: { demand: string; achievement: string; via: string; weight: number }[];
  highlights: {
    demand: { field: string; start: number; end: number; text: string }[];
    achievement: { field: string; start: number; end: number; text: string }[];
  };
  sentences: Record<string, string[]>;
};

// A demand's current top matches; rows are replaced as the listings change and removed when a
// listing leaves the public, so only feedback keeps history.
export const matches = pgTable(
  "matches",
  {
    id: uuid().primaryKey().defaultRandom(),
    demandId: uuid()
      .notNull()
      .references(() => demands.id, { onDelete: "cascade" }),
    achievementId: uuid()
      .notNull()
      .references(() => achievements.id, { onDelete: "cascade" }),
    score: doublePrecision().notNull(),
    components: jsonb().$type<MatchComponentsRow>().notNull(),
    explanation: jsonb().$type<MatchExplanationRow>().notNull(),
    // 0 = the matcher's built-in default weights.
    weightsVersion: integer().notNull(),
    computedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("matches_pair_key").on(t.demandId, t.achievementId),
    index("matches_demand_score_idx").on(t.demandId, t.score.desc(), t.id),
    index("matches_achievement_score_idx").on(t.achievementId, t.score.desc(), t.id),
    index("matches_score_idx").on(t.score.desc(), t.id),
  ],
);

// Feedback outlives the match row (a recompute may drop the pair), so it names the pair itself
// and keeps the component values the match had when the user acted: the weights are learnt from them.
export const matchFeedback = pgTable(
  "match_feedback",
  {
    id: uuid().primaryKey().defaultRandom(),
    matchId: uuid().references(() => matches.id, { onDelete: "set null" }),
    demandId: uuid()
      .notNull()
      .references(() => demands.id, { onDelete: "cascade" }),
    achievementId: uuid()
      .notNull()
      .references(() => achievements.id, { onDelete: "cascade" }),
    side: matchSide().notNull(),
    orgId: uuid().references(() => organizations.id),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    action: matchAction().notNull(),
    reason: matchDismissReason(),
    reasonText: text(),
    components: jsonb().$type<MatchComponentsRow>().notNull(),
    score: doublePrecision().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One row per user, pair and action: repeating an action updates it.
    uniqueIndex("match_feedback_user_action_key").on(
      t.demandId,
      t.achievementId,
      t.userId,
      t.action,
    ),
    index("match_feedback_match_idx").on(t.matchId),
    index("match_feedback_pair_idx").on(t.demandId, t.achievementId, t.action),
  ],
);

// Weight versions fitted from feedback; the active one scores every match.
export const matcherWeights = pgTable(
  "matcher_weights",
  {
    version: serial().primaryKey(),
    weights: jsonb().$type<Record<string, unknown>>().notNull(),
    fittedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    positiveSamples: integer().notNull(),
    negativeSamples: integer().notNull(),
    active: boolean().notNull().default(false),
  },
  (t) => [uniqueIndex("matcher_weights_active_key").on(t.active).where(sql`${t.active}`)],
);
