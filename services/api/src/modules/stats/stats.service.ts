import type { Store } from "../../store";
import type { AchievementsService } from "../achievements/achievements.service";
import type { DemandsService } from "../demands/demands.service";

// Counting through the public lists as an anonymous visitor keeps the figures to what anyone
// may see: public, fresh, published listings and open exam papers before their deadline.
const COUNT_ONLY = { first: 0, after: null };

/** Public platform statistics for the home page. */
export function makeStatsService({
  store,
  achievements,
  demands,
}: {
  store: Store;
  achievements: Pick<AchievementsService, "listPublic">;
  demands: Pick<DemandsService, "listPublic">;
}) {
  return {
    async platformStats() {
      const [listed, transacted, open, byKind] = await Promise.all([
        achievements.listPublic(null, {}, COUNT_ONLY),
        achievements.listPublic(null, { statuses: ["transacted"] }, COUNT_ONLY),
        demands.listPublic(null, {}, COUNT_ONLY),
        store.repos.stats.organizationsByKind(),
      ]);
      return {
        achievements: listed.totalCount,
        transactedAchievements: transacted.totalCount,
        openDemands: open.totalCount,
        organizations: byKind.reduce((sum, k) => sum + k.count, 0),
        organizationsByKind: byKind,
      };
    },
  };
}
export type StatsService = ReturnType<typeof makeStatsService>;
