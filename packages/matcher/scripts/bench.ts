// Benchmarks of the matcher on the embedded engine, written to bench-reports/matcher.md:
//  1. one exam paper against 100,000 achievements: candidate generation + re-scoring, p50/p99;
//  2. a full recompute of 10,000 exam papers × 10,000 achievements, candidate-based, in pairs/s.
// The corpora are synthetic but built from real listing texts (the committed evaluation sets):
// each achievement is a real one with a title extended by words of another, so posting lists
// have the length and skew of a large real corpus. Deterministic (seeded).
//   pnpm --filter @openttc/matcher bench [--achievements 100000] [--queries 30] [--recompute 10000] [--sample 300]
// The recompute ranks a sample of the exam papers against all achievements and extrapolates to
// all of them (every paper costs the same: one candidate generation and one re-scoring).
// biome-ignore lint/style/noRestrictedImports: the benchmark reads the sets and writes its report.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import { createSearchIndex } from "@openttc/search/create-search-index";
import { getAnalyzer } from "@openttc/search/text/analyze";
import { SYNONYM_GROUPS } from "@openttc/search/text/synonyms";
import { DEFAULT_RECALL, findMatchesForDemand, recallCandidates } from "../src/candidates";
import { addSynonymGroups, LexiconBuilder, mergeLexicons } from "../src/dictionary/lexicon";
import { getCedictLexicon } from "../src/dictionary/load-cedict";
import { parseAchievements, parseDemands } from "../src/eval/parse";
import { EVAL_FILTER, toAchievementDoc } from "../src/eval/run-eval";
import type { MatchAchievement, MatchDemand } from "../src/listing";
import { createMatcher } from "../src/matcher";
import { createCorpusStats } from "../src/text/corpus-stats";
import { achievementFields, demandFields, distinctTerms } from "../src/text/features";

const { values } = parseArgs({
  options: {
    achievements: { type: "string", default: "100000" },
    queries: { type: "string", default: "30" },
    recompute: { type: "string", default: "10000" },
    sample: { type: "string", default: "300" },
  },
});
const N = Number(values.achievements);
const Q = Number(values.queries);
const R = Number(values.recompute);
const S = Math.min(R, Number(values.sample));

const here = new URL("../eval/", import.meta.url);
const read = (p: string) => readFileSync(new URL(p, here), "utf8");
const baseA = [
  ...parseAchievements(read("demo/achievements.jsonl")).rows,
  ...parseAchievements(read("patents/achievements.jsonl")).rows,
];
const baseD = [
  ...parseDemands(read("demo/demands.jsonl")).rows,
  ...parseDemands(read("patents/demands.jsonl")).rows,
];

// mulberry32: a tiny seeded generator, so every run benchmarks the same corpus.
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const MODES = [
  "transfer",
  "exclusive_licence",
  "non_exclusive_licence",
  "equity_investment",
  "use_first_pay_later",
  "joint_development",
];

function syntheticAchievements(n: number, seed: number): MatchAchievement[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)] as T;
  const out: MatchAchievement[] = [];
  for (let i = 0; i < n; i++) {
    const a = pick(baseA);
    const b = pick(baseA);
    const extra = pick(b.keywords?.length ? b.keywords : [b.titleEn ?? b.titleZh ?? ""]);
    out.push({
      ...a,
      id: `a${i}`,
      titleZh: a.titleZh ? `${a.titleZh}${/\p{Script=Han}/u.test(extra) ? extra : ""}` : null,
      titleEn: a.titleEn
        ? `${a.titleEn} ${/\p{Script=Han}/u.test(extra) ? "" : extra}`.trim()
        : null,
      trl: 1 + Math.floor(r() * 9),
      transferModes: [pick(MODES), pick(MODES)],
      priceMin: Math.round(r() * 50) * 100_000,
      priceMax: null,
    });
  }
  return out;
}

function syntheticDemands(n: number, seed: number): MatchDemand[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const d = baseD[Math.floor(r() * baseD.length)] as MatchDemand;
    return { ...d, id: `d${i}` };
  });
}

const analyzer = getAnalyzer();
const synonyms = new LexiconBuilder();
addSynonymGroups(synonyms, analyzer, SYNONYM_GROUPS);
const lexicon = mergeLexicons(synonyms.freeze(), await getCedictLexicon());
const now = Date.parse("2026-03-01T00:00:00Z");
const log = (s: string) => process.stderr.write(`${s}\n`);

async function setup(achievements: MatchAchievement[], demands: MatchDemand[]) {
  const t0 = performance.now();
  const index = createSearchIndex();
  for (let i = 0; i < achievements.length; i += 1000) {
    await index.upsert("achievements", achievements.slice(i, i + 1000).map(toAchievementDoc));
    if ((i / 1000) % 10 === 0) log(`  indexed ${i + 1000}/${achievements.length}`);
  }
  const indexMs = performance.now() - t0;
  const t1 = performance.now();
  const stats = createCorpusStats();
  for (const a of achievements) stats.add(distinctTerms(analyzer, achievementFields(a)));
  for (const d of demands) stats.add(distinctTerms(analyzer, demandFields(d)));
  const matcher = createMatcher({ stats, lexicon, now, analyzer });
  for (const a of achievements) matcher.achievementProfile(a);
  const profileMs = performance.now() - t1;
  const byId = new Map(achievements.map((a) => [a.id, a]));
  return { index, matcher, byId, indexMs, profileMs };
}

const quantile = (xs: number[], q: number) => {
  // Nearest rank: with 30 samples the 99th percentile is the slowest one.
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
};

const loader = (byId: Map<string, MatchAchievement>) => async (ids: readonly string[]) =>
  ids.map((id) => byId.get(id)).filter((a): a is MatchAchievement => !!a);

// 1. One exam paper against N achievements: the API's path (findMatchesForDemand), timed whole,
// and its two stages timed apart (candidate generation by the engine, re-scoring by the matcher).
log(`one demand against ${N} achievements: building the corpus`);
const bigA = syntheticAchievements(N, 1);
const queries = syntheticDemands(Q, 2);
const big = await setup(bigA, queries);
log(
  `  indexed in ${(big.indexMs / 1000).toFixed(1)} s, profiles in ${(big.profileMs / 1000).toFixed(1)} s`,
);
const sources = {
  index: big.index,
  filter: EVAL_FILTER,
  matcher: big.matcher,
  loadAchievements: loader(big.byId),
};
for (const d of queries.slice(0, 3)) await findMatchesForDemand(sources, d, { limit: 20 }); // warm-up
const latencies: number[] = [];
const recallMs: number[] = [];
const rescoreMs: number[] = [];
const candidateCounts: number[] = [];
for (const [i, d] of queries.entries()) {
  const t0 = performance.now();
  await findMatchesForDemand(sources, d, { limit: 20 });
  latencies.push(performance.now() - t0);
  const t1 = performance.now();
  const ids = await recallCandidates(
    big.index,
    "achievements",
    big.matcher.demandProfile(d),
    d.field,
    EVAL_FILTER,
  );
  const t2 = performance.now();
  big.matcher.rankAchievements(d, await sources.loadAchievements(ids), { limit: 20 });
  rescoreMs.push(performance.now() - t2);
  recallMs.push(t2 - t1);
  candidateCounts.push(ids.length);
  if (i % 10 === 0) log(`  query ${i}/${queries.length}`);
}
const heap = process.memoryUsage().heapUsed;

// 2. Full recompute R × R.
log(`full recompute ${R} × ${R}: building the corpus`);
const recA = syntheticAchievements(R, 3);
const recD = syntheticDemands(R, 4);
const rec = await setup(recA, recD);
let pairs = 0;
let recRecallMs = 0;
const t0 = performance.now();
for (const [i, d] of recD.slice(0, S).entries()) {
  const tr = performance.now();
  const ids = await recallCandidates(
    rec.index,
    "achievements",
    rec.matcher.demandProfile(d),
    d.field,
    EVAL_FILTER,
  );
  recRecallMs += performance.now() - tr;
  const candidates = ids.map((id) => rec.byId.get(id)).filter((a): a is MatchAchievement => !!a);
  rec.matcher.rankAchievements(d, candidates, { limit: 20, explain: false });
  pairs += candidates.length;
  if (i % 100 === 0) log(`  demand ${i}/${S}`);
}
const recMs = performance.now() - t0;
const recScoreMs = recMs - recRecallMs;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

const report = `# Matcher benchmark

Generated by \`pnpm --filter @openttc/matcher bench\` on ${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, Node ${process.version}, embedded engine (Orama, \`createSearchIndex()\` without Meilisearch).
Corpora: synthetic, from the real listing texts of \`packages/matcher/eval/\` (each achievement a real one whose title gains another listing's keyword; random TRL, modes and prices), seeded. Dictionary: synonym table + CC-CEDICT.

## One exam paper against ${N.toLocaleString("en")} achievements

\`findMatchesForDemand\` (the API's call): candidate generation through the \`SearchIndex\` (top ${DEFAULT_RECALL.textLimit} by text, top ${DEFAULT_RECALL.fieldLimit} of the same field by text, newest of the field when text finds fewer), loading the candidates (an in-memory map here), re-scoring every candidate and explaining the top 20.

| what | p50 | p99 | mean |
| --- | --- | --- | --- |
| whole call (${Q} exam papers) | ${quantile(latencies, 0.5).toFixed(1)} ms | ${quantile(latencies, 0.99).toFixed(1)} ms | ${mean(latencies).toFixed(1)} ms |
| candidate generation (engine) | ${quantile(recallMs, 0.5).toFixed(1)} ms | ${quantile(recallMs, 0.99).toFixed(1)} ms | ${mean(recallMs).toFixed(1)} ms |
| re-scoring + top-20 explanations (matcher) | ${quantile(rescoreMs, 0.5).toFixed(1)} ms | ${quantile(rescoreMs, 0.99).toFixed(1)} ms | ${mean(rescoreMs).toFixed(1)} ms |

| what | value |
| --- | --- |
| candidates per exam paper | ${mean(candidateCounts).toFixed(0)} (min ${Math.min(...candidateCounts)}, max ${Math.max(...candidateCounts)}) |
| indexing ${N.toLocaleString("en")} achievements (engine) | ${(big.indexMs / 1000).toFixed(1)} s |
| IDF statistics + text profiles of ${N.toLocaleString("en")} achievements (matcher) | ${(big.profileMs / 1000).toFixed(1)} s |
| heap after the run (engine + profiles + dictionary) | ${(heap / 1e6).toFixed(0)} MB |

## Full recompute ${R.toLocaleString("en")} × ${R.toLocaleString("en")}

Every exam paper: candidates from the index, all of them re-scored (no explanation), top 20 kept. Measured on ${S.toLocaleString("en")} of the ${R.toLocaleString("en")} exam papers against all ${R.toLocaleString("en")} achievements; the full run is extrapolated (each paper costs the same).

| what | value |
| --- | --- |
| candidates per exam paper | ${(pairs / S).toFixed(0)} |
| pairs scored in the sample | ${pairs.toLocaleString("en")} in ${(recMs / 1000).toFixed(1)} s |
| throughput, whole pipeline | ${Math.round(pairs / (recMs / 1000)).toLocaleString("en")} pairs/s (${(S / (recMs / 1000)).toFixed(1)} exam papers/s) |
| throughput, re-scoring alone | ${Math.round(pairs / (recScoreMs / 1000)).toLocaleString("en")} pairs/s |
| share of time in candidate generation | ${((100 * recRecallMs) / recMs).toFixed(0)}% |
| full ${R.toLocaleString("en")} × ${R.toLocaleString("en")} recompute (extrapolated) | ${(((recMs / S) * R) / 60000).toFixed(1)} min |
`;
const out = new URL("../../../bench-reports/", import.meta.url);
mkdirSync(out, { recursive: true });
writeFileSync(new URL("matcher.md", out), report);
process.stdout.write(report);
