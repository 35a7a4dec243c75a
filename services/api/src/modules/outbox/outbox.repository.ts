import type { DbOrTx } from "@openttc/db/client";
import { outbox } from "@openttc/db/schema";
import { and, asc, count, eq, inArray, isNull, lte, sql } from "drizzle-orm";

/** Entities whose changes are announced through the outbox. */
export type OutboxEntity = "achievement" | "demand";

/** Consumers of the outbox; each gets its own row per change so each drains at its own pace. */
export const OUTBOX_CONSUMERS = ["search", "match"] as const;
export type OutboxConsumer = (typeof OUTBOX_CONSUMERS)[number];

/** A leased outbox row. */
export interface OutboxRow {
  id: number;
  topic: string;
  entityId: string;
  version: number;
  attempts: number;
}

/**
 * Data access for the transactional outbox. `announced` runs after each announcement is written
 * (the store turns it into a signal after the transaction commits).
 */
export function makeOutboxRepository(db: DbOrTx, announced: () => void = () => {}) {
  return {
    /** Announces a change to every consumer; call inside the transaction that made the change. */
    async announce(entity: OutboxEntity, entityId: string, version: number) {
      await db.insert(outbox).values(
        OUTBOX_CONSUMERS.map((consumer) => ({
          topic: `${consumer}:${entity}`,
          entityId,
          version,
        })),
      );
      announced();
    },
    /**
     * Leases up to `limit` due rows of a consumer for `leaseMs`: a worker that dies mid-batch
     * leaves rows that become due again when the lease runs out.
     */
    async lease(
      consumer: OutboxConsumer,
      now: Date,
      leaseMs: number,
      limit: number,
    ): Promise<OutboxRow[]> {
      const due = db
        .select({ id: outbox.id })
        .from(outbox)
        .where(
          and(
            isNull(outbox.processedAt),
            lte(outbox.availableAt, now),
            sql`${outbox.topic} like ${`${consumer}:%`}`,
          ),
        )
        .orderBy(asc(outbox.id))
        .limit(limit)
        .for("update", { skipLocked: true });
      return db
        .update(outbox)
        .set({
          availableAt: new Date(now.getTime() + leaseMs),
          attempts: sql`${outbox.attempts} + 1`,
        })
        .where(inArray(outbox.id, due))
        .returning({
          id: outbox.id,
          topic: outbox.topic,
          entityId: outbox.entityId,
          version: outbox.version,
          attempts: outbox.attempts,
        });
    },
    async markProcessed(ids: number[], now: Date) {
      if (ids.length)
        await db
          .update(outbox)
          .set({ processedAt: now, lastError: null })
          .where(inArray(outbox.id, ids));
    },
    /** Puts rows back with a delay and the error that stopped them. */
    async markFailed(ids: number[], error: string, retryAt: Date) {
      if (ids.length)
        await db
          .update(outbox)
          .set({ availableAt: retryAt, lastError: error.slice(0, 2000) })
          .where(inArray(outbox.id, ids));
    },
    async pendingCount(consumer: OutboxConsumer): Promise<number> {
      const [row] = await db
        .select({ n: count() })
        .from(outbox)
        .where(and(isNull(outbox.processedAt), sql`${outbox.topic} like ${`${consumer}:%`}`));
      return row?.n ?? 0;
    },
    async findRow(id: number) {
      const [row] = await db.select().from(outbox).where(eq(outbox.id, id));
      return row ?? null;
    },
  };
}
export type OutboxRepository = ReturnType<typeof makeOutboxRepository>;
