import type { Db, DbOrTx } from "@openttc/db/client";
import { makeAccountsRepository } from "./modules/accounts/accounts.repository";
import { makeAchievementsRepository } from "./modules/achievements/achievements.repository";
import { makeAnswersRepository } from "./modules/answers/answers.repository";
import { makeAuditRepository } from "./modules/audit/audit.repository";
import { makeDemandsRepository } from "./modules/demands/demands.repository";
import { makeMatchesRepository } from "./modules/matches/matches.repository";
import { makeNotificationsRepository } from "./modules/notifications/notifications.repository";
import { makeOrganizationsRepository } from "./modules/organizations/organizations.repository";
import { makeOutboxRepository } from "./modules/outbox/outbox.repository";
import { makeRoomsRepository } from "./modules/rooms/rooms.repository";
import { makeStatsRepository } from "./modules/stats/stats.repository";

function makeRepositories(db: DbOrTx, announced?: () => void) {
  return {
    accounts: makeAccountsRepository(db),
    organizations: makeOrganizationsRepository(db),
    achievements: makeAchievementsRepository(db),
    demands: makeDemandsRepository(db),
    answers: makeAnswersRepository(db),
    audit: makeAuditRepository(db),
    notifications: makeNotificationsRepository(db),
    outbox: makeOutboxRepository(db, announced),
    matches: makeMatchesRepository(db),
    stats: makeStatsRepository(db),
    rooms: makeRoomsRepository(db),
  };
}
/** Every repository, bound to the database or to one transaction. */
export type Repositories = ReturnType<typeof makeRepositories>;

/** What services use to reach the database: repositories, and a way to run several writes atomically. */
export interface Store {
  repos: Repositories;
  transaction<T>(work: (repos: Repositories) => Promise<T>): Promise<T>;
  /**
   * Calls `listener` whenever outbox rows written through this store are committed, so the
   * outbox's consumers in this process start at once instead of at their next poll. Returns
   * the way to stop listening.
   */
  onOutboxCommitted(listener: () => void): () => void;
}

/** Binds the repositories to a database; `transaction` rebinds them to one transaction. */
export function makeStore(db: Db): Store {
  const listeners = new Set<() => void>();
  const committed = () => {
    for (const listener of listeners) listener();
  };
  return {
    // Outside a transaction a write commits by itself.
    repos: makeRepositories(db, committed),
    async transaction(work) {
      let announced = false;
      const result = await db.transaction((tx) =>
        work(
          makeRepositories(tx, () => {
            announced = true;
          }),
        ),
      );
      if (announced) committed();
      return result;
    },
    onOutboxCommitted(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Where services read the time from, so tests can move it. */
export interface Clock {
  now(): Date;
}

/** The wall clock. */
export const systemClock: Clock = { now: () => new Date() };
