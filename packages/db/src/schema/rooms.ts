import { DEAL_STATUSES, OFFER_STATUSES } from "@openttc/domain/lifecycle";
import {
  PERSISTED_ROOM_EVENT_KINDS,
  ROOM_ORIGINS,
  ROOM_SIDES,
  ROOM_STATUSES,
} from "@openttc/domain/offer/room";
import {
  bigserial,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { organizations, users } from "./accounts";
import { achievements, answers, demands } from "./listings";
import { matches } from "./matches";

export const roomOrigin = pgEnum("room_origin", ROOM_ORIGINS);
export const roomStatus = pgEnum("room_status", ROOM_STATUSES);
export const roomSide = pgEnum("room_side", ROOM_SIDES);
export const roomEventKind = pgEnum("room_event_kind", PERSISTED_ROOM_EVENT_KINDS);
export const offerStatus = pgEnum("offer_status", OFFER_STATUSES);
export const dealStatus = pgEnum("deal_status", DEAL_STATUSES);

// The two party organizations live on the room; every member of either takes part.
export const rooms = pgTable(
  "rooms",
  {
    id: uuid().primaryKey().defaultRandom(),
    origin: roomOrigin().notNull(),
    // One room per origin and pair of parties, so opening it again finds the same room.
    originKey: text().notNull(),
    matchId: uuid().references(() => matches.id, { onDelete: "set null" }),
    answerId: uuid().references(() => answers.id),
    achievementId: uuid().references(() => achievements.id),
    demandId: uuid().references(() => demands.id),
    buyerOrgId: uuid()
      .notNull()
      .references(() => organizations.id),
    sellerOrgId: uuid()
      .notNull()
      .references(() => organizations.id),
    status: roomStatus().notNull().default("open"),
    // The last sequence number handed out; bumped under the row lock, so commits follow seq order.
    lastSeq: integer().notNull().default(0),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastEventAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("rooms_origin_key").on(t.originKey),
    index("rooms_buyer_idx").on(t.buyerOrgId, t.lastEventAt),
    index("rooms_seller_idx").on(t.sellerOrgId, t.lastEventAt),
  ],
);

// Users taking part in their own right rather than through a party organization: the brokers.
export const roomParticipants = pgTable(
  "room_participants",
  {
    roomId: uuid()
      .notNull()
      .references(() => rooms.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    side: roomSide().notNull(),
    addedBy: uuid().references(() => users.id),
    addedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.roomId, t.userId] }),
    index("room_participants_user_idx").on(t.userId),
  ],
);

export const offers = pgTable(
  "offers",
  {
    id: uuid().primaryKey().defaultRandom(),
    roomId: uuid()
      .notNull()
      .references(() => rooms.id, { onDelete: "cascade" }),
    // 1, 2, 3 … within the room: the offer history's version.
    number: integer().notNull(),
    // The offer this one counters.
    parentId: uuid(),
    proposedBy: uuid()
      .notNull()
      .references(() => users.id),
    proposerSide: roomSide().notNull(),
    status: offerStatus().notNull().default("proposed"),
    terms: jsonb().$type<Record<string, unknown>>().notNull(),
    note: text(),
    buyerAcceptedBy: uuid().references(() => users.id),
    buyerAcceptedAt: timestamp({ withTimezone: true }),
    sellerAcceptedBy: uuid().references(() => users.id),
    sellerAcceptedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("offers_room_number_key").on(t.roomId, t.number)],
);

export const deals = pgTable(
  "deals",
  {
    id: uuid().primaryKey().defaultRandom(),
    roomId: uuid()
      .notNull()
      .references(() => rooms.id),
    offerId: uuid()
      .notNull()
      .references(() => offers.id),
    buyerOrgId: uuid()
      .notNull()
      .references(() => organizations.id),
    sellerOrgId: uuid()
      .notNull()
      .references(() => organizations.id),
    achievementId: uuid().references(() => achievements.id),
    mode: text().notNull(),
    terms: jsonb().$type<Record<string, unknown>>().notNull(),
    status: dealStatus().notNull().default("agreed"),
    // 技术合同认定登记 number, filled in when the contract is registered.
    registrationNumber: text(),
    agreedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("deals_room_key").on(t.roomId),
    uniqueIndex("deals_offer_key").on(t.offerId),
    index("deals_buyer_idx").on(t.buyerOrgId),
    index("deals_seller_idx").on(t.sellerOrgId),
  ],
);

// The room log: append-only, one row per persisted event, numbered per room without gaps
// except where a transaction rolled back.
export const roomEvents = pgTable(
  "room_events",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    roomId: uuid()
      .notNull()
      .references(() => rooms.id, { onDelete: "cascade" }),
    seq: integer().notNull(),
    kind: roomEventKind().notNull(),
    actorId: uuid().references(() => users.id),
    // The sender's idempotency key; unique per room so a retried send is stored once.
    clientId: text(),
    body: text(),
    offerId: uuid().references(() => offers.id),
    dealId: uuid().references(() => deals.id),
    payload: jsonb().$type<Record<string, unknown>>(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("room_events_seq_key").on(t.roomId, t.seq),
    uniqueIndex("room_events_client_key").on(t.roomId, t.clientId),
  ],
);

export const roomReadMarkers = pgTable(
  "room_read_markers",
  {
    roomId: uuid()
      .notNull()
      .references(() => rooms.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    lastReadSeq: integer().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.roomId, t.userId] })],
);
