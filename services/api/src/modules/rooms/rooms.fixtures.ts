// Test support for rooms: GraphQL operations, a graphql-ws client that carries the session
// cookie like a browser, and a watcher that collects a subscription's events.
import { type Client, createClient } from "graphql-ws";
import WebSocket from "ws";
import { SESSION_COOKIE } from "../../app";

export const ROOM_FIELDS = `id origin status lastSeq unreadCount viewerSide matchId answerId
  buyer { id } seller { id } achievement { id status } brokers { id displayName }`;
export const OFFER_FIELDS = `id roomId number status proposerSide note previousOfferId
  buyerAcceptedAt sellerAcceptedAt pendingSides
  proposer { id displayName }
  terms { mode currency upfrontFee exclusivity territory termYears
    milestones { amount condition dueOn }
    royalty { ratePercent base annualCap totalCap }
    payLater { kind deferredAmount deferredMonthsAfterFirstRevenue }
    equity { valuation technologySharePercent teamSharePercent remainderHolder cashInvestment }
    investFirst { fundingAmount conditions equityPercentOnConversion convertBy }
    rightsGrant { kind years } incomeSplit { researchersPercent transferStaffPercentOfRetained } }
  changes { path kind before after }
  issues { code severity path measure }`;
export const EVENT_FIELDS = `seq roomId kind at clientId body side previousOfferId online typing readSeq
  actor { id displayName } offer { id status number } deal { id mode }`;

export const OPEN_ROOM = `mutation ($input: OpenRoomInput!) { openRoom(input: $input) { ${ROOM_FIELDS} } }`;
export const ADD_ROOM_BROKER = `mutation ($roomId: ID!, $brokerUserId: ID!) { addRoomBroker(roomId: $roomId, brokerUserId: $brokerUserId) { ${ROOM_FIELDS} } }`;
export const ROOM = `query ($id: ID!) { room(id: $id) { ${ROOM_FIELDS} } }`;
export const ROOMS = `query ($first: Int, $after: String) { rooms(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id unreadCount lastSeq } } } }`;
export const ROOM_EVENTS_PAGE = `query ($id: ID!, $afterSeq: Int, $beforeSeq: Int, $limit: Int) {
  room(id: $id) { events(afterSeq: $afterSeq, beforeSeq: $beforeSeq, limit: $limit) { hasMore events { ${EVENT_FIELDS} } } } }`;
export const SEND_MESSAGE = `mutation ($roomId: ID!, $body: String!, $clientId: String!) {
  sendMessage(roomId: $roomId, body: $body, clientId: $clientId) { ${EVENT_FIELDS} } }`;
export const PROPOSE_OFFER = `mutation ($roomId: ID!, $terms: OfferTermsInput!, $note: String, $clientId: String) {
  proposeOffer(roomId: $roomId, terms: $terms, note: $note, clientId: $clientId) { ${OFFER_FIELDS} } }`;
export const COUNTER_OFFER = `mutation ($offerId: ID!, $terms: OfferTermsInput!, $note: String) {
  counterOffer(offerId: $offerId, terms: $terms, note: $note) { ${OFFER_FIELDS} } }`;
export const ACCEPT_OFFER = `mutation ($offerId: ID!) { acceptOffer(offerId: $offerId) { ${OFFER_FIELDS} } }`;
export const WITHDRAW_OFFER = `mutation ($offerId: ID!) { withdrawOffer(offerId: $offerId) { ${OFFER_FIELDS} } }`;
export const MARK_READ = `mutation ($roomId: ID!, $seq: Int!) { markRead(roomId: $roomId, seq: $seq) { lastReadSeq user { id } } }`;
export const SET_TYPING = `mutation ($roomId: ID!, $typing: Boolean!) { setTyping(roomId: $roomId, typing: $typing) }`;
export const ROOM_DETAIL = `query ($id: ID!) { room(id: $id) { ${ROOM_FIELDS}
  offers { ${OFFER_FIELDS} } openOffer { id }
  deal { id mode status buyer { id } seller { id } terms { mode upfrontFee } offer { id } }
  readMarkers { lastReadSeq user { id } } online { id } } }`;
export const CHECK_OFFER = `query ($roomId: ID!, $terms: OfferTermsInput!, $assumptions: ScheduleAssumptionsInput) {
  checkOffer(roomId: $roomId, terms: $terms, assumptions: $assumptions) {
    valid issues { code severity path message measure } changes { path kind before after }
    schedule { currency totals { upfront milestones royalty deferred scheduled contingent }
      periods { label royalty royaltyCapped total cumulative } contingent { kind reason amount } } } }`;
export const ROOM_UNREAD = `query { roomUnreadCount }`;
export const ROOM_EVENTS_SUBSCRIPTION = `subscription ($roomId: ID!, $afterSeq: Int) {
  roomEvents(roomId: $roomId, afterSeq: $afterSeq) { ${EVENT_FIELDS} } }`;

/** An exclusive licence the parties can agree on. */
export function licenceTerms(overrides: Record<string, unknown> = {}) {
  return {
    mode: "EXCLUSIVE_LICENCE",
    currency: "CNY",
    upfrontFee: 500_000,
    milestones: [{ amount: 200_000, condition: "pilot batch passes", dueOn: null }],
    royalty: { ratePercent: 3, base: "NET_SALES", annualCap: 1_000_000, totalCap: null },
    exclusivity: "EXCLUSIVE",
    territory: ["CN"],
    termYears: 10,
    ...overrides,
  };
}

/** One event as the subscription and the mutations return it. */
export interface RoomEventData {
  seq: number | null;
  roomId: string;
  kind: string;
  clientId: string | null;
  body: string | null;
  side: string | null;
  online: boolean | null;
  typing: boolean | null;
  readSeq: number | null;
  actor: { id: string } | null;
  offer: { id: string; status: string } | null;
  deal: { id: string } | null;
}

/** A graphql-ws client on a listening API that sends the session cookie on its upgrade request. */
export function wsClient(port: number, sessionToken: string | null): Client {
  const headers: Record<string, string> = sessionToken
    ? { cookie: `${SESSION_COOKIE}=${sessionToken}` }
    : {};
  class CookieWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  return createClient({
    url: `ws://127.0.0.1:${port}/graphql`,
    webSocketImpl: CookieWebSocket,
    retryAttempts: 0,
    lazy: true,
    lazyCloseTimeout: 0,
  });
}

/** Collects one roomEvents subscription's events and errors, and waits for what a test expects. */
export class RoomWatcher {
  readonly events: RoomEventData[] = [];
  readonly errors: { message: string; extensions?: { code?: string } }[] = [];
  closed: unknown = null;
  completed = false;
  private readonly stop: () => void;
  private listeners = new Set<() => void>();

  constructor(client: Client, roomId: string, afterSeq: number | null) {
    this.stop = client.subscribe<{ roomEvents: RoomEventData }>(
      { query: ROOM_EVENTS_SUBSCRIPTION, variables: { roomId, afterSeq } },
      {
        next: (result) => {
          if (result.errors) this.errors.push(...(result.errors as RoomWatcher["errors"]));
          if (result.data?.roomEvents) this.events.push(result.data.roomEvents);
          this.notify();
        },
        error: (error) => {
          this.closed = error ?? "closed";
          this.notify();
        },
        complete: () => {
          this.completed = true;
          this.notify();
        },
      },
    );
  }

  private notify() {
    for (const l of this.listeners) l();
  }

  /** Committed events only (those with a seq), in arrival order. */
  get logged(): RoomEventData[] {
    return this.events.filter((e) => e.seq !== null);
  }

  get seqs(): number[] {
    return this.logged.map((e) => e.seq as number);
  }

  /** Resolves once the predicate holds, or fails after `timeoutMs` saying what was seen. */
  waitFor(predicate: (w: RoomWatcher) => boolean, what: string, timeoutMs = 10_000): Promise<void> {
    if (predicate(this)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const check = () => {
        if (!predicate(this)) return;
        clearTimeout(timer);
        this.listeners.delete(check);
        resolve();
      };
      const timer = setTimeout(() => {
        this.listeners.delete(check);
        reject(
          new Error(
            `timed out waiting for ${what}; seqs ${JSON.stringify(this.seqs)}, errors ${JSON.stringify(this.errors)}, closed ${String(this.closed)}`,
          ),
        );
      }, timeoutMs);
      this.listeners.add(check);
    });
  }

  /** Waits until the watcher has seen the seq (or a later one). */
  untilSeq(seq: number, timeoutMs?: number): Promise<void> {
    return this.waitFor((w) => w.seqs.some((s) => s >= seq), `seq ${seq}`, timeoutMs);
  }

  /** Waits until the subscription ends with errors, an error or completion. */
  untilEnded(timeoutMs?: number): Promise<void> {
    return this.waitFor(
      (w) => w.errors.length > 0 || w.closed !== null || w.completed,
      "the subscription to end",
      timeoutMs,
    );
  }

  unsubscribe(): void {
    this.stop();
  }
}
