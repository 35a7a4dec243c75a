import type { Algorithm } from "@node-rs/argon2";
import { hash } from "@node-rs/argon2";
import type { Db } from "@openttc/db/client";
import { organizations } from "@openttc/db/schema";
import { DEFAULT_SEED, generateCorpus } from "./generate/corpus";
import { Random } from "./random";
import { loadPatentSources } from "./sources";
import { writeCorpus } from "./write";

/** The password of every seeded account; it is published in the README, so never seed it in production. */
export const DEMO_PASSWORD = "openttc-demo-2026";

/** How many rows of each kind a seeding run wrote, or that it skipped because data already existed. */
export interface SeedResult {
  skipped: boolean;
  organizations: number;
  users: number;
  achievements: number;
  demands: number;
  answers: number;
  evaluations: number;
}

/** Seeds the bilingual demo corpus unless the database already holds an organization. */
export async function seedDemoData(
  db: Db,
  options: { now?: Date; seed?: number } = {},
): Promise<SeedResult> {
  const existing = await db.select({ id: organizations.id }).from(organizations).limit(1);
  if (existing.length > 0) {
    return {
      skipped: true,
      organizations: 0,
      users: 0,
      achievements: 0,
      demands: 0,
      answers: 0,
      evaluations: 0,
    };
  }
  const seed = options.seed ?? DEFAULT_SEED;
  const corpus = generateCorpus(loadPatentSources(), { seed, now: options.now ?? new Date() });
  // Hashing is slow by design: hash the shared demo password once, with a salt drawn from the
  // seed so that the same seed writes byte-identical rows. `Algorithm` is a const enum, which
  // isolatedModules cannot inline, hence the literal (2 = Argon2id).
  const passwordHash = await hash(DEMO_PASSWORD, {
    algorithm: 2 as Algorithm,
    salt: new Random(seed).fork("password-salt").bytes(16),
  });
  await writeCorpus(db, corpus, passwordHash);
  return {
    skipped: false,
    organizations: corpus.organizations.length,
    users: corpus.users.length,
    achievements: corpus.achievements.length,
    demands: corpus.demands.length,
    answers: corpus.answers.length,
    evaluations: corpus.evaluations.length,
  };
}
