import { describe, expect, it } from "vitest";
import type { MatchAchievement, MatchDemand } from "./listing";
import { matcherFor, NOW } from "./test-support";

const DAY = 86_400_000;

const filmDemand: MatchDemand = {
  id: "d-film",
  titleZh: "石墨烯导热膜的散热技术",
  problemZh: "手机芯片散热不足，需要高导热的石墨烯薄膜。",
  keywords: ["石墨烯", "导热膜"],
  field: "new_materials.carbon",
  minTrl: 6,
  wantedModes: ["non_exclusive_licence"],
  budgetMin: 500_000,
  budgetMax: 1_000_000,
  region: { country: "CN", province: "云南省", city: "昆明市" },
};

const englishFilm: MatchAchievement = {
  id: "a-en",
  titleEn: "Graphene thermal film for heat dissipation in phones",
  summaryEn: "A graphene film that spreads heat away from chips.",
  keywords: ["graphene", "thermal film"],
  field: "new_materials.carbon",
  trl: 7,
  transferModes: ["non_exclusive_licence"],
  priceMin: 800_000,
  region: { country: "CN", province: "广东省", city: "深圳市" },
  verifiedAt: NOW - 30 * DAY,
};

const unrelatedEnglish: MatchAchievement = {
  id: "a-fpga",
  titleEn: "Walking robot gait controller",
  summaryEn: "A controller for legged robots on rough ground.",
  field: "high_end_equipment.robotics",
  trl: 7,
  transferModes: ["non_exclusive_licence"],
  priceMin: 800_000,
  region: { country: "CN", province: "云南省", city: "昆明市" },
};

describe("createMatcher", () => {
  it("finds an English-only achievement for a Chinese demand through the dictionary", () => {
    const m = matcherFor({ achievements: [englishFilm, unrelatedEnglish], demands: [filmDemand] });
    const ranked = m.rankAchievements(filmDemand, [unrelatedEnglish, englishFilm]);
    expect(ranked[0]?.achievementId).toBe("a-en");
    expect(ranked[0]?.components.text).toBeGreaterThan(0.3);
    const via = ranked[0]?.explanation.matchedTerms.map((t) => t.via) ?? [];
    expect(via.some((v) => v !== "exact")).toBe(true);
  });

  it("finds a Chinese-only achievement for an English demand", () => {
    const demand: MatchDemand = {
      id: "d-en",
      titleEn: "Drone inspection of the power grid",
      field: "digital_economy.iot",
    };
    const zh: MatchAchievement = {
      id: "a-zh",
      titleZh: "电网无人机巡检系统",
      field: "digital_economy.iot",
    };
    const other: MatchAchievement = {
      id: "a-other",
      titleZh: "茶叶萎凋生产线",
      field: "digital_economy.iot",
    };
    const m = matcherFor({ achievements: [zh, other], demands: [demand] });
    const ranked = m.rankAchievements(demand, [other, zh]);
    expect(ranked[0]?.achievementId).toBe("a-zh");
    expect(ranked[0]?.components.text).toBeGreaterThan(ranked[1]?.components.text ?? 1);
  });

  it("weighs a match through the dictionary below the same word in both texts", () => {
    const zhFilm: MatchAchievement = {
      ...englishFilm,
      id: "a-zh",
      titleEn: null,
      summaryEn: null,
      keywords: [],
      titleZh: "石墨烯导热膜",
      summaryZh: "石墨烯薄膜散热",
    };
    const m = matcherFor({ achievements: [englishFilm, zhFilm], demands: [filmDemand] });
    expect(m.components(filmDemand, zhFilm).text).toBeGreaterThan(
      m.components(filmDemand, englishFilm).text,
    );
  });

  it("ranks a TRL-7 licence above a TRL-3 transfer for a TRL-6 demand", () => {
    const mature = {
      ...englishFilm,
      id: "mature",
      trl: 7,
      transferModes: ["non_exclusive_licence"],
    };
    const early = { ...englishFilm, id: "early", trl: 3, transferModes: ["transfer"] };
    const m = matcherFor({ achievements: [mature, early], demands: [filmDemand] });
    const ranked = m.rankAchievements(filmDemand, [early, mature]);
    expect(ranked.map((r) => r.achievementId)).toEqual(["mature", "early"]);
    expect(ranked[0]?.components.trl).toBe(1);
    expect(ranked[1]?.components.trl).toBe(0.05);
  });

  it("keeps a pair with no textual relation low even when every other component fits", () => {
    const m = matcherFor({ achievements: [unrelatedEnglish, englishFilm], demands: [filmDemand] });
    const r = m.match(filmDemand, unrelatedEnglish);
    expect(r.components.text).toBeLessThan(0.05);
    expect(r.score).toBeLessThan(0.1);
    expect(m.match(filmDemand, englishFilm).score).toBeGreaterThan(0.5);
  });

  it("explains a match in Chinese and English with the matched words as each text writes them", () => {
    const m = matcherFor({ achievements: [englishFilm], demands: [filmDemand] });
    const r = m.match(filmDemand, englishFilm);
    const { sentences, matchedTerms, highlights, components } = r.explanation;
    expect(sentences.en.join(" ")).toContain("TRL 7 meets the required 6");
    expect(sentences.en.join(" ")).toContain(
      "non-exclusive licence offered matches the wanted mode",
    );
    expect(sentences["zh-CN"].join("")).toContain("技术成熟度 TRL 7 达到要求的 6 级");
    expect(sentences["zh-CN"].join("")).toContain("普通许可符合所需合作方式");
    expect(
      matchedTerms.some((t) => t.demand.includes("石墨烯") && /graphene/i.test(t.achievement)),
    ).toBe(true);
    for (const h of [...highlights.demand, ...highlights.achievement])
      expect(h.text.length).toBe(h.end - h.start);
    expect(components.map((c) => c.name)).toContain("text");
    expect(components.find((c) => c.name === "text")?.contribution).toBeGreaterThan(0);
  });

  it("says so when nothing relates the two listings", () => {
    const m = matcherFor({
      achievements: [unrelatedEnglish],
      demands: [{ ...filmDemand, field: null }],
    });
    const r = m.match(
      {
        ...filmDemand,
        field: null,
        minTrl: null,
        wantedModes: [],
        budgetMax: null,
        budgetMin: null,
      },
      { ...unrelatedEnglish, field: null, trl: null, transferModes: [], priceMin: null },
    );
    expect(r.explanation.sentences.en).toEqual(["The texts and fields show no clear relation."]);
    expect(r.explanation.sentences["zh-CN"]).toEqual(["双方文本与领域没有明显关联。"]);
  });

  it("scores a pair the same whichever side asks", () => {
    const m = matcherFor({ achievements: [englishFilm], demands: [filmDemand] });
    const fromDemand = m.rankAchievements(filmDemand, [englishFilm])[0];
    const fromAchievement = m.rankDemands(englishFilm, [filmDemand])[0];
    expect(fromAchievement?.score).toBeCloseTo(fromDemand?.score ?? -1, 12);
    expect(fromAchievement?.demandId).toBe("d-film");
  });

  it("keeps every score in [0, 1]", () => {
    const m = matcherFor({ achievements: [englishFilm, unrelatedEnglish], demands: [filmDemand] });
    for (const a of [englishFilm, unrelatedEnglish, { id: "empty", titleEn: "x" }]) {
      const s = m.match(filmDemand, a).score;
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(1);
    }
  });
});
