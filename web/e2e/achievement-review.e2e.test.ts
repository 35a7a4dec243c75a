import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { subfields } from "./support/api";
import { launchBrowser, openSession, type Session, screenshot } from "./support/browser";
import { chooseField, chooseWithKeyboard } from "./support/forms";

describe("an institute publishes an achievement through review", () => {
  let browser: Browser;
  // A subfield of the taxonomy, as the form's tree shows it.
  let field: { zh: string; en: string };
  const run = Date.now().toString(36);
  const titleZh = `钙钛矿叠层太阳电池低温封装工艺 ${run}`;
  const titleEn = `Low-temperature encapsulation of perovskite tandem solar cells ${run}`;

  beforeAll(async () => {
    browser = await launchBrowser();
    const sub = (await subfields())[0];
    if (!sub) throw new Error("the taxonomy has no subfields");
    field = sub;
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("is drafted and submitted by the institute (zh-CN), approved by a reviewer (en) and then found by a visitor", async () => {
    const institute: Session = await openSession(browser, {
      language: "zh-CN",
      user: "institute",
    });
    {
      const { page, t } = institute;
      await page.getByRole("link", { name: t("nav.workspace"), exact: true }).click();
      await page.getByRole("button", { name: t("workspace.newAchievement") }).click();
      await page.getByRole("heading", { level: 1, name: t("achievementForm.newTitle") }).waitFor();

      // An empty form is refused beside its fields, and nothing is sent.
      const save = page.getByRole("button", { name: t("listingForm.saveDraft"), exact: true });
      await save.click();
      await page.getByRole("alert").filter({ hasText: /\d/ }).first().waitFor();
      const title = page.getByLabel(t("achievementForm.titleZh"), { exact: true });
      expect(await title.getAttribute("aria-invalid")).toBe("true");
      await screenshot(institute, "flow-achievement-form-refused");

      await title.fill(titleZh);
      await page.getByLabel(t("achievementForm.titleEn"), { exact: true }).fill(titleEn);
      await page
        .getByLabel(t("achievementForm.summaryZh"), { exact: true })
        .fill("在 85 ℃ 以下完成钙钛矿/晶硅叠层电池的封装，湿热 1000 小时后效率保持率大于 95%。");
      await page
        .getByLabel(t("achievementForm.summaryEn"), { exact: true })
        .fill(
          "Encapsulates perovskite/silicon tandem cells below 85 °C; over 95% of the efficiency remains after 1,000 hours of damp heat.",
        );
      await chooseField(page, field.zh, t("filters.field"));
      await chooseWithKeyboard(page, t("achievementForm.trl"), 5);
      await page
        .getByRole("checkbox", { name: t("transferModes.EXCLUSIVE_LICENCE"), exact: true })
        .check();
      await page.getByLabel(t("achievementForm.priceMin"), { exact: true }).fill("800000");
      await page.getByLabel(t("achievementForm.priceMax"), { exact: true }).fill("1500000");
      await save.click();

      await page.waitForURL((url) => url.pathname === "/workspace");
      const submit = page.getByRole("button", {
        name: t("workspace.actionOn", {
          action: t("workspace.achievementActions.SUBMIT"),
          title: titleZh,
        }),
      });
      await submit.click();
      const row = page.getByRole("row").filter({ hasText: titleZh });
      await row.getByText(t("achievementStatuses.PENDING_REVIEW"), { exact: true }).waitFor();
      await screenshot(institute, "flow-workspace-submitted");
    }

    const reviewer = await openSession(browser, { language: "en", user: "reviewer" });
    {
      const { page, t } = reviewer;
      await page.getByRole("link", { name: t("nav.review"), exact: true }).click();
      await page.getByRole("heading", { level: 1, name: t("review.title") }).waitFor();
      let approve = page.getByRole("button", {
        name: t("review.approveLabel", { title: titleEn }),
      });
      // The queue is oldest first: page on until the new achievement shows.
      while (!(await approve.isVisible())) {
        await page.getByRole("button", { name: t("common.loadMore") }).click();
        approve = page.getByRole("button", { name: t("review.approveLabel", { title: titleEn }) });
        await page.waitForTimeout(300);
      }
      await approve.scrollIntoViewIfNeeded();
      await screenshot(reviewer, "flow-review-queue", { fullPage: false });
      await approve.click();
      const dialog = page.getByRole("dialog", {
        name: t("review.approveTitle", { title: titleEn }),
      });
      await dialog.getByRole("button", { name: t("review.approveConfirm"), exact: true }).click();
      await page.getByText(t("review.approved", { title: titleEn })).waitFor();
      await approve.waitFor({ state: "detached" });
    }

    // The institute sees it published without reloading anything by hand.
    {
      const { page, t } = institute;
      await page.reload();
      const row = page.getByRole("row").filter({ hasText: titleZh });
      await row.getByText(t("achievementStatuses.PUBLISHED"), { exact: true }).waitFor();
    }

    // The index follows the database through the outbox: a visitor finds it within seconds.
    const visitor = await openSession(browser, { language: "en" });
    {
      const { page, t } = visitor;
      const link = page.getByRole("link", {
        name: t("achievements.detailsLink", { title: titleEn }),
      });
      await expect
        .poll(
          async () => {
            await page.goto(
              `/search?q=${encodeURIComponent(`perovskite tandem encapsulation ${run}`)}`,
            );
            await page.locator('[aria-busy="true"]').first().waitFor({ state: "detached" });
            await page.getByRole("status").first().waitFor();
            return link.isVisible();
          },
          { timeout: 30_000, interval: 1_000 },
        )
        .toBe(true);
      await link.click();
      await page.getByRole("heading", { level: 1, name: titleEn }).waitFor();
      // What the institute entered is what the public sees.
      await page
        .getByText(t("trl.tag", { level: 6 }))
        .first()
        .waitFor();
      await page.getByText(field.en, { exact: true }).first().waitFor();
      await page.getByText(t("transferModes.EXCLUSIVE_LICENCE"), { exact: true }).first().waitFor();
    }
    for (const session of [institute, reviewer, visitor]) await session.context.close();
  });
});
