const HAN = /\p{Script=Han}/u;

/** Folds width and case so that "ＡＩ", "Ai" and "ai" compare equal. */
export function normalizeText(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

/** True when the text contains a Chinese character. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** A stretch of text that is either all Chinese characters or all something else. */
export interface TextRun {
  text: string;
  start: number;
  han: boolean;
}

/** Splits text into alternating Chinese and non-Chinese runs, keeping offsets into the original. */
export function splitRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  for (const m of text.matchAll(/(\p{Script=Han}+)|([^\p{Script=Han}]+)/gu)) {
    runs.push({ text: m[0], start: m.index, han: m[1] !== undefined });
  }
  return runs;
}
