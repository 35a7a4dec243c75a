import type { AchievementDoc, DemandDoc, DocOf, IndexName } from "./documents";

/** The one shape both adapters store for either index, so attribute names (`modes`, `trl`, `sortPrice`) agree everywhere. */
export interface IndexedDoc {
  id: string;
  version: number;
  titleZh: string;
  titleEn: string;
  summaryZh: string;
  summaryEn: string;
  keywords: string[];
  indicators: string;
  orgNameZh: string;
  orgNameEn: string;
  field: string;
  fieldTop: string;
  trl: number;
  modes: string[];
  country: string;
  province: string;
  city: string;
  orgId: string;
  orgKind: string;
  status: string;
  visibility: string;
  publishedAt: number;
  expiresAt: number;
  priceMin?: number;
  priceMax?: number;
  /** Absent when the listing has no amount (negotiable), so it sorts last in both directions. */
  sortPrice?: number;
  /** Demand deadline, or the achievement's expiry. */
  sortDeadline: number;
}

/** Full-text attributes in ranked order (most important first). */
export const SEARCHABLE_ATTRIBUTES = [
  "titleZh",
  "titleEn",
  "keywords",
  "summaryZh",
  "summaryEn",
  "indicators",
  "orgNameZh",
  "orgNameEn",
] as const;

/** Attributes that can carry highlights, in the order they are reported. */
export const HIGHLIGHT_ATTRIBUTES = [
  "titleZh",
  "titleEn",
  "keywords",
  "summaryZh",
  "summaryEn",
  "indicators",
] as const;

/** Title attributes used by search-as-you-type. */
export const SUGGEST_ATTRIBUTES = ["titleZh", "titleEn", "keywords"] as const;

/** Maps the port's sort names to stored attributes. */
export const SORT_ATTRIBUTE = {
  publishedAt: "publishedAt",
  trl: "trl",
  price: "sortPrice",
  deadline: "sortDeadline",
} as const;

const optional = (n: number | null): number | undefined => (n == null ? undefined : n);

/** Turns a port document into the stored shape. */
export function toIndexedDoc<I extends IndexName>(index: I, doc: DocOf[I]): IndexedDoc {
  const base = {
    id: doc.id,
    version: doc.version,
    titleZh: doc.titleZh ?? "",
    titleEn: doc.titleEn ?? "",
    summaryZh: doc.summaryZh ?? "",
    summaryEn: doc.summaryEn ?? "",
    keywords: [...doc.keywords],
    orgNameZh: doc.orgNameZh ?? "",
    orgNameEn: doc.orgNameEn ?? "",
    field: doc.field,
    fieldTop: doc.fieldTop,
    country: doc.country,
    province: doc.province,
    city: doc.city,
    orgId: doc.orgId,
    orgKind: doc.orgKind,
    status: doc.status,
    visibility: doc.visibility,
    // Unpublished drafts sort as oldest rather than failing numeric comparisons.
    publishedAt: doc.publishedAt ?? 0,
    expiresAt: doc.expiresAt,
  };
  if (index === "achievements") {
    const a = doc as AchievementDoc;
    return withoutUndefined({
      ...base,
      indicators: "",
      trl: a.trl,
      modes: [...a.transferModes],
      priceMin: optional(a.priceMin),
      priceMax: optional(a.priceMax),
      sortPrice: optional(a.priceMin ?? a.priceMax),
      sortDeadline: a.expiresAt,
    });
  }
  const d = doc as DemandDoc;
  return withoutUndefined({
    ...base,
    indicators: d.indicators,
    trl: d.minTrl,
    modes: [...d.wantedModes],
    priceMin: optional(d.budgetMin),
    priceMax: optional(d.budgetMax),
    sortPrice: optional(d.budgetMin ?? d.budgetMax),
    sortDeadline: d.deadline,
  });
}

// Engines treat a present-but-undefined attribute differently (Meilisearch drops it from JSON,
// Orama indexes it as a value), so absent attributes are removed outright.
function withoutUndefined<T extends object>(o: T): T {
  for (const key of Object.keys(o) as (keyof T)[]) if (o[key] === undefined) delete o[key];
  return o;
}
