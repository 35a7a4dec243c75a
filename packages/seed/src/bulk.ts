import { generateBulkAchievements } from "./generate/bulk";
import { DEFAULT_SEED } from "./generate/corpus";
import { generateOrganizations } from "./generate/organizations";
import type {
  AchievementRow,
  IpAssetRow,
  MembershipRow,
  OrganizationRow,
  UserRow,
} from "./generate/types";
import { Random } from "./random";
import { loadPatentSources, parseCnPatents } from "./sources";

export { Random } from "./random";

/** Options of a bulk corpus; `extraCnTitles` is more CSV text in the cn-patents format. */
export interface BulkOptions {
  count: number;
  seed?: number;
  now?: Date;
  extraCnTitles?: string;
}

/** The organizations, their users and memberships, and a lazy stream of `count` listings with their patents. */
export interface BulkCorpus {
  organizations: OrganizationRow[];
  users: UserRow[];
  memberships: MembershipRow[];
  achievements(): Generator<{ row: AchievementRow; ip: IpAssetRow }>;
}

/**
 * A large deterministic corpus for benchmarks: the demo organizations and `count` achievements
 * written from the shipped patent rows (plus `extraCnTitles`) with varied titles. Listings are
 * generated lazily, so a caller can insert them in batches without holding them all.
 */
export function bulkCorpus(options: BulkOptions): BulkCorpus {
  const seed = options.seed ?? DEFAULT_SEED;
  const now = options.now ?? new Date();
  const shipped = loadPatentSources();
  const extra = options.extraCnTitles ? parseCnPatents(options.extraCnTitles) : [];
  const known = new Set(shipped.cn.map((p) => p.number));
  const sources = { ...shipped, cn: [...shipped.cn, ...extra.filter((p) => !known.has(p.number))] };
  const rng = new Random(seed);
  const orgs = generateOrganizations(
    rng.fork("organizations"),
    now,
    new Set(sources.nasa.map((n) => n.center)),
  );
  return {
    organizations: orgs.rows,
    users: orgs.users.map((u) => u.row),
    memberships: orgs.memberships,
    *achievements() {
      for (const a of generateBulkAchievements(rng.fork("bulk"), now, sources, orgs, options.count))
        yield { row: a.row, ip: a.ip };
    },
  };
}
