import { describe, expect, it } from "vitest";
import { createLocalRoomBus, type RoomBusMessage } from "./rooms.bus";
import { type RoomStreamSource, streamRoomEvents } from "./rooms.stream";

const ROOM = "room-1";

function event(seq: number | null, kind: RoomBusMessage["kind"] = "message"): RoomBusMessage {
  return {
    roomId: ROOM,
    seq,
    kind,
    actorId: "u1",
    clientId: null,
    body: seq === null ? null : `m${seq}`,
    offerId: null,
    dealId: null,
    payload: null,
    at: "2027-03-01T02:00:00.000Z",
  };
}

/** A room log in memory with a bus; `append` commits, `publish` announces. */
function fakeRoom(options: { beforeRead?: (afterSeq: number) => void } = {}) {
  const log: RoomBusMessage[] = [];
  const bus = createLocalRoomBus();
  let subscribers = 0;
  const source: RoomStreamSource = {
    bus: {
      ...bus,
      async subscribe(roomId, listener) {
        subscribers += 1;
        const stop = await bus.subscribe(roomId, listener);
        return () => {
          subscribers -= 1;
          stop();
        };
      },
    },
    async loadAfter(_roomId, afterSeq, limit, beforeSeq) {
      options.beforeRead?.(afterSeq);
      return log
        .filter(
          (e) =>
            (e.seq as number) > afterSeq &&
            (beforeSeq === undefined || (e.seq as number) < beforeSeq),
        )
        .slice(0, limit);
    },
  };
  return {
    source,
    append(seq: number) {
      const e = event(seq);
      log.push(e);
      return e;
    },
    publish(e: RoomBusMessage) {
      bus.publish(e);
    },
    get subscribers() {
      return subscribers;
    },
  };
}

async function take(iterator: AsyncIterator<RoomBusMessage>, n: number) {
  const out: (number | null)[] = [];
  for (let i = 0; i < n; i++) {
    const next = await iterator.next();
    if (next.done) break;
    out.push(next.value.seq);
  }
  return out;
}

describe("room event stream", () => {
  it("replays the log after afterSeq, then delivers live events", async () => {
    const room = fakeRoom();
    for (let s = 1; s <= 5; s++) room.append(s);
    const stream = streamRoomEvents(room.source, ROOM, 2, { pageSize: 2 });
    expect(await take(stream, 3)).toEqual([3, 4, 5]);
    room.publish(room.append(6));
    room.publish(room.append(7));
    expect(await take(stream, 2)).toEqual([6, 7]);
    await stream.return();
  });

  it("delivers once an event committed and published while the log is being read", async () => {
    let injected = false;
    const room = fakeRoom({
      beforeRead: () => {
        if (injected) return;
        injected = true;
        // Committed before the read sees the log, and published to the live side too.
        room.publish(room.append(3));
      },
    });
    room.append(1);
    room.append(2);
    const stream = streamRoomEvents(room.source, ROOM, 0);
    expect(await take(stream, 3)).toEqual([1, 2, 3]);
    room.publish(room.append(4));
    expect(await take(stream, 1)).toEqual([4]);
    await stream.return();
  });

  it("fills a gap from the log when publishes arrive out of order or one is lost", async () => {
    const room = fakeRoom();
    const stream = streamRoomEvents(room.source, ROOM, 0);
    const first = take(stream, 1);
    await new Promise((r) => setTimeout(r, 5));
    const e1 = room.append(1);
    const e2 = room.append(2);
    room.publish(e2);
    room.publish(e1);
    expect(await first).toEqual([1]);
    expect(await take(stream, 1)).toEqual([2]);
    room.append(3); // its publish is lost
    room.publish(room.append(4));
    expect(await take(stream, 2)).toEqual([3, 4]);
    room.publish(room.append(5));
    expect(await take(stream, 1)).toEqual([5]);
    await stream.return();
  });

  it("passes live-only signals through without touching the sequence", async () => {
    const room = fakeRoom();
    room.append(1);
    const stream = streamRoomEvents(room.source, ROOM, 0);
    expect(await take(stream, 1)).toEqual([1]);
    room.publish(event(null, "typing"));
    room.publish(room.append(2));
    const next = [await stream.next(), await stream.next()].map((r) => r.value as RoomBusMessage);
    expect(next.map((e) => [e.kind, e.seq])).toEqual([
      ["typing", null],
      ["message", 2],
    ]);
    await stream.return();
  });

  it("re-reads the log instead of growing without bound behind a slow consumer", async () => {
    const room = fakeRoom();
    const stream = streamRoomEvents(room.source, ROOM, 0, { maxBuffered: 5, pageSize: 7 });
    const first = take(stream, 1);
    await new Promise((r) => setTimeout(r, 5));
    for (let s = 1; s <= 40; s++) room.publish(room.append(s));
    const seqs = [...(await first), ...(await take(stream, 39))];
    expect(seqs).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    await stream.return();
  });

  it("announces itself once live and unsubscribes when the consumer stops", async () => {
    const room = fakeRoom();
    room.append(1);
    const calls: string[] = [];
    const stream = streamRoomEvents(room.source, ROOM, 0, {
      onLive: () => {
        calls.push("live");
      },
      onEnd: () => {
        calls.push("end");
      },
    });
    expect(await take(stream, 1)).toEqual([1]);
    // The stream goes live once the consumer asks for more than the replay.
    const pending = stream.next();
    await new Promise((r) => setTimeout(r, 5));
    expect(calls).toEqual(["live"]);
    expect(room.subscribers).toBe(1);
    await stream.return();
    expect((await pending).done).toBe(true);
    await new Promise((r) => setTimeout(r, 5));
    expect(calls).toEqual(["live", "end"]);
    expect(room.subscribers).toBe(0);
  });
});
