import { describe, expect, it } from "vitest";
import { cityInEnglish, provinceInEnglish } from "./place-names";

describe("place names in English", () => {
  it("writes Chinese cities, counties and districts in pinyin with the unit in English", () => {
    expect(cityInEnglish("昆明市")).toBe("Kunming");
    expect(cityInEnglish("重庆市")).toBe("Chongqing");
    expect(cityInEnglish("蚌埠市")).toBe("Bengbu");
    expect(cityInEnglish("呈贡区")).toBe("Chenggong District");
    expect(cityInEnglish("宜良县")).toBe("Yiliang County");
    expect(cityInEnglish("丽江")).toBe("Lijiang");
  });

  it("keeps names it cannot render and names already in Latin script", () => {
    expect(cityInEnglish("西双版纳傣族自治州")).toBe("西双版纳傣族自治州");
    expect(cityInEnglish("São Paulo")).toBe("São Paulo");
    expect(cityInEnglish("Kunming")).toBe("Kunming");
  });

  it("names Chinese provinces in English and keeps others", () => {
    expect(provinceInEnglish("广西壮族自治区")).toBe("Guangxi");
    expect(provinceInEnglish("California")).toBe("California");
  });
});
