import {
  criteriaProblems,
  overallScore,
  type RejectionReason,
  ZDecideAnswerInput,
  ZEvaluateAnswerInput,
  ZSubmitAnswerInput,
} from "@openttc/domain/answer";
import { fieldAffinity, topFieldOf } from "@openttc/domain/taxonomy";
import { parseInput } from "@openttc/domain/validation";
import type { Random } from "../random";
import type { GeneratedAchievement } from "./achievements";
import { daysAfter, daysBefore, isoDay } from "./dates";
import type { GeneratedDemand } from "./demands";
import { profileFor } from "./field-content";
import { chineseName, foreignName } from "./names";
import type { OrgSpec, OrgsResult } from "./organizations";
import type { AnswerRow, DemandAccessRow, EvaluationRow } from "./types";

/** Answers, their evaluations and the confidential-access grants around them. */
export interface AnswersResult {
  answers: AnswerRow[];
  evaluations: EvaluationRow[];
  demandAccess: DemandAccessRow[];
}

type AnswerStatus = NonNullable<AnswerRow["status"]>;

const ANSWERING_KINDS = new Set(["university", "research_institute", "hospital", "enterprise"]);

const REJECTIONS: { reason: RejectionReason; zh: string; en: string }[] = [
  {
    reason: "indicators_not_met",
    zh: "方案对关键指标的承诺低于我方要求，且缺少中试数据支撑。",
    en: "The proposal commits to less than our key indicators and gives no pilot data.",
  },
  {
    reason: "trl_too_low",
    zh: "技术尚处于实验室阶段，距离产线应用周期过长。",
    en: "The technology is still at lab stage; it would take too long to reach our line.",
  },
  {
    reason: "price_too_high",
    zh: "报价明显高于预算，且未提供分期或先使用后付费方案。",
    en: "The quote is well above budget with no staged or pay-later option.",
  },
  {
    reason: "timeline_too_long",
    zh: "实施周期超过 18 个月，无法匹配我司扩产计划。",
    en: "Implementation would take over 18 months, too late for our expansion.",
  },
  {
    reason: "team_capacity",
    zh: "团队同期承担项目较多，现场服务能力不足。",
    en: "The team is committed to many projects and cannot support us on site.",
  },
  {
    reason: "ip_unclear",
    zh: "核心专利权属存在共有人，需先理清权属再议。",
    en: "The core patent is co-owned; ownership must be settled first.",
  },
  {
    reason: "better_alternative",
    zh: "已有其他答卷在成本与成熟度上更具优势。",
    en: "Another answer offered better cost and maturity.",
  },
  {
    reason: "not_relevant",
    zh: "方案针对的工艺路线与我司现有装备不匹配。",
    en: "The proposed route does not fit our existing equipment.",
  },
  {
    reason: "other",
    zh: "项目因集团预算调整暂缓，感谢贵团队的认真答卷。",
    en: "The project is on hold after a group budget change; thank you for a careful answer.",
  },
];

const EVAL_COMMENTS = {
  high: [
    {
      zh: "技术路线清晰，指标承诺有中试数据支撑，团队有同类项目经验，建议尽快进入合同谈判。",
      en: "Clear technical route, indicators backed by pilot data and a team with relevant experience; we suggest moving to contract talks.",
    },
    {
      zh: "方案与我司产线匹配度高，分阶段付款安排合理，现场服务响应快。",
      en: "The proposal fits our line well, the staged payments are reasonable and on-site support is responsive.",
    },
  ],
  mid: [
    {
      zh: "技术可行，但成本测算偏乐观，需补充工程化放大的风险分析。",
      en: "Technically feasible, but the cost estimate is optimistic; please add a scale-up risk analysis.",
    },
    {
      zh: "整体方案较好，部分指标需在中试阶段进一步验证。",
      en: "A good overall proposal; some indicators need confirming in the pilot phase.",
    },
  ],
  low: [
    {
      zh: "方案针对性不足，关键指标缺乏论证，报价与预算差距较大。",
      en: "The proposal is not specific enough, key indicators are unsupported and the quote is far from budget.",
    },
    {
      zh: "技术成熟度偏低，实施周期长，暂不符合我司需求。",
      en: "Maturity is too low and the timeline too long for our needs at present.",
    },
  ],
};

function answerCount(rng: Random, d: GeneratedDemand): number {
  const s = d.row.status;
  if (s === "draft" || s === "cancelled") return 0;
  if (d.ownerKey === "yunling") return rng.int(2, 4);
  if (s === "open")
    return rng.weighted([
      [0, 2],
      [1, 3],
      [2, 3],
      [3, 2],
    ] as const);
  if (s === "evaluating") return rng.int(2, 5);
  if (s === "awarded") return rng.int(3, 5);
  return rng.int(2, 4);
}

function statusesFor(rng: Random, d: GeneratedDemand, n: number): AnswerStatus[] {
  const s = d.row.status;
  if (s === "awarded")
    return Array.from({ length: n }, (_, i) => (i === 0 ? "awarded" : "rejected"));
  if (s === "closed") return Array.from({ length: n }, () => "rejected");
  if (d.overdue)
    return Array.from({ length: n }, (_, i) =>
      i === 0 ? "submitted" : i === 1 ? "shortlisted" : "rejected",
    );
  const weights: [AnswerStatus, number][] =
    s === "evaluating"
      ? [
          ["submitted", 4],
          ["shortlisted", 3.5],
          ["rejected", 2.5],
        ]
      : [
          ["submitted", 7],
          ["shortlisted", 1.5],
          ["rejected", 1.5],
        ];
  return Array.from({ length: n }, () => rng.weighted(weights));
}

/** Generates answers from fitting institutes, the enterprises' decisions and evaluations, and NDA/invitation grants. */
export function generateAnswers(
  rng: Random,
  now: Date,
  demands: GeneratedDemand[],
  achievements: GeneratedAchievement[],
  orgs: OrgsResult,
): AnswersResult {
  const answerers = orgs.specs.filter((s) => ANSWERING_KINDS.has(s.kind) && !s.nasaCenter);
  const answers: AnswerRow[] = [];
  const evaluations: EvaluationRow[] = [];
  const demandAccess: DemandAccessRow[] = [];
  const published = achievements.filter(
    (a) => a.row.status === "published" || a.row.status === "in_negotiation",
  );

  for (const [index, d] of demands.entries()) {
    const r = rng.fork(`answers:${index}`);
    const n = answerCount(r, d);
    const owner = orgs.byKey.get(d.ownerKey);
    if (!owner) continue;
    const deciderId = owner.users[0]?.row.id as string;
    const scored = answerers
      .filter(
        (s) =>
          s.key !== d.ownerKey &&
          !(
            s.kind === "enterprise" && s.industries?.some((x) => owner.spec.industries?.includes(x))
          ),
      )
      .map((s) => {
        const fit = Math.max(
          0,
          ...s.fields.map((f) => fieldAffinity(f, topFieldOf(d.row.field) ?? d.row.field)),
        );
        const boost = s.key === "kust" ? (d.ownerKey === "yunling" ? 40 : 3) : 1;
        return [s, (fit + 0.05) * boost * (s.kind === "enterprise" ? 0.3 : 1)] as const;
      })
      .filter(([, w]) => w > 0.1);
    const chosen: OrgSpec[] = [];
    while (chosen.length < n && chosen.length < scored.length) {
      const pick = r.weighted(scored.filter(([s]) => !chosen.includes(s)));
      chosen.push(pick);
    }
    const statuses = statusesFor(r, d, chosen.length);
    const publishedAt = d.row.publishedAt ?? now;
    const closeAt = new Date(
      Math.min(now.getTime(), new Date(`${d.row.deadline}T12:00:00+08:00`).getTime()),
    );

    chosen.forEach((spec, k) => {
      const org = orgs.byKey.get(spec.key);
      if (!org) return;
      const status = statuses[k] ?? "submitted";
      const span = Math.max(
        1,
        Math.floor((closeAt.getTime() - publishedAt.getTime()) / 86_400_000),
      );
      const submittedAt = daysAfter(publishedAt, r.int(1, span) - r.float());
      const english = d.english || spec.country !== "CN";
      const linked = published
        .filter((a) => a.ownerKey === spec.key && fieldAffinity(a.field, d.row.field) >= 0.5)
        .slice(0, r.int(0, 2))
        .map((a) => a.row.id as string);
      const answerId = r.uuid();
      const submitted = buildAnswerInput(r, d, spec, english, linked, submittedAt);
      const input = parseInput(ZSubmitAnswerInput, submitted);

      const decided = status !== "submitted";
      const decidedAt = decided
        ? new Date(
            Math.min(now.getTime() - 3_600_000, daysAfter(submittedAt, r.int(3, 25)).getTime()),
          )
        : null;
      let reason: RejectionReason | null = null;
      let feedback: string | null = null;
      if (status === "rejected") {
        const rej = r.pick(REJECTIONS);
        reason = rej.reason;
        feedback = english ? rej.en : rej.zh;
      } else if (status === "shortlisted") {
        feedback = english
          ? "Shortlisted: please prepare a 20-minute presentation and a site-visit plan."
          : "已入围，请准备 20 分钟路演材料及现场考察安排。";
      } else if (status === "awarded") {
        feedback = english
          ? "Awarded. Our procurement team will contact you to draft the technology contract."
          : "恭喜中选，我司采购部将与贵方联系起草技术合同。";
      }
      if (decided) {
        parseInput(ZDecideAnswerInput, {
          answerId,
          decision:
            status === "shortlisted" ? "shortlist" : status === "awarded" ? "award" : "reject",
          reason,
          feedback,
        });
      }

      answers.push({
        id: answerId,
        demandId: d.row.id as string,
        orgId: org.row.id as string,
        createdBy: org.users[org.users.length - 1]?.row.id as string,
        approach: input.approach,
        milestones: input.milestones,
        quoteAmount: input.quote.amount,
        quoteCurrency: input.quote.currency,
        team: input.team,
        achievementIds: input.achievementIds,
        status,
        decisionReason: reason,
        feedback,
        decidedAt,
        decidedBy: decided ? deciderId : null,
        submittedAt,
        updatedAt: decidedAt ?? submittedAt,
      });

      // The enterprise scores every answer it decided on, and a few it has not decided yet.
      if (decided || r.chance(0.2)) {
        const band =
          status === "awarded"
            ? [4, 5]
            : status === "shortlisted"
              ? [3, 5]
              : status === "rejected"
                ? [1, 3]
                : [2, 4];
        const scores = (d.row.criteria ?? []).map((criterion) => ({
          criterion,
          score: r.int(band[0] ?? 1, band[1] ?? 5),
        }));
        const problem = criteriaProblems(
          d.row.criteria ?? [],
          scores.map((s) => s.criterion),
        );
        if (problem) throw new Error(problem);
        const level = status === "awarded" ? "high" : status === "rejected" ? "low" : "mid";
        const comment = r.pick(EVAL_COMMENTS[level]);
        const ev = parseInput(ZEvaluateAnswerInput, {
          answerId,
          scores,
          comment: english ? comment.en : comment.zh,
        });
        const at = decidedAt ?? daysAfter(submittedAt, 2);
        evaluations.push({
          id: r.uuid(),
          answerId,
          answerOrgId: org.row.id as string,
          evaluatorId: deciderId,
          scores: ev.scores,
          overall: overallScore(ev.scores),
          comment: ev.comment,
          createdAt: at,
          updatedAt: at,
        });
      }

      // Most answerers accepted the NDA to read the confidential part before answering.
      if (r.chance(0.75)) {
        demandAccess.push({
          demandId: d.row.id as string,
          orgId: org.row.id as string,
          kind: "nda",
          grantedBy: org.users[0]?.row.id as string,
          grantedAt: new Date(
            Math.max(publishedAt.getTime(), daysBefore(submittedAt, r.int(1, 10)).getTime()),
          ),
        });
      }
    });

    // Some enterprises invite institutes they already know.
    if (d.row.status !== "draft" && d.row.status !== "cancelled" && r.chance(0.3)) {
      const taken = new Set(chosen.map((c) => c.key));
      const invitees = r.sample(
        answerers.filter((s) => !taken.has(s.key) && s.kind !== "enterprise" && s.country === "CN"),
        r.int(1, 2),
      );
      for (const inv of invitees) {
        const org = orgs.byKey.get(inv.key);
        if (!org) continue;
        demandAccess.push({
          demandId: d.row.id as string,
          orgId: org.row.id as string,
          kind: "invited",
          grantedBy: deciderId,
          grantedAt: daysAfter(publishedAt, r.int(0, 5)),
        });
      }
    }
  }
  return { answers, evaluations, demandAccess };
}

function buildAnswerInput(
  rng: Random,
  d: GeneratedDemand,
  spec: OrgSpec,
  english: boolean,
  linked: string[],
  submittedAt: Date,
) {
  const profile = profileFor(d.row.field);
  const [a1, a2] = rng.sample(profile.approaches, 2);
  const target = d.row.indicators?.[0];
  const title = english
    ? (d.row.titleEn ?? d.row.titleZh ?? "")
    : (d.row.titleZh ?? d.row.titleEn ?? "");
  const months = rng.int(6, 18);
  const approach = english
    ? `We propose to meet "${title}" in three phases. ${capitalise(a1?.en ?? "")}. ${a2 ? `In addition, ${a2.en}. ` : ""}${linked.length ? "The work builds on our listed achievements on this platform. " : ""}Phase 1 reproduces your current process and sets a baseline; phase 2 runs a pilot on one of your lines; phase 3 scales up and trains your staff. ${target ? `We commit to ${target.name} ${target.target}${target.unit ? ` ${target.unit}` : ""} at the end of phase 2. ` : ""}Total duration: ${months} months.`
    : `针对贵司“${title}”需求，我方拟分三个阶段实施：第一阶段复现现有工艺并建立基线数据；第二阶段在贵司一条产线开展中试；第三阶段放大应用并完成人员培训。技术路线上，${a1?.zh ?? ""}；${a2?.zh ?? "并配套完整的工艺规程"}。${linked.length ? "方案依托我方已在平台发布的相关科技成果。" : ""}${target ? `第二阶段结束时承诺${target.name}达到 ${target.target}${target.unit ?? ""}。` : ""}总周期 ${months} 个月。`;
  const start = submittedAt;
  const milestoneTitles = english
    ? [
        "Baseline and process audit",
        "Pilot run on site",
        "Scale-up and acceptance",
        "Training and handover",
      ]
    : ["工艺诊断与基线测试", "现场中试", "放大应用与验收", "人员培训与交付"];
  const deliverables = english
    ? [
        "baseline report",
        "pilot test report",
        "acceptance report signed by both parties",
        "operating manual and training records",
      ]
    : ["基线测试报告", "中试报告", "双方签字的验收报告", "操作规程与培训记录"];
  const count = rng.int(2, 4);
  const milestones = Array.from({ length: count }, (_, k) => ({
    title: milestoneTitles[k] ?? "",
    dueOn: isoDay(daysAfter(start, Math.round(((k + 1) * months * 30) / count))),
    deliverable: deliverables[k] ?? null,
  }));
  const budgetMid =
    d.row.budgetMin != null && d.row.budgetMax != null
      ? (d.row.budgetMin + d.row.budgetMax) / 2
      : 1_500_000;
  const amount = Math.round((budgetMid * rng.pick([0.7, 0.85, 1, 1.1, 1.3])) / 10_000) * 10_000;
  const team = Array.from({ length: rng.int(2, 4) }, (_, k) => {
    const name = spec.country === "CN" ? chineseName(rng).zh : foreignName(rng, spec.country).zh;
    const roleZh =
      k === 0 ? "项目负责人" : rng.pick(["工艺工程师", "算法工程师", "中试负责人", "质量工程师"]);
    const roleEn =
      k === 0
        ? "principal investigator"
        : rng.pick(["process engineer", "algorithm engineer", "pilot lead", "quality engineer"]);
    return { name, role: english ? roleEn : roleZh };
  });
  return {
    demandId: d.row.id,
    approach,
    milestones,
    quote: { amount, currency: "CNY" },
    achievementIds: linked,
    team,
  };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
