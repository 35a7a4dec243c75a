import type { DbOrTx } from "@openttc/db/client";
import { notifications } from "@openttc/db/schema";
import { and, desc, eq, isNull } from "drizzle-orm";

type NotificationRow = typeof notifications.$inferSelect;
const toNotificationDto = (row: NotificationRow) => row;
/** A notification as the API shows it to its recipient. */
export type NotificationDto = ReturnType<typeof toNotificationDto>;

/** Data access for in-app notifications. */
export function makeNotificationsRepository(db: DbOrTx) {
  return {
    async insertMany(
      rows: {
        userId: string;
        kind: string;
        entityType: string;
        entityId: string;
        payload: Record<string, unknown>;
      }[],
    ) {
      if (rows.length) await db.insert(notifications).values(rows);
    },
    async listForUser(userId: string, unreadOnly: boolean, limit: number) {
      const rows = await db
        .select()
        .from(notifications)
        .where(
          and(
            eq(notifications.userId, userId),
            unreadOnly ? isNull(notifications.readAt) : undefined,
          ),
        )
        .orderBy(desc(notifications.createdAt))
        .limit(limit);
      return rows.map(toNotificationDto);
    },
    async markRead(id: string, userId: string, now: Date) {
      const [row] = await db
        .update(notifications)
        .set({ readAt: now })
        .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
        .returning();
      return row ? toNotificationDto(row) : null;
    },
  };
}
