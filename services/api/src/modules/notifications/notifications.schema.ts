import { builder } from "../../graphql/builder";
import { checkId } from "../../shared/ids";
import type { NotificationDto } from "./notifications.repository";

const NotificationRef = builder.objectRef<NotificationDto>("Notification").implement({
  fields: (t) => ({
    id: t.exposeID("id"),
    kind: t.exposeString("kind", {
      description:
        "achievement_expiring, demand_deadline, answer_received, answer_decided, answer_evaluated.",
    }),
    entityType: t.exposeString("entityType"),
    entityId: t.exposeID("entityId"),
    payload: t.string({
      description: "JSON details for rendering the message.",
      resolve: (n) => JSON.stringify(n.payload),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    readAt: t.expose("readAt", { type: "DateTime", nullable: true }),
  }),
});

builder.queryField("notifications", (t) =>
  t.field({
    type: [NotificationRef],
    args: { unreadOnly: t.arg.boolean(), limit: t.arg.int() },
    resolve: (_root, args, ctx) =>
      ctx.services.notifications.list(ctx.actor, args.unreadOnly ?? false, args.limit ?? 50),
  }),
);

builder.mutationField("markNotificationRead", (t) =>
  t.field({
    type: NotificationRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) =>
      ctx.services.notifications.markRead(ctx.actor, checkId(String(id))),
  }),
);
