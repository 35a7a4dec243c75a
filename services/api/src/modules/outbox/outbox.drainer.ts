import type { Clock, Store } from "../../store";
import type { OutboxConsumer, OutboxRow } from "./outbox.repository";

const MAX_BACKOFF_MS = 60_000;

/** Exponential backoff for a row that failed `attempts` times. */
export function backoffMs(attempts: number): number {
  return Math.min(MAX_BACKOFF_MS, 500 * 2 ** Math.max(0, attempts - 1));
}

/**
 * Drains one consumer's outbox rows: leases a batch, applies it, marks it processed, and on
 * failure marks it for a retry with backoff, so a crash at any point loses nothing (a lease
 * that expires is taken again). In the background it polls, and `notify` cuts the wait short
 * after a write; `onIdle` runs when a poll found nothing due.
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
}: {
  consumer: OutboxConsumer;
  store: Store;
  clock: Clock;
  leaseMs: number;
  batch: number;
  apply: (rows: OutboxRow[]) => Promise<void>;
  onIdle?: () => Promise<unknown>;
  onError?: (error: unknown) => void;
}) {
  const { repos } = store;
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let wake: (() => void) | undefined;

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
    let delay = 250;
    try {
      const n = await drainOnce();
      if (n > 0) delay = 0;
      else await onIdle?.();
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
