import type { OpenDb } from "@openttc/db/client";
import { organizations, users } from "@openttc/db/schema";
import { openTestDb } from "@openttc/db/test-db";
import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_LOGINS } from "./generate/organizations";
import { seedDemoData } from "./seed-demo";

describe("seedDemoData on PGlite", () => {
  let open: OpenDb;
  beforeAll(async () => {
    open = await openTestDb("pglite");
  }, 60_000);
  afterAll(async () => {
    await open?.close();
  });

  it("writes the corpus once, with every demo login, and skips a second run", async () => {
    const started = performance.now();
    const result = await seedDemoData(open.db, { now: new Date("2026-03-01T04:00:00Z"), seed: 5 });
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(result.skipped).toBe(false);
    expect(result.achievements).toBe(300);
    expect(result.demands).toBe(120);

    const [orgRows] = await open.db.select({ n: count() }).from(organizations);
    expect(orgRows?.n).toBe(result.organizations);
    const emails = (
      await open.db.select({ email: users.email, hash: users.passwordHash }).from(users)
    ).map((u) => u);
    expect(emails).toHaveLength(result.users);
    for (const login of Object.values(DEMO_LOGINS))
      expect(emails.map((e) => e.email)).toContain(login);
    expect(emails[0]?.hash).toMatch(/^\$argon2id\$/);

    const again = await seedDemoData(open.db);
    expect(again.skipped).toBe(true);
  }, 60_000);
});
