import type { Actor } from "@openttc/domain/access";
import { AppError, badInput } from "@openttc/domain/errors";
import type { AchievementStatus, DemandStatus } from "@openttc/domain/lifecycle";
import type { TransferMode, Visibility } from "@openttc/domain/listing-common";
import type { OrgKind } from "@openttc/domain/organization";
import { isFieldCode, TAXONOMY } from "@openttc/domain/taxonomy";
import type { IndexName } from "@openttc/search/documents";
import {
  type FacetName,
  type SearchFilter,
  type SearchIndex,
  type SearchResult,
  SearchUnavailableError,
  type SortBy,
} from "@openttc/search/search-index";
import { checkId } from "../../shared/ids";
import { decodeCursor, encodeCursor, type PageArgs } from "../../shared/pagination";
import type { Clock } from "../../store";
import type { AchievementsService } from "../achievements/achievements.service";
import type { DemandsService } from "../demands/demands.service";

/** Longest query accepted; longer text is a paste accident, not a search. */
export const MAX_QUERY_LENGTH = 200;
const MAX_PREFIX_LENGTH = 50;

const PUBLIC_ACHIEVEMENT_STATUSES: AchievementStatus[] = [
  "published",
  "in_negotiation",
  "transacted",
];
const PUBLIC_DEMAND_STATUSES: DemandStatus[] = ["open", "evaluating", "awarded", "closed"];
const TOP_FIELDS = new Set(TAXONOMY.map((n) => n.code));

/** What a caller may filter search results by; values are checked before they reach the engine. */
export interface SearchFilterInput {
  fieldTop?: string[] | null;
  field?: string[] | null;
  trlMin?: number | null;
  trlMax?: number | null;
  modes?: TransferMode[] | null;
  country?: string[] | null;
  province?: string[] | null;
  orgId?: string[] | null;
  orgKind?: OrgKind[] | null;
  statuses?: string[] | null;
}

/** One search request from the API. */
export interface SearchArgs {
  query: string;
  kind: "achievement" | "demand";
  filter: SearchFilterInput;
  facets: FacetName[];
  sort: { by: SortBy; direction: "asc" | "desc" } | null;
  locale: "zh-CN" | "en";
  page: PageArgs;
}

function unavailable(error: unknown): never {
  if (error instanceof SearchUnavailableError) {
    throw new AppError(
      "SERVICE_UNAVAILABLE",
      "search is temporarily unavailable; please try again shortly",
    );
  }
  throw error;
}

/** Full-text search and search-as-you-type, restricted in the engine query to what the caller may see. */
export function makeSearchService({
  index,
  clock,
  achievements,
  demands,
}: {
  index: SearchIndex;
  clock: Clock;
  achievements: AchievementsService;
  demands: DemandsService;
}) {
  /** The visibility part of every query: public statuses, the caller's audience, not expired. */
  function visibilityFilter(
    actor: Actor | null,
    kind: SearchArgs["kind"],
    statuses: string[] | null | undefined,
  ): SearchFilter {
    const allowed: string[] =
      kind === "achievement" ? PUBLIC_ACHIEVEMENT_STATUSES : PUBLIC_DEMAND_STATUSES;
    const wanted = statuses?.length ? statuses : kind === "achievement" ? allowed : ["open"];
    const bad = wanted.find((s) => !allowed.includes(s));
    if (bad) throw badInput("filter.statuses", `"${bad}" is not a public status`);
    const visibilities: Visibility[] = actor ? ["public", "registered"] : ["public"];
    return {
      statuses: wanted,
      visibleTo: { visibilities, orgIds: actor?.memberships.map((m) => m.orgId) ?? [] },
      notExpiredAt: clock.now().getTime(),
    };
  }

  function checkFilter(f: SearchFilterInput): Omit<SearchFilter, "statuses" | "visibleTo"> {
    for (const [i, code] of (f.fieldTop ?? []).entries()) {
      if (!TOP_FIELDS.has(code))
        throw badInput(`filter.fieldTop.${i}`, `"${code}" is not a top-level field`);
    }
    for (const [i, code] of (f.field ?? []).entries()) {
      if (!isFieldCode(code))
        throw badInput(`filter.field.${i}`, `"${code}" is not a field of the taxonomy`);
    }
    for (const key of ["trlMin", "trlMax"] as const) {
      const v = f[key];
      if (v != null && (!Number.isInteger(v) || v < 1 || v > 9))
        throw badInput(`filter.${key}`, "must be between 1 and 9");
    }
    if (f.trlMin != null && f.trlMax != null && f.trlMin > f.trlMax)
      throw badInput("filter.trlMax", "must not be less than trlMin");
    for (const [i, c] of (f.country ?? []).entries()) {
      if (!/^[A-Z]{2}$/.test(c))
        throw badInput(`filter.country.${i}`, "must be an ISO 3166-1 alpha-2 code such as CN");
    }
    for (const [i, p] of (f.province ?? []).entries()) {
      if (p.length > 60) throw badInput(`filter.province.${i}`, "must be at most 60 characters");
    }
    const lists = [
      "fieldTop",
      "field",
      "modes",
      "country",
      "province",
      "orgId",
      "orgKind",
    ] as const;
    for (const key of lists)
      if ((f[key]?.length ?? 0) > 50)
        throw badInput(`filter.${key}`, "must list at most 50 values");
    return {
      fieldTop: f.fieldTop ?? undefined,
      field: f.field ?? undefined,
      trlMin: f.trlMin ?? undefined,
      trlMax: f.trlMax ?? undefined,
      modes: f.modes ?? undefined,
      country: f.country ?? undefined,
      province: f.province ?? undefined,
      orgId: f.orgId?.map((id, i) => checkId(id, `filter.orgId.${i}`)),
      orgKind: f.orgKind ?? undefined,
    };
  }

  return {
    async search(actor: Actor | null, args: SearchArgs) {
      const q = args.query.trim();
      if (q.length > MAX_QUERY_LENGTH)
        throw badInput("query", `must be at most ${MAX_QUERY_LENGTH} characters`);
      const offset = args.page.after ? Number(decodeCursor(args.page.after, ["number"])[0]) : 0;
      if (!Number.isInteger(offset) || offset < 0 || offset > 10_000)
        throw badInput("after", "is not a cursor returned by this API");
      const filter: SearchFilter = {
        ...checkFilter(args.filter),
        ...visibilityFilter(actor, args.kind, args.filter.statuses),
      };
      const indexName: IndexName = args.kind === "achievement" ? "achievements" : "demands";
      const result: SearchResult = await index
        .search(indexName, {
          q,
          filter,
          facets: args.facets,
          sort: args.sort ?? undefined,
          offset,
          limit: args.page.first,
          highlight: true,
          locale: args.locale,
        })
        .catch(unavailable);
      const ids = result.hits.map((h) => h.id);
      // The engine filtered by visibility already; checking again against the database keeps a stale document from showing.
      const nodes =
        args.kind === "achievement"
          ? await achievements.findVisible(actor, ids)
          : await demands.findVisible(actor, ids);
      const byId = new Map<string, (typeof nodes)[number]>(nodes.map((n) => [n.id, n]));
      const edges = result.hits.flatMap((hit, i) => {
        const node = byId.get(hit.id);
        return node ? [{ cursor: encodeCursor([offset + i + 1]), hit, node }] : [];
      });
      return {
        edges,
        totalEstimate: result.estimatedTotal,
        tookMs: result.tookMs,
        facets: result.facets,
        pageInfo: {
          hasNextPage: offset + result.hits.length < result.estimatedTotal,
          hasPreviousPage: offset > 0,
          startCursor: edges[0]?.cursor ?? null,
          endCursor: result.hits.length ? encodeCursor([offset + result.hits.length]) : null,
        },
      };
    },

    async suggest(actor: Actor | null, prefix: string, limit: number, locale: "zh-CN" | "en") {
      const p = prefix.trim();
      if (p.length > MAX_PREFIX_LENGTH)
        throw badInput("prefix", `must be at most ${MAX_PREFIX_LENGTH} characters`);
      if (!Number.isInteger(limit) || limit < 1 || limit > 20)
        throw badInput("limit", "must be between 1 and 20");
      if (p.length === 0) return [];
      const suggestions = await index
        .suggest(p, {
          filters: {
            achievements: visibilityFilter(actor, "achievement", null),
            demands: visibilityFilter(actor, "demand", null),
          },
          limit,
          locale,
        })
        .catch(unavailable);
      // As with search: a document not yet updated by the outbox must not reveal a title.
      const ids = (kind: "achievements" | "demands") =>
        suggestions.filter((s) => s.index === kind).map((s) => s.id);
      const visible = new Set([
        ...(await achievements.findVisible(actor, ids("achievements"))).map((a) => a.id),
        ...(await demands.findVisible(actor, ids("demands"))).map((d) => d.id),
      ]);
      return suggestions.filter((s) => visible.has(s.id));
    },
  };
}
export type SearchService = ReturnType<typeof makeSearchService>;
