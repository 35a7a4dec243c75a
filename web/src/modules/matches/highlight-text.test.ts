import { describe, expect, it } from "vitest";
import { fieldText, markSpans } from "./highlight-text";

describe("match highlighting", () => {
  it("marks the spans the matcher reported", () => {
    expect(markSpans("高导热石墨烯散热膜", [{ start: 3, end: 6, text: "石墨烯" }])).toEqual([
      { text: "高导热", marked: false },
      { text: "石墨烯", marked: true },
      { text: "散热膜", marked: false },
    ]);
  });

  it("merges overlapping spans and keeps the text whole", () => {
    const segments = markSpans("graphene heat film", [
      { start: 0, end: 8, text: "graphene" },
      { start: 5, end: 13, text: "ene heat" },
    ]);
    expect(segments).toEqual([
      { text: "graphene heat", marked: true },
      { text: " film", marked: false },
    ]);
  });

  it("finds a span by its text when the listing changed since scoring, and drops one it cannot find", () => {
    expect(
      markSpans("新版：石墨烯散热膜", [
        { start: 0, end: 3, text: "石墨烯" },
        { start: 1, end: 2, text: "碳纤维" },
      ]),
    ).toEqual([
      { text: "新版：", marked: false },
      { text: "石墨烯", marked: true },
      { text: "散热膜", marked: false },
    ]);
  });

  it("rebuilds the texts the matcher read: joined keywords and indicators", () => {
    const demand = {
      summaryZh: "需要散热膜",
      keywords: ["石墨烯", "散热"],
      indicators: [
        { name: "导热系数", target: "≥ 1500", unit: "W/(m·K)" },
        { name: "厚度", target: "≤ 20", unit: null },
      ],
    };
    expect(fieldText(demand, "keywords")).toBe("石墨烯; 散热");
    expect(fieldText(demand, "indicators")).toBe("导热系数 ≥ 1500 W/(m·K); 厚度 ≤ 20");
    expect(fieldText(demand, "problemZh")).toBe("需要散热膜");
    expect(fieldText(demand, "unknown")).toBeNull();
  });
});
