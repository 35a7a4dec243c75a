import type { ResultOf } from "../../graphql/graphql";
import type { RoomEventFields } from "./graphql/rooms.graphql";

/** A room event as the page holds it (the fragment's fields, unmasked). */
export type RoomEvent = ResultOf<typeof RoomEventFields>;

/** Committed events are kept once per seq, in seq order. */
export interface RoomLog {
  events: RoomEvent[];
  lastSeq: number;
}

export const emptyLog: RoomLog = { events: [], lastSeq: 0 };

/**
 * Adds committed events to the log, each seq once: a resumed subscription, a page loaded after
 * a live event and a send's own answer can all carry the same event.
 */
export function mergeEvents(log: RoomLog, incoming: readonly RoomEvent[]): RoomLog {
  const fresh = incoming.filter((e) => e.seq != null);
  if (fresh.length === 0) return log;
  const bySeq = new Map(log.events.map((e) => [e.seq as number, e]));
  let added = false;
  for (const event of fresh) {
    if (!bySeq.has(event.seq as number)) {
      bySeq.set(event.seq as number, event);
      added = true;
    }
  }
  if (!added) return log;
  const events = [...bySeq.values()].sort((a, b) => (a.seq as number) - (b.seq as number));
  return { events, lastSeq: events.at(-1)?.seq ?? log.lastSeq };
}

/** Consecutive messages of one person within this gap share a header. */
const GROUP_GAP_MS = 5 * 60_000;

export type LogItem =
  | {
      kind: "messages";
      key: string;
      actorId: string | null;
      actorName: string;
      at: string;
      events: RoomEvent[];
    }
  | { kind: "notice"; key: string; event: RoomEvent };

/** The log as the stream shows it: runs of one person's messages, and notices between them. */
export function groupLog(events: readonly RoomEvent[]): LogItem[] {
  const items: LogItem[] = [];
  for (const event of events) {
    const last = items.at(-1);
    if (event.kind !== "MESSAGE") {
      items.push({ kind: "notice", key: `n${event.seq}`, event });
      continue;
    }
    const actorId = event.actor?.id ?? null;
    const previous = last?.kind === "messages" ? last.events.at(-1) : undefined;
    if (
      last?.kind === "messages" &&
      last.actorId === actorId &&
      previous?.at &&
      event.at &&
      Date.parse(event.at) - Date.parse(previous.at) < GROUP_GAP_MS
    ) {
      last.events.push(event);
      continue;
    }
    items.push({
      kind: "messages",
      key: `m${event.seq}`,
      actorId,
      actorName: event.actor?.displayName ?? "",
      at: event.at ?? "",
      events: [event],
    });
  }
  return items;
}

/** Who has read up to which seq, by user id. */
export type ReadMarkers = Map<string, { name: string; seq: number }>;

/** The people other than `viewerId` who have read the event with this seq. */
export function readersOf(markers: ReadMarkers, seq: number, viewerId: string | null): string[] {
  return [...markers.entries()]
    .filter(([id, m]) => id !== viewerId && m.seq >= seq)
    .map(([, m]) => m.name);
}

/** Typing indicators lapse after this long without a fresh TYPING event. */
export const TYPING_LAPSE_MS = 6_000;
