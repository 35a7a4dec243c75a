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
