import { fileURLToPath } from "node:url";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { OpenDb } from "./client";

const migrationsFolder = fileURLToPath(new URL("../migrations", import.meta.url));

/** Applies every pending SQL migration; the same files run on PGlite and PostgreSQL. */
export async function migrate(open: OpenDb): Promise<void> {
  if (open.driver === "pglite") {
    // biome-ignore lint/suspicious/noExplicitAny: the two drivers' database types differ only nominally
    await migratePglite(open.db as any, { migrationsFolder });
  } else {
    // biome-ignore lint/suspicious/noExplicitAny: as above
    await migratePostgres(open.db as any, { migrationsFolder });
  }
}
