import type { Actor } from "@openttc/domain/access";
import DataLoader from "dataloader";
import type { Services } from "./services";
import type { RequestLocale } from "./shared/locale";

/** Everything a resolver may use for one request. */
export interface GraphQLContext {
  actor: Actor | null;
  sessionTokenHash: string | null;
  userAgent: string | null;
  /** The request's language (Accept-Language), for text the API writes itself. */
  locale: RequestLocale;
  services: Services;
  loaders: ReturnType<typeof makeLoaders>;
  setSessionCookie(token: string, expiresAt: Date): void;
  clearSessionCookie(): void;
}

function byId<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
}

/** Per-request batch loaders that keep list queries free of N+1 lookups. */
export function makeLoaders(services: Services, actor: Actor | null) {
  return {
    organization: new DataLoader(async (ids: readonly string[]) =>
      byId(ids, await services.organizations.findMany(ids)),
    ),
    visibleAchievement: new DataLoader(async (ids: readonly string[]) =>
      byId(ids, await services.achievements.findVisible(actor, ids)),
    ),
  };
}
