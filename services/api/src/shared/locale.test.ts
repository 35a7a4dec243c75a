import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage } from "./locale";

describe("localeFromAcceptLanguage", () => {
  it("answers in Chinese when nothing is asked or no supported language is", () => {
    expect(localeFromAcceptLanguage(undefined)).toBe("zh-CN");
    expect(localeFromAcceptLanguage("")).toBe("zh-CN");
    expect(localeFromAcceptLanguage("fr-FR,de;q=0.8")).toBe("zh-CN");
  });

  it("takes the preferred supported language by quality, then by order", () => {
    expect(localeFromAcceptLanguage("en-US,en;q=0.9")).toBe("en");
    expect(localeFromAcceptLanguage("zh-TW,en;q=0.9")).toBe("zh-CN");
    expect(localeFromAcceptLanguage("zh;q=0.4, en-GB;q=0.8")).toBe("en");
    expect(localeFromAcceptLanguage("fr, en;q=0.5, zh;q=0.5")).toBe("en");
  });

  it("ignores languages refused with q=0 and malformed qualities", () => {
    expect(localeFromAcceptLanguage("en;q=0, zh-CN;q=0.1")).toBe("zh-CN");
    expect(localeFromAcceptLanguage("en;q=abc, zh")).toBe("zh-CN");
  });
});
