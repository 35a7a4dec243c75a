import type { Lexicon } from "@openttc/matcher/dictionary/lexicon";
import type { SearchIndex } from "@openttc/search/search-index";
import { makeAccountsService } from "./modules/accounts/accounts.service";
import { makeAchievementsService } from "./modules/achievements/achievements.service";
import { makeAnswersService } from "./modules/answers/answers.service";
import { makeAuditService } from "./modules/audit/audit.service";
import { makeDemandsService } from "./modules/demands/demands.service";
import { makeMatchEngine } from "./modules/matches/matches.engine";
import { makeMatchesService } from "./modules/matches/matches.service";
import { makeMatchWorker } from "./modules/matches/matches.worker";
import { makeNotificationsService } from "./modules/notifications/notifications.service";
import { makeOrganizationsService } from "./modules/organizations/organizations.service";
import { createLocalRoomBus, type RoomBus } from "./modules/rooms/rooms.bus";
import { createLocalPresence, type PresenceStore } from "./modules/rooms/rooms.presence";
import { makeRoomsService } from "./modules/rooms/rooms.service";
import { makeSearchIndexer } from "./modules/search/search.indexer";
import { makeSearchService } from "./modules/search/search.service";
import { makeStatsService } from "./modules/stats/stats.service";
import type { Clock, Store } from "./store";

/** Wires every service to the store and the clock. */
export function makeServices({
  store,
  clock,
  searchIndex,
  onBackgroundError,
  matcherLexicon,
  roomBus = createLocalRoomBus(),
  presence = createLocalPresence(),
}: {
  store: Store;
  clock: Clock;
  searchIndex: SearchIndex;
  onBackgroundError?: (error: unknown) => void;
  /** The matcher's bilingual lexicon; the synonym table and CC-CEDICT when not given. */
  matcherLexicon?: () => Promise<Lexicon>;
  /** Fan-out of live room events; in-process when not given, Redis across instances. */
  roomBus?: RoomBus;
  presence?: PresenceStore;
}) {
  const demands = makeDemandsService({ store, clock });
  const achievements = makeAchievementsService({ store, clock });
  const matchEngine = makeMatchEngine({
    store,
    index: searchIndex,
    clock,
    lexicon: matcherLexicon,
  });
  return {
    accounts: makeAccountsService({ store, clock }),
    organizations: makeOrganizationsService({ store, clock }),
    achievements,
    demands,
    answers: makeAnswersService({ store, clock, demands }),
    audit: makeAuditService({ store }),
    notifications: makeNotificationsService({ store, clock }),
    search: makeSearchService({ index: searchIndex, clock, achievements, demands }),
    stats: makeStatsService({ store, achievements, demands }),
    matches: makeMatchesService({ store, clock, engine: matchEngine, demands, achievements }),
    matchEngine,
    rooms: makeRoomsService({
      store,
      clock,
      bus: roomBus,
      presence,
      achievements,
      demands,
      onError: onBackgroundError,
    }),
    matchWorker: makeMatchWorker({
      store,
      engine: matchEngine,
      clock,
      onError: onBackgroundError,
    }),
    searchIndexer: makeSearchIndexer({
      store,
      index: searchIndex,
      clock,
      onError: onBackgroundError,
    }),
  };
}
/** Every service of the API. */
export type Services = ReturnType<typeof makeServices>;
