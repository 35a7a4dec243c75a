import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";

/**
 * Who has a live connection to a room. `join` answers whether this is the user's first
 * connection (so "online" is announced once), `leave` whether it was the last.
 */
export interface PresenceStore {
  join(roomId: string, userId: string, connectionId: string): Promise<boolean>;
  leave(roomId: string, userId: string, connectionId: string): Promise<boolean>;
  online(roomId: string): Promise<string[]>;
  close(): Promise<void>;
}

/** Presence of one process. */
export function createLocalPresence(): PresenceStore {
  const rooms = new Map<string, Map<string, Set<string>>>();
  return {
    async join(roomId, userId, connectionId) {
      const users = rooms.get(roomId) ?? new Map<string, Set<string>>();
      rooms.set(roomId, users);
      const connections = users.get(userId) ?? new Set<string>();
      users.set(userId, connections);
      connections.add(connectionId);
      return connections.size === 1;
    },
    async leave(roomId, userId, connectionId) {
      const users = rooms.get(roomId);
      const connections = users?.get(userId);
      if (!users || !connections?.delete(connectionId)) return false;
      if (connections.size > 0) return false;
      users.delete(userId);
      if (users.size === 0) rooms.delete(roomId);
      return true;
    },
    async online(roomId) {
      return [...(rooms.get(roomId)?.keys() ?? [])].sort();
    },
    async close() {},
  };
}

const TTL_MS = 60_000;
const HEARTBEAT_MS = 20_000;

/**
 * Presence shared by every instance: one sorted set per room whose members are connections
 * (`user|instance|connection`) scored by when they expire. Each instance renews its own
 * connections on a heartbeat, so a crashed instance's users drop out within a minute.
 */
export function createRedisPresence(url: string, onError: (error: unknown) => void): PresenceStore {
  const redis = new Redis(url, { maxRetriesPerRequest: 3 });
  redis.on("error", onError);
  const instance = randomUUID();
  const local = new Map<string, { key: string; member: string }>();
  const keyOf = (roomId: string) => `openttc:presence:${roomId}`;
  const memberOf = (userId: string, connectionId: string) =>
    `${userId}|${instance}|${connectionId}`;

  async function liveUsers(key: string): Promise<string[]> {
    const members = await redis.zrangebyscore(key, Date.now(), "+inf");
    return members.map((m) => m.slice(0, m.indexOf("|")));
  }

  const heartbeat = setInterval(() => {
    const expires = Date.now() + TTL_MS;
    const pipeline = redis.pipeline();
    for (const { key, member } of local.values()) {
      pipeline.zadd(key, expires, member);
      pipeline.pexpire(key, TTL_MS * 2);
    }
    pipeline.exec().catch(onError);
  }, HEARTBEAT_MS);
  heartbeat.unref();

  return {
    async join(roomId, userId, connectionId) {
      const key = keyOf(roomId);
      const member = memberOf(userId, connectionId);
      local.set(`${roomId}|${member}`, { key, member });
      await redis.zadd(key, Date.now() + TTL_MS, member);
      await redis.zremrangebyscore(key, "-inf", Date.now());
      await redis.pexpire(key, TTL_MS * 2);
      return (await liveUsers(key)).filter((u) => u === userId).length === 1;
    },
    async leave(roomId, userId, connectionId) {
      const key = keyOf(roomId);
      const member = memberOf(userId, connectionId);
      local.delete(`${roomId}|${member}`);
      const removed = await redis.zrem(key, member);
      return removed > 0 && !(await liveUsers(key)).includes(userId);
    },
    async online(roomId) {
      return [...new Set(await liveUsers(keyOf(roomId)))].sort();
    },
    async close() {
      clearInterval(heartbeat);
      const pipeline = redis.pipeline();
      for (const { key, member } of local.values()) pipeline.zrem(key, member);
      await pipeline.exec().catch(onError);
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
