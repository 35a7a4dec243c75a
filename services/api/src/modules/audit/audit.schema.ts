import { builder } from "../../graphql/builder";
import { checkId } from "../../shared/ids";
import { pageArgs } from "../../shared/pagination";
import type { AuditEntryDto } from "./audit.repository";

const AuditEntryRef = builder.objectRef<AuditEntryDto>("AuditEntry").implement({
  description: "One recorded state change: who, what, when, before and after.",
  fields: (t) => ({
    id: t.id({ resolve: (e) => String(e.id) }),
    at: t.expose("at", { type: "DateTime" }),
    actorId: t.exposeID("actorId", { nullable: true }),
    orgId: t.exposeID("orgId", { nullable: true }),
    entityType: t.exposeString("entityType"),
    entityId: t.exposeID("entityId"),
    action: t.exposeString("action"),
    before: t.string({
      nullable: true,
      description: "JSON snapshot before the change.",
      resolve: (e) => (e.before === null ? null : JSON.stringify(e.before)),
    }),
    after: t.string({
      nullable: true,
      description: "JSON snapshot after the change.",
      resolve: (e) => (e.after === null ? null : JSON.stringify(e.after)),
    }),
  }),
});

builder.queryField("auditLog", (t) =>
  t.connection({
    type: AuditEntryRef,
    description:
      "The audit log: an organization's admins read its entries (orgId required), operators read all.",
    args: { orgId: t.arg.id(), entityType: t.arg.string(), entityId: t.arg.id() },
    resolve: (_root, args, ctx) =>
      ctx.services.audit.list(
        ctx.actor,
        {
          orgId: args.orgId ? checkId(String(args.orgId), "orgId") : null,
          entityType: args.entityType ?? null,
          entityId: args.entityId ? checkId(String(args.entityId), "entityId") : null,
        },
        pageArgs(args),
      ),
  }),
);
