import { performance } from "node:perf_hooks";
import { freshSince } from "@openttc/domain/freshness";
import { findMatchesForAchievement, findMatchesForDemand } from "@openttc/matcher/candidates";
import {
  addSynonymGroups,
  type Lexicon,
  LexiconBuilder,
  mergeLexicons,
} from "@openttc/matcher/dictionary/lexicon";
import { getCedictLexicon } from "@openttc/matcher/dictionary/load-cedict";
import type { MatchAchievement, MatchDemand } from "@openttc/matcher/listing";
import { createMatcher, type Matcher, type MatchResult } from "@openttc/matcher/matcher";
import { DEFAULT_WEIGHTS, type MatchWeights, parseWeights } from "@openttc/matcher/score/weights";
import { type CorpusStats, createCorpusStats } from "@openttc/matcher/text/corpus-stats";
import { achievementFields, demandFields, distinctTerms } from "@openttc/matcher/text/features";
import type { SearchFilter, SearchIndex } from "@openttc/search/search-index";
import { getAnalyzer } from "@openttc/search/text/analyze";
import { SYNONYM_GROUPS } from "@openttc/search/text/synonyms";
import { kunmingToday } from "../../shared/guards";
import type { Clock, Store } from "../../store";
import type { AchievementDto } from "../achievements/achievements.repository";
import type { DemandDto } from "../demands/demands.repository";
import {
  type LiveAt,
  MATCHABLE_ACHIEVEMENT_STATUSES,
  MATCHABLE_DEMAND_STATUSES,
  MATCHABLE_VISIBILITIES,
  type MatchWrite,
} from "./matches.repository";

/** How many achievements each exam paper keeps as its matches. */
export const TOP_N = 50;
/** Pairs below this score are not worth showing anyone (the matcher's scale reads < 0.2 as unlikely). */
export const MIN_SCORE = 0.05;
// An achievement is re-scored against this many exam papers its text recalls; it enters those
// whose top N it beats.
const ACHIEVEMENT_FANOUT = 100;
// The matcher reads the clock for freshness; a matcher older than this is rebuilt.
const MATCHER_MAX_AGE_MS = 3600_000;
const BATCH = 500;

/** The weights in use: the active stored version, or the matcher's defaults as version 0. */
export interface WeightsInUse {
  version: number;
  weights: MatchWeights;
  fittedAt: Date | null;
  positiveSamples: number;
  negativeSamples: number;
}

/** The synonym table and the CC-CEDICT dictionary (loaded once per process, 5–10 s). */
export async function defaultLexicon(): Promise<Lexicon> {
  const synonyms = new LexiconBuilder();
  addSynonymGroups(synonyms, getAnalyzer(), SYNONYM_GROUPS);
  return mergeLexicons(synonyms.freeze(), await getCedictLexicon());
}

interface Cached<T> {
  version: number;
  listing: T;
  terms: string[];
}

function isLive(
  listing: { status: string; visibility: string },
  statuses: readonly string[],
): boolean {
  return (
    statuses.includes(listing.status) &&
    (MATCHABLE_VISIBILITIES as readonly string[]).includes(listing.visibility)
  );
}

function toMatchDemand(d: DemandDto): MatchDemand {
  return {
    id: d.id,
    titleZh: d.titleZh,
    titleEn: d.titleEn,
    problemZh: d.summaryZh,
    problemEn: d.summaryEn,
    indicators: d.indicators.map((i) => [i.name, i.target, i.unit].filter(Boolean).join(" ")),
    keywords: d.keywords,
    field: d.field,
    minTrl: d.minTrl,
    wantedModes: d.wantedModes,
    budgetMin: d.budget.min,
    budgetMax: d.budget.max,
    currency: d.budget.currency,
    region: d.region,
  };
}

function toMatchAchievement(
  a: AchievementDto,
  reputation: { mean: number; count: number } | undefined,
): MatchAchievement {
  return {
    id: a.id,
    titleZh: a.titleZh,
    titleEn: a.titleEn,
    summaryZh: a.summaryZh,
    summaryEn: a.summaryEn,
    keywords: a.keywords,
    field: a.field,
    trl: a.trl,
    transferModes: a.transferModes,
    priceMin: a.price.min,
    priceMax: a.price.max,
    currency: a.price.currency,
    region: a.region,
    orgId: a.ownerOrgId,
    reputation: reputation ?? null,
    verifiedAt: a.lastVerifiedAt.getTime(),
  };
}

function toWrite(r: MatchResult): MatchWrite {
  return {
    demandId: r.demandId,
    achievementId: r.achievementId,
    score: r.score,
    components: { ...r.components },
    explanation: r.explanation,
  };
}

/**
 * Holds what the matcher needs between jobs — IDF statistics over every live listing, one
 * object per listing version (the matcher caches text profiles per object), the lexicon and
 * the active weights — and writes matches: a demand's top N, or an achievement into the top N
 * of the demands it beats.
 */
export function makeMatchEngine({
  store,
  index,
  clock,
  lexicon: loadLexicon = defaultLexicon,
  topN = TOP_N,
}: {
  store: Store;
  index: SearchIndex;
  clock: Clock;
  lexicon?: () => Promise<Lexicon>;
  topN?: number;
}) {
  const { repos } = store;
  const analyzer = getAnalyzer();
  const achievementsById = new Map<string, Cached<MatchAchievement>>();
  const demandsById = new Map<string, Cached<MatchDemand>>();
  let stats: CorpusStats = createCorpusStats();
  let ready: Promise<void> | undefined;
  let lexicon: Promise<Lexicon> | undefined;
  let current: { matcher: Matcher; weights: WeightsInUse; builtAt: number } | undefined;
  // Jobs and full recomputes share the cache and the statistics: one at a time.
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };

  const liveAt = (): LiveAt => ({
    freshSince: freshSince(clock.now()),
    today: kunmingToday(clock.now()),
  });

  function getLexicon() {
    if (!lexicon) {
      lexicon = loadLexicon();
      lexicon.catch(() => {
        lexicon = undefined;
      });
    }
    return lexicon;
  }

  function filterFor(statuses: readonly string[]): SearchFilter {
    return {
      statuses: [...statuses],
      visibleTo: { visibilities: [...MATCHABLE_VISIBILITIES], orgIds: [] },
      notExpiredAt: clock.now().getTime(),
    };
  }

  /** Keeps the cache and the statistics in step with one listing; returns its matcher object, or null when it is not live. */
  function track<T extends { id: string }>(
    cache: Map<string, Cached<T>>,
    id: string,
    next: { version: number; make: () => T } | null,
    fields: (listing: T) => Parameters<typeof distinctTerms>[1],
  ): T | null {
    const old = cache.get(id);
    if (next && old?.version === next.version) return old.listing;
    if (old) {
      stats.remove(old.terms);
      cache.delete(id);
    }
    if (!next) return null;
    const listing = next.make();
    const terms = [...distinctTerms(analyzer, fields(listing))];
    stats.add(terms);
    cache.set(id, { version: next.version, listing, terms });
    return listing;
  }

  /** Loads achievements from the database, refreshing the cache; the live ones come back. */
  async function loadAchievements(ids: readonly string[]) {
    if (ids.length === 0) return [];
    const found = await repos.achievements.findMany(ids);
    const since = freshSince(clock.now());
    const live = found.filter(
      (a) => isLive(a, MATCHABLE_ACHIEVEMENT_STATUSES) && a.lastVerifiedAt > since,
    );
    const reputations = await repos.matches.reputations([
      ...new Set(live.map((a) => a.ownerOrgId)),
    ]);
    const out: MatchAchievement[] = [];
    const liveIds = new Set(live.map((a) => a.id));
    for (const id of ids)
      if (!liveIds.has(id)) track(achievementsById, id, null, achievementFields);
    for (const a of live) {
      const rep = reputations.get(a.ownerOrgId);
      // Reputation moves without the listing's version; it is part of the cache key.
      const version = a.version * 1e6 + (rep?.count ?? 0);
      const listing = track(
        achievementsById,
        a.id,
        { version, make: () => toMatchAchievement(a, rep) },
        achievementFields,
      );
      if (listing) out.push(listing);
    }
    return out;
  }

  async function loadDemands(ids: readonly string[]) {
    if (ids.length === 0) return [];
    const found = await repos.demands.findMany(ids);
    const today = kunmingToday(clock.now());
    const out: MatchDemand[] = [];
    const liveIds = new Set<string>();
    for (const d of found) {
      if (!isLive(d, MATCHABLE_DEMAND_STATUSES) || d.deadline < today) continue;
      liveIds.add(d.id);
      const listing = track(
        demandsById,
        d.id,
        { version: d.version, make: () => toMatchDemand(d) },
        demandFields,
      );
      if (listing) out.push(listing);
    }
    for (const id of ids) if (!liveIds.has(id)) track(demandsById, id, null, demandFields);
    return out;
  }

  /** Builds the statistics from every live listing, once (a full recompute starts over). */
  function ensureReady() {
    if (!ready) {
      ready = (async () => {
        const at = liveAt();
        let after: string | null = null;
        for (;;) {
          const ids: string[] = await repos.matches.liveAchievementIds(at.freshSince, after, BATCH);
          if (ids.length === 0) break;
          await loadAchievements(ids);
          after = ids.at(-1) ?? null;
        }
        after = null;
        for (;;) {
          const ids: string[] = await repos.matches.liveDemandIds(at.today, after, BATCH);
          if (ids.length === 0) break;
          await loadDemands(ids);
          after = ids.at(-1) ?? null;
        }
      })();
      ready.catch(() => {
        ready = undefined;
      });
    }
    return ready;
  }

  async function weightsInUse(): Promise<WeightsInUse> {
    const row = await repos.matches.activeWeights();
    if (!row)
      return {
        version: 0,
        weights: DEFAULT_WEIGHTS,
        fittedAt: null,
        positiveSamples: 0,
        negativeSamples: 0,
      };
    return {
      version: row.version,
      weights: parseWeights(row.weights),
      fittedAt: row.fittedAt,
      positiveSamples: row.positiveSamples,
      negativeSamples: row.negativeSamples,
    };
  }

  /** The matcher for the active weights and the current time. */
  async function matcher() {
    const weights = await weightsInUse();
    const now = clock.now().getTime();
    if (
      !current ||
      current.weights.version !== weights.version ||
      Math.abs(now - current.builtAt) > MATCHER_MAX_AGE_MS
    ) {
      current = {
        matcher: createMatcher({
          stats,
          lexicon: await getLexicon(),
          now,
          weights: weights.weights,
          analyzer,
        }),
        weights,
        builtAt: now,
      };
    }
    return current;
  }

  const cachedAchievements = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const c = achievementsById.get(id);
      return c ? [c.listing] : [];
    });

  /** Replaces a demand's matches with its current top N; returns how many candidates were scored. */
  async function matchDemand(demand: MatchDemand, fromCache = false) {
    const m = await matcher();
    let scored = 0;
    const results = await findMatchesForDemand(
      {
        index,
        filter: filterFor(MATCHABLE_ACHIEVEMENT_STATUSES),
        matcher: m.matcher,
        loadAchievements: async (ids) => {
          const found = fromCache ? cachedAchievements(ids) : await loadAchievements(ids);
          scored += found.length;
          return found;
        },
      },
      demand,
      { limit: topN },
    );
    const rows = results.filter((r) => r.score >= MIN_SCORE).map(toWrite);
    await repos.matches.replaceForDemand(demand.id, rows, m.weights.version, clock.now());
    return scored;
  }

  /** Puts an achievement into the top N of every exam paper it now beats and out of the others; papers it left are refilled. */
  async function matchAchievement(achievement: MatchAchievement) {
    const m = await matcher();
    const results = (
      await findMatchesForAchievement(
        {
          index,
          filter: filterFor(MATCHABLE_DEMAND_STATUSES),
          matcher: m.matcher,
          loadDemands,
        },
        achievement,
        { limit: ACHIEVEMENT_FANOUT },
      )
    ).filter((r) => r.score >= MIN_SCORE);
    const now = clock.now();
    const left = await store.transaction(async (tx) => {
      const entry = await tx.matches.entryScores(
        results.map((r) => r.demandId),
        achievement.id,
        topN,
      );
      const entering = results.filter((r) => {
        const bar = entry.get(r.demandId);
        return bar === undefined || r.score > bar;
      });
      const before = await tx.matches.deleteForAchievement(achievement.id);
      await tx.matches.upsert(entering.map(toWrite), m.weights.version, now);
      await tx.matches.trimDemands(
        entering.map((r) => r.demandId),
        topN,
      );
      const kept = new Set(entering.map((r) => r.demandId));
      return before.filter((id) => !kept.has(id));
    });
    await refill(left);
  }

  /** Recomputes exam papers that lost a match, so their top N stays full. */
  async function refill(demandIds: readonly string[]) {
    for (const d of await loadDemands(demandIds)) await matchDemand(d);
  }

  return {
    matcher,
    weightsInUse,
    liveAt,

    /** Listings as the matcher reads them, whatever their status (for learning from past outcomes). */
    listings: {
      async demands(ids: readonly string[]) {
        return (await repos.demands.findMany([...new Set(ids)])).map(toMatchDemand);
      },
      async achievements(ids: readonly string[]) {
        const found = await repos.achievements.findMany([...new Set(ids)]);
        const reputations = await repos.matches.reputations([
          ...new Set(found.map((a) => a.ownerOrgId)),
        ]);
        return found.map((a) => toMatchAchievement(a, reputations.get(a.ownerOrgId)));
      },
    },

    /** Brings the matches of these listings up to date with the database. */
    apply: (changed: { achievements: string[]; demands: string[] }) =>
      exclusive(async () => {
        await ensureReady();
        const achievements = await loadAchievements(changed.achievements);
        const liveA = new Set(achievements.map((a) => a.id));
        for (const id of changed.achievements) {
          if (!liveA.has(id)) await refill(await repos.matches.deleteForAchievement(id));
        }
        const demands = await loadDemands(changed.demands);
        const liveD = new Set(demands.map((d) => d.id));
        for (const id of changed.demands) {
          if (!liveD.has(id)) await repos.matches.deleteForDemand(id);
        }
        for (const d of demands) await matchDemand(d);
        for (const a of achievements) await matchAchievement(a);
      }),

    /**
     * Recomputes every live exam paper's top N from a fresh snapshot of the listings, then
     * drops matches of listings that are no longer live. Returns the counts. `limit` stops
     * after that many exam papers (benchmarks sample a large corpus with it). `pauseRatio`
     * rests that many times as long as each exam paper took before the next: scoring runs on
     * the event loop, so a recompute in a serving process leaves requests their turn.
     */
    recomputeAll: (
      onProgress?: (done: number, total: number) => void,
      opts: { limit?: number; pauseRatio?: number } = {},
    ) =>
      exclusive(async () => {
        achievementsById.clear();
        demandsById.clear();
        stats = createCorpusStats();
        current = undefined;
        ready = undefined;
        const started = performance.now();
        await ensureReady();
        await matcher();
        const prepared = performance.now();
        const demands = [...demandsById.values()]
          .map((c) => c.listing)
          .slice(0, opts.limit ?? Number.POSITIVE_INFINITY);
        let pairs = 0;
        let done = 0;
        onProgress?.(0, demands.length);
        for (const d of demands) {
          const t = performance.now();
          pairs += await matchDemand(d, true);
          const pause = (performance.now() - t) * (opts.pauseRatio ?? 0);
          if (pause > 0) await new Promise((r) => setTimeout(r, pause));
          done++;
          onProgress?.(done, demands.length);
        }
        const scoredAt = performance.now();
        const removed = await repos.matches.deleteStale(liveAt());
        return {
          /** Loading every live listing, its statistics and the dictionary. */
          prepareMs: prepared - started,
          /** Candidate generation, scoring and writing the matches of every exam paper. */
          matchMs: scoredAt - prepared,
          demands: demands.length,
          achievements: achievementsById.size,
          matches: await repos.matches.countAll(),
          removed,
          pairs,
        };
      }),

    /** Loads the listings, their statistics and the dictionary ahead of the first job. */
    warm: () =>
      exclusive(async () => {
        await ensureReady();
        await matcher();
      }),

    /** How many matches are stored (start-up computes them all when there are none). */
    countMatches: () => repos.matches.countAll(),

    /** Removes matches whose listings expired without a write (deadline passed, verification lapsed). */
    sweepStale: () => repos.matches.deleteStale(liveAt()),
  };
}
export type MatchEngine = ReturnType<typeof makeMatchEngine>;
