import type { AchievementStatus } from "@openttc/domain/lifecycle";
import { topFieldOf } from "@openttc/domain/taxonomy";
import type { Random } from "../random";
import type { PatentSources } from "../sources";
import {
  buildAchievement,
  cleanNasaTitle,
  type GeneratedAchievement,
  ownerCandidates,
  patentSources,
  type Source,
} from "./achievements";
import { profileFor } from "./field-content";
import type { OrgsResult } from "./organizations";
import { titleCase, translateEnTitle, translateZhTitle } from "./translate";
import { TERMS } from "./vocabulary";

// Bulk listings for benchmarks: every patent row of the sources is reused many times, so its
// title is varied with field-specific bilingual phrases (a term of the field, a modifier, a
// frame such as "基于…的" / "… based on …") and the body texts differ by the random choices
// buildAchievement already makes (problem, approach, indicator values, team, owner, price).

interface Phrase {
  zh: string;
  en: string;
}

/** A title in both languages; English is null when the source title has no translation. */
interface Titles {
  zh: string | null;
  en: string | null;
}

const MODIFIERS: readonly Phrase[] = [
  { zh: "高效", en: "high-efficiency" },
  { zh: "低成本", en: "low-cost" },
  { zh: "新型", en: "novel" },
  { zh: "智能", en: "intelligent" },
  { zh: "便携式", en: "portable" },
  { zh: "一体化", en: "integrated" },
  { zh: "环保型", en: "eco-friendly" },
  { zh: "模块化", en: "modular" },
  { zh: "高精度", en: "high-precision" },
  { zh: "快速", en: "rapid" },
  { zh: "大规模", en: "large-scale" },
  { zh: "长寿命", en: "long-life" },
];

type Frame = (base: Phrase, term: Phrase) => Phrase;

const FRAMES: readonly Frame[] = [
  (b, t) => ({ zh: `基于${t.zh}的${b.zh}`, en: `${b.en} based on ${t.en}` }),
  (b, t) => ({ zh: `用于${t.zh}的${b.zh}`, en: `${b.en} for ${t.en}` }),
  (b, t) => ({ zh: `${t.zh}${b.zh}`, en: `${t.en} ${b.en}` }),
  (b, t) => ({ zh: `${b.zh}及其在${t.zh}中的应用`, en: `${b.en} and its use in ${t.en}` }),
  (b, t) => ({ zh: `具有${t.zh}功能的${b.zh}`, en: `${b.en} with ${t.en}` }),
];

const SUFFIXES: readonly Phrase[] = [
  { zh: "及其制备方法", en: "and its preparation method" },
  { zh: "及其应用", en: "and its applications" },
  { zh: "的优化设计", en: "(optimised design)" },
  { zh: "及配套工艺", en: "and matching process" },
];

const STATUS_WEIGHTS: readonly (readonly [AchievementStatus, number])[] = [
  ["published", 880],
  ["in_negotiation", 40],
  ["transacted", 20],
  ["draft", 20],
  ["pending_review", 20],
  ["withdrawn", 10],
  ["rejected", 10],
];

const FRESHNESS_WEIGHTS = [
  ["fresh", 96],
  ["reminder", 2],
  ["expired", 2],
] as const;

// Short terms only: a whole patent phrase from the vocabulary would make an unreadable title.
const termsByGroup = new Map<string, Phrase[]>();
for (const t of TERMS) {
  if (t.zh.length < 2 || t.zh.length > 5 || t.en.split(" ").length > 3) continue;
  const list = termsByGroup.get(t.group) ?? [];
  list.push({ zh: t.zh, en: t.en.toLowerCase() });
  termsByGroup.set(t.group, list);
}

function termsFor(field: string): Phrase[] {
  const top = topFieldOf(field) ?? field;
  const own = termsByGroup.get(top) ?? termsByGroup.get("other") ?? [];
  const keywords = profileFor(field).keywords.map((k) => ({ zh: k.zh, en: k.en.toLowerCase() }));
  return [...own, ...keywords];
}

function baseTitles(item: Source): Titles {
  if (item.kind === "nasa") {
    return { zh: translateEnTitle(item.patent.title), en: cleanNasaTitle(item.patent.title) };
  }
  return { zh: item.patent.title.replace(/^一种/, ""), en: translateZhTitle(item.patent.title) };
}

function varyTitles(rng: Random, base: Titles, terms: readonly Phrase[]): Titles {
  let zh = base.zh;
  // English is written in lower case and title-cased at the end, as the translator does.
  // Acronyms ("IoT", "LED") keep their capitals.
  let en =
    base.en &&
    (/^[A-Z][a-z-]*(\s|$)/.test(base.en)
      ? base.en.charAt(0).toLowerCase() + base.en.slice(1)
      : base.en);
  if (rng.chance(0.5)) {
    const m = rng.pick(MODIFIERS);
    zh = zh && m.zh + zh;
    en = en && `${m.en} ${en}`;
  }
  if (rng.chance(0.7) && terms.length > 0) {
    const frame = rng.pick(FRAMES);
    const term = rng.pick(terms);
    if (!zh?.includes(term.zh)) {
      zh = zh && frame({ zh, en: "" }, term).zh;
      en = en && frame({ zh: "", en }, term).en;
    }
  }
  if (rng.chance(0.25)) {
    const s = rng.pick(SUFFIXES);
    zh = zh && zh + s.zh;
    en = en && `${en} ${s.en}`;
  }
  return { zh, en: en && titleCase(en) };
}

function variantSource(item: Source, titles: Titles, n: number): Source {
  if (item.kind === "nasa") {
    const prefix = item.patent.caseNumber.split("-")[0] ?? "NASA";
    return {
      ...item,
      patent: {
        ...item.patent,
        caseNumber: `${prefix}-${20_000 + n}-1`,
        title: titles.en ?? item.patent.title,
      },
    };
  }
  // The kind letter (A application, B grant, U utility model) decides the IP status downstream.
  const kind = item.patent.number.slice(-1);
  return {
    ...item,
    patent: { ...item.patent, number: `CN${120_000_000 + n}${kind}`, title: titles.zh ?? "" },
  };
}

/**
 * Yields `count` listings written from the patent rows (each reused with varied titles),
 * drawing everything from the one `rng` stream in order: the same seed, `now` and sources give
 * the same rows, and a smaller count gives a prefix of a larger one.
 */
export function* generateBulkAchievements(
  rng: Random,
  now: Date,
  sources: PatentSources,
  orgs: OrgsResult,
  count: number,
): Generator<GeneratedAchievement> {
  const items = patentSources(sources);
  const nasaOwner = new Map(
    orgs.specs.flatMap((s) => (s.nasaCenter ? [[s.nasaCenter, s.key] as const] : [])),
  );
  const candidates = new Map<string, (readonly [string, number])[]>();
  // Translating a title is pure and each row is reused many times.
  const bases = new Map<Source, Titles>();
  for (let n = 0; n < count; n++) {
    const item = rng.pick(items);
    const top = topFieldOf(item.field) ?? item.field;
    let ownerKey: string | undefined;
    if (item.kind === "nasa") ownerKey = nasaOwner.get(item.patent.center);
    else {
      let weighted = candidates.get(top);
      if (!weighted) {
        weighted = ownerCandidates(orgs, top).map((c) => [c.key, c.weight] as const);
        candidates.set(top, weighted);
      }
      ownerKey = rng.weighted(weighted);
    }
    const owner = ownerKey ? orgs.byKey.get(ownerKey) : undefined;
    if (!owner) throw new Error(`no organization for patent row ${n}`);
    // Chinese rows always have a Chinese title and NASA rows an English one.
    let base = bases.get(item);
    if (!base) {
      base = baseTitles(item);
      bases.set(item, base);
    }
    const titles = varyTitles(rng, base, termsFor(item.field));
    yield buildAchievement(
      rng,
      now,
      variantSource(item, titles, n),
      owner.spec,
      owner.row.id as string,
      owner.users.map((u) => u.row.id as string),
      rng.weighted(STATUS_WEIGHTS),
      rng.weighted(FRESHNESS_WEIGHTS),
      titles,
    );
  }
}
