// Builds the "patents" development set from the real patent titles shipped in packages/seed/data
// and packages/search/test-data: held-out titles are phrased as needs and graded against the
// remaining titles by their IPC subclasses (see eval/README.md). Deterministic: no randomness,
// selections by position in the files.
// biome-ignore lint/style/noRestrictedImports: a build script reads its sources and writes the set.
import { readFileSync, writeFileSync } from "node:fs";
import { fieldForIpc } from "@openttc/domain/taxonomy";
import { fieldForNasaTitle } from "@openttc/seed/generate/nasa-fields";
import { type CnPatent, parseCnPatents, parseNasaPatents } from "@openttc/seed/sources";

const seedData = new URL(import.meta.resolve("@openttc/seed/sources"));
const read = (rel: string, base: URL) => readFileSync(new URL(rel, base), "utf8");
const cnSeed = parseCnPatents(read("../data/cn-patents.csv", seedData));
const cnSample = parseCnPatents(
  read(
    "../test-data/cn-patent-titles-sample.csv",
    new URL(import.meta.resolve("@openttc/search/documents")),
  ),
);
const nasa = parseNasaPatents(read("../data/nasa-patents.csv", seedData));

// One corpus of Chinese patents without duplicates (8 numbers are in both files).
const cn: CnPatent[] = [];
const seen = new Set<string>();
for (const p of [...cnSample, ...cnSeed]) {
  if (seen.has(p.number) || p.ipc.length === 0) continue;
  seen.add(p.number);
  cn.push(p);
}

// Held out as needs: every fifth title of the sample (4 of each of its 15 subclasses), every
// 15th of the seed subset, every fourth NASA title.
const heldCn = new Set<string>();
cnSample.forEach((p, i) => {
  if (i % 5 === 2) heldCn.add(p.number);
});
cnSeed.forEach((p, i) => {
  if (i % 15 === 7 && !heldCn.has(p.number)) heldCn.add(p.number);
});
const heldNasa = new Set(nasa.filter((_, i) => i % 4 === 1).map((p) => p.caseNumber));

const plain = (t: string) => t.replace(/^一种/, "").replace(/[。.\s]+$/, "");
const bigrams = (t: string) => {
  const s = plain(t).replace(/[^\p{Script=Han}\p{L}\p{N}]/gu, "");
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out;
};
const words = (t: string) =>
  new Set(
    t
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 3),
  );
const dice = (a: Set<string>, b: Set<string>) => {
  if (a.size + b.size === 0) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return (2 * n) / (a.size + b.size);
};
/** "Strong title overlap": character-bigram Dice (Chinese) or word Dice (English) at least this. */
const STRONG_OVERLAP = 0.3;

const zhTemplates = [
  (t: string) => `需要一种${t}的技术`,
  (t: string) => `征集${t}相关技术`,
  (t: string) => `寻求${t}的解决方案`,
];
const enTemplates = [
  (t: string) => `We need a way to obtain ${t.toLowerCase()}`,
  (t: string) => `We are looking for technology for ${t.toLowerCase()}`,
  (t: string) => `Seeking ${t.toLowerCase()} for our products`,
];

interface Doc {
  id: string;
  title: string;
  field: string;
  lang: "zh" | "en";
  ipc: string[];
}
const cnDoc = (p: CnPatent): Doc => ({
  id: p.number,
  title: plain(p.title),
  field: fieldForIpc(p.ipc[0] ?? ""),
  lang: "zh",
  ipc: p.ipc,
});
const nasaDoc = (p: { caseNumber: string; title: string }): Doc => ({
  id: p.caseNumber,
  title: p.title.replace(/[.\s]+$/, ""),
  field: fieldForNasaTitle(p.title) ?? "high_end_equipment",
  lang: "en",
  ipc: [],
});

const corpus = [
  ...cn.filter((p) => !heldCn.has(p.number)).map(cnDoc),
  ...nasa.filter((p) => !heldNasa.has(p.caseNumber)).map(nasaDoc),
];
const needs = [
  ...cn.filter((p) => heldCn.has(p.number)).map(cnDoc),
  ...nasa.filter((p) => heldNasa.has(p.caseNumber)).map(nasaDoc),
];

function grade(q: Doc, d: Doc): number {
  if (q.ipc.length > 0 && d.ipc.length > 0) {
    const sameFirst = q.ipc[0] === d.ipc[0];
    if (sameFirst && dice(bigrams(q.title), bigrams(d.title)) >= STRONG_OVERLAP) return 3;
    if (sameFirst) return 2;
    return q.ipc.some((c) => d.ipc.includes(c)) ? 1 : 0;
  }
  // Without IPC codes on one side (NASA), the taxonomy field is the only shared classification.
  if (q.field !== d.field) return 0;
  if (q.lang === "en" && d.lang === "en" && dice(words(q.title), words(d.title)) >= STRONG_OVERLAP)
    return 2;
  return 1;
}

const achievements = corpus.map((d) => ({
  id: d.id,
  title: d.title,
  field: d.field,
  lang: d.lang,
}));
const demands: object[] = [];
const qrels: string[] = [];
needs.forEach((q, i) => {
  const graded = corpus.map((d) => [d.id, grade(q, d)] as const).filter(([, g]) => g > 0);
  if (graded.length === 0) return;
  const t = q.lang === "zh" ? zhTemplates[i % 3]?.(q.title) : enTemplates[i % 3]?.(q.title);
  const id = `need-${q.id}`;
  demands.push({ id, title: t, field: q.field, lang: q.lang });
  for (const [aid, g] of graded) qrels.push(`${id}\t${aid}\t${g}`);
});

const out = new URL("../eval/patents/", import.meta.url);
const jsonl = (rows: object[]) => `${rows.map((r) => JSON.stringify(r)).join("\n")}\n`;
writeFileSync(new URL("achievements.jsonl", out), jsonl(achievements));
writeFileSync(new URL("demands.jsonl", out), jsonl(demands));
writeFileSync(new URL("qrels.tsv", out), `${qrels.join("\n")}\n`);
console.log(
  `wrote ${achievements.length} achievements, ${demands.length} needs, ${qrels.length} judgements to eval/patents/`,
);
