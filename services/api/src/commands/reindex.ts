// `pnpm --filter @openttc/api reindex`: rebuilds the search indexes from the database with a
// progress bar and checks that every index holds as many documents as its table.
import { fileURLToPath } from "node:url";
import { loadEnv } from "@openttc/config/env";
import { openDb } from "@openttc/db/client";
import { migrate } from "@openttc/db/migrate";
import { createSearchIndex } from "@openttc/search/create-search-index";
import { Presets, SingleBar } from "cli-progress";
import { makeServices } from "../services";
import { makeStore, systemClock } from "../store";

const env = loadEnv();
const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));
const dataDir = env.PGLITE_DIR.startsWith("/") ? env.PGLITE_DIR : `${repoRoot}${env.PGLITE_DIR}`;
const database = await openDb(env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir });
await migrate(database);
if (!env.MEILI_URL) {
  process.stdout.write(
    "MEILI_URL is not set: rebuilding a fresh embedded index (the API rebuilds its own at start-up)\n",
  );
}
const searchIndex = createSearchIndex({ meiliUrl: env.MEILI_URL, meiliKey: env.MEILI_MASTER_KEY });
const services = makeServices({ store: makeStore(database.db), clock: systemClock, searchIndex });

// Indexes are rebuilt one after the other, so one bar at a time; noTTYOutput keeps CI logs readable.
const options = {
  format: " {index} [{bar}] {value}/{total}",
  noTTYOutput: true,
  notTTYSchedule: 2000,
};
let bar: SingleBar | undefined;
let current = "";
const counts = await services.searchIndexer.rebuild((done, total, index) => {
  if (index !== current) {
    bar?.stop();
    bar = new SingleBar(options, Presets.shades_classic);
    bar.start(total, 0, { index: index.padEnd(12) });
    current = index;
  }
  bar?.update(done);
});
bar?.stop();
await database.close();

let ok = true;
for (const [index, { database: rows, index: docs }] of Object.entries(counts)) {
  const match = rows === docs;
  ok &&= match;
  process.stdout.write(
    `${index}: ${rows} rows in the database, ${docs} documents in the index ${match ? "✓" : "✗ MISMATCH"}\n`,
  );
}
process.exit(ok ? 0 : 1);
