import type { Db, Tx } from "@openttc/db/client";
import {
  achievements,
  answers,
  brokerProfiles,
  demandAccess,
  demands,
  evaluations,
  ipAssets,
  memberships,
  organizations,
  users,
} from "@openttc/db/schema";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Corpus } from "./generate/types";

// Keeps each INSERT well under PostgreSQL's 65,535 bind-parameter limit.
const BATCH = 500;

async function insertBatched<T extends Record<string, unknown>>(
  tx: Tx,
  table: PgTable,
  rows: readonly T[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    // biome-ignore lint/suspicious/noExplicitAny: rows are typed per table by the Corpus type
    await tx.insert(table).values(rows.slice(i, i + BATCH) as any);
  }
}

/** Inserts the corpus in one transaction, parents before children, every user with the same password hash. */
export async function writeCorpus(db: Db, corpus: Corpus, passwordHash: string): Promise<void> {
  await db.transaction(async (tx) => {
    await insertBatched(tx, organizations, corpus.organizations);
    await insertBatched(
      tx,
      users,
      corpus.users.map((u) => ({ ...u, passwordHash })),
    );
    await insertBatched(tx, memberships, corpus.memberships);
    await insertBatched(tx, brokerProfiles, corpus.brokerProfiles);
    await insertBatched(tx, achievements, corpus.achievements);
    await insertBatched(tx, ipAssets, corpus.ipAssets);
    await insertBatched(tx, demands, corpus.demands);
    await insertBatched(tx, demandAccess, corpus.demandAccess);
    await insertBatched(tx, answers, corpus.answers);
    await insertBatched(tx, evaluations, corpus.evaluations);
  });
}
