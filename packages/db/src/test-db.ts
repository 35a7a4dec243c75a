import { sql } from "drizzle-orm";
import postgres from "postgres";
import { type OpenDb, openDb } from "./client";
import { migrate } from "./migrate";

/** The databases an integration test runs against: PGlite always, PostgreSQL when configured. */
export function testDrivers(): ("pglite" | "postgres")[] {
  return process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
}

/** Why the PostgreSQL leg is skipped, or null when it runs. */
export function postgresSkipReason(): string | null {
  return process.env.TEST_DATABASE_URL ? null : "TEST_DATABASE_URL is not set";
}

/**
 * Opens a migrated, empty database for one test file: in-memory PGlite, or a fresh database
 * of its own on the PostgreSQL server so parallel workers never share rows.
 */
export async function openTestDb(driver: "pglite" | "postgres"): Promise<OpenDb> {
  if (driver === "pglite") {
    const open = await openDb({ memory: true });
    await migrate(open);
    return open;
  }
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error("TEST_DATABASE_URL is not set");
  const name = `openttc_t_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const open = await openDb({ url: target.toString(), maxConnections: 4 });
  await migrate(open);
  return {
    ...open,
    async close() {
      await open.close();
      const dropper = postgres(url, { max: 1, onnotice: () => {} });
      await dropper.unsafe(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

/** Empties every application table, keeping the schema. */
export async function truncateAll(open: OpenDb): Promise<void> {
  await open.db.execute(
    sql.raw(
      "truncate table outbox, audit_log, notifications, evaluations, answers, demand_access, demands, ip_assets, achievements, invitations, memberships, sessions, broker_profiles, users, organizations restart identity cascade",
    ),
  );
}
