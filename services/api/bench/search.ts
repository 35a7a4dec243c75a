// Benchmark of the search issue: N realistic achievements (100,000 by default) in a PGlite file
// database, the embedded index rebuilt from it (time, documents/s, memory) on its own thread as
// the server runs it, then 1,000 mixed Chinese/English queries through GraphQL over HTTP on
// loopback and directly against the engine,
// and the same queries as ILIKE over a pg_trgm GIN index on PostgreSQL when BENCH_DATABASE_URL
// is set. Writes bench-reports/search.md.
//
//   BENCH_SEARCH_DOCS=10000 node scripts/pnpm.mjs --filter @openttc/api exec tsx bench/search.ts
//   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test …   (adds the PostgreSQL baseline)
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { PerformanceObserver, performance } from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { Worker } from "node:worker_threads";
import { hash } from "@node-rs/argon2";
import { type Db, openDb } from "@openttc/db/client";
import { migrate } from "@openttc/db/migrate";
import { achievements, ipAssets, memberships, organizations, users } from "@openttc/db/schema";
import { ACHIEVEMENT_VERIFICATION_MONTHS } from "@openttc/domain/freshness";
import { TAXONOMY } from "@openttc/domain/taxonomy";
import {
  createThreadedSearchIndex,
  type ThreadedSearchIndex,
} from "@openttc/search/adapters/threaded";
import type { SearchIndex, SearchQuery, SearchResult } from "@openttc/search/search-index";
import { SYNONYM_GROUPS } from "@openttc/search/text/synonyms";
import { bulkCorpus, Random } from "@openttc/seed/bulk";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { buildApp } from "../src/app";
import { encodeCursor } from "../src/shared/pagination";

const DOCS = Number(process.env.BENCH_SEARCH_DOCS ?? 100_000);
const QUERIES = Number(process.env.BENCH_SEARCH_QUERIES ?? 1_000);
const WARMUP = 50;
const SEED = 20260301;
const BATCH = 500;
const PASSWORD = "bench-search-2026";
const TARGET_P99_MS = 50;

// Collecting garbage before reading memory makes the before/after figures comparable.
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

const log = (line: string) => process.stdout.write(`${line}\n`);
const ms = (n: number) => n.toFixed(1);
const mb = (n: number) => (n / 2 ** 20).toFixed(0);

function percentile(sorted: readonly number[], p: number): number {
  // Nearest rank: p99 of 1,000 samples is the 990th.
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

function summary(times: readonly number[]) {
  const s = [...times].sort((a, b) => a - b);
  return {
    p50: percentile(s, 50),
    p95: percentile(s, 95),
    p99: percentile(s, 99),
    max: s.at(-1) ?? Number.NaN,
    mean: s.reduce((a, b) => a + b, 0) / Math.max(1, s.length),
  };
}
type Summary = ReturnType<typeof summary>;

async function memory(engine: ThreadedSearchIndex) {
  gc();
  const m = process.memoryUsage();
  const { heapUsed: engineHeap } = await engine.diagnostics();
  return { rss: m.rss, heapUsed: m.heapUsed, external: m.external + m.arrayBuffers, engineHeap };
}

// ---------------------------------------------------------------------------------------------
// Corpus: organizations and users directly with drizzle, listings streamed in batches.

const now = new Date();
now.setUTCHours(0, 0, 0, 0);
const extraCnTitles = readFileSync(
  new URL("../../../packages/search/test-data/cn-patent-titles-sample.csv", import.meta.url),
  "utf8",
);
const corpus = bulkCorpus({ count: DOCS, seed: SEED, now, extraCnTitles });

/** A deterministic sample of titles for building queries, kept while the corpus streams by. */
const titleSample: { zh: string | null; en: string | null }[] = [];
const SAMPLE = 2_000;

async function insertCorpus(targets: Db[]) {
  const passwordHash = await hash(PASSWORD, { algorithm: 2 as never });
  for (const db of targets) {
    await db.insert(organizations).values(corpus.organizations);
    await db.insert(users).values(corpus.users.map((u) => ({ ...u, passwordHash })));
    await db.insert(memberships).values(corpus.memberships);
  }
  const pick = new Random(SEED).fork("title-sample");
  let rows: (typeof achievements.$inferInsert)[] = [];
  let ips: (typeof ipAssets.$inferInsert)[] = [];
  let done = 0;
  const started = performance.now();
  const flush = async () => {
    for (const db of targets) {
      await db.transaction(async (tx) => {
        await tx.insert(achievements).values(rows);
        await tx.insert(ipAssets).values(ips);
      });
    }
    done += rows.length;
    rows = [];
    ips = [];
    if (done % 10_000 === 0 || done === DOCS) {
      const s = (performance.now() - started) / 1000;
      log(`  inserted ${done}/${DOCS} (${s.toFixed(0)} s)`);
    }
  };
  let seen = 0;
  for (const { row, ip } of corpus.achievements()) {
    rows.push(row);
    ips.push(ip);
    // Reservoir sampling keeps an even sample of titles over the whole stream.
    seen += 1;
    const title = { zh: row.titleZh ?? null, en: row.titleEn ?? null };
    if (titleSample.length < SAMPLE) titleSample.push(title);
    else {
      const j = pick.int(0, seen - 1);
      if (j < SAMPLE) titleSample[j] = title;
    }
    if (rows.length === BATCH) await flush();
  }
  if (rows.length) await flush();
  return performance.now() - started;
}

// ---------------------------------------------------------------------------------------------
// Queries: 1–3 terms from the synonym/taxonomy vocabulary and from titles, some with typos,
// filters, facets, another sort or the second page; a fifth from a signed-in member.

interface QuerySpec {
  query: string;
  lang: "zh" | "en" | "mixed";
  kind: "vocabulary" | "title-words" | "whole-title" | "typo";
  filter?: Record<string, unknown>;
  facets?: string[];
  sort?: { by: string; direction: string };
  after?: string;
  member: number | null;
}

const EN_STOP = new Set(
  "a an and as at based by for from in its of on or the to with via use using method device system"
    .split(" ")
    .filter(Boolean),
);
const zhWords = new Intl.Segmenter("zh", { granularity: "word" });

function titleWords(title: string, lang: "zh" | "en"): string[] {
  if (lang === "en") {
    return (title.match(/[A-Za-z][A-Za-z-]{2,}/g) ?? []).filter(
      (w) => !EN_STOP.has(w.toLowerCase()),
    );
  }
  return [...zhWords.segment(title)]
    .map((s) => s.segment)
    .filter(
      (w) => w.length >= 2 && /^\p{Script=Han}+$/u.test(w) && !/^(一种|用于|及其|基于)$/.test(w),
    );
}

function typo(rng: Random, word: string): string {
  const i = rng.int(1, word.length - 2);
  const letters = "abcdefghijklmnopqrstuvwxyz";
  switch (rng.int(0, 3)) {
    case 0:
      return word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2);
    case 1:
      return word.slice(0, i) + rng.pick([...letters]) + word.slice(i + 1);
    case 2:
      return word.slice(0, i) + word.slice(i + 1);
    default:
      return word.slice(0, i) + rng.pick([...letters]) + word.slice(i);
  }
}

function makeQueries(count: number, memberCount: number): QuerySpec[] {
  const rng = new Random(SEED).fork("queries");
  const vocabZh = SYNONYM_GROUPS.flatMap((g) => g.zh);
  const vocabEn = SYNONYM_GROUPS.flatMap((g) => g.en);
  const typoable = [
    ...vocabEn.filter((t) => /^[a-z]{5,}$/i.test(t)),
    ...titleSample
      .flatMap((t) => (t.en ? titleWords(t.en, "en") : []))
      .filter((w) => /^[a-z]{5,}$/i.test(w)),
  ];
  const titled = (lang: "zh" | "en") => titleSample.filter((t) => t[lang]);
  const tops = TAXONOMY.map((n) => n.code);
  const out: QuerySpec[] = [];
  while (out.length < count) {
    const kind = rng.weighted([
      ["vocabulary", 35],
      ["title-words", 35],
      ["whole-title", 10],
      ["typo", 20],
    ] as const);
    let lang: QuerySpec["lang"] = rng.chance(0.5) ? "zh" : "en";
    let query: string;
    const n = rng.weighted([
      [1, 5],
      [2, 4],
      [3, 2],
    ] as const);
    if (kind === "vocabulary") {
      const terms = Array.from({ length: n }, () => rng.pick(lang === "zh" ? vocabZh : vocabEn));
      if (n > 1 && rng.chance(0.15)) {
        // One term in the other language, as bilingual users type.
        terms[0] = rng.pick(lang === "zh" ? vocabEn : vocabZh);
        lang = "mixed";
      }
      query = terms.join(" ");
    } else if (kind === "title-words" || kind === "whole-title") {
      const l = lang as "zh" | "en";
      const title = rng.pick(titled(l))[l] as string;
      if (kind === "whole-title") query = title;
      else {
        const words = titleWords(title, l);
        query = (words.length ? rng.sample(words, n) : [title]).join(" ");
      }
    } else {
      lang = "en";
      const words = Array.from({ length: n }, () => rng.pick(typoable));
      // One word misspelt, the way people type.
      const k = rng.int(0, words.length - 1);
      words[k] = typo(rng, words[k] as string);
      query = words.join(" ");
    }
    const spec: QuerySpec = { query: query.slice(0, 200), lang, kind, member: null };
    if (rng.chance(0.3)) {
      const filter: Record<string, unknown> = {};
      const which = rng.int(0, 4);
      if (which === 0) filter.fieldTop = [rng.pick(tops)];
      if (which === 1) filter.trlMin = rng.int(4, 7);
      if (which === 2)
        filter.modes = rng.sample(
          ["TRANSFER", "EXCLUSIVE_LICENCE", "EQUITY_INVESTMENT", "USE_FIRST_PAY_LATER"],
          rng.int(1, 2),
        );
      if (which === 3)
        filter.orgKind = [rng.pick(["UNIVERSITY", "RESEARCH_INSTITUTE", "ENTERPRISE"])];
      if (which === 4) {
        filter.province = ["云南省"];
        filter.trlMin = rng.int(3, 6);
      }
      spec.filter = filter;
    }
    if (rng.chance(0.3))
      spec.facets = rng.sample(
        ["FIELD_TOP", "TRL", "MODES", "ORG_KIND", "PROVINCE"],
        rng.int(1, 3),
      );
    if (rng.chance(0.15)) {
      spec.sort = rng.pick([
        { by: "PUBLISHED_AT", direction: "DESC" },
        { by: "TRL", direction: "DESC" },
        { by: "PRICE", direction: "ASC" },
      ]);
    }
    if (rng.chance(0.05)) spec.after = encodeCursor([20]);
    if (memberCount > 0 && rng.chance(0.2)) spec.member = rng.int(0, memberCount - 1);
    out.push(spec);
  }
  return out;
}

/**
 * What people type into the search box before they finish a word: a prefix of a title word
 * (1–3 characters of a Chinese word, 2–7 letters of an English one), after a finished word a
 * third of the time.
 */
function makePrefixes(count: number): string[] {
  const rng = new Random(SEED).fork("prefixes");
  const out: string[] = [];
  while (out.length < count) {
    const lang = rng.chance(0.5) ? "zh" : "en";
    const titles = titleSample.filter((t) => t[lang]);
    const words = titleWords(rng.pick(titles)[lang] as string, lang);
    if (words.length === 0) continue;
    const word = rng.pick(words);
    const cut =
      lang === "zh" ? rng.int(1, Math.min(3, word.length)) : rng.int(2, Math.min(7, word.length));
    const prefix = word.slice(0, cut);
    const before = words.length > 1 && rng.chance(0.33) ? `${rng.pick(words)} ` : "";
    out.push(before + prefix);
  }
  return out;
}

interface GcFigures {
  count: number;
  totalMs: number;
  maxMs: number;
}

/** Garbage collection during one pass, per thread. */
interface PassGc {
  api: GcFigures;
  engine: GcFigures;
}

/**
 * Runs `work` and adds up the garbage-collection pauses meanwhile, of this (the API's) thread and
 * of the engine's thread.
 */
async function gcDuring<T>(
  engine: ThreadedSearchIndex,
  work: () => Promise<T>,
): Promise<{ result: T; gc: GcFigures; engineGc: GcFigures }> {
  const gc: GcFigures = { count: 0, totalMs: 0, maxMs: 0 };
  await engine.diagnostics();
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gc.count += 1;
      gc.totalMs += entry.duration;
      gc.maxMs = Math.max(gc.maxMs, entry.duration);
    }
  });
  observer.observe({ entryTypes: ["gc"] });
  try {
    const result = await work();
    const { gc: e } = await engine.diagnostics();
    return { result, gc, engineGc: { count: e.pauses, totalMs: e.totalMs, maxMs: e.longestMs } };
  } finally {
    // Entries are delivered asynchronously: let the last ones arrive.
    await new Promise((resolve) => setTimeout(resolve, 50));
    observer.disconnect();
  }
}

/** Posts the requests one at a time from a client thread and returns each one's time. */
function timedRequests(
  url: string,
  requests: { body: string; cookie: string | undefined }[],
): Promise<{ times: number[]; totals: number[] }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./timed-client.mjs", import.meta.url), {
      workerData: { url, requests },
    });
    worker.once("message", resolve);
    worker.once("error", reject);
  });
}

const SEARCH = `query Search($query: String!, $filter: SearchFilter, $facets: [SearchFacet!], $sort: SearchSort, $after: String) {
  search(query: $query, kind: ACHIEVEMENT, filter: $filter, facets: $facets, sort: $sort, first: 20, after: $after) {
    totalEstimate
    edges {
      cursor
      score
      highlights { field snippet }
      node { ... on Achievement { id titleZh titleEn summaryZh summaryEn field trl transferModes price { min max currency } owner { nameZh nameEn } } }
    }
    facets { facet values { value count } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const SUGGEST = `query Suggest($prefix: String!) { suggest(prefix: $prefix) { kind id text highlighted } }`;

// ---------------------------------------------------------------------------------------------
// PostgreSQL baseline: the list query's text filter (ILIKE over titles and summaries, every
// term required) over pg_trgm GIN indexes, with the same structured filter and page.

const TEXT_COLUMNS = ["title_zh", "title_en", "summary_zh", "summary_en"];

function baselineSql(q: SearchQuery): { text: string; params: unknown[] } {
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const f = q.filter;
  const where: string[] = [`a.status::text = any(${p(f.statuses)})`];
  const audience = [`a.visibility::text = any(${p(f.visibleTo.visibilities)})`];
  if (f.visibleTo.orgIds.length)
    audience.push(`a.owner_org_id = any(${p(f.visibleTo.orgIds)}::uuid[])`);
  where.push(`(${audience.join(" or ")})`);
  if (f.notExpiredAt !== undefined) {
    const since = new Date(f.notExpiredAt);
    since.setUTCMonth(since.getUTCMonth() - ACHIEVEMENT_VERIFICATION_MONTHS);
    where.push(`a.last_verified_at > ${p(since)}`);
  }
  if (f.fieldTop?.length) where.push(`split_part(a.field, '.', 1) = any(${p(f.fieldTop)})`);
  if (f.trlMin !== undefined) where.push(`a.trl >= ${p(f.trlMin)}`);
  if (f.trlMax !== undefined) where.push(`a.trl <= ${p(f.trlMax)}`);
  if (f.modes?.length) where.push(`a.transfer_modes && ${p(f.modes)}::text[]`);
  if (f.province?.length) where.push(`a.province = any(${p(f.province)})`);
  if (f.orgKind?.length)
    where.push(
      `a.owner_org_id in (select id from organizations where kind::text = any(${p(f.orgKind)}))`,
    );
  for (const term of q.q.split(/\s+/).filter(Boolean)) {
    const pattern = p(`%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    where.push(`(${TEXT_COLUMNS.map((c) => `a.${c} ilike ${pattern}`).join(" or ")})`);
  }
  // ILIKE has no relevance: relevance queries are ordered newest first, like the plain list.
  const order =
    q.sort?.by === "trl"
      ? `a.trl ${q.sort.direction}`
      : q.sort?.by === "price"
        ? `coalesce(a.price_min, a.price_max) ${q.sort.direction} nulls last`
        : "a.published_at desc";
  return {
    text: `select a.id, a.title_zh, a.title_en, count(*) over () as total
           from achievements a where ${where.join(" and ")}
           order by ${order}, a.id limit ${p(q.limit)} offset ${p(q.offset)}`,
    params,
  };
}

// ---------------------------------------------------------------------------------------------

interface Figures {
  insertMs: number;
  pgInsert: boolean;
  rebuildMs: number;
  indexed: number;
  memBefore: Awaited<ReturnType<typeof memory>>;
  memAfter: Awaited<ReturnType<typeof memory>>;
  graphql: Summary;
  graphqlGc: PassGc;
  graphqlOnPostgres: { times: Summary; gc: PassGc } | null;
  direct: Summary;
  directGc: PassGc;
  directByKind: Record<string, Summary>;
  graphqlByKind: Record<string, Summary>;
  engineTook: Summary;
  zeroGraphql: number;
  suggest: { times: Summary; empty: number };
  baseline: { pg: Summary; zero: number; indexMs: number; version: string } | null;
  slowest: { ms: number; spec: QuerySpec }[];
}

async function run(): Promise<Figures> {
  const load = loadavg();
  log(
    `search bench: ${DOCS} documents, ${QUERIES} queries; ${cpus().length} cores, load ${load.map((l) => l.toFixed(2)).join(" ")}`,
  );
  const dir = mkdtempSync(join(tmpdir(), "openttc-bench-search-"));
  const embedded = await openDb({ dataDir: dir });
  await migrate(embedded);

  const pgUrl = process.env.BENCH_DATABASE_URL;
  const pgName = `openttc_bench_search_${process.pid}`;
  const admin = pgUrl ? postgres(pgUrl, { max: 1, onnotice: () => {} }) : null;
  let server: Awaited<ReturnType<typeof openDb>> | null = null;
  let serverSql: postgres.Sql | null = null;
  if (admin && pgUrl) {
    await admin.unsafe(`create database ${pgName}`);
    const url = new URL(pgUrl);
    url.pathname = `/${pgName}`;
    server = await openDb({ url: url.toString() });
    await migrate(server);
    serverSql = postgres(url.toString(), { max: 1, onnotice: () => {} });
  }

  try {
    log("generating and inserting the corpus…");
    const insertMs = await insertCorpus(server ? [embedded.db, server.db] : [embedded.db]);
    // A settled database, as a server's would be: planner statistics current, and no autovacuum
    // of the fresh tables competing for the two cores while queries are timed.
    for (const db of server ? [embedded.db, server.db] : [embedded.db]) {
      await db.execute(sql`vacuum analyze`);
    }

    const engine = createThreadedSearchIndex();
    // Records what the API asks the engine, so the direct pass replays exactly those queries.
    let recorded: SearchQuery[] | null = null;
    const dumpDocs: unknown[] = [];
    const searchIndex: SearchIndex = {
      ...engine,
      upsert(index, docs) {
        if (process.env.BENCH_SEARCH_DUMP) dumpDocs.push(...docs);
        return engine.upsert(index, docs);
      },
      search(index, query) {
        recorded?.push(structuredClone(query));
        return engine.search(index, query);
      },
    };
    const app = await buildApp({ db: embedded.db, searchIndex });

    log("rebuilding the embedded index…");
    const memBefore = await memory(engine);
    const t0 = performance.now();
    const counts = await app.services.searchIndexer.rebuild((done, total, index) => {
      if (index === "achievements" && (done % 10_000 === 0 || done === total))
        log(`  indexed ${done}/${total} (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
    });
    const rebuildMs = performance.now() - t0;
    const memAfter = await memory(engine);
    log(`  ${JSON.stringify(counts)} in ${(rebuildMs / 1000).toFixed(1)} s`);

    // Members of a few publishing organizations, signed in once per API: their searches add their
    // own organization's registered listings to the audience (the `or` in the visibility rule).
    const publishers = new Set(
      corpus.organizations
        .filter((o) => o.kind === "university" || o.kind === "research_institute")
        .map((o) => o.id),
    );
    const memberEmails = corpus.memberships
      .filter((m) => publishers.has(m.orgId))
      .slice(0, 5)
      .map((m) => corpus.users.find((u) => u.id === m.userId)?.email)
      .filter((e): e is string => !!e);
    const signIn = async (address: string) => {
      const cookies: string[] = [];
      for (const email of memberEmails) {
        const res = await fetch(`${address}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({
            query: `mutation($i: LogInInput!) { logIn(input: $i) { __typename } }`,
            variables: { i: { email, password: PASSWORD } },
          }),
        });
        const cookie = res.headers.get("set-cookie")?.split(";")[0];
        if (!cookie) throw new Error(`${email} could not sign in: ${await res.text()}`);
        cookies.push(cookie);
      }
      return cookies;
    };
    const address = await app.listen({ port: 0, host: "127.0.0.1" });
    const cookies = await signIn(address);

    const specs = makeQueries(QUERIES + WARMUP, cookies.length);
    const bodyOf = (s: QuerySpec) =>
      JSON.stringify({
        query: SEARCH,
        variables: {
          query: s.query,
          filter: s.filter,
          facets: s.facets,
          sort: s.sort,
          after: s.after,
        },
      });

    const requestsOf = (list: QuerySpec[], signedIn: string[]) =>
      list.map((s) => ({
        body: bodyOf(s),
        cookie: s.member === null ? undefined : signedIn[s.member],
      }));
    const graphqlPass = async (at: string, signedIn: string[], measuring = () => {}) => {
      await timedRequests(`${at}/graphql`, requestsOf(specs.slice(0, WARMUP), signedIn));
      measuring();
      return gcDuring(engine, () =>
        timedRequests(`${at}/graphql`, requestsOf(specs.slice(WARMUP), signedIn)),
      );
    };

    log("GraphQL over HTTP (API on PGlite)…");
    const {
      result: { times: gqlTimes, totals },
      gc: graphqlApiGc,
      engineGc: graphqlEngineGc,
    } = await graphqlPass(address, cookies, () => {
      recorded = [];
    });
    const graphqlGc = { api: graphqlApiGc, engine: graphqlEngineGc };
    const zeroGraphql = totals.filter((t) => !t).length;
    const queries: SearchQuery[] = recorded ?? [];
    recorded = null;
    if (queries.length !== QUERIES) throw new Error(`recorded ${queries.length} engine searches`);

    log("search-as-you-type (suggest) over HTTP (API on PGlite)…");
    const prefixes = makePrefixes(QUERIES + WARMUP).map((prefix, i) => ({
      body: JSON.stringify({ query: SUGGEST, variables: { prefix } }),
      cookie: i % 5 === 0 ? cookies[i % cookies.length] : undefined,
    }));
    await timedRequests(`${address}/graphql`, prefixes.slice(0, WARMUP));
    const suggested = await timedRequests(`${address}/graphql`, prefixes.slice(WARMUP));
    const suggest = {
      times: summary(suggested.times),
      empty: suggested.totals.filter((n) => n === 0).length,
    };
    await app.close();

    // The same engine behind an API on PostgreSQL: the database a deployment of this size uses.
    let graphqlOnPostgres: { times: Summary; gc: PassGc } | null = null;
    if (server) {
      log("GraphQL over HTTP (API on PostgreSQL)…");
      const pgApp = await buildApp({ db: server.db, searchIndex: engine });
      const pgAddress = await pgApp.listen({ port: 0, host: "127.0.0.1" });
      const pass = await graphqlPass(pgAddress, await signIn(pgAddress));
      graphqlOnPostgres = {
        times: summary(pass.result.times),
        gc: { api: pass.gc, engine: pass.engineGc },
      };
      await pgApp.close();
    }

    if (process.env.BENCH_SEARCH_DUMP)
      writeFileSync(process.env.BENCH_SEARCH_DUMP, JSON.stringify({ docs: dumpDocs, queries }));
    log("directly against the engine…");
    for (const q of queries.slice(0, WARMUP)) await engine.search("achievements", q);
    const directTimes: number[] = [];
    const took: number[] = [];
    const { gc: directApiGc, engineGc: directEngineGc } = await gcDuring(engine, async () => {
      for (const q of queries) {
        const t = performance.now();
        const r: SearchResult = await engine.search("achievements", q);
        directTimes.push(performance.now() - t);
        took.push(r.tookMs);
      }
    });

    const measured = specs.slice(WARMUP);
    const byKind = (times: number[]) => {
      const groups = new Map<string, number[]>();
      measured.forEach((s, i) => {
        for (const key of [
          s.kind,
          `lang:${s.lang}`,
          s.filter || s.facets ? "with filter/facets" : "text only",
        ]) {
          const list = groups.get(key) ?? [];
          list.push(times[i] as number);
          groups.set(key, list);
        }
      });
      return Object.fromEntries([...groups].map(([k, v]) => [`${k} (${v.length})`, summary(v)]));
    };
    const slowest = gqlTimes
      .map((t, i) => ({ ms: t, spec: measured[i] as QuerySpec }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5);

    let baseline: Figures["baseline"] = null;
    if (serverSql) {
      log("PostgreSQL baseline: pg_trgm GIN indexes…");
      const ti = performance.now();
      await serverSql.unsafe("create extension if not exists pg_trgm");
      for (const c of TEXT_COLUMNS)
        await serverSql.unsafe(
          `create index achievements_${c}_trgm on achievements using gin (${c} gin_trgm_ops)`,
        );
      await serverSql.unsafe("analyze achievements");
      const indexMs = performance.now() - ti;
      const [{ version = "" } = {}] = await serverSql<{ version: string }[]>`show server_version`;
      for (const q of queries.slice(0, WARMUP)) {
        const { text, params } = baselineSql(q);
        await serverSql.unsafe(text, params as never[]);
      }
      const pgTimes: number[] = [];
      let zero = 0;
      for (const q of queries) {
        const { text, params } = baselineSql(q);
        const t = performance.now();
        const rows = await serverSql.unsafe(text, params as never[]);
        pgTimes.push(performance.now() - t);
        if (rows.length === 0) zero += 1;
      }
      baseline = { pg: summary(pgTimes), zero, indexMs, version };
    }

    return {
      insertMs,
      pgInsert: !!server,
      rebuildMs,
      indexed: counts.achievements.index,
      memBefore,
      memAfter,
      graphql: summary(gqlTimes),
      graphqlGc,
      graphqlOnPostgres,
      direct: summary(directTimes),
      directGc: { api: directApiGc, engine: directEngineGc },
      graphqlByKind: byKind(gqlTimes),
      directByKind: byKind(directTimes),
      engineTook: summary(took),
      zeroGraphql,
      suggest,
      baseline,
      slowest,
    };
  } finally {
    await embedded.close();
    rmSync(dir, { recursive: true, force: true });
    if (admin) {
      await serverSql?.end();
      await server?.close();
      await admin.unsafe(`drop database if exists ${pgName} with (force)`);
      await admin.end();
    }
  }
}

function report(f: Figures): string {
  const row = (label: string, s: Summary) =>
    `| ${label} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${ms(s.max)} | ${ms(s.mean)} |`;
  const head = "| | p50 | p95 | p99 | max | mean |\n| --- | --- | --- | --- | --- | --- |";
  const docsPerS = f.indexed / (f.rebuildMs / 1000);
  const kinds = (m: Record<string, Summary>) =>
    Object.entries(m)
      .map(([k, s]) => row(k, s))
      .join("\n");
  const verdictOf = (times: Summary) => (times.p99 < TARGET_P99_MS ? "met" : "missed");
  const gcFigures = (gc: GcFigures) =>
    `${gc.count} pauses, ${ms(gc.totalMs)} ms in all, longest ${ms(gc.maxMs)} ms`;
  const gcLine = (label: string, gc: PassGc) =>
    `${label}: API thread ${gcFigures(gc.api)}; engine thread ${gcFigures(gc.engine)}`;
  return `# Search benchmark

${new Date().toISOString().slice(0, 10)} · ${cpus().length} cores (${cpus()[0]?.model ?? "unknown"}) · Node ${process.version} · load average at start ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")} (other work shares the machine, so timings are noisy)

Corpus: **${f.indexed.toLocaleString("en-US")} searchable achievements** (N = ${DOCS.toLocaleString("en-US")} generated; drafts and other private statuses are indexed too and filtered per query) from \`@openttc/seed/bulk\`: the shipped Chinese and NASA patent titles and \`packages/search/test-data\`, varied with field-specific bilingual phrases, ${corpus.organizations.length} organizations, inserted in batches of ${BATCH} into a PGlite file database${f.pgInsert ? " and into PostgreSQL" : ""} in ${(f.insertMs / 1000).toFixed(0)} s (generation included).

## Index build (embedded engine on its own thread, \`searchIndexer.rebuild()\` from the database)

| documents | time | documents/s |
| --- | --- | --- |
| ${f.indexed.toLocaleString("en-US")} | ${(f.rebuildMs / 1000).toFixed(1)} s | ${docsPerS.toFixed(0)} |

| memory (after a full GC) | before indexing | after indexing | delta |
| --- | --- | --- | --- |
| RSS | ${mb(f.memBefore.rss)} MB | ${mb(f.memAfter.rss)} MB | ${mb(f.memAfter.rss - f.memBefore.rss)} MB |
| heapUsed, engine thread (not collected first) | ${mb(f.memBefore.engineHeap)} MB | ${mb(f.memAfter.engineHeap)} MB | ${mb(f.memAfter.engineHeap - f.memBefore.engineHeap)} MB |
| heapUsed, API thread | ${mb(f.memBefore.heapUsed)} MB | ${mb(f.memAfter.heapUsed)} MB | ${mb(f.memAfter.heapUsed - f.memBefore.heapUsed)} MB |
| external + array buffers (PGlite's WASM memory) | ${mb(f.memBefore.external)} MB | ${mb(f.memAfter.external)} MB | ${mb(f.memAfter.external - f.memBefore.external)} MB |

## Queries

${QUERIES.toLocaleString("en-US")} queries (after ${WARMUP} warm-up queries), one at a time: 1–3 terms from the synonym/taxonomy vocabulary and from titles, whole titles, English words with one typo; 30 % with a filter, 30 % with facets, 15 % sorted by another key, 5 % second page, 20 % from a signed-in member (whose organization's registered listings join the audience). 20 hits a page with highlights. The GraphQL client runs on a thread of its own (fetch, keep-alive), like a browser beside the server.

Times in ms:

${head}
${row("GraphQL over HTTP (loopback), API on PGlite", f.graphql)}
${f.graphqlOnPostgres ? row("GraphQL over HTTP (loopback), API on PostgreSQL", f.graphqlOnPostgres.times) : "| GraphQL, API on PostgreSQL | skipped: BENCH_DATABASE_URL is not set | | | | |"}
${row("engine directly (`index.search` from the API thread)", f.direct)}
${row("engine's own tookMs", f.engineTook)}
${f.baseline ? row(`PostgreSQL ${f.baseline.version} ILIKE + pg_trgm GIN`, f.baseline.pg) : "| PostgreSQL baseline | skipped: BENCH_DATABASE_URL is not set | | | | |"}

GraphQL / direct: p50 ${(f.graphql.p50 / f.direct.p50).toFixed(2)}×, p95 ${(f.graphql.p95 / f.direct.p95).toFixed(2)}×, p99 ${(f.graphql.p99 / f.direct.p99).toFixed(2)}× (GraphQL adds the HTTP round trip, parsing, the session, the database re-check of the page's ids and the owners' names; both include the hop to the engine's thread and back).

Garbage collection while the 1,000 queries ran (the index lives in the engine thread's heap, which the API thread's collections do not mark):

- ${gcLine("through GraphQL on PGlite", f.graphqlGc)}${f.graphqlOnPostgres ? `\n- ${gcLine("through GraphQL on PostgreSQL", f.graphqlOnPostgres.gc)}` : ""}
- ${gcLine("directly", f.directGc)}

Target: p99 through GraphQL under ${TARGET_P99_MS} ms at 100,000 documents on 2 cores: API on PGlite **${verdictOf(f.graphql)}** (p99 ${ms(f.graphql.p99)} ms)${f.graphqlOnPostgres ? `, API on PostgreSQL **${verdictOf(f.graphqlOnPostgres.times)}** (p99 ${ms(f.graphqlOnPostgres.times.p99)} ms)` : ""}, with ${f.indexed.toLocaleString("en-US")} documents, ${cpus().length} cores.

Queries with no hit: ${f.zeroGraphql} of ${QUERIES} through the engine${f.baseline ? `, ${f.baseline.zero} of ${QUERIES} with ILIKE (no typo tolerance, no cross-language synonyms, no word segmentation: every term must appear as typed)` : ""}.

### Search-as-you-type (\`suggest\`)

${QUERIES.toLocaleString("en-US")} prefixes as people type them (after ${WARMUP} warm-up prefixes): 1–3 characters of a Chinese title word or 2–7 letters of an English one, after a finished word a third of the time; a fifth from a signed-in member. Up to 8 titles from both indexes, highlighted, through GraphQL (API on PGlite):

${head}
${row("`suggest` through GraphQL over HTTP, API on PGlite", f.suggest.times)}

Prefixes with no suggestion: ${f.suggest.empty} of ${QUERIES}.
${f.baseline ? `\nThe baseline runs the structured filter and page of each query as SQL, with every term required as \`ILIKE '%term%'\` on title_zh, title_en, summary_zh or summary_en (the list query's text filter), ordered newest first (ILIKE has no relevance) with \`count(*) over ()\` for the total; building the four GIN indexes took ${(f.baseline.indexMs / 1000).toFixed(1)} s.\n` : ""}
### By query kind

GraphQL:

${head}
${kinds(f.graphqlByKind)}

Engine directly:

${head}
${kinds(f.directByKind)}

Slowest through GraphQL:

${f.slowest.map((s) => `- ${ms(s.ms)} ms: \`${s.spec.query}\` (${s.spec.kind}${s.spec.filter ? `, filter ${JSON.stringify(s.spec.filter)}` : ""}${s.spec.facets ? `, facets ${s.spec.facets.join(",")}` : ""}${s.spec.sort ? `, sort ${s.spec.sort.by}` : ""})`).join("\n")}

Reproduce: \`node scripts/pnpm.mjs bench\` (embedded part), add \`BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test\` for the baseline (a database of its own is created and dropped), \`BENCH_SEARCH_DOCS=10000\` for a quick run.
`;
}

const figures = await run();
const text = report(figures);
mkdirSync(new URL("../../../bench-reports/", import.meta.url), { recursive: true });
writeFileSync(new URL("../../../bench-reports/search.md", import.meta.url), text);
log(text);
log("wrote bench-reports/search.md");
process.exit(0);
