import { sql } from "drizzle-orm";
import { bigserial, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

// Transactional outbox: a row is written in the same transaction as the change it announces,
// and workers (search indexing, matching) drain it at least once; consumers are idempotent by version.
export const outbox = pgTable(
  "outbox",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    topic: text().notNull(),
    entityId: uuid().notNull(),
    version: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    // A worker leases a row by moving availableAt forward; a crashed worker's lease simply expires.
    availableAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    attempts: integer().notNull().default(0),
    lastError: text(),
    processedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("outbox_pending_idx")
      .on(t.topic, t.availableAt, t.id)
      .where(sql`${t.processedAt} is null`),
  ],
);
