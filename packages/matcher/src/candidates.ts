import { MAX_QUERY_TERMS, type SearchFilter, type SearchIndex } from "@openttc/search/search-index";
import type { MatchAchievement, MatchDemand } from "./listing";
import type { ListingProfiles, Matcher, MatchResult } from "./matcher";
import type { TextProfile } from "./text/relevance";

/** How many candidates the search index is asked for. */
export interface RecallOptions {
  /** Top documents by text (the profile's most telling terms and their translations). */
  textLimit?: number;
  /** Top documents of the same taxonomy field by the same text, so that in-field candidates are not crowded out. */
  fieldLimit?: number;
  /** Most telling terms of the profile put in the query (the engine counts at most 32 terms; recall queries ask for all 32 with `maxTerms`). */
  queryTerms?: number;
  /** Translations of those terms added to the query, so the engine finds the other language too. */
  translatedTerms?: number;
}

/** Defaults of the candidate generation. */
export const DEFAULT_RECALL: Required<RecallOptions> = {
  textLimit: 200,
  fieldLimit: 50,
  queryTerms: 20,
  translatedTerms: 10,
};

/**
 * The query sent to the engine for a profile: its most telling words (IDF times weighted
 * frequency, words as the engine's analyzer cuts them) and the strongest translations of those
 * words, so that a Chinese exam paper also retrieves English-only achievements.
 */
export function recallQuery(profile: TextProfile, opts: RecallOptions = {}): string {
  const { queryTerms, translatedTerms } = { ...DEFAULT_RECALL, ...opts };
  const exp = profile.expansion();
  // Words as the engine's analyzer cuts them; a bigram that is no word would reach the engine
  // as two single characters.
  const words = new Set(
    profile
      .occurrences()
      .filter((o) => o.word)
      .map((o) => o.term),
  );
  const weightOf = (t: string) => exp.get(t)?.w ?? 0;
  const own = [...words]
    .sort((a, b) => weightOf(b) - weightOf(a) || (a < b ? -1 : 1))
    .slice(0, queryTerms);
  const ownSet = new Set(own);
  const translated = [...exp.entries()]
    .filter(([t, e]) => e.via !== "exact" && !ownSet.has(t))
    .sort((a, b) => b[1].w - a[1].w || (a[0] < b[0] ? -1 : 1))
    .slice(0, translatedTerms)
    .map(([t]) => t);
  // The engine keeps the first 32 terms of its own cut of the query: translations go before
  // the weaker own words so that a re-cut word cannot push them out.
  return [...own.slice(0, 12), ...translated, ...own.slice(12)].join(" ");
}

async function searchIds(
  index: SearchIndex,
  which: "achievements" | "demands",
  q: string,
  filter: SearchFilter,
  limit: number,
): Promise<string[]> {
  if (limit <= 0 || (!q.trim() && !filter.field?.length)) return [];
  const res = await index.search(which, { q, filter, offset: 0, limit, maxTerms: MAX_QUERY_TERMS });
  return res.hits.map((h) => h.id);
}

/** Ids of the listings worth scoring for a profile: top by text, then top by text within its field, then the newest of its field when text finds too few. */
export async function recallCandidates(
  index: SearchIndex,
  which: "achievements" | "demands",
  profiles: ListingProfiles,
  field: string | null | undefined,
  filter: SearchFilter,
  opts: RecallOptions = {},
): Promise<string[]> {
  const o = { ...DEFAULT_RECALL, ...opts };
  const q = recallQuery(profiles.full, o);
  const ids = new Set(await searchIds(index, which, q, filter, o.textLimit));
  if (field) {
    const inField = { ...filter, field: [field] };
    const byText = await searchIds(index, which, q, inField, o.fieldLimit);
    for (const id of byText) ids.add(id);
    // A listing in another language that no translation reaches is still in the same field.
    if (byText.length < o.fieldLimit) {
      for (const id of await searchIds(index, which, "", inField, o.fieldLimit - byText.length))
        ids.add(id);
    }
  }
  return [...ids];
}

/** What finding matches needs: the engine, the filter of what may be matched, the listings by id and the matcher. */
export interface MatchSources {
  index: SearchIndex;
  /** Which listings may be matched (status published, visibility); the caller builds it. */
  filter: SearchFilter;
  matcher: Matcher;
  loadAchievements(ids: readonly string[]): Promise<readonly MatchAchievement[]>;
  loadDemands(ids: readonly string[]): Promise<readonly MatchDemand[]>;
}

/** The best achievements for an exam paper: candidates from the search index, re-scored and explained by the matcher. */
export async function findMatchesForDemand(
  sources: Pick<MatchSources, "index" | "filter" | "matcher" | "loadAchievements">,
  demand: MatchDemand,
  opts: RecallOptions & { limit?: number } = {},
): Promise<MatchResult[]> {
  const profile = sources.matcher.demandProfile(demand);
  const ids = await recallCandidates(
    sources.index,
    "achievements",
    profile,
    demand.field,
    sources.filter,
    opts,
  );
  const candidates = await sources.loadAchievements(ids);
  return sources.matcher.rankAchievements(demand, candidates, { limit: opts.limit ?? 20 });
}

/** The best exam papers for an achievement, scored exactly as the demand side scores the same pairs. */
export async function findMatchesForAchievement(
  sources: Pick<MatchSources, "index" | "filter" | "matcher" | "loadDemands">,
  achievement: MatchAchievement,
  opts: RecallOptions & { limit?: number } = {},
): Promise<MatchResult[]> {
  const profile = sources.matcher.achievementProfile(achievement);
  const ids = await recallCandidates(
    sources.index,
    "demands",
    profile,
    achievement.field,
    sources.filter,
    opts,
  );
  const candidates = await sources.loadDemands(ids);
  return sources.matcher.rankDemands(achievement, candidates, { limit: opts.limit ?? 20 });
}
