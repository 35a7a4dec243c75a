import type { IndexName } from "@openttc/search/documents";
import type { SearchIndex } from "@openttc/search/search-index";
import type { Clock, Store } from "../../store";
import { makeOutboxDrainer } from "../outbox/outbox.drainer";
import type { OutboxRow } from "../outbox/outbox.repository";
import { toAchievementDoc, toDemandDoc } from "./search.documents";

const LEASE_MS = 30_000;
const BATCH = 200;

/** Progress of a full rebuild. */
export type RebuildProgress = (done: number, total: number, index: IndexName) => void;

/**
 * Keeps the search index in step with the database: drains the outbox (at least once,
 * idempotent by version) and rebuilds whole indexes from the tables.
 */
export function makeSearchIndexer({
  store,
  index,
  clock,
  onError,
  idlePollMs,
}: {
  store: Store;
  index: SearchIndex;
  clock: Clock;
  onError?: (error: unknown) => void;
  /** Poll interval when idle (the drainer's default when absent). */
  idlePollMs?: number;
}) {
  const { repos } = store;

  async function orgsFor(ids: string[]) {
    const orgs = await repos.organizations.findMany([...new Set(ids)]);
    return new Map(orgs.map((o) => [o.id, o]));
  }

  /** Writes the current database state of these listings: documents for rows that exist, deletes for rows that do not. */
  async function syncAchievements(ids: string[]) {
    const found = await repos.achievements.findMany(ids);
    const orgs = await orgsFor(found.map((a) => a.ownerOrgId));
    if (found.length)
      await index.upsert(
        "achievements",
        found.map((a) => toAchievementDoc(a, orgs.get(a.ownerOrgId))),
      );
    const gone = ids.filter((id) => !found.some((a) => a.id === id));
    if (gone.length) await index.delete("achievements", gone);
  }

  async function syncDemands(ids: string[]) {
    const found = await repos.demands.findMany(ids);
    const orgs = await orgsFor(found.map((d) => d.ownerOrgId));
    if (found.length)
      await index.upsert(
        "demands",
        found.map((d) => toDemandDoc(d, orgs.get(d.ownerOrgId))),
      );
    const gone = ids.filter((id) => !found.some((d) => d.id === id));
    if (gone.length) await index.delete("demands", gone);
  }

  async function apply(rows: OutboxRow[]) {
    const ids = (entity: string) => [
      ...new Set(rows.filter((r) => r.topic === `search:${entity}`).map((r) => r.entityId)),
    ];
    await syncAchievements(ids("achievement"));
    await syncDemands(ids("demand"));
  }

  const drainer = makeOutboxDrainer({
    consumer: "search",
    store,
    clock,
    leaseMs: LEASE_MS,
    batch: BATCH,
    apply,
    onError,
    idlePollMs,
  });

  return {
    ...drainer,

    /** Rebuilds both indexes from the tables in batches, then checks the counts match. */
    async rebuild(onProgress?: RebuildProgress) {
      await index.ensureIndexes();
      const result: Record<IndexName, { database: number; index: number }> = {
        achievements: { database: 0, index: 0 },
        demands: { database: 0, index: 0 },
      };
      for (const name of ["achievements", "demands"] as const) {
        const repo = name === "achievements" ? repos.achievements : repos.demands;
        const sync = name === "achievements" ? syncAchievements : syncDemands;
        const total = await repo.count();
        await index.clear(name);
        let done = 0;
        let after: string | null = null;
        for (;;) {
          const ids: string[] = await repo.listIdsAfter(after, 500);
          if (ids.length === 0) break;
          await sync(ids);
          done += ids.length;
          after = ids.at(-1) ?? null;
          onProgress?.(done, total, name);
        }
        result[name] = { database: await repo.count(), index: (await index.stats(name)).documents };
      }
      await index.compact?.();
      return result;
    },
  };
}
export type SearchIndexer = ReturnType<typeof makeSearchIndexer>;
