// Benchmark of the matches: (1) on the demo corpus, the time from approving an achievement
// (GraphQL over HTTP) to its appearance in the matches of the exam paper it was written for,
// with the search indexer and the match worker running in the background as in production,
// p50/p99 over BENCH_MATCH_PUBLICATIONS (50) publications; (2) a full recompute of
// BENCH_MATCH_SIZE × BENCH_MATCH_SIZE (10,000 × 10,000) listings generated from the patent data,
// on a sample of BENCH_MATCH_SAMPLE exam papers (0 = all of them), in pairs/s. Writes
// bench-reports/matches.md.
//
//   node scripts/pnpm.mjs --filter @openttc/api exec tsx bench/match-latency.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { hash } from "@node-rs/argon2";
import { type Db, openDb } from "@openttc/db/client";
import { migrate } from "@openttc/db/migrate";
import {
  achievements,
  demands,
  ipAssets,
  matches,
  memberships,
  organizations,
  users,
} from "@openttc/db/schema";
import { createSearchIndex } from "@openttc/search/create-search-index";
import { bulkCorpus } from "@openttc/seed/bulk";
import { DEMO_PASSWORD, seedDemoData } from "@openttc/seed/seed-demo";
import { and, eq } from "drizzle-orm";
import { buildApp } from "../src/app";
import { makeServices } from "../src/services";
import { makeStore, systemClock } from "../src/store";

const PUBLICATIONS = Number(process.env.BENCH_MATCH_PUBLICATIONS ?? 50);
const SIZE = Number(process.env.BENCH_MATCH_SIZE ?? 10_000);
const SAMPLE = Number(process.env.BENCH_MATCH_SAMPLE ?? 300);
const TIMEOUT_MS = 60_000;

const log = (line: string) => process.stdout.write(`${line}\n`);
const fmt = (n: number, digits = 0) =>
  n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

type Json = Record<string, unknown>;

// ---------------------------------------------------------------------------------------------
// (1) Publication → match latency on the demo corpus.

async function publicationLatency() {
  const open = await openDb({ memory: true });
  await migrate(open);
  const seeded = await seedDemoData(open.db);
  const app = await buildApp({ db: open.db });
  const address = await app.listen({ port: 0, host: "127.0.0.1" });
  await app.services.searchIndexer.rebuild();
  log("demo: computing every exam paper's matches");
  const first = await app.services.matchEngine.recomputeAll();
  app.services.searchIndexer.start();
  app.services.matchWorker.start();

  const cookies = new Map<string, string>();
  const gql = async (who: string, query: string, variables: Json = {}) => {
    const res = await fetch(`${address}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: cookies.get(who) ?? "" },
      body: JSON.stringify({ query, variables }),
    });
    const set = res.headers.get("set-cookie");
    if (set) cookies.set(who, set.split(";")[0] as string);
    const json = (await res.json()) as { data?: Json; errors?: unknown };
    if (json.errors) throw new Error(`${who}: ${JSON.stringify(json.errors)}`);
    return json.data as Json;
  };
  const logIn = (who: string, email: string) =>
    gql(
      who,
      `mutation ($input: LogInInput!) { logIn(input: $input) { user { memberships { organization { id } } } } }`,
      { input: { email, password: DEMO_PASSWORD } },
    );
  const me = (await logIn("institute", "institute@demo.openttc.org")) as {
    logIn: { user: { memberships: { organization: { id: string } }[] } };
  };
  const instituteId = me.logIn.user.memberships[0]?.organization.id as string;
  await logIn("reviewer", "reviewer@demo.openttc.org");

  const open_ = await open.db
    .select()
    .from(demands)
    .where(and(eq(demands.status, "open"), eq(demands.visibility, "public")));
  const targets = open_.slice(0, PUBLICATIONS);
  const latencies: number[] = [];
  const entered: number[] = [];
  for (const [i, d] of targets.entries()) {
    // An achievement written for the exam paper: its title, keywords, field, modes and a TRL
    // above the minimum, so it belongs in that paper's top matches.
    const created = (await gql(
      "institute",
      `mutation ($orgId: ID!, $input: AchievementInput!) { createAchievement(orgId: $orgId, input: $input) { id } }`,
      {
        orgId: instituteId,
        input: {
          titleZh: d.titleZh ? `${d.titleZh}（成套技术 ${i + 1}）` : null,
          titleEn: d.titleEn ? `${d.titleEn} (complete technology ${i + 1})` : null,
          summaryZh: d.summaryZh,
          summaryEn: d.summaryEn,
          keywords: d.keywords.slice(0, 10),
          field: d.field,
          trl: Math.min(9, d.minTrl + 1),
          transferModes: d.wantedModes.map((m) => m.toUpperCase()),
          price: { negotiable: true },
          visibility: "PUBLIC",
        },
      },
    )) as { createAchievement: { id: string } };
    const id = created.createAchievement.id;
    await gql(
      "institute",
      `mutation ($id: ID!) { transitionAchievement(id: $id, action: SUBMIT) { id } }`,
      { id },
    );
    const t0 = performance.now();
    await gql("reviewer", `mutation ($id: ID!) { approveAchievement(id: $id) { id } }`, { id });
    for (;;) {
      const found = await open.db
        .select({ id: matches.id })
        .from(matches)
        .where(and(eq(matches.demandId, d.id), eq(matches.achievementId, id)));
      if (found.length) break;
      if (performance.now() - t0 > TIMEOUT_MS)
        throw new Error(`achievement ${id} did not reach exam paper ${d.id} in ${TIMEOUT_MS} ms`);
      await new Promise((r) => setTimeout(r, 10));
    }
    latencies.push(performance.now() - t0);
    // Let the worker finish the job (refills) before counting and before the next publication.
    await new Promise((r) => setTimeout(r, 300));
    entered.push(await open.db.$count(matches, eq(matches.achievementId, id)));
    if ((i + 1) % 10 === 0) log(`  published ${i + 1}/${targets.length}`);
  }
  await app.close();
  await open.close();
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    seeded,
    first,
    publications: latencies.length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
    meanEntered: entered.reduce((a, b) => a + b, 0) / Math.max(1, entered.length),
    entered: [...entered].sort((a, b) => a - b),
  };
}

// ---------------------------------------------------------------------------------------------
// (2) Full recompute of SIZE exam papers × SIZE achievements.

async function insertLargeCorpus(db: Db) {
  const now = new Date();
  now.setUTCHours(0, 0, 0, 0);
  const supply = bulkCorpus({ count: SIZE, seed: 20260301, now });
  // Exam papers are written from another draw of the same patent rows: the needs of an
  // enterprise read like the titles of the technologies that answer them.
  const need = bulkCorpus({ count: SIZE, seed: 20260917, now });
  const passwordHash = await hash("bench-match-2026", { algorithm: 2 as never });
  await db.insert(organizations).values(supply.organizations);
  await db.insert(users).values(supply.users.map((u) => ({ ...u, passwordHash })));
  await db.insert(memberships).values(supply.memberships);
  const enterprises = supply.organizations.filter((o) => o.kind === "enterprise");
  const day = (n: number) => new Date(now.getTime() + n * 86_400_000).toISOString().slice(0, 10);
  const BATCH = 500;
  let rows: (typeof achievements.$inferInsert)[] = [];
  let ips: (typeof ipAssets.$inferInsert)[] = [];
  for (const { row, ip } of supply.achievements()) {
    rows.push(row);
    ips.push(ip);
    if (rows.length === BATCH) {
      await db.insert(achievements).values(rows);
      await db.insert(ipAssets).values(ips);
      rows = [];
      ips = [];
    }
  }
  if (rows.length) {
    await db.insert(achievements).values(rows);
    await db.insert(ipAssets).values(ips);
  }
  let papers: (typeof demands.$inferInsert)[] = [];
  let n = 0;
  for (const { row } of need.achievements()) {
    const owner = enterprises[n++ % enterprises.length];
    papers.push({
      ownerOrgId: owner?.id as string,
      titleZh: row.titleZh,
      titleEn: row.titleEn,
      summaryZh: row.summaryZh,
      summaryEn: row.summaryEn,
      indicators: [],
      field: row.field,
      keywords: row.keywords,
      wantedModes: row.transferModes,
      budgetMin: row.priceMin,
      budgetMax: row.priceMax,
      budgetCurrency: row.priceCurrency,
      deadline: day(90),
      responseDeadline: day(120),
      minTrl: Math.max(1, (row.trl ?? 5) - 1),
      criteria: ["technical_merit"],
      visibility: "public",
      country: row.country,
      province: row.province,
      city: row.city,
      status: "open",
      publishedAt: now,
      lastVerifiedAt: now,
    });
    if (papers.length === BATCH) {
      await db.insert(demands).values(papers);
      papers = [];
    }
  }
  if (papers.length) await db.insert(demands).values(papers);
}

async function fullRecompute() {
  const open = await openDb({ memory: true });
  await migrate(open);
  log(`large: inserting ${SIZE} achievements and ${SIZE} exam papers`);
  const t0 = performance.now();
  await insertLargeCorpus(open.db);
  const insertMs = performance.now() - t0;
  const services = makeServices({
    store: makeStore(open.db),
    clock: systemClock,
    searchIndex: createSearchIndex(),
  });
  log("large: building the search index");
  const t1 = performance.now();
  await services.searchIndexer.rebuild();
  const indexMs = performance.now() - t1;
  log(`large: recomputing ${SAMPLE || SIZE} exam papers`);
  let last = 0;
  const result = await services.matchEngine.recomputeAll(
    (done, total) => {
      if (done - last >= 100 || done === total) {
        last = done;
        log(`  ${done}/${total}`);
      }
    },
    { limit: SAMPLE || undefined },
  );
  const heapMb = process.memoryUsage().heapUsed / 2 ** 20;
  await open.close();
  return { insertMs, indexMs, heapMb, ...result };
}

// ---------------------------------------------------------------------------------------------

const pub = await publicationLatency();
log(`publication → match: p50 ${fmt(pub.p50)} ms, p99 ${fmt(pub.p99)} ms`);
const big = await fullRecompute();
const perPaper = big.matchMs / big.demands;
const pairsPerS = big.pairs / (big.matchMs / 1000);
log(`full recompute: ${fmt(perPaper)} ms per exam paper, ${fmt(pairsPerS)} pairs/s`);

const demoPairs = pub.first.pairs / (pub.first.matchMs / 1000);
const fullMinutes = (perPaper * SIZE + big.prepareMs) / 60_000;
const report = `# Matches: publication latency and full recompute

Generated by \`services/api/bench/match-latency.ts\` (\`node scripts/pnpm.mjs --filter @openttc/api bench\`)
on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, Node ${process.version},
load average at the end ${loadavg()
  .map((x) => x.toFixed(2))
  .join(" / ")} (the machine is shared: figures are indicative). Embedded PGlite in memory and the
embedded search engine; the CC-CEDICT dictionary is loaded once per process (part of "prepare").

## Publication → appearance in the exam paper's matches (demo corpus)

${pub.seeded.achievements} achievements and ${pub.seeded.demands} exam papers seeded; the search
indexer and the match worker drain the outbox in the background as in \`npm start\`. For each of
${pub.publications} open exam papers an institute writes an achievement for it (its title,
keywords, field, wanted modes, a TRL above the minimum) and submits it; the clock starts when the
reviewer's \`approveAchievement\` returns and stops when the pair is in the \`matches\` table (polled
every 10 ms).

| publications | p50 | p99 | max | exam papers the achievement entered: min / median / max (mean) |
| ---: | ---: | ---: | ---: | ---: |
| ${pub.publications} | ${fmt(pub.p50)} ms | ${fmt(pub.p99)} ms | ${fmt(pub.max)} ms | ${pub.entered[0]} / ${percentile(pub.entered, 50)} / ${pub.entered.at(-1)} (${fmt(pub.meanEntered, 1)}) |

Initial computation of every match at start-up on the demo corpus: ${pub.first.demands} exam papers × ${pub.first.achievements} achievements,
${fmt(pub.first.prepareMs / 1000, 1)} s to prepare (listings, statistics, dictionary) and
${fmt(pub.first.matchMs / 1000, 1)} s to match (${fmt(pub.first.matchMs / pub.first.demands)} ms per exam paper,
${fmt(demoPairs)} candidate pairs/s); ${pub.first.matches} matches stored.

## Full recompute, ${fmt(SIZE)} exam papers × ${fmt(SIZE)} achievements

Listings generated from the shipped patent data (\`@openttc/seed/bulk\`, exam papers from a
second draw), inserted in ${fmt(big.insertMs / 1000)} s; search index built in ${fmt(big.indexMs / 1000)} s.
The recompute covered ${fmt(big.demands)} exam papers${SAMPLE ? " (a sample: the first in the order of the snapshot)" : ""}; each gets
candidates from the search index (top 200 by text, top 50 of its field), re-scored by the matcher,
the top ${50} written with their explanations.

| what | figure |
| --- | ---: |
| prepare: load ${fmt(big.achievements)} achievements and the exam papers, IDF statistics, dictionary | ${fmt(big.prepareMs / 1000, 1)} s |
| per exam paper (candidates + scoring + explaining + writing) | ${fmt(perPaper)} ms |
| candidate pairs scored | ${fmt(big.pairs)} (${fmt(big.pairs / big.demands)} per exam paper) |
| throughput | **${fmt(pairsPerS)} pairs/s** |
| matches stored | ${fmt(big.matches)} |
| heap at the end | ${fmt(big.heapMb)} MB |
| ${SAMPLE ? "extrapolated" : "measured"} time for all ${fmt(SIZE)} exam papers | ${fmt(fullMinutes, 1)} min |

Pairs/s counts the candidate pairs the matcher re-scored, not the ${fmt(SIZE)} × ${fmt(SIZE)}
cross product: the rest are never looked at, that is what candidate generation is for.
`;
mkdirSync(new URL("../../../bench-reports/", import.meta.url), { recursive: true });
writeFileSync(new URL("../../../bench-reports/matches.md", import.meta.url), report);
log("wrote bench-reports/matches.md");
process.exit(0);
