import { achievements, auditLog, ipAssets } from "@openttc/db/schema";
import { asc, eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  ACHIEVEMENT,
  ACHIEVEMENTS,
  APPROVE_ACHIEVEMENT,
  achievementInput,
  buildWorld,
  CREATE_ACHIEVEMENT,
  collectPages,
  createAchievement,
  createOrg,
  fullAchievementInput,
  publishAchievement,
  REJECT_ACHIEVEMENT,
  REVERIFY_ACHIEVEMENT,
  submitAchievement,
  TRANSITION_ACHIEVEMENT,
  UPDATE_ACHIEVEMENT,
  type World,
} from "../../test-support/fixtures";
import { describeWithDb, type GqlClient, type TestEnv } from "../../test-support/harness";

const REVIEW_QUEUE = `query ($first: Int, $after: String) {
  reviewQueue(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id status titleZh } } }
}`;
const ORG_ACHIEVEMENTS = `query ($orgId: ID!, $statuses: [AchievementStatus!]) {
  orgAchievements(orgId: $orgId, statuses: $statuses) { totalCount edges { node { id status } } }
}`;

const PAGED_ORG_ACHIEVEMENTS = `query ($orgId: ID!, $first: Int, $after: String) {
  orgAchievements(orgId: $orgId, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } }
}`;

type Page = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { id: string; titleZh: string; trl: number; field: string } }[];
};

async function listIds(client: GqlClient, filter: Record<string, unknown> = {}, first = 100) {
  const data = await client.ok<{ achievements: Page }>(ACHIEVEMENTS, { filter, first });
  return {
    ids: data.achievements.edges.map((e) => e.node.id),
    total: data.achievements.totalCount,
  };
}

async function actionsOf(env: TestEnv, id: string) {
  const rows = await env.db
    .select()
    .from(auditLog)
    .where(eq(auditLog.entityId, id))
    .orderBy(asc(auditLog.id));
  return rows.map((r) => r.action);
}

describeWithDb("achievements", (env) => {
  beforeEach(() => env.clock.reset());

  describe("authoring, review and freshness", () => {
    let w: World;

    beforeAll(async () => {
      await env.reset();
      w = await buildWorld(env);
    });

    describe("authoring", () => {
      it("institute staff create a draft with every field and read it back unchanged", async () => {
        const input = fullAchievementInput();
        const data = await w.instMember.client.ok(CREATE_ACHIEVEMENT, {
          orgId: w.institute.id,
          input,
        });
        const created = data.createAchievement;
        expect(created).toMatchObject({
          ...input,
          status: "DRAFT",
          reviewNote: null,
          publishedAt: null,
          expired: false,
          version: 1,
          viewerCanEdit: true,
          owner: { id: w.institute.id },
        });
        const read = await w.instAdmin.client.ok(ACHIEVEMENT, { id: created.id });
        expect(read.achievement).toEqual(created);

        const assets = await env.db
          .select()
          .from(ipAssets)
          .where(eq(ipAssets.achievementId, created.id));
        expect(assets.map((a) => a.number).sort()).toEqual(["2023SR0123456", "CN114081026A"]);
        expect(await actionsOf(env, created.id)).toEqual(["create"]);
      });

      it("fills defaults (public, unit-retained, the organization's region) when they are left out", async () => {
        const id = await createAchievement(w.instAdmin, w.institute.id, { visibility: undefined });
        const { achievement } = await w.instAdmin.client.ok(ACHIEVEMENT, { id });
        expect(achievement).toMatchObject({
          visibility: "PUBLIC",
          rightsStatus: "UNIT_RETAINED",
          negativeList: false,
          publiclyFunded: false,
          keywords: [],
          region: { country: "CN", province: "云南", city: "昆明" },
        });
      });

      it("names its Chinese region and team in English for English pages", async () => {
        const id = await createAchievement(w.instAdmin, w.institute.id, {
          region: { country: "CN", province: "云南省", city: "呈贡区" },
          team: [
            { name: "普军华", title: "教授", role: "项目负责人" },
            { name: "Anna Lee", title: "Postdoc", role: "负责催化剂筛选" },
          ],
        });
        const { achievement } = await w.instAdmin.client.ok(
          `query ($id: ID!) { achievement(id: $id) {
            region { province city provinceEn cityEn }
            team { name nameEn titleEn roleEn }
          } }`,
          { id },
        );
        expect(achievement.region).toEqual({
          province: "云南省",
          city: "呈贡区",
          provinceEn: "Yunnan",
          cityEn: "Chenggong District",
        });
        expect(achievement.team).toEqual([
          { name: "普军华", nameEn: "Pu Junhua", titleEn: "Professor", roleEn: "Project Lead" },
          { name: "Anna Lee", nameEn: "Anna Lee", titleEn: "Postdoc", roleEn: "负责催化剂筛选" },
        ]);
      });

      it("edits a draft: the given fields change, every other field stays as it was", async () => {
        const input = fullAchievementInput();
        const created = (
          await w.instAdmin.client.ok(CREATE_ACHIEVEMENT, { orgId: w.institute.id, input })
        ).createAchievement;
        env.clock.advanceDays(1);
        const data = await w.instMember.client.ok(UPDATE_ACHIEVEMENT, {
          id: created.id,
          input: { titleEn: "Blueberry cold-chain preservation", trl: 8 },
        });
        expect(data.updateAchievement).toEqual({
          ...created,
          titleEn: "Blueberry cold-chain preservation",
          trl: 8,
          version: 2,
          lastVerifiedAt: env.clock.now().toISOString(),
          expiresAt: new Date(Date.UTC(2028, 2, 2, 2)).toISOString(),
        });
        const [row] = await env.db
          .select()
          .from(achievements)
          .where(eq(achievements.id, created.id));
        expect(row?.updatedAt).toEqual(env.clock.now());
        const assets = await env.db
          .select()
          .from(ipAssets)
          .where(eq(ipAssets.achievementId, created.id));
        expect(assets).toHaveLength(2);
      });

      it("submits, withdraws and reopens an achievement, auditing each step", async () => {
        const id = await createAchievement(w.instAdmin, w.institute.id);
        const step = async (action: string) =>
          (await w.instAdmin.client.ok(TRANSITION_ACHIEVEMENT, { id, action }))
            .transitionAchievement.status;
        expect(await step("SUBMIT")).toBe("PENDING_REVIEW");
        expect(await step("WITHDRAW")).toBe("WITHDRAWN");
        expect(await step("REOPEN")).toBe("DRAFT");
        expect(await actionsOf(env, id)).toEqual(["create", "submit", "withdraw", "reopen"]);
      });

      it("editing a published achievement sends it back to review and out of public results", async () => {
        const id = await publishAchievement(w.instAdmin, w.reviewer, w.institute.id);
        expect((await listIds(env.anonymous(), { orgId: w.institute.id })).ids).toContain(id);
        const data = await w.instAdmin.client.ok(UPDATE_ACHIEVEMENT, { id, input: { trl: 8 } });
        expect(data.updateAchievement).toMatchObject({ status: "PENDING_REVIEW", trl: 8 });
        expect((await listIds(env.anonymous(), { orgId: w.institute.id })).ids).not.toContain(id);
        expect((await env.anonymous().fail(ACHIEVEMENT, { id })).code).toBe("NOT_FOUND");
        const queue = await w.reviewer.client.ok(REVIEW_QUEUE, { first: 100 });
        expect(queue.reviewQueue.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(
          id,
        );
      });

      it("refuses a negative-list achievement granted to the team with BAD_USER_INPUT on input.rightsStatus", async () => {
        const before = await env.snapshot();
        const error = await w.instAdmin.client.fail(CREATE_ACHIEVEMENT, {
          orgId: w.institute.id,
          input: achievementInput({ negativeList: true, rightsStatus: "TEAM_OWNERSHIP" }),
        });
        expect(error.code).toBe("BAD_USER_INPUT");
        expect(error.extensions?.field).toBe("input.rightsStatus");
        expect(error.message).toContain("measure 2");
        expect(await env.snapshot()).toEqual(before);
      });

      it("refuses a long-term use right shorter than ten years on input.rightsUseYears (measure 2)", async () => {
        const before = await env.snapshot();
        const error = await w.instAdmin.client.fail(CREATE_ACHIEVEMENT, {
          orgId: w.institute.id,
          input: achievementInput({ rightsStatus: "LONG_TERM_USE", rightsUseYears: 5 }),
        });
        expect(error.code).toBe("BAD_USER_INPUT");
        expect(error.extensions?.field).toBe("input.rightsUseYears");
        expect(await env.snapshot()).toEqual(before);
      });

      it("refuses an edit that would put a team-owned achievement on the negative list", async () => {
        const id = await createAchievement(w.instAdmin, w.institute.id, {
          rightsStatus: "TEAM_OWNERSHIP",
        });
        const before = await env.snapshot();
        const error = await w.instAdmin.client.fail(UPDATE_ACHIEVEMENT, {
          id,
          input: { negativeList: true },
        });
        expect(error.code).toBe("BAD_USER_INPUT");
        expect(error.extensions?.field).toBe("input.rightsStatus");
        expect(await env.snapshot()).toEqual(before);
      });

      it("lets enterprises publish achievements but not broker agencies (FORBIDDEN)", async () => {
        expect(await createAchievement(w.entMember, w.enterprise.id)).toMatch(/^[0-9a-f-]{36}$/);
        const broker = await createOrg(w.loner, "BROKER_AGENCY");
        const before = await env.snapshot();
        const error = await w.loner.client.fail(CREATE_ACHIEVEMENT, {
          orgId: broker.id,
          input: achievementInput(),
        });
        expect(error.code).toBe("FORBIDDEN");
        expect(await env.snapshot()).toEqual(before);
      });

      it("orgAchievements lists the organization's own achievements in every status, filtered by status", async () => {
        const org = await createOrg(w.hospAdmin, "HOSPITAL");
        const draft = await createAchievement(w.hospAdmin, org.id);
        const pending = await submitAchievement(w.hospAdmin, org.id);
        const published = await publishAchievement(w.hospAdmin, w.reviewer, org.id);
        const all = (await w.hospAdmin.client.ok(ORG_ACHIEVEMENTS, { orgId: org.id }))
          .orgAchievements;
        expect(all.totalCount).toBe(3);
        expect(all.edges.map((e: { node: { id: string } }) => e.node.id).sort()).toEqual(
          [draft, pending, published].sort(),
        );
        const only = (
          await w.hospAdmin.client.ok(ORG_ACHIEVEMENTS, {
            orgId: org.id,
            statuses: ["PENDING_REVIEW"],
          })
        ).orgAchievements;
        expect(only.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([pending]);
        expect((await w.instAdmin.client.fail(ORG_ACHIEVEMENTS, { orgId: org.id })).code).toBe(
          "FORBIDDEN",
        );
        const paged = await collectPages(
          w.hospAdmin.client,
          PAGED_ORG_ACHIEVEMENTS,
          { orgId: org.id },
          (d) => d.orgAchievements,
          1,
        );
        expect(paged.ids).toEqual(all.edges.map((e: { node: { id: string } }) => e.node.id));
      });
    });

    describe("review", () => {
      it("reviewQueue lists pending achievements oldest first, page by page", async () => {
        // Clear out what other tests left pending.
        const leftovers = (await w.reviewer.client.ok(REVIEW_QUEUE, { first: 100 })).reviewQueue
          .edges;
        for (const e of leftovers)
          await w.reviewer.client.ok(REJECT_ACHIEVEMENT, { id: e.node.id, reason: "cleanup" });

        const ids: string[] = [];
        for (const title of ["第一", "第二", "第三"]) {
          ids.push(await submitAchievement(w.instAdmin, w.institute.id, { titleZh: title }));
          env.clock.advanceMs(60_000);
        }
        // A draft is not in the queue.
        await createAchievement(w.instAdmin, w.institute.id);

        const p1 = (await w.reviewer.client.ok(REVIEW_QUEUE, { first: 2 })).reviewQueue;
        expect(p1.totalCount).toBe(3);
        expect(p1.pageInfo.hasNextPage).toBe(true);
        const p2 = (
          await w.operator.client.ok(REVIEW_QUEUE, { first: 2, after: p1.pageInfo.endCursor })
        ).reviewQueue;
        expect(p2.pageInfo.hasNextPage).toBe(false);
        const order = [...p1.edges, ...p2.edges].map(
          (e: { node: { id: string; status: string } }) => e.node.id,
        );
        expect(order).toEqual(ids);
      });

      it("approving publishes the achievement: it shows in achievements() with publishedAt", async () => {
        const id = await submitAchievement(w.instAdmin, w.institute.id, { titleZh: "待审成果" });
        expect((await listIds(env.anonymous(), { orgId: w.institute.id })).ids).not.toContain(id);
        env.clock.advanceDays(2);
        const data = await w.reviewer.client.ok(APPROVE_ACHIEVEMENT, { id, note: "资料齐全" });
        expect(data.approveAchievement).toMatchObject({
          status: "PUBLISHED",
          publishedAt: env.clock.now().toISOString(),
          lastVerifiedAt: env.clock.now().toISOString(),
          reviewNote: "资料齐全",
        });
        expect((await listIds(env.anonymous(), { orgId: w.institute.id })).ids).toContain(id);
        const opened = await env.anonymous().ok(ACHIEVEMENT, { id });
        expect(opened.achievement).toMatchObject({ id, status: "PUBLISHED", viewerCanEdit: false });
        expect(await actionsOf(env, id)).toEqual(["create", "submit", "approve"]);
      });

      it("rejecting needs a reason; the owner sees the note, edits and resubmits", async () => {
        const id = await submitAchievement(w.instAdmin, w.institute.id);
        const before = await env.snapshot();
        const empty = await w.reviewer.client.fail(REJECT_ACHIEVEMENT, { id, reason: "  " });
        expect(empty.code).toBe("BAD_USER_INPUT");
        expect(empty.extensions?.field).toBe("reason");
        expect(await env.snapshot()).toEqual(before);

        const data = await w.reviewer.client.ok(REJECT_ACHIEVEMENT, { id, reason: "缺少专利证书" });
        expect(data.rejectAchievement).toMatchObject({
          status: "REJECTED",
          reviewNote: "缺少专利证书",
        });
        const owner = await w.instMember.client.ok(ACHIEVEMENT, { id });
        expect(owner.achievement).toMatchObject({ status: "REJECTED", reviewNote: "缺少专利证书" });
        expect((await env.anonymous().fail(ACHIEVEMENT, { id })).code).toBe("NOT_FOUND");
        expect((await w.otherAdmin.client.fail(ACHIEVEMENT, { id })).code).toBe("NOT_FOUND");

        await w.instMember.client.ok(UPDATE_ACHIEVEMENT, {
          id,
          input: {
            ipAssets: [{ number: "CN2023100001A", kind: "INVENTION_PATENT", status: "GRANTED" }],
          },
        });
        const resubmitted = await w.instMember.client.ok(TRANSITION_ACHIEVEMENT, {
          id,
          action: "SUBMIT",
        });
        expect(resubmitted.transitionAchievement.status).toBe("PENDING_REVIEW");
        expect(resubmitted.transitionAchievement.ipAssets).toHaveLength(1);
        await w.reviewer.client.ok(APPROVE_ACHIEVEMENT, { id });
        expect((await env.anonymous().ok(ACHIEVEMENT, { id })).achievement.status).toBe(
          "PUBLISHED",
        );
      });

      it("a reviewer may not approve their own organization's achievement", async () => {
        const reviewersOrg = await createOrg(w.reviewer, "UNIVERSITY");
        const id = await submitAchievement(w.reviewer, reviewersOrg.id);
        const before = await env.snapshot();
        const error = await w.reviewer.client.fail(APPROVE_ACHIEVEMENT, { id });
        expect(error.code).toBe("FORBIDDEN");
        expect(await env.snapshot()).toEqual(before);
        await w.operator.client.ok(APPROVE_ACHIEVEMENT, { id });
      });
    });

    describe("freshness", () => {
      it("after 12 months a published achievement leaves public results until the owner re-verifies it", async () => {
        const org = await createOrg(w.otherAdmin, "RESEARCH_INSTITUTE");
        const id = await publishAchievement(w.otherAdmin, w.reviewer, org.id);
        const stale = await publishAchievement(w.otherAdmin, w.reviewer, org.id, {
          titleZh: "不再确认",
        });
        env.clock.advanceMonths(11);
        expect((await listIds(env.anonymous(), { orgId: org.id })).ids.sort()).toEqual(
          [id, stale].sort(),
        );

        env.clock.advanceMonths(1);
        env.clock.advanceMs(1);
        await env.logIn(w.otherAdmin);
        await env.logIn(w.instAdmin);
        expect(await listIds(env.anonymous(), { orgId: org.id })).toEqual({ ids: [], total: 0 });
        expect((await env.anonymous().fail(ACHIEVEMENT, { id })).code).toBe("NOT_FOUND");
        expect((await w.instAdmin.client.fail(ACHIEVEMENT, { id })).code).toBe("NOT_FOUND");
        const owner = await w.otherAdmin.client.ok(ACHIEVEMENT, { id });
        expect(owner.achievement).toMatchObject({ status: "PUBLISHED", expired: true });

        const data = await w.otherAdmin.client.ok(REVERIFY_ACHIEVEMENT, { id });
        expect(data.reverifyAchievement).toMatchObject({
          expired: false,
          status: "PUBLISHED",
          lastVerifiedAt: env.clock.now().toISOString(),
        });
        expect((await listIds(env.anonymous(), { orgId: org.id })).ids).toEqual([id]);
        expect((await env.anonymous().ok(ACHIEVEMENT, { id })).achievement.expired).toBe(false);
        expect(await actionsOf(env, id)).toContain("reverify");
      });
    });
  });

  describe("browsing", () => {
    let w: World;
    const ids: Record<string, string> = {};

    // A fixed catalogue: published listings across fields, TRLs, modes, regions and kinds of
    // organization, plus listings in every non-public status and restricted visibilities.
    beforeAll(async () => {
      await env.reset();
      w = await buildWorld(env);
      const hospital = w.hospital.id;
      const pub = async (
        key: string,
        owner: typeof w.instAdmin,
        orgId: string,
        input: Record<string, unknown>,
      ) => {
        ids[key] = await publishAchievement(owner, w.reviewer, orgId, input);
      };
      await pub("carbon6", w.instAdmin, w.institute.id, {
        titleZh: "石墨烯导热膜",
        field: "new_materials.carbon",
        trl: 6,
      });
      await pub("polymer3", w.instAdmin, w.institute.id, {
        titleZh: "可降解塑料",
        titleEn: "Biodegradable plastic",
        field: "new_materials.polymers",
        trl: 3,
        transferModes: ["TRANSFER"],
      });
      await pub("tea8", w.otherAdmin, w.otherInstitute.id, {
        titleZh: "普洱茶发酵工艺",
        summaryEn: "Pu'er tea fermentation with 100% traceability",
        field: "plateau_agriculture.tea_coffee",
        trl: 8,
        transferModes: ["USE_FIRST_PAY_LATER", "JOINT_DEVELOPMENT"],
      });
      await pub("devices9", w.hospAdmin, hospital, {
        titleZh: "便携式超声",
        field: "biomedicine.devices",
        trl: 9,
        transferModes: ["EQUITY_INVESTMENT"],
        region: { country: "TH", province: "Bangkok", city: "Bangkok" },
      });
      env.clock.advanceMs(1000);
      // Same publication instant for three listings: the cursor must break the tie.
      for (const n of [1, 2, 3]) {
        ids[`ai${n}`] = await submitAchievement(w.instMember, w.institute.id, {
          titleZh: `人工智能质检 ${n}`,
          field: "digital_economy.ai",
          trl: 5,
          transferModes: ["NON_EXCLUSIVE_LICENCE"],
        });
      }
      for (const n of [1, 2, 3])
        await w.reviewer.client.ok(APPROVE_ACHIEVEMENT, { id: ids[`ai${n}`] });
      env.clock.advanceMs(1000);
      await pub("registered", w.instAdmin, w.institute.id, {
        titleZh: "仅注册用户可见",
        visibility: "REGISTERED",
      });
      await pub("private", w.instAdmin, w.institute.id, {
        titleZh: "仅本单位可见",
        visibility: "PRIVATE",
      });

      ids.draft = await createAchievement(w.instAdmin, w.institute.id, { titleZh: "草稿" });
      ids.pending = await submitAchievement(w.instAdmin, w.institute.id, { titleZh: "待审" });
      ids.rejected = await submitAchievement(w.instAdmin, w.institute.id, { titleZh: "被退回" });
      await w.reviewer.client.ok(REJECT_ACHIEVEMENT, { id: ids.rejected, reason: "不完整" });
      ids.withdrawn = await publishAchievement(w.instAdmin, w.reviewer, w.institute.id, {
        titleZh: "已撤回",
      });
      await w.instAdmin.client.ok(TRANSITION_ACHIEVEMENT, {
        id: ids.withdrawn,
        action: "WITHDRAW",
      });
    });

    const publicKeys = ["carbon6", "polymer3", "tea8", "devices9", "ai1", "ai2", "ai3"];
    const idsOf = (...keys: string[]) => keys.map((k) => ids[k]).sort();

    it("shows anonymous visitors exactly the published public achievements, newest first", async () => {
      const data = await env.anonymous().ok<{ achievements: Page }>(ACHIEVEMENTS, { first: 100 });
      const listed = data.achievements.edges.map((e) => e.node.id);
      expect(data.achievements.totalCount).toBe(7);
      expect([...listed].sort()).toEqual(idsOf(...publicKeys));
      // Newest first: the three AI listings were published after the first four.
      expect(new Set(listed.slice(0, 3))).toEqual(new Set(idsOf("ai1", "ai2", "ai3")));
      expect(new Set(listed.slice(3))).toEqual(
        new Set(idsOf("carbon6", "polymer3", "tea8", "devices9")),
      );
    });

    it("shows signed-in users registered-only listings too; private ones only to their organization", async () => {
      expect((await listIds(w.loner.client)).ids.sort()).toEqual(
        idsOf(...publicKeys, "registered"),
      );
      expect((await listIds(w.instMember.client)).ids.sort()).toEqual(
        idsOf(...publicKeys, "registered", "private"),
      );
      expect((await w.loner.client.fail(ACHIEVEMENT, { id: ids.private })).code).toBe("NOT_FOUND");
      expect((await env.anonymous().fail(ACHIEVEMENT, { id: ids.registered })).code).toBe(
        "NOT_FOUND",
      );
      expect((await w.loner.client.ok(ACHIEVEMENT, { id: ids.registered })).achievement.id).toBe(
        ids.registered,
      );
    });

    it("filters by field: a top-level code covers its subfields, a subfield matches exactly", async () => {
      const anon = env.anonymous();
      expect((await listIds(anon, { field: "new_materials" })).ids.sort()).toEqual(
        idsOf("carbon6", "polymer3"),
      );
      expect((await listIds(anon, { field: "new_materials.carbon" })).ids).toEqual([ids.carbon6]);
      expect((await listIds(anon, { field: "energy_environment" })).total).toBe(0);
    });

    it("filters by TRL range, inclusive at both ends", async () => {
      const anon = env.anonymous();
      expect((await listIds(anon, { trlMin: 6 })).ids.sort()).toEqual(
        idsOf("carbon6", "tea8", "devices9"),
      );
      expect((await listIds(anon, { trlMax: 5 })).ids.sort()).toEqual(
        idsOf("polymer3", "ai1", "ai2", "ai3"),
      );
      expect((await listIds(anon, { trlMin: 6, trlMax: 8 })).ids.sort()).toEqual(
        idsOf("carbon6", "tea8"),
      );
    });

    it("filters by transfer modes: any of the given modes", async () => {
      const anon = env.anonymous();
      expect(
        (await listIds(anon, { transferModes: ["TRANSFER", "EQUITY_INVESTMENT"] })).ids.sort(),
      ).toEqual(idsOf("polymer3", "devices9"));
      expect((await listIds(anon, { transferModes: ["JOINT_DEVELOPMENT"] })).ids).toEqual([
        ids.tea8,
      ]);
    });

    it("filters by country, province and city", async () => {
      const anon = env.anonymous();
      expect((await listIds(anon, { country: "TH" })).ids).toEqual([ids.devices9]);
      expect((await listIds(anon, { country: "CN", province: "云南" })).total).toBe(6);
      expect((await listIds(anon, { city: "大理" })).ids).toEqual([ids.tea8]);
      expect((await listIds(anon, { city: "昆明" })).ids.sort()).toEqual(
        idsOf("carbon6", "polymer3", "ai1", "ai2", "ai3"),
      );
    });

    it("filters by owner organization and by kind of organization", async () => {
      const anon = env.anonymous();
      expect((await listIds(anon, { orgId: w.otherInstitute.id })).ids).toEqual([ids.tea8]);
      expect((await listIds(anon, { orgKind: "HOSPITAL" })).ids).toEqual([ids.devices9]);
      expect((await listIds(anon, { orgKind: "UNIVERSITY" })).total).toBe(5);
      expect((await listIds(anon, { orgKind: "ENTERPRISE" })).total).toBe(0);
    });

    it("filters by text in titles and summaries, case-insensitively, treating % and _ literally", async () => {
      const anon = env.anonymous();
      expect((await listIds(anon, { text: "导热膜" })).ids).toEqual([ids.carbon6]);
      expect((await listIds(anon, { text: "BIODEGRADABLE" })).ids).toEqual([ids.polymer3]);
      expect((await listIds(anon, { text: "100%" })).ids).toEqual([ids.tea8]);
      expect((await listIds(anon, { text: "%" })).ids).toEqual([ids.tea8]);
      expect((await listIds(anon, { text: "_" })).total).toBe(0);
      expect(
        (await listIds(anon, { text: "人工智能", trlMin: 5, field: "digital_economy" })).total,
      ).toBe(3);
    });

    it("pages through with first/after without duplicates or gaps, even across equal publication times", async () => {
      const anon = env.anonymous();
      const all = (await listIds(anon)).ids;
      for (const size of [1, 2, 3]) {
        const seen: string[] = [];
        let after: string | null = null;
        let pages = 0;
        for (;;) {
          const data: { achievements: Page } = await anon.ok(ACHIEVEMENTS, { first: size, after });
          const page = data.achievements;
          pages += 1;
          expect(page.totalCount).toBe(7);
          expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
          seen.push(...page.edges.map((e) => e.node.id));
          expect(page.pageInfo.hasNextPage).toBe(seen.length < 7);
          if (!page.pageInfo.hasNextPage) break;
          after = page.pageInfo.endCursor;
        }
        expect(pages).toBe(Math.ceil(7 / size));
        expect(seen).toEqual(all);
      }
    });

    it("an empty page past the end says there is nothing more", async () => {
      const data = await env.anonymous().ok<{ achievements: Page }>(ACHIEVEMENTS, { first: 7 });
      const rest = await env.anonymous().ok<{ achievements: Page }>(ACHIEVEMENTS, {
        first: 7,
        after: data.achievements.pageInfo.endCursor,
      });
      expect(rest.achievements.edges).toEqual([]);
      expect(rest.achievements.pageInfo).toMatchObject({ hasNextPage: false, endCursor: null });
      const zero = await env.anonymous().ok<{ achievements: Page }>(ACHIEVEMENTS, { first: 0 });
      expect(zero.achievements).toMatchObject({
        totalCount: 7,
        edges: [],
        pageInfo: { hasNextPage: true },
      });
    });

    it("opens a published achievement with all its public details", async () => {
      const { achievement } = await env.anonymous().ok(ACHIEVEMENT, { id: ids.tea8 });
      expect(achievement).toMatchObject({
        id: ids.tea8,
        status: "PUBLISHED",
        titleZh: "普洱茶发酵工艺",
        trl: 8,
        owner: { id: w.otherInstitute.id },
        reviewNote: null,
        viewerCanEdit: false,
      });
    });

    it("keeps drafts, pending, rejected and withdrawn achievements NOT_FOUND for outsiders but visible to the owner", async () => {
      for (const key of ["draft", "pending", "rejected", "withdrawn"]) {
        const id = ids[key];
        for (const outsider of [
          env.anonymous(),
          w.otherAdmin.client,
          w.entMember.client,
          w.loner.client,
        ]) {
          const error = await outsider.fail(ACHIEVEMENT, { id });
          expect(error.code, `${key} for ${outsider.label}`).toBe("NOT_FOUND");
        }
        const owner = await w.instMember.client.ok(ACHIEVEMENT, { id });
        expect(owner.achievement.id).toBe(id);
      }
      // Reviewers see what awaits review, not drafts.
      expect(
        (await w.reviewer.client.ok(ACHIEVEMENT, { id: ids.pending })).achievement.status,
      ).toBe("PENDING_REVIEW");
      expect((await w.reviewer.client.fail(ACHIEVEMENT, { id: ids.draft })).code).toBe("NOT_FOUND");
      const everyone = await listIds(w.instAdmin.client, {}, 100);
      for (const key of ["draft", "pending", "rejected", "withdrawn"])
        expect(everyone.ids).not.toContain(ids[key]);
    });

    it("an unknown but well-formed id is NOT_FOUND", async () => {
      const error = await env
        .anonymous()
        .fail(ACHIEVEMENT, { id: "00000000-0000-4000-8000-000000000000" });
      expect(error.code).toBe("NOT_FOUND");
    });
  });
});
