import { randomUUID } from "node:crypto";
import { type Actor, hasPlatformRole, isMemberOf } from "@openttc/domain/access";
import { AppError, badInput, forbidden, notFound } from "@openttc/domain/errors";
import {
  ACHIEVEMENT_LIFECYCLE,
  type AchievementAction,
  allowedActions,
  OFFER_LIFECYCLE,
  transition,
} from "@openttc/domain/lifecycle";
import { diffOfferTerms } from "@openttc/domain/offer/diff";
import {
  blockingIssues,
  listingOutcome,
  type OfferContext,
  offerPolicyIssues,
} from "@openttc/domain/offer/policy";
import {
  type PersistedRoomEventKind,
  type RoomSide,
  ZClientId,
  ZMessageBody,
  ZOpenRoomInput,
} from "@openttc/domain/offer/room";
import { paymentSchedule, ZScheduleAssumptions } from "@openttc/domain/offer/schedule";
import { type TOfferTerms, ZOfferTerms } from "@openttc/domain/offer/terms";
import { parseInput } from "@openttc/domain/validation";
import { z } from "zod";
import { kunmingToday, requireActor } from "../../shared/guards";
import { decodeCursor, type PageArgs, toConnection } from "../../shared/pagination";
import type { Clock, Repositories, Store } from "../../store";
import type { AchievementsService } from "../achievements/achievements.service";
import type { DemandsService } from "../demands/demands.service";
import type { RoomBus, RoomBusMessage } from "./rooms.bus";
import type { PresenceStore } from "./rooms.presence";
import type { OfferDto, RoomDto, StoredRoomEvent } from "./rooms.repository";
import { streamRoomEvents } from "./rooms.stream";

const ZNote = z
  .string()
  .trim()
  .max(2000, "must be at most 2000 characters")
  .nullish()
  .transform((v) => v || null);
const ZSeq = z.number().int("must be a whole number").min(0, "must not be negative");
const MAX_EVENT_PAGE = 200;

const cursorOf = (r: RoomDto): [string, string] => [r.lastEventAt.toISOString(), r.id];

/** A room event as the API shows it: a committed one with its seq, or a live-only signal without. */
export type RoomEventDto = RoomBusMessage;

function toMessage(event: StoredRoomEvent): RoomBusMessage {
  return {
    roomId: event.roomId,
    seq: event.seq,
    kind: event.kind,
    actorId: event.actorId,
    clientId: event.clientId,
    body: event.body,
    offerId: event.offerId,
    dealId: event.dealId,
    payload: event.payload,
    at: event.createdAt.toISOString(),
  };
}

/**
 * Live negotiation rooms: who may read and post, the room log with its per-room sequence,
 * structured offers checked against the policy, and the deal both parties accept. Every event
 * is committed before it is published.
 */
export function makeRoomsService({
  store,
  clock,
  bus,
  presence,
  achievements,
  demands,
  onError,
}: {
  store: Store;
  clock: Clock;
  bus: RoomBus;
  presence: PresenceStore;
  achievements: AchievementsService;
  demands: DemandsService;
  onError?: (error: unknown) => void;
}) {
  const { repos } = store;

  type Parties = Pick<RoomDto, "id" | "buyerOrgId" | "sellerOrgId">;

  async function sideOf(from: Repositories, actor: Actor, room: Parties): Promise<RoomSide | null> {
    if (isMemberOf(actor, room.buyerOrgId)) return "buyer";
    if (isMemberOf(actor, room.sellerOrgId)) return "seller";
    if (await from.rooms.isBrokerOf(room.id, actor.userId)) return "broker";
    return null;
  }

  function notParticipant(a: Actor) {
    return forbidden(
      hasPlatformRole(a, "operator")
        ? "operators may read a room for audit but not write in it"
        : "only the room's participants may post in it",
    );
  }

  // A room's two parties never change, so the hottest writes (messages, typing) skip reading the
  // room; kept small because a cache miss costs one query.
  const partiesCache = new Map<string, Parties>();
  async function partiesOf(roomId: string): Promise<Parties> {
    const cached = partiesCache.get(roomId);
    if (cached) return cached;
    const room = await repos.rooms.findRoom(roomId);
    if (!room) throw notFound("room", roomId);
    if (partiesCache.size >= 10_000) partiesCache.clear();
    const parties = { id: room.id, buyerOrgId: room.buyerOrgId, sellerOrgId: room.sellerOrgId };
    partiesCache.set(roomId, parties);
    return parties;
  }

  /** A participant of the room (for writes that need nothing else of it), else FORBIDDEN. */
  async function requireParticipant(actor: Actor | null, roomId: string) {
    const a = requireActor(actor);
    const room = await partiesOf(roomId);
    if (!(await sideOf(repos, a, room))) {
      throw notParticipant(a);
    }
    return { actor: a, room };
  }

  /** Participants read; operators read every room for audit. */
  async function requireReader(actor: Actor | null, roomId: string, from: Repositories = repos) {
    const a = requireActor(actor);
    const room = await from.rooms.findRoom(roomId);
    if (!room) throw notFound("room", roomId);
    const side = await sideOf(from, a, room);
    if (!side && !hasPlatformRole(a, "operator")) {
      throw forbidden("only the room's participants may read it");
    }
    return { actor: a, room, side };
  }

  /** Only participants write; with `lock` the room row is locked so the room's writes serialise. */
  async function requireWriter(
    actor: Actor | null,
    roomId: string,
    from: Repositories,
    lock: boolean,
  ) {
    const a = requireActor(actor);
    const room = lock
      ? await from.rooms.findRoomForUpdate(roomId)
      : await from.rooms.findRoom(roomId);
    if (!room) throw notFound("room", roomId);
    const side = await sideOf(from, a, room);
    if (!side) {
      throw notParticipant(a);
    }
    return { actor: a, room, side };
  }

  async function append(
    tx: Repositories,
    roomId: string,
    now: Date,
    values: {
      kind: PersistedRoomEventKind;
      actorId: string | null;
      clientId?: string | null;
      body?: string | null;
      offerId?: string | null;
      dealId?: string | null;
      payload?: Record<string, unknown> | null;
    },
  ) {
    const seq = await tx.rooms.nextSeq(roomId, now);
    return tx.rooms.insertEvent({ roomId, seq, createdAt: now, ...values });
  }

  function publish(events: StoredRoomEvent[]) {
    for (const event of events) {
      try {
        bus.publish(toMessage(event));
      } catch (error) {
        onError?.(error);
      }
    }
  }

  function signal(
    roomId: string,
    kind: "presence" | "typing" | "read",
    actorId: string,
    payload: Record<string, unknown>,
  ) {
    try {
      bus.publish({
        roomId,
        seq: null,
        kind,
        actorId,
        clientId: null,
        body: null,
        offerId: null,
        dealId: null,
        payload,
        at: clock.now().toISOString(),
      });
    } catch (error) {
      onError?.(error);
    }
  }

  async function offerContext(from: Repositories, room: RoomDto, now: Date): Promise<OfferContext> {
    const sellerOrgKind = await from.rooms.orgKind(room.sellerOrgId);
    if (!sellerOrgKind) throw notFound("organization", room.sellerOrgId);
    const achievement = room.achievementId
      ? await from.rooms.findAchievementTerms(room.achievementId)
      : null;
    return { sellerOrgKind, achievement, startDate: kunmingToday(now) };
  }

  /** Parses terms and refuses policy errors, each with its field path under `terms`. */
  function checkTerms(input: unknown, context: OfferContext): TOfferTerms {
    const terms = parseInput(ZOfferTerms, input, "terms");
    const errors = blockingIssues(offerPolicyIssues(terms, context));
    if (errors.length > 0) {
      throw new AppError(
        "BAD_USER_INPUT",
        errors.map((e) => `terms.${e.path}: ${e.message}`).join("; "),
        errors.map((e) => ({ path: `terms.${e.path}`, message: e.message })),
      );
    }
    return terms;
  }

  async function transitionListing(
    tx: Repositories,
    actorId: string,
    achievementId: string | null,
    action: AchievementAction,
    now: Date,
  ) {
    if (!achievementId) return;
    const achievement = await tx.achievements.findForUpdate(achievementId);
    if (!achievement || !allowedActions(ACHIEVEMENT_LIFECYCLE, achievement.status).includes(action))
      return;
    const status = transition("achievement", ACHIEVEMENT_LIFECYCLE, achievement.status, action);
    const updated = await tx.achievements.update(achievementId, { status }, now);
    await tx.audit.append({
      actorId,
      orgId: achievement.ownerOrgId,
      entityType: "achievement",
      entityId: achievementId,
      action,
      before: { status: achievement.status },
      after: { status },
    });
    if (updated) await tx.outbox.announce("achievement", achievementId, updated.version);
  }

  function orgOfSide(room: RoomDto, side: RoomSide): string | null {
    if (side === "buyer") return room.buyerOrgId;
    if (side === "seller") return room.sellerOrgId;
    return null;
  }

  function acceptanceOf(side: RoomSide, userId: string, now: Date) {
    return {
      buyerAcceptedBy: side === "buyer" ? userId : null,
      buyerAcceptedAt: side === "buyer" ? now : null,
      sellerAcceptedBy: side === "seller" ? userId : null,
      sellerAcceptedAt: side === "seller" ? now : null,
    };
  }

  async function insertOffer(
    tx: Repositories,
    room: RoomDto,
    actor: Actor,
    side: RoomSide,
    terms: TOfferTerms,
    note: string | null,
    parent: OfferDto | null,
    clientId: string | null,
    now: Date,
  ) {
    const offer = await tx.rooms.insertOffer({
      roomId: room.id,
      number: (await tx.rooms.countOffers(room.id)) + 1,
      parentId: parent?.id ?? null,
      proposedBy: actor.userId,
      proposerSide: side,
      terms,
      note,
      ...acceptanceOf(side, actor.userId, now),
      now,
    });
    const event = await append(tx, room.id, now, {
      kind: parent ? "offer_countered" : "offer_proposed",
      actorId: actor.userId,
      clientId,
      offerId: offer.id,
      payload: parent ? { previousOfferId: parent.id } : null,
    });
    await tx.audit.append({
      actorId: actor.userId,
      orgId: orgOfSide(room, side),
      entityType: "offer",
      entityId: offer.id,
      action: parent ? "counter" : "propose",
      before: parent ? { offerId: parent.id, status: parent.status } : null,
      after: offer,
    });
    await transitionListing(tx, actor.userId, room.achievementId, "startNegotiation", now);
    return { offer, event };
  }

  async function replayedOffer(tx: Repositories, roomId: string, clientId: string | null) {
    if (!clientId) return null;
    const existing = await tx.rooms.findEventByClientId(roomId, clientId);
    if (!existing) return null;
    const offer = existing.offerId ? await tx.rooms.findOffer(existing.offerId) : null;
    if (!offer) throw badInput("clientId", "was already used for another event in this room");
    return offer;
  }

  function requireOpen(room: RoomDto) {
    if (room.status !== "open") {
      throw new AppError("CONFLICT", "the room has agreed a deal; no further offers");
    }
  }

  /**
   * The room's achievement must still be on the market. With `lock`, its row is locked (after
   * the room's), so two rooms accepting deals on one achievement at once serialise and the
   * second finds it transacted: an exclusive right is never sold twice.
   */
  async function requireListingAvailable(tx: Repositories, room: RoomDto, lock: boolean) {
    if (!room.achievementId) return;
    const achievement = lock
      ? await tx.achievements.findForUpdate(room.achievementId)
      : await tx.rooms.findAchievementTerms(room.achievementId);
    if (achievement && ["transacted", "withdrawn"].includes(achievement.status)) {
      throw new AppError(
        "CONFLICT",
        `the achievement is ${achievement.status}; it takes no offers`,
      );
    }
  }

  return {
    /** Opens (or finds) the room for a match, an answer or an inquiry; a broker who opens it joins it. */
    async open(actor: Actor | null, input: unknown) {
      const a = requireActor(actor);
      const parsed = parseInput(ZOpenRoomInput, input);
      const isBroker = await repos.rooms.hasBrokerProfile(a.userId);
      type Origin = {
        origin: "match" | "answer" | "inquiry";
        originKey: string;
        matchId: string | null;
        answerId: string | null;
        achievementId: string | null;
        demandId: string | null;
        buyerOrgId: string;
        sellerOrgId: string;
      };
      let origin: Origin;
      if (parsed.matchId) {
        const pair = await repos.rooms.findMatchPair(parsed.matchId);
        if (!pair) throw notFound("match", parsed.matchId);
        origin = {
          origin: "match",
          // Keyed by the pair: the matcher replaces match rows as listings change.
          originKey: `match:${pair.demandId}:${pair.achievementId}`,
          matchId: parsed.matchId,
          answerId: null,
          achievementId: pair.achievementId,
          demandId: pair.demandId,
          buyerOrgId: pair.buyerOrgId,
          sellerOrgId: pair.sellerOrgId,
        };
      } else if (parsed.answerId) {
        const answer = await repos.rooms.findAnswerParties(parsed.answerId);
        if (!answer) throw notFound("answer", parsed.answerId);
        origin = {
          origin: "answer",
          originKey: `answer:${parsed.answerId}`,
          matchId: null,
          answerId: parsed.answerId,
          achievementId: answer.achievementIds[0] ?? null,
          demandId: answer.demandId,
          buyerOrgId: answer.buyerOrgId,
          sellerOrgId: answer.sellerOrgId,
        };
      } else {
        const asOrgId = parsed.asOrgId as string;
        if (!isMemberOf(a, asOrgId)) {
          throw forbidden("only members of the asking organization may open an inquiry");
        }
        if (parsed.achievementId) {
          // Throws not-found unless the actor may see the listing.
          const listing = await achievements.get(a, parsed.achievementId);
          if (!["published", "in_negotiation"].includes(listing.status)) {
            throw new AppError("CONFLICT", "only a published achievement takes inquiries");
          }
          origin = {
            origin: "inquiry",
            originKey: `inquiry:achievement:${listing.id}:${asOrgId}`,
            matchId: null,
            answerId: null,
            achievementId: listing.id,
            demandId: null,
            buyerOrgId: asOrgId,
            sellerOrgId: listing.ownerOrgId,
          };
        } else {
          const demandId = parsed.demandId as string;
          const demand = await demands.get(a, demandId);
          if (!["open", "evaluating"].includes(demand.status)) {
            throw new AppError("CONFLICT", "only an open exam paper takes inquiries");
          }
          origin = {
            origin: "inquiry",
            originKey: `inquiry:demand:${demand.id}:${asOrgId}`,
            matchId: null,
            answerId: null,
            achievementId: null,
            demandId: demand.id,
            buyerOrgId: demand.ownerOrgId,
            sellerOrgId: asOrgId,
          };
        }
      }
      if (origin.buyerOrgId === origin.sellerOrgId) {
        throw new AppError("CONFLICT", "an organization cannot negotiate with itself");
      }
      const party = isMemberOf(a, origin.buyerOrgId) || isMemberOf(a, origin.sellerOrgId);
      if (!party && !isBroker) {
        throw forbidden("only members of the two organizations or a broker may open this room");
      }
      const now = clock.now();
      const { room, events } = await store.transaction(async (tx) => {
        const created = await tx.rooms.insertRoom({ ...origin, createdBy: a.userId, now });
        const events: StoredRoomEvent[] = [];
        let room: RoomDto;
        if (created) {
          room = created;
          events.push(
            await append(tx, room.id, now, {
              kind: "room_opened",
              actorId: a.userId,
              payload: { origin: origin.origin },
            }),
          );
          await tx.audit.append({
            actorId: a.userId,
            orgId: party
              ? isMemberOf(a, origin.buyerOrgId)
                ? origin.buyerOrgId
                : origin.sellerOrgId
              : null,
            entityType: "room",
            entityId: room.id,
            action: "open",
            before: null,
            after: room,
          });
        } else {
          const id = await tx.rooms.findRoomIdByOriginKey(origin.originKey);
          const found = id ? await tx.rooms.findRoomForUpdate(id) : null;
          if (!found) throw new Error(`room ${origin.originKey} vanished`);
          room = found;
        }
        if (!party && isBroker && (await tx.rooms.addBroker(room.id, a.userId, a.userId, now))) {
          events.push(
            await append(tx, room.id, now, {
              kind: "broker_added",
              actorId: a.userId,
              payload: { userId: a.userId },
            }),
          );
        }
        return { room: (await tx.rooms.findRoom(room.id)) as RoomDto, events };
      });
      publish(events);
      return room;
    },

    /** A party member adds a broker (a user with a broker profile) to mediate the room. */
    async addBroker(actor: Actor | null, roomId: string, brokerUserId: string) {
      const now = clock.now();
      const { room, events } = await store.transaction(async (tx) => {
        const { actor: a, room, side } = await requireWriter(actor, roomId, tx, true);
        if (side === "broker") throw forbidden("only the parties add brokers");
        if (!(await tx.rooms.hasBrokerProfile(brokerUserId))) {
          throw badInput("brokerUserId", "is not a registered broker");
        }
        const events: StoredRoomEvent[] = [];
        if (await tx.rooms.addBroker(room.id, brokerUserId, a.userId, now)) {
          events.push(
            await append(tx, room.id, now, {
              kind: "broker_added",
              actorId: a.userId,
              payload: { userId: brokerUserId },
            }),
          );
          await tx.audit.append({
            actorId: a.userId,
            orgId: orgOfSide(room, side),
            entityType: "room",
            entityId: room.id,
            action: "add_broker",
            before: null,
            after: { brokerUserId },
          });
        }
        return { room: (await tx.rooms.findRoom(room.id)) as RoomDto, events };
      });
      publish(events);
      return room;
    },

    async get(actor: Actor | null, roomId: string) {
      return (await requireReader(actor, roomId)).room;
    },

    /** The side the actor speaks for in the room, null for an auditing operator. */
    async viewerSide(actor: Actor | null, room: RoomDto) {
      return actor ? sideOf(repos, actor, room) : null;
    },

    async list(actor: Actor | null, page: PageArgs) {
      const a = requireActor(actor);
      const after = page.after
        ? (decodeCursor(page.after, ["string", "string"]) as [string, string])
        : null;
      const { rows, total } = await repos.rooms.listRooms(
        {
          everyone: hasPlatformRole(a, "operator"),
          orgIds: a.memberships.map((m) => m.orgId),
          userId: a.userId,
        },
        page.first + 1,
        after,
      );
      return toConnection(rows, page.first, total, cursorOf, after !== null);
    },

    /** Unread events per room for the actor: posted by others after the actor's read marker. */
    unreadCounts(actor: Actor, roomIds: readonly string[]) {
      return repos.rooms.unreadCounts(roomIds, actor.userId);
    },

    /** Unread events over every room the actor takes part in, for the navigation badge. */
    async totalUnread(actor: Actor | null) {
      const a = requireActor(actor);
      return repos.rooms.totalUnread(
        a.memberships.map((m) => m.orgId),
        a.userId,
      );
    },

    /**
     * The latest committed event of each room, for rooms the caller has already been allowed to
     * read (the room list and the room query check that); one query for a whole list.
     */
    async lastEvents(rooms: readonly { id: string; lastSeq: number }[]) {
      const rows = await repos.rooms.eventsAt(
        rooms.filter((r) => r.lastSeq > 0).map((r) => ({ roomId: r.id, seq: r.lastSeq })),
      );
      return new Map(rows.map((e) => [e.roomId, toMessage(e)]));
    },

    brokersOf: (roomIds: readonly string[]) => repos.rooms.brokersOf(roomIds),
    userNames: (ids: readonly string[]) => repos.rooms.userNames(ids),

    /** A page of the room log: after `afterSeq` (oldest first) or before `beforeSeq` (the latest when neither). */
    async events(
      actor: Actor | null,
      roomId: string,
      args: { afterSeq?: number | null; beforeSeq?: number | null; limit?: number | null },
    ) {
      const { room } = await requireReader(actor, roomId);
      const limit = parseInput(
        z
          .number()
          .int()
          .min(1, `must be between 1 and ${MAX_EVENT_PAGE}`)
          .max(MAX_EVENT_PAGE, `must be between 1 and ${MAX_EVENT_PAGE}`),
        args.limit ?? 50,
        "limit",
      );
      if (args.afterSeq != null) {
        const afterSeq = parseInput(ZSeq, args.afterSeq, "afterSeq");
        const rows = await repos.rooms.eventsAfter(room.id, afterSeq, limit + 1);
        return { events: rows.slice(0, limit).map(toMessage), hasMore: rows.length > limit };
      }
      const beforeSeq =
        args.beforeSeq != null ? parseInput(ZSeq, args.beforeSeq, "beforeSeq") : room.lastSeq + 1;
      const rows = await repos.rooms.eventsBefore(room.id, beforeSeq, limit + 1);
      return { events: rows.slice(-limit).map(toMessage), hasMore: rows.length > limit };
    },

    /** Posts a message; a retry with the same clientId returns the stored message instead of a copy. */
    async sendMessage(actor: Actor | null, roomId: string, body: unknown, clientId: unknown) {
      const text = parseInput(ZMessageBody, body, "body");
      const key = parseInput(ZClientId, clientId, "clientId");
      // No transaction: the append is one statement that locks the room row itself.
      const { actor: a, room } = await requireParticipant(actor, roomId);
      const { event, fresh } = await repos.rooms.appendMessage({
        roomId: room.id,
        clientId: key,
        actorId: a.userId,
        body: text,
        now: clock.now(),
      });
      if (
        !fresh &&
        (event.kind !== "message" || event.actorId !== a.userId || event.body !== text)
      ) {
        throw badInput("clientId", "was already used for another event in this room");
      }
      if (fresh) publish([event]);
      return toMessage(event);
    },

    async propose(
      actor: Actor | null,
      roomId: string,
      input: { terms: unknown; note?: unknown; clientId?: unknown },
    ) {
      const clientId =
        input.clientId == null ? null : parseInput(ZClientId, input.clientId, "clientId");
      const note = parseInput(ZNote, input.note, "note");
      const now = clock.now();
      const result = await store.transaction(async (tx) => {
        const { actor: a, room, side } = await requireWriter(actor, roomId, tx, true);
        const replay = await replayedOffer(tx, room.id, clientId);
        if (replay) return { offer: replay, event: null };
        requireOpen(room);
        await requireListingAvailable(tx, room, false);
        const terms = checkTerms(input.terms, await offerContext(tx, room, now));
        if (await tx.rooms.findOpenOffer(room.id)) {
          throw new AppError(
            "CONFLICT",
            "an offer is open in this room; counter or withdraw it first",
          );
        }
        return insertOffer(tx, room, a, side, terms, note, null, clientId, now);
      });
      if (result.event) publish([result.event]);
      return result.offer;
    },

    async counter(
      actor: Actor | null,
      offerId: string,
      input: { terms: unknown; note?: unknown; clientId?: unknown },
    ) {
      const clientId =
        input.clientId == null ? null : parseInput(ZClientId, input.clientId, "clientId");
      const note = parseInput(ZNote, input.note, "note");
      const now = clock.now();
      const found = await repos.rooms.findOffer(offerId);
      if (!found) throw notFound("offer", offerId);
      const result = await store.transaction(async (tx) => {
        const { actor: a, room, side } = await requireWriter(actor, found.roomId, tx, true);
        const replay = await replayedOffer(tx, room.id, clientId);
        if (replay) return { offer: replay, events: [] };
        requireOpen(room);
        await requireListingAvailable(tx, room, false);
        const previous = (await tx.rooms.findOffer(offerId)) as OfferDto;
        const status = transition("offer", OFFER_LIFECYCLE, previous.status, "counter");
        if (previous.proposerSide === side) {
          throw new AppError(
            "CONFLICT",
            "your side proposed this offer; withdraw it instead of countering it",
          );
        }
        const terms = checkTerms(input.terms, await offerContext(tx, room, now));
        const countered = await tx.rooms.updateOffer(previous.id, { status }, now);
        const { offer, event } = await insertOffer(
          tx,
          room,
          a,
          side,
          terms,
          note,
          countered,
          clientId,
          now,
        );
        return { offer, events: [event] };
      });
      publish(result.events);
      return result.offer;
    },

    /**
     * A party accepts an offer. The proposing party accepted by proposing; when both parties
     * have, the offer becomes a deal: the terms are fixed, the room closes to further offers,
     * the achievement leaves the market if the rights are exclusive, and all of it is audited.
     */
    async accept(actor: Actor | null, offerId: string) {
      const now = clock.now();
      const found = await repos.rooms.findOffer(offerId);
      if (!found) throw notFound("offer", offerId);
      const result = await store.transaction(async (tx) => {
        const { actor: a, room, side } = await requireWriter(actor, found.roomId, tx, true);
        if (side === "broker")
          throw forbidden("brokers mediate; only the two parties accept an offer");
        const offer = (await tx.rooms.findOffer(offerId)) as OfferDto;
        const accepted = transition("offer", OFFER_LIFECYCLE, offer.status, "accept");
        if (
          (side === "buyer" && offer.buyerAcceptedAt) ||
          (side === "seller" && offer.sellerAcceptedAt)
        ) {
          throw new AppError("CONFLICT", "your side has already accepted this offer");
        }
        await requireListingAvailable(tx, room, true);
        // The listing may have changed since the offer was made (e.g. put on the negative list).
        const errors = blockingIssues(
          offerPolicyIssues(offer.terms, await offerContext(tx, room, now)),
        );
        if (errors[0]) throw new AppError("CONFLICT", `cannot accept: ${errors[0].message}`);
        const bothAccepted =
          (side === "buyer" || offer.buyerAcceptedAt !== null) &&
          (side === "seller" || offer.sellerAcceptedAt !== null);
        const acceptance =
          side === "buyer"
            ? { buyerAcceptedBy: a.userId, buyerAcceptedAt: now }
            : { sellerAcceptedBy: a.userId, sellerAcceptedAt: now };
        const updated = await tx.rooms.updateOffer(
          offer.id,
          { ...acceptance, ...(bothAccepted ? { status: accepted } : {}) },
          now,
        );
        const events = [
          await append(tx, room.id, now, {
            kind: "offer_accepted",
            actorId: a.userId,
            offerId: offer.id,
            payload: { side, complete: bothAccepted },
          }),
        ];
        await tx.audit.append({
          actorId: a.userId,
          orgId: orgOfSide(room, side),
          entityType: "offer",
          entityId: offer.id,
          action: "accept",
          before: {
            status: offer.status,
            buyerAcceptedAt: offer.buyerAcceptedAt,
            sellerAcceptedAt: offer.sellerAcceptedAt,
          },
          after: {
            status: updated.status,
            buyerAcceptedAt: updated.buyerAcceptedAt,
            sellerAcceptedAt: updated.sellerAcceptedAt,
          },
        });
        if (bothAccepted) {
          const deal = await tx.rooms.insertDeal({
            roomId: room.id,
            offerId: offer.id,
            buyerOrgId: room.buyerOrgId,
            sellerOrgId: room.sellerOrgId,
            achievementId: room.achievementId,
            mode: offer.terms.mode,
            terms: offer.terms,
            agreedAt: now,
          });
          await tx.rooms.setRoomStatus(room.id, "agreed");
          for (const orgId of [room.buyerOrgId, room.sellerOrgId]) {
            await tx.audit.append({
              actorId: a.userId,
              orgId,
              entityType: "deal",
              entityId: deal.id,
              action: "agree",
              before: null,
              after: deal,
            });
          }
          const outcome = listingOutcome(offer.terms);
          await transitionListing(
            tx,
            a.userId,
            room.achievementId,
            outcome === "transacted" ? "transact" : "endNegotiation",
            now,
          );
          events.push(
            await append(tx, room.id, now, {
              kind: "deal_agreed",
              actorId: a.userId,
              offerId: offer.id,
              dealId: deal.id,
            }),
          );
        }
        return { offer: updated, events };
      });
      publish(result.events);
      return result.offer;
    },

    /** The proposing side takes its open offer back. */
    async withdraw(actor: Actor | null, offerId: string) {
      const now = clock.now();
      const found = await repos.rooms.findOffer(offerId);
      if (!found) throw notFound("offer", offerId);
      const result = await store.transaction(async (tx) => {
        const { actor: a, room, side } = await requireWriter(actor, found.roomId, tx, true);
        const offer = (await tx.rooms.findOffer(offerId)) as OfferDto;
        const status = transition("offer", OFFER_LIFECYCLE, offer.status, "withdraw");
        if (offer.proposerSide !== side)
          throw forbidden("only the side that proposed an offer withdraws it");
        const updated = await tx.rooms.updateOffer(offer.id, { status }, now);
        const event = await append(tx, room.id, now, {
          kind: "offer_withdrawn",
          actorId: a.userId,
          offerId: offer.id,
        });
        await tx.audit.append({
          actorId: a.userId,
          orgId: orgOfSide(room, side),
          entityType: "offer",
          entityId: offer.id,
          action: "withdraw",
          before: { status: offer.status },
          after: { status },
        });
        return { offer: updated, event };
      });
      publish([result.event]);
      return result.offer;
    },

    /** Moves the actor's read marker forward and tells the room (a live-only read receipt). */
    async markRead(actor: Actor | null, roomId: string, seq: unknown) {
      const upTo = parseInput(ZSeq, seq, "seq");
      const { actor: a, room } = await requireWriter(actor, roomId, repos, false);
      const marker = await repos.rooms.markRead(
        room.id,
        a.userId,
        Math.min(upTo, room.lastSeq),
        clock.now(),
      );
      signal(room.id, "read", a.userId, { seq: marker.lastReadSeq });
      return marker;
    },

    async setTyping(actor: Actor | null, roomId: string, typing: boolean) {
      const { actor: a, room } = await requireParticipant(actor, roomId);
      signal(room.id, "typing", a.userId, { typing });
      return true;
    },

    async readMarkers(actor: Actor | null, roomId: string) {
      await requireReader(actor, roomId);
      return repos.rooms.readMarkers(roomId);
    },

    async online(actor: Actor | null, roomId: string) {
      await requireReader(actor, roomId);
      return presence.online(roomId);
    },

    /**
     * The room's events after `afterSeq` (the live ones only when null), then live: exactly once,
     * in order. Participants' connections count as presence; an auditing operator stays unseen.
     */
    async subscribe(actor: Actor | null, roomId: string, afterSeq: number | null) {
      const start = afterSeq == null ? null : parseInput(ZSeq, afterSeq, "afterSeq");
      const { actor: a, room, side } = await requireReader(actor, roomId);
      const connectionId = randomUUID();
      const source = {
        bus,
        loadAfter: async (id: string, after: number, limit: number, before?: number) =>
          (await repos.rooms.eventsAfter(id, after, limit, before)).map(toMessage),
      };
      // A seq beyond the log cannot have been seen: start from the log's end instead of
      // silently skipping the next events.
      return streamRoomEvents(source, room.id, Math.min(start ?? room.lastSeq, room.lastSeq), {
        // Presence is best effort: a Redis hiccup must not end the subscription.
        onLive: side
          ? async () => {
              try {
                if (await presence.join(room.id, a.userId, connectionId)) {
                  signal(room.id, "presence", a.userId, { online: true });
                }
              } catch (error) {
                onError?.(error);
              }
            }
          : undefined,
        onEnd: side
          ? async () => {
              try {
                if (await presence.leave(room.id, a.userId, connectionId)) {
                  signal(room.id, "presence", a.userId, { online: false });
                }
              } catch (error) {
                onError?.(error);
              }
            }
          : undefined,
      });
    },

    async offers(actor: Actor | null, roomId: string) {
      await requireReader(actor, roomId);
      return repos.rooms.listOffers(roomId);
    },

    /** Offers by id, for events; the caller has already been checked against the room. */
    findOffers: (ids: readonly string[]) => repos.rooms.findOffersMany(ids),

    async offer(actor: Actor | null, offerId: string) {
      const offer = await repos.rooms.findOffer(offerId);
      if (!offer) throw notFound("offer", offerId);
      await requireReader(actor, offer.roomId);
      return offer;
    },

    async deal(actor: Actor | null, roomId: string) {
      await requireReader(actor, roomId);
      return repos.rooms.findDealOfRoom(roomId);
    },

    findDeal: (id: string) => repos.rooms.findDeal(id),

    /** Policy issues of an offer's terms in its room, today. */
    async issuesOf(offer: OfferDto) {
      const room = await repos.rooms.findRoom(offer.roomId);
      if (!room) throw notFound("room", offer.roomId);
      return offerPolicyIssues(offer.terms, await offerContext(repos, room, clock.now()));
    },

    /** Field-level changes from the offer this one counters; empty for a first offer. */
    async diffOf(offer: OfferDto) {
      if (!offer.parentId) return [];
      const parent = await repos.rooms.findOffer(offer.parentId);
      return parent ? diffOfferTerms(parent.terms, offer.terms) : [];
    },

    /** The expected payments of an offer's terms under a revenue assumption. */
    schedule(terms: TOfferTerms, assumptions: unknown) {
      return paymentSchedule(terms, parseInput(ZScheduleAssumptions, assumptions, "assumptions"));
    },

    /**
     * Checks draft terms the way proposing would, without writing: shape errors as field issues,
     * policy findings, the schedule and the change from the open offer. For the live composer.
     */
    async check(actor: Actor | null, roomId: string, input: unknown, assumptions: unknown) {
      const { room } = await requireReader(actor, roomId);
      const now = clock.now();
      const parsed = ZOfferTerms.safeParse(input);
      if (!parsed.success) {
        return {
          valid: false,
          issues: parsed.error.issues.map((issue) => ({
            code: "INVALID_FIELD" as const,
            severity: "error" as const,
            path: ["terms", ...issue.path.map(String)].join("."),
            message: issue.message,
            measure: null,
          })),
          schedule: null,
          changes: [],
        };
      }
      const issues = offerPolicyIssues(parsed.data, await offerContext(repos, room, now)).map(
        (i) => ({
          ...i,
          path: `terms.${i.path}`,
        }),
      );
      const open = await repos.rooms.findOpenOffer(room.id);
      return {
        valid: blockingIssues(issues).length === 0,
        issues,
        schedule: paymentSchedule(
          parsed.data,
          parseInput(
            ZScheduleAssumptions,
            assumptions ?? { startDate: kunmingToday(now) },
            "assumptions",
          ),
        ),
        changes: open ? diffOfferTerms(open.terms, parsed.data) : [],
      };
    },
  };
}
/** The negotiation-room service. */
export type RoomsService = ReturnType<typeof makeRoomsService>;
