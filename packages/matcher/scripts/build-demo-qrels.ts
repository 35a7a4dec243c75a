// Derives eval/demo/qrels.tsv from the topical judgements in eval/demo/judgements.tsv (graded
// by reading the listings, see eval/README.md): an achievement three or more TRL levels below
// the exam paper's minimum loses one grade, since an enterprise cannot use it as it stands.
// Deterministic: the same files give the same qrels.
// biome-ignore lint/style/noRestrictedImports: a build script reads its sources and writes the set.
import { readFileSync, writeFileSync } from "node:fs";
import { parseAchievements, parseDemands } from "../src/eval/parse";

/** TRL levels below the minimum from which a judgement loses one grade. */
const IMMATURE_GAP = 3;

const dir = new URL("../eval/demo/", import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir), "utf8");
const trl = new Map(parseAchievements(read("achievements.jsonl")).rows.map((a) => [a.id, a.trl]));
const minTrl = new Map(parseDemands(read("demands.jsonl")).rows.map((d) => [d.id, d.minTrl]));

const out: string[] = [];
let lowered = 0;
for (const line of read("judgements.tsv").split("\n")) {
  const row = line.split("#")[0]?.trim();
  if (!row) continue;
  const [demand = "", achievement = "", grade = "0"] = row.split("\t");
  const m = minTrl.get(demand);
  const t = trl.get(achievement);
  if (m === undefined || t === undefined) throw new Error(`unknown listing in: ${line}`);
  let g = Number(grade);
  if (m != null && t != null && m - t >= IMMATURE_GAP && g > 0) {
    g -= 1;
    lowered++;
  }
  out.push(`${demand}\t${achievement}\t${g}`);
}
writeFileSync(new URL("qrels.tsv", dir), `${out.join("\n")}\n`);
console.log(
  `wrote ${out.length} judgements (${lowered} lowered for immaturity) to eval/demo/qrels.tsv`,
);
