/** The browsers and systems a session's User-Agent is told apart by, most specific first. */
export const BROWSERS = [
  // In-app and vendor browsers also name Chrome or Safari, so they come before them.
  ["wechat", /MicroMessenger\//],
  ["qq", /\bM?QQBrowser\//],
  ["uc", /\bUCBrowser\//],
  ["samsung", /\bSamsungBrowser\//],
  ["edge", /\bEdg(?:e|A|iOS)?\//],
  ["opera", /\bOPR\/|\bOpera\b/],
  ["firefox", /\bFirefox\/|\bFxiOS\//],
  ["chrome", /Chrome\/|\bCriOS\//],
  ["safari", /\bSafari\//],
] as const;

export const SYSTEMS = [
  // HarmonyOS may add "Android", iPhones say "like Mac OS X" and Android says "Linux".
  ["harmonyos", /HarmonyOS|OpenHarmony/],
  ["windows", /\bWindows\b/],
  ["iphone", /\biPhone\b/],
  ["ipad", /\biPad\b/],
  ["android", /\bAndroid\b/],
  ["chromeos", /\bCrOS\b/],
  ["macos", /\bMacintosh\b|\bMac OS X\b/],
  ["linux", /\bLinux\b|\bX11\b/],
] as const;

export type BrowserName = (typeof BROWSERS)[number][0];
export type SystemName = (typeof SYSTEMS)[number][0];

/** The browser and operating system a User-Agent string names; null for what it does not. */
export function parseUserAgent(userAgent: string): {
  browser: BrowserName | null;
  system: SystemName | null;
} {
  return {
    browser: BROWSERS.find(([, pattern]) => pattern.test(userAgent))?.[0] ?? null,
    system: SYSTEMS.find(([, pattern]) => pattern.test(userAgent))?.[0] ?? null,
  };
}
