import { describe, expect, it } from "vitest";
import {
  cityInEnglish,
  personNameInEnglish,
  provinceInEnglish,
  teamTermOrAsWritten,
} from "./english-names";

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

  it("writes Chinese personal names in pinyin, surname first", () => {
    expect(personNameInEnglish("普军华")).toBe("Pu Junhua");
    expect(personNameInEnglish("单雄信")).toBe("Shan Xiongxin");
    expect(personNameInEnglish("欧阳修")).toBe("Ouyang Xiu");
    expect(personNameInEnglish("林凯")).toBe("Lin Kai");
    expect(personNameInEnglish("Zhang Wei")).toBe("Zhang Wei");
  });

  it("translates common titles and roles and keeps the rest", () => {
    expect(teamTermOrAsWritten("教授")).toBe("Professor");
    expect(teamTermOrAsWritten("负责催化剂筛选")).toBe("负责催化剂筛选");
  });
});
