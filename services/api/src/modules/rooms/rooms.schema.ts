import {
  EPHEMERAL_ROOM_EVENT_KINDS,
  PERSISTED_ROOM_EVENT_KINDS,
  ROOM_ORIGINS,
  ROOM_STATUSES,
} from "@openttc/domain/offer/room";
import DataLoader from "dataloader";
import type { GraphQLContext } from "../../context";
import { builder } from "../../graphql/builder";
import { TransferModeEnum } from "../../graphql/enums";
import { kunmingToday, requireActor } from "../../shared/guards";
import { checkId } from "../../shared/ids";
import { pageArgs } from "../../shared/pagination";
import { AchievementRef } from "../achievements/achievements.schema";
import { DemandRef } from "../demands/demands.schema";
import { OrganizationRef } from "../organizations/organizations.schema";
import {
  DealStatusEnum,
  OfferIssueRef,
  OfferStatusEnum,
  OfferTermsInput,
  OfferTermsRef,
  PaymentScheduleRef,
  RoomSideEnum,
  roomEnum,
  ScheduleAssumptionsInput,
  TermChangeRef,
  termsFromInput,
} from "./offers.schema";
import type { DealDto, OfferDto, RoomDto } from "./rooms.repository";
import type { RoomEventDto } from "./rooms.service";

const RoomOriginEnum = roomEnum("RoomOrigin", ROOM_ORIGINS, "What a room was opened from.");
const RoomStatusEnum = roomEnum(
  "RoomStatus",
  ROOM_STATUSES,
  "OPEN while negotiating; AGREED once both parties accepted an offer.",
);
const RoomEventKindEnum = roomEnum(
  "RoomEventKind",
  [...PERSISTED_ROOM_EVENT_KINDS, ...EPHEMERAL_ROOM_EVENT_KINDS] as const,
  "Kind of room event. PRESENCE, TYPING and READ are live-only and carry no seq.",
);

// Per-context loaders of this module; a subscription's context lives as long as the subscription.
const loaderCache = new WeakMap<GraphQLContext, ReturnType<typeof makeRoomLoaders>>();
function makeRoomLoaders(ctx: GraphQLContext) {
  return {
    member: new DataLoader(async (ids: readonly string[]) => {
      const rows = await ctx.services.rooms.userNames(ids);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    unread: new DataLoader(async (ids: readonly string[]) => {
      const counts = await ctx.services.rooms.unreadCounts(requireActor(ctx.actor), ids);
      return ids.map((id) => counts.get(id) ?? 0);
    }),
    lastEvent: new DataLoader(
      async (rooms: readonly { id: string; lastSeq: number }[]) => {
        const events = await ctx.services.rooms.lastEvents(rooms);
        return rooms.map((r) => events.get(r.id) ?? null);
      },
      { cacheKeyFn: (r) => `${r.id}:${r.lastSeq}` },
    ),
    brokers: new DataLoader(async (ids: readonly string[]) => {
      const rows = await ctx.services.rooms.brokersOf(ids);
      return ids.map((id) => rows.filter((r) => r.roomId === id).map((r) => r.userId));
    }),
  };
}
function roomLoaders(ctx: GraphQLContext) {
  let loaders = loaderCache.get(ctx);
  if (!loaders) {
    loaders = makeRoomLoaders(ctx);
    loaderCache.set(ctx, loaders);
  }
  return loaders;
}

const RoomMemberRef = builder
  .objectRef<{ id: string; displayName: string }>("RoomMember")
  .implement({
    description: "A person taking part in a room, as other participants see them.",
    fields: (t) => ({ id: t.exposeID("id"), displayName: t.exposeString("displayName") }),
  });

async function memberOf(ctx: GraphQLContext, id: string | null) {
  return id ? roomLoaders(ctx).member.load(id) : null;
}

const RoomReadMarkerRef = builder
  .objectRef<{ userId: string; lastReadSeq: number; updatedAt: Date }>("RoomReadMarker")
  .implement({
    fields: (t) => ({
      user: t.field({
        type: RoomMemberRef,
        nullable: true,
        resolve: (m, _a, ctx) => memberOf(ctx, m.userId),
      }),
      lastReadSeq: t.exposeInt("lastReadSeq"),
      updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    }),
  });

const RoomRef = builder.objectRef<RoomDto>("Room");
const OfferRef = builder.objectRef<OfferDto>("Offer");
const DealRef = builder.objectRef<DealDto>("Deal");

const organization = (id: string, ctx: GraphQLContext) =>
  ctx.loaders.organization.load(id).then((org) => {
    if (!org) throw new Error(`organization ${id} is missing`);
    return org;
  });

OfferRef.implement({
  description: "A structured offer in a room (one version of the negotiated terms).",
  fields: (t) => ({
    id: t.exposeID("id"),
    roomId: t.exposeID("roomId"),
    number: t.exposeInt("number", { description: "1, 2, 3 … within the room." }),
    status: t.field({ type: OfferStatusEnum, resolve: (o) => o.status }),
    proposer: t.field({
      type: RoomMemberRef,
      nullable: true,
      resolve: (o, _a, ctx) => memberOf(ctx, o.proposedBy),
    }),
    proposerSide: t.field({ type: RoomSideEnum, resolve: (o) => o.proposerSide }),
    terms: t.field({ type: OfferTermsRef, resolve: (o) => o.terms }),
    note: t.exposeString("note", { nullable: true }),
    previousOfferId: t.exposeID("parentId", {
      nullable: true,
      description: "The offer this one counters.",
    }),
    changes: t.field({
      type: [TermChangeRef],
      description: "Field-level changes from the offer this one counters.",
      resolve: (o, _a, ctx) => ctx.services.rooms.diffOf(o),
    }),
    issues: t.field({
      type: [OfferIssueRef],
      description:
        "Policy findings on these terms today (warnings and notes; errors were refused).",
      resolve: (o, _a, ctx) => ctx.services.rooms.issuesOf(o),
    }),
    schedule: t.field({
      type: PaymentScheduleRef,
      args: { assumptions: t.arg({ type: ScheduleAssumptionsInput }) },
      description:
        "Expected payments; the term starts on the offer's date with no revenue unless assumed.",
      resolve: (o, { assumptions }, ctx) =>
        ctx.services.rooms.schedule(
          o.terms,
          termsFromInput(assumptions ?? { startDate: kunmingToday(o.createdAt) }),
        ),
    }),
    buyerAcceptedAt: t.expose("buyerAcceptedAt", { type: "DateTime", nullable: true }),
    sellerAcceptedAt: t.expose("sellerAcceptedAt", { type: "DateTime", nullable: true }),
    pendingSides: t.field({
      type: [RoomSideEnum],
      description: "The parties whose acceptance the offer still needs.",
      resolve: (o) =>
        o.status !== "proposed"
          ? []
          : [
              ...(o.buyerAcceptedAt ? [] : (["buyer"] as const)),
              ...(o.sellerAcceptedAt ? [] : (["seller"] as const)),
            ],
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

DealRef.implement({
  description: "The terms both parties accepted.",
  fields: (t) => ({
    id: t.exposeID("id"),
    roomId: t.exposeID("roomId"),
    offer: t.field({
      type: OfferRef,
      resolve: (d, _a, ctx) => ctx.services.rooms.offer(ctx.actor, d.offerId),
    }),
    mode: t.field({ type: TransferModeEnum, resolve: (d) => d.mode }),
    terms: t.field({ type: OfferTermsRef, resolve: (d) => d.terms }),
    status: t.field({ type: DealStatusEnum, resolve: (d) => d.status }),
    buyer: t.field({
      type: OrganizationRef,
      resolve: (d, _a, ctx) => organization(d.buyerOrgId, ctx),
    }),
    seller: t.field({
      type: OrganizationRef,
      resolve: (d, _a, ctx) => organization(d.sellerOrgId, ctx),
    }),
    registrationNumber: t.exposeString("registrationNumber", {
      nullable: true,
      description: "技术合同认定登记 number, once registered.",
    }),
    agreedAt: t.expose("agreedAt", { type: "DateTime" }),
  }),
});

const RoomEventRef = builder.objectRef<RoomEventDto>("RoomEvent").implement({
  description:
    "One event of a room. Committed events have a per-room seq; PRESENCE, TYPING and READ are live-only (seq null).",
  fields: (t) => ({
    seq: t.exposeInt("seq", { nullable: true }),
    roomId: t.exposeID("roomId"),
    kind: t.field({ type: RoomEventKindEnum, resolve: (e) => e.kind }),
    at: t.field({ type: "DateTime", resolve: (e) => new Date(e.at) }),
    actor: t.field({
      type: RoomMemberRef,
      nullable: true,
      resolve: (e, _a, ctx) => memberOf(ctx, e.actorId),
    }),
    clientId: t.exposeString("clientId", { nullable: true }),
    body: t.exposeString("body", { nullable: true, description: "MESSAGE only." }),
    offer: t.field({
      type: OfferRef,
      nullable: true,
      description: "The offer as it is now (OFFER_* and DEAL_AGREED).",
      resolve: async (e, _a, ctx) => {
        if (!e.offerId) return null;
        // Not cached: an offer's status moves on while a subscription lives.
        const [offer] = await ctx.services.rooms.findOffers([e.offerId]);
        return offer ?? null;
      },
    }),
    deal: t.field({
      type: DealRef,
      nullable: true,
      resolve: (e, _a, ctx) => (e.dealId ? ctx.services.rooms.findDeal(e.dealId) : null),
    }),
    side: t.field({
      type: RoomSideEnum,
      nullable: true,
      description: "OFFER_ACCEPTED: the side that accepted.",
      resolve: (e) =>
        typeof e.payload?.side === "string" ? (e.payload.side as "buyer" | "seller") : null,
    }),
    previousOfferId: t.id({
      nullable: true,
      description: "OFFER_COUNTERED: the offer countered.",
      resolve: (e) =>
        typeof e.payload?.previousOfferId === "string" ? e.payload.previousOfferId : null,
    }),
    subjectUser: t.field({
      type: RoomMemberRef,
      nullable: true,
      description: "BROKER_ADDED: the broker.",
      resolve: (e, _a, ctx) =>
        typeof e.payload?.userId === "string" ? memberOf(ctx, e.payload.userId) : null,
    }),
    online: t.boolean({
      nullable: true,
      description: "PRESENCE: whether the actor is now connected.",
      resolve: (e) => (e.kind === "presence" ? e.payload?.online === true : null),
    }),
    typing: t.boolean({
      nullable: true,
      description: "TYPING: whether the actor is typing; clients let it lapse after a few seconds.",
      resolve: (e) => (e.kind === "typing" ? e.payload?.typing === true : null),
    }),
    readSeq: t.int({
      nullable: true,
      description: "READ: the seq the actor has read up to.",
      resolve: (e) =>
        e.kind === "read" && typeof e.payload?.seq === "number" ? e.payload.seq : null,
    }),
  }),
});

const RoomEventPageRef = builder
  .objectRef<{ events: RoomEventDto[]; hasMore: boolean }>("RoomEventPage")
  .implement({
    fields: (t) => ({
      events: t.field({ type: [RoomEventRef], resolve: (p) => p.events }),
      hasMore: t.exposeBoolean("hasMore", {
        description: "More events lie beyond this page in the direction asked.",
      }),
    }),
  });

RoomRef.implement({
  description: "A live negotiation room between a buyer and a seller organization, with brokers.",
  fields: (t) => ({
    id: t.exposeID("id"),
    origin: t.field({ type: RoomOriginEnum, resolve: (r) => r.origin }),
    status: t.field({ type: RoomStatusEnum, resolve: (r) => r.status }),
    matchId: t.exposeID("matchId", { nullable: true }),
    answerId: t.exposeID("answerId", { nullable: true }),
    buyer: t.field({
      type: OrganizationRef,
      resolve: (r, _a, ctx) => organization(r.buyerOrgId, ctx),
    }),
    seller: t.field({
      type: OrganizationRef,
      resolve: (r, _a, ctx) => organization(r.sellerOrgId, ctx),
    }),
    achievement: t.field({
      type: AchievementRef,
      nullable: true,
      resolve: (r, _a, ctx) =>
        r.achievementId ? ctx.loaders.visibleAchievement.load(r.achievementId) : null,
    }),
    demand: t.field({
      type: DemandRef,
      nullable: true,
      resolve: (r, _a, ctx) =>
        r.demandId ? ctx.services.demands.get(ctx.actor, r.demandId).catch(() => null) : null,
    }),
    brokers: t.field({
      type: [RoomMemberRef],
      resolve: async (r, _a, ctx) => {
        const ids = await roomLoaders(ctx).brokers.load(r.id);
        const members = await roomLoaders(ctx).member.loadMany(ids);
        return members.filter(
          (m): m is { id: string; displayName: string } => !!m && !(m instanceof Error),
        );
      },
    }),
    viewerSide: t.field({
      type: RoomSideEnum,
      nullable: true,
      description: "The side the caller speaks for; null for an auditing operator.",
      resolve: (r, _a, ctx) => ctx.services.rooms.viewerSide(ctx.actor, r),
    }),
    lastSeq: t.exposeInt("lastSeq", { description: "The seq of the latest committed event." }),
    unreadCount: t.int({
      description: "Events others posted after the caller's read marker.",
      resolve: (r, _a, ctx) => roomLoaders(ctx).unread.load(r.id),
    }),
    online: t.field({
      type: [RoomMemberRef],
      description: "Participants connected now, on any instance.",
      resolve: async (r, _a, ctx) => {
        const ids = await ctx.services.rooms.online(ctx.actor, r.id);
        const members = await roomLoaders(ctx).member.loadMany(ids);
        return members.filter(
          (m): m is { id: string; displayName: string } => !!m && !(m instanceof Error),
        );
      },
    }),
    readMarkers: t.field({
      type: [RoomReadMarkerRef],
      resolve: (r, _a, ctx) => ctx.services.rooms.readMarkers(ctx.actor, r.id),
    }),
    offers: t.field({
      type: [OfferRef],
      description: "Every offer, oldest first: the offer history.",
      resolve: (r, _a, ctx) => ctx.services.rooms.offers(ctx.actor, r.id),
    }),
    openOffer: t.field({
      type: OfferRef,
      nullable: true,
      description: "The offer awaiting an answer, if any.",
      resolve: async (r, _a, ctx) =>
        (await ctx.services.rooms.offers(ctx.actor, r.id)).find((o) => o.status === "proposed") ??
        null,
    }),
    deal: t.field({
      type: DealRef,
      nullable: true,
      resolve: (r, _a, ctx) => ctx.services.rooms.deal(ctx.actor, r.id),
    }),
    events: t.field({
      type: RoomEventPageRef,
      description:
        "A page of the room log: after afterSeq (oldest first), else before beforeSeq, else the latest.",
      args: {
        afterSeq: t.arg.int(),
        beforeSeq: t.arg.int(),
        limit: t.arg.int({ description: "1–200, default 50." }),
      },
      resolve: (r, args, ctx) => ctx.services.rooms.events(ctx.actor, r.id, args),
    }),
    lastEvent: t.field({
      type: RoomEventRef,
      nullable: true,
      description:
        "The latest committed event, for a list of rooms (one query for the whole list).",
      resolve: (r, _a, ctx) => roomLoaders(ctx).lastEvent.load(r),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    lastEventAt: t.expose("lastEventAt", { type: "DateTime" }),
  }),
});

const OfferCheckRef = builder
  .objectRef<Awaited<ReturnType<GraphQLContext["services"]["rooms"]["check"]>>>("OfferCheck")
  .implement({
    description: "Draft terms checked as proposing would check them, without writing anything.",
    fields: (t) => ({
      valid: t.exposeBoolean("valid", { description: "No error: the terms can be proposed." }),
      issues: t.field({ type: [OfferIssueRef], resolve: (c) => c.issues }),
      schedule: t.field({ type: PaymentScheduleRef, nullable: true, resolve: (c) => c.schedule }),
      changes: t.field({
        type: [TermChangeRef],
        description: "Changes from the room's open offer.",
        resolve: (c) => c.changes,
      }),
    }),
  });

const OpenRoomInput = builder.inputType("OpenRoomInput", {
  description:
    "Exactly one origin: a match, an answer, or an inquiry on an achievement or exam paper (with asOrgId).",
  fields: (t) => ({
    matchId: t.id(),
    answerId: t.id(),
    achievementId: t.id(),
    demandId: t.id(),
    asOrgId: t.id({ description: "Inquiries: the organization that asks." }),
  }),
});

const roomId = (id: string | number, path = "roomId") => checkId(String(id), path);

builder.queryFields((t) => ({
  rooms: t.connection({
    type: RoomRef,
    description:
      "Rooms the caller takes part in (every room for operators), most recently active first.",
    resolve: (_root, args, ctx) => ctx.services.rooms.list(ctx.actor, pageArgs(args)),
  }),
  room: t.field({
    type: RoomRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => ctx.services.rooms.get(ctx.actor, roomId(id, "id")),
  }),
  roomUnreadCount: t.int({
    description: "Unread events over all the caller's rooms, for the navigation badge.",
    resolve: (_root, _args, ctx) => ctx.services.rooms.totalUnread(ctx.actor),
  }),
  offer: t.field({
    type: OfferRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => ctx.services.rooms.offer(ctx.actor, checkId(String(id))),
  }),
  checkOffer: t.field({
    type: OfferCheckRef,
    description: "Live policy check, payment schedule and diff for draft terms in a room.",
    args: {
      roomId: t.arg.id({ required: true }),
      terms: t.arg({ type: OfferTermsInput, required: true }),
      assumptions: t.arg({ type: ScheduleAssumptionsInput }),
    },
    resolve: (_root, args, ctx) =>
      ctx.services.rooms.check(
        ctx.actor,
        roomId(args.roomId),
        termsFromInput(args.terms),
        args.assumptions ? termsFromInput(args.assumptions) : undefined,
      ),
  }),
}));

builder.mutationFields((t) => ({
  openRoom: t.field({
    type: RoomRef,
    description:
      "Opens the room of a match, an answer or an inquiry, or returns the one already open.",
    args: { input: t.arg({ type: OpenRoomInput, required: true }) },
    resolve: (_root, { input }, ctx) => ctx.services.rooms.open(ctx.actor, termsFromInput(input)),
  }),
  addRoomBroker: t.field({
    type: RoomRef,
    description: "A party adds a registered broker to mediate.",
    args: { roomId: t.arg.id({ required: true }), brokerUserId: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) =>
      ctx.services.rooms.addBroker(
        ctx.actor,
        roomId(args.roomId),
        checkId(String(args.brokerUserId), "brokerUserId"),
      ),
  }),
  sendMessage: t.field({
    type: RoomEventRef,
    description:
      "Posts a message. Retrying with the same clientId returns the stored message, never a copy.",
    args: {
      roomId: t.arg.id({ required: true }),
      body: t.arg.string({ required: true }),
      clientId: t.arg.string({ required: true }),
    },
    resolve: (_root, args, ctx) =>
      ctx.services.rooms.sendMessage(ctx.actor, roomId(args.roomId), args.body, args.clientId),
  }),
  proposeOffer: t.field({
    type: OfferRef,
    description: "Proposes terms; the proposing party accepts them by proposing.",
    args: {
      roomId: t.arg.id({ required: true }),
      terms: t.arg({ type: OfferTermsInput, required: true }),
      note: t.arg.string(),
      clientId: t.arg.string({ description: "Makes a retried proposal idempotent." }),
    },
    resolve: (_root, args, ctx) =>
      ctx.services.rooms.propose(ctx.actor, roomId(args.roomId), {
        terms: termsFromInput(args.terms),
        note: args.note,
        clientId: args.clientId,
      }),
  }),
  counterOffer: t.field({
    type: OfferRef,
    description: "Answers the open offer with new terms; the old one becomes COUNTERED.",
    args: {
      offerId: t.arg.id({ required: true }),
      terms: t.arg({ type: OfferTermsInput, required: true }),
      note: t.arg.string(),
      clientId: t.arg.string(),
    },
    resolve: (_root, args, ctx) =>
      ctx.services.rooms.counter(ctx.actor, checkId(String(args.offerId), "offerId"), {
        terms: termsFromInput(args.terms),
        note: args.note,
        clientId: args.clientId,
      }),
  }),
  acceptOffer: t.field({
    type: OfferRef,
    description: "A party accepts; once both parties have, the deal is made (Room.deal).",
    args: { offerId: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) =>
      ctx.services.rooms.accept(ctx.actor, checkId(String(args.offerId), "offerId")),
  }),
  withdrawOffer: t.field({
    type: OfferRef,
    args: { offerId: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) =>
      ctx.services.rooms.withdraw(ctx.actor, checkId(String(args.offerId), "offerId")),
  }),
  markRead: t.field({
    type: RoomReadMarkerRef,
    description: "Moves the caller's read marker forward to seq (never back).",
    args: { roomId: t.arg.id({ required: true }), seq: t.arg.int({ required: true }) },
    resolve: (_root, args, ctx) =>
      ctx.services.rooms.markRead(ctx.actor, roomId(args.roomId), args.seq),
  }),
  setTyping: t.boolean({
    args: { roomId: t.arg.id({ required: true }), typing: t.arg.boolean({ required: true }) },
    resolve: (_root, args, ctx) =>
      ctx.services.rooms.setTyping(ctx.actor, roomId(args.roomId), args.typing),
  }),
}));

builder.subscriptionFields((t) => ({
  roomEvents: t.field({
    type: RoomEventRef,
    nullable: false,
    description:
      "Every committed event after afterSeq exactly once and in order, then live events (with presence, typing and read receipts). Without afterSeq, live events only.",
    args: { roomId: t.arg.id({ required: true }), afterSeq: t.arg.int() },
    subscribe: (_root, args, ctx) =>
      ctx.services.rooms.subscribe(ctx.actor, roomId(args.roomId), args.afterSeq ?? null),
    resolve: (event: RoomEventDto) => event,
  }),
}));
