// The evaluation command: indexes A.jsonl with the embedded engine, ranks it for every judged
// demand of D.jsonl with the matcher and with plain BM25, and prints one JSON object.
//   pnpm --filter @openttc/matcher eval --achievements A.jsonl --demands D.jsonl --qrels Q.tsv [--k 10]
// Options: --weights W.json (fitted weights), --now ISO-date (reference time for freshness),
// --no-dictionary (synonym table only, to measure what CC-CEDICT adds); --text-limit,
// --field-limit, --query-terms, --translated-terms (candidate generation, see RecallOptions).
// biome-ignore lint/style/noRestrictedImports: the command reads the files it is given.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { createSearchIndex } from "@openttc/search/create-search-index";
import { getAnalyzer } from "@openttc/search/text/analyze";
import { SYNONYM_GROUPS } from "@openttc/search/text/synonyms";
import { addSynonymGroups, LexiconBuilder, mergeLexicons } from "../src/dictionary/lexicon";
import { getCedictLexicon } from "../src/dictionary/load-cedict";
import { type InputIssue, parseAchievements, parseDemands, parseQrels } from "../src/eval/parse";
import { runEvaluation } from "../src/eval/run-eval";
import { parseWeights } from "../src/score/weights";

function fail(message: string, code: number): never {
  process.stderr.write(`eval: ${message}\n`);
  process.exit(code);
}

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    options: {
      achievements: { type: "string" },
      demands: { type: "string" },
      qrels: { type: "string" },
      k: { type: "string", default: "10" },
      weights: { type: "string" },
      now: { type: "string" },
      "no-dictionary": { type: "boolean", default: false },
      "text-limit": { type: "string" },
      "field-limit": { type: "string" },
      "query-terms": { type: "string" },
      "translated-terms": { type: "string" },
    },
    strict: true,
  });
}
try {
  args = parse();
} catch (e) {
  fail(
    `${(e as Error).message}\nusage: eval --achievements A.jsonl --demands D.jsonl --qrels Q.tsv [--k 10]`,
    2,
  );
}
const { values } = args;
for (const name of ["achievements", "demands", "qrels"] as const) {
  if (!values[name]) fail(`--${name} is required`, 2);
}
const k = Number(values.k);
if (!Number.isInteger(k) || k < 1) fail(`--k must be a positive integer, got "${values.k}"`, 2);

// Paths are resolved against where the command was started (pnpm --filter runs in the package).
const cwd = process.env.INIT_CWD ?? process.cwd();
function readInput(path: string, what: string): string {
  const full = new URL(path, `file://${cwd}/`);
  try {
    return readFileSync(full, "utf8");
  } catch (e) {
    return fail(
      `cannot read ${what} file ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      2,
    );
  }
}

function report(file: string, issues: InputIssue[]) {
  for (const i of issues) process.stderr.write(`${file}:${i.line}: ${i.severity}: ${i.message}\n`);
}

const aPath = values.achievements as string;
const dPath = values.demands as string;
const qPath = values.qrels as string;
const achievements = parseAchievements(readInput(aPath, "achievements"));
const demands = parseDemands(readInput(dPath, "demands"));
const qrels = parseQrels(readInput(qPath, "qrels"));
report(aPath, achievements.issues);
report(dPath, demands.issues);
report(qPath, qrels.issues);
if (achievements.rows.length === 0) fail(`${aPath}: no valid achievement`, 1);
if (demands.rows.length === 0) fail(`${dPath}: no valid demand`, 1);
if (qrels.byDemand.size === 0) fail(`${qPath}: no valid judgement`, 1);
const known = new Set(achievements.rows.map((a) => a.id));
const unknown = new Set(
  [...qrels.byDemand.values()].flatMap((m) => [...m.keys()]).filter((id) => !known.has(id)),
);
if (unknown.size > 0)
  process.stderr.write(`eval: ${unknown.size} judged achievements are not in ${aPath}\n`);

let weights: ReturnType<typeof parseWeights> | undefined;
if (values.weights) {
  try {
    weights = parseWeights(JSON.parse(readInput(values.weights, "weights")));
  } catch (e) {
    fail(`${values.weights}: ${(e as Error).message}`, 2);
  }
}
// Freshness is measured against the newest verification in the file unless --now says otherwise.
const newest = Math.max(0, ...achievements.rows.map((a) => a.verifiedAt ?? 0));
const now = values.now ? Date.parse(values.now) : newest || Date.parse("2026-03-01T00:00:00Z");
if (!Number.isFinite(now)) fail(`--now is not a date: ${values.now}`, 2);

const analyzer = getAnalyzer();
const synonyms = new LexiconBuilder();
addSynonymGroups(synonyms, analyzer, SYNONYM_GROUPS);
const lexicon = values["no-dictionary"]
  ? synonyms.freeze()
  : mergeLexicons(synonyms.freeze(), await getCedictLexicon());

const progress = process.stderr.isTTY
  ? (done: number, total: number) => {
      if (done % 10 === 0 || done === total)
        process.stderr.write(`\reval: ${done}/${total} rankings`);
      if (done === total) process.stderr.write("\n");
    }
  : undefined;

const result = await runEvaluation({
  achievements: achievements.rows,
  demands: demands.rows,
  qrels: qrels.byDemand,
  index: createSearchIndex(),
  lexicon,
  k,
  now,
  clock: () => performance.now(),
  weights,
  analyzer,
  onProgress: progress,
  recall: Object.fromEntries(
    (
      [
        ["textLimit", values["text-limit"]],
        ["fieldLimit", values["field-limit"]],
        ["queryTerms", values["query-terms"]],
        ["translatedTerms", values["translated-terms"]],
      ] as const
    )
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, Number(v)]),
  ),
});
process.stdout.write(`${JSON.stringify(result)}\n`);
