import type { DbOrTx } from "@openttc/db/client";
import {
  achievements,
  answers,
  brokerProfiles,
  deals,
  demands,
  matches,
  offers,
  organizations,
  roomEvents,
  roomParticipants,
  roomReadMarkers,
  rooms,
  users,
} from "@openttc/db/schema";
import type { RightsStatus } from "@openttc/domain/achievement";
import type {
  AchievementStatus,
  DealStatus,
  DemandStatus,
  OfferStatus,
} from "@openttc/domain/lifecycle";
import type { TransferMode } from "@openttc/domain/listing-common";
import type {
  PersistedRoomEventKind,
  RoomOrigin,
  RoomSide,
  RoomStatus,
} from "@openttc/domain/offer/room";
import { type TOfferTerms, ZOfferTerms } from "@openttc/domain/offer/terms";
import type { OrgKind } from "@openttc/domain/organization";
import { and, asc, count, desc, eq, gt, inArray, lt, ne, or, type SQL, sql } from "drizzle-orm";
import { afterCursorDesc } from "../../shared/sql";

type RoomRow = typeof rooms.$inferSelect;
type OfferRow = typeof offers.$inferSelect;
type DealRow = typeof deals.$inferSelect;
type EventRow = typeof roomEvents.$inferSelect;

function toRoomDto(row: RoomRow) {
  return {
    id: row.id,
    origin: row.origin as RoomOrigin,
    matchId: row.matchId,
    answerId: row.answerId,
    achievementId: row.achievementId,
    demandId: row.demandId,
    buyerOrgId: row.buyerOrgId,
    sellerOrgId: row.sellerOrgId,
    status: row.status as RoomStatus,
    lastSeq: row.lastSeq,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    lastEventAt: row.lastEventAt,
  };
}
/** A negotiation room as services see it. */
export type RoomDto = ReturnType<typeof toRoomDto>;

function toOfferDto(row: OfferRow) {
  return {
    id: row.id,
    roomId: row.roomId,
    number: row.number,
    parentId: row.parentId,
    proposedBy: row.proposedBy,
    proposerSide: row.proposerSide as RoomSide,
    status: row.status as OfferStatus,
    // jsonb keeps its own key order; parsing restores the schema's order for diffs and display.
    terms: ZOfferTerms.parse(row.terms),
    note: row.note,
    buyerAcceptedBy: row.buyerAcceptedBy,
    buyerAcceptedAt: row.buyerAcceptedAt,
    sellerAcceptedBy: row.sellerAcceptedBy,
    sellerAcceptedAt: row.sellerAcceptedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
/** A structured offer as services see it. */
export type OfferDto = ReturnType<typeof toOfferDto>;

function toDealDto(row: DealRow) {
  return {
    id: row.id,
    roomId: row.roomId,
    offerId: row.offerId,
    buyerOrgId: row.buyerOrgId,
    sellerOrgId: row.sellerOrgId,
    achievementId: row.achievementId,
    mode: row.mode as TransferMode,
    // jsonb keeps its own key order; parsing restores the schema's order for diffs and display.
    terms: ZOfferTerms.parse(row.terms),
    status: row.status as DealStatus,
    registrationNumber: row.registrationNumber,
    agreedAt: row.agreedAt,
  };
}
/** An agreed deal as services see it. */
export type DealDto = ReturnType<typeof toDealDto>;

function toEventDto(row: EventRow) {
  return {
    roomId: row.roomId,
    seq: row.seq,
    kind: row.kind as PersistedRoomEventKind,
    actorId: row.actorId,
    clientId: row.clientId,
    body: row.body,
    offerId: row.offerId,
    dealId: row.dealId,
    payload: row.payload ?? null,
    createdAt: row.createdAt,
  };
}
/** One committed event of a room's log. */
export type StoredRoomEvent = ReturnType<typeof toEventDto>;

function uniqueViolation(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    if ((e as { code?: unknown }).code === "23505") return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/** What the room rules need to know about an achievement. */
export interface AchievementTerms {
  id: string;
  ownerOrgId: string;
  status: AchievementStatus;
  transferModes: TransferMode[];
  rightsStatus: RightsStatus;
  rightsUseYears: number | null;
  negativeList: boolean;
  publiclyFunded: boolean;
  version: number;
}

/** Data access for rooms, their event log, offers, deals and read markers. */
export function makeRoomsRepository(db: DbOrTx) {
  const achievementTerms = {
    id: achievements.id,
    ownerOrgId: achievements.ownerOrgId,
    status: achievements.status,
    transferModes: achievements.transferModes,
    rightsStatus: achievements.rightsStatus,
    rightsUseYears: achievements.rightsUseYears,
    negativeList: achievements.negativeList,
    publiclyFunded: achievements.publiclyFunded,
    version: achievements.version,
  };

  function visibleTo(orgIds: readonly string[], userId: string): SQL {
    const viaBroker = sql`exists (select 1 from ${roomParticipants} where ${roomParticipants.roomId} = ${rooms.id} and ${roomParticipants.userId} = ${userId})`;
    if (orgIds.length === 0) return viaBroker;
    return or(
      inArray(rooms.buyerOrgId, [...orgIds]),
      inArray(rooms.sellerOrgId, [...orgIds]),
      viaBroker,
    ) as SQL;
  }

  return {
    async findRoom(id: string) {
      const [row] = await db.select().from(rooms).where(eq(rooms.id, id));
      return row ? toRoomDto(row) : null;
    },
    /** Reads and locks the room: every write to a room serialises on this lock, so seqs commit in order. */
    async findRoomForUpdate(id: string) {
      const [row] = await db.select().from(rooms).where(eq(rooms.id, id)).for("update");
      return row ? toRoomDto(row) : null;
    },
    async findRoomsMany(ids: readonly string[]) {
      if (ids.length === 0) return [];
      const rows = await db
        .select()
        .from(rooms)
        .where(inArray(rooms.id, [...ids]));
      return rows.map(toRoomDto);
    },
    /** Inserts the room unless one with the same origin key exists; returns null then. */
    async insertRoom(values: {
      origin: RoomOrigin;
      originKey: string;
      matchId: string | null;
      answerId: string | null;
      achievementId: string | null;
      demandId: string | null;
      buyerOrgId: string;
      sellerOrgId: string;
      createdBy: string;
      now: Date;
    }) {
      const { now, ...rest } = values;
      const [row] = await db
        .insert(rooms)
        .values({ ...rest, createdAt: now, lastEventAt: now })
        .onConflictDoNothing({ target: rooms.originKey })
        .returning();
      return row ? toRoomDto(row) : null;
    },
    async findRoomIdByOriginKey(originKey: string) {
      const [row] = await db
        .select({ id: rooms.id })
        .from(rooms)
        .where(eq(rooms.originKey, originKey));
      return row?.id ?? null;
    },
    async setRoomStatus(id: string, status: RoomStatus) {
      await db.update(rooms).set({ status }).where(eq(rooms.id, id));
    },
    /** The rooms a user takes part in (all rooms for `everyone`), most recently active first. */
    async listRooms(
      audience: { everyone: boolean; orgIds: readonly string[]; userId: string },
      limit: number,
      after: [string, string] | null,
    ) {
      const where = audience.everyone ? undefined : visibleTo(audience.orgIds, audience.userId);
      const total = await db.$count(rooms, where);
      const rows = await db
        .select()
        .from(rooms)
        .where(and(where, after ? afterCursorDesc(rooms.lastEventAt, rooms.id, after) : undefined))
        .orderBy(desc(rooms.lastEventAt), desc(rooms.id))
        .limit(limit);
      return { rows: rows.map(toRoomDto), total };
    },
    /** Events after the user's read marker that others posted, per room. */
    async unreadCounts(roomIds: readonly string[], userId: string) {
      if (roomIds.length === 0) return new Map<string, number>();
      const rows = await db
        .select({ roomId: roomEvents.roomId, unread: count() })
        .from(roomEvents)
        .leftJoin(
          roomReadMarkers,
          and(eq(roomReadMarkers.roomId, roomEvents.roomId), eq(roomReadMarkers.userId, userId)),
        )
        .where(
          and(
            inArray(roomEvents.roomId, [...roomIds]),
            gt(roomEvents.seq, sql`coalesce(${roomReadMarkers.lastReadSeq}, 0)`),
            or(ne(roomEvents.actorId, userId), sql`${roomEvents.actorId} is null`),
          ),
        )
        .groupBy(roomEvents.roomId);
      return new Map(rows.map((r) => [r.roomId, r.unread]));
    },
    /** Unread events over every room the user takes part in. */
    async totalUnread(orgIds: readonly string[], userId: string): Promise<number> {
      const [row] = await db
        .select({ unread: count() })
        .from(roomEvents)
        .innerJoin(rooms, eq(rooms.id, roomEvents.roomId))
        .leftJoin(
          roomReadMarkers,
          and(eq(roomReadMarkers.roomId, roomEvents.roomId), eq(roomReadMarkers.userId, userId)),
        )
        .where(
          and(
            visibleTo(orgIds, userId),
            gt(roomEvents.seq, sql`coalesce(${roomReadMarkers.lastReadSeq}, 0)`),
            sql`${roomEvents.actorId} is distinct from ${userId}`,
          ),
        );
      return row?.unread ?? 0;
    },
    async isBrokerOf(roomId: string, userId: string) {
      const [row] = await db
        .select({ userId: roomParticipants.userId })
        .from(roomParticipants)
        .where(and(eq(roomParticipants.roomId, roomId), eq(roomParticipants.userId, userId)));
      return !!row;
    },
    async brokersOf(roomIds: readonly string[]) {
      if (roomIds.length === 0) return [];
      return db
        .select({ roomId: roomParticipants.roomId, userId: roomParticipants.userId })
        .from(roomParticipants)
        .where(inArray(roomParticipants.roomId, [...roomIds]))
        .orderBy(asc(roomParticipants.addedAt));
    },
    async addBroker(roomId: string, userId: string, addedBy: string, now: Date) {
      const rows = await db
        .insert(roomParticipants)
        .values({ roomId, userId, side: "broker", addedBy, addedAt: now })
        .onConflictDoNothing()
        .returning();
      return rows.length > 0;
    },
    async hasBrokerProfile(userId: string) {
      const [row] = await db
        .select({ userId: brokerProfiles.userId })
        .from(brokerProfiles)
        .where(eq(brokerProfiles.userId, userId));
      return !!row;
    },
    /** Hands out the room's next sequence number; call with the room locked. */
    async nextSeq(roomId: string, now: Date): Promise<number> {
      const [row] = await db
        .update(rooms)
        .set({ lastSeq: sql`${rooms.lastSeq} + 1`, lastEventAt: now })
        .where(eq(rooms.id, roomId))
        .returning({ seq: rooms.lastSeq });
      if (!row) throw new Error(`room ${roomId} vanished`);
      return row.seq;
    },
    async insertEvent(values: {
      roomId: string;
      seq: number;
      kind: PersistedRoomEventKind;
      actorId: string | null;
      clientId?: string | null;
      body?: string | null;
      offerId?: string | null;
      dealId?: string | null;
      payload?: Record<string, unknown> | null;
      createdAt: Date;
    }) {
      const [row] = await db.insert(roomEvents).values(values).returning();
      if (!row) throw new Error("insert returned no row");
      return toEventDto(row);
    },
    /**
     * Appends a message in one statement unless the room already holds the sender's clientId:
     * the UPDATE takes the room's row lock and its next seq, the INSERT follows from it, and the
     * statement commits on its own, so seqs still commit in order with no transaction round trips.
     * Returns the stored event and whether this call wrote it.
     */
    async appendMessage(values: {
      roomId: string;
      clientId: string;
      actorId: string;
      body: string;
      now: Date;
    }): Promise<{ event: StoredRoomEvent; fresh: boolean }> {
      const { roomId, clientId, actorId, body, now } = values;
      // Parameters of a raw statement carry no types: send the instant as ISO text and cast.
      const at = now.toISOString();
      let result: unknown;
      try {
        result = await db.execute(sql`
          with existing as (
            select * from ${roomEvents}
            where ${roomEvents.roomId} = ${roomId} and ${roomEvents.clientId} = ${clientId}
          ), bumped as (
            update ${rooms} set last_seq = last_seq + 1, last_event_at = ${at}::timestamptz
            where id = ${roomId} and not exists (select 1 from existing)
            returning last_seq
          ), inserted as (
            insert into ${roomEvents} (room_id, seq, kind, actor_id, client_id, body, created_at)
            select ${roomId}::uuid, last_seq, 'message'::room_event_kind, ${actorId}::uuid,
              ${clientId}::text, ${body}::text, ${at}::timestamptz
            from bumped
            returning *
          )
          select true as fresh, * from inserted union all select false as fresh, * from existing`);
      } catch (error) {
        // Two sends with one clientId at the same instant: the later one hits the unique index.
        if (uniqueViolation(error)) {
          const existing = await this.findEventByClientId(roomId, clientId);
          if (existing) return { event: existing, fresh: false };
        }
        throw error;
      }
      const rows = (
        Array.isArray(result) ? result : (result as { rows: unknown[] }).rows
      ) as Record<string, unknown>[];
      const row = rows[0];
      if (!row) throw new Error(`room ${roomId} vanished`);
      return {
        fresh: row.fresh === true,
        event: toEventDto({
          id: Number(row.id),
          roomId: row.room_id as string,
          seq: Number(row.seq),
          kind: row.kind as EventRow["kind"],
          actorId: (row.actor_id as string | null) ?? null,
          clientId: (row.client_id as string | null) ?? null,
          body: (row.body as string | null) ?? null,
          offerId: (row.offer_id as string | null) ?? null,
          dealId: (row.deal_id as string | null) ?? null,
          payload: (row.payload as Record<string, unknown> | null) ?? null,
          createdAt: new Date(row.created_at as string | Date),
        }),
      };
    },
    async findEventByClientId(roomId: string, clientId: string) {
      const [row] = await db
        .select()
        .from(roomEvents)
        .where(and(eq(roomEvents.roomId, roomId), eq(roomEvents.clientId, clientId)));
      return row ? toEventDto(row) : null;
    },
    /** Up to `limit` events after `afterSeq` (and before `beforeSeq`), oldest first. */
    async eventsAfter(roomId: string, afterSeq: number, limit: number, beforeSeq?: number) {
      const rows = await db
        .select()
        .from(roomEvents)
        .where(
          and(
            eq(roomEvents.roomId, roomId),
            gt(roomEvents.seq, afterSeq),
            beforeSeq === undefined ? undefined : lt(roomEvents.seq, beforeSeq),
          ),
        )
        .orderBy(asc(roomEvents.seq))
        .limit(limit);
      return rows.map(toEventDto);
    },
    /** The events at the given (room, seq) pairs, in one query: each room's latest for a list. */
    async eventsAt(pairs: readonly { roomId: string; seq: number }[]) {
      if (pairs.length === 0) return [];
      const rows = await db
        .select()
        .from(roomEvents)
        .where(
          or(...pairs.map((p) => and(eq(roomEvents.roomId, p.roomId), eq(roomEvents.seq, p.seq)))),
        );
      return rows.map(toEventDto);
    },
    /** The `limit` events before `beforeSeq`, oldest first: a page further back in the history. */
    async eventsBefore(roomId: string, beforeSeq: number, limit: number) {
      const rows = await db
        .select()
        .from(roomEvents)
        .where(and(eq(roomEvents.roomId, roomId), lt(roomEvents.seq, beforeSeq)))
        .orderBy(desc(roomEvents.seq))
        .limit(limit);
      return rows.map(toEventDto).reverse();
    },
    async insertOffer(values: {
      roomId: string;
      number: number;
      parentId: string | null;
      proposedBy: string;
      proposerSide: RoomSide;
      terms: TOfferTerms;
      note: string | null;
      buyerAcceptedBy: string | null;
      buyerAcceptedAt: Date | null;
      sellerAcceptedBy: string | null;
      sellerAcceptedAt: Date | null;
      now: Date;
    }) {
      const { now, terms, ...rest } = values;
      const [row] = await db
        .insert(offers)
        .values({
          ...rest,
          terms: terms as unknown as Record<string, unknown>,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      if (!row) throw new Error("insert returned no row");
      return toOfferDto(row);
    },
    async updateOffer(
      id: string,
      values: Partial<
        Pick<
          OfferRow,
          "status" | "buyerAcceptedBy" | "buyerAcceptedAt" | "sellerAcceptedBy" | "sellerAcceptedAt"
        >
      >,
      now: Date,
    ) {
      const [row] = await db
        .update(offers)
        .set({ ...values, updatedAt: now })
        .where(eq(offers.id, id))
        .returning();
      if (!row) throw new Error(`offer ${id} vanished`);
      return toOfferDto(row);
    },
    async findOffer(id: string) {
      const [row] = await db.select().from(offers).where(eq(offers.id, id));
      return row ? toOfferDto(row) : null;
    },
    async findOffersMany(ids: readonly string[]) {
      if (ids.length === 0) return [];
      const rows = await db
        .select()
        .from(offers)
        .where(inArray(offers.id, [...ids]));
      return rows.map(toOfferDto);
    },
    async listOffers(roomId: string) {
      const rows = await db
        .select()
        .from(offers)
        .where(eq(offers.roomId, roomId))
        .orderBy(asc(offers.number));
      return rows.map(toOfferDto);
    },
    async findOpenOffer(roomId: string) {
      const [row] = await db
        .select()
        .from(offers)
        .where(and(eq(offers.roomId, roomId), eq(offers.status, "proposed")));
      return row ? toOfferDto(row) : null;
    },
    async countOffers(roomId: string) {
      return db.$count(offers, eq(offers.roomId, roomId));
    },
    async insertDeal(values: {
      roomId: string;
      offerId: string;
      buyerOrgId: string;
      sellerOrgId: string;
      achievementId: string | null;
      mode: TransferMode;
      terms: TOfferTerms;
      agreedAt: Date;
    }) {
      const [row] = await db
        .insert(deals)
        .values({ ...values, terms: values.terms as unknown as Record<string, unknown> })
        .returning();
      if (!row) throw new Error("insert returned no row");
      return toDealDto(row);
    },
    async findDealOfRoom(roomId: string) {
      const [row] = await db.select().from(deals).where(eq(deals.roomId, roomId));
      return row ? toDealDto(row) : null;
    },
    async findDeal(id: string) {
      const [row] = await db.select().from(deals).where(eq(deals.id, id));
      return row ? toDealDto(row) : null;
    },
    /** Moves the user's read marker forward, never back; returns the marker now stored. */
    async markRead(roomId: string, userId: string, seq: number, now: Date) {
      const [row] = await db
        .insert(roomReadMarkers)
        .values({ roomId, userId, lastReadSeq: seq, updatedAt: now })
        .onConflictDoUpdate({
          target: [roomReadMarkers.roomId, roomReadMarkers.userId],
          set: {
            lastReadSeq: sql`greatest(${roomReadMarkers.lastReadSeq}, excluded.last_read_seq)`,
            updatedAt: now,
          },
        })
        .returning();
      if (!row) throw new Error("upsert returned no row");
      return { userId: row.userId, lastReadSeq: row.lastReadSeq, updatedAt: row.updatedAt };
    },
    async readMarkers(roomId: string) {
      return db
        .select({
          userId: roomReadMarkers.userId,
          lastReadSeq: roomReadMarkers.lastReadSeq,
          updatedAt: roomReadMarkers.updatedAt,
        })
        .from(roomReadMarkers)
        .where(eq(roomReadMarkers.roomId, roomId))
        .orderBy(asc(roomReadMarkers.userId));
    },
    async userNames(ids: readonly string[]) {
      if (ids.length === 0) return [];
      return db
        .select({ id: users.id, displayName: users.displayName })
        .from(users)
        .where(inArray(users.id, [...ids]));
    },
    async orgKind(id: string): Promise<OrgKind | null> {
      const [row] = await db
        .select({ kind: organizations.kind })
        .from(organizations)
        .where(eq(organizations.id, id));
      return (row?.kind as OrgKind | undefined) ?? null;
    },
    // Origins: the rows a room is opened from, read in the room's transaction.
    async findMatchPair(id: string) {
      const [row] = await db
        .select({
          demandId: matches.demandId,
          achievementId: matches.achievementId,
          buyerOrgId: demands.ownerOrgId,
          sellerOrgId: achievements.ownerOrgId,
        })
        .from(matches)
        .innerJoin(demands, eq(demands.id, matches.demandId))
        .innerJoin(achievements, eq(achievements.id, matches.achievementId))
        .where(eq(matches.id, id));
      return row ?? null;
    },
    async findAnswerParties(id: string) {
      const [row] = await db
        .select({
          demandId: answers.demandId,
          sellerOrgId: answers.orgId,
          buyerOrgId: demands.ownerOrgId,
          achievementIds: answers.achievementIds,
        })
        .from(answers)
        .innerJoin(demands, eq(demands.id, answers.demandId))
        .where(eq(answers.id, id));
      return row ?? null;
    },
    async findDemandOwner(id: string) {
      const [row] = await db
        .select({ ownerOrgId: demands.ownerOrgId, status: demands.status })
        .from(demands)
        .where(eq(demands.id, id));
      return row ? { ownerOrgId: row.ownerOrgId, status: row.status as DemandStatus } : null;
    },
    async findAchievementTerms(id: string): Promise<AchievementTerms | null> {
      const [row] = await db
        .select(achievementTerms)
        .from(achievements)
        .where(eq(achievements.id, id));
      return row
        ? {
            ...row,
            status: row.status as AchievementStatus,
            transferModes: row.transferModes as TransferMode[],
            rightsStatus: row.rightsStatus as RightsStatus,
          }
        : null;
    },
  };
}
export type RoomsRepository = ReturnType<typeof makeRoomsRepository>;
