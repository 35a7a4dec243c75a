import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiAs, orgIdOf } from "./support/api";
import {
  type DemoUser,
  inLanguage,
  launchBrowser,
  openSession,
  PHONE,
  type Session,
  screenshot,
  visibleText,
} from "./support/browser";
import { translationKeys } from "./support/i18n";

/** Waits until the page has its data: no request in flight and no loading skeleton left. */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState("networkidle");
  await page.locator('[aria-busy="true"]').first().waitFor({ state: "detached" });
  await page.getByRole("heading", { level: 1 }).first().waitFor();
}

interface Shot {
  name: string;
  path: string;
  user?: DemoUser;
}

describe("screenshots of the main pages (web/e2e-artifacts/)", () => {
  let browser: Browser;
  let shots: Shot[];
  const keys = translationKeys();
  const sessions = new Map<DemoUser | undefined, Session>();

  beforeAll(async () => {
    browser = await launchBrowser();
    const api = await apiAs();
    // A seeded listing with every section filled, not one a flow test just created.
    const data = await api.query<{
      achievements: { edges: { node: { id: string; ipAssets: unknown[]; team: unknown[] } }[] };
      demands: { edges: { node: { id: string; indicators: unknown[] } }[] };
    }>(
      `{ achievements(first: 50) { edges { node { id ipAssets { number } team { name } } } }
         demands(first: 50) { edges { node { id indicators { name } } } } }`,
    );
    await api.dispose();
    const achievement = data.achievements.edges.find(
      (e) => e.node.ipAssets.length > 0 && e.node.team.length > 0,
    )?.node.id;
    const demand = data.demands.edges.find((e) => e.node.indicators.length > 1)?.node.id;
    const enterprise = await apiAs("enterprise");
    const own = await enterprise.query<{
      orgDemands: { edges: { node: { id: string; answers: { totalCount: number } } }[] };
    }>(
      `query($orgId: ID!) { orgDemands(orgId: $orgId, first: 20, statuses: [OPEN]) {
        edges { node { id answers(first: 1) { totalCount } } } } }`,
      { orgId: await orgIdOf(enterprise) },
    );
    await enterprise.dispose();
    const answered = own.orgDemands.edges.find((e) => e.node.answers.totalCount > 1)?.node.id;
    if (!achievement || !demand || !answered) {
      throw new Error("the demo data lacks published listings or an answered exam paper");
    }
    shots = [
      { name: "home", path: "/" },
      { name: "search", path: "/search?q=%E7%9F%B3%E5%A2%A8%E7%83%AF" },
      { name: "achievements", path: "/achievements" },
      { name: "achievement-detail", path: `/achievements/${achievement}` },
      { name: "exam-papers", path: "/demands" },
      { name: "exam-paper-detail", path: `/demands/${demand}` },
      { name: "login", path: "/login" },
      { name: "signup", path: "/signup" },
      { name: "workspace-achievements", path: "/workspace", user: "institute" },
      { name: "workspace-exam-papers", path: "/workspace?tab=demands", user: "enterprise" },
      { name: "achievement-form", path: "/workspace/achievements/new", user: "institute" },
      { name: "exam-paper-form", path: "/workspace/demands/new", user: "enterprise" },
      {
        name: "exam-paper-matches",
        path: `/workspace/demands/${answered}/matches`,
        user: "enterprise",
      },
      {
        name: "answers-received",
        path: `/workspace/demands/${answered}/answers`,
        user: "enterprise",
      },
      { name: "broker-desk", path: "/broker", user: "broker" },
      { name: "review-queue", path: "/review", user: "reviewer" },
      { name: "profile", path: "/profile", user: "enterprise" },
      { name: "notifications", path: "/notifications", user: "enterprise" },
    ];
  });

  afterAll(async () => {
    for (const session of sessions.values()) await session.context.close();
    await browser?.close();
  });

  it.each(["zh-CN", "en"] as const)(
    "captures every main page on a desktop (%s)",
    async (language) => {
      for (const shot of shots) {
        let opened = sessions.get(shot.user);
        if (!opened) {
          opened = await openSession(browser, {
            language,
            ...(shot.user ? { user: shot.user } : {}),
          });
          sessions.set(shot.user, opened);
        }
        // One log-in per account for both languages.
        const session = await inLanguage(opened, language);
        await session.page.goto(shot.path);
        await settled(session.page);
        expect(await session.page.locator("html").getAttribute("lang")).toBe(language);
        await screenshot(session, `desktop-${shot.name}`);
        // Every user-visible string is translated: no raw i18n key shows on the page.
        const text = await visibleText(session.page);
        expect
          .soft(
            keys.filter((key) => text.includes(key)),
            shot.path,
          )
          .toEqual([]);
        // Nothing failed to load.
        expect.soft(text, shot.path).not.toContain(session.t("common.errorTitle"));
      }
    },
  );

  it.each(["zh-CN", "en"] as const)(
    "captures the home page at a phone width (%s)",
    async (language) => {
      const session = await openSession(browser, { language, viewport: PHONE });
      await session.page.goto("/");
      await settled(session.page);
      const overflow = await session.page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, "the page scrolls sideways at a phone width").toBeLessThanOrEqual(0);
      await screenshot(session, "phone-home");
      await screenshot(session, "phone-home-first-screen", { fullPage: false });
      await session.context.close();
    },
  );
});
