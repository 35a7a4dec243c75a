import { describe, expect, it } from "vitest";
import { emptyLog, groupLog, mergeEvents, type RoomEvent, readersOf } from "./room-log";

function message(seq: number, actor: string, at: string, body = `m${seq}`): RoomEvent {
  return {
    kind: "MESSAGE",
    seq,
    at,
    body,
    clientId: null,
    online: null,
    typing: null,
    readSeq: null,
    side: null,
    actor: { id: actor, displayName: actor.toUpperCase() },
    subjectUser: null,
    offer: null,
  };
}

describe("the room log", () => {
  it("keeps each seq once and in order, whatever order and how often events arrive", () => {
    const a = message(1, "u1", "2026-11-27T01:00:00Z");
    const b = message(2, "u2", "2026-11-27T01:01:00Z");
    const c = message(3, "u1", "2026-11-27T01:02:00Z");
    let log = mergeEvents(emptyLog, [c, a]);
    log = mergeEvents(log, [b, c, a]);
    expect(log.events.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(log.lastSeq).toBe(3);
    expect(mergeEvents(log, [a, b])).toBe(log);
  });

  it("leaves live-only events (no seq) out of the log", () => {
    const typing = { ...message(0, "u2", "2026-11-27T01:00:00Z"), kind: "TYPING", seq: null };
    expect(mergeEvents(emptyLog, [typing as RoomEvent])).toBe(emptyLog);
  });

  it("groups one person's messages within five minutes and breaks the run at a notice or a pause", () => {
    const notice = { ...message(3, "u1", "2026-11-27T01:02:00Z"), kind: "OFFER_PROPOSED" };
    const items = groupLog([
      message(1, "u1", "2026-11-27T01:00:00Z"),
      message(2, "u1", "2026-11-27T01:04:00Z"),
      notice as RoomEvent,
      message(4, "u1", "2026-11-27T01:05:00Z"),
      message(5, "u1", "2026-11-27T01:20:00Z"),
      message(6, "u2", "2026-11-27T01:21:00Z"),
    ]);
    expect(
      items.map((i) => (i.kind === "messages" ? i.events.map((e) => e.seq) : "notice")),
    ).toEqual([[1, 2], "notice", [4], [5], [6]]);
  });

  it("names the others who have read up to a message, never the viewer", () => {
    const markers = new Map([
      ["u1", { name: "Me", seq: 9 }],
      ["u2", { name: "Li", seq: 5 }],
      ["u3", { name: "Wu", seq: 3 }],
    ]);
    expect(readersOf(markers, 4, "u1")).toEqual(["Li"]);
    expect(readersOf(markers, 6, "u1")).toEqual([]);
  });
});
