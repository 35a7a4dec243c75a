// Replays a query log dumped by the API's search bench (BENCH_SEARCH_DUMP) against the embedded
// engine in this process, so engine changes can be timed without the database and the API:
//   pnpm --filter @openttc/search replay /tmp/dump.json
// Prints the engine's own times (p50/p95/p99/max), the slowest queries and the collections
// that ran meanwhile. REPLAY_DOCS limits the corpus; REPLAY_ROUNDS repeats the queries.
import { readFileSync } from "node:fs";
import { watchGcPauses } from "../src/adapters/gc-pauses";
import { createOramaSearchIndex } from "../src/adapters/orama";
import type { AchievementDoc } from "../src/documents";
import type { SearchQuery } from "../src/search-index";

const file = process.argv[2];
if (!file) throw new Error("usage: replay.ts <dump.json>");
const dump = JSON.parse(readFileSync(file, "utf8")) as {
  docs: AchievementDoc[];
  queries: SearchQuery[];
};
const docs = dump.docs.slice(0, Number(process.env.REPLAY_DOCS ?? dump.docs.length));
const rounds = Number(process.env.REPLAY_ROUNDS ?? 1);

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

const engine = createOramaSearchIndex();
const t0 = performance.now();
for (let i = 0; i < docs.length; i += 500) {
  await engine.upsert("achievements", docs.slice(i, i + 500));
  if ((i + 500) % 20_000 === 0)
    console.log(`  indexed ${i + 500} (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
}
console.log(`indexed ${docs.length} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
const collect = (globalThis as { gc?: () => void }).gc;
collect?.();
console.log(`heapUsed ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB`);

const gcPauses = watchGcPauses();

// REPLAY_SUGGEST=1: also times suggest() on prefixes of title words, as the API's bench types them.
if (process.env.REPLAY_SUGGEST) {
  const words = docs.flatMap((d) => [
    ...(d.titleEn?.match(/[A-Za-z]{3,}/g) ?? []),
    ...(d.titleZh?.match(/\p{Script=Han}{2,4}/gu) ?? []),
  ]);
  let seed = 7;
  const next = () => {
    seed = (seed * 48271) % 2147483647;
    return seed / 2147483647;
  };
  const prefixes = Array.from({ length: 1000 }, () => {
    const w = words[Math.floor(next() * words.length)] as string;
    const han = /\p{Script=Han}/u.test(w);
    return w.slice(0, han ? 1 + Math.floor(next() * 3) : 2 + Math.floor(next() * 6));
  });
  const filter = { statuses: ["published"], visibleTo: { visibilities: ["public"], orgIds: [] } };
  const times: { ms: number; p: string }[] = [];
  for (const p of prefixes) {
    const t = performance.now();
    await engine.suggest(p, { filters: { achievements: filter, demands: filter }, limit: 8 });
    times.push({ ms: performance.now() - t, p });
  }
  const sorted = times.map((t) => t.ms).sort((a, b) => a - b);
  console.log(
    `suggest: p50 ${percentile(sorted, 50).toFixed(1)} p95 ${percentile(sorted, 95).toFixed(1)} p99 ${percentile(sorted, 99).toFixed(1)} max ${percentile(sorted, 100).toFixed(1)} ms`,
  );
  for (const t of times.sort((a, b) => b.ms - a.ms).slice(0, 8))
    console.log(`  ${t.ms.toFixed(1)} ms  ${t.p}`);
}

for (const q of dump.queries.slice(0, 50)) await engine.search("achievements", q);
// REPLAY_MAX_TERMS=32,10 replays the log once per value (the query's own maxTerms otherwise).
const variants = (process.env.REPLAY_MAX_TERMS ?? "").split(",").filter(Boolean).map(Number);
for (let round = 0; round < rounds * Math.max(1, variants.length); round++) {
  const maxTerms = variants.length ? variants[round % variants.length] : undefined;
  gcPauses.take();
  const times: { ms: number; q: SearchQuery }[] = [];
  for (const q of dump.queries) {
    const r = await engine.search("achievements", maxTerms ? { ...q, maxTerms } : q);
    times.push({ ms: r.tookMs, q });
  }
  await new Promise((r) => setTimeout(r, 50));
  const gc = gcPauses.take();
  const sorted = times.map((t) => t.ms).sort((a, b) => a - b);
  console.log(
    `round ${round + 1}${maxTerms ? ` (maxTerms ${maxTerms})` : ""}: p50 ${percentile(sorted, 50).toFixed(1)} p95 ${percentile(sorted, 95).toFixed(1)} p99 ${percentile(sorted, 99).toFixed(1)} max ${percentile(sorted, 100).toFixed(1)} mean ${(sorted.reduce((a, b) => a + b, 0) / sorted.length).toFixed(1)} ms; gc ${gc.pauses} pauses (${gc.majors} major), ${gc.totalMs.toFixed(0)} ms, longest ${gc.longestMs.toFixed(1)} ms`,
  );
  for (const t of times.sort((a, b) => b.ms - a.ms).slice(0, 12))
    console.log(
      `  ${t.ms.toFixed(1)} ms  ${JSON.stringify(t.q.q)}${t.q.filter.fieldTop || t.q.filter.modes ? " +filter" : ""}${t.q.facets?.length ? " +facets" : ""}${t.q.sort ? ` sort ${t.q.sort.by}` : ""}`,
    );
}
