import type { AchievementStatus, DemandStatus } from "@openttc/domain/lifecycle";
import type { TransferMode, Visibility } from "@openttc/domain/listing-common";
import type { OrgKind } from "@openttc/domain/organization";

/** Fields every listing document shares; times are epoch milliseconds. */
export interface ListingDocBase {
  id: string;
  /** The listing's row version; an upsert carrying a lower version than the stored one is ignored. */
  version: number;
  titleZh: string | null;
  titleEn: string | null;
  summaryZh: string | null;
  summaryEn: string | null;
  keywords: string[];
  /** Full taxonomy code, e.g. "new_materials.carbon". */
  field: string;
  /** Top-level taxonomy code, e.g. "new_materials". */
  fieldTop: string;
  country: string;
  province: string;
  city: string;
  orgId: string;
  orgKind: OrgKind;
  orgNameZh: string | null;
  orgNameEn: string | null;
  visibility: Visibility;
  publishedAt: number | null;
  /** When the listing leaves public results (verification lapse or deadline). */
  expiresAt: number;
}

/** What the search index holds of an achievement (科技成果). */
export interface AchievementDoc extends ListingDocBase {
  status: AchievementStatus;
  trl: number;
  transferModes: TransferMode[];
  priceMin: number | null;
  priceMax: number | null;
}

// Confidential details are never part of a document: only the public summary and indicators
// are indexed, so no search result, snippet or highlight can leak them.
/** What the search index holds of an exam paper (企业出卷), public part only. */
export interface DemandDoc extends ListingDocBase {
  status: DemandStatus;
  minTrl: number;
  wantedModes: TransferMode[];
  /** Measurable technical indicators flattened to text ("name target unit; ..."). */
  indicators: string;
  budgetMin: number | null;
  budgetMax: number | null;
  /** End of the deadline day in Kunming time, epoch ms. */
  deadline: number;
}

/** The two indexes the platform keeps. */
export const INDEX_NAMES = ["achievements", "demands"] as const;

/** Name of one of the indexes. */
export type IndexName = (typeof INDEX_NAMES)[number];

/** The document type stored in each index. */
export interface DocOf {
  achievements: AchievementDoc;
  demands: DemandDoc;
}
