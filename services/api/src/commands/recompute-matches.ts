// `pnpm --filter @openttc/api recompute-matches`: recomputes every open exam paper's matches
// from the database with a progress bar, then drops the matches of listings that are no longer
// published, visible or fresh. With the embedded engine the search index is rebuilt first,
// since candidates come from it.
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
const searchIndex = createSearchIndex({ meiliUrl: env.MEILI_URL, meiliKey: env.MEILI_MASTER_KEY });
const services = makeServices({ store: makeStore(database.db), clock: systemClock, searchIndex });

// noTTYOutput keeps CI logs readable.
const options = {
  format: " {task} [{bar}] {value}/{total}",
  noTTYOutput: true,
  notTTYSchedule: 2000,
};
let bar: SingleBar | undefined;
let task = "";
const show = (name: string, done: number, total: number) => {
  if (name !== task) {
    bar?.stop();
    bar = new SingleBar(options, Presets.shades_classic);
    bar.start(total, 0, { task: name.padEnd(12) });
    task = name;
  }
  bar?.setTotal(total);
  bar?.update(done);
};

if (!env.MEILI_URL) {
  await services.searchIndexer.rebuild((done, total, index) => show(index, done, total));
}
const started = performance.now();
const result = await services.matchEngine.recomputeAll((done, total) =>
  show("exam papers", done, total),
);
bar?.stop();
const seconds = (performance.now() - started) / 1000;
process.stdout.write(
  `${result.demands} exam papers × ${result.achievements} achievements: ${result.matches} matches stored, ${result.removed} stale removed; ${result.pairs} candidate pairs scored in ${seconds.toFixed(1)} s (${Math.round(result.pairs / seconds)} pairs/s)\n`,
);
await database.close();
process.exit(0);
