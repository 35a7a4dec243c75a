import type { Browser, Response } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Api, apiAs, orgIdOf } from "./support/api";
import { launchBrowser, literal, openSession, type Session } from "./support/browser";

interface PaperFixture {
  id: string;
  titleZh: string | null;
  titleEn: string | null;
  confidentialZh: string | null;
  confidentialEn: string | null;
}

/** Every /graphql response body the page receives, to prove the secret never reaches it. */
function recordGraphqlBodies(session: Session): string[] {
  const bodies: string[] = [];
  session.page.on("response", (response: Response) => {
    if (new URL(response.url()).pathname !== "/graphql") return;
    response.text().then(
      (body) => bodies.push(body),
      () => undefined,
    );
  });
  return bodies;
}

/** A fragment of the confidential text long enough to be unmistakable. */
function secretOf(paper: PaperFixture): string {
  const text = paper.confidentialZh ?? paper.confidentialEn ?? "";
  return text.slice(0, 24);
}

describe("confidential exam-paper details", () => {
  let browser: Browser;
  let enterprise: Api;
  // An open, public exam paper of the demo enterprise that the broker agency has no NDA or invitation for.
  let paper: PaperFixture;
  // A draft of the same enterprise: not public at all.
  let draftId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    enterprise = await apiAs("enterprise");
    const broker = await apiAs("broker");
    const brokerOrg = await orgIdOf(broker);
    await broker.dispose();
    const data = await enterprise.query<{
      orgDemands: {
        edges: {
          node: PaperFixture & {
            status: string;
            visibility: string;
            accessGrants: { organization: { id: string } }[];
          };
        }[];
      };
    }>(
      `query($orgId: ID!) { orgDemands(orgId: $orgId, first: 50) { edges { node {
        id titleZh titleEn status visibility confidentialZh confidentialEn
        accessGrants { organization { id } } } } } }`,
      { orgId: await orgIdOf(enterprise) },
    );
    const papers = data.orgDemands.edges.map((e) => e.node);
    const open = papers.find(
      (p) =>
        p.status === "OPEN" &&
        p.visibility === "PUBLIC" &&
        (p.confidentialZh || p.confidentialEn) &&
        !p.accessGrants.some((g) => g.organization.id === brokerOrg),
    );
    const draft = papers.find((p) => p.status === "DRAFT");
    if (!open || !draft)
      throw new Error("the demo enterprise lacks an open and a draft exam paper");
    paper = open;
    draftId = draft.id;
  });

  afterAll(async () => {
    await enterprise?.dispose();
    await browser?.close();
  });

  it("shows the owner the confidential part, as the control for the checks below", async () => {
    const owner = await openSession(browser, { language: "zh-CN", user: "enterprise" });
    await owner.page.goto(`/demands/${paper.id}`);
    await owner.page.getByText(secretOf(paper)).waitFor();
    await owner.context.close();
  });

  it.each(["zh-CN", "en"] as const)(
    "keeps it locked for another organization's member who opens the paper from the list (%s)",
    async (language) => {
      const broker = await openSession(browser, { language, user: "broker" });
      const { page, t } = broker;
      const bodies = recordGraphqlBodies(broker);
      const title =
        (language === "zh-CN" ? paper.titleZh : paper.titleEn) ??
        paper.titleZh ??
        paper.titleEn ??
        "";

      await page.getByRole("link", { name: t("nav.demands"), exact: true }).click();
      await page.getByRole("searchbox", { name: t("filters.text") }).fill(title);
      await page.getByRole("searchbox", { name: t("filters.text") }).press("Enter");
      await page
        .getByRole("link", { name: t("demands.detailsLink", { title }), exact: true })
        .click();

      await page.getByRole("heading", { level: 1, name: title }).waitFor();
      await page.getByText(t("demands.confidentialLocked")).waitFor();
      expect(await page.locator("body").textContent()).not.toContain(secretOf(paper));
      expect(bodies.join("\n")).not.toContain(secretOf(paper));
      await broker.context.close();
    },
  );

  it("keeps it locked when the paper's address is typed in, and hides a draft entirely", async () => {
    const broker = await openSession(browser, { language: "en", user: "broker" });
    const { page, t } = broker;
    const bodies = recordGraphqlBodies(broker);

    await page.goto(`/demands/${paper.id}`);
    await page.getByText(t("demands.confidentialLocked")).waitFor();
    expect(await page.locator("body").textContent()).not.toContain(secretOf(paper));

    await page.goto(`/demands/${draftId}`);
    await page.getByText(t("demands.notFoundTitle")).waitFor();
    expect(bodies.join("\n")).not.toContain(secretOf(paper));
    await broker.context.close();
  });

  it("asks a visitor to log in instead of showing the confidential part", async () => {
    const visitor = await openSession(browser, { language: "zh-CN" });
    const { page, t } = visitor;
    await page.goto(`/demands/${paper.id}`);
    await page.getByText(t("demands.confidentialLocked")).waitFor();
    const login = page.getByRole("link", { name: t("demands.confidentialLoginHint") });
    expect(await login.getAttribute("href")).toMatch(
      new RegExp(`^/login\\?redirect=${literal(encodeURIComponent(`/demands/${paper.id}`))}`),
    );
    expect(await page.locator("body").textContent()).not.toContain(secretOf(paper));
    await visitor.context.close();
  });
});
