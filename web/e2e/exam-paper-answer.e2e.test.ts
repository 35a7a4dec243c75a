import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organizationName, type Subfield, subfields } from "./support/api";
import {
  launchBrowser,
  literal,
  openSession,
  type Session,
  screenshot,
  visibleText,
} from "./support/browser";
import { chooseField, chooseWithKeyboard } from "./support/forms";

/** An ISO day `days` from today. */
function dayFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Workspace → "My exam papers", waiting for the tab's own address. */
async function openExamPapersTab({ page, t }: Session): Promise<void> {
  await page.getByRole("link", { name: t("nav.workspace"), exact: true }).click();
  await page.getByRole("tab", { name: t("workspace.tabs.demands") }).click();
  await page.waitForURL((url) => url.searchParams.get("tab") === "demands");
}

describe("an enterprise's exam paper from posting to award", () => {
  let browser: Browser;
  let field: Subfield;
  const run = Date.now().toString(36);
  const titleZh = `石墨烯导热膜规模化制备技术 ${run}`;
  const titleEn = `Scalable production of graphene heat-spreading films ${run}`;
  const secret = `现有产线良率 62%，供应商为常州某碳材料厂 ${run}`;

  beforeAll(async () => {
    browser = await launchBrowser();
    const all = await subfields();
    const graphene = all.find((f) => /graphene/i.test(f.en)) ?? all[0];
    if (!graphene) throw new Error("the taxonomy has no subfields");
    field = graphene;
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("is posted in Chinese, matched with explanations, answered in English under its NDA, scored per criterion and awarded", async () => {
    const enterprise: Session = await openSession(browser, {
      language: "zh-CN",
      user: "enterprise",
    });
    {
      const { page, t } = enterprise;
      await openExamPapersTab(enterprise);
      await page.getByRole("button", { name: t("workspace.newDemand") }).click();
      await page.waitForURL((url) => url.pathname === "/workspace/demands/new");
      await page.getByRole("heading", { level: 1, name: t("demandForm.newTitle") }).waitFor();

      await page.getByLabel(t("demandForm.titleZh"), { exact: true }).fill(titleZh);
      await page.getByLabel(t("demandForm.titleEn"), { exact: true }).fill(titleEn);
      await chooseField(page, field.zh, t("filters.field"));
      await chooseWithKeyboard(page, t("demandForm.minTrl"), 4);
      await page
        .getByLabel(t("demandForm.summaryZh"), { exact: true })
        .fill(
          "需要面向 5G 手机的高导热石墨烯散热膜，导热系数不低于 1500 W/(m·K)，年产能 50 万平方米。",
        );
      await page
        .getByLabel(t("demandForm.summaryEn"), { exact: true })
        .fill(
          "We need graphene heat-spreading films for 5G phones with a thermal conductivity of at least 1,500 W/(m·K) and 500,000 m² a year.",
        );
      await page.getByLabel(t("demandForm.confidentialZh"), { exact: true }).fill(secret);
      await page.getByLabel(t("demandForm.indicatorName"), { exact: true }).fill("导热系数");
      await page.getByLabel(t("demandForm.indicatorTarget"), { exact: true }).fill("≥1500");
      await page.getByLabel(t("demandForm.indicatorUnit"), { exact: true }).fill("W/(m·K)");
      await page
        .getByRole("checkbox", { name: t("transferModes.JOINT_DEVELOPMENT"), exact: true })
        .check();
      await page.getByLabel(t("demandForm.budgetMin"), { exact: true }).fill("2000000");
      await page.getByLabel(t("demandForm.budgetMax"), { exact: true }).fill("5000000");
      await page.getByLabel(t("demandForm.deadline"), { exact: true }).fill(dayFromNow(30));
      await page.getByLabel(t("demandForm.responseDeadline"), { exact: true }).fill(dayFromNow(45));
      await page.getByRole("button", { name: t("listingForm.saveDraft"), exact: true }).click();
      await page.getByText(t("demandForm.created")).waitFor();

      await openExamPapersTab(enterprise);
      await page
        .getByRole("button", {
          name: t("workspace.actionOn", {
            action: t("workspace.demandActions.OPEN"),
            title: titleZh,
          }),
        })
        .click();
      const row = page.getByRole("row").filter({ hasText: titleZh });
      await row.getByText(t("demandStatuses.OPEN"), { exact: true }).waitFor();
      await screenshot(enterprise, "flow-workspace-exam-papers");

      // Matches are computed in the background once the paper is open: wait for the first.
      await page
        .getByRole("button", {
          name: t("workspace.actionOn", { action: t("workspace.matches"), title: titleZh }),
        })
        .click();
      await page.waitForURL((url) => url.pathname.endsWith("/matches"));
      const scores = page.getByRole("meter", { name: t("matches.score") });
      await expect
        .poll(
          async () => {
            if (await scores.count()) return true;
            await page.reload();
            await page.getByRole("heading", { level: 1 }).waitFor();
            await page.locator('[aria-busy="true"]').first().waitFor({ state: "detached" });
            return (await scores.count()) > 0;
          },
          { timeout: 60_000, interval: 1_000 },
        )
        .toBe(true);
      // Best first, each with its score, lead sentence and the full explanation on demand.
      const values = await scores.evaluateAll((meters) =>
        meters.map((m) => Number((m as HTMLMeterElement).value)),
      );
      expect(values).toEqual([...values].sort((a, b) => b - a));
      const best = page.getByRole("region").filter({ has: scores.first() }).first();
      // The best match opens with its explanation shown; any other opens on demand.
      const toggle = best.getByRole("button", { name: t("matches.why") });
      if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
      await expect.poll(() => toggle.getAttribute("aria-expanded")).toBe("true");
      const why = best.getByRole("region", { name: t("matches.why") });
      expect(await why.getByRole("listitem").count()).toBeGreaterThan(0);
      await best.getByRole("heading", { name: t("matches.components") }).waitFor();
      expect(await best.locator("mark").count()).toBeGreaterThan(0);
      await screenshot(enterprise, "flow-exam-paper-best-match", { element: best });
      await best
        .getByRole("button", {
          name: new RegExp(
            `^${literal(t("matches.actionOn", { action: t("matches.markViewed"), title: "" }))}`,
          ),
        })
        .click();
      await best.getByText(t("matches.actions.VIEWED"), { exact: true }).waitFor();
      await screenshot(enterprise, "flow-exam-paper-matches", { fullPage: false });
    }

    const institute = await openSession(browser, { language: "en", user: "institute" });
    {
      const { page, t } = institute;
      await page.getByRole("link", { name: t("nav.demands"), exact: true }).click();
      const filter = page.getByRole("searchbox", { name: t("filters.text") });
      await filter.fill(titleEn);
      await filter.press("Enter");
      await page.getByRole("link", { name: t("demands.detailsLink", { title: titleEn }) }).click();
      await page.getByRole("heading", { level: 1, name: titleEn }).waitFor();

      // The confidential part opens only after the NDA is accepted for the organization.
      expect(await visibleText(page)).not.toContain(secret);
      await page
        .getByRole("checkbox", { name: new RegExp(`^${literal(t("demandDetail.ndaAgree"))}`) })
        .check();
      await page.getByRole("button", { name: t("demandDetail.ndaAccept"), exact: true }).click();
      await page.getByText(secret).waitFor();

      // An answer without an approach is refused beside the field, and what was typed stays.
      const quote = page.getByLabel(t("demandDetail.quoteAmount"), { exact: true });
      await quote.fill("3600000");
      const send = page.getByRole("button", { name: t("demandDetail.submitAnswer"), exact: true });
      await send.click();
      const approach = page.getByLabel(t("answers.approach"), { exact: true });
      await expect.poll(() => approach.getAttribute("aria-invalid")).toBe("true");
      expect(await quote.inputValue()).toMatch(/3,?600,?000/);

      await approach.fill(
        "CVD-grown graphene films laminated and graphitised at 2,800 °C reach 1,600 W/(m·K); our pilot line makes 20,000 m² a year and scales by adding furnaces.",
      );
      await page
        .getByLabel(t("demandDetail.milestoneTitle", { n: 1 }), { exact: true })
        .fill("Pilot samples at 1,500 W/(m·K)");
      await send.click();
      await page.getByText(t("demandDetail.answerSubmitted")).waitFor();
      await screenshot(institute, "flow-exam-paper-answered");
    }

    {
      const { page, t } = enterprise;
      const instituteName = await organizationName("institute", "zh-CN");
      // Coming back later: a fresh visit (the open tab's cache still counts no answers).
      await page.goto("/");
      await openExamPapersTab(enterprise);
      await page
        .getByRole("button", {
          name: t("workspace.actionOn", {
            action: t("workspace.answers", { count: 1 }),
            title: titleZh,
          }),
        })
        .click();
      const answer = page.getByRole("region", {
        name: t("answers.answerFrom", { org: instituteName }),
      });
      await answer.waitFor();

      await answer
        .getByRole("button", {
          name: t("workspace.actionOn", { action: t("answers.shortlist"), title: instituteName }),
        })
        .click();
      await answer.getByText(t("answers.statuses.SHORTLISTED"), { exact: true }).waitFor();

      // Scores per criterion, then the award.
      await answer.getByRole("button", { name: t("answers.evaluate") }).click();
      const criteria = await answer.getByRole("radiogroup").all();
      expect(criteria.length).toBeGreaterThan(1);
      for (const criterion of criteria) {
        // antd draws the radio as a button over a hidden input: press what is drawn.
        await criterion.getByText("4", { exact: true }).click();
        expect(await criterion.getByRole("radio", { name: "4" }).isChecked()).toBe(true);
      }
      await answer
        .getByLabel(t("answers.comment"), { exact: true })
        .fill("指标可信，试制计划清楚。");
      await answer.getByRole("button", { name: t("answers.saveEvaluation"), exact: true }).click();
      await page.getByText(t("answers.evaluationSaved")).waitFor();
      await answer.getByText(t("answers.overall", { score: "4" }), { exact: true }).waitFor();

      await answer
        .getByRole("button", {
          name: t("workspace.actionOn", { action: t("answers.award"), title: instituteName }),
        })
        .click();
      await page.getByRole("button", { name: t("workspace.confirm.ok"), exact: true }).click();
      await answer.getByText(t("answers.statuses.AWARDED"), { exact: true }).waitFor();
      await screenshot(enterprise, "flow-answers-awarded");
    }

    // The institute sees the outcome of its answer.
    {
      const { page, t } = institute;
      await page.reload();
      await page.getByText(t("answers.statuses.AWARDED"), { exact: true }).first().waitFor();
    }
    await enterprise.context.close();
    await institute.context.close();
  });
});
