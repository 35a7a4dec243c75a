import type { Analyzer } from "@openttc/search/text/analyze";

/** BM25's parameters (the usual defaults). */
export const BM25_PARAMS = { k1: 1.2, b: 0.75 } as const;

/** A plain BM25 index over whole texts: no fields, boosts, synonyms or translations. */
export interface Bm25Index {
  search(query: string, limit: number): { id: string; score: number }[];
}

/**
 * The baseline of the evaluation: documents are cut by the search package's analyzer exactly
 * as the embedded engine indexes them (`indexTerms`), queries as it cuts queries (`tokens`),
 * and scored with Okapi BM25 over one concatenated text.
 */
export function createBm25Index(
  analyzer: Analyzer,
  docs: readonly { id: string; text: string }[],
): Bm25Index {
  const postings = new Map<string, { doc: number; tf: number }[]>();
  const lengths: number[] = [];
  docs.forEach((d, i) => {
    const terms = analyzer.indexTerms(d.text);
    lengths.push(terms.length);
    const tf = new Map<string, number>();
    for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const [t, n] of tf) {
      const list = postings.get(t) ?? [];
      list.push({ doc: i, tf: n });
      postings.set(t, list);
    }
  });
  const n = docs.length;
  const avgdl = lengths.reduce((a, b) => a + b, 0) / Math.max(1, n);
  const { k1, b } = BM25_PARAMS;
  return {
    search(query, limit) {
      const scores = new Map<number, number>();
      for (const term of analyzer.tokens(query).map((t) => t.term)) {
        const list = postings.get(term);
        if (!list) continue;
        const idf = Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5));
        for (const p of list) {
          const len = lengths[p.doc] ?? 0;
          const s = (idf * p.tf * (k1 + 1)) / (p.tf + k1 * (1 - b + (b * len) / avgdl));
          scores.set(p.doc, (scores.get(p.doc) ?? 0) + s);
        }
      }
      return [...scores]
        .sort((x, y) => y[1] - x[1] || x[0] - y[0])
        .slice(0, limit)
        .map(([i, score]) => ({ id: docs[i]?.id ?? "", score }));
    },
  };
}
