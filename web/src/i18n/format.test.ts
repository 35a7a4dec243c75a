import { describe, expect, it } from "vitest";
import {
  daysUntil,
  formatCountry,
  formatDate,
  formatMoneyAmounts,
  formatNumber,
  formatPrice,
  parseDate,
} from "./format";
import { createI18n } from "./i18n";
import type { AppLanguage } from "./languages";

function words(language: AppLanguage) {
  const { t } = createI18n(language);
  return {
    negotiable: t("money.negotiable"),
    negotiableSuffix: t("money.negotiableSuffix"),
    notStated: t("money.notStated"),
    from: (amount: string) => t("money.from", { amount }),
    upTo: (amount: string) => t("money.upTo", { amount }),
  };
}

describe("formatMoneyAmounts", () => {
  it("states CNY of 10,000 or more in 万元 in Chinese", () => {
    expect(formatMoneyAmounts({ min: 500_000, max: 2_000_000, currency: "CNY" }, "zh-CN")).toBe(
      "50–200 万元",
    );
    expect(formatMoneyAmounts({ min: 10_000, max: 10_000, currency: "CNY" }, "zh-CN")).toBe(
      "1 万元",
    );
    expect(formatMoneyAmounts({ min: 1_234_567, currency: "CNY" }, "zh-CN")).toBe("123.46 万元");
  });

  it("keeps CNY below 10,000 in 元 with grouping in Chinese", () => {
    expect(formatMoneyAmounts({ min: 5000, max: 8000, currency: "CNY" }, "zh-CN")).toBe(
      "5,000–8,000 元",
    );
  });

  it("switches to 亿元 from 100 million in Chinese", () => {
    expect(
      formatMoneyAmounts({ min: 120_000_000, max: 300_000_000, currency: "CNY" }, "zh-CN"),
    ).toBe("1.2–3 亿元");
  });

  it("names other currencies in Chinese after the 万", () => {
    expect(formatMoneyAmounts({ min: 300_000, max: 500_000, currency: "USD" }, "zh-CN")).toBe(
      "30–50 万美元",
    );
  });

  it("states millions with the currency code in English", () => {
    expect(formatMoneyAmounts({ min: 500_000, max: 2_000_000, currency: "CNY" }, "en")).toBe(
      "CNY 0.5–2 million",
    );
    expect(formatMoneyAmounts({ min: 1_500_000_000, currency: "USD" }, "en")).toBe(
      "USD 1.5 billion",
    );
    expect(formatMoneyAmounts({ min: 50_000, max: 200_000, currency: "CNY" }, "en")).toBe(
      "CNY 50,000–200,000",
    );
  });

  it("treats a missing currency as CNY and no amount as nothing to show", () => {
    expect(formatMoneyAmounts({ min: 500_000, max: 2_000_000 }, "en")).toBe("CNY 0.5–2 million");
    expect(formatMoneyAmounts({ min: null, max: null, currency: "CNY" }, "zh-CN")).toBeNull();
  });
});

describe("formatPrice", () => {
  it("says negotiable or not stated when no amount is given", () => {
    expect(formatPrice({ negotiable: true }, "zh-CN", words("zh-CN"))).toBe("面议");
    expect(formatPrice(null, "en", words("en"))).toBe("Price not stated");
  });

  it("marks a one-sided range and a negotiable one", () => {
    expect(formatPrice({ min: 500_000, currency: "CNY" }, "zh-CN", words("zh-CN"))).toBe(
      "50 万元 起",
    );
    expect(formatPrice({ max: 2_000_000, currency: "CNY" }, "en", words("en"))).toBe(
      "up to CNY 2 million",
    );
    expect(
      formatPrice(
        { min: 500_000, max: 2_000_000, currency: "CNY", negotiable: true },
        "en",
        words("en"),
      ),
    ).toBe("CNY 0.5–2 million (negotiable)");
  });
});

describe("numbers and dates", () => {
  it("groups digits per locale", () => {
    expect(formatNumber(1_234_567, "zh-CN")).toBe("1,234,567");
    expect(formatNumber(1_234_567.5, "en")).toBe("1,234,567.5");
  });

  it("formats a calendar date per locale without shifting the day", () => {
    expect(formatDate("2026-03-05", "zh-CN")).toBe("2026年3月5日");
    expect(formatDate("2026-03-05", "en")).toBe("Mar 5, 2026");
    expect(parseDate("2026-03-05").getDate()).toBe(5);
  });

  it("counts whole days to a deadline, negative once passed", () => {
    const today = new Date(2026, 10, 26, 18, 30);
    expect(daysUntil("2026-11-26", today)).toBe(0);
    expect(daysUntil("2026-12-01", today)).toBe(5);
    expect(daysUntil("2026-11-20", today)).toBe(-6);
  });

  it("names countries in the UI language", () => {
    expect(formatCountry("CN", "zh-CN")).toBe("中国");
    expect(formatCountry("TH", "en")).toBe("Thailand");
  });
});
