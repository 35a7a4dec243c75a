import type { Clock, Store } from "../../store";
import { makeOutboxDrainer } from "../outbox/outbox.drainer";
import type { OutboxRow } from "../outbox/outbox.repository";
import type { MatchEngine } from "./matches.engine";

const LEASE_MS = 120_000;
const BATCH = 50;
const SWEEP_EVERY_MS = 10 * 60_000;

/**
 * Drains the outbox's match jobs in the background, the way the search indexer drains its
 * own: rows are leased, applied, marked processed, and retried with backoff on failure, so a
 * crash loses nothing. Every so often it also drops matches of listings that expired without
 * a write.
 */
export function makeMatchWorker({
  store,
  engine,
  clock,
  onError,
}: {
  store: Store;
  engine: MatchEngine;
  clock: Clock;
  onError?: (error: unknown) => void;
}) {
  let lastSweep = 0;

  async function apply(rows: OutboxRow[]) {
    const ids = (entity: string) => [
      ...new Set(rows.filter((r) => r.topic === `match:${entity}`).map((r) => r.entityId)),
    ];
    await engine.apply({ achievements: ids("achievement"), demands: ids("demand") });
  }

  return makeOutboxDrainer({
    consumer: "match",
    store,
    clock,
    leaseMs: LEASE_MS,
    batch: BATCH,
    apply,
    // Between jobs, every so often: matches of listings that expired without a write.
    onIdle: async () => {
      if (Date.now() - lastSweep <= SWEEP_EVERY_MS) return;
      lastSweep = Date.now();
      await engine.sweepStale();
    },
    onError,
  });
}
