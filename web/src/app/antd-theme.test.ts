import { describe, expect, it } from "vitest";
import { antdTheme } from "./antd-theme";

describe("antd theme", () => {
  it("sets English label colons against the word, as in \"Owner: value\"", () => {
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
});
