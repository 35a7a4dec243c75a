/** Graded judgements of one query: document id → grade (0–3). */
export type Judgements = ReadonlyMap<string, number>;

/** A document counts as relevant from this grade on (recall and MRR). */
export const RELEVANT_GRADE = 1;

/** Discounted cumulative gain of a ranking at k, with gain 2^grade − 1 and discount log2(rank + 1). */
export function dcg(grades: readonly number[], k: number): number {
  let sum = 0;
  for (let i = 0; i < Math.min(k, grades.length); i++) {
    sum += (2 ** (grades[i] ?? 0) - 1) / Math.log2(i + 2);
  }
  return sum;
}

/** nDCG@k: DCG of the ranking over DCG of the ideal ordering of every judged document; 0 when nothing is relevant. */
export function ndcgAt(ranking: readonly string[], judged: Judgements, k: number): number {
  const grades = ranking.map((id) => judged.get(id) ?? 0);
  const ideal = [...judged.values()].sort((a, b) => b - a);
  const idcg = dcg(ideal, k);
  return idcg === 0 ? 0 : dcg(grades, k) / idcg;
}

/** recall@k: the share of relevant documents found in the top k. */
export function recallAt(ranking: readonly string[], judged: Judgements, k: number): number {
  let relevant = 0;
  for (const g of judged.values()) if (g >= RELEVANT_GRADE) relevant++;
  if (relevant === 0) return 0;
  let found = 0;
  for (const id of ranking.slice(0, k)) if ((judged.get(id) ?? 0) >= RELEVANT_GRADE) found++;
  return found / relevant;
}

/** Reciprocal rank of the first relevant document (0 when none is ranked). */
export function reciprocalRank(ranking: readonly string[], judged: Judgements): number {
  const i = ranking.findIndex((id) => (judged.get(id) ?? 0) >= RELEVANT_GRADE);
  return i < 0 ? 0 : 1 / (i + 1);
}

/** Mean metrics of a run over its queries. */
export interface RunMetrics {
  ndcg: number;
  recall50: number;
  mrr: number;
  queries: number;
}

/** Averages nDCG@k, recall@50 and MRR over the queries that have judgements. */
export function evaluateRun(
  rankings: ReadonlyMap<string, readonly string[]>,
  qrels: ReadonlyMap<string, Judgements>,
  k: number,
): RunMetrics {
  let ndcg = 0;
  let recall = 0;
  let mrr = 0;
  let n = 0;
  for (const [q, judged] of qrels) {
    const ranking = rankings.get(q) ?? [];
    ndcg += ndcgAt(ranking, judged, k);
    recall += recallAt(ranking, judged, 50);
    mrr += reciprocalRank(ranking, judged);
    n++;
  }
  return n === 0
    ? { ndcg: 0, recall50: 0, mrr: 0, queries: 0 }
    : { ndcg: ndcg / n, recall50: recall / n, mrr: mrr / n, queries: n };
}
