import { createRedisEventTarget } from "@graphql-yoga/redis-event-target";
import type { RoomEventKind } from "@openttc/domain/offer/room";
import { Redis } from "ioredis";

/**
 * A room event as it travels between instances: JSON-safe (the time is an ISO string), the same
 * in-process and through Redis. `seq` is null for live-only signals (presence, typing, read).
 */
export interface RoomBusMessage {
  roomId: string;
  seq: number | null;
  kind: RoomEventKind;
  actorId: string | null;
  clientId: string | null;
  body: string | null;
  offerId: string | null;
  dealId: string | null;
  payload: Record<string, unknown> | null;
  at: string;
}

type Listener = (message: RoomBusMessage) => void;

/** Fans room events out to every instance's subscribers: in-process, or through Redis pub/sub. */
export interface RoomBus {
  /** Sends a committed event to every subscriber of its room; never throws (a lost publish is recovered by seq). */
  publish(message: RoomBusMessage): void;
  /** Starts delivering the room's events to the listener; resolves once delivery is live. */
  subscribe(roomId: string, listener: Listener): Promise<() => void>;
  close(): Promise<void>;
}

interface TopicTarget {
  addEventListener(topic: string, callback: (event: Event) => void): void;
  removeEventListener(topic: string, callback: (event: Event) => void): void;
  dispatchEvent(event: Event): boolean;
}

const topicOf = (roomId: string) => `openttc:room:${roomId}`;

function makeBus(
  target: TopicTarget,
  ready: (topic: string) => Promise<void>,
  close: () => Promise<void>,
): RoomBus {
  // One listener per room on the target; this instance's subscribers share it.
  const listeners = new Map<string, { callback: (event: Event) => void; set: Set<Listener> }>();
  return {
    publish(message) {
      target.dispatchEvent(new CustomEvent(topicOf(message.roomId), { detail: message }));
    },
    async subscribe(roomId, listener) {
      const topic = topicOf(roomId);
      let entry = listeners.get(topic);
      if (!entry) {
        const set = new Set<Listener>();
        const callback = (event: Event) => {
          const message = (event as CustomEvent<RoomBusMessage>).detail;
          for (const l of set) l(message);
        };
        entry = { callback, set };
        listeners.set(topic, entry);
        target.addEventListener(topic, callback);
      }
      entry.set.add(listener);
      await ready(topic);
      return () => {
        const current = listeners.get(topic);
        if (!current?.set.delete(listener) || current.set.size > 0) return;
        listeners.delete(topic);
        target.removeEventListener(topic, current.callback);
      };
    },
    close,
  };
}

/** The embedded bus: one process, no services. */
export function createLocalRoomBus(): RoomBus {
  return makeBus(
    new EventTarget(),
    async () => {},
    async () => {},
  );
}

/**
 * The bus across instances through Redis pub/sub (@graphql-yoga/redis-event-target). The event
 * target fires its SUBSCRIBE and PUBLISH without awaiting them, so the clients handed to it
 * catch their errors (a Redis outage must not crash the process; subscribers recover missed
 * events by seq) and remember each SUBSCRIBE so `subscribe` can wait until delivery is live.
 */
export function createRedisRoomBus(url: string, onError: (error: unknown) => void): RoomBus {
  const publisher = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const subscriber = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 3 });
  publisher.on("error", onError);
  subscriber.on("error", onError);
  const subscribing = new Map<string, Promise<unknown>>();
  const publishClient = {
    publish: (channel: string, message: string) =>
      publisher.publish(channel, message).catch(onError),
  };
  const subscribeClient = {
    on: (name: string, handler: (channel: string, message: string) => void) =>
      subscriber.on(name, handler),
    subscribe: (channel: string) => {
      const done = subscriber.subscribe(channel).catch(onError);
      subscribing.set(channel, done);
      return done;
    },
    unsubscribe: (channel: string) => {
      subscribing.delete(channel);
      return subscriber.unsubscribe(channel).catch(onError);
    },
  };
  const target = createRedisEventTarget({
    publishClient: publishClient as unknown as Redis,
    subscribeClient: subscribeClient as unknown as Redis,
  }) as unknown as TopicTarget;
  return makeBus(
    target,
    async (topic) => {
      await subscribing.get(topic);
    },
    async () => {
      subscriber.disconnect();
      await publisher.quit().catch(() => publisher.disconnect());
    },
  );
}
