import { FACET_NAMES, type FacetName } from "@openttc/search/search-index";
import { builder } from "../../graphql/builder";
import { LocaleEnum, OrgKindEnum, TransferModeEnum } from "../../graphql/enums";
import { pageArgs } from "../../shared/pagination";
import type { AchievementDto } from "../achievements/achievements.repository";
import { AchievementRef } from "../achievements/achievements.schema";
import type { DemandDto } from "../demands/demands.repository";
import { DemandRef } from "../demands/demands.schema";

const SearchKindEnum = builder.enumType("SearchKind", {
  values: { ACHIEVEMENT: { value: "achievement" }, DEMAND: { value: "demand" } } as const,
});

const FacetEnum = builder.enumType("SearchFacet", {
  description:
    "Facets: top-level field, field, TRL (minimum TRL for exam papers), transfer modes, country, province, organization kind.",
  values: Object.fromEntries(
    FACET_NAMES.map((f) => [f.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase(), { value: f }]),
  ) as {
    [K in FacetName]: { value: K };
  },
});

const SortByEnum = builder.enumType("SearchSortBy", {
  values: {
    RELEVANCE: { value: "relevance" },
    PUBLISHED_AT: { value: "publishedAt" },
    TRL: { value: "trl" },
    PRICE: { value: "price" },
    DEADLINE: { value: "deadline" },
  } as const,
});

const SortDirectionEnum = builder.enumType("SortDirection", {
  values: { ASC: { value: "asc" }, DESC: { value: "desc" } } as const,
});

const SearchSortInput = builder.inputType("SearchSort", {
  fields: (t) => ({
    by: t.field({ type: SortByEnum, required: true }),
    direction: t.field({ type: SortDirectionEnum, defaultValue: "desc" }),
  }),
});

const SearchFilterInput = builder.inputType("SearchFilter", {
  fields: (t) => ({
    fieldTop: t.stringList({ description: "Top-level field codes (any of)." }),
    field: t.stringList({ description: "Field codes (any of)." }),
    trlMin: t.int(),
    trlMax: t.int(),
    modes: t.field({
      type: [TransferModeEnum],
      description: "Offered (achievements) or wanted (exam papers) modes, any of.",
    }),
    country: t.stringList(),
    province: t.stringList(),
    orgId: t.idList(),
    orgKind: t.field({ type: [OrgKindEnum] }),
    statuses: t.stringList({
      description: "Public statuses only, lower-case (e.g. published, open).",
    }),
  }),
});

const HighlightRef = builder
  .objectRef<{ field: string; snippet: string }>("SearchHighlight")
  .implement({
    fields: (t) => ({
      field: t.exposeString("field"),
      snippet: t.exposeString("snippet", {
        description: "HTML: matches wrapped in <mark>, everything else escaped.",
      }),
    }),
  });

const SearchNodeRef = builder.unionType("SearchNode", {
  types: [AchievementRef, DemandRef],
  resolveType: (node) => ("trl" in node ? AchievementRef : DemandRef),
});

type Edge = {
  cursor: string;
  hit: { score: number; highlights: { field: string; snippet: string }[] };
  node: AchievementDto | DemandDto;
};

const SearchEdgeRef = builder.objectRef<Edge>("SearchEdge").implement({
  fields: (t) => ({
    cursor: t.exposeString("cursor"),
    score: t.float({ resolve: (e) => e.hit.score }),
    highlights: t.field({ type: [HighlightRef], resolve: (e) => e.hit.highlights }),
    node: t.field({ type: SearchNodeRef, resolve: (e) => e.node }),
  }),
});

const FacetValueRef = builder.objectRef<{ value: string; count: number }>("FacetValue").implement({
  fields: (t) => ({ value: t.exposeString("value"), count: t.exposeInt("count") }),
});

const FacetDistributionRef = builder
  .objectRef<{ facet: FacetName; values: { value: string; count: number }[] }>("FacetDistribution")
  .implement({
    fields: (t) => ({
      facet: t.field({ type: FacetEnum, resolve: (f) => f.facet }),
      values: t.field({ type: [FacetValueRef], resolve: (f) => f.values }),
    }),
  });

const SearchPageInfoRef = builder
  .objectRef<{
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  }>("SearchPageInfo")
  .implement({
    fields: (t) => ({
      hasNextPage: t.exposeBoolean("hasNextPage"),
      hasPreviousPage: t.exposeBoolean("hasPreviousPage"),
      startCursor: t.exposeString("startCursor", { nullable: true }),
      endCursor: t.exposeString("endCursor", { nullable: true }),
    }),
  });

type Results = {
  edges: Edge[];
  totalEstimate: number;
  tookMs: number;
  facets: Record<FacetName, Record<string, number>>;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
};

const SearchResultsRef = builder
  .objectRef<Results & { requested: FacetName[] }>("SearchResults")
  .implement({
    fields: (t) => ({
      edges: t.field({ type: [SearchEdgeRef], resolve: (r) => r.edges }),
      pageInfo: t.field({ type: SearchPageInfoRef, resolve: (r) => r.pageInfo }),
      totalEstimate: t.exposeInt("totalEstimate"),
      tookMs: t.exposeFloat("tookMs"),
      facets: t.field({
        type: [FacetDistributionRef],
        resolve: (r) =>
          r.requested.map((facet) => ({
            facet,
            values: Object.entries(r.facets[facet] ?? {})
              .map(([value, count]) => ({ value, count }))
              .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
          })),
      }),
    }),
  });

const SuggestionRef = builder
  .objectRef<{ index: "achievements" | "demands"; id: string; text: string; highlighted: string }>(
    "Suggestion",
  )
  .implement({
    fields: (t) => ({
      kind: t.field({
        type: SearchKindEnum,
        resolve: (s) => (s.index === "achievements" ? "achievement" : "demand"),
      }),
      id: t.exposeID("id"),
      text: t.exposeString("text"),
      highlighted: t.exposeString("highlighted", {
        description: "HTML with the typed prefix marked.",
      }),
    }),
  });

builder.queryFields((t) => ({
  search: t.field({
    type: SearchResultsRef,
    description:
      "Full-text search in Chinese and English over what the caller may see, with facets and highlighted snippets.",
    args: {
      query: t.arg.string({
        required: true,
        description: "At most 200 characters; only its first 10 words count, as in Meilisearch.",
      }),
      kind: t.arg({ type: SearchKindEnum, required: true }),
      filter: t.arg({ type: SearchFilterInput }),
      facets: t.arg({ type: [FacetEnum] }),
      sort: t.arg({ type: SearchSortInput }),
      locale: t.arg({ type: LocaleEnum }),
      first: t.arg.int(),
      after: t.arg.string(),
    },
    resolve: async (_root, args, ctx) => {
      const requested = args.facets ?? [];
      const results = await ctx.services.search.search(ctx.actor, {
        query: args.query,
        kind: args.kind,
        filter: { ...args.filter, orgId: args.filter?.orgId?.map(String) },
        facets: requested,
        sort: args.sort ? { by: args.sort.by, direction: args.sort.direction ?? "desc" } : null,
        locale: args.locale ?? "zh-CN",
        page: pageArgs(args),
      });
      return { ...results, requested };
    },
  }),
  suggest: t.field({
    type: [SuggestionRef],
    description: "Titles for search-as-you-type.",
    args: {
      prefix: t.arg.string({ required: true }),
      limit: t.arg.int(),
      locale: t.arg({ type: LocaleEnum }),
    },
    resolve: (_root, args, ctx) =>
      ctx.services.search.suggest(ctx.actor, args.prefix, args.limit ?? 8, args.locale ?? "zh-CN"),
  }),
}));
