import { describe, expect, it } from "vitest";
import { CHINA_PROVINCES, englishProvinceName } from "./china-provinces";

describe("englishProvinceName", () => {
  it("names every provincial-level division, written in full or short", () => {
    expect(CHINA_PROVINCES).toHaveLength(34);
    expect(englishProvinceName("云南省")).toBe("Yunnan");
    expect(englishProvinceName("云南")).toBe("Yunnan");
    expect(englishProvinceName(" 广西壮族自治区 ")).toBe("Guangxi");
    expect(englishProvinceName("陕西省")).toBe("Shaanxi");
    expect(englishProvinceName("山西省")).toBe("Shanxi");
  });

  it("knows no other name", () => {
    expect(englishProvinceName("California")).toBeNull();
    expect(englishProvinceName("昆明市")).toBeNull();
    expect(englishProvinceName("")).toBeNull();
  });
});
