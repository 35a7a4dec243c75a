import { stemmer } from "@orama/stemmers/english";
import { stopwords } from "@orama/stopwords/english";
import { normalizeText } from "./normalize";

const STOPWORDS = new Set(stopwords);

/** A word of a non-Chinese run with its offsets. */
export interface WordSpan {
  word: string;
  start: number;
  end: number;
}

/** Splits a non-Chinese run into letter/digit words. */
export function latinWords(run: string, offset: number): WordSpan[] {
  const out: WordSpan[] = [];
  for (const m of run.matchAll(/[\p{L}\p{N}]+/gu)) {
    out.push({ word: m[0], start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return out;
}

// Stemming is pure and a corpus reuses a small vocabulary, so terms are remembered; the memo is
// emptied when it grows past this many words, which bounds it on any input.
const MEMO_LIMIT = 200_000;
const memo = new Map<string, string | null>();

/** The index term of a word already passed through normalizeText: stemmed, or null for a stopword. */
export function termOfNormalized(w: string): string | null {
  let term = memo.get(w);
  if (term !== undefined) return term;
  // Only plain alphabetic words are stemmed: "5g", "h2", "ph7" must stay as written.
  term = STOPWORDS.has(w) ? null : /^[a-z]+$/.test(w) ? stemmer(w) : w;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(w, term);
  return term;
}

/** The normalized spelling of a word: ASCII letters and digits only need lower-casing, anything else NFKC too. */
export function normalizeWord(word: string): string {
  return /^[A-Za-z0-9]*$/.test(word) ? word.toLowerCase() : normalizeText(word);
}

/** The index term of an English word: lower-cased and stemmed, or null for a stopword. */
export function englishTerm(word: string): string | null {
  return termOfNormalized(normalizeWord(word));
}
