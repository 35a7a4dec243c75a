import type { AddressInfo } from "node:net";
import { achievements, auditLog, brokerProfiles, matches } from "@openttc/db/schema";
import { and, eq } from "drizzle-orm";
import type { Client } from "graphql-ws";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  buildWorld,
  openDemand,
  publishAchievement,
  submitAnswer,
  type World,
} from "../../test-support/fixtures";
import { describeWithDb, type GqlClient, type TestUser } from "../../test-support/harness";
import {
  ACCEPT_OFFER,
  ADD_ROOM_BROKER,
  CHECK_OFFER,
  COUNTER_OFFER,
  licenceTerms,
  MARK_READ,
  OPEN_ROOM,
  PROPOSE_OFFER,
  ROOM,
  ROOM_DETAIL,
  ROOM_EVENTS_PAGE,
  ROOM_UNREAD,
  ROOMS,
  RoomWatcher,
  SEND_MESSAGE,
  SET_TYPING,
  WITHDRAW_OFFER,
  wsClient,
} from "./rooms.fixtures";

let clientCounter = 0;
const nextClientId = () => `client-${process.pid}-${++clientCounter}-${Date.now()}`;

describeWithDb("rooms", (env) => {
  let w: World;
  let broker: TestUser;
  let port: number;
  const sockets: Client[] = [];

  beforeAll(async () => {
    w = await buildWorld(env);
    broker = await env.signUp("Broker");
    await env.db.insert(brokerProfiles).values({ userId: broker.id, tier: "senior" });
    await env.app.listen({ port: 0, host: "127.0.0.1" });
    port = (env.app.server.address() as AddressInfo).port;
  });
  beforeEach(() => env.clock.reset());
  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.dispose()));
  });

  function socketOf(user: TestUser | null): Client {
    const client = wsClient(port, user ? user.client.sessionToken : null);
    sockets.push(client);
    return client;
  }

  /** A published achievement of the university and the enterprise's inquiry room on it. */
  async function inquiryRoom(overrides: Record<string, unknown> = {}) {
    const achievementId = await publishAchievement(
      w.instAdmin,
      w.reviewer,
      w.institute.id,
      overrides,
    );
    const data = await w.entAdmin.client.ok(OPEN_ROOM, {
      input: { achievementId, asOrgId: w.enterprise.id },
    });
    return { room: data.openRoom as { id: string; lastSeq: number }, achievementId };
  }

  const send = (user: TestUser, roomId: string, body: string, clientId = nextClientId()) =>
    user.client.ok(SEND_MESSAGE, { roomId, body, clientId }).then((d) => d.sendMessage);

  describe("opening", () => {
    it("opens a room from an inquiry, an answer or a match, and finds the same room when opened again", async () => {
      const { room, achievementId } = await inquiryRoom();
      expect(room).toMatchObject({
        origin: "INQUIRY",
        status: "OPEN",
        lastSeq: 1,
        viewerSide: "BUYER",
        buyer: { id: w.enterprise.id },
        seller: { id: w.institute.id },
        achievement: { id: achievementId },
        brokers: [],
      });
      const again = await w.entMember.client.ok(OPEN_ROOM, {
        input: { achievementId, asOrgId: w.enterprise.id },
      });
      expect(again.openRoom).toMatchObject({ id: room.id, lastSeq: 1, viewerSide: "BUYER" });
      const seen = await w.instMember.client.ok(ROOM, { id: room.id });
      expect(seen.room.viewerSide).toBe("SELLER");

      const demandId = await openDemand(env, w.entAdmin, w.enterprise.id);
      const answerId = await submitAnswer(w.instAdmin, w.institute.id, demandId, {
        achievementIds: [achievementId],
      });
      const fromAnswer = await w.instAdmin.client.ok(OPEN_ROOM, { input: { answerId } });
      expect(fromAnswer.openRoom).toMatchObject({
        origin: "ANSWER",
        answerId,
        buyer: { id: w.enterprise.id },
        seller: { id: w.institute.id },
        achievement: { id: achievementId },
      });

      const [match] = await env.db
        .insert(matches)
        .values({
          demandId,
          achievementId,
          score: 0.8,
          components: {},
          explanation: {
            components: [],
            matchedTerms: [],
            highlights: { demand: [], achievement: [] },
            sentences: {},
          },
          weightsVersion: 0,
        })
        .returning();
      const fromMatch = await broker.client.ok(OPEN_ROOM, { input: { matchId: match?.id } });
      expect(fromMatch.openRoom).toMatchObject({
        origin: "MATCH",
        matchId: match?.id,
        viewerSide: "BROKER",
        lastSeq: 2,
        brokers: [{ id: broker.id }],
      });
    });

    it("refuses inquiries for someone else's organization, on one's own listing, and malformed origins", async () => {
      const achievementId = await publishAchievement(w.instAdmin, w.reviewer, w.institute.id);
      const before = await env.snapshot();
      const notMine = await w.loner.client.fail(OPEN_ROOM, {
        input: { achievementId, asOrgId: w.enterprise.id },
      });
      expect(notMine.code).toBe("FORBIDDEN");
      const own = await w.instAdmin.client.fail(OPEN_ROOM, {
        input: { achievementId, asOrgId: w.institute.id },
      });
      expect(own.code).toBe("CONFLICT");
      const two = await w.entAdmin.client.fail(OPEN_ROOM, {
        input: { achievementId, answerId: achievementId, asOrgId: w.enterprise.id },
      });
      expect(two).toMatchObject({
        code: "BAD_USER_INPUT",
        extensions: { field: "input.achievementId" },
      });
      const noOrg = await w.entAdmin.client.fail(OPEN_ROOM, { input: { achievementId } });
      expect(noOrg).toMatchObject({
        code: "BAD_USER_INPUT",
        extensions: { field: "input.asOrgId" },
      });
      const anonymous = await env.anonymous().fail(OPEN_ROOM, {
        input: { achievementId, asOrgId: w.enterprise.id },
      });
      expect(anonymous.code).toBe("UNAUTHENTICATED");
      expect(await env.snapshot()).toEqual(before);
    });
  });

  describe("messages", () => {
    it("stores a retried send with the same clientId once and returns the stored message", async () => {
      const { room } = await inquiryRoom();
      const clientId = nextClientId();
      const first = await send(w.entAdmin, room.id, "我们对独占许可感兴趣", clientId);
      const retry = await send(w.entAdmin, room.id, "我们对独占许可感兴趣", clientId);
      expect(first).toMatchObject({
        seq: 2,
        kind: "MESSAGE",
        clientId,
        actor: { id: w.entAdmin.id },
      });
      expect(retry).toEqual(first);
      const page = await w.instAdmin.client.ok(ROOM_EVENTS_PAGE, { id: room.id, afterSeq: 0 });
      expect(page.room.events.events.map((e: { kind: string }) => e.kind)).toEqual([
        "ROOM_OPENED",
        "MESSAGE",
      ]);
      const reused = await w.entAdmin.client.fail(SEND_MESSAGE, {
        roomId: room.id,
        body: "something else",
        clientId,
      });
      expect(reused).toMatchObject({ code: "BAD_USER_INPUT", extensions: { field: "clientId" } });
      const empty = await w.entAdmin.client.fail(SEND_MESSAGE, {
        roomId: room.id,
        body: "   ",
        clientId: nextClientId(),
      });
      expect(empty).toMatchObject({ code: "BAD_USER_INPUT", extensions: { field: "body" } });
      const shortKey = await w.entAdmin.client.fail(SEND_MESSAGE, {
        roomId: room.id,
        body: "hi",
        clientId: "x",
      });
      expect(shortKey).toMatchObject({ code: "BAD_USER_INPUT", extensions: { field: "clientId" } });
      expect((await w.entAdmin.client.ok(ROOM, { id: room.id })).room.lastSeq).toBe(2);

      // A burst of retries racing each other: one message, one seq, every caller gets it.
      const racing = nextClientId();
      const copies = await Promise.all(
        Array.from({ length: 6 }, () => send(w.entMember, room.id, "racing retries", racing)),
      );
      expect(new Set(copies.map((c) => c.seq))).toEqual(new Set([3]));
      expect((await w.entAdmin.client.ok(ROOM, { id: room.id })).room.lastSeq).toBe(3);
    });

    it("pages back through the log and counts unread events; read markers only move forward", async () => {
      const { room } = await inquiryRoom();
      for (let i = 1; i <= 5; i++) await send(w.entAdmin, room.id, `message ${i}`);
      const latest = await w.instAdmin.client.ok(ROOM_EVENTS_PAGE, { id: room.id, limit: 2 });
      expect(latest.room.events.events.map((e: { seq: number }) => e.seq)).toEqual([5, 6]);
      expect(latest.room.events.hasMore).toBe(true);
      const earlier = await w.instAdmin.client.ok(ROOM_EVENTS_PAGE, {
        id: room.id,
        beforeSeq: 5,
        limit: 10,
      });
      expect(earlier.room.events.events.map((e: { seq: number }) => e.seq)).toEqual([1, 2, 3, 4]);
      expect(earlier.room.events.hasMore).toBe(false);
      const badLimit = await w.instAdmin.client.fail(ROOM_EVENTS_PAGE, {
        id: room.id,
        limit: 1000,
      });
      expect(badLimit).toMatchObject({ code: "BAD_USER_INPUT", extensions: { field: "limit" } });

      const unreadOf = async (user: TestUser) =>
        (await user.client.ok(ROOM, { id: room.id })).room.unreadCount;
      expect(await unreadOf(w.instAdmin)).toBe(6);
      expect(await unreadOf(w.entAdmin)).toBe(0);
      const listed = await w.instAdmin.client.ok(ROOMS, { first: 50 });
      expect(
        listed.rooms.edges.find((e: { node: { id: string } }) => e.node.id === room.id).node,
      ).toMatchObject({ unreadCount: 6, lastSeq: 6 });
      // Each listed room carries its own latest event, loaded for the whole list at once.
      const withLast = await w.instAdmin.client.ok(
        `{ rooms(first: 50) { edges { node { id lastSeq lastEvent { seq kind body } } } } }`,
      );
      const nodes = withLast.rooms.edges.map(
        (e: { node: { id: string; lastSeq: number; lastEvent: { seq: number } } }) => e.node,
      );
      expect(nodes.length).toBeGreaterThan(1);
      for (const node of nodes) expect(node.lastEvent.seq).toBe(node.lastSeq);
      expect(nodes.find((n: { id: string }) => n.id === room.id).lastEvent).toEqual({
        seq: 6,
        kind: "MESSAGE",
        body: "message 5",
      });
      const totalBefore = (await w.instAdmin.client.ok(ROOM_UNREAD)).roomUnreadCount;
      expect(totalBefore).toBeGreaterThanOrEqual(6);

      await w.instAdmin.client.ok(MARK_READ, { roomId: room.id, seq: 4 });
      expect(await unreadOf(w.instAdmin)).toBe(2);
      const back = await w.instAdmin.client.ok(MARK_READ, { roomId: room.id, seq: 2 });
      expect(back.markRead.lastReadSeq).toBe(4);
      const beyond = await w.instAdmin.client.ok(MARK_READ, { roomId: room.id, seq: 999 });
      expect(beyond.markRead.lastReadSeq).toBe(6);
      expect(await unreadOf(w.instAdmin)).toBe(0);
      expect((await w.instAdmin.client.ok(ROOM_UNREAD)).roomUnreadCount).toBe(totalBefore - 6);
      const negative = await w.instAdmin.client.fail(MARK_READ, { roomId: room.id, seq: -1 });
      expect(negative).toMatchObject({ code: "BAD_USER_INPUT", extensions: { field: "seq" } });
    });
  });

  describe("offers", () => {
    it("negotiates to a deal: propose, counter with a diff, accept; the listing is transacted and audited", async () => {
      const { room, achievementId } = await inquiryRoom();
      const proposed = (
        await w.entAdmin.client.ok(PROPOSE_OFFER, {
          roomId: room.id,
          terms: licenceTerms(),
          note: "首轮报价",
        })
      ).proposeOffer;
      expect(proposed).toMatchObject({
        number: 1,
        status: "PROPOSED",
        proposerSide: "BUYER",
        pendingSides: ["SELLER"],
        note: "首轮报价",
        changes: [],
        terms: { upfrontFee: 500_000, royalty: { ratePercent: 3, base: "NET_SALES" } },
      });
      const [listing] = await env.db
        .select({ status: achievements.status })
        .from(achievements)
        .where(eq(achievements.id, achievementId));
      expect(listing?.status).toBe("in_negotiation");

      const ownCounter = await w.entMember.client.fail(COUNTER_OFFER, {
        offerId: proposed.id,
        terms: licenceTerms({ upfrontFee: 400_000 }),
      });
      expect(ownCounter.code).toBe("CONFLICT");
      const second = await w.entAdmin.client.fail(PROPOSE_OFFER, {
        roomId: room.id,
        terms: licenceTerms(),
      });
      expect(second.code).toBe("CONFLICT");

      const countered = (
        await w.instAdmin.client.ok(COUNTER_OFFER, {
          offerId: proposed.id,
          terms: licenceTerms({ upfrontFee: 800_000, termYears: 8 }),
        })
      ).counterOffer;
      expect(countered).toMatchObject({
        number: 2,
        status: "PROPOSED",
        proposerSide: "SELLER",
        previousOfferId: proposed.id,
        pendingSides: ["BUYER"],
      });
      expect(countered.changes).toEqual([
        { path: "upfrontFee", kind: "CHANGED", before: "500000", after: "800000" },
        { path: "termYears", kind: "CHANGED", before: "10", after: "8" },
      ]);
      const ownAccept = await w.instMember.client.fail(ACCEPT_OFFER, { offerId: countered.id });
      expect(ownAccept.code).toBe("CONFLICT");
      const oldAccept = await w.entAdmin.client.fail(ACCEPT_OFFER, { offerId: proposed.id });
      expect(oldAccept.code).toBe("CONFLICT");

      const accepted = (await w.entMember.client.ok(ACCEPT_OFFER, { offerId: countered.id }))
        .acceptOffer;
      expect(accepted).toMatchObject({ status: "ACCEPTED", pendingSides: [] });
      const detail = (await w.instAdmin.client.ok(ROOM_DETAIL, { id: room.id })).room;
      expect(detail.status).toBe("AGREED");
      expect(detail.offers.map((o: { status: string }) => o.status)).toEqual([
        "COUNTERED",
        "ACCEPTED",
      ]);
      expect(detail.openOffer).toBeNull();
      expect(detail.deal).toMatchObject({
        mode: "EXCLUSIVE_LICENCE",
        status: "AGREED",
        buyer: { id: w.enterprise.id },
        seller: { id: w.institute.id },
        terms: { upfrontFee: 800_000 },
        offer: { id: countered.id },
      });
      const [after] = await env.db
        .select({ status: achievements.status })
        .from(achievements)
        .where(eq(achievements.id, achievementId));
      expect(after?.status).toBe("transacted");

      const log = await w.entAdmin.client.ok(ROOM_EVENTS_PAGE, { id: room.id, afterSeq: 0 });
      expect(log.room.events.events.map((e: { kind: string }) => e.kind)).toEqual([
        "ROOM_OPENED",
        "OFFER_PROPOSED",
        "OFFER_COUNTERED",
        "OFFER_ACCEPTED",
        "DEAL_AGREED",
      ]);
      const offerAudit = await env.db
        .select({ action: auditLog.action })
        .from(auditLog)
        .where(eq(auditLog.entityType, "offer"));
      expect(offerAudit.map((a) => a.action)).toEqual(
        expect.arrayContaining(["propose", "counter", "accept"]),
      );
      const dealAudit = await env.db
        .select({ orgId: auditLog.orgId })
        .from(auditLog)
        .where(and(eq(auditLog.entityType, "deal"), eq(auditLog.entityId, detail.deal.id)));
      expect(dealAudit.map((a) => a.orgId).sort()).toEqual(
        [w.enterprise.id, w.institute.id].sort(),
      );
      const listingAudit = await env.db
        .select({ action: auditLog.action })
        .from(auditLog)
        .where(and(eq(auditLog.entityType, "achievement"), eq(auditLog.entityId, achievementId)));
      expect(listingAudit.map((a) => a.action)).toEqual(
        expect.arrayContaining(["startNegotiation", "transact"]),
      );

      const late = await w.entAdmin.client.fail(PROPOSE_OFFER, {
        roomId: room.id,
        terms: licenceTerms(),
      });
      expect(late.code).toBe("CONFLICT");
    });

    it("lets only the proposing side withdraw, and needs both parties for a broker's offer", async () => {
      const { room, achievementId } = await inquiryRoom({
        transferModes: ["NON_EXCLUSIVE_LICENCE"],
      });
      const nonExclusive = licenceTerms({
        mode: "NON_EXCLUSIVE_LICENCE",
        exclusivity: "NON_EXCLUSIVE",
      });
      const offer = (
        await w.instAdmin.client.ok(PROPOSE_OFFER, { roomId: room.id, terms: nonExclusive })
      ).proposeOffer;
      const notTheirs = await w.entAdmin.client.fail(WITHDRAW_OFFER, { offerId: offer.id });
      expect(notTheirs.code).toBe("FORBIDDEN");
      const withdrawn = (await w.instMember.client.ok(WITHDRAW_OFFER, { offerId: offer.id }))
        .withdrawOffer;
      expect(withdrawn.status).toBe("WITHDRAWN");

      const notBroker = await w.entAdmin.client.fail(ADD_ROOM_BROKER, {
        roomId: room.id,
        brokerUserId: w.loner.id,
      });
      expect(notBroker).toMatchObject({
        code: "BAD_USER_INPUT",
        extensions: { field: "brokerUserId" },
      });
      const added = (
        await w.entAdmin.client.ok(ADD_ROOM_BROKER, { roomId: room.id, brokerUserId: broker.id })
      ).addRoomBroker;
      expect(added.brokers).toEqual([{ id: broker.id, displayName: "Broker" }]);

      const mediated = (
        await broker.client.ok(PROPOSE_OFFER, { roomId: room.id, terms: nonExclusive })
      ).proposeOffer;
      expect(mediated).toMatchObject({ proposerSide: "BROKER", pendingSides: ["BUYER", "SELLER"] });
      const brokerAccepts = await broker.client.fail(ACCEPT_OFFER, { offerId: mediated.id });
      expect(brokerAccepts.code).toBe("FORBIDDEN");
      const half = (await w.entAdmin.client.ok(ACCEPT_OFFER, { offerId: mediated.id })).acceptOffer;
      expect(half).toMatchObject({ status: "PROPOSED", pendingSides: ["SELLER"] });
      const twice = await w.entMember.client.fail(ACCEPT_OFFER, { offerId: mediated.id });
      expect(twice.code).toBe("CONFLICT");
      const full = (await w.instAdmin.client.ok(ACCEPT_OFFER, { offerId: mediated.id }))
        .acceptOffer;
      expect(full).toMatchObject({ status: "ACCEPTED", pendingSides: [] });
      // A non-exclusive licence leaves the achievement on the market.
      const [listing] = await env.db
        .select({ status: achievements.status })
        .from(achievements)
        .where(eq(achievements.id, achievementId));
      expect(listing?.status).toBe("published");
    });

    it("never sells an exclusive right twice: other rooms on a transacted achievement take no offers", async () => {
      const { room, achievementId } = await inquiryRoom();
      // A second buyer asks about the same achievement.
      const second = (
        await w.otherAdmin.client.ok(OPEN_ROOM, {
          input: { achievementId, asOrgId: w.otherInstitute.id },
        })
      ).openRoom;
      const pending = (
        await w.instAdmin.client.ok(PROPOSE_OFFER, { roomId: second.id, terms: licenceTerms() })
      ).proposeOffer;
      const first = (
        await w.instAdmin.client.ok(PROPOSE_OFFER, { roomId: room.id, terms: licenceTerms() })
      ).proposeOffer;
      await w.entAdmin.client.ok(ACCEPT_OFFER, { offerId: first.id });
      const late = await w.otherAdmin.client.fail(ACCEPT_OFFER, { offerId: pending.id });
      expect(late).toMatchObject({
        code: "CONFLICT",
        message: expect.stringContaining("transacted"),
      });
      const fresh = await w.instAdmin.client.fail(COUNTER_OFFER, {
        offerId: pending.id,
        terms: licenceTerms(),
      });
      expect(fresh.code).toBe("CONFLICT");
      const deal = (await w.otherAdmin.client.ok(ROOM_DETAIL, { id: second.id })).room.deal;
      expect(deal).toBeNull();
    });

    it("refuses offers that break a policy rule or are malformed, naming the field, and writes nothing", async () => {
      const { room } = await inquiryRoom();
      const cases: [Record<string, unknown>, string][] = [
        [
          licenceTerms({
            mode: "EQUITY_INVESTMENT",
            royalty: null,
            equity: {
              valuation: 5_000_000,
              technologySharePercent: 30,
              teamSharePercent: 75,
              remainderHolder: "UNIT",
            },
          }),
          "terms.equity.teamSharePercent",
        ],
        [licenceTerms({ mode: "EQUITY_INVESTMENT", royalty: null }), "terms.equity"],
        [
          licenceTerms({ mode: "USE_FIRST_PAY_LATER", payLater: { kind: "STAGED" } }),
          "terms.upfrontFee",
        ],
        [licenceTerms({ mode: "USE_FIRST_PAY_LATER", upfrontFee: 0 }), "terms.payLater"],
        [
          licenceTerms({ rightsGrant: { kind: "LONG_TERM_USE", years: 5 } }),
          "terms.rightsGrant.years",
        ],
        [licenceTerms({ mode: "TRANSFER", exclusivity: "SOLE" }), "terms.exclusivity"],
        [
          licenceTerms({ royalty: { ratePercent: -1, base: "NET_SALES" } }),
          "terms.royalty.ratePercent",
        ],
        [
          licenceTerms({
            royalty: { ratePercent: 3, base: "NET_SALES", annualCap: 100, totalCap: 50 },
          }),
          "terms.royalty.totalCap",
        ],
        [licenceTerms({ territory: [] }), "terms.territory"],
        [licenceTerms({ milestones: [{ amount: 1000 }] }), "terms.milestones.0.condition"],
        [
          licenceTerms({
            mode: "JOINT_DEVELOPMENT",
            incomeSplit: { researchersPercent: 70 },
          }),
          "terms.incomeSplit.researchersPercent",
        ],
        [
          licenceTerms({
            mode: "EQUITY_INVESTMENT",
            royalty: null,
            equity: {
              valuation: 5_000_000,
              technologySharePercent: 30,
              teamSharePercent: 85,
              remainderHolder: "UNIT",
            },
            investFirst: {
              fundingAmount: 1_000_000,
              conditions: [],
              equityPercentOnConversion: 10,
            },
          }),
          "terms.investFirst.conditions",
        ],
      ];
      const before = await env.snapshot();
      for (const [terms, field] of cases) {
        const error = await w.entAdmin.client.fail(PROPOSE_OFFER, { roomId: room.id, terms });
        expect(error, field).toMatchObject({ code: "BAD_USER_INPUT", extensions: { field } });
        expect(
          error.extensions?.issues?.map((i) => i.path),
          field,
        ).toContain(field);
      }
      const wrongType = await w.entAdmin.client.fail(PROPOSE_OFFER, {
        roomId: room.id,
        terms: { ...licenceTerms(), termYears: "ten" },
      });
      expect(wrongType.code).toBe("BAD_USER_INPUT");
      expect(await env.snapshot()).toEqual(before);
    });

    it("checks draft terms live: findings, the payment schedule and the change from the open offer", async () => {
      const { room } = await inquiryRoom({
        publiclyFunded: true,
        transferModes: ["EXCLUSIVE_LICENCE", "USE_FIRST_PAY_LATER"],
      });
      const before = await env.snapshot();
      const check = (
        await w.entAdmin.client.ok(CHECK_OFFER, {
          roomId: room.id,
          terms: licenceTerms({
            mode: "USE_FIRST_PAY_LATER",
            upfrontFee: 0,
            milestones: [],
            royalty: { ratePercent: 5, base: "NET_SALES", annualCap: 60_000, totalCap: 100_000 },
            payLater: {
              kind: "DEFERRED",
              deferredAmount: 50_000,
              deferredMonthsAfterFirstRevenue: 6,
            },
            termYears: 3,
          }),
          assumptions: { startDate: "2027-03-01", annualRevenue: [0, 1_000_000, 2_000_000] },
        })
      ).checkOffer;
      expect(check.valid).toBe(true);
      expect(check.issues).toEqual([
        expect.objectContaining({ code: "TRANSFER_LIST_OBLIGATION", severity: "INFO", measure: 5 }),
      ]);
      expect(check.schedule.periods).toEqual([
        { label: "Y1", royalty: 0, royaltyCapped: false, total: 0, cumulative: 0 },
        { label: "Y2", royalty: 50_000, royaltyCapped: false, total: 100_000, cumulative: 100_000 },
        { label: "Y3", royalty: 50_000, royaltyCapped: true, total: 50_000, cumulative: 150_000 },
      ]);
      const broken = (
        await w.entAdmin.client.ok(CHECK_OFFER, {
          roomId: room.id,
          terms: licenceTerms({ mode: "USE_FIRST_PAY_LATER" }),
        })
      ).checkOffer;
      expect(broken.valid).toBe(false);
      expect(broken.issues.map((i: { path: string }) => i.path)).toEqual(
        expect.arrayContaining(["terms.upfrontFee", "terms.payLater"]),
      );
      const malformed = (
        await w.entAdmin.client.ok(CHECK_OFFER, {
          roomId: room.id,
          terms: licenceTerms({ termYears: 0 }),
        })
      ).checkOffer;
      expect(malformed).toMatchObject({
        valid: false,
        schedule: null,
        issues: [{ code: "INVALID_FIELD", path: "terms.termYears" }],
      });
      expect(await env.snapshot()).toEqual(before);
    });
  });

  describe("who may read and write", () => {
    it("refuses every query, mutation and subscription of a non-participant, for every event type", async () => {
      const { room } = await inquiryRoom();
      const offer = (
        await w.entAdmin.client.ok(PROPOSE_OFFER, { roomId: room.id, terms: licenceTerms() })
      ).proposeOffer;
      const outsider = socketOf(w.otherAdmin);
      const watcher = new RoomWatcher(outsider, room.id, 0);
      await watcher.untilEnded();
      expect(watcher.errors.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);

      const calls: [string, Record<string, unknown>][] = [
        [ROOM, { id: room.id }],
        [ROOM_EVENTS_PAGE, { id: room.id, afterSeq: 0 }],
        [`query ($id: ID!) { offer(id: $id) { id } }`, { id: offer.id }],
        [CHECK_OFFER, { roomId: room.id, terms: licenceTerms() }],
        [SEND_MESSAGE, { roomId: room.id, body: "hello", clientId: nextClientId() }],
        [PROPOSE_OFFER, { roomId: room.id, terms: licenceTerms() }],
        [COUNTER_OFFER, { offerId: offer.id, terms: licenceTerms() }],
        [ACCEPT_OFFER, { offerId: offer.id }],
        [WITHDRAW_OFFER, { offerId: offer.id }],
        [MARK_READ, { roomId: room.id, seq: 1 }],
        [SET_TYPING, { roomId: room.id, typing: true }],
        [ADD_ROOM_BROKER, { roomId: room.id, brokerUserId: broker.id }],
        [OPEN_ROOM, { input: { achievementId: room.id, asOrgId: w.enterprise.id } }],
      ];
      const before = await env.snapshot();
      for (const [query, variables] of calls) {
        for (const [who, client, code] of [
          ["another organization", w.otherAdmin.client, "FORBIDDEN"],
          ["a user without organization", w.loner.client, "FORBIDDEN"],
          ["a broker not in the room", broker.client, "FORBIDDEN"],
          ["anonymous", env.anonymous(), "UNAUTHENTICATED"],
        ] as [string, GqlClient, string][]) {
          const error = await client.fail(query, variables);
          const expected =
            query === OPEN_ROOM && code === "FORBIDDEN" ? ["FORBIDDEN", "NOT_FOUND"] : [code];
          expect(expected, `${who}: ${query.slice(0, 40)}`).toContain(error.code);
        }
      }
      expect(await env.snapshot()).toEqual(before);
      const rooms = await w.otherAdmin.client.ok(ROOMS, { first: 100 });
      expect(rooms.rooms.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(
        room.id,
      );

      // The participants produce every kind of event; the refused outsider receives none.
      const inside = new RoomWatcher(socketOf(w.instAdmin), room.id, null);
      // Its own presence announcement means the subscription is live.
      await inside.waitFor((x) => x.events.some((e) => e.kind === "PRESENCE"), "live");
      await send(w.entAdmin, room.id, "outsiders must not see this");
      await w.entAdmin.client.ok(SET_TYPING, { roomId: room.id, typing: true });
      await w.entAdmin.client.ok(MARK_READ, { roomId: room.id, seq: 2 });
      const countered = (
        await w.instAdmin.client.ok(COUNTER_OFFER, {
          offerId: offer.id,
          terms: licenceTerms({ upfrontFee: 700_000 }),
        })
      ).counterOffer;
      await w.entAdmin.client.ok(ACCEPT_OFFER, { offerId: countered.id });
      await inside.waitFor(
        (x) => x.events.some((e) => e.kind === "DEAL_AGREED"),
        "the deal to reach a participant",
      );
      expect(new Set(inside.events.map((e) => e.kind))).toEqual(
        new Set([
          "PRESENCE",
          "MESSAGE",
          "TYPING",
          "READ",
          "OFFER_COUNTERED",
          "OFFER_ACCEPTED",
          "DEAL_AGREED",
        ]),
      );
      expect(watcher.events).toEqual([]);
      inside.unsubscribe();
    });

    it("refuses a WebSocket connection without a valid session", async () => {
      const { room } = await inquiryRoom();
      const anonymous = new RoomWatcher(socketOf(null), room.id, 0);
      await anonymous.untilEnded();
      expect(anonymous.events).toEqual([]);
      expect((anonymous.closed as { code?: number }).code).toBe(4403);
      const forged = wsClient(port, "not-a-session-token");
      sockets.push(forged);
      const watcher = new RoomWatcher(forged, room.id, 0);
      await watcher.untilEnded();
      expect((watcher.closed as { code?: number }).code).toBe(4403);
    });

    it("lets an operator read and follow a room for audit, unseen, but not write in it", async () => {
      const { room } = await inquiryRoom();
      const offer = (
        await w.entAdmin.client.ok(PROPOSE_OFFER, { roomId: room.id, terms: licenceTerms() })
      ).proposeOffer;
      const read = (await w.operator.client.ok(ROOM_DETAIL, { id: room.id })).room;
      expect(read).toMatchObject({ id: room.id, viewerSide: null, offers: [{ id: offer.id }] });
      const page = await w.operator.client.ok(ROOM_EVENTS_PAGE, { id: room.id, afterSeq: 0 });
      expect(page.room.events.events).toHaveLength(2);
      const listed = await w.operator.client.ok(ROOMS, { first: 100 });
      expect(listed.rooms.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(room.id);

      const audit = new RoomWatcher(socketOf(w.operator), room.id, 0);
      await audit.untilSeq(2);
      const before = await env.snapshot();
      for (const [query, variables] of [
        [SEND_MESSAGE, { roomId: room.id, body: "operator speaking", clientId: nextClientId() }],
        [PROPOSE_OFFER, { roomId: room.id, terms: licenceTerms() }],
        [COUNTER_OFFER, { offerId: offer.id, terms: licenceTerms() }],
        [ACCEPT_OFFER, { offerId: offer.id }],
        [WITHDRAW_OFFER, { offerId: offer.id }],
        [MARK_READ, { roomId: room.id, seq: 1 }],
        [SET_TYPING, { roomId: room.id, typing: true }],
        [ADD_ROOM_BROKER, { roomId: room.id, brokerUserId: broker.id }],
      ] as [string, Record<string, unknown>][]) {
        const error = await w.operator.client.fail(query, variables);
        expect(error.code, query.slice(0, 40)).toBe("FORBIDDEN");
      }
      expect(await env.snapshot()).toEqual(before);
      await send(w.instAdmin, room.id, "the operator sees this live");
      await audit.untilSeq(3);
      const participant = new RoomWatcher(socketOf(w.entAdmin), room.id, null);
      await participant.waitFor((x) => x.events.some((e) => e.kind === "PRESENCE"), "live");
      await send(w.instAdmin, room.id, "after both joined");
      await participant.untilSeq(4);
      expect((await w.instAdmin.client.ok(ROOM_DETAIL, { id: room.id })).room.online).toEqual([
        { id: w.entAdmin.id },
      ]);
      await audit.untilSeq(4);
      // The operator's own connection announced nothing.
      expect(audit.events.filter((e) => e.kind === "PRESENCE").map((e) => e.actor?.id)).toEqual([
        w.entAdmin.id,
      ]);
      audit.unsubscribe();
      participant.unsubscribe();
    });
  });

  describe("subscription", () => {
    it("replays the log after afterSeq, then live events, exactly once and in order", async () => {
      const { room } = await inquiryRoom();
      for (let i = 1; i <= 4; i++) await send(w.entAdmin, room.id, `before ${i}`);
      const watcher = new RoomWatcher(socketOf(w.instAdmin), room.id, 2);
      await watcher.untilSeq(5);
      expect(watcher.seqs).toEqual([3, 4, 5]);
      // Posts racing the replay: all arrive once, in order.
      await Promise.all(
        Array.from({ length: 10 }, (_, i) => send(w.entAdmin, room.id, `live ${i}`)),
      );
      await watcher.untilSeq(15);
      expect(watcher.seqs).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
      const typing = new RoomWatcher(socketOf(w.entAdmin), room.id, null);
      await watcher.waitFor(
        (x) =>
          x.events.some(
            (e) => e.kind === "PRESENCE" && e.actor?.id === w.entAdmin.id && e.online === true,
          ),
        "the buyer's presence",
      );
      await w.entAdmin.client.ok(SET_TYPING, { roomId: room.id, typing: true });
      await watcher.waitFor(
        (x) => x.events.some((e) => e.kind === "TYPING" && e.typing === true),
        "typing",
      );
      await w.entAdmin.client.ok(MARK_READ, { roomId: room.id, seq: 15 });
      await watcher.waitFor(
        (x) => x.events.some((e) => e.kind === "READ" && e.readSeq === 15),
        "the read receipt",
      );
      typing.unsubscribe();
      await watcher.waitFor(
        (x) => x.events.some((e) => e.kind === "PRESENCE" && e.online === false),
        "the buyer leaving",
      );
      expect(
        watcher.events
          .filter((e) => e.kind === "PRESENCE" || e.kind === "TYPING" || e.kind === "READ")
          .every((e) => e.seq === null),
      ).toBe(true);
      watcher.unsubscribe();
    });

    it("treats an afterSeq beyond the log as its end, so the next events still arrive", async () => {
      const { room } = await inquiryRoom();
      const watcher = new RoomWatcher(socketOf(w.instAdmin), room.id, 500);
      await watcher.waitFor((x) => x.events.some((e) => e.kind === "PRESENCE"), "live");
      await send(w.entAdmin, room.id, "after a bogus afterSeq");
      await watcher.untilSeq(2);
      expect(watcher.seqs).toEqual([2]);
      watcher.unsubscribe();
    });

    it("refuses a bad afterSeq with BAD_USER_INPUT", async () => {
      const { room } = await inquiryRoom();
      const watcher = new RoomWatcher(socketOf(w.instAdmin), room.id, -3);
      await watcher.untilEnded();
      expect(watcher.errors[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "afterSeq",
      });
    });
  });
});
