import { getAnalyzer } from "@openttc/search/text/analyze";
import { describe, expect, it } from "vitest";
import type { MatchAchievement, MatchDemand } from "../listing";
import { matcherFor, SAMPLE_CEDICT } from "../test-support";
import { buildCedictLexicon, buildCedictLexiconInSlices, cleanSense } from "./cedict";
import { getCedictLexicon } from "./load-cedict";

describe("cleanSense", () => {
  it("keeps a translation and drops registers, variants and classifiers", () => {
    expect(cleanSense("to dissipate heat")).toBe("dissipate heat");
    expect(cleanSense("(of trends) to simmer")).toBe("simmer");
    expect(cleanSense("variant of 家具[jia1 ju4]")).toBeNull();
    expect(cleanSense("CL:件[jian4]")).toBeNull();
    expect(cleanSense("surname Zhang")).toBeNull();
    expect(cleanSense("(literary) to encounter")).toBeNull();
  });
});

describe("buildCedictLexicon", () => {
  const lx = buildCedictLexicon(SAMPLE_CEDICT, getAnalyzer());

  it("links a Chinese word to the English terms of its senses and back", () => {
    expect(lx.translate("石墨烯").map((t) => t.term)).toEqual(["graphen"]);
    expect(lx.translate("graphen").map((t) => t.term)).toEqual(["石墨烯"]);
    expect(lx.translate("film").map((t) => t.term)).toContain("薄膜");
  });

  it("weighs a later sense and a phrase's words below a first one-word sense", () => {
    const film = lx.translate("薄膜");
    expect(film.find((t) => t.term === "membran")?.weight).toBeGreaterThan(
      film.find((t) => t.term === "film")?.weight ?? 1,
    );
    const heat = lx.translate("散热").find((t) => t.term === "heat")?.weight ?? 1;
    expect(heat).toBeLessThan(lx.translate("石墨烯")[0]?.weight ?? 0);
  });

  it("translates an English phrase as a whole", () => {
    const phrases = lx.phrasesFrom("dissip");
    expect(phrases.map((p) => p.terms.join(" "))).toContain("dissip heat");
  });

  it("leaves proper names out", () => {
    expect(lx.translate("中国")).toEqual([]);
  });

  it("finds an English-only achievement for a Chinese demand through the dictionary alone", () => {
    const demand: MatchDemand = { id: "d", titleZh: "电网巡检技术" };
    const hit: MatchAchievement = { id: "hit", titleEn: "Patrol and inspect the electricity grid" };
    const miss: MatchAchievement = { id: "miss", titleEn: "Electric kettle with a timer" };
    const m = matcherFor({ achievements: [hit, miss], demands: [demand] }, { lexicon: lx });
    const ranked = m.rankAchievements(demand, [miss, hit]);
    expect(ranked[0]?.achievementId).toBe("hit");
    expect(ranked[0]?.explanation.matchedTerms[0]?.via).toBe("dictionary");
  });
});

describe("buildCedictLexiconInSlices", () => {
  it("builds the same lexicon while letting the event loop turn between slices", async () => {
    let turns = 0;
    let building = true;
    const tick = () => {
      turns++;
      if (building) setImmediate(tick);
    };
    setImmediate(tick);
    const sliced = await buildCedictLexiconInSlices(SAMPLE_CEDICT, getAnalyzer(), 1);
    building = false;
    expect(turns).toBeGreaterThan(SAMPLE_CEDICT.length / 2);

    const whole = buildCedictLexicon(SAMPLE_CEDICT, getAnalyzer());
    const words = SAMPLE_CEDICT.map((e) => e.simplified);
    const english = words.flatMap((w) => whole.translate(w).map((t) => t.term));
    expect(english.length).toBeGreaterThan(0);
    for (const w of [...words, ...english]) expect(sliced.translate(w)).toEqual(whole.translate(w));
    expect(sliced.phrasesFrom("dissip")).toEqual(whole.phrasesFrom("dissip"));
  });
});

describe("getCedictLexicon", () => {
  it("loads the CC-CEDICT snapshot shipped by the cc-cedict package once and shares it", {
    timeout: 120_000,
  }, async () => {
    const first = getCedictLexicon();
    expect(getCedictLexicon()).toBe(first);
    const lx = await first;
    expect(lx.translate("石墨烯").map((t) => t.term)).toContain("graphen");
    expect(lx.translate("sensor").map((t) => t.term)).toContain("传感器");
  });
});
