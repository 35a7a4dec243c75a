import { describe, expect, it } from "vitest";
import { parseSnippet } from "./highlight";

describe("parseSnippet", () => {
  it("splits the marked matches from the text around them", () => {
    expect(parseSnippet("高导热<mark>石墨烯</mark>散热膜")).toEqual([
      { text: "高导热", marked: false },
      { text: "石墨烯", marked: true },
      { text: "散热膜", marked: false },
    ]);
  });

  it("decodes the escaped text, so escaped markup is shown as the characters typed", () => {
    expect(
      parseSnippet("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; <mark>R&amp;D</mark>"),
    ).toEqual([
      { text: '<script>alert("x")</script> & ', marked: false },
      { text: "R&D", marked: true },
    ]);
    expect(parseSnippet("it&#39;s &#x4e2d;")).toEqual([{ text: "it's 中", marked: false }]);
  });

  it("keeps any tag other than mark as literal text", () => {
    expect(parseSnippet('<img src=x onerror="alert(1)"><mark>a</mark>')).toEqual([
      { text: '<img src=x onerror="alert(1)">', marked: false },
      { text: "a", marked: true },
    ]);
  });

  it("leaves unknown entities and out-of-range code points as written", () => {
    expect(parseSnippet("&bogus; &#99999999;")).toEqual([
      { text: "&bogus; &#99999999;", marked: false },
    ]);
  });
});
