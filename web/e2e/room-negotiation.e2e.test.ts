import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiAs, orgIdOf } from "./support/api";
import { launchBrowser, openSession, type Session, screenshot } from "./support/browser";

interface Candidate {
  id: string;
  status: string;
  transferModes: string[];
}

/**
 * A published achievement of the institute that it licenses non-exclusively and that the
 * enterprise has no room about yet, so every run negotiates from a fresh room.
 */
async function freshAchievement(): Promise<string> {
  const institute = await apiAs("institute");
  const orgId = await orgIdOf(institute);
  const { achievements } = await institute.query<{
    achievements: { edges: { node: Candidate }[] };
  }>(
    `query($orgId: ID!) { achievements(first: 100, filter: { orgId: $orgId }) {
      edges { node { id status transferModes } } } }`,
    { orgId },
  );
  await institute.dispose();
  const enterprise = await apiAs("enterprise");
  const { rooms } = await enterprise.query<{
    rooms: { edges: { node: { achievement: { id: string } | null } }[] };
  }>("{ rooms(first: 100) { edges { node { achievement { id } } } } }");
  await enterprise.dispose();
  const taken = new Set(rooms.edges.map((e) => e.node.achievement?.id));
  const found = achievements.edges
    .map((e) => e.node)
    .find(
      (a) =>
        a.status === "PUBLISHED" &&
        a.transferModes[0] === "NON_EXCLUSIVE_LICENCE" &&
        !taken.has(a.id),
    );
  if (!found) throw new Error("no published non-exclusive achievement of the institute is free");
  return found.id;
}

/** Fills a number field of the offer composer, found by its label. */
async function fillAmount({ page, t }: Session, label: string, value: string): Promise<void> {
  const input = page.getByLabel(t(label), { exact: true });
  await input.fill(value);
  await input.blur();
}

describe("a live negotiation room", () => {
  let browser: Browser;
  let achievementId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    achievementId = await freshAchievement();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("takes an enterprise and an institute from a first message to an agreed deal, live on both screens", async () => {
    const enterprise = await openSession(browser, { language: "zh-CN", user: "enterprise" });
    const institute = await openSession(browser, { language: "en", user: "institute" });

    // The enterprise opens the room from the achievement's contact action.
    {
      const { page, t } = enterprise;
      await page.goto(`/achievements/${achievementId}`);
      await page.getByRole("button", { name: t("achievementDetail.contact") }).click();
      await page.getByRole("button", { name: t("achievementDetail.openRoom") }).click();
      await page.getByRole("link", { name: t("achievementDetail.goToRoom") }).click();
      await page.waitForURL((url) => url.pathname.startsWith("/rooms/"));
      await page
        .getByRole("status")
        .filter({ hasText: t("rooms.connection.connected") })
        .waitFor();
    }
    const roomPath = new URL(enterprise.page.url()).pathname;

    // The institute finds it under Rooms in the navigation.
    {
      const { page, t } = institute;
      await page.goto("/");
      await page.getByRole("link", { name: new RegExp(`^${t("rooms.nav")}`) }).click();
      await page.waitForURL((url) => url.pathname === "/rooms");
      await page.locator(`a[href="${roomPath}"]`).click();
      await page.waitForURL((url) => url.pathname === roomPath);
      await page
        .getByRole("status")
        .filter({ hasText: t("rooms.connection.connected") })
        .waitFor();
    }

    // A message reaches the other side live, without a reload.
    const hello = `您好，我们想了解这项成果的授权条件 ${Date.now().toString(36)}`;
    {
      const { page, t } = enterprise;
      await page.getByLabel(t("rooms.message"), { exact: true }).fill(hello);
      await page.getByRole("button", { name: t("rooms.send"), exact: true }).click();
      await expect
        .poll(() => page.getByRole("list", { name: t("rooms.stream") }).textContent())
        .toContain(hello);
    }
    await institute.page.getByText(hello).waitFor();

    // The institute loses its network; the enterprise keeps writing; back online, the
    // institute's page is live again and shows the missed message exactly once. Reads that
    // fail meanwhile (marking the room read reloads it) must not take the room off the screen.
    const missed = `网络断开期间的消息 ${Date.now().toString(36)}`;
    {
      const { page, t } = institute;
      await institute.context.setOffline(true);
      await page
        .getByRole("status")
        .filter({ hasText: t("rooms.connection.offline") })
        .waitFor();
      await enterprise.page.getByLabel(enterprise.t("rooms.message"), { exact: true }).fill(missed);
      await enterprise.page.keyboard.press("Enter");
      await enterprise.page.getByText(missed).waitFor();
      await institute.context.setOffline(false);
      // Within one retry of the capped backoff (30 s + jitter).
      await page
        .getByRole("status")
        .filter({ hasText: t("rooms.connection.connected") })
        .waitFor({ timeout: 45_000 });
      await page.getByText(missed).waitFor();
      expect(await page.getByText(missed).count()).toBe(1);
      expect(await page.getByText(hello).count()).toBe(1);
    }

    // The enterprise proposes; the live check refuses a royalty above 50% before it is sent.
    {
      const { page, t } = enterprise;
      await page.getByRole("button", { name: t("rooms.newOffer") }).click();
      await fillAmount(enterprise, "rooms.fields.upfrontFee", "300000");
      await page
        .getByRole("switch", {
          name: t("rooms.include", { instrument: t("rooms.fields.royalty") }),
        })
        .click();
      await fillAmount(enterprise, "rooms.fields.royalty_ratePercent", "60");
      await page.getByText(t("rooms.errors.atMost", { max: 50 })).waitFor();
      const send = page.getByRole("button", { name: t("rooms.sendOffer") });
      expect(await send.isDisabled()).toBe(true);
      await fillAmount(enterprise, "rooms.fields.royalty_ratePercent", "3");
      await page.getByText(t("rooms.policyOk")).waitFor();
      await page.getByRole("img", { name: t("rooms.schedule.title") }).waitFor();
      await screenshot(enterprise, "room-offer-composer");
      await send.click();
      await page.getByText(t("rooms.offerTitle", { number: 1 }), { exact: true }).waitFor();
    }

    // The institute sees the offer arrive and counters with a higher upfront fee.
    {
      const { page, t } = institute;
      await page.getByText(t("rooms.offerTitle", { number: 1 }), { exact: true }).waitFor();
      await page.getByRole("button", { name: t("rooms.counter") }).click();
      await fillAmount(institute, "rooms.fields.upfrontFee", "450000");
      await page.getByRole("region", { name: t("rooms.changesFromOpen") }).waitFor();
      await screenshot(institute, "room-counter-composer");
      await page.getByRole("button", { name: t("rooms.sendCounter") }).click();
      await page.getByText(t("rooms.offerTitle", { number: 2 }), { exact: true }).waitFor();
    }

    // The enterprise sees the counter with its change from offer 1, and accepts it.
    {
      const { page, t } = enterprise;
      await page.getByText(t("rooms.offerTitle", { number: 2 }), { exact: true }).waitFor();
      const changes = page.getByRole("list", { name: t("rooms.changes") }).first();
      await expect.poll(() => changes.textContent()).toContain(t("rooms.fields.upfrontFee"));
      await page.getByRole("button", { name: t("rooms.accept") }).click();
    }

    // Both see the deal summary: the enterprise from its own action, the institute live.
    for (const session of [enterprise, institute]) {
      const { page, t } = session;
      await page.getByText(t("rooms.deal.title"), { exact: true }).waitFor();
      await page.getByText(t("rooms.status.AGREED")).first().waitFor();
      expect(await page.getByRole("button", { name: t("rooms.accept") }).count()).toBe(0);
      await screenshot(session, "room-deal");
    }

    // The rooms list shows the agreed room; nothing is left unread after reading it.
    for (const session of [enterprise, institute]) {
      const { page, t } = session;
      await page.goto("/rooms");
      await page.locator(`a[href="${roomPath}"]`).waitFor();
      await page.getByRole("link", { name: t("rooms.nav"), exact: true }).waitFor();
      await screenshot(session, "rooms-list");
    }

    await enterprise.context.close();
    await institute.context.close();
  });
});
