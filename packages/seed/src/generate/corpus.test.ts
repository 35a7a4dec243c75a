import { ZCreateAchievementInput } from "@openttc/domain/achievement";
import { ZEvaluateAnswerInput, ZSubmitAnswerInput } from "@openttc/domain/answer";
import { ZCreateDemandInput } from "@openttc/domain/demand";
import { ZCreateOrganizationInput } from "@openttc/domain/organization";
import { topFieldOf } from "@openttc/domain/taxonomy";
import { isValidUscc } from "@openttc/domain/uscc";
import { describe, expect, it } from "vitest";
import { loadPatentSources } from "../sources";
import { generateCorpus } from "./corpus";
import { DEMO_LOGINS } from "./organizations";

const NOW = new Date("2026-03-01T04:00:00Z");
const sources = loadPatentSources();
const corpus = generateCorpus(sources, { seed: 11, now: NOW });
const DAY = 86_400_000;

describe("generateCorpus", () => {
  it("gives identical rows for the same seed and reference date", () => {
    expect(generateCorpus(sources, { seed: 11, now: NOW })).toEqual(corpus);
  });

  it("gives different ids for another seed", () => {
    const other = generateCorpus(sources, { seed: 12, now: NOW });
    expect(other.achievements[0]?.id).not.toBe(corpus.achievements[0]?.id);
  });

  it("holds at least 40 organizations, 300 achievements and 120 exam papers", () => {
    expect(corpus.organizations.length).toBeGreaterThanOrEqual(40);
    expect(corpus.achievements).toHaveLength(300);
    expect(corpus.demands).toHaveLength(120);
    expect(corpus.answers.length).toBeGreaterThan(150);
    expect(corpus.evaluations.length).toBeGreaterThan(80);
  });

  it("lists at least 40 achievements in each of the five key fields", () => {
    const counts = new Map<string, number>();
    for (const a of corpus.achievements) {
      const top = topFieldOf(a.field) ?? a.field;
      counts.set(top, (counts.get(top) ?? 0) + 1);
    }
    for (const key of [
      "new_materials",
      "plateau_agriculture",
      "biomedicine",
      "digital_economy",
      "high_end_equipment",
    ]) {
      expect(counts.get(key), key).toBeGreaterThanOrEqual(40);
    }
  });

  it("gives every Chinese organization a valid unified social credit code and foreign ones none", () => {
    for (const o of corpus.organizations) {
      if (o.country === "CN") expect(isValidUscc(o.uscc ?? ""), o.nameZh).toBe(true);
      else expect(o.uscc).toBeNull();
      expect(
        ZCreateOrganizationInput.safeParse({
          ...o,
          region: { country: o.country, province: o.province, city: o.city },
        }).success,
      ).toBe(true);
    }
  });

  it("writes achievements that pass the domain schema, with their patent as IP asset", () => {
    const ipByAchievement = new Map(corpus.ipAssets.map((ip) => [ip.achievementId, ip]));
    for (const a of corpus.achievements) {
      const ip = ipByAchievement.get(a.id as string);
      const result = ZCreateAchievementInput.safeParse({
        ...a,
        ipAssets: ip ? [ip] : [],
        price: {
          min: a.priceMin,
          max: a.priceMax,
          currency: a.priceCurrency,
          negotiable: a.priceNegotiable,
        },
        region: { country: a.country, province: a.province, city: a.city },
      });
      expect(result.success, `${a.titleZh ?? a.titleEn}: ${result.error?.message}`).toBe(true);
      expect(ip?.number).toMatch(/^(CN\d{9}[ABU]|[A-Z]{3}-[0-9A-Z-]+)$/);
      if (ip?.number.startsWith("CN"))
        expect(ip.kind).toBe(ip.number.endsWith("U") ? "utility_model" : "invention_patent");
    }
  });

  it("writes exam papers, answers and evaluations that pass the domain schemas", () => {
    for (const d of corpus.demands) {
      const result = ZCreateDemandInput.safeParse({
        ...d,
        budget: {
          min: d.budgetMin,
          max: d.budgetMax,
          currency: d.budgetCurrency,
          negotiable: d.budgetNegotiable,
        },
        region: { country: d.country, province: d.province, city: d.city },
      });
      expect(result.success, `${d.titleZh ?? d.titleEn}: ${result.error?.message}`).toBe(true);
      expect(d.indicators?.length).toBeGreaterThanOrEqual(2);
      expect(d.indicators?.length).toBeLessThanOrEqual(5);
    }
    for (const a of corpus.answers) {
      const ok = ZSubmitAnswerInput.safeParse({
        ...a,
        quote: { amount: a.quoteAmount, currency: a.quoteCurrency },
      });
      expect(ok.success, ok.error?.message).toBe(true);
      if (a.status === "rejected") expect(a.decisionReason).not.toBeNull();
    }
    for (const e of corpus.evaluations)
      expect(ZEvaluateAnswerInput.safeParse(e).success).toBe(true);
  });

  it("contains no placeholder text", () => {
    const text = JSON.stringify(corpus);
    expect(text).not.toMatch(/lorem|ipsum|Achievement \d|Demand \d|TODO/i);
    // Signs of a template hole inside any text: a missing value or an unreplaced placeholder.
    const strings: string[] = [];
    JSON.stringify(corpus, (_key, value) => {
      if (typeof value === "string") strings.push(value);
      return value;
    });
    const holes = strings.filter((s) => /\bundefined\b|\bNaN\b|\bnull\b|\{p\}|\{v\}/.test(s));
    expect(holes).toEqual([]);
  });

  it("stages the demo scenarios: review queue, freshness reminders and an overdue decision", () => {
    const count = (s: string) => corpus.achievements.filter((a) => a.status === s).length;
    expect(count("published")).toBeGreaterThan(200);
    expect(count("pending_review")).toBeGreaterThan(5);
    expect(
      corpus.achievements.filter((a) => a.status === "rejected").every((a) => a.reviewNote),
    ).toBe(true);
    const age = (a: (typeof corpus.achievements)[number]) =>
      (NOW.getTime() - (a.lastVerifiedAt as Date).getTime()) / DAY;
    const published = corpus.achievements.filter((a) => a.status === "published");
    expect(published.filter((a) => age(a) > 340 && age(a) < 365).length).toBeGreaterThanOrEqual(5);
    expect(published.filter((a) => age(a) > 365).length).toBe(2);

    const user = (email: string) => corpus.users.find((u) => u.email === email);
    for (const email of Object.values(DEMO_LOGINS)) expect(user(email), email).toBeDefined();
    const orgOf = (email: string) =>
      corpus.memberships.find((m) => m.userId === user(email)?.id)?.orgId;
    const kust = orgOf(DEMO_LOGINS.institute);
    expect(orgOf(DEMO_LOGINS.instituteMember)).toBe(kust);
    const kustAchievements = corpus.achievements.filter((a) => a.ownerOrgId === kust);
    expect(kustAchievements.length).toBeGreaterThan(30);
    expect(kustAchievements.filter((a) => a.status === "draft").length).toBeGreaterThanOrEqual(3);
    expect(kustAchievements.some((a) => a.status === "pending_review")).toBe(true);
    expect(corpus.answers.filter((a) => a.orgId === kust).length).toBeGreaterThanOrEqual(3);

    const enterprise = orgOf(DEMO_LOGINS.enterprise);
    const papers = corpus.demands.filter((d) => d.ownerOrgId === enterprise);
    const answered = (id: unknown) => corpus.answers.filter((a) => a.demandId === id);
    expect(
      papers.filter((d) => d.status === "open" && answered(d.id).length > 0).length,
    ).toBeGreaterThanOrEqual(3);
    const today = "2026-03-01";
    const overdue = papers.filter(
      (d) =>
        d.responseDeadline < today &&
        answered(d.id).some((a) => a.status === "submitted" || a.status === "shortlisted"),
    );
    expect(overdue.length).toBeGreaterThanOrEqual(1);
  });

  it("keeps most open exam papers' deadlines in the future and decision dates after them", () => {
    const today = "2026-03-01";
    for (const d of corpus.demands) expect(d.responseDeadline >= d.deadline).toBe(true);
    const open = corpus.demands.filter((d) => d.status === "open");
    expect(open.every((d) => d.deadline > today)).toBe(true);
  });
});
