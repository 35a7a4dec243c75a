import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { antdTheme } from "./antd-theme";

// Read from disk: the test runner empties CSS imports.
const appCss = readFileSync(join(import.meta.dirname, "app.css"), "utf8");

describe("antd theme", () => {
  it('sets English label colons against the word, as in "Owner: value"', () => {
    const en = antdTheme("en").components;
    expect(en?.Descriptions?.colonMarginLeft).toBe(0);
    expect(en?.Form?.labelColonMarginInlineStart).toBe(0);
  });

  it("leaves Chinese labels with antd's own colon spacing", () => {
    expect(antdTheme("zh-CN").components?.Descriptions).toBeUndefined();
    expect(antdTheme("zh-CN").components?.Form).toBeUndefined();
  });

  it("gives the same object for a language each time, so antd does not recompute its styles", () => {
    expect(antdTheme("en")).toBe(antdTheme("en"));
  });

  it("uses the page's one font stack, Latin fonts before the CJK ones, for antd and the body", () => {
    expect(antdTheme("en").token?.fontFamily).toBe("var(--font-sans)");
    expect(antdTheme("zh-CN").token?.fontFamily).toBe("var(--font-sans)");
    expect(appCss).toMatch(/body \{[^}]*font-family: var\(--font-sans\);/);
    const stack = /--font-sans:([^;]+);/.exec(appCss)?.[1] ?? "";
    const at = (family: string) => stack.indexOf(family);
    expect(at("Arial")).toBeGreaterThan(-1);
    for (const cjk of ['"Noto Sans CJK SC"', '"PingFang SC"', '"Microsoft YaHei"']) {
      expect(at(cjk)).toBeGreaterThan(at("Arial"));
    }
  });
});
