import { builder } from "../../graphql/builder";
import { OrgKindEnum } from "../../graphql/enums";
import type { OrgKindCountDto } from "./stats.repository";
import type { StatsService } from "./stats.service";

type PlatformStatsDto = Awaited<ReturnType<StatsService["platformStats"]>>;

const OrgKindCountRef = builder.objectRef<OrgKindCountDto>("OrgKindCount").implement({
  fields: (t) => ({
    kind: t.field({ type: OrgKindEnum, resolve: (c) => c.kind }),
    count: t.exposeInt("count"),
  }),
});

const PlatformStatsRef = builder.objectRef<PlatformStatsDto>("PlatformStats").implement({
  description: "Public counts: what any visitor may see, nothing confidential.",
  fields: (t) => ({
    achievements: t.exposeInt("achievements", {
      description: "Public achievements (published, in negotiation or transacted).",
    }),
    transactedAchievements: t.exposeInt("transactedAchievements"),
    openDemands: t.exposeInt("openDemands", {
      description: "Public exam papers open for answers.",
    }),
    organizations: t.exposeInt("organizations"),
    organizationsByKind: t.field({
      type: [OrgKindCountRef],
      resolve: (s) => s.organizationsByKind,
    }),
  }),
});

builder.queryField("platformStats", (t) =>
  t.field({
    type: PlatformStatsRef,
    description: "Public platform statistics for the home page.",
    resolve: (_root, _args, ctx) => ctx.services.stats.platformStats(),
  }),
);
