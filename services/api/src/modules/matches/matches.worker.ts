import type { Clock, Store } from "../../store";
import type { OutboxRow } from "../outbox/outbox.repository";
import { backoffMs } from "../search/search.indexer";
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
  const { repos } = store;
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let wake: (() => void) | undefined;
  let lastSweep = 0;

  async function apply(rows: OutboxRow[]) {
    const ids = (entity: string) => [
      ...new Set(rows.filter((r) => r.topic === `match:${entity}`).map((r) => r.entityId)),
    ];
    await engine.apply({ achievements: ids("achievement"), demands: ids("demand") });
  }

  /** Leases one batch, recomputes its matches and marks it processed; a failed batch is retried later with backoff. Returns the batch size. */
  async function drainOnce(limit = BATCH): Promise<number> {
    const rows = await repos.outbox.lease("match", clock.now(), LEASE_MS, limit);
    if (rows.length === 0) return 0;
    try {
      await apply(rows);
    } catch (error) {
      const attempts = Math.max(...rows.map((r) => r.attempts));
      await repos.outbox.markFailed(
        rows.map((r) => r.id),
        error instanceof Error ? error.message : String(error),
        new Date(clock.now().getTime() + backoffMs(attempts)),
      );
      throw error;
    }
    await repos.outbox.markProcessed(
      rows.map((r) => r.id),
      clock.now(),
    );
    return rows.length;
  }

  async function loop() {
    if (!running) return;
    let delay = 250;
    try {
      const n = await drainOnce();
      if (n > 0) delay = 0;
      else if (Date.now() - lastSweep > SWEEP_EVERY_MS) {
        lastSweep = Date.now();
        await engine.sweepStale();
      }
    } catch (error) {
      onError?.(error);
      delay = 2_000;
    }
    if (!running) return;
    await new Promise<void>((resolve) => {
      wake = resolve;
      timer = setTimeout(resolve, delay);
    });
    wake = undefined;
    void loop();
  }

  return {
    drainOnce,

    /** Drains until no match job is due; tests and commands use it to wait for the matches. */
    async drain(): Promise<number> {
      let total = 0;
      for (let n = await drainOnce(); n > 0; n = await drainOnce()) total += n;
      return total;
    },

    /** Starts draining in the background; `notify` shortens the wait after a write. */
    start() {
      if (running) return;
      running = true;
      void loop();
    },
    notify() {
      wake?.();
    },
    stop() {
      running = false;
      clearTimeout(timer);
      wake?.();
    },
  };
}
export type MatchWorker = ReturnType<typeof makeMatchWorker>;
