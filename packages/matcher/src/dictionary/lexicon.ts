import type { Analyzer } from "@openttc/search/text/analyze";
import type { SynonymGroup } from "@openttc/search/text/synonyms";

/** Where a cross-language link comes from: the hand-kept synonym table or the CC-CEDICT dictionary. */
export type TranslationSource = "synonyms" | "dictionary";

/** A term of the other language that an analysed term stands for, weighted below an exact match. */
export interface Translation {
  term: string;
  /** In (0, 1): the share of an exact match a match through this link is worth. */
  weight: number;
  via: TranslationSource;
}

/** A run of English terms ("thermal conductivity") that translates as a whole. */
export interface Phrase {
  terms: readonly string[];
  translations: readonly Translation[];
}

/** Links analysed terms across Chinese and English: a Chinese word to English stems, an English stem or phrase to Chinese words. */
export interface Lexicon {
  /** Translations of one analysed term (empty when none is known). */
  translate(term: string): readonly Translation[];
  /** English phrases of two or more terms that start with this term. */
  phrasesFrom(first: string): readonly Phrase[];
}

// A synonym-table link is curated, a dictionary link is one sense among several: both count
// less than the same word written in both texts, the dictionary the least.
/** Weight of a link from the synonym table. */
export const SYNONYM_WEIGHT = 0.8;
/** Weight of a link from the CC-CEDICT dictionary. */
export const DICTIONARY_WEIGHT = 0.5;

const HAN = /\p{Script=Han}/u;

/** A mutable lexicon under construction; `freeze` returns the read-only view. */
export class LexiconBuilder {
  private readonly single = new Map<string, Translation[]>();
  private readonly phrases = new Map<string, Phrase[]>();

  /** Links `from` (one analysed term) to `to`, keeping the strongest weight per target. */
  link(from: string, to: string, weight: number, via: TranslationSource): void {
    if (from === to) return;
    const list = this.single.get(from);
    if (!list) {
      this.single.set(from, [{ term: to, weight, via }]);
      return;
    }
    const existing = list.find((t) => t.term === to);
    if (!existing) list.push({ term: to, weight, via });
    else if (weight > existing.weight) {
      existing.weight = weight;
      existing.via = via;
    }
  }

  /** Links an English phrase of several terms to a Chinese word. */
  linkPhrase(terms: readonly string[], to: string, weight: number, via: TranslationSource): void {
    const first = terms[0];
    if (first === undefined) return;
    const list = this.phrases.get(first) ?? [];
    const key = terms.join(" ");
    const existing = list.find((p) => p.terms.join(" ") === key);
    if (existing) {
      const t = existing.translations as Translation[];
      const same = t.find((x) => x.term === to);
      if (!same) t.push({ term: to, weight, via });
      else if (weight > same.weight) same.weight = weight;
    } else list.push({ terms, translations: [{ term: to, weight, via }] });
    this.phrases.set(first, list);
  }

  /** Keeps at most `max` translations per term, strongest first. */
  cap(max: number): void {
    for (const [k, list] of this.single) {
      list.sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : 1));
      if (list.length > max) this.single.set(k, list.slice(0, max));
    }
  }

  /** Whether a term already has translations. */
  has(term: string): boolean {
    return this.single.has(term);
  }

  /** The read-only lexicon; translations are packed into one string per term to keep the heap small. */
  freeze(): Lexicon {
    // ~150k dictionary terms as arrays of objects cost ~60 MB; as strings about a third.
    const packed = new Map<string, string>();
    for (const [k, list] of this.single) {
      packed.set(k, list.map((t) => `${t.term}\t${t.weight.toFixed(3)}\t${t.via}`).join("\n"));
    }
    this.single.clear();
    const phrases = this.phrases;
    return {
      translate(term) {
        const p = packed.get(term);
        if (p === undefined) return [];
        return p.split("\n").map((line) => {
          const [t = "", w = "0", via = "dictionary"] = line.split("\t");
          return { term: t, weight: Number(w), via: via as TranslationSource };
        });
      },
      phrasesFrom: (first) => phrases.get(first) ?? [],
    };
  }
}

const analysedTerms = (analyzer: Analyzer, text: string) =>
  analyzer.tokens(text).map((t) => t.term);

/** Adds the synonym table's groups: each Chinese word to the English terms of its group and back. */
export function addSynonymGroups(
  builder: LexiconBuilder,
  analyzer: Analyzer,
  groups: readonly SynonymGroup[],
  weight = SYNONYM_WEIGHT,
): void {
  for (const g of groups) {
    // A Chinese term the segmenter keeps whole (the lexicon teaches it the table's words).
    const zh = g.zh.filter((w) => analysedTerms(analyzer, w).length === 1 && HAN.test(w));
    const en = g.en.map((p) => analysedTerms(analyzer, p)).filter((s) => s.length > 0);
    for (const z of zh) {
      for (const seq of en) {
        // A phrase's terms share the weight, so matching all of them equals one full match.
        for (const t of seq) builder.link(z, t, weight / seq.length, "synonyms");
        if (seq.length === 1) builder.link(seq[0] as string, z, weight, "synonyms");
        else builder.linkPhrase(seq, z, weight, "synonyms");
      }
    }
  }
}

/** Merges lexicons: translations of both, the strongest weight per target term. */
export function mergeLexicons(...lexicons: readonly Lexicon[]): Lexicon {
  const cache = new Map<string, readonly Translation[]>();
  const phraseCache = new Map<string, readonly Phrase[]>();
  return {
    translate(term) {
      let hit = cache.get(term);
      if (!hit) {
        const byTerm = new Map<string, Translation>();
        for (const lx of lexicons) {
          for (const t of lx.translate(term)) {
            const prev = byTerm.get(t.term);
            if (!prev || t.weight > prev.weight) byTerm.set(t.term, t);
          }
        }
        hit = [...byTerm.values()];
        cache.set(term, hit);
      }
      return hit;
    },
    phrasesFrom(first) {
      let hit = phraseCache.get(first);
      if (!hit) {
        hit = lexicons.flatMap((lx) => lx.phrasesFrom(first));
        phraseCache.set(first, hit);
      }
      return hit;
    },
  };
}

/** A lexicon that knows nothing (monolingual matching). */
export const EMPTY_LEXICON: Lexicon = { translate: () => [], phrasesFrom: () => [] };
