import { fieldAffinity } from "@openttc/domain/taxonomy";
import type { MatchAchievement, MatchDemand, MatchRegion } from "../listing";
import { normalizeMode } from "../listing";

/** The components of a match score, each in [0, 1]; 0.5 is neutral (unknown). */
export const COMPONENT_NAMES = [
  "text",
  "taxonomy",
  "trl",
  "modes",
  "budget",
  "region",
  "reputation",
  "freshness",
] as const;

/** Name of one component of a match score. */
export type ComponentName = (typeof COMPONENT_NAMES)[number];

/** One value per component. */
export type ComponentVector = Record<ComponentName, number>;

/** The value a component takes when its inputs are missing: it neither helps nor hurts. */
export const NEUTRAL = 0.5;

/** How well the taxonomy fields fit: 1 same subfield, 0.8 same top field, 0.5 related fields, 0 unrelated (domain's fieldAffinity). */
export function taxonomyFit(demandField?: string | null, achievementField?: string | null): number {
  if (!demandField || !achievementField) return NEUTRAL;
  return fieldAffinity(demandField, achievementField);
}

/** How the achievement's TRL compares with the demand's minimum: meets or exceeds 1, one below 0.6, two below 0.25, further 0.05. */
export function trlFit(minTrl?: number | null, trl?: number | null): number {
  if (minTrl == null || trl == null) return NEUTRAL;
  const gap = minTrl - trl;
  if (gap <= 0) return 1;
  if (gap === 1) return 0.6;
  if (gap === 2) return 0.25;
  return 0.05;
}

const LICENCES = new Set(["exclusive_licence", "non_exclusive_licence", "use_first_pay_later"]);

/** Whether a mode offered satisfies a mode wanted: the same mode, or a licence of another kind in part. */
function modePairFit(wanted: string, offered: string): number {
  if (wanted === offered) return 1;
  // An enterprise that wants some licence can often negotiate another kind of licence.
  if (LICENCES.has(wanted) && LICENCES.has(offered)) return 0.6;
  // Buying outright and an exclusive licence give the enterprise similar control.
  if (
    (wanted === "transfer" && offered === "exclusive_licence") ||
    (wanted === "exclusive_licence" && offered === "transfer")
  )
    return 0.6;
  return 0;
}

/** The modes both sides name (offered ∩ wanted), and the fit: 1 when one is shared, partial for a near mode, 0.1 for none. */
export function modesFit(
  wanted?: readonly string[],
  offered?: readonly string[],
): { value: number; shared: string[] } {
  const w = (wanted ?? []).map(normalizeMode);
  const o = (offered ?? []).map(normalizeMode);
  if (w.length === 0 || o.length === 0) return { value: NEUTRAL, shared: [] };
  const shared = w.filter((m) => o.includes(m));
  if (shared.length > 0) return { value: 1, shared };
  let best = 0;
  for (const a of w) for (const b of o) best = Math.max(best, modePairFit(a, b));
  return { value: Math.max(0.1, best), shared: [] };
}

/** Approximate CNY per unit of each currency, to compare a budget with a price in another currency; pass current rates in `MatchContext` when they matter. */
export const DEFAULT_CNY_RATES: Readonly<Record<string, number>> = {
  CNY: 1,
  USD: 7.2,
  EUR: 7.8,
  INR: 0.086,
  RUB: 0.08,
  BRL: 1.3,
  ZAR: 0.39,
  THB: 0.2,
  VND: 0.00028,
  LAK: 0.00033,
  MMK: 0.0034,
};

/** How a budget and an asking price compare, and whether use-first-pay-later made them compatible. */
export interface BudgetFit {
  value: number;
  /** True when the asking price exceeds the budget but the achievement offers use-first-pay-later. */
  viaUseFirstPayLater: boolean;
  /** Budget maximum over the asking minimum (both in CNY), null when unknown. */
  ratio: number | null;
}

/**
 * Budget against asking price: overlapping ranges fit (1); a price up to twice the budget is
 * negotiable (0.6), more is not (0.15). Measure 4: a use-first-pay-later licence has a zero
 * entry fee with staged payments or revenue share, so an enterprise whose budget is below the
 * asking price can still start, and the pair fits (0.9).
 */
export function budgetFit(
  demand: Pick<MatchDemand, "budgetMin" | "budgetMax" | "currency">,
  achievement: Pick<MatchAchievement, "priceMin" | "priceMax" | "currency" | "transferModes">,
  rates: Readonly<Record<string, number>> = DEFAULT_CNY_RATES,
): BudgetFit {
  const rate = (c?: string | null) => rates[(c ?? "CNY").toUpperCase()] ?? null;
  const br = rate(demand.currency);
  const pr = rate(achievement.currency);
  const budget = demand.budgetMax ?? demand.budgetMin;
  const price = achievement.priceMin ?? achievement.priceMax;
  if (budget == null || price == null || br === null || pr === null || price <= 0) {
    return { value: NEUTRAL, viaUseFirstPayLater: false, ratio: null };
  }
  const ratio = (budget * br) / (price * pr);
  if (ratio >= 1) return { value: 1, viaUseFirstPayLater: false, ratio };
  const ufpl = (achievement.transferModes ?? []).map(normalizeMode).includes("use_first_pay_later");
  if (ufpl) return { value: 0.9, viaUseFirstPayLater: true, ratio };
  return { value: ratio >= 0.5 ? 0.6 : 0.15, viaUseFirstPayLater: false, ratio };
}

/** Partner countries of the Kunming centre's reach: BRICS members and South and Southeast Asia. */
export const PARTNER_COUNTRIES: ReadonlySet<string> = new Set([
  // BRICS
  "BR",
  "RU",
  "IN",
  "ZA",
  "EG",
  "ET",
  "IR",
  "AE",
  "SA",
  "ID",
  // South Asia
  "BD",
  "BT",
  "LK",
  "MV",
  "NP",
  "PK",
  "AF",
  // Southeast Asia
  "BN",
  "KH",
  "LA",
  "MM",
  "MY",
  "PH",
  "SG",
  "TH",
  "TL",
  "VN",
]);

/** How the regions relate, and the value: same city 1, same province 0.85, same country 0.7, China with a partner country 0.6, other 0.4. */
export function regionFit(
  a?: MatchRegion | null,
  b?: MatchRegion | null,
): { value: number; relation: "city" | "province" | "country" | "partner" | "other" | "unknown" } {
  if (!a?.country || !b?.country) return { value: NEUTRAL, relation: "unknown" };
  const ca = a.country.toUpperCase();
  const cb = b.country.toUpperCase();
  if (ca === cb) {
    if (a.province && a.province === b.province) {
      if (a.city && a.city === b.city) return { value: 1, relation: "city" };
      return { value: 0.85, relation: "province" };
    }
    return { value: 0.7, relation: "country" };
  }
  const partner =
    (ca === "CN" && PARTNER_COUNTRIES.has(cb)) ||
    (cb === "CN" && PARTNER_COUNTRIES.has(ca)) ||
    (PARTNER_COUNTRIES.has(ca) && PARTNER_COUNTRIES.has(cb));
  return partner ? { value: 0.6, relation: "partner" } : { value: 0.4, relation: "other" };
}

/** Prior of the reputation mean (on the 1–5 scale) and how many evaluations it is worth. */
export const REPUTATION_PRIOR = { mean: 3, weight: 3 } as const;

/** The institution's market evaluation on [0, 1]: the mean score shrunk toward a neutral prior by how few evaluations there are. */
export function reputationFit(rep?: { mean: number | null; count: number } | null): number {
  if (!rep || rep.mean == null || rep.count <= 0) return NEUTRAL;
  const { mean, weight } = REPUTATION_PRIOR;
  const shrunk = (rep.count * rep.mean + weight * mean) / (rep.count + weight);
  return Math.min(1, Math.max(0, (shrunk - 1) / 4));
}

const DAY = 86_400_000;

/** How recently the listing was verified at `now`: within 90 days 1, falling to 0.5 at a year, 0.2 once lapsed (over 12 months). */
export function freshnessFit(verifiedAt: number | null | undefined, now: number): number {
  if (verifiedAt == null) return NEUTRAL;
  const days = (now - verifiedAt) / DAY;
  if (days <= 90) return 1;
  if (days <= 365) return 1 - (0.5 * (days - 90)) / 275;
  return 0.2;
}
