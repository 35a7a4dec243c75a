// Two API instances on different ports sharing one database and one Redis, as in production
// behind a load balancer: clients on either instance see each other's events, exactly once and
// in order, and a client that reconnects to the other instance misses nothing.
import type { AddressInfo } from "node:net";
import type { Client } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, buildApp } from "../../app";
import { buildWorld, publishAchievement, type World } from "../../test-support/fixtures";
import { describeWithDb, GqlClient, type TestUser } from "../../test-support/harness";
import {
  ACCEPT_OFFER,
  COUNTER_OFFER,
  licenceTerms,
  OPEN_ROOM,
  PROPOSE_OFFER,
  ROOM_DETAIL,
  RoomWatcher,
  SEND_MESSAGE,
  wsClient,
} from "./rooms.fixtures";

const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
let counter = 0;
const clientId = () => `multi-${process.pid}-${++counter}-${Date.now()}`;

describeWithDb("rooms across two API instances through Redis", (env) => {
  let w: World;
  const instances: { app: App; port: number }[] = [];
  const sockets: Client[] = [];

  beforeAll(async () => {
    w = await buildWorld(env);
    for (let i = 0; i < 2; i++) {
      const app = await buildApp({ db: env.db, clock: env.clock, redisUrl: REDIS_URL });
      await app.listen({ port: 0, host: "127.0.0.1" });
      instances.push({ app, port: (app.server.address() as AddressInfo).port });
    }
  });
  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.dispose()));
    await Promise.all(instances.map((i) => i.app.close()));
  });

  /** The user's HTTP client on one instance (same session cookie). */
  function on(index: number, user: TestUser): GqlClient {
    const client = new GqlClient(instances[index]?.app as App, `${user.displayName}@${index}`);
    client.sessionToken = user.client.sessionToken;
    return client;
  }

  function socket(index: number, user: TestUser): Client {
    const client = wsClient(instances[index]?.port as number, user.client.sessionToken);
    sockets.push(client);
    return client;
  }

  async function openRoom() {
    const achievementId = await publishAchievement(w.instAdmin, w.reviewer, w.institute.id);
    const data = await on(0, w.entAdmin).ok(OPEN_ROOM, {
      input: { achievementId, asOrgId: w.enterprise.id },
    });
    return data.openRoom.id as string;
  }

  const sendVia = (index: number, user: TestUser, roomId: string, body: string, id = clientId()) =>
    on(index, user).ok(SEND_MESSAGE, { roomId, body, clientId: id });

  const range = (from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, i) => from + i);

  describe("fan-out", () => {
    it("carries messages, offers and presence between clients on different instances", async () => {
      const roomId = await openRoom();
      const buyer = new RoomWatcher(socket(0, w.entAdmin), roomId, 1);
      const seller = new RoomWatcher(socket(1, w.instAdmin), roomId, 1);
      await buyer.waitFor(
        (x) => x.events.some((e) => e.kind === "PRESENCE" && e.actor?.id === w.instAdmin.id),
        "the seller's presence from the other instance",
      );

      await sendVia(0, w.entAdmin, roomId, "from instance 0");
      await sendVia(1, w.instAdmin, roomId, "from instance 1");
      const offer = (await on(0, w.entAdmin).ok(PROPOSE_OFFER, { roomId, terms: licenceTerms() }))
        .proposeOffer;
      const counter = (
        await on(1, w.instAdmin).ok(COUNTER_OFFER, {
          offerId: offer.id,
          terms: licenceTerms({ upfrontFee: 650_000 }),
        })
      ).counterOffer;
      await on(0, w.entMember).ok(ACCEPT_OFFER, { offerId: counter.id });

      for (const watcher of [buyer, seller]) {
        await watcher.untilSeq(7);
        expect(watcher.seqs).toEqual(range(2, 7));
        expect(watcher.logged.map((e) => e.kind)).toEqual([
          "MESSAGE",
          "MESSAGE",
          "OFFER_PROPOSED",
          "OFFER_COUNTERED",
          "OFFER_ACCEPTED",
          "DEAL_AGREED",
        ]);
      }
      const online = (await on(1, w.entAdmin).ok(ROOM_DETAIL, { id: roomId })).room.online;
      expect(online.map((u: { id: string }) => u.id).sort()).toEqual(
        [w.entAdmin.id, w.instAdmin.id].sort(),
      );
      buyer.unsubscribe();
      seller.unsubscribe();
    });

    it("gives a client that reconnects to the other instance exactly the events it missed, in order", async () => {
      const roomId = await openRoom();
      const first = new RoomWatcher(socket(0, w.entAdmin), roomId, 0);
      for (let i = 0; i < 5; i++) await sendVia(1, w.instAdmin, roomId, `before ${i}`);
      await first.untilSeq(6);
      expect(first.seqs).toEqual(range(1, 6));
      first.unsubscribe();

      // The other side keeps posting through both instances while the client is away.
      await Promise.all(
        range(1, 20).map((i) => sendVia(i % 2, w.instAdmin, roomId, `while away ${i}`)),
      );
      const lastSeen = first.seqs.at(-1) as number;
      const again = new RoomWatcher(socket(1, w.entAdmin), roomId, lastSeen);
      // And keeps posting while the client replays.
      const during = Promise.all(
        range(1, 10).map((i) => sendVia(i % 2, w.instMember, roomId, `during replay ${i}`)),
      );
      await during;
      await again.untilSeq(36);
      expect(again.seqs).toEqual(range(7, 36));
      expect(first.seqs).toEqual(range(1, 6));
      again.unsubscribe();
    });

    it("stores a send retried through the other instance once and delivers it once", async () => {
      const roomId = await openRoom();
      const watcher = new RoomWatcher(socket(1, w.instAdmin), roomId, 1);
      const id = clientId();
      const a = (await sendVia(0, w.entAdmin, roomId, "sent twice", id)).sendMessage;
      const b = (await sendVia(1, w.entAdmin, roomId, "sent twice", id)).sendMessage;
      expect(b.seq).toBe(a.seq);
      await sendVia(0, w.entAdmin, roomId, "next");
      await watcher.untilSeq(3);
      expect(watcher.seqs).toEqual([2, 3]);
      expect(watcher.logged.map((e) => e.body)).toEqual(["sent twice", "next"]);
      watcher.unsubscribe();
    });

    it("refuses a non-participant on either instance", async () => {
      const roomId = await openRoom();
      for (const index of [0, 1]) {
        const outsider = new RoomWatcher(socket(index, w.otherAdmin), roomId, 0);
        await outsider.untilEnded();
        expect(outsider.errors.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
        const refused = await on(index, w.otherAdmin).fail(SEND_MESSAGE, {
          roomId,
          body: "let me in",
          clientId: clientId(),
        });
        expect(refused.code).toBe("FORBIDDEN");
      }
    });
  });
});
