import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppLanguage } from "../src/i18n/languages";
import { launchBrowser, openSession, type Session } from "./support/browser";
import { translator } from "./support/i18n";

/** The number in a text such as "About 1,234 results" or "约 1,234 条结果". */
function countIn(text: string | null): number {
  const digits = (text ?? "").match(/\d[\d,]*/g)?.at(-1) ?? "";
  return Number(digits.replaceAll(",", ""));
}

async function totalShown(page: Page): Promise<number> {
  return countIn(await page.getByRole("status").filter({ hasText: /\d/ }).first().textContent());
}

/** Ticks the facet value with the most hits and returns that count. */
async function tickLargestValue(group: Locator): Promise<number> {
  const boxes = await group.getByRole("checkbox").all();
  const labelled = await Promise.all(
    boxes.map(async (box) => ({ box, hits: countIn(await box.getAttribute("aria-label")) })),
  );
  const largest = labelled.sort((a, b) => b.hits - a.hits)[0];
  if (!largest) throw new Error("the facet has no values");
  // click, not check: the facets are redrawn from the new results as soon as the URL changes.
  await largest.box.click();
  return largest.hits;
}

/** The results shown once the page is no longer fetching (client-side navigations do not reload). */
async function settledTotal(page: Page): Promise<number> {
  await page.locator('[aria-busy="true"]').first().waitFor({ state: "detached" });
  return totalShown(page);
}

const QUERIES: Record<AppLanguage, string> = { "zh-CN": "石墨烯", en: "graphene" };

describe("a visitor searches", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("switches the language from the header and finds it still chosen on the next visit", async () => {
    const visitor = await openSession(browser, { language: "zh-CN" });
    const { page } = visitor;
    const zh = translator("zh-CN");
    const en = translator("en");
    await page.goto("/search?q=graphene");
    await page
      .getByRole("heading", { level: 1, name: zh("search.titleFor", { q: "graphene" }) })
      .waitFor();
    await page
      .getByRole("radiogroup", { name: zh("language.label") })
      .getByText(en("language.short.en"), { exact: true })
      .click();
    // The words, the filters and the results stay; only the language changes.
    await page
      .getByRole("heading", { level: 1, name: en("search.titleFor", { q: "graphene" }) })
      .waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await page.reload();
    await page
      .getByRole("heading", { level: 1, name: en("search.titleFor", { q: "graphene" }) })
      .waitFor();
    await visitor.context.close();
  });

  it.each(["zh-CN", "en"] as const)(
    "types words in the UI language (%s) on the home page, gets highlighted hits and narrows them by field and transfer mode",
    async (language) => {
      const visitor: Session = await openSession(browser, { language });
      const { page, t } = visitor;
      const query = QUERIES[language];

      await page.goto("/");
      const box = page.getByRole("combobox", { name: t("search.label") });
      await box.fill(query);
      // Search as you type: titles are suggested, the typed words marked, before anything is
      // submitted (antd exposes grouped suggestions only through the expanded combobox).
      await expect.poll(() => box.getAttribute("aria-expanded")).toBe("true");
      const suggested = page.locator("mark").first();
      await suggested.waitFor();
      expect((await suggested.textContent())?.toLowerCase()).toBe(query.toLowerCase());
      await page.getByRole("button", { name: t("common.search"), exact: true }).click();

      await page.waitForURL(
        (url) => url.pathname === "/search" && url.searchParams.get("q") === query,
      );
      await page
        .getByRole("heading", { level: 1, name: t("search.titleFor", { q: query }) })
        .waitFor();
      const total = await settledTotal(page);
      expect(total).toBeGreaterThan(1);
      const marks = await page.locator("mark").allTextContents();
      expect(marks.length).toBeGreaterThan(0);
      expect(marks.join(" ").toLowerCase()).toContain(query.slice(0, 2).toLowerCase());

      const fieldHits = await tickLargestValue(
        page.getByRole("group", { name: t("search.facets.field") }),
      );
      await page.waitForURL((url) => url.searchParams.has("fieldTop"));
      await expect.poll(() => settledTotal(page)).toBe(fieldHits);
      expect(fieldHits).toBeLessThanOrEqual(total);

      const modeHits = await tickLargestValue(
        page.getByRole("group", { name: t("search.facets.modes") }),
      );
      await page.waitForURL((url) => url.searchParams.has("modes"));
      await expect.poll(() => settledTotal(page)).toBe(modeHits);
      const narrowed = modeHits;
      expect(narrowed).toBeLessThanOrEqual(fieldHits);

      // The filters live in the URL: the same address shows the same narrowed results.
      const shared = page.url();
      const other = await visitor.context.newPage();
      await other.goto(shared);
      await expect.poll(() => settledTotal(other)).toBe(narrowed);
      const ticked = other
        .getByRole("group", { name: t("search.facets.field") })
        .getByRole("checkbox", { checked: true });
      expect(await ticked.count()).toBe(1);
      await visitor.context.close();
    },
  );
});
