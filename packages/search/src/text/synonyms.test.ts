import { describe, expect, it } from "vitest";
import { SYNONYM_GROUPS, synonymMap, TERM_GROUPS } from "./synonyms";

describe("synonym table", () => {
  it("pairs at least 150 technical terms across the two languages", () => {
    expect(TERM_GROUPS.length).toBeGreaterThanOrEqual(150);
    for (const g of TERM_GROUPS) {
      expect(g.zh.length, JSON.stringify(g)).toBeGreaterThan(0);
      expect(g.en.length, JSON.stringify(g)).toBeGreaterThan(0);
    }
  });

  it("has no single-character Chinese term, which would match almost anything", () => {
    const single = SYNONYM_GROUPS.flatMap((g) => g.zh).filter((t) => [...t].length < 2);
    expect(single).toEqual([]);
  });

  it("covers the terms the platform is known for", () => {
    const map = synonymMap();
    expect(map.get("石墨烯")).toContain("graphene");
    expect(map.get("graphene")).toContain("石墨烯");
    expect(map.get("三七")).toEqual(expect.arrayContaining(["panax notoginseng", "notoginseng"]));
    expect(map.get("pu'er tea")).toContain("普洱茶");
    expect(map.get("人工智能")).toContain("ai");
    expect(map.get("新材料")).toContain("new materials");
  });
});
