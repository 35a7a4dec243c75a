import { topFieldOf } from "@openttc/domain/taxonomy";
import type { AchievementDoc } from "@openttc/search/documents";
import type { SearchFilter, SearchIndex } from "@openttc/search/search-index";
import { type Analyzer, getAnalyzer } from "@openttc/search/text/analyze";
import { type RecallOptions, recallCandidates } from "../candidates";
import type { Lexicon } from "../dictionary/lexicon";
import type { MatchAchievement, MatchDemand } from "../listing";
import { createMatcher } from "../matcher";
import type { MatchWeights } from "../score/weights";
import { createCorpusStats } from "../text/corpus-stats";
import { achievementFields, demandFields, distinctTerms } from "../text/features";
import { createBm25Index } from "./bm25";
import { evaluateRun, type Judgements, RELEVANT_GRADE } from "./metrics";

/** Figures of one system on an evaluation set. */
export interface SystemFigures {
  [metric: string]: number;
}

/** What the eval command prints: the matcher and the BM25 baseline on the same queries. */
export interface EvalReport {
  matcher: SystemFigures;
  bm25: SystemFigures;
  queries: number;
  k: number;
}

/** Inputs of an evaluation; the index is emptied and filled with the achievements. */
export interface EvalInput {
  achievements: readonly MatchAchievement[];
  demands: readonly MatchDemand[];
  qrels: ReadonlyMap<string, Judgements>;
  index: SearchIndex;
  lexicon: Lexicon;
  k: number;
  /** Reference time for freshness (epoch ms). */
  now: number;
  /** A monotonic clock in ms, for timing only. */
  clock: () => number;
  weights?: MatchWeights;
  recall?: RecallOptions;
  analyzer?: Analyzer;
  /** Called after each query, for progress output. */
  onProgress?: (done: number, total: number) => void;
}

/** Everything the evaluation documents may be seen by. */
export const EVAL_FILTER: SearchFilter = {
  statuses: ["published"],
  visibleTo: { visibilities: ["public"], orgIds: [] },
};

/** An evaluation achievement as a search document (unknown attributes get neutral values). */
export function toAchievementDoc(a: MatchAchievement): AchievementDoc {
  const field = a.field ?? "";
  return {
    id: a.id,
    version: 1,
    titleZh: a.titleZh ?? null,
    titleEn: a.titleEn ?? null,
    summaryZh: a.summaryZh ?? null,
    summaryEn: a.summaryEn ?? null,
    keywords: [...(a.keywords ?? [])],
    field,
    fieldTop: topFieldOf(field) ?? field,
    country: a.region?.country ?? "",
    province: a.region?.province ?? "",
    city: a.region?.city ?? "",
    orgId: a.orgId ?? "",
    orgKind: "university",
    orgNameZh: null,
    orgNameEn: null,
    visibility: "public",
    publishedAt: 0,
    expiresAt: Number.MAX_SAFE_INTEGER,
    status: "published",
    trl: a.trl ?? 0,
    transferModes: (a.transferModes ?? []) as AchievementDoc["transferModes"],
    priceMin: a.priceMin ?? null,
    priceMax: a.priceMax ?? null,
  };
}

const joinText = (fields: { text: string }[]) => fields.map((f) => f.text).join("\n");

/** Indexes the achievements with the given engine, ranks them for every judged demand with the matcher and with plain BM25, and reports both. */
export async function runEvaluation(input: EvalInput): Promise<EvalReport> {
  const analyzer = input.analyzer ?? getAnalyzer();
  const { index, k, clock } = input;
  await index.ensureIndexes();
  await index.clear("achievements");
  const docs = input.achievements.map(toAchievementDoc);
  for (let i = 0; i < docs.length; i += 500)
    await index.upsert("achievements", docs.slice(i, i + 500));

  const stats = createCorpusStats();
  for (const a of input.achievements) stats.add(distinctTerms(analyzer, achievementFields(a)));
  for (const d of input.demands) stats.add(distinctTerms(analyzer, demandFields(d)));
  const matcher = createMatcher({
    stats,
    lexicon: input.lexicon,
    now: input.now,
    weights: input.weights,
    analyzer,
  });
  const byId = new Map(input.achievements.map((a) => [a.id, a]));
  // Profiles of the achievements are built ahead, as a running API keeps them warm.
  for (const a of input.achievements) matcher.achievementProfile(a);

  // A demand counts when it has at least one relevant judgement: nDCG is undefined otherwise.
  const queries = input.demands.filter((d) =>
    [...(input.qrels.get(d.id)?.values() ?? [])].some((g) => g >= RELEVANT_GRADE),
  );
  const depth = Math.max(k, 50);
  const matcherRuns = new Map<string, string[]>();
  let matcherMs = 0;
  for (const [i, d] of queries.entries()) {
    const t0 = clock();
    const ids = await recallCandidates(
      index,
      "achievements",
      matcher.demandProfile(d),
      d.field,
      EVAL_FILTER,
      input.recall,
    );
    const candidates = ids.map((id) => byId.get(id)).filter((a): a is MatchAchievement => !!a);
    const ranked = matcher.rankAchievements(d, candidates, { limit: depth, explain: false });
    matcherMs += clock() - t0;
    matcherRuns.set(
      d.id,
      ranked.map((r) => r.achievementId),
    );
    input.onProgress?.(i + 1, queries.length * 2);
  }

  const bm25 = createBm25Index(
    analyzer,
    input.achievements.map((a) => ({ id: a.id, text: joinText(achievementFields(a)) })),
  );
  const bm25Runs = new Map<string, string[]>();
  let bm25Ms = 0;
  for (const [i, d] of queries.entries()) {
    const t0 = clock();
    const hits = bm25.search(joinText(demandFields(d)), depth);
    bm25Ms += clock() - t0;
    bm25Runs.set(
      d.id,
      hits.map((h) => h.id),
    );
    input.onProgress?.(queries.length + i + 1, queries.length * 2);
  }

  const judged = new Map([...input.qrels].filter(([q]) => queries.some((d) => d.id === q)));
  const figures = (runs: Map<string, string[]>, ms: number): SystemFigures => {
    const m = evaluateRun(runs, judged, k);
    const round = (x: number) => Math.round(x * 10000) / 10000;
    return {
      [`ndcg@${k}`]: round(m.ndcg),
      "recall@50": round(m.recall50),
      mrr: round(m.mrr),
      ms_per_query: Math.round((ms / Math.max(1, queries.length)) * 100) / 100,
    };
  };
  return {
    matcher: figures(matcherRuns, matcherMs),
    bm25: figures(bm25Runs, bm25Ms),
    queries: queries.length,
    k,
  };
}
