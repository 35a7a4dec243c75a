import { achievementExpiresAt, demandExpiresAt } from "@openttc/domain/freshness";
import { topFieldOf } from "@openttc/domain/taxonomy";
import type { AchievementDoc, DemandDoc } from "@openttc/search/documents";
import type { AchievementDto } from "../achievements/achievements.repository";
import type { DemandDto } from "../demands/demands.repository";
import type { OrganizationDto } from "../organizations/organizations.repository";

// Exam papers that are no longer open do not expire from results; the latest representable date.
const NEVER = 8.64e15;

function base(listing: AchievementDto | DemandDto, org: OrganizationDto | undefined) {
  return {
    id: listing.id,
    version: listing.version,
    titleZh: listing.titleZh,
    titleEn: listing.titleEn,
    summaryZh: listing.summaryZh,
    summaryEn: listing.summaryEn,
    keywords: listing.keywords,
    field: listing.field,
    fieldTop: topFieldOf(listing.field) ?? listing.field,
    country: listing.region.country,
    province: listing.region.province,
    city: listing.region.city,
    orgId: listing.ownerOrgId,
    orgKind: org?.kind ?? "enterprise",
    orgNameZh: org?.nameZh ?? null,
    orgNameEn: org?.nameEn ?? null,
    visibility: listing.visibility,
    publishedAt: listing.publishedAt?.getTime() ?? null,
  };
}

/** The search document of an achievement: public fields only, with its owner's names and its expiry. */
export function toAchievementDoc(
  a: AchievementDto,
  org: OrganizationDto | undefined,
): AchievementDoc {
  return {
    ...base(a, org),
    status: a.status,
    trl: a.trl,
    transferModes: a.transferModes,
    priceMin: a.price.min,
    priceMax: a.price.max,
    expiresAt: achievementExpiresAt(a.lastVerifiedAt).getTime(),
  };
}

/** The search document of an exam paper; confidential details never enter it. */
export function toDemandDoc(d: DemandDto, org: OrganizationDto | undefined): DemandDoc {
  const deadline = demandExpiresAt(d.deadline).getTime();
  return {
    ...base(d, org),
    status: d.status,
    minTrl: d.minTrl,
    wantedModes: d.wantedModes,
    indicators: d.indicators
      .map((i) => [i.name, i.target, i.unit].filter(Boolean).join(" "))
      .join("; "),
    budgetMin: d.budget.min,
    budgetMax: d.budget.max,
    deadline,
    expiresAt: d.status === "open" ? deadline : NEVER,
  };
}
