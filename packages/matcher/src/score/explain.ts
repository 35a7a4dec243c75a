import { fieldLabel } from "@openttc/domain/taxonomy";
import type { TranslationSource } from "../dictionary/lexicon";
import type { FeatureOccurrence, TextFieldName } from "../text/features";
import type { FeatureMatch, TextProfile } from "../text/relevance";
import type { BudgetFit, ComponentName } from "./components";

/** A stretch of a listing's text that matched, in the original spelling, for highlighting. */
export interface HighlightSpan {
  field: TextFieldName;
  /** Offsets into the field's text (keywords are joined with "; "). */
  start: number;
  end: number;
  text: string;
}

/** A term of the exam paper and the term of the achievement it matched, as written in each. */
export interface MatchedTerm {
  demand: string;
  achievement: string;
  via: "exact" | TranslationSource;
  /** Share of the text relevance this match accounts for. */
  weight: number;
}

/** One component of a score: its value in [0, 1] and what it added to the logit. */
export interface ComponentBreakdown {
  name: ComponentName;
  value: number;
  contribution: number;
}

/** Why a pair scored as it did, for people: components, matched terms and sentences in both languages. */
export interface MatchExplanation {
  components: ComponentBreakdown[];
  matchedTerms: MatchedTerm[];
  highlights: { demand: HighlightSpan[]; achievement: HighlightSpan[] };
  sentences: { "zh-CN": string[]; en: string[] };
}

interface Span {
  field: number;
  start: number;
  end: number;
}

// Adjacent bigrams of one Chinese word overlap, English words are a space apart: both merge
// into the phrase a reader sees.
function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.field - b.field || a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && last.field === s.field && s.start <= last.end + 1)
      last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

function occurrencesIn(occ: readonly FeatureOccurrence[], term: string): FeatureOccurrence[] {
  const terms = term.split(" ");
  return occ.filter((o) => terms.includes(o.term));
}

function toHighlight(profile: TextProfile, s: Span): HighlightSpan {
  const f = profile.fields[s.field];
  return {
    field: f?.name ?? "keywords",
    start: s.start,
    end: s.end,
    text: (f?.text ?? "").slice(s.start, s.end),
  };
}

/** The matched terms of a pair in their original spellings, and the spans to highlight on each side. */
export function explainText(
  demand: TextProfile,
  achievement: TextProfile,
  matches: readonly FeatureMatch[],
  max = 8,
): { matchedTerms: MatchedTerm[]; highlights: MatchExplanation["highlights"] } {
  const total = matches.reduce((s, m) => s + m.contribution, 0);
  const dOcc = demand.occurrences();
  const aOcc = achievement.occurrences();
  const occurrencesOf = (p: TextProfile, term: string) =>
    occurrencesIn(p === demand ? dOcc : aOcc, term);
  // Matches worth less than 2% of the relevance are noise for a reader.
  const useful = matches.filter((m) => total > 0 && m.contribution / total >= 0.02);
  const dSpans = mergeSpans(useful.flatMap((m) => occurrencesOf(demand, m.queryTerm)));
  const aSpans = mergeSpans(useful.flatMap((m) => occurrencesOf(achievement, m.docTerm)));
  const containing = (spans: Span[], o: FeatureOccurrence | undefined) =>
    o && spans.find((s) => s.field === o.field && s.start <= o.start && s.end >= o.end);

  const byPair = new Map<string, MatchedTerm>();
  for (const m of useful) {
    // Titles come first in a profile, so the first occurrence is the most visible one.
    const d = containing(dSpans, occurrencesOf(demand, m.queryTerm)[0]);
    const a = containing(aSpans, occurrencesOf(achievement, m.docTerm)[0]);
    if (!d || !a) continue;
    const dt = toHighlight(demand, d).text;
    const at = toHighlight(achievement, a).text;
    const key = `${dt}\u0000${at}`;
    const prev = byPair.get(key);
    const weight = m.contribution / total;
    if (prev) prev.weight += weight;
    else byPair.set(key, { demand: dt, achievement: at, via: m.via, weight });
  }
  return {
    matchedTerms: [...byPair.values()].sort((x, y) => y.weight - x.weight).slice(0, max),
    highlights: {
      demand: dSpans.map((s) => toHighlight(demand, s)),
      achievement: aSpans.map((s) => toHighlight(achievement, s)),
    },
  };
}

/** Labels of the transfer modes in both languages. */
export const MODE_LABELS: Readonly<Record<string, { zh: string; en: string }>> = {
  transfer: { zh: "转让", en: "transfer" },
  exclusive_licence: { zh: "独占许可", en: "exclusive licence" },
  non_exclusive_licence: { zh: "普通许可", en: "non-exclusive licence" },
  equity_investment: { zh: "作价投资", en: "equity investment" },
  use_first_pay_later: { zh: "先使用后付费许可", en: "use-first-pay-later licence" },
  joint_development: { zh: "联合开发", en: "joint development" },
};

/** What the sentences of an explanation are written from. */
export interface SentenceFacts {
  matchedTerms: readonly MatchedTerm[];
  demandField?: string | null;
  achievementField?: string | null;
  taxonomy: number;
  minTrl?: number | null;
  trl?: number | null;
  sharedModes: readonly string[];
  modesKnown: boolean;
  budget: BudgetFit;
}

const money = (ratio: number) => `${Math.round(ratio * 100)}%`;

/** One or two sentences in each language: what matched in the texts and fields, then maturity and terms. */
export function explanationSentences(f: SentenceFacts): MatchExplanation["sentences"] {
  const zh1: string[] = [];
  const en1: string[] = [];
  const zh2: string[] = [];
  const en2: string[] = [];

  // Prefer a cross-language match in the sentence: it is the one a reader would not spot.
  const cross = f.matchedTerms.find((m) => m.via !== "exact");
  const top = f.matchedTerms[0];
  for (const m of [top, cross !== top ? cross : undefined]) {
    if (!m) continue;
    if (m.demand === m.achievement) {
      zh1.push(`双方都提到“${m.demand}”`);
      en1.push(`both mention '${m.demand}'`);
    } else {
      const how = { exact: "", synonyms: "（同义词）", dictionary: "（词典释义）" }[m.via];
      const howEn = { exact: "", synonyms: " (synonym)", dictionary: " (dictionary)" }[m.via];
      zh1.push(`“${m.demand}”对应“${m.achievement}”${how}`);
      en1.push(`'${m.demand}' matches '${m.achievement}'${howEn}`);
    }
  }
  if (f.demandField && f.achievementField) {
    const label = (code: string, l: "zh-CN" | "en") => fieldLabel(code, l) ?? code;
    if (f.taxonomy >= 1) {
      zh1.push(`同属“${label(f.achievementField, "zh-CN")}”领域`);
      en1.push(`same field (${label(f.achievementField, "en")})`);
    } else if (f.taxonomy >= 0.8) {
      zh1.push(`同属一个大类领域`);
      en1.push("same top-level field");
    } else if (f.taxonomy >= 0.5) {
      zh1.push(
        `“${label(f.achievementField, "zh-CN")}”与“${label(f.demandField, "zh-CN")}”是相关领域`,
      );
      en1.push(
        `${label(f.achievementField, "en")} is a field related to ${label(f.demandField, "en")}`,
      );
    }
  }

  if (f.minTrl != null && f.trl != null) {
    const gap = f.minTrl - f.trl;
    if (gap <= 0) {
      zh2.push(`技术成熟度 TRL ${f.trl} 达到要求的 ${f.minTrl} 级`);
      en2.push(`TRL ${f.trl} meets the required ${f.minTrl}`);
    } else if (gap === 1) {
      zh2.push(`技术成熟度 TRL ${f.trl} 比要求的 ${f.minTrl} 级低一级`);
      en2.push(`TRL ${f.trl} is one below the required ${f.minTrl}`);
    } else {
      zh2.push(`技术成熟度 TRL ${f.trl} 远低于要求的 ${f.minTrl} 级`);
      en2.push(`TRL ${f.trl} is well below the required ${f.minTrl}`);
    }
  }
  if (f.modesKnown) {
    const first = f.sharedModes[0];
    const label = first ? MODE_LABELS[first] : undefined;
    if (label) {
      zh2.push(`提供的${label.zh}符合所需合作方式`);
      en2.push(`${label.en} offered matches the wanted mode`);
    } else {
      zh2.push("所需合作方式均未提供");
      en2.push("none of the wanted modes is offered");
    }
  }
  if (f.budget.viaUseFirstPayLater) {
    zh2.push("预算低于报价，但可采用先使用后付费许可（零入门费、分期付款或收益分成）");
    en2.push(
      "the budget is below the asking price, but a use-first-pay-later licence (no entry fee, staged payments or revenue share) makes it workable",
    );
  } else if (f.budget.ratio !== null && f.budget.ratio < 1) {
    zh2.push(`预算约为报价的 ${money(f.budget.ratio)}`);
    en2.push(`the budget is about ${money(f.budget.ratio)} of the asking price`);
  } else if (f.budget.ratio !== null) {
    zh2.push("报价在预算之内");
    en2.push("the asking price is within the budget");
  }

  const zh = [zh1, zh2].filter((p) => p.length > 0).map((p) => `${p.join("；")}。`);
  const en = [en1, en2]
    .filter((p) => p.length > 0)
    .map((p) => {
      const s = p.join("; ");
      return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
    });
  if (zh.length === 0) {
    zh.push("双方文本与领域没有明显关联。");
    en.push("The texts and fields show no clear relation.");
  }
  return { "zh-CN": zh, en };
}
