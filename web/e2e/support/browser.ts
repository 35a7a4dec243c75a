import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { TFunction } from "i18next";
import {
  type Browser,
  type BrowserContext,
  chromium,
  type Locator,
  type Page,
} from "playwright-core";
import { expect, inject, onTestFailed } from "vitest";
import { type AppLanguage, LANGUAGE_STORAGE_KEY } from "../../src/i18n/languages";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../src/modules/accounts/demo-accounts";
import { translator } from "./i18n";
import { artifactsDir } from "./server";

/** Debian's Chromium (`apt-get install chromium`); CHROMIUM_PATH points elsewhere. */
const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/** The seeded demo accounts the flows act as, by role. */
const DEMO_USERS = Object.fromEntries(DEMO_ACCOUNTS.map((a) => [a.role, a.email])) as Record<
  (typeof DEMO_ACCOUNTS)[number]["role"],
  string
>;
export type DemoUser = keyof typeof DEMO_USERS;

/** The e-mail address a demo account logs in with. */
export function emailOf(user: DemoUser): string {
  return DEMO_USERS[user];
}

export const DESKTOP = { width: 1440, height: 900 };
export const PHONE = { width: 390, height: 844 };

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`,
    );
  }
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
}

/** One person at the browser: their own cookies, UI language and translator. */
export interface Session {
  context: BrowserContext;
  page: Page;
  language: AppLanguage;
  t: TFunction;
}

/**
 * A fresh browser context in `language` (as if chosen with the language switch earlier),
 * logged in through the log-in page when `user` is given.
 */
export async function openSession(
  browser: Browser,
  {
    language,
    user,
    viewport = DESKTOP,
  }: { language: AppLanguage; user?: DemoUser; viewport?: { width: number; height: number } },
): Promise<Session> {
  const context = await browser.newContext({
    baseURL: inject("e2eBaseUrl"),
    viewport,
    locale: language,
    timezoneId: "Asia/Shanghai",
  });
  // Only a first visit gets the language: a later switch in the UI must stick.
  await context.addInitScript(
    ([key, value]) => {
      if (!window.localStorage.getItem(key)) window.localStorage.setItem(key, value);
    },
    [LANGUAGE_STORAGE_KEY, language] as const,
  );
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  const session = { context, page, language, t: translator(language) };
  // Opened inside a test (not a hook): keep what the page showed when the test failed.
  const testName = expect.getState().currentTestName;
  if (testName) {
    onTestFailed(async () => {
      const name = testName.replace(/[^\p{L}\p{N}]+/gu, "-").slice(0, 120);
      await page
        .screenshot({ path: join(artifactsDir, "failures", `${name}.png`), fullPage: true })
        .catch(() => undefined);
    });
  }
  if (user) await logIn(session, user);
  return session;
}

/** The same person choosing another language (as the switch does); takes effect on the next page. */
export async function inLanguage(session: Session, language: AppLanguage): Promise<Session> {
  if (session.language === language) return session;
  await session.page.evaluate(([key, value]) => window.localStorage.setItem(key, value), [
    LANGUAGE_STORAGE_KEY,
    language,
  ] as const);
  return { ...session, language, t: translator(language) };
}

/** Logs in with the form, as a person would, and waits until the header shows the account. */
export async function logIn({ page, t }: Session, user: DemoUser): Promise<void> {
  await page.goto("/login");
  await page.getByLabel(t("login.email")).fill(emailOf(user));
  await page.getByLabel(t("login.password"), { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: t("login.submit"), exact: true }).click();
  // The page leaves /login once the session is set; acting earlier races that navigation.
  await page.waitForURL((url) => url.pathname !== "/login");
  await page
    .getByRole("button", { name: t("account.userMenu", { name: "" }).trim() })
    .waitFor({ state: "visible" });
}

/** A full-page screenshot in web/e2e-artifacts/ (git-ignored), named `<name>.<language>.png`. */
export async function screenshot(
  { page, language }: Session,
  name: string,
  { fullPage = true, element }: { fullPage?: boolean; element?: Locator } = {},
): Promise<void> {
  mkdirSync(artifactsDir, { recursive: true });
  const path = join(artifactsDir, `${name}.${language}.png`);
  if (element) {
    await element.screenshot({ path });
    return;
  }
  if (!fullPage) {
    await page.screenshot({ path });
    return;
  }
  // From the top: a scrolled page would draw its sticky header halfway down the full picture.
  // Long lists are cut at MAX_SHOT_HEIGHT: their first screens show how they look, and
  // encoding a 6,000-pixel picture costs seconds on a busy machine.
  const height = await page.evaluate(() => {
    window.scrollTo(0, 0);
    return document.documentElement.scrollHeight;
  });
  const width = page.viewportSize()?.width ?? DESKTOP.width;
  await page.screenshot({
    path,
    fullPage: true,
    clip: { x: 0, y: 0, width, height: Math.min(height, MAX_SHOT_HEIGHT) },
  });
}

const MAX_SHOT_HEIGHT = 3_000;

/** Escapes text for use inside a RegExp. */
export function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The text a reader sees, laid out (textContent would glue neighbouring words together). */
export async function visibleText(page: Page): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is checked
  return page.locator("body").innerText();
}
