import { makeAccountsService } from "./modules/accounts/accounts.service";
import { makeAchievementsService } from "./modules/achievements/achievements.service";
import { makeAnswersService } from "./modules/answers/answers.service";
import { makeAuditService } from "./modules/audit/audit.service";
import { makeDemandsService } from "./modules/demands/demands.service";
import { makeNotificationsService } from "./modules/notifications/notifications.service";
import { makeOrganizationsService } from "./modules/organizations/organizations.service";
import type { Clock, Store } from "./store";

/** Wires every service to the store and the clock. */
export function makeServices({ store, clock }: { store: Store; clock: Clock }) {
  const demands = makeDemandsService({ store, clock });
  return {
    accounts: makeAccountsService({ store, clock }),
    organizations: makeOrganizationsService({ store, clock }),
    achievements: makeAchievementsService({ store, clock }),
    demands,
    answers: makeAnswersService({ store, clock, demands }),
    audit: makeAuditService({ store }),
    notifications: makeNotificationsService({ store, clock }),
  };
}
/** Every service of the API. */
export type Services = ReturnType<typeof makeServices>;
