import type { AchievementDoc, DemandDoc } from "@openttc/search/documents";

/** Country, province and city of a listing; empty strings when unknown. */
export interface MatchRegion {
  country: string;
  province: string;
  city: string;
}

/** An institution's market evaluation: mean overall score (1–5) of its evaluated answers and how many there are. */
export interface MatchReputation {
  mean: number | null;
  count: number;
}

/** What the matcher reads of an achievement; every attribute but id and some text may be missing. */
export interface MatchAchievement {
  id: string;
  titleZh?: string | null;
  titleEn?: string | null;
  summaryZh?: string | null;
  summaryEn?: string | null;
  keywords?: readonly string[];
  /** Taxonomy code, top-level or second-level. */
  field?: string | null;
  trl?: number | null;
  transferModes?: readonly string[];
  priceMin?: number | null;
  priceMax?: number | null;
  /** ISO 4217 code of the asking price; CNY when absent. */
  currency?: string | null;
  region?: MatchRegion | null;
  orgId?: string | null;
  reputation?: MatchReputation | null;
  /** Epoch ms of the owner's last verification (re-confirmation) of the listing. */
  verifiedAt?: number | null;
}

/** What the matcher reads of an exam paper (public part only). */
export interface MatchDemand {
  id: string;
  titleZh?: string | null;
  titleEn?: string | null;
  /** The problem statement: the exam paper's public summary. */
  problemZh?: string | null;
  problemEn?: string | null;
  /** Measurable technical indicators as text, one per entry ("导热系数 ≥ 1500 W/m·K"). */
  indicators?: readonly string[];
  keywords?: readonly string[];
  field?: string | null;
  minTrl?: number | null;
  wantedModes?: readonly string[];
  budgetMin?: number | null;
  budgetMax?: number | null;
  currency?: string | null;
  region?: MatchRegion | null;
}

/** The matcher's view of an achievement document of the search index, plus what only the database knows. */
export function achievementFromDoc(
  doc: AchievementDoc,
  extra: {
    currency?: string | null;
    reputation?: MatchReputation | null;
    verifiedAt?: number | null;
  } = {},
): MatchAchievement {
  return {
    id: doc.id,
    titleZh: doc.titleZh,
    titleEn: doc.titleEn,
    summaryZh: doc.summaryZh,
    summaryEn: doc.summaryEn,
    keywords: doc.keywords,
    field: doc.field,
    trl: doc.trl,
    transferModes: doc.transferModes,
    priceMin: doc.priceMin,
    priceMax: doc.priceMax,
    currency: extra.currency ?? null,
    region: { country: doc.country, province: doc.province, city: doc.city },
    orgId: doc.orgId,
    reputation: extra.reputation ?? null,
    verifiedAt: extra.verifiedAt ?? null,
  };
}

/** The matcher's view of an exam-paper document of the search index. */
export function demandFromDoc(
  doc: DemandDoc,
  extra: { currency?: string | null } = {},
): MatchDemand {
  return {
    id: doc.id,
    titleZh: doc.titleZh,
    titleEn: doc.titleEn,
    problemZh: doc.summaryZh,
    problemEn: doc.summaryEn,
    // The document flattens indicators to "name target unit; ..." for the engine.
    indicators: doc.indicators
      .split(/;\s*/)
      .map((s) => s.trim())
      .filter(Boolean),
    keywords: doc.keywords,
    field: doc.field,
    minTrl: doc.minTrl,
    wantedModes: doc.wantedModes,
    budgetMin: doc.budgetMin,
    budgetMax: doc.budgetMax,
    currency: extra.currency ?? null,
    region: { country: doc.country, province: doc.province, city: doc.city },
  };
}

/** Normalises a transfer mode as written in inputs ("Exclusive-Licence", "USE_FIRST_PAY_LATER") to the domain's code. */
export function normalizeMode(mode: string): string {
  const m = mode
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
  // American spelling of the licence modes.
  return m.replace(/license/g, "licence");
}
