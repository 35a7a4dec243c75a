import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError, type FieldIssue } from "./errors";
import {
  CURRENCIES,
  requireOneLanguage,
  TRANSFER_MODES,
  VISIBILITIES,
  ZFieldCode,
  ZKeywords,
  ZMoneyRange,
  zOptionalText,
  zText,
} from "./listing-common";
import { parseInput } from "./validation";

function issuesOf(schema: z.ZodType, input: unknown): FieldIssue[] {
  try {
    parseInput(schema, input);
  } catch (error) {
    if (error instanceof AppError && error.code === "BAD_USER_INPUT") return error.issues;
    throw error;
  }
  throw new Error("expected the input to be refused");
}

const pathsOf = (schema: z.ZodType, input: unknown) => issuesOf(schema, input).map((i) => i.path);

describe("shared enumerations", () => {
  it("offers the six transfer modes of the design, including use-first-pay-later (measure 4)", () => {
    expect([...TRANSFER_MODES].sort()).toEqual(
      [
        "equity_investment",
        "exclusive_licence",
        "joint_development",
        "non_exclusive_licence",
        "transfer",
        "use_first_pay_later",
      ].sort(),
    );
  });

  it("has public, registered and private visibility", () => {
    expect([...VISIBILITIES].sort()).toEqual(["private", "public", "registered"]);
  });

  it("prices in yuan and the currencies of the BRICS and South-East Asian partners", () => {
    for (const c of ["CNY", "USD", "INR", "RUB", "BRL", "ZAR", "THB", "VND", "LAK", "MMK"]) {
      expect(CURRENCIES).toContain(c);
    }
  });
});

describe("zText", () => {
  const Z = zText(5);

  it("trims the text", () => {
    expect(parseInput(Z, "  abc  ")).toBe("abc");
  });

  it("accepts exactly the maximum length after trimming", () => {
    expect(parseInput(Z, " abcde ")).toBe("abcde");
  });

  it.each([
    ["", "must not be empty"],
    ["    ", "must not be empty"],
    ["abcdef", "must be at most 5 characters"],
  ])("refuses %j: %s", (input, message) => {
    expect(issuesOf(Z, input)).toEqual([{ path: "input", message }]);
  });
});

describe("zOptionalText", () => {
  const Z = zOptionalText(5);

  it.each([undefined, null, "", "   "])("turns %j into null", (input) => {
    expect(parseInput(Z, input)).toBeNull();
  });

  it("trims a given text", () => {
    expect(parseInput(Z, " abc ")).toBe("abc");
  });

  it("refuses a text over the maximum length", () => {
    expect(issuesOf(Z, "abcdef")).toEqual([
      { path: "input", message: "must be at most 5 characters" },
    ]);
  });

  it("refuses a non-text value", () => {
    expect(pathsOf(Z, 12)).toEqual(["input"]);
  });
});

describe("ZFieldCode", () => {
  it.each(["biomedicine", "biomedicine.tcm", "plateau_agriculture.tea_coffee"])(
    "accepts the field %s",
    (code) => {
      expect(parseInput(ZFieldCode, code)).toBe(code);
    },
  );

  it.each(["biomedicine.unicorns", "Biomedicine", "", "medicine"])(
    "refuses %j as not in the taxonomy",
    (code) => {
      expect(issuesOf(ZFieldCode, code)).toEqual([
        { path: "input", message: "is not a field of the taxonomy" },
      ]);
    },
  );

  it("refuses a non-text field", () => {
    expect(pathsOf(ZFieldCode, 7)).toEqual(["input"]);
  });
});

describe("ZKeywords", () => {
  it("trims keywords and drops duplicates, keeping first-seen order", () => {
    expect(parseInput(ZKeywords, ["石墨烯", " 锂电池 ", "石墨烯", "锂电池"])).toEqual([
      "石墨烯",
      "锂电池",
    ]);
  });

  it("accepts 20 keywords and refuses 21", () => {
    const words = Array.from({ length: 21 }, (_, i) => `k${i}`);
    expect(parseInput(ZKeywords, words.slice(0, 20))).toHaveLength(20);
    expect(issuesOf(ZKeywords, words)).toEqual([
      { path: "input", message: "must have at most 20 keywords" },
    ]);
  });

  it("refuses an empty or overlong keyword at its index", () => {
    expect(pathsOf(ZKeywords, ["ok", "  ", "x".repeat(41)])).toEqual(["input.1", "input.2"]);
  });
});

describe("ZMoneyRange", () => {
  it("accepts a range and defaults to yuan, not negotiable", () => {
    expect(parseInput(ZMoneyRange, { min: 100_000, max: 500_000 })).toEqual({
      min: 100_000,
      max: 500_000,
      currency: "CNY",
      negotiable: false,
    });
  });

  it.each([
    ["only a minimum", { min: 100 }],
    ["only a maximum", { max: 100 }],
    ["min equal to max", { min: 100, max: 100 }],
    ["zero", { min: 0, max: 0 }],
    ["the largest amount", { min: 1e12, max: 1e12 }],
    ["no amount but negotiable", { negotiable: true }],
    ["null amounts but negotiable", { min: null, max: null, negotiable: true }],
    ["another currency", { min: 1, currency: "THB" }],
  ])("accepts %s", (_label, input) => {
    expect(() => parseInput(ZMoneyRange, input)).not.toThrow();
  });

  it.each([
    ["min above max", { min: 200, max: 100 }, "input.max", "must not be less than min"],
    [
      "min above max even when negotiable",
      { min: 200, max: 100, negotiable: true },
      "input.max",
      "must not be less than min",
    ],
    ["no amount and not negotiable", {}, "input.min", "give an amount or mark it negotiable"],
    [
      "null amounts and not negotiable",
      { min: null, max: null, negotiable: false },
      "input.min",
      "give an amount or mark it negotiable",
    ],
    ["a negative minimum", { min: -1 }, "input.min", "must not be negative"],
    ["a negative maximum", { max: -0.5, negotiable: true }, "input.max", "must not be negative"],
    ["a maximum over 10^12", { max: 1e12 + 1 }, "input.max", "is too large"],
    ["an amount written as text", { min: "100" }, "input.min", undefined],
    ["an amount that is not a number", { min: Number.NaN }, "input.min", undefined],
    ["an infinite amount", { max: Number.POSITIVE_INFINITY }, "input.max", undefined],
    ["an unknown currency", { min: 1, currency: "GBP" }, "input.currency", undefined],
    ["a non-boolean negotiable flag", { min: 1, negotiable: "yes" }, "input.negotiable", undefined],
  ])("refuses %s", (_label, input, path, message) => {
    const issues = issuesOf(ZMoneyRange, input);
    expect(issues.map((i) => i.path)).toContain(path);
    if (message) expect(issues).toContainEqual({ path, message });
  });
});

describe("requireOneLanguage", () => {
  const ZTitled = z
    .object({ titleZh: z.string().nullish(), titleEn: z.string().nullish() })
    .superRefine((v, ctx) => requireOneLanguage(ctx, { zh: v.titleZh, en: v.titleEn }, "title"));

  it.each([
    ["Chinese only", { titleZh: "石墨烯" }],
    ["English only", { titleEn: "Graphene" }],
    ["both", { titleZh: "石墨烯", titleEn: "Graphene" }],
  ])("accepts %s", (_label, input) => {
    expect(() => parseInput(ZTitled, input)).not.toThrow();
  });

  it.each([
    ["neither", {}],
    ["nulls", { titleZh: null, titleEn: null }],
    ["empty strings", { titleZh: "", titleEn: "" }],
  ])("reports a missing title on the Chinese field when given %s", (_label, input) => {
    expect(issuesOf(ZTitled, input)).toEqual([
      { path: "input.titleZh", message: "give title in Chinese or English" },
    ]);
  });
});
