import { describe, expect, it } from "vitest";
import { parseAchievements, parseDemands, parseQrels } from "./parse";

describe("parseAchievements", () => {
  it("reads plain-text rows, puts a title in its language and tolerates unknown fields", () => {
    const { rows, issues } = parseAchievements(
      [
        '{"id":"a1","title":"石墨烯导热膜","extra":{"x":1}}',
        '{"id":2,"title":"Graphene film","summary":"Spreads heat","modes":["EXCLUSIVE_LICENCE","Use-First-Pay-Later"],"trl":"7"}',
      ].join("\n"),
    );
    expect(issues).toEqual([]);
    expect(rows[0]).toMatchObject({
      id: "a1",
      titleZh: "石墨烯导热膜",
      titleEn: null,
      keywords: [],
    });
    expect(rows[1]).toMatchObject({
      id: "2",
      titleEn: "Graphene film",
      summaryEn: "Spreads heat",
      trl: 7,
      transferModes: ["exclusive_licence", "use_first_pay_later"],
    });
  });

  it("reports bad lines with their numbers and keeps the good ones", () => {
    const { rows, issues } = parseAchievements(
      [
        '{"id":"a1","title":"ok"}',
        "",
        "{not json",
        "[1,2]",
        '{"title":"no id"}',
        '{"id":"a1","title":"again"}',
        '{"id":"a3"}',
        '{"id":"a4","title":"t","trl":12}',
      ].join("\n"),
    );
    expect(rows.map((r) => r.id)).toEqual(["a1", "a4"]);
    expect(rows[1]?.trl).toBeNull();
    expect(issues.map((i) => [i.line, i.severity])).toEqual([
      [3, "error"],
      [4, "error"],
      [5, "error"],
      [6, "error"],
      [7, "error"],
      [8, "warning"],
    ]);
    expect(issues[0]?.message).toMatch(/not valid JSON/);
    expect(issues[3]?.message).toBe('duplicate id "a1"');
    expect(issues[5]?.message).toBe('"trl" is not a TRL from 1 to 9; ignored');
  });
});

describe("parseDemands", () => {
  it("reads the demand format with optional fields missing", () => {
    const { rows, issues } = parseDemands(
      '{"id":"d1","title":"Need a thermal film","problem":"Phones overheat","indicators":["k ≥ 1500 W/mK"],"keywords":"graphene; film","minTrl":6,"modes":["Transfer"],"budgetMax":"300000"}\n{"id":"d2","problem":"只有问题描述"}',
    );
    expect(issues).toEqual([]);
    expect(rows[0]).toMatchObject({
      titleEn: "Need a thermal film",
      problemEn: "Phones overheat",
      keywords: ["graphene", "film"],
      minTrl: 6,
      wantedModes: ["transfer"],
      budgetMax: 300000,
      field: null,
    });
    expect(rows[1]).toMatchObject({ id: "d2", problemZh: "只有问题描述", titleZh: null });
  });
});

describe("parseQrels", () => {
  it("reads tab-separated and TREC judgements and reports bad lines", () => {
    const { byDemand, issues } = parseQrels(
      ["# comment", "d1\ta1\t3", "d1 0 a2 1", "d1\ta3", "d2\ta1\t5", "d2\ta1\tx", "d3\ta9\t0"].join(
        "\n",
      ),
    );
    expect(byDemand.get("d1")).toEqual(
      new Map([
        ["a1", 3],
        ["a2", 1],
      ]),
    );
    expect(byDemand.get("d3")).toEqual(new Map([["a9", 0]]));
    expect(issues.map((i) => i.line)).toEqual([4, 5, 6]);
    expect(issues[1]?.message).toBe('grade "5" is not an integer from 0 to 3');
  });
});
