import { describe, expect, it } from "vitest";
import { escapeHtml, highlightText, markedToHtml } from "./highlight";
import { createAnalyzer } from "./text/analyze";
import { analyzeQuery } from "./text/query";

const analyzer = createAnalyzer("jieba");
const mark = (text: string, q: string, crop?: number) =>
  highlightText(analyzer, text, analyzeQuery(analyzer, q).terms, { crop });

describe("highlightText", () => {
  it("marks Chinese words and English inflections", () => {
    expect(mark("石墨烯导热膜", "石墨烯")).toBe("<mark>石墨烯</mark>导热膜");
    expect(mark("Lithium batteries", "battery")).toBe("Lithium <mark>batteries</mark>");
  });

  it("marks typo matches as written in the text", () => {
    expect(mark("Graphene-enhanced thermal pads", "thermla")).toBe(
      "Graphene-enhanced <mark>thermal</mark> pads",
    );
  });

  it("escapes everything outside the marks", () => {
    expect(mark(`<img src=x onerror="alert(1)"> graphene & co`, "graphene")).toBe(
      "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; <mark>graphene</mark> &amp; co",
    );
  });

  it("crops long text around the first match", () => {
    const text = `${"前言。".repeat(40)}石墨烯导热膜${"结论。".repeat(40)}`;
    const snippet = mark(text, "石墨烯", 30) ?? "";
    expect(snippet.startsWith("…")).toBe(true);
    expect(snippet.endsWith("…")).toBe(true);
    expect(snippet).toContain("<mark>石墨烯</mark>");
  });

  it("crops a long Chinese text to the same excerpt as segmenting all of it", () => {
    const text = `${"前言。".repeat(40)}高导热石墨烯薄膜用于芯片散热${"结论。".repeat(40)}`;
    const crop = 30;
    const snippet = mark(text, "石墨烯 散热", crop) ?? "";
    const whole = mark(text, "石墨烯 散热 film", crop) ?? "";
    expect(snippet).toContain("<mark>石墨烯</mark>");
    expect(snippet).toContain("<mark>散热</mark>");
    expect(snippet).toBe(whole);
  });

  it("returns null when nothing matches", () => {
    expect(mark("北斗卫星导航定位终端", "导热")).toBeNull();
  });
});

describe("markedToHtml", () => {
  it("keeps only our mark elements and escapes the rest", () => {
    expect(markedToHtml("<b>x</b> <mark>graphene</mark> & y")).toBe(
      "&lt;b&gt;x&lt;/b&gt; <mark>graphene</mark> &amp; y",
    );
  });

  it("closes a mark left open by a cropped snippet", () => {
    expect(markedToHtml("a <mark>b")).toBe("a <mark>b</mark>");
  });

  it("escapes quotes for attribute contexts", () => {
    expect(escapeHtml(`"'`)).toBe("&quot;&#39;");
  });
});
