/** Document frequencies of features over a corpus, shared by every pair scored against it. */
export interface CorpusStats {
  /** Documents counted. */
  readonly documents: number;
  /** In how many documents a feature occurs. */
  df(term: string): number;
  /** Inverse document frequency (BM25's, never negative); unseen terms get the largest value. */
  idf(term: string): number;
  /** Counts one more document with these distinct features. */
  add(terms: Iterable<string>): void;
  /** Stops counting a document with these distinct features (the caller re-derives them from its text). */
  remove(terms: Iterable<string>): void;
  /** A plain object with every count, for storing and reloading the statistics as JSON. */
  toJSON(): CorpusStatsJson;
}

/** The serialised form of corpus statistics. */
export interface CorpusStatsJson {
  documents: number;
  df: Record<string, number>;
}

/** Creates corpus statistics, empty or from their JSON form. */
export function createCorpusStats(from?: CorpusStatsJson): CorpusStats {
  const df = new Map<string, number>(from ? Object.entries(from.df) : []);
  let documents = from?.documents ?? 0;
  const idfCache = new Map<string, number>();
  return {
    get documents() {
      return documents;
    },
    df: (term) => df.get(term) ?? 0,
    idf(term) {
      let v = idfCache.get(term);
      if (v === undefined) {
        const n = df.get(term) ?? 0;
        v = Math.log(1 + (documents - n + 0.5) / (n + 0.5));
        idfCache.set(term, v);
      }
      return v;
    },
    add(terms) {
      documents++;
      idfCache.clear();
      for (const t of terms) df.set(t, (df.get(t) ?? 0) + 1);
    },
    remove(terms) {
      documents = Math.max(0, documents - 1);
      idfCache.clear();
      for (const t of terms) {
        const n = (df.get(t) ?? 0) - 1;
        if (n > 0) df.set(t, n);
        else df.delete(t);
      }
    },
    toJSON: () => ({ documents, df: Object.fromEntries(df) }),
  };
}
