import { type Actor, hasPlatformRole, isAdminOf } from "@openttc/domain/access";
import { AppError } from "@openttc/domain/errors";
import { requireActor } from "../../shared/guards";
import { decodeCursor, type PageArgs, toConnection } from "../../shared/pagination";
import type { Store } from "../../store";

/** Reading the audit log: an organization's admins read its entries, operators read everything. */
export function makeAuditService({ store }: { store: Store }) {
  return {
    async list(
      actor: Actor | null,
      filter: { orgId?: string | null; entityType?: string | null; entityId?: string | null },
      page: PageArgs,
    ) {
      const a = requireActor(actor);
      const operator = hasPlatformRole(a, "operator");
      if (!operator) {
        if (!filter.orgId)
          throw new AppError(
            "FORBIDDEN",
            "name the organization whose audit log you administer (orgId)",
          );
        if (!isAdminOf(a, filter.orgId))
          throw new AppError(
            "FORBIDDEN",
            "only the organization's admins and operators read its audit log",
          );
      }
      const where = {
        orgId: filter.orgId ?? undefined,
        entityType: filter.entityType ?? undefined,
        entityId: filter.entityId ?? undefined,
      };
      const after = page.after ? (decodeCursor(page.after, ["number"])[0] as number) : undefined;
      const items = await store.repos.audit.list({ ...where, beforeId: after }, page.first + 1);
      const total = await store.repos.audit.count(where);
      return toConnection(items, page.first, total, (e) => [e.id], after !== undefined);
    },
  };
}
export type AuditService = ReturnType<typeof makeAuditService>;
