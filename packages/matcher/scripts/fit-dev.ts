// Fits the score weights on the development sets (eval/demo, eval/patents) by the same
// logistic regression that learns from feedback, and prints them as JSON. The pairs are every
// candidate the matcher scores for a judged exam paper: judged relevant (grade ≥ 1, weighted by
// grade) or not; each set counts equally. The defaults in src/score/weights.ts are this fit,
// rounded (see README).
//   pnpm --filter @openttc/matcher exec tsx scripts/fit-dev.ts [--out weights.json]
// biome-ignore lint/style/noRestrictedImports: the script reads the sets and may write the weights.
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { createSearchIndex } from "@openttc/search/create-search-index";
import { getAnalyzer } from "@openttc/search/text/analyze";
import { SYNONYM_GROUPS } from "@openttc/search/text/synonyms";
import { recallCandidates } from "../src/candidates";
import { addSynonymGroups, LexiconBuilder, mergeLexicons } from "../src/dictionary/lexicon";
import { getCedictLexicon } from "../src/dictionary/load-cedict";
import { parseAchievements, parseDemands, parseQrels } from "../src/eval/parse";
import { EVAL_FILTER, toAchievementDoc } from "../src/eval/run-eval";
import { fitWeights, type LabelledPair, logLoss } from "../src/learn/fit-weights";
import { createMatcher } from "../src/matcher";
import { DEFAULT_WEIGHTS, logit, sigmoid } from "../src/score/weights";
import { createCorpusStats } from "../src/text/corpus-stats";
import { achievementFields, demandFields, distinctTerms } from "../src/text/features";

const { values } = parseArgs({ options: { out: { type: "string" } } });
const analyzer = getAnalyzer();
const synonyms = new LexiconBuilder();
addSynonymGroups(synonyms, analyzer, SYNONYM_GROUPS);
const lexicon = mergeLexicons(synonyms.freeze(), await getCedictLexicon());

async function pairsOf(set: string): Promise<LabelledPair[]> {
  const dir = new URL(`../eval/${set}/`, import.meta.url);
  const read = (n: string) => readFileSync(new URL(n, dir), "utf8");
  const achievements = parseAchievements(read("achievements.jsonl")).rows;
  const demands = parseDemands(read("demands.jsonl")).rows;
  const qrels = parseQrels(read("qrels.tsv")).byDemand;
  const index = createSearchIndex();
  await index.upsert("achievements", achievements.map(toAchievementDoc));
  const stats = createCorpusStats();
  for (const a of achievements) stats.add(distinctTerms(analyzer, achievementFields(a)));
  for (const d of demands) stats.add(distinctTerms(analyzer, demandFields(d)));
  const newest = Math.max(0, ...achievements.map((a) => a.verifiedAt ?? 0));
  const matcher = createMatcher({ stats, lexicon, now: newest || Date.parse("2026-03-01") });
  const byId = new Map(achievements.map((a) => [a.id, a]));
  const out: LabelledPair[] = [];
  for (const d of demands) {
    const judged = qrels.get(d.id);
    if (!judged) continue;
    const ids = await recallCandidates(
      index,
      "achievements",
      matcher.demandProfile(d),
      d.field,
      EVAL_FILTER,
    );
    for (const id of ids) {
      const a = byId.get(id);
      if (!a) continue;
      const g = judged.get(id) ?? 0;
      out.push({ values: matcher.components(d, a), label: g >= 1 ? 1 : 0, weight: Math.max(g, 1) });
    }
  }
  // Each set weighs as much as the other, whatever its number of candidates.
  const total = out.reduce((s, p) => s + (p.weight ?? 1), 0);
  return out.map((p) => ({ ...p, weight: ((p.weight ?? 1) * 1000) / total }));
}

const pairs = [...(await pairsOf("demo")), ...(await pairsOf("patents"))];
const fitted = fitWeights(pairs, { l2: Number(process.env.FIT_L2 ?? 0.05) });
process.stderr.write(
  `pairs ${pairs.length}, log-loss default ${logLoss(DEFAULT_WEIGHTS, pairs).toFixed(4)}, fitted ${logLoss(fitted, pairs).toFixed(4)}\n`,
);
// Reliability of the default weights: in each band of score, the share of pairs judged relevant.
const bands = [0, 0.1, 0.2, 0.4, 0.6, 0.8, 1.0001];
for (let b = 0; b + 1 < bands.length; b++) {
  const lo = bands[b] as number;
  const hi = bands[b + 1] as number;
  let n = 0;
  let pos = 0;
  for (const p of pairs) {
    const s = sigmoid(logit(DEFAULT_WEIGHTS, p.values));
    if (s < lo || s >= hi) continue;
    n += p.weight ?? 1;
    if (p.label) pos += p.weight ?? 1;
  }
  process.stderr.write(
    `score ${lo.toFixed(1)}–${Math.min(1, hi).toFixed(1)}: ${n ? ((100 * pos) / n).toFixed(0) : "-"}% relevant\n`,
  );
}
const json = `${JSON.stringify(fitted, null, 2)}\n`;
if (values.out) writeFileSync(values.out, json);
process.stdout.write(json);
