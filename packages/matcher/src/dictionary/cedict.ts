import type { Analyzer } from "@openttc/search/text/analyze";
import { DICTIONARY_WEIGHT, type Lexicon, LexiconBuilder } from "./lexicon";

/** One CC-CEDICT headword: simplified form, pinyin (capitalised for proper names) and senses. */
export interface CedictEntry {
  simplified: string;
  pinyin: string;
  senses: readonly string[];
}

// Senses that name a register, a variant or a grammatical role are no translation of a term.
const SKIP_SENSE =
  /^(variant of|old variant|see |see also|CL:|surname|abbr\.|abbreviation|used in|erhua|also written|also pr\.|lit\.|fig\.|idiom|classifier|Japanese|Korean|Taiwan pr\.|\(old\)|\(archaic\)|\(literary\)|\(dialect\)|\(slang\)|\(Buddhism\)|\(Tw\)|\(Cantonese\)|\(coll\.\)|\(onom\.\)|\(bound form\))/i;
const HAN_WORD = /^\p{Script=Han}+$/u;
/** Senses longer than this many English words are explanations, not translations. */
const MAX_SENSE_WORDS = 3;
/** Senses per headword and Chinese words per English term kept: the first are the common ones. */
const MAX_SENSES = 4;
const MAX_TARGETS = 8;

/** Cleans one sense into the text of a translation, or null for a sense that is none. */
export function cleanSense(sense: string): string | null {
  const s = sense.trim();
  if (!s || SKIP_SENSE.test(s)) return null;
  const text = s
    .replace(/\([^)]*\)/g, " ")
    .replace(/\[[^\]]*\]/g, " ")
    .replace(/^\s*(to|a|an|the)\s+/i, " ")
    .replace(/\s+/g, " ")
    .trim();
  return text && !/\p{Script=Han}/u.test(text) ? text : null;
}

/**
 * Links CC-CEDICT entries into a lexicon builder: a Chinese word links to the English terms of
 * its first senses; an English term (or phrase) links back to the Chinese words whose early
 * senses it is.
 */
function cedictLinker(analyzer: Analyzer, weight: number) {
  const builder = new LexiconBuilder();
  // Senses repeat the same few thousand words: each word is analysed once.
  const wordTerms = new Map<string, string | null>();
  const termOf = (word: string): string | null => {
    let t = wordTerms.get(word);
    if (t === undefined) {
      const tok = analyzer.tokens(word)[0];
      t = tok && !tok.han && tok.term.length > 2 && !/^\d+$/.test(tok.term) ? tok.term : null;
      wordTerms.set(word, t);
    }
    return t;
  };
  const add = (e: CedictEntry) => {
    // Proper names (capitalised pinyin) and words with Latin letters or digits are left out.
    if (!HAN_WORD.test(e.simplified) || /^[A-Z]/.test(e.pinyin)) return;
    const senses = e.senses
      .flatMap((s) => s.split(/;\s*/))
      .map(cleanSense)
      .filter((s): s is string => s !== null)
      .slice(0, MAX_SENSES);
    senses.forEach((sense, rank) => {
      const words = sense.match(/[\p{L}\p{N}]+/gu) ?? [];
      if (words.length === 0 || words.length > MAX_SENSE_WORDS) return;
      const terms = words.map(termOf).filter((t): t is string => t !== null);
      if (terms.length === 0) return;
      // Later senses are rarer meanings: each step down costs a fifth of the weight. Every word
      // of the sense, stopwords included, takes its share ("out of control" is no "control").
      const w = weight / (1 + 0.25 * rank);
      for (const t of terms) builder.link(e.simplified, t, w / words.length, "dictionary");
      // A one-character word is too ambiguous to be the target of anything but its first sense.
      if (e.simplified.length === 1 && rank > 0) return;
      // Among the Chinese words of one English term, a word with few senses is the specific one.
      const back = w / (1 + 0.05 * (senses.length - 1));
      if (words.length === 1) builder.link(terms[0] as string, e.simplified, back, "dictionary");
      else if (terms.length === words.length)
        builder.linkPhrase(terms, e.simplified, back, "dictionary");
    });
  };
  const finish = (): Lexicon => {
    builder.cap(MAX_TARGETS);
    return builder.freeze();
  };
  return { add, finish };
}

/** Builds a lexicon from CC-CEDICT entries (see cedictLinker). */
export function buildCedictLexicon(
  entries: Iterable<CedictEntry>,
  analyzer: Analyzer,
  weight = DICTIONARY_WEIGHT,
): Lexicon {
  const linker = cedictLinker(analyzer, weight);
  for (const e of entries) linker.add(e);
  return linker.finish();
}

/**
 * buildCedictLexicon in slices of `slice` entries with a turn of the event loop between them:
 * the whole dictionary takes seconds to link, which a server must not spend holding requests.
 */
export async function buildCedictLexiconInSlices(
  entries: readonly CedictEntry[],
  analyzer: Analyzer,
  slice = 2_000,
  weight = DICTIONARY_WEIGHT,
): Promise<Lexicon> {
  const linker = cedictLinker(analyzer, weight);
  for (let i = 0; i < entries.length; i++) {
    linker.add(entries[i] as CedictEntry);
    if ((i + 1) % slice === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  return linker.finish();
}
