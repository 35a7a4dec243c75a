// Benchmark: latency of the public GraphQL list queries over HTTP on loopback, with the demo
// corpus seeded, on the embedded database (and on PostgreSQL when BENCH_DATABASE_URL is set).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { type OpenDb, openDb } from "@openttc/db/client";
import { migrate } from "@openttc/db/migrate";
import { seedDemoData } from "@openttc/seed/seed-demo";
import postgres from "postgres";
import { buildApp } from "../src/app";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 300);

const queries: { name: string; query: string; variables?: Record<string, unknown> }[] = [
  {
    name: "achievements(first: 20)",
    query: `{ achievements(first: 20) { totalCount edges { cursor node { id titleZh titleEn trl transferModes field price { min max currency } owner { nameZh nameEn } } } pageInfo { endCursor hasNextPage } } }`,
  },
  {
    name: "achievements(filter: field + TRL + mode)",
    query: `query($f: AchievementFilter) { achievements(first: 20, filter: $f) { totalCount edges { node { id titleZh owner { nameZh } } } } }`,
    variables: {
      f: { field: "new_materials", trlMin: 4, transferModes: ["EXCLUSIVE_LICENCE", "TRANSFER"] },
    },
  },
  {
    name: "demands(first: 20)",
    query: `{ demands(first: 20) { totalCount edges { node { id titleZh deadline minTrl wantedModes budget { min max } owner { nameZh } } } } }`,
  },
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function measure(label: string, open: OpenDb) {
  await migrate(open);
  const seedStart = performance.now();
  const seeded = await seedDemoData(open.db);
  const seedMs = performance.now() - seedStart;
  const app = await buildApp({ db: open.db });
  const address = await app.listen({ port: 0, host: "127.0.0.1" });
  const rows: string[] = [];
  for (const q of queries) {
    const body = JSON.stringify({ query: q.query, variables: q.variables });
    const call = async () => {
      const res = await fetch(`${address}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      });
      const json = (await res.json()) as { errors?: unknown };
      if (json.errors) throw new Error(JSON.stringify(json.errors));
    };
    for (let i = 0; i < 20; i++) await call();
    const times: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const t0 = performance.now();
      await call();
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const row = `| ${label} | ${q.name} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 95).toFixed(1)} | ${percentile(times, 99).toFixed(1)} |`;
    rows.push(row);
    process.stdout.write(`${row}\n`);
  }
  await app.close();
  return { rows, seedMs, seeded };
}

const results: string[] = [];
const dir = mkdtempSync(join(tmpdir(), "openttc-bench-"));
const embedded = await openDb({ dataDir: dir });
const pg = await measure("PGlite (file)", embedded);
await embedded.close();
rmSync(dir, { recursive: true, force: true });
results.push(...pg.rows);

const pgUrl = process.env.BENCH_DATABASE_URL;
if (pgUrl) {
  const name = `openttc_bench_${process.pid}`;
  const admin = postgres(pgUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(pgUrl);
  url.pathname = `/${name}`;
  const server = await openDb({ url: url.toString() });
  results.push(...(await measure("PostgreSQL", server)).rows);
  await server.close();
  await admin.unsafe(`drop database ${name} with (force)`);
  await admin.end();
}

const report = `# GraphQL list latency

Machine: ${cpus().length} cores (${cpus()[0]?.model ?? "unknown"}), Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.
Load average when the run ended: ${loadavg()
  .map((l) => l.toFixed(2))
  .join(" ")} (other work on the machine makes timings noisy).
Corpus: the demo seed (${JSON.stringify(pg.seeded)}); seeding took ${(pg.seedMs / 1000).toFixed(1)} s on PGlite.
${ROUNDS} sequential requests per query over HTTP on loopback after 20 warm-up requests; times in ms.

| database | query | p50 | p95 | p99 |
| --- | --- | --- | --- | --- |
${results.join("\n")}
`;
mkdirSync(new URL("../../../bench-reports/", import.meta.url), { recursive: true });
writeFileSync(new URL("../../../bench-reports/api-list-latency.md", import.meta.url), report);
process.stdout.write("wrote bench-reports/api-list-latency.md\n");
process.exit(0);
