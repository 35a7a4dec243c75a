import type { Clock, Store } from "../../store";
import type { OutboxConsumer, OutboxRow } from "./outbox.repository";

const MAX_BACKOFF_MS = 60_000;

/** Exponential backoff for a row that failed `attempts` times. */
export function backoffMs(attempts: number): number {
  return Math.min(MAX_BACKOFF_MS, 500 * 2 ** Math.max(0, attempts - 1));
}

/**
 * How long a background drainer waits when nothing was due. Writes made through this process's
 * store wake it at once; the poll finds rows written by other API instances, and retries.
 */
const IDLE_POLL_MS = 1_000;
/** How long a background drainer pauses after a batch failed (the rows wait for their backoff). */
const ERROR_PAUSE_MS = 2_000;

/**
 * Drains one consumer's outbox rows: leases a batch, applies it, marks it processed, and on
 * failure marks it for a retry with backoff, so a crash at any point loses nothing (a lease
 * that expires is taken again). In the background it wakes when the store commits outbox rows
 * and otherwise polls every `idlePollMs`; `onIdle` runs when a poll found nothing due.
 */
export function makeOutboxDrainer({
  consumer,
  store,
  clock,
  leaseMs,
  batch,
  apply,
  onIdle,
  onError,
  idlePollMs = IDLE_POLL_MS,
}: {
  consumer: OutboxConsumer;
  store: Store;
  clock: Clock;
  leaseMs: number;
  batch: number;
  apply: (rows: OutboxRow[]) => Promise<void>;
  onIdle?: () => Promise<unknown>;
  onError?: (error: unknown) => void;
  idlePollMs?: number;
}) {
  const { repos } = store;
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let wake: (() => void) | undefined;
  // A commit that lands while a batch is being applied is drained right after it.
  let woken = false;
  let unsubscribe: (() => void) | undefined;

  /** Leases one batch, applies it and marks it processed; returns the batch size. */
  async function drainOnce(limit = batch): Promise<number> {
    const rows = await repos.outbox.lease(consumer, clock.now(), leaseMs, limit);
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
    let delay = idlePollMs;
    woken = false;
    try {
      const n = await drainOnce();
      if (n > 0) delay = 0;
      else await onIdle?.();
    } catch (error) {
      onError?.(error);
      delay = ERROR_PAUSE_MS;
    }
    if (!running) return;
    if (woken && delay === idlePollMs) delay = 0;
    await new Promise<void>((resolve) => {
      wake = resolve;
      timer = setTimeout(resolve, delay);
    });
    clearTimeout(timer);
    wake = undefined;
    void loop();
  }

  return {
    drainOnce,

    /** Drains until no row is due; tests and commands use it to wait for the consumer. */
    async drain(): Promise<number> {
      let total = 0;
      for (let n = await drainOnce(); n > 0; n = await drainOnce()) total += n;
      return total;
    },

    /** Starts draining in the background. */
    start() {
      if (running) return;
      running = true;
      unsubscribe = store.onOutboxCommitted(() => {
        woken = true;
        wake?.();
      });
      void loop();
    },
    stop() {
      running = false;
      unsubscribe?.();
      clearTimeout(timer);
      wake?.();
    },
  };
}
