import { describe, expect, it } from "vitest";
import { ACHIEVEMENTS, NOW } from "../contract.fixtures";
import type { AchievementDoc } from "../documents";
import type { SearchFilter } from "../search-index";
import { createOramaSearchIndex } from "./orama";

const base = ACHIEVEMENTS[0] as AchievementDoc;
const doc = (id: string, titleZh: string): AchievementDoc => ({
  ...base,
  id,
  titleZh,
  titleEn: "",
  summaryZh: "",
  summaryEn: "",
  keywords: [],
});
const everyone: SearchFilter = {
  statuses: ["published"],
  visibleTo: { visibilities: ["public"], orgIds: [] },
  notExpiredAt: NOW,
};
const search = (index: ReturnType<typeof createOramaSearchIndex>, q: string) =>
  index.search("achievements", {
    q,
    filter: everyone,
    offset: 0,
    limit: 50,
    highlight: false,
    locale: "zh-CN",
  });

describe("embedded engine: common query terms", () => {
  // 40 titles share "设计"; with a limit of 20 postings it is a common term.
  const designs = Array.from({ length: 40 }, (_, i) => doc(`d${i}`, `第${i}号电机设计`));
  const welders = [doc("w1", "焊接机"), doc("w2", "焊接机设计")];
  const make = async () => {
    const index = createOramaSearchIndex({ commonTermPostings: 20 });
    await index.upsert("achievements", [...designs, ...welders]);
    return index;
  };

  it("lets a common term rank the documents of rarer terms without bringing in its own", async () => {
    const index = await make();
    const result = await search(index, "焊接机 设计");
    expect(result.hits.map((h) => h.id)).toEqual(["w2", "w1"]);
    expect(result.estimatedTotal).toBe(2);
  });

  it("finds every document of a query made of common terms only", async () => {
    const index = await make();
    const result = await search(index, "设计");
    expect(result.estimatedTotal).toBe(41);
  });

  it("falls back to the common terms when the rare ones match nothing", async () => {
    const index = await make();
    const result = await search(index, "齿轮箱 设计");
    expect(result.estimatedTotal).toBe(41);
  });

  it("treats no term as common below the limit", async () => {
    const index = createOramaSearchIndex({ commonTermPostings: 1_000 });
    await index.upsert("achievements", [...designs, ...welders]);
    const result = await search(index, "焊接机 设计");
    expect(result.estimatedTotal).toBe(42);
    expect(result.hits[0]?.id).toBe("w2");
  });
});

describe("embedded engine: long queries", () => {
  it("count the first ten terms, or as many as the caller asks for", async () => {
    const index = createOramaSearchIndex();
    await index.upsert("achievements", [doc("far", "减速器"), doc("near", "焊接机")]);
    const q = "焊接机 甲 乙 丙 丁 戊 己 庚 辛 壬 减速器";
    const ids = async (maxTerms?: number) =>
      (
        await index.search("achievements", { q, filter: everyone, offset: 0, limit: 10, maxTerms })
      ).hits.map((h) => h.id);
    expect(await ids()).toEqual(["near"]);
    expect((await ids(32)).sort()).toEqual(["far", "near"]);
    await expect(ids(33)).rejects.toThrow(RangeError);
  });
});

describe("embedded engine: suggestions", () => {
  it("need every typed word within one title or the keywords, the last one as a prefix", async () => {
    const index = createOramaSearchIndex();
    await index.upsert("achievements", [
      { ...doc("both-en", ""), titleEn: "Graphene thermal film" },
      { ...doc("split", "石墨烯涂层"), titleEn: "Thermal coating" },
      { ...doc("other", "陶瓷"), titleEn: "Ceramic thermal barrier" },
    ]);
    const suggest = async (prefix: string) =>
      (await index.suggest(prefix, { filters: { achievements: everyone }, locale: "en" })).map(
        (s) => s.id,
      );
    expect(await suggest("graphene therm")).toEqual(["both-en"]);
    expect((await suggest("therm")).sort()).toEqual(["both-en", "other", "split"]);
    expect(await suggest("石墨烯 therm")).toEqual([]);
  });
});

describe("embedded engine: frequent words' flat postings", () => {
  it("stay in step with upserts and deletes once a word is frequent", async () => {
    const index = createOramaSearchIndex();
    const docs = Array.from({ length: 300 }, (_, i) => doc(`g${i}`, `石墨烯薄膜${i}`));
    await index.upsert("achievements", docs);
    expect((await search(index, "石墨烯")).estimatedTotal).toBe(300);

    await index.upsert("achievements", [{ ...doc("g1", "碳纳米管"), version: 2 }]);
    await index.delete("achievements", ["g2"]);
    await index.upsert("achievements", [doc("g300", "石墨烯涂层")]);
    const result = await search(index, "石墨烯");
    expect(result.estimatedTotal).toBe(299);
    const ids = new Set<string>();
    for (let offset = 0; offset < 299; offset += 50) {
      const page = await index.search("achievements", {
        q: "石墨烯",
        filter: everyone,
        offset,
        limit: 50,
        highlight: false,
        locale: "zh-CN",
      });
      for (const h of page.hits) ids.add(h.id);
    }
    expect(ids.has("g1")).toBe(false);
    expect(ids.has("g2")).toBe(false);
    expect(ids.has("g300")).toBe(true);
    expect(ids.size).toBe(299);
  });
});

describe("embedded engine: a frequent common word scored over the candidates", () => {
  // 300 titles share "设计": frequent enough for flat postings, common with a limit of 20.
  const designs = Array.from({ length: 300 }, (_, i) => doc(`d${i}`, `第${i}号电机设计`));
  const order = async (index: ReturnType<typeof createOramaSearchIndex>) =>
    (await search(index, "焊接机 设计 方法")).hits.map((h) => h.id);

  it("ranks the candidate holding the word first, and follows the word as documents change", async () => {
    const index = createOramaSearchIndex({ commonTermPostings: 20 });
    await index.upsert("achievements", [
      ...designs,
      doc("w1", "焊接机的设计"),
      doc("w2", "焊接机的控制"),
      doc("w3", "焊接机的检测"),
    ]);
    // Three candidates: the word's 301 flat postings are scanned rather than looked up.
    expect(await order(index)).toEqual(["w1", "w2", "w3"]);

    // The word's flat postings follow updates: w2 now holds it and w1 no longer does (were the
    // postings stale, w1 would win the tie on id).
    await index.upsert("achievements", [
      { ...doc("w1", "焊接机的控制"), version: 2 },
      { ...doc("w2", "焊接机的设计"), version: 2 },
    ]);
    expect(await order(index)).toEqual(["w2", "w1", "w3"]);
    await index.delete("achievements", ["w2"]);
    expect(await order(index)).toEqual(["w1", "w3"]);
  });
});

describe("embedded engine: typos", () => {
  const english = (id: string, titleEn: string): AchievementDoc => ({
    ...doc(id, ""),
    titleEn,
  });
  const docs = [
    english("cut", "Laser cutting of glass sheets"),
    english("cube", "Cube satellite frame"),
    english("cut2", "Cuts on a lathe"),
    english("cat", "Catalyst for cracking"),
  ];

  it("matches a typo against the written word, not its shorter stem", async () => {
    const index = createOramaSearchIndex();
    await index.upsert("achievements", docs);
    // "cutting" is stemmed to "cut": two edits from it would reach "cube" and "cat" as well.
    for (const typed of ["cuttnig", "cuting"]) {
      const found = (await search(index, typed)).hits.map((h) => h.id);
      expect(found).toContain("cut");
      expect(found).not.toContain("cube");
      expect(found).not.toContain("cat");
    }
  });

  it("still finds longer words that begin with the typed word, typo included", async () => {
    const index = createOramaSearchIndex();
    await index.upsert("achievements", [english("cat", "Catalyst for cracking")]);
    expect((await search(index, "catalist")).hits.map((h) => h.id)).toEqual(["cat"]);
    expect((await search(index, "catalys")).hits.map((h) => h.id)).toEqual(["cat"]);
  });
});
