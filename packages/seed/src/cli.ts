import { fileURLToPath } from "node:url";
import { openDb } from "@openttc/db/client";
import { migrate } from "@openttc/db/migrate";
import { seedDemoData } from "./seed-demo";

// DATABASE_URL selects PostgreSQL; otherwise the embedded PGlite folder shared with the API.
const url = process.env.DATABASE_URL;
const dataDir =
  process.env.PGLITE_DIR ?? fileURLToPath(new URL("../../../data/pglite", import.meta.url));
const seed = process.env.SEED ? Number(process.env.SEED) : undefined;

const started = performance.now();
const open = await openDb(url ? { url } : { dataDir });
try {
  process.stdout.write(`migrating ${open.driver} database${url ? "" : ` at ${dataDir}`}\n`);
  await migrate(open);
  process.stdout.write("seeding demo data\n");
  const seeding = performance.now();
  const result = await seedDemoData(open.db, { seed });
  if (result.skipped) {
    process.stdout.write("the database already has organizations: nothing seeded\n");
  } else {
    const { skipped: _, ...counts } = result;
    for (const [name, count] of Object.entries(counts))
      process.stdout.write(`  ${name.padEnd(14)} ${count}\n`);
    const secs = (from: number) => ((performance.now() - from) / 1000).toFixed(1);
    process.stdout.write(
      `seeded in ${secs(seeding)} s (${secs(started)} s with opening and migrating)\n`,
    );
  }
} finally {
  await open.close();
}
