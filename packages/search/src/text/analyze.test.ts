import { describe, expect, it } from "vitest";
import { createAnalyzer, typoBudget } from "./analyze";
import { analyzeQuery } from "./query";

const terms = (text: string, segmenter: "jieba" | "intl" = "jieba") =>
  createAnalyzer(segmenter)
    .tokens(text)
    .map((t) => t.term);

describe("Chinese segmentation", () => {
  for (const segmenter of ["jieba", "intl"] as const) {
    it(`keeps lexicon words whole with ${segmenter}`, () => {
      expect(terms("一种石墨烯导热膜及其制备方法", segmenter)).toContain("石墨烯");
      expect(terms("三七总皂苷提取工艺", segmenter)).toContain("三七");
    });

    it(`tells 导热 from 导航 with ${segmenter}`, () => {
      expect(terms("北斗卫星导航定位终端", segmenter)).not.toContain("导热");
      expect(terms("高导热陶瓷", segmenter).some((t) => t.includes("导热"))).toBe(true);
    });
  }

  it("drops function words and patent boilerplate", () => {
    expect(terms("一种石墨烯导热膜及其制备方法")).not.toEqual(expect.arrayContaining(["一种"]));
    expect(terms("一种石墨烯导热膜及其制备方法")).not.toContain("及其");
  });

  it("indexes the words inside long words so a part of one still matches", () => {
    const indexed = createAnalyzer("jieba").indexTerms("中华人民共和国");
    expect(indexed).toEqual(expect.arrayContaining(["中华人民共和国", "人民", "共和国"]));
  });

  it("keeps offsets into the original text", () => {
    const text = "Graphene 石墨烯导热膜";
    for (const t of createAnalyzer("jieba").tokens(text)) {
      expect(text.slice(t.start, t.end).length).toBe(t.end - t.start);
    }
    const t = createAnalyzer("jieba")
      .tokens(text)
      .find((x) => x.term === "石墨烯");
    expect(t && text.slice(t.start, t.end)).toBe("石墨烯");
  });
});

describe("English analysis", () => {
  it("lower-cases, stems and drops stopwords", () => {
    expect(terms("The Lithium Batteries of the future")).toEqual(["lithium", "batteri", "futur"]);
  });

  it("folds full-width letters and leaves words with digits unstemmed", () => {
    expect(terms("ＡＩ chips for 5G networks")).toEqual(["ai", "chip", "5g", "network"]);
  });

  it("analyses mixed text in one pass", () => {
    expect(terms("graphene石墨烯films")).toEqual(["graphen", "石墨烯", "film"]);
  });
});

describe("typo budget", () => {
  it("allows no typo in Chinese, short words or words with digits", () => {
    expect(typoBudget("导热", true)).toBe(0);
    expect(typoBudget("chip", false)).toBe(0);
    expect(typoBudget("h2o2x", false)).toBe(0);
  });

  it("allows one typo from five letters and two from seven", () => {
    expect(typoBudget("robot", false)).toBe(1);
    expect(typoBudget("grafene", false)).toBe(2);
  });
});

describe("query expansion", () => {
  const analyzer = createAnalyzer("jieba");

  it("adds the English terms of a Chinese query", () => {
    const q = analyzeQuery(analyzer, "石墨烯导热膜");
    const added = q.expansions.flatMap((e) => e.terms);
    expect(added).toEqual(expect.arrayContaining(["graphen", "thermal", "conduct"]));
  });

  it("adds the Chinese terms of an English query, matching inflected phrases", () => {
    const q = analyzeQuery(analyzer, "recycling of lithium-ion batteries");
    const added = q.expansions.flatMap((e) => e.terms);
    expect(added).toEqual(expect.arrayContaining(["锂电池", "回收利用"]));
  });

  it("records which typed terms an expansion stands for", () => {
    const q = analyzeQuery(analyzer, "cheap drone");
    const drone = q.terms.findIndex((t) => t.term === "drone");
    const exp = q.expansions.find((e) => e.terms.includes("无人机"));
    expect(exp?.covers).toEqual([drone]);
  });

  it("does not expand into one- or two-letter acronyms", () => {
    const added = analyzeQuery(analyzer, "人工智能").expansions.flatMap((e) => e.terms);
    expect(added).toContain("artifici");
    expect(added).not.toContain("ai");
  });

  it("keeps the first ten terms unless asked for more, and expands only those", () => {
    const q = "alpha beta gamma delta epsilon zeta theta iota kappa lambda drone";
    expect(analyzeQuery(analyzer, q).terms.map((t) => t.term)).toHaveLength(10);
    expect(analyzeQuery(analyzer, q).expansions).toEqual([]);
    const longer = analyzeQuery(analyzer, q, 32);
    expect(longer.terms.at(-1)?.term).toBe("drone");
    expect(longer.expansions.flatMap((e) => e.terms)).toContain("无人机");
    expect(analyzeQuery(analyzer, `${"无人机 ".repeat(11)}石墨烯`).expansions).toHaveLength(1);
  });

  it("judges typos on the word as typed, not on its stem", () => {
    expect(analyzeQuery(analyzer, "grafene").terms).toEqual([
      { term: "grafen", raw: "grafene", han: false, tolerance: 2 },
    ]);
  });
});
