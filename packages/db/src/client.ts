import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema/index";

/** The Drizzle API shared by both drivers; repositories see only this. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction handle, usable wherever a Db is. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** Either a database or a transaction. */
export type DbOrTx = Db | Tx;

/** An open database with the driver it runs on and a way to close it. */
export interface OpenDb {
  db: Db;
  driver: "pglite" | "postgres";
  close(): Promise<void>;
}

/** Where and how to open the database: a PostgreSQL URL, a PGlite data folder, or memory. */
export type DbTarget =
  | { url: string; maxConnections?: number }
  | { dataDir: string }
  | { memory: true };

/** Opens the database: PostgreSQL through `postgres` for a URL, PGlite otherwise. */
export async function openDb(target: DbTarget): Promise<OpenDb> {
  if ("url" in target) {
    const sql = postgres(target.url, { max: target.maxConnections ?? 10, onnotice: () => {} });
    const db = drizzlePostgres(sql, { schema, casing: "snake_case" }) as unknown as Db;
    return { db, driver: "postgres", close: () => sql.end({ timeout: 5 }) };
  }
  let client: PGlite;
  if ("dataDir" in target) {
    mkdirSync(target.dataDir, { recursive: true });
    client = await PGlite.create(target.dataDir);
  } else {
    client = await PGlite.create();
  }
  const db = drizzlePglite(client, { schema, casing: "snake_case" }) as unknown as Db;
  return { db, driver: "pglite", close: () => client.close() };
}
