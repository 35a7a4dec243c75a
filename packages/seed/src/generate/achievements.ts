import { ZCreateAchievementInput } from "@openttc/domain/achievement";
import type { AchievementStatus } from "@openttc/domain/lifecycle";
import type { TransferMode } from "@openttc/domain/listing-common";
import { fieldForIpc, fieldLabel, topFieldOf } from "@openttc/domain/taxonomy";
import { parseInput } from "@openttc/domain/validation";
import type { Random } from "../random";
import type { CnPatent, NasaPatent, PatentSources } from "../sources";
import { daysAfter, daysBefore, later } from "./dates";
import { type Bi, profileFor } from "./field-content";
import { chineseName } from "./names";
import { fieldForNasaTitle } from "./nasa-fields";
import type { OrgSpec, OrgsResult } from "./organizations";
import { termsInEn, termsInZh, translateEnTitle, translateZhTitle } from "./translate";
import type { AchievementRow, IpAssetRow } from "./types";
import { fillIndicator, joinBi, latinName, MODE_LABELS, priceText } from "./wording";

/** A generated achievement with what other generators need to link to it. */
export interface GeneratedAchievement {
  row: AchievementRow;
  ip: IpAssetRow;
  ownerKey: string;
  field: string;
}

/** The patent row a listing is written from, with the field it was classified in. */
export type Source =
  | { kind: "cn"; patent: CnPatent; field: string }
  | { kind: "nasa"; patent: NasaPatent; field: string };

// How many listings sit in each non-published state; everything else is published.
const STATUS_PLAN: [AchievementStatus, number][] = [
  ["draft", 20],
  ["pending_review", 20],
  ["rejected", 6],
  ["in_negotiation", 12],
  ["transacted", 8],
  ["withdrawn", 5],
];

const REVIEW_NOTES = [
  "成果摘要缺少可量化的技术指标，请补充第三方检测报告后重新提交。",
  "知识产权信息与国家知识产权局公开信息不一致，请核对专利号及法律状态。",
  "成果属于职务科技成果，请上传单位同意转化的证明材料（赋权或长期使用权决定）。",
  "挂牌价格区间与评估报告差异较大，请补充价格依据或改为面议。",
  "技术描述涉及未公开的实验数据，建议删除敏感内容后再提交公开展示。",
  "团队成员信息不完整，请补充项目负责人职称及联系方式。",
];

/** Organizations that may own a listing in a top field, weighted by how strongly they work in it. */
export function ownerCandidates(orgs: OrgsResult, top: string): { key: string; weight: number }[] {
  const out: { key: string; weight: number }[] = [];
  for (const spec of orgs.specs) {
    if (spec.country !== "CN" || spec.kind === "government" || spec.kind === "broker_agency")
      continue;
    const rank = spec.fields.indexOf(top);
    if (rank < 0) continue;
    // Enterprises mostly post demands; institutes hold most of the listed achievements.
    const kindFactor = spec.kind === "enterprise" ? 0.35 : 1;
    out.push({
      key: spec.key,
      weight: kindFactor * (spec.weight ?? 1) * (rank === 0 ? 3 : rank < 3 ? 2 : 1),
    });
  }
  return out.length ? out : [{ key: "kust", weight: 1 }];
}

function modesFor(rng: Random, spec: OrgSpec): TransferMode[] {
  if (spec.nasaCenter)
    return rng.pick([
      ["exclusive_licence", "non_exclusive_licence"],
      ["non_exclusive_licence"],
      ["exclusive_licence"],
    ]);
  const pool: [TransferMode, number][] =
    spec.kind === "enterprise"
      ? [
          ["transfer", 3],
          ["exclusive_licence", 2],
          ["non_exclusive_licence", 2],
          ["joint_development", 2],
        ]
      : [
          ["transfer", 3],
          ["exclusive_licence", 2],
          ["non_exclusive_licence", 2],
          ["equity_investment", 2],
          ["use_first_pay_later", 2],
          ["joint_development", 2],
        ];
  const n = rng.weighted([
    [1, 3],
    [2, 4],
    [3, 2],
  ] as const);
  const modes = new Set<TransferMode>();
  while (modes.size < n) modes.add(rng.weighted(pool));
  return [...modes];
}

function cnPrice(rng: Random): { min: number | null; max: number | null; negotiable: boolean } {
  if (rng.chance(0.12)) return { min: null, max: null, negotiable: true };
  const min = rng.pick([20, 30, 50, 80, 100, 150, 200, 300, 500, 800]) * 10_000;
  const max = Math.min(
    20_000_000,
    Math.round((min * rng.pick([1.5, 2, 2.5, 3])) / 100_000) * 100_000,
  );
  return { min, max, negotiable: rng.chance(0.25) };
}

function trlFor(rng: Random, granted: boolean): number {
  return granted
    ? rng.weighted([
        [4, 1],
        [5, 3],
        [6, 4],
        [7, 3],
        [8, 2],
        [9, 1],
      ] as const)
    : rng.weighted([
        [3, 3],
        [4, 4],
        [5, 3],
        [6, 1],
      ] as const);
}

const MATURITY: Record<number, Bi> = {
  3: {
    zh: "目前处于实验室原理验证阶段（TRL 3），寻求企业合作开展工程化开发。",
    en: "It is at proof-of-concept stage (TRL 3) and the team seeks an industrial partner for engineering development.",
  },
  4: {
    zh: "已完成实验室小试验证（TRL 4）。",
    en: "Laboratory-scale validation is complete (TRL 4).",
  },
  5: {
    zh: "关键部件与工艺已在模拟环境中完成验证（TRL 5）。",
    en: "Key components and steps have been validated in a relevant environment (TRL 5).",
  },
  6: {
    zh: "已完成中试或工程样机验证（TRL 6），具备工程化放大条件。",
    en: "A pilot line or engineering prototype has been demonstrated (TRL 6).",
  },
  7: {
    zh: "样机已在用户现场连续试运行（TRL 7）。",
    en: "A prototype has run continuously at a customer site (TRL 7).",
  },
  8: {
    zh: "已形成定型产品并通过用户验收（TRL 8）。",
    en: "The product design is frozen and accepted by users (TRL 8).",
  },
  9: {
    zh: "已实现批量生产与规模化应用（TRL 9）。",
    en: "It is in volume production and routine use (TRL 9).",
  },
};

function validation(rng: Random, trl: number): Bi {
  if (trl <= 4)
    return rng.pick([
      { zh: "实验室测试", en: "laboratory tests" },
      { zh: "小试验证", en: "bench-scale trials" },
    ]);
  if (trl <= 6)
    return rng.pick([
      { zh: "第三方检测机构检测", en: "tests by an accredited third-party laboratory" },
      { zh: "中试验证", en: "pilot-scale trials" },
    ]);
  const n = rng.int(2, 12);
  return { zh: `在 ${n} 家企业现场应用验证`, en: `field use at ${n} companies` };
}

/** A NASA title as listings write it: trimmed, single-spaced, capitalised. */
export function cleanNasaTitle(title: string): string {
  const t = title.replace(/[.\s]+$/, "").replace(/\s+/g, " ");
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** Every patent row of the sources with the field it is classified in. */
export function patentSources(sources: PatentSources): Source[] {
  return [
    ...sources.cn.map((patent) => ({
      kind: "cn" as const,
      patent,
      field: fieldForIpc(patent.ipc[0] ?? ""),
    })),
    ...sources.nasa.map((patent) => ({
      kind: "nasa" as const,
      patent,
      field: fieldForNasaTitle(patent.title) ?? "high_end_equipment",
    })),
  ];
}

/** Writes one listing per patent row of the sources, owned by a fitting organization, validated by the domain schema. */
export function generateAchievements(
  rng: Random,
  now: Date,
  sources: PatentSources,
  orgs: OrgsResult,
): GeneratedAchievement[] {
  const items = patentSources(sources);
  const owners = items.map((item) => {
    if (item.kind === "nasa") {
      const spec = orgs.specs.find((s) => s.nasaCenter === item.patent.center);
      if (!spec) throw new Error(`no organization for ${item.patent.center}`);
      return spec.key;
    }
    return rng.weighted(
      ownerCandidates(orgs, topFieldOf(item.field) ?? item.field).map(
        (c) => [c.key, c.weight] as const,
      ),
    );
  });

  // The demo institute needs drafts, one listing awaiting review and one sent back.
  const statuses: AchievementStatus[] = items.map(() => "published");
  const kustIdx = owners.flatMap((k, i) => (k === "kust" && items[i]?.kind === "cn" ? [i] : []));
  const reserved: [number | undefined, AchievementStatus][] = [
    [kustIdx[0], "draft"],
    [kustIdx[1], "draft"],
    [kustIdx[2], "draft"],
    [kustIdx[3], "pending_review"],
    [kustIdx[4], "rejected"],
    [kustIdx[5], "in_negotiation"],
  ];
  const remaining = new Map(STATUS_PLAN);
  for (const [i, s] of reserved) {
    if (i === undefined) continue;
    statuses[i] = s;
    remaining.set(s, (remaining.get(s) ?? 0) - 1);
  }
  const free = rng.shuffle(items.map((_, i) => i).filter((i) => !reserved.some(([r]) => r === i)));
  for (const [status, count] of remaining) {
    for (let n = 0; n < count; n++) {
      const i = free.pop();
      if (i !== undefined) statuses[i] = status;
    }
  }
  // Freshness demo: a handful due a reminder (11.5 months old) and a couple already expired (13 months).
  const published = free.filter((i) => statuses[i] === "published");
  const reminderIdx = new Set(published.slice(0, 6));
  const expiredIdx = new Set(published.slice(6, 8));

  return items.map((item, i) => {
    const ownerKey = owners[i] as string;
    const owner = orgs.byKey.get(ownerKey);
    if (!owner) throw new Error(`unknown owner ${ownerKey}`);
    const status = statuses[i] ?? "published";
    const r = rng.fork(
      `achievement:${item.kind}:${item.kind === "cn" ? item.patent.number : item.patent.caseNumber}`,
    );
    const freshness = reminderIdx.has(i) ? "reminder" : expiredIdx.has(i) ? "expired" : "fresh";
    return buildAchievement(
      r,
      now,
      item,
      owner.spec,
      owner.row.id as string,
      owner.users.map((u) => u.row.id as string),
      status,
      freshness,
    );
  });
}

/** Titles written by the caller instead of derived from the patent title (bulk variants). */
export interface TitleOverride {
  zh: string | null;
  en: string | null;
}

/** Writes one listing from a patent row: texts, terms, price and dates drawn from `rng`, validated by the domain schema. */
export function buildAchievement(
  rng: Random,
  now: Date,
  item: Source,
  spec: OrgSpec,
  ownerId: string,
  userIds: string[],
  status: AchievementStatus,
  freshness: "fresh" | "reminder" | "expired",
  titles?: TitleOverride,
): GeneratedAchievement {
  const profile = profileFor(item.field);
  const isNasa = item.kind === "nasa";
  const granted = isNasa ? item.patent.status === "Issued" : !item.patent.number.endsWith("A");
  const trl = trlFor(rng, granted);

  // Titles draw nothing from rng, so an override leaves every later random choice unchanged.
  const titleZh = titles
    ? titles.zh
    : isNasa
      ? translateEnTitle(item.patent.title)
      : item.patent.title.replace(/^一种/, "");
  const titleEn = titles
    ? titles.en
    : isNasa
      ? cleanNasaTitle(item.patent.title)
      : translateZhTitle(item.patent.title);

  const publicBody =
    spec.kind === "university" || spec.kind === "research_institute" || spec.kind === "hospital";
  const publiclyFunded = isNasa || (publicBody && rng.chance(0.85));
  const negativeList =
    !isNasa && publiclyFunded && /aerospace|power|security/.test(item.field) && rng.chance(0.35);
  let rightsStatus: "unit_retained" | "team_ownership" | "long_term_use" = "unit_retained";
  let rightsUseYears: number | null = null;
  if (publiclyFunded && !negativeList && !isNasa) {
    // Measure 2: rights reform pilots grant ownership, or a use right of at least ten years.
    const roll = rng.float();
    if (roll < 0.16) rightsStatus = "team_ownership";
    else if (roll < 0.32) {
      rightsStatus = "long_term_use";
      rightsUseYears = rng.pick([10, 10, 15, 20]);
    }
  }

  const team = isNasa
    ? []
    : Array.from({ length: rng.int(3, 6) }, (_, k) => {
        const name = chineseName(rng);
        const title =
          spec.kind === "enterprise"
            ? rng.pick(["高级工程师", "工程师", "技术总监"])
            : spec.kind === "hospital"
              ? rng.pick(["主任医师", "副主任医师", "主治医师"])
              : k === 0
                ? rng.pick(["教授", "研究员"])
                : rng.pick(["副教授", "副研究员", "讲师", "助理研究员", "博士研究生"]);
        return {
          name: name.zh,
          pinyin: name.pinyin,
          title,
          role:
            k === 0
              ? "项目负责人"
              : rng.pick(["核心成员", "工艺研发", "测试验证", "工程化", "数据分析"]),
        };
      });
  const lead = team[0];

  const [i1, i2, i3, i4] = rng.sample(profile.indicators, 4).map((p) => fillIndicator(rng, p));
  const indicators = [i1, i2, i3, i4].filter((x): x is Bi => !!x);
  const problem = rng.pick(profile.problems);
  const [approach, approach2] = rng.sample(profile.approaches, 2);
  const apps = rng.sample(profile.applications, 2);
  const check = validation(rng, trl);
  const maturity = MATURITY[trl] as Bi;
  const modes = modesFor(rng, spec);
  const price = isNasa
    ? rng.chance(0.3)
      ? { min: null, max: null, negotiable: true }
      : {
          min: rng.pick([20_000, 30_000, 50_000]),
          max: rng.pick([150_000, 250_000, 400_000]),
          negotiable: true,
        }
    : cnPrice(rng);
  const currency = isNasa ? "USD" : "CNY";
  const priceBi = priceText(price.min, price.max, currency, price.negotiable);
  const modesBi = joinBi(modes.map((m) => MODE_LABELS[m]));
  const fieldBi = {
    zh: fieldLabel(item.field, "zh-CN") ?? "",
    en: (fieldLabel(item.field, "en") ?? "").toLowerCase(),
  };
  const appsBi = joinBi(apps);
  const first3 = joinBi(indicators.slice(0, 3));

  let ipZh: string;
  let ipEn: string;
  const number = isNasa ? item.patent.caseNumber : item.patent.number;
  const kind = isNasa
    ? "invention_patent"
    : item.patent.number.endsWith("U")
      ? "utility_model"
      : "invention_patent";
  if (isNasa) {
    ipZh = `美国国家航空航天局案卷号 ${number}（${granted ? "已授权" : "申请中"}）。`;
    ipEn = `NASA case ${number} (${granted ? "US patent issued" : "US patent application"}).`;
  } else if (kind === "utility_model") {
    ipZh = `核心技术已获实用新型专利授权（${number}）。`;
    ipEn = `Protected by Chinese utility model ${number}.`;
  } else if (granted) {
    ipZh = `核心技术已获发明专利授权（${number}）。`;
    ipEn = `Protected by Chinese invention patent ${number}.`;
  } else {
    ipZh = `核心技术已申请发明专利（公开号 ${number}），处于实质审查阶段。`;
    ipEn = `Chinese invention patent application ${number} is under substantive examination.`;
  }

  const leadZh = lead ? `${lead.name}${lead.title}` : "";
  const summaryZh = isNasa
    ? null
    : `${titleZh}是${spec.nameZh}${leadZh}团队在${fieldBi.zh}领域研发的技术成果。针对${problem.zh}的问题，该成果${approach?.zh}。经${check.zh}，${first3.zh}。可应用于${appsBi.zh}等场景。${maturity.zh}${ipZh}`;
  const leadEn = lead
    ? `the team of ${lead.title === "教授" ? "Prof. " : ""}${latinName(lead.pinyin)} at `
    : "";
  const summaryEn = titleEn
    ? `${titleEn} is a ${fieldBi.en} technology developed by ${leadEn}${orgEnName(spec).replace(/\.$/, "")}. It addresses a common problem: ${problem.en}. How it works: ${approach?.en}. In ${check.en}, it reached ${first3.en}. Typical uses include ${apps.map((a) => a.en).join("; ")}. ${maturity.en} ${ipEn}`
    : null;

  const indicatorLinesZh = indicators.map((x, k) => `${k + 1}. ${x.zh}`).join("\n");
  const indicatorLinesEn = indicators.map((x, k) => `${k + 1}. ${x.en}`).join("\n");
  const descriptionZh = isNasa
    ? null
    : [
        `一、技术背景\n${problem.zh}，制约了${apps[0]?.zh ?? "相关行业"}等领域的高质量发展。`,
        `二、技术方案与创新点\n${approach?.zh}；${approach2?.zh ?? "并形成了完整的工艺包与技术规范"}。`,
        `三、主要技术指标\n${indicatorLinesZh}`,
        `四、应用前景\n可应用于${appsBi.zh}。${maturity.zh}`,
        `五、合作方式\n${modesBi.zh}；${priceBi.zh}。`,
        `六、知识产权\n${ipZh}`,
      ].join("\n\n");
  const descriptionEn = titleEn
    ? [
        `Background\n${capitalise(problem.en)}, which holds back ${apps[0]?.en ?? "the sector"}.`,
        `Technology\n${capitalise(approach?.en ?? "")}.${approach2 ? ` In addition, ${approach2.en}.` : ""}`,
        `Key indicators\n${indicatorLinesEn}`,
        `Applications\n${apps.map((a) => capitalise(a.en)).join("; ")}. ${maturity.en}`,
        `Terms\n${capitalise(modesBi.en)}; ${priceBi.en}.`,
        `Intellectual property\n${ipEn}`,
      ].join("\n\n")
    : null;

  const titleTerms = isNasa ? termsInEn(item.patent.title) : termsInZh(item.patent.title);
  const keywordBis = [...titleTerms.slice(0, 4), ...profile.keywords.slice(0, 2)];
  const keywords = [
    ...(titleZh ? keywordBis.map((k) => k.zh) : []),
    ...(titleEn ? keywordBis.map((k) => k.en) : []),
  ].filter((k) => k.length <= 40);

  const ipAsset = {
    number,
    kind,
    status: granted ? "granted" : "application",
    title: isNasa ? cleanNasaTitle(item.patent.title) : item.patent.title,
    expiresOn: isNasa && granted ? item.patent.expiresOn : null,
  } as const;

  const input = parseInput(ZCreateAchievementInput, {
    titleZh,
    titleEn,
    summaryZh,
    summaryEn,
    descriptionZh,
    descriptionEn,
    field: item.field,
    keywords,
    trl,
    team: team.map((m) => ({ name: m.name, title: m.title, role: m.role })),
    ipAssets: [ipAsset],
    transferModes: modes,
    price: { min: price.min, max: price.max, currency, negotiable: price.negotiable },
    publiclyFunded,
    rightsStatus,
    rightsUseYears,
    negativeList,
    visibility: rng.chance(0.85) ? "public" : "registered",
    region: { country: spec.country, province: spec.province, city: spec.city },
  });

  const dates = listingDates(rng, now, status, freshness);
  const id = rng.uuid();
  const row: AchievementRow = {
    id,
    ownerOrgId: ownerId,
    createdBy: rng.pick(userIds),
    titleZh: input.titleZh,
    titleEn: input.titleEn,
    summaryZh: input.summaryZh,
    summaryEn: input.summaryEn,
    descriptionZh: input.descriptionZh,
    descriptionEn: input.descriptionEn,
    field: input.field,
    keywords: input.keywords,
    trl: input.trl,
    team: input.team,
    transferModes: input.transferModes,
    priceMin: input.price.min ?? null,
    priceMax: input.price.max ?? null,
    priceCurrency: input.price.currency,
    priceNegotiable: input.price.negotiable,
    publiclyFunded: input.publiclyFunded,
    rightsStatus: input.rightsStatus,
    rightsUseYears: input.rightsUseYears,
    negativeList: input.negativeList,
    visibility: input.visibility,
    country: input.region?.country ?? "CN",
    province: input.region?.province ?? "",
    city: input.region?.city ?? "",
    status,
    reviewNote: status === "rejected" ? rng.pick(REVIEW_NOTES) : null,
    ...dates,
    version: dates.publishedAt ? rng.int(2, 5) : 1,
  };
  const asset = input.ipAssets[0];
  if (!asset) throw new Error("an achievement without its patent");
  const ip: IpAssetRow = {
    id: rng.uuid(),
    achievementId: id,
    position: 0,
    number: asset.number,
    kind: asset.kind,
    status: asset.status,
    title: asset.title,
    expiresOn: asset.expiresOn,
  };
  return { row, ip, ownerKey: spec.key, field: item.field };
}

function orgEnName(spec: OrgSpec): string {
  return spec.nameEn.startsWith("The ") ? `the ${spec.nameEn.slice(4)}` : spec.nameEn;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function listingDates(
  rng: Random,
  now: Date,
  status: AchievementStatus,
  freshness: "fresh" | "reminder" | "expired",
) {
  if (status === "draft" || status === "pending_review" || status === "rejected") {
    const createdAt = daysBefore(now, rng.int(3, 75), rng);
    const updatedAt = later(createdAt, daysBefore(now, rng.int(1, 3), rng));
    return { createdAt, updatedAt, lastVerifiedAt: createdAt, publishedAt: null, remindedAt: null };
  }
  if (freshness !== "fresh") {
    // Verified once at publication and never since: 11.5 months (reminder due) or 13 months (expired).
    const verifiedDays = freshness === "reminder" ? rng.int(346, 352) : rng.int(393, 400);
    const publishedAt = daysBefore(now, verifiedDays, rng);
    const createdAt = daysBefore(publishedAt, rng.int(5, 20), rng);
    return {
      createdAt,
      updatedAt: publishedAt,
      lastVerifiedAt: publishedAt,
      publishedAt,
      remindedAt: null,
    };
  }
  const publishedAt = daysBefore(now, rng.int(10, 330), rng);
  const createdAt = daysBefore(publishedAt, rng.int(3, 30), rng);
  // Some owners re-confirmed their listing since publication; none older than ten months.
  const reverified = rng.chance(0.3)
    ? daysAfter(
        publishedAt,
        rng.int(
          1,
          Math.max(1, Math.floor((now.getTime() - publishedAt.getTime()) / 86_400_000) - 1),
        ),
      )
    : publishedAt;
  const lastVerifiedAt =
    reverified.getTime() < daysBefore(now, 300).getTime()
      ? daysBefore(now, rng.int(30, 290), rng)
      : reverified;
  const updatedAt = later(lastVerifiedAt, publishedAt);
  return { createdAt, updatedAt, lastVerifiedAt, publishedAt, remindedAt: null };
}
