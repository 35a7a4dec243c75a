import { describe, expect, it } from "vitest";
import {
  ACHIEVEMENT_VERIFICATION_MONTHS,
  achievementExpiresAt,
  demandExpiresAt,
  freshSince,
  needsReminder,
  REMINDER_LEAD_DAYS,
} from "./freshness";

const DAY = 24 * 3600 * 1000;
const at = (iso: string) => new Date(iso);

describe("achievementExpiresAt", () => {
  it("re-verifies achievements every 12 months", () => {
    expect(ACHIEVEMENT_VERIFICATION_MONTHS).toBe(12);
  });

  it.each([
    ["2025-03-15T10:00:00.000Z", "2026-03-15T10:00:00.000Z"],
    ["2025-01-01T00:00:00.000Z", "2026-01-01T00:00:00.000Z"],
    ["2024-12-31T23:59:59.999Z", "2025-12-31T23:59:59.999Z"],
    ["2023-06-30T16:00:00.000Z", "2024-06-30T16:00:00.000Z"],
  ])("expires an achievement verified at %s at %s", (verified, expires) => {
    expect(achievementExpiresAt(at(verified)).toISOString()).toBe(expires);
  });

  it("does not change the date it is given", () => {
    const verified = at("2025-03-15T10:00:00.000Z");
    achievementExpiresAt(verified);
    expect(verified.toISOString()).toBe("2025-03-15T10:00:00.000Z");
  });
});

describe("freshSince", () => {
  it("goes back 12 months from now", () => {
    expect(freshSince(at("2026-03-15T10:00:00.000Z")).toISOString()).toBe(
      "2025-03-15T10:00:00.000Z",
    );
  });

  it("is the verification date whose expiry is now", () => {
    const now = at("2025-08-20T04:30:00.000Z");
    expect(achievementExpiresAt(freshSince(now)).getTime()).toBe(now.getTime());
  });

  it("does not change the date it is given", () => {
    const now = at("2026-03-15T10:00:00.000Z");
    freshSince(now);
    expect(now.toISOString()).toBe("2026-03-15T10:00:00.000Z");
  });
});

describe("demandExpiresAt", () => {
  it("expires an exam paper at the end of its deadline day in Kunming time (UTC+8)", () => {
    expect(demandExpiresAt("2025-06-30").toISOString()).toBe("2025-06-30T15:59:59.999Z");
  });

  it("keeps an exam paper open through the last millisecond of its deadline day, Kunming time", () => {
    const expiresAt = demandExpiresAt("2025-12-31");
    expect(at("2025-12-31T23:59:59.999+08:00").getTime()).toBe(expiresAt.getTime());
    expect(at("2026-01-01T00:00:00.000+08:00").getTime()).toBeGreaterThan(expiresAt.getTime());
  });
});

describe("needsReminder", () => {
  const verified = at("2025-01-10T00:00:00.000Z");
  const expiresAt = achievementExpiresAt(verified);

  it("reminds 30 days ahead", () => {
    expect(REMINDER_LEAD_DAYS).toBe(30);
  });

  it("does not remind more than 30 days before expiry", () => {
    const now = new Date(expiresAt.getTime() - 31 * DAY);
    expect(needsReminder(expiresAt, now, null, verified)).toBe(false);
  });

  it("does not remind one millisecond before the 30-day lead starts", () => {
    const now = new Date(expiresAt.getTime() - 30 * DAY - 1);
    expect(needsReminder(expiresAt, now, null, verified)).toBe(false);
  });

  it("reminds exactly 30 days before expiry", () => {
    const now = new Date(expiresAt.getTime() - 30 * DAY);
    expect(needsReminder(expiresAt, now, null, verified)).toBe(true);
  });

  it("reminds within the last 30 days", () => {
    const now = new Date(expiresAt.getTime() - 10 * DAY);
    expect(needsReminder(expiresAt, now, null, verified)).toBe(true);
  });

  it("reminds about a listing that has already expired", () => {
    const now = new Date(expiresAt.getTime() + 5 * DAY);
    expect(needsReminder(expiresAt, now, null, verified)).toBe(true);
  });

  it("does not remind twice after the same verification", () => {
    const now = new Date(expiresAt.getTime() - 5 * DAY);
    const remindedAt = new Date(expiresAt.getTime() - 20 * DAY);
    expect(needsReminder(expiresAt, now, remindedAt, verified)).toBe(false);
  });

  it("counts a reminder sent at the very moment of verification as already sent", () => {
    const now = new Date(expiresAt.getTime() - 5 * DAY);
    expect(needsReminder(expiresAt, now, new Date(verified), verified)).toBe(false);
  });

  it("reminds again once the listing was re-verified after the last reminder", () => {
    const reverified = at("2026-01-05T00:00:00.000Z");
    const nextExpiry = achievementExpiresAt(reverified);
    const oldReminder = at("2025-12-20T00:00:00.000Z");
    const now = new Date(nextExpiry.getTime() - 7 * DAY);
    expect(needsReminder(nextExpiry, now, oldReminder, reverified)).toBe(true);
  });

  it("works for exam papers expiring at the end of their deadline day", () => {
    const posted = at("2025-05-01T02:00:00.000Z");
    const expires = demandExpiresAt("2025-06-30");
    expect(needsReminder(expires, at("2025-05-30T00:00:00.000Z"), null, posted)).toBe(false);
    expect(needsReminder(expires, at("2025-06-15T00:00:00.000Z"), null, posted)).toBe(true);
  });
});
