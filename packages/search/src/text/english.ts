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

/** The index term of an English word: lower-cased and stemmed, or null for a stopword. */
export function englishTerm(word: string): string | null {
  const w = normalizeText(word);
  if (STOPWORDS.has(w)) return null;
  // Only plain alphabetic words are stemmed: "5g", "h2", "ph7" must stay as written.
  return /^[a-z]+$/.test(w) ? stemmer(w) : w;
}
