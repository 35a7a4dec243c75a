import { Repeater } from "@repeaterjs/repeater";
import type { RoomBus, RoomBusMessage } from "./rooms.bus";

/** What a room stream reads: the bus for live events, the log for everything committed. */
export interface RoomStreamSource {
  bus: RoomBus;
  /** Committed events with seq in (afterSeq, beforeSeq), oldest first, at most `limit`. */
  loadAfter(
    roomId: string,
    afterSeq: number,
    limit: number,
    beforeSeq?: number,
  ): Promise<RoomBusMessage[]>;
}

export interface RoomStreamOptions {
  pageSize?: number;
  /** Live events held for a slow consumer before the stream drops them and re-reads the log. */
  maxBuffered?: number;
  /** Runs once delivery is live and the replay is done (presence announcements). */
  onLive?: () => Promise<void> | void;
  onEnd?: () => Promise<void> | void;
}

/**
 * A room's events after `afterSeq`, exactly once and in seq order, then live ones.
 *
 * It subscribes before it reads the log, buffering live events meanwhile, so nothing committed
 * between the read and the subscription is lost; events it has already yielded are dropped by
 * seq. A live event that skips ahead (publishes race each other, or one was lost in transit)
 * makes it read the missing seqs from the log first: a seq is published only after its commit,
 * and commits follow seq order under the room lock, so every smaller seq is in the log by then.
 * Live-only signals (seq null) pass straight through.
 */
export function streamRoomEvents(
  source: RoomStreamSource,
  roomId: string,
  afterSeq: number,
  options: RoomStreamOptions = {},
): Repeater<RoomBusMessage> {
  const pageSize = options.pageSize ?? 500;
  const maxBuffered = options.maxBuffered ?? 10_000;
  return new Repeater<RoomBusMessage>(async (push, stop) => {
    let stopped = false;
    void stop.then(() => {
      stopped = true;
      wake();
    });
    let queue: RoomBusMessage[] = [];
    let overflowed = false;
    let waiting: (() => void) | null = null;
    function wake() {
      const w = waiting;
      waiting = null;
      w?.();
    }
    const unsubscribe = await source.bus.subscribe(roomId, (message) => {
      if (queue.length >= maxBuffered) {
        overflowed = true;
        queue = [];
      } else {
        queue.push(message);
      }
      wake();
    });
    let last = afterSeq;

    async function readLog(beforeSeq?: number) {
      for (;;) {
        const page = await source.loadAfter(roomId, last, pageSize, beforeSeq);
        for (const event of page) {
          if (stopped) return;
          if (event.seq === null || event.seq <= last) continue;
          last = event.seq;
          await push(event);
        }
        if (page.length < pageSize) return;
      }
    }

    try {
      await readLog();
      if (!stopped) await options.onLive?.();
      while (!stopped) {
        if (overflowed) {
          overflowed = false;
          await readLog();
          continue;
        }
        const message = queue.shift();
        if (!message) {
          await new Promise<void>((resolve) => {
            waiting = resolve;
          });
          continue;
        }
        if (message.seq === null) {
          await push(message);
          continue;
        }
        if (message.seq <= last) continue;
        if (message.seq > last + 1) await readLog(message.seq);
        if (stopped) break;
        last = message.seq;
        await push(message);
      }
    } finally {
      unsubscribe();
      await options.onEnd?.();
    }
  });
}
