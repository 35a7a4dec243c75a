import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict";
import { stopwords } from "@orama/stopwords/mandarin";
import { ZH_LEXICON } from "./lexicon";

/** The Chinese word segmenters the analyzer can use. */
export type SegmenterName = "jieba" | "intl";

/** A Chinese word with its offset inside the run it came from. */
export interface Segment {
  word: string;
  start: number;
}

/** Cuts a run of Chinese characters into words. */
export interface ChineseSegmenter {
  readonly name: SegmenterName;
  /** Words in reading order, covering the run (for queries and highlighting). */
  cut(run: string): Segment[];
  /** Words plus the shorter words inside long ones, so a query for a part still matches (for indexing). */
  cutForIndex(run: string): string[];
}

// Function words and patent boilerplate (一种, 及其) carry no meaning for retrieval.
const STOPWORDS = new Set([...stopwords, "用于"]);

/** True for Chinese words that are not indexed. */
export function isChineseStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

// The lexicon's frequency only has to beat the split alternatives (石墨 + 烯) in jieba's
// unigram model; a moderate value does not distort the segmentation of surrounding words.
const LEXICON_FREQUENCY = 3000;

let jieba: Jieba | undefined;

function sharedJieba(): Jieba {
  if (!jieba) {
    jieba = Jieba.withDict(dict);
    jieba.loadDict(Buffer.from(ZH_LEXICON.map((w) => `${w} ${LEXICON_FREQUENCY} n`).join("\n")));
  }
  return jieba;
}

function withOffsets(words: readonly string[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const word of words) {
    out.push({ word, start: at });
    at += word.length;
  }
  return out;
}

/** jieba (dictionary + our lexicon); HMM is off so a word is cut the same way in a short query and in a long text. */
export function createJiebaSegmenter(): ChineseSegmenter {
  const j = sharedJieba();
  return {
    name: "jieba",
    cut: (run) => withOffsets(j.cut(run, false)),
    cutForIndex: (run) => j.cutForSearch(run, false),
  };
}

const LEXICON = new Set(ZH_LEXICON);
const MAX_MERGE = 4;
// Every beginning of a lexicon word: merging stops as soon as the joined segments stop being one,
// which spares building candidate strings for the vast majority of segments.
const LEXICON_PREFIXES = new Set(
  ZH_LEXICON.flatMap((w) => [...w].map((_, i) => w.slice(0, i + 1))),
);

// ICU has no user dictionary, so adjacent segments that together spell a lexicon word are
// merged afterwards (石墨 + 烯 → 石墨烯).
/** ICU's dictionary segmenter (Intl.Segmenter), taught the lexicon by merging. */
export function createIntlSegmenter(): ChineseSegmenter {
  const icu = new Intl.Segmenter("zh", { granularity: "word" });
  const raw = (run: string): Segment[] =>
    [...icu.segment(run)].map((s) => ({ word: s.segment, start: s.index }));

  const merge = (segs: Segment[]): { merged: Segment[]; parts: Segment[] } => {
    const merged: Segment[] = [];
    const parts: Segment[] = [];
    for (let i = 0; i < segs.length; ) {
      const first = segs[i] as Segment;
      // The longest run of up to MAX_MERGE segments that spells a lexicon word, else one segment.
      let taken = 1;
      let word = first.word;
      let joined = word;
      const limit = Math.min(MAX_MERGE, segs.length - i);
      for (let n = 2; n <= limit && LEXICON_PREFIXES.has(joined); n++) {
        joined += (segs[i + n - 1] as Segment).word;
        if (LEXICON.has(joined)) {
          taken = n;
          word = joined;
        }
      }
      if (taken > 1) parts.push(...segs.slice(i, i + taken));
      merged.push({ word, start: first.start });
      i += taken;
    }
    return { merged, parts };
  };

  return {
    name: "intl",
    cut: (run) => merge(raw(run)).merged,
    cutForIndex: (run) => {
      const { merged, parts } = merge(raw(run));
      // Mirrors jieba's search mode: a merged word is indexed with its parts too.
      return [...merged, ...parts].map((s) => s.word);
    },
  };
}

/** Creates the named segmenter. */
export function createSegmenter(name: SegmenterName): ChineseSegmenter {
  return name === "jieba" ? createJiebaSegmenter() : createIntlSegmenter();
}
