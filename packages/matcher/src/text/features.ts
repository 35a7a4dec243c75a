import type { Analyzer } from "@openttc/search/text/analyze";
import type { MatchAchievement, MatchDemand } from "../listing";

/** Which attribute of a listing a text comes from (the attribute names of the search documents). */
export type TextFieldName =
  | "titleZh"
  | "titleEn"
  | "keywords"
  | "summaryZh"
  | "summaryEn"
  | "problemZh"
  | "problemEn"
  | "indicators";

/** The kind of text an attribute holds, which decides its weight. */
export type TextFieldKind = "title" | "keywords" | "body";

/** One text of a listing with how much its words count. */
export interface TextField {
  name: TextFieldName;
  text: string;
  weight: number;
}

// A title names the technology; keywords are chosen by the author; body text is mostly context.
/** How much an occurrence counts in each kind of field. */
export const FIELD_WEIGHTS: Readonly<Record<TextFieldKind, number>> = {
  title: 3,
  keywords: 2,
  body: 1,
};

const KIND: Readonly<Record<TextFieldName, TextFieldKind>> = {
  titleZh: "title",
  titleEn: "title",
  keywords: "keywords",
  summaryZh: "body",
  summaryEn: "body",
  problemZh: "body",
  problemEn: "body",
  indicators: "body",
};

/** A feature of a text (English stem, Chinese word or character bigram) at a span of one field. */
export interface FeatureOccurrence {
  term: string;
  field: number;
  start: number;
  end: number;
  /** How much this occurrence counts: the field's weight, less for a lone Chinese character. */
  weight: number;
  han: boolean;
  /** True when the analyzer cuts this span as a word (what the search engine indexes and queries). */
  word: boolean;
}

const joinList = (xs: readonly string[] | undefined) => (xs ?? []).filter(Boolean).join("; ");

/** The texts of an achievement: titles, keywords and summaries in both languages. */
export function achievementFields(a: MatchAchievement): TextField[] {
  return compact([
    ["titleZh", a.titleZh],
    ["titleEn", a.titleEn],
    ["keywords", joinList(a.keywords)],
    ["summaryZh", a.summaryZh],
    ["summaryEn", a.summaryEn],
  ]);
}

/** The texts of an exam paper: titles, keywords, problem statements and indicators. */
export function demandFields(d: MatchDemand): TextField[] {
  return compact([
    ["titleZh", d.titleZh],
    ["titleEn", d.titleEn],
    ["keywords", joinList(d.keywords)],
    ["problemZh", d.problemZh],
    ["problemEn", d.problemEn],
    ["indicators", joinList(d.indicators)],
  ]);
}

function compact(list: [TextFieldName, string | null | undefined][]): TextField[] {
  return list
    .filter((e): e is [TextFieldName, string] => typeof e[1] === "string" && e[1].trim() !== "")
    .map(([name, text]) => ({ name, text, weight: FIELD_WEIGHTS[KIND[name]] }));
}

// Characters that glue words together rather than carry meaning: a bigram across one is noise.
const GLUE = new Set([..."的了和与及或其之并于为是在对将把被等"]);
// Patent and exam-paper boilerplate that a bigram would otherwise pick up everywhere.
const BOILERPLATE = new Set(["一种", "及其", "以及", "用于", "基于", "所述", "其中", "一个"]);
/** How much a one-character Chinese word counts next to a bigram: alone it is often a fragment. */
export const SINGLE_HAN_WEIGHT = 0.3;

/**
 * Features of one text: English words as the analyzer stems them; Chinese as character bigrams
 * (robust to the segmenter's uneven cuts: 制备 is one word in one title and 制/备 in another),
 * plus the segmenter's words of three characters or more and, weakly, its one-character words.
 */
export function textFeatures(analyzer: Analyzer, text: string, field = 0, weight = 1) {
  const out: FeatureOccurrence[] = [];
  const twoCharWords = new Set<number>();
  for (const tok of analyzer.tokens(text)) {
    const at = { field, start: tok.start, end: tok.end, word: true };
    if (tok.han) {
      const len = tok.end - tok.start;
      if (len >= 3) out.push({ term: tok.term, ...at, weight, han: true });
      else if (len === 1)
        out.push({ term: tok.term, ...at, weight: weight * SINGLE_HAN_WEIGHT, han: true });
      else twoCharWords.add(tok.start);
      continue;
    }
    // Numbers in indicators ("≥ 17 %") and one-letter leftovers carry no topic.
    if (tok.term.length < 2 || /^\d+$/.test(tok.term)) continue;
    out.push({ term: tok.term, ...at, weight, han: false });
  }
  for (const run of text.matchAll(/\p{Script=Han}+/gu)) {
    const s = run[0];
    for (let i = 0; i + 1 < s.length; i++) {
      const a = s.charAt(i);
      const b = s.charAt(i + 1);
      if (GLUE.has(a) || GLUE.has(b)) continue;
      const term = a + b;
      if (BOILERPLATE.has(term)) continue;
      const start = run.index + i;
      out.push({
        term,
        field,
        start,
        end: start + 2,
        weight,
        han: true,
        word: twoCharWords.has(start),
      });
    }
  }
  return out;
}

/** Every feature occurrence of a listing's texts, field by field. */
export function fieldsFeatures(analyzer: Analyzer, fields: readonly TextField[]) {
  return fields.flatMap((f, i) => textFeatures(analyzer, f.text, i, f.weight));
}

/** The distinct features of a listing, as corpus statistics count them. */
export function distinctTerms(analyzer: Analyzer, fields: readonly TextField[]): Set<string> {
  return new Set(fieldsFeatures(analyzer, fields).map((f) => f.term));
}
