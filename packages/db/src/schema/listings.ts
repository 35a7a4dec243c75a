import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { organizations, users } from "./accounts";
import {
  achievementStatus,
  answerStatus,
  demandAccessKind,
  demandStatus,
  ipKind,
  ipStatus,
  rejectionReason,
  rightsStatus,
  visibility,
} from "./enums";

export type TeamMemberRow = { name: string; title: string | null; role: string | null };
export type IndicatorRow = { name: string; target: string; unit: string | null };
export type MilestoneRow = { title: string; dueOn: string | null; deliverable: string | null };
export type ScoreRow = { criterion: string; score: number };

const listingTimestamps = {
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  // Freshness: a listing leaves public results when its verification lapses.
  lastVerifiedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  remindedAt: timestamp({ withTimezone: true }),
  publishedAt: timestamp({ withTimezone: true }),
  // Bumped on every write; search documents and caches are versioned by it.
  version: integer().notNull().default(1),
};

export const achievements = pgTable(
  "achievements",
  {
    id: uuid().primaryKey().defaultRandom(),
    ownerOrgId: uuid()
      .notNull()
      .references(() => organizations.id),
    createdBy: uuid().references(() => users.id),
    titleZh: text(),
    titleEn: text(),
    summaryZh: text(),
    summaryEn: text(),
    descriptionZh: text(),
    descriptionEn: text(),
    field: text().notNull(),
    keywords: text().array().notNull().default(sql`'{}'::text[]`),
    trl: integer().notNull(),
    team: jsonb().$type<TeamMemberRow[]>().notNull().default([]),
    transferModes: text().array().notNull(),
    priceMin: doublePrecision(),
    priceMax: doublePrecision(),
    priceCurrency: text().notNull().default("CNY"),
    priceNegotiable: boolean().notNull().default(false),
    publiclyFunded: boolean().notNull().default(false),
    rightsStatus: rightsStatus().notNull().default("unit_retained"),
    rightsUseYears: integer(),
    negativeList: boolean().notNull().default(false),
    visibility: visibility().notNull().default("public"),
    country: text().notNull().default("CN"),
    province: text().notNull().default(""),
    city: text().notNull().default(""),
    status: achievementStatus().notNull().default("draft"),
    reviewNote: text(),
    ...listingTimestamps,
  },
  (t) => [
    index("achievements_public_idx").on(t.status, t.publishedAt, t.id),
    index("achievements_owner_idx").on(t.ownerOrgId, t.updatedAt),
    index("achievements_field_idx").on(t.field),
  ],
);

export const ipAssets = pgTable(
  "ip_assets",
  {
    id: uuid().primaryKey().defaultRandom(),
    achievementId: uuid()
      .notNull()
      .references(() => achievements.id, { onDelete: "cascade" }),
    position: integer().notNull(),
    number: text().notNull(),
    kind: ipKind().notNull(),
    status: ipStatus().notNull(),
    title: text(),
    expiresOn: date({ mode: "string" }),
  },
  (t) => [
    index("ip_assets_achievement_idx").on(t.achievementId, t.position),
    index("ip_assets_number_idx").on(t.number),
  ],
);

export const demands = pgTable(
  "demands",
  {
    id: uuid().primaryKey().defaultRandom(),
    ownerOrgId: uuid()
      .notNull()
      .references(() => organizations.id),
    createdBy: uuid().references(() => users.id),
    titleZh: text(),
    titleEn: text(),
    summaryZh: text(),
    summaryEn: text(),
    confidentialZh: text(),
    confidentialEn: text(),
    indicators: jsonb().$type<IndicatorRow[]>().notNull().default([]),
    field: text().notNull(),
    keywords: text().array().notNull().default(sql`'{}'::text[]`),
    wantedModes: text().array().notNull(),
    budgetMin: doublePrecision(),
    budgetMax: doublePrecision(),
    budgetCurrency: text().notNull().default("CNY"),
    budgetNegotiable: boolean().notNull().default(false),
    deadline: date({ mode: "string" }).notNull(),
    responseDeadline: date({ mode: "string" }).notNull(),
    minTrl: integer().notNull(),
    criteria: text().array().notNull(),
    visibility: visibility().notNull().default("public"),
    country: text().notNull().default("CN"),
    province: text().notNull().default(""),
    city: text().notNull().default(""),
    status: demandStatus().notNull().default("draft"),
    ...listingTimestamps,
  },
  (t) => [
    index("demands_public_idx").on(t.status, t.publishedAt, t.id),
    index("demands_owner_idx").on(t.ownerOrgId, t.updatedAt),
  ],
);

export const demandAccess = pgTable(
  "demand_access",
  {
    demandId: uuid()
      .notNull()
      .references(() => demands.id, { onDelete: "cascade" }),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    kind: demandAccessKind().notNull(),
    grantedBy: uuid()
      .notNull()
      .references(() => users.id),
    // The NDA acceptance (or invitation) timestamp is the legal record.
    grantedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.demandId, t.orgId] }),
    index("demand_access_org_idx").on(t.orgId),
  ],
);

export const answers = pgTable(
  "answers",
  {
    id: uuid().primaryKey().defaultRandom(),
    demandId: uuid()
      .notNull()
      .references(() => demands.id),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    approach: text().notNull(),
    milestones: jsonb().$type<MilestoneRow[]>().notNull(),
    quoteAmount: doublePrecision().notNull(),
    quoteCurrency: text().notNull().default("CNY"),
    team: jsonb().$type<{ name: string; role: string | null }[]>().notNull().default([]),
    achievementIds: uuid().array().notNull().default(sql`'{}'::uuid[]`),
    status: answerStatus().notNull().default("submitted"),
    decisionReason: rejectionReason(),
    feedback: text(),
    decidedAt: timestamp({ withTimezone: true }),
    decidedBy: uuid().references(() => users.id),
    submittedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One answer per organization per exam paper; revisions happen in place.
    uniqueIndex("answers_demand_org_key").on(t.demandId, t.orgId),
    index("answers_org_idx").on(t.orgId, t.submittedAt),
  ],
);

export const evaluations = pgTable(
  "evaluations",
  {
    id: uuid().primaryKey().defaultRandom(),
    answerId: uuid()
      .notNull()
      .references(() => answers.id, { onDelete: "cascade" }),
    // Denormalised so an institution's reputation is one indexed query.
    answerOrgId: uuid()
      .notNull()
      .references(() => organizations.id),
    evaluatorId: uuid()
      .notNull()
      .references(() => users.id),
    scores: jsonb().$type<ScoreRow[]>().notNull(),
    overall: doublePrecision().notNull(),
    comment: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("evaluations_answer_key").on(t.answerId),
    index("evaluations_org_idx").on(t.answerOrgId, t.createdAt),
  ],
);
