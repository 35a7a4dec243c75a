import { DEFAULT_CRITERIA, ZCreateDemandInput } from "@openttc/domain/demand";
import type { DemandStatus } from "@openttc/domain/lifecycle";
import { parseInput } from "@openttc/domain/validation";
import type { Random } from "../random";
import { daysAfter, daysBefore, isoDay } from "./dates";
import { DEMAND_TEMPLATES, type DemandTemplate } from "./demand-templates";
import type { Bi } from "./field-content";
import type { OrgSpec, OrgsResult } from "./organizations";
import type { DemandRow } from "./types";

/** A generated exam paper with what the answer generator needs. */
export interface GeneratedDemand {
  row: DemandRow;
  ownerKey: string;
  /** The demo exam paper whose answers await a decision past its response deadline. */
  overdue: boolean;
  english: boolean;
}

/** How many exam papers the corpus holds. */
export const DEMAND_COUNT = 120;

const STATUS_PLAN: [DemandStatus, number][] = [
  ["evaluating", 15],
  ["awarded", 10],
  ["closed", 7],
  ["draft", 6],
  ["cancelled", 2],
];

const CUSTOM_CRITERIA_ZH = [
  ["技术先进性", "产业化可行性", "报价合理性", "团队实力", "交付周期"],
  ["技术指标达成度", "实施方案可行性", "成本", "知识产权清晰度"],
  ["技术匹配度", "中试条件", "合作模式", "售后与培训"],
];
const CUSTOM_CRITERIA_EN = [["technical fit", "cost", "delivery time", "references"]];

function substitute(text: Bi, p: Bi): Bi {
  // A variant that opens an English sentence starts with a capital ("Tin tailings contain…").
  const en = text.en.replace(/(^|[.!?]\s+)\{p\}/g, (_m, before: string) =>
    `${before}${p.en.charAt(0).toUpperCase()}${p.en.slice(1)}`,
  );
  return { zh: text.zh.replaceAll("{p}", p.zh), en: en.replaceAll("{p}", p.en) };
}

function templatesFor(spec: OrgSpec): DemandTemplate[] {
  const own = DEMAND_TEMPLATES.filter((t) => spec.industries?.includes(t.industry));
  const generic = DEMAND_TEMPLATES.filter((t) => t.industry === "generic");
  return [...own, ...own, ...generic];
}

/** Generates the exam papers: mostly open, posted by enterprises and a few hospitals, validated by the domain schema. */
export function generateDemands(rng: Random, now: Date, orgs: OrgsResult): GeneratedDemand[] {
  const posters = orgs.specs.filter(
    (s) => s.industries && (s.kind === "enterprise" || s.kind === "hospital"),
  );
  // The demo enterprise posts eight papers; the rest share the others round-robin.
  const plan: string[] = Array.from({ length: 8 }, () => "yunling");
  const others = posters.filter((s) => s.key !== "yunling");
  for (let i = 0; plan.length < DEMAND_COUNT; i++)
    plan.push((others[i % others.length] as OrgSpec).key);

  const statuses: DemandStatus[] = plan.map(() => "open");
  // Demo enterprise: five open, one overdue evaluation, one awarded, one draft.
  const demoStatuses: DemandStatus[] = [
    "open",
    "open",
    "open",
    "open",
    "open",
    "evaluating",
    "awarded",
    "draft",
  ];
  demoStatuses.forEach((s, i) => {
    statuses[i] = s;
  });
  const remaining = new Map(STATUS_PLAN);
  for (const s of demoStatuses) if (remaining.has(s)) remaining.set(s, (remaining.get(s) ?? 0) - 1);
  const free = rng.shuffle(plan.map((_, i) => i).slice(demoStatuses.length));
  for (const [status, count] of remaining) {
    for (let n = 0; n < count; n++) {
      const i = free.pop();
      if (i !== undefined) statuses[i] = status;
    }
  }

  const used = new Map<string, number>();
  return plan.map((key, i) => {
    const org = orgs.byKey.get(key);
    if (!org) throw new Error(`unknown poster ${key}`);
    const r = rng.fork(`demand:${i}`);
    const candidates = templatesFor(org.spec);
    // Prefer a template/variant pair nobody has posted yet.
    const pairs = r.shuffle(candidates.flatMap((t) => t.variants.map((v) => ({ t, v }))));
    const fresh = pairs.find(({ t, v }) => !used.has(`${t.title.zh}|${v.zh}`));
    const { t, v } = fresh ?? (pairs[0] as { t: DemandTemplate; v: Bi });
    const pairKey = `${t.title.zh}|${v.zh}`;
    const reuse = used.get(pairKey) ?? 0;
    used.set(pairKey, reuse + 1);
    return buildDemand(
      r,
      now,
      t,
      v,
      reuse,
      org.spec,
      org.row.id as string,
      org.users.map((u) => u.row.id as string),
      statuses[i] ?? "open",
      i === 5,
    );
  });
}

function buildDemand(
  rng: Random,
  now: Date,
  t: DemandTemplate,
  p: Bi,
  reuse: number,
  spec: OrgSpec,
  ownerId: string,
  userIds: string[],
  status: DemandStatus,
  overdue: boolean,
): GeneratedDemand {
  const foreign = spec.country !== "CN";
  const bilingual = !foreign && rng.chance(0.6);
  const title = substitute(t.title, p);
  // A second poster of the same need gets its site named, so titles stay distinct.
  const site =
    reuse > 0 ? { zh: `（${spec.city}基地）`, en: ` (${spec.city} site)` } : { zh: "", en: "" };
  const summary = substitute(t.summary, p);
  const confidential = substitute(t.confidential(rng), p);
  const indicators = t
    .indicators(rng)
    .map((x) =>
      foreign
        ? { name: x.en, target: x.target, unit: x.unitEn }
        : { name: x.zh, target: x.target, unit: x.unitZh },
    );
  const [minWan, maxWan] = t.budgetWan;
  const lo = Math.round(rng.int(minWan, Math.round((minWan + maxWan) / 2)) / 10) * 10;
  const hi = Math.max(
    lo + 10,
    Math.round(rng.int(Math.round((minWan + maxWan) / 2), maxWan) / 10) * 10,
  );
  const budget = rng.chance(0.08)
    ? { min: null, max: null, currency: "CNY", negotiable: true }
    : { min: lo * 10_000, max: hi * 10_000, currency: "CNY", negotiable: rng.chance(0.2) };
  const criteria = rng.chance(0.65)
    ? [...DEFAULT_CRITERIA]
    : foreign
      ? rng.pick(CUSTOM_CRITERIA_EN)
      : rng.pick(CUSTOM_CRITERIA_ZH);
  const dates = demandDates(rng, now, status, overdue);

  const input = parseInput(ZCreateDemandInput, {
    titleZh: foreign ? null : `${title.zh}${site.zh}`,
    titleEn: foreign || bilingual ? `${title.en}${site.en}` : null,
    summaryZh: foreign ? null : summary.zh,
    summaryEn: foreign || bilingual ? summary.en : null,
    confidentialZh: foreign ? null : confidential.zh,
    confidentialEn: foreign || bilingual ? confidential.en : null,
    indicators,
    field: t.field,
    // The variant (crop, metal, product) is the most specific keyword of all.
    keywords: [
      ...(foreign ? [] : [p, ...t.keywords].map((k) => k.zh)),
      ...(foreign || bilingual ? [p, ...t.keywords].map((k) => k.en) : []),
    ].filter((k) => k.length <= 40),
    wantedModes: rng.sample(t.modes, rng.int(1, t.modes.length)),
    budget,
    deadline: isoDay(dates.deadline),
    responseDeadline: isoDay(dates.responseDeadline),
    minTrl: rng.int(t.minTrl[0], t.minTrl[1]),
    criteria,
    visibility: rng.chance(0.8) ? "public" : "registered",
    region: { country: spec.country, province: spec.province, city: spec.city },
  });

  const row: DemandRow = {
    id: rng.uuid(),
    ownerOrgId: ownerId,
    createdBy: userIds[0] ?? null,
    titleZh: input.titleZh,
    titleEn: input.titleEn,
    summaryZh: input.summaryZh,
    summaryEn: input.summaryEn,
    confidentialZh: input.confidentialZh,
    confidentialEn: input.confidentialEn,
    indicators: input.indicators,
    field: input.field,
    keywords: input.keywords,
    wantedModes: input.wantedModes,
    budgetMin: input.budget.min ?? null,
    budgetMax: input.budget.max ?? null,
    budgetCurrency: input.budget.currency,
    budgetNegotiable: input.budget.negotiable,
    deadline: input.deadline,
    responseDeadline: input.responseDeadline,
    minTrl: input.minTrl,
    criteria: input.criteria,
    visibility: input.visibility,
    country: input.region?.country ?? "CN",
    province: input.region?.province ?? "",
    city: input.region?.city ?? "",
    status,
    createdAt: dates.createdAt,
    updatedAt: dates.updatedAt,
    lastVerifiedAt: dates.publishedAt ?? dates.createdAt,
    publishedAt: dates.publishedAt,
    remindedAt: null,
    version: dates.publishedAt ? rng.int(2, 4) : 1,
  };
  return { row, ownerKey: spec.key, overdue, english: foreign };
}

function demandDates(rng: Random, now: Date, status: DemandStatus, overdue: boolean) {
  if (status === "draft") {
    const createdAt = daysBefore(now, rng.int(1, 20), rng);
    const deadline = daysAfter(now, rng.int(45, 120));
    return {
      createdAt,
      updatedAt: createdAt,
      publishedAt: null,
      deadline,
      responseDeadline: daysAfter(deadline, rng.int(14, 30)),
    };
  }
  if (status === "open") {
    const publishedAt = daysBefore(now, rng.int(5, 60), rng);
    const deadline = daysAfter(now, rng.int(20, 120));
    return {
      createdAt: daysBefore(publishedAt, rng.int(1, 7), rng),
      updatedAt: publishedAt,
      publishedAt,
      deadline,
      responseDeadline: daysAfter(deadline, rng.int(14, 45)),
    };
  }
  if (status === "evaluating") {
    const deadline = overdue ? daysBefore(now, rng.int(35, 45)) : daysBefore(now, rng.int(3, 30));
    // The overdue demo paper's decision date has passed with answers still undecided.
    const responseDeadline = overdue
      ? daysBefore(now, rng.int(3, 8))
      : daysAfter(deadline, rng.int(20, 45));
    const publishedAt = daysBefore(deadline, rng.int(30, 75), rng);
    return {
      createdAt: daysBefore(publishedAt, rng.int(1, 7), rng),
      updatedAt: daysAfter(deadline, 1),
      publishedAt,
      deadline,
      responseDeadline,
    };
  }
  const publishedAt = daysBefore(now, rng.int(120, 320), rng);
  const deadline = daysAfter(publishedAt, rng.int(30, 60));
  const responseDeadline = daysAfter(deadline, rng.int(14, 30));
  const updatedAt =
    status === "cancelled"
      ? daysAfter(publishedAt, rng.int(5, 20))
      : daysAfter(deadline, rng.int(5, 14));
  return {
    createdAt: daysBefore(publishedAt, rng.int(1, 7), rng),
    updatedAt,
    publishedAt,
    deadline,
    responseDeadline,
  };
}
