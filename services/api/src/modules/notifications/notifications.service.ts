import type { Actor } from "@openttc/domain/access";
import { notFound } from "@openttc/domain/errors";
import { achievementExpiresAt, REMINDER_LEAD_DAYS } from "@openttc/domain/freshness";
import { kunmingToday, requireActor } from "../../shared/guards";
import type { Clock, Store } from "../../store";

const DEMAND_REMINDER_LEAD_DAYS = 7;
const DAY_MS = 24 * 3600 * 1000;

/** In-app notifications and the freshness sweep that reminds owners before their listings expire. */
export function makeNotificationsService({ store, clock }: { store: Store; clock: Clock }) {
  return {
    list(actor: Actor | null, unreadOnly: boolean, limit: number) {
      const a = requireActor(actor);
      return store.repos.notifications.listForUser(
        a.userId,
        unreadOnly,
        Math.min(Math.max(limit, 1), 100),
      );
    },

    async markRead(actor: Actor | null, id: string) {
      const a = requireActor(actor);
      const n = await store.repos.notifications.markRead(id, a.userId, clock.now());
      if (!n) throw notFound("notification", id);
      return n;
    },

    /**
     * Reminds every member of the owning organization once per verification period:
     * achievements a month before their 12-month verification lapses, exam papers a week before their deadline.
     */
    async sweepReminders() {
      const now = clock.now();
      const verifiedBefore = new Date(now.getTime() + REMINDER_LEAD_DAYS * DAY_MS);
      verifiedBefore.setUTCMonth(verifiedBefore.getUTCMonth() - 12);
      const dueBy = kunmingToday(new Date(now.getTime() + DEMAND_REMINDER_LEAD_DAYS * DAY_MS));
      return store.transaction(async (tx) => {
        const achievements = await tx.achievements.findDueForReminder(verifiedBefore);
        const demands = await tx.demands.findDueForReminder(kunmingToday(now), dueBy);
        const rows: Parameters<typeof tx.notifications.insertMany>[0] = [];
        for (const a of achievements) {
          for (const userId of await tx.organizations.memberUserIds(a.ownerOrgId)) {
            rows.push({
              userId,
              kind: "achievement_expiring",
              entityType: "achievement",
              entityId: a.id,
              payload: {
                titleZh: a.titleZh,
                titleEn: a.titleEn,
                expiresAt: achievementExpiresAt(a.lastVerifiedAt).toISOString(),
              },
            });
          }
        }
        for (const d of demands) {
          for (const userId of await tx.organizations.memberUserIds(d.ownerOrgId)) {
            rows.push({
              userId,
              kind: "demand_deadline",
              entityType: "demand",
              entityId: d.id,
              payload: { titleZh: d.titleZh, titleEn: d.titleEn, deadline: d.deadline },
            });
          }
        }
        await tx.notifications.insertMany(rows);
        await tx.achievements.markReminded(
          achievements.map((a) => a.id),
          now,
        );
        await tx.demands.markReminded(
          demands.map((d) => d.id),
          now,
        );
        return {
          achievements: achievements.length,
          demands: demands.length,
          notifications: rows.length,
        };
      });
    },
  };
}
export type NotificationsService = ReturnType<typeof makeNotificationsService>;
