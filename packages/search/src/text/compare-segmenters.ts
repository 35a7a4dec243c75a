// Measures which Chinese segmenter retrieves better in the embedded engine, on real patent
// titles: queries are 2–4-character keywords taken from titles; a title is relevant to a query
// when it shares the source title's main IPC subclass and contains the keyword.
// Run: pnpm --filter @openttc/search compare-segmenters
import { readFileSync } from "node:fs";
import { fieldForIpc, topFieldOf } from "@openttc/domain/taxonomy";
import { createOramaSearchIndex } from "../adapters/orama";
import type { AchievementDoc } from "../documents";
import type { SegmenterName } from "./chinese";

interface Title {
  id: string;
  title: string;
  subclasses: string[];
}

const SAMPLE = new URL("../../test-data/cn-patent-titles-sample.csv", import.meta.url);
const K = 10;
// Words every patent title has; as queries they say nothing about the invention.
const GENERIC = [
  "一种",
  "及其",
  "方法",
  "装置",
  "系统",
  "用于",
  "基于",
  "制备",
  "设备",
  "结构",
  "以及",
  "具有",
  "使用",
  "应用",
];
const EDGE_CHARS = new Set([..."的及其一种和与于用在中对为由等并或"]);

function loadTitles(): Title[] {
  const [, ...lines] = readFileSync(SAMPLE, "utf8").trim().split("\n");
  return lines.map((line) => {
    const [id = "", title = "", ipc = ""] = line.split(",");
    return { id, title, subclasses: ipc.split("|") };
  });
}

function toDoc(t: Title): AchievementDoc {
  const field = fieldForIpc(t.subclasses[0] ?? "");
  return {
    id: t.id,
    version: 1,
    titleZh: t.title,
    titleEn: null,
    summaryZh: null,
    summaryEn: null,
    keywords: [],
    field,
    fieldTop: topFieldOf(field) ?? field,
    country: "CN",
    province: "",
    city: "",
    orgId: "org",
    orgKind: "university",
    orgNameZh: null,
    orgNameEn: null,
    status: "published",
    visibility: "public",
    publishedAt: 0,
    expiresAt: Number.MAX_SAFE_INTEGER,
    trl: 5,
    transferModes: ["transfer"],
    priceMin: null,
    priceMax: null,
  };
}

interface Query {
  q: string;
  relevant: Set<string>;
}

/**
 * Up to three keywords per title, one of each length 2, 3 and 4: the substring of that length
 * shared with the most other titles of the same main subclass. Lengths are kept apart because
 * a 2-character query is usually a whole word while a 4-character one often spans two.
 */
function buildQueries(titles: Title[]): Query[] {
  const seen = new Set<string>();
  const queries: Query[] = [];
  for (const t of titles) {
    const main = t.subclasses[0] ?? "";
    for (const len of [2, 3, 4]) {
      let best: Query | undefined;
      for (const span of t.title.match(/\p{Script=Han}+/gu) ?? []) {
        for (let i = 0; i + len <= span.length; i++) {
          const q = span.slice(i, i + len);
          if (seen.has(q) || GENERIC.some((g) => q.includes(g))) continue;
          if (EDGE_CHARS.has(q[0] ?? "") || EDGE_CHARS.has(q[len - 1] ?? "")) continue;
          const relevant = new Set(
            titles
              .filter((u) => u.subclasses.includes(main) && u.title.includes(q))
              .map((u) => u.id),
          );
          const anywhere = titles.filter((u) => u.title.includes(q)).length;
          if (relevant.size < 2 || anywhere > 30) continue;
          if (!best || relevant.size > best.relevant.size) best = { q, relevant };
        }
      }
      if (best) {
        seen.add(best.q);
        queries.push(best);
      }
    }
  }
  return queries;
}

interface Score {
  recall: number;
  mrr: number;
  n: number;
}

const mean = (xs: Score[]): Score => ({
  recall: xs.reduce((s, x) => s + x.recall, 0) / Math.max(1, xs.length),
  mrr: xs.reduce((s, x) => s + x.mrr, 0) / Math.max(1, xs.length),
  n: xs.length,
});

async function measure(segmenter: SegmenterName, titles: Title[], queries: Query[]) {
  const index = createOramaSearchIndex({ segmenter });
  const t0 = performance.now();
  await index.upsert("achievements", titles.map(toDoc));
  const indexMs = performance.now() - t0;
  const perQuery: (Score & { len: number })[] = [];
  const t1 = performance.now();
  for (const { q, relevant } of queries) {
    const res = await index.search("achievements", {
      q,
      filter: { statuses: ["published"], visibleTo: { visibilities: ["public"], orgIds: [] } },
      offset: 0,
      limit: K,
    });
    const ids = res.hits.map((h) => h.id);
    const first = ids.findIndex((id) => relevant.has(id));
    perQuery.push({
      len: q.length,
      recall: ids.filter((id) => relevant.has(id)).length / Math.min(relevant.size, K),
      mrr: first >= 0 ? 1 / (first + 1) : 0,
      n: 1,
    });
  }
  const queryMs = (performance.now() - t1) / queries.length;
  const byLength = [2, 3, 4].map((len) => mean(perQuery.filter((x) => x.len === len)));
  return { segmenter, ...mean(perQuery), byLength, indexMs, queryMs };
}

const titles = loadTitles();
const queries = buildQueries(titles);
console.log(
  `${titles.length} titles, ${queries.length} keyword queries (e.g. ${queries
    .slice(0, 6)
    .map((q) => q.q)
    .join(", ")})`,
);
const results = [];
for (const segmenter of ["jieba", "intl"] as const) {
  console.log(`measuring ${segmenter}…`);
  results.push(await measure(segmenter, titles, queries));
}
const cell = (x: Score) => `${x.recall.toFixed(3)} / ${x.mrr.toFixed(3)}`;
const counts = (results[0]?.byLength ?? []).map((x) => x.n).join(" / ");
console.log(`\nrecall@10 / MRR; queries of 2 / 3 / 4 characters: ${counts}`);
console.log("| segmenter | all | 2 chars | 3 chars | 4 chars | index (ms) | query (ms) |");
console.log("| --- | --- | --- | --- | --- | --- | --- |");
for (const r of results) {
  const lengths = r.byLength.map(cell).join(" | ");
  console.log(
    `| ${r.segmenter} | ${cell(r)} | ${lengths} | ${r.indexMs.toFixed(0)} | ${r.queryMs.toFixed(2)} |`,
  );
}
const [a, b] = results as [(typeof results)[0], (typeof results)[0]];
const winner = a.recall + a.mrr >= b.recall + b.mrr ? a : b;
console.log(`\n${winner.segmenter} retrieves better (recall@10 + MRR).`);
