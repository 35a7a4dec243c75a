import { getAnalyzer } from "@openttc/search/text/analyze";
import { SYNONYM_GROUPS } from "@openttc/search/text/synonyms";
import { buildCedictLexicon, type CedictEntry } from "./dictionary/cedict";
import {
  addSynonymGroups,
  type Lexicon,
  LexiconBuilder,
  mergeLexicons,
} from "./dictionary/lexicon";
import type { MatchAchievement, MatchDemand } from "./listing";
import { createMatcher, type Matcher } from "./matcher";
import type { MatchWeights } from "./score/weights";
import { createCorpusStats } from "./text/corpus-stats";
import { achievementFields, demandFields, distinctTerms } from "./text/features";

/** A few real CC-CEDICT entries (simplified, pinyin, senses), enough for cross-language tests without loading the whole dictionary. */
export const SAMPLE_CEDICT: CedictEntry[] = [
  { simplified: "石墨烯", pinyin: "shi2 mo4 xi1", senses: ["graphene"] },
  { simplified: "薄膜", pinyin: "bo2 mo2", senses: ["membrane", "film"] },
  { simplified: "散热", pinyin: "san4 re4", senses: ["to dissipate heat"] },
  { simplified: "无人机", pinyin: "wu2 ren2 ji1", senses: ["drone; unmanned aerial vehicle"] },
  { simplified: "巡检", pinyin: "xun2 jian3", senses: ["to patrol and inspect"] },
  { simplified: "电网", pinyin: "dian4 wang3", senses: ["electricity grid"] },
  { simplified: "中国", pinyin: "Zhong1 guo2", senses: ["China"] },
];

/** The synonym table merged with the sample dictionary. */
export function sampleLexicon(): Lexicon {
  const analyzer = getAnalyzer();
  const b = new LexiconBuilder();
  addSynonymGroups(b, analyzer, SYNONYM_GROUPS);
  return mergeLexicons(b.freeze(), buildCedictLexicon(SAMPLE_CEDICT, analyzer));
}

/** A fixed clock for tests: 2026-03-01. */
export const NOW = Date.parse("2026-03-01T00:00:00Z");

/** A matcher whose IDF statistics come from the given listings (plus some unrelated filler). */
export function matcherFor(
  listings: { achievements: MatchAchievement[]; demands: MatchDemand[] },
  opts: { lexicon?: Lexicon; weights?: MatchWeights } = {},
): Matcher {
  const analyzer = getAnalyzer();
  const stats = createCorpusStats();
  const filler: MatchAchievement[] = [
    {
      id: "f1",
      titleZh: "水稻种植用行走式农药喷洒设备",
      titleEn: "Walking pesticide sprayer for rice",
    },
    { id: "f2", titleZh: "茶叶生产加工用设备", titleEn: "Tea processing equipment" },
    {
      id: "f3",
      titleZh: "铝合金锭生产用定量浇注装置",
      titleEn: "Metered pouring for aluminium ingots",
    },
    { id: "f4", titleEn: "Precise delay measurement circuit on FPGAs" },
  ];
  for (const a of [...listings.achievements, ...filler])
    stats.add(distinctTerms(analyzer, achievementFields(a)));
  for (const d of listings.demands) stats.add(distinctTerms(analyzer, demandFields(d)));
  return createMatcher({
    stats,
    lexicon: opts.lexicon ?? sampleLexicon(),
    now: NOW,
    weights: opts.weights,
  });
}
