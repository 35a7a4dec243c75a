import { beforeAll, expect, it } from "vitest";
import {
  buildWorld,
  createAchievement,
  createDemand,
  openDemand,
  publishAchievement,
  submitAchievement,
  type World,
} from "../../test-support/fixtures";
import { type Data, describeWithDb } from "../../test-support/harness";

const PLATFORM_STATS = `query {
  platformStats {
    achievements transactedAchievements openDemands organizations
    organizationsByKind { kind count }
  }
}`;

describeWithDb("platform statistics", (env) => {
  let w: World;

  beforeAll(async () => {
    await env.reset();
    w = await buildWorld(env);
  });

  const byKind = (stats: Data) =>
    Object.fromEntries(
      (stats.organizationsByKind as { kind: string; count: number }[]).map((k) => [
        k.kind,
        k.count,
      ]),
    );

  it("counts organizations by kind and no listings before anything is published", async () => {
    const { platformStats } = await env.anonymous().ok(PLATFORM_STATS);
    expect(platformStats).toMatchObject({
      achievements: 0,
      transactedAchievements: 0,
      openDemands: 0,
      organizations: 4,
    });
    expect(byKind(platformStats)).toEqual({
      UNIVERSITY: 1,
      ENTERPRISE: 1,
      RESEARCH_INSTITUTE: 1,
      HOSPITAL: 1,
    });
  });

  it("counts only public published achievements and public open exam papers, the same for everyone", async () => {
    await publishAchievement(w.instAdmin, w.reviewer, w.institute.id);
    await publishAchievement(w.instAdmin, w.reviewer, w.institute.id, {
      visibility: "REGISTERED",
    });
    await submitAchievement(w.instAdmin, w.institute.id);
    await createAchievement(w.instAdmin, w.institute.id);
    await openDemand(env, w.entAdmin, w.enterprise.id);
    await openDemand(env, w.entAdmin, w.enterprise.id, { visibility: "REGISTERED" });
    await createDemand(env, w.entAdmin, w.enterprise.id);

    const expected = { achievements: 1, transactedAchievements: 0, openDemands: 1 };
    expect((await env.anonymous().ok(PLATFORM_STATS)).platformStats).toMatchObject(expected);
    // Members see their own drafts in their workspace, never in the public figures.
    expect((await w.instAdmin.client.ok(PLATFORM_STATS)).platformStats).toMatchObject(expected);
    expect((await w.entAdmin.client.ok(PLATFORM_STATS)).platformStats).toMatchObject(expected);
  });

  it("drops exam papers past their deadline and achievements whose verification lapsed", async () => {
    env.clock.advanceMonths(13);
    const { platformStats } = await env.anonymous().ok(PLATFORM_STATS);
    expect(platformStats).toMatchObject({ achievements: 0, openDemands: 0, organizations: 4 });
    env.clock.reset();
  });
});
