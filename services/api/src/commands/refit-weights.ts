// `pnpm --filter @openttc/api refit-weights`: learns the matcher's weights from the market's
// signals (contacts, dismissals with their reasons, evaluated and awarded answers), starting
// from the weights in use, and stores them as the new active version. New match jobs use it at
// once; `recompute-matches` rescores every stored match with it.
import { fileURLToPath } from "node:url";
import { loadEnv } from "@openttc/config/env";
import { openDb } from "@openttc/db/client";
import { migrate } from "@openttc/db/migrate";
import { createSearchIndex } from "@openttc/search/create-search-index";
import { makeServices } from "../services";
import { makeStore, systemClock } from "../store";

const env = loadEnv();
const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));
const dataDir = env.PGLITE_DIR.startsWith("/") ? env.PGLITE_DIR : `${repoRoot}${env.PGLITE_DIR}`;
const database = await openDb(env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir });
await migrate(database);
const services = makeServices({
  store: makeStore(database.db),
  clock: systemClock,
  searchIndex: createSearchIndex({ meiliUrl: env.MEILI_URL, meiliKey: env.MEILI_MASTER_KEY }),
});

const before = await services.matchEngine.weightsInUse();
const fitted = await services.matches.refitWeights();
if (!fitted) {
  process.stdout.write(
    `no contacts, dismissals or evaluated answers yet: weights version ${before.version} stays\n`,
  );
  await database.close();
  process.exit(0);
}
process.stdout.write(
  `${fitted.events} feedback events → ${fitted.positive} positive and ${fitted.negative} negative pairs\n`,
);
process.stdout.write("component     before   after\n");
process.stdout.write(
  `bias        ${before.weights.bias.toFixed(3).padStart(8)} ${fitted.weights.bias.toFixed(3).padStart(7)}\n`,
);
for (const [name, weight] of Object.entries(fitted.weights.weights)) {
  const was = before.weights.weights[name as keyof typeof before.weights.weights];
  process.stdout.write(
    `${name.padEnd(11)} ${was.toFixed(3).padStart(8)} ${weight.toFixed(3).padStart(7)}\n`,
  );
}
process.stdout.write(
  `weights version ${fitted.version} is active (was ${before.version}); run recompute-matches to rescore the stored matches\n`,
);
await database.close();
process.exit(0);
