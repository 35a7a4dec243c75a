import { Random } from "../random";
import type { PatentSources } from "../sources";
import { generateAchievements } from "./achievements";
import { generateAnswers } from "./answers";
import { generateDemands } from "./demands";
import { generateOrganizations } from "./organizations";
import type { Corpus } from "./types";

/** The seed used when the caller names none; changing it changes every generated row. */
export const DEFAULT_SEED = 20260301;

/** Builds the whole demo corpus from the patent sources; the same seed and `now` give identical rows. */
export function generateCorpus(
  sources: PatentSources,
  options: { seed: number; now: Date },
): Corpus {
  const rng = new Random(options.seed);
  const { now } = options;
  const orgs = generateOrganizations(
    rng.fork("organizations"),
    now,
    new Set(sources.nasa.map((n) => n.center)),
  );
  const achievements = generateAchievements(rng.fork("achievements"), now, sources, orgs);
  const demands = generateDemands(rng.fork("demands"), now, orgs);
  const answers = generateAnswers(rng.fork("answers"), now, demands, achievements, orgs);
  return {
    organizations: orgs.rows,
    users: orgs.users.map((u) => u.row),
    memberships: orgs.memberships,
    brokerProfiles: orgs.brokerProfiles,
    achievements: achievements.map((a) => a.row),
    ipAssets: achievements.map((a) => a.ip),
    demands: demands.map((d) => d.row),
    demandAccess: answers.demandAccess,
    answers: answers.answers,
    evaluations: answers.evaluations,
  };
}
