import { fileURLToPath } from "node:url";
import { loadEnv } from "@openttc/config/env";
import { openDb } from "@openttc/db/client";
import { migrate } from "@openttc/db/migrate";
import { createSearchIndex } from "@openttc/search/create-search-index";
import { seedDemoData } from "@openttc/seed/seed-demo";
import { buildApp } from "./app";

const started = Date.now();
const env = loadEnv();
const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
// Relative paths in the environment are taken from the repository root, wherever the process starts.
const fromRoot = (path: string) => (path.startsWith("/") ? path : `${repoRoot}${path}`);

const database = await openDb(
  env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: fromRoot(env.PGLITE_DIR) },
);
await migrate(database);
if (env.SEED_DEMO) {
  const seeded = await seedDemoData(database.db);
  if (!seeded.skipped) process.stdout.write(`seeded demo data: ${JSON.stringify(seeded)}\n`);
}

const webDist = env.WEB_DIST ? fromRoot(env.WEB_DIST) : fromRoot("web/dist");
const searchIndex = createSearchIndex({
  meiliUrl: env.MEILI_URL,
  meiliKey: env.MEILI_MASTER_KEY,
  embeddedThread: true,
  // Called only after start-up, once `app` exists.
  onEngineRestart: async () => {
    app.log.error("the search engine thread stopped; rebuilding the index");
    const counts = await app.services.searchIndexer.rebuild();
    app.log.info(counts, "search index rebuilt");
  },
});
const app = await buildApp({
  db: database.db,
  searchIndex,
  logger: { level: env.LOG_LEVEL },
  cookieSecure: env.COOKIE_SECURE,
  webDist,
  redisUrl: env.REDIS_URL,
});

if (!env.MEILI_URL) {
  // The embedded index lives in memory: rebuild it from the database, then the outbox keeps it current.
  const counts = await app.services.searchIndexer.rebuild();
  process.stdout.write(`search index rebuilt: ${JSON.stringify(counts)}\n`);
}
app.services.searchIndexer.start();
app.services.matchWorker.start();
// In the background, so start-up is not delayed: a fresh database has no matches yet and gets
// them all computed, resting half as long as each exam paper took so that requests keep being
// served (scoring runs on the event loop); otherwise the listings and the dictionary (5–10 s)
// are loaded ahead of the first match job.
void (async () => {
  if ((await app.services.matchEngine.countMatches()) > 0) return app.services.matchEngine.warm();
  const result = await app.services.matchEngine.recomputeAll(undefined, { pauseRatio: 0.5 });
  process.stdout.write(
    `matches computed: ${result.matches} for ${result.demands} exam papers over ${result.achievements} achievements\n`,
  );
})().catch((error: unknown) => app.log.error(error, "computing the first matches failed"));

let sweeper: NodeJS.Timeout | undefined;
if (env.REMINDER_SWEEP_MINUTES > 0) {
  const sweep = () =>
    app.services.notifications
      .sweepReminders()
      .catch((error: unknown) => app.log.error(error, "reminder sweep failed"));
  sweeper = setInterval(sweep, env.REMINDER_SWEEP_MINUTES * 60_000);
  sweeper.unref();
  void sweep();
}

async function shutdown(signal: string) {
  app.log.info(`${signal}: shutting down`);
  clearInterval(sweeper);
  await app.close();
  await database.close();
  process.exit(0);
}
process.once("SIGINT", () => void shutdown("SIGINT"));
process.once("SIGTERM", () => void shutdown("SIGTERM"));

await app.listen({ port: env.PORT, host: env.HOST });
process.stdout.write(
  `OpenTTC is running on http://localhost:${env.PORT} (${database.driver}; ready in ${((Date.now() - started) / 1000).toFixed(1)} s)\n`,
);
