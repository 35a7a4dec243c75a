import { auditLog, demandAccess } from "@openttc/db/schema";
import { asc, eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  ACCEPT_DEMAND_NDA,
  buildWorld,
  CREATE_DEMAND,
  collectPages,
  createDemand,
  createOrg,
  DEMAND,
  DEMANDS,
  demandInput,
  INVITE_TO_DEMAND,
  openDemand,
  TRANSITION_DEMAND,
  UPDATE_DEMAND,
  type World,
} from "../../test-support/fixtures";
import {
  type Data,
  describeWithDb,
  type GqlClient,
  type TestEnv,
} from "../../test-support/harness";

const CONFIDENTIAL = `query ($id: ID!) { demand(id: $id) { id confidentialZh confidentialEn viewerCanReadConfidential } }`;
const ACCESS_GRANTS = `query ($id: ID!) { demand(id: $id) { accessGrants { kind grantedAt organization { id } } } }`;
const PAGED_ORG_DEMANDS = `query ($orgId: ID!, $first: Int, $after: String) {
  orgDemands(orgId: $orgId, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } }
}`;
const ORG_DEMANDS = `query ($orgId: ID!, $statuses: [DemandStatus!]) {
  orgDemands(orgId: $orgId, statuses: $statuses) { totalCount edges { node { id status } } }
}`;

async function listIds(client: GqlClient, filter: Record<string, unknown> = {}) {
  const data = await client.ok(DEMANDS, { filter, first: 100 });
  return {
    ids: data.demands.edges.map((e: { node: { id: string } }) => e.node.id) as string[],
    total: data.demands.totalCount as number,
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

describeWithDb("demands", (env) => {
  beforeEach(() => env.clock.reset());

  describe("authoring, lifecycle and confidentiality", () => {
    let w: World;
    beforeAll(async () => {
      await env.reset();
      w = await buildWorld(env);
    });

    it("enterprise staff create an exam paper with every field and read it back unchanged", async () => {
      const input = demandInput(env.clock, {
        keywords: ["graphene", "散热"],
        indicators: [
          { name: "导热系数", target: "≥ 1500", unit: "W/(m·K)" },
          { name: "厚度", target: "≤ 25", unit: "μm" },
        ],
        minTrl: 6,
        criteria: ["technical_merit", "cost", "timeline"],
        visibility: "REGISTERED",
        region: { country: "CN", province: "云南", city: "曲靖" },
      });
      const data = await w.entMember.client.ok(CREATE_DEMAND, { orgId: w.enterprise.id, input });
      const created = data.createDemand;
      expect(created).toMatchObject({
        ...input,
        budget: { ...input.budget, negotiable: false },
        status: "DRAFT",
        viewerCanReadConfidential: true,
        publishedAt: null,
        expired: false,
        owner: { id: w.enterprise.id },
      });
      expect((await w.entAdmin.client.ok(DEMAND, { id: created.id })).demand).toEqual(created);
      expect(await actionsOf(env, created.id)).toEqual(["create"]);
    });

    it("names five default criteria when the enterprise gives none", async () => {
      const id = await createDemand(env, w.entAdmin, w.enterprise.id, { criteria: undefined });
      const { demand } = await w.entAdmin.client.ok(DEMAND, { id });
      expect(demand.criteria).toEqual([
        "technical_merit",
        "feasibility",
        "cost",
        "team",
        "timeline",
      ]);
    });

    it("opens, evaluates and closes an exam paper; open ones are listed, closed ones only when asked for", async () => {
      const id = await createDemand(env, w.entAdmin, w.enterprise.id);
      expect((await listIds(env.anonymous(), { orgId: w.enterprise.id })).ids).not.toContain(id);
      env.clock.advanceMs(5000);
      const opened = (await w.entAdmin.client.ok(TRANSITION_DEMAND, { id, action: "OPEN" }))
        .transitionDemand;
      expect(opened).toMatchObject({ status: "OPEN", publishedAt: env.clock.now().toISOString() });
      expect((await listIds(env.anonymous(), { orgId: w.enterprise.id })).ids).toContain(id);

      const evaluating = await w.entMember.client.ok(TRANSITION_DEMAND, {
        id,
        action: "START_EVALUATION",
      });
      expect(evaluating.transitionDemand.status).toBe("EVALUATING");
      const closed = await w.entMember.client.ok(TRANSITION_DEMAND, { id, action: "CLOSE" });
      expect(closed.transitionDemand.status).toBe("CLOSED");
      expect((await listIds(env.anonymous(), { orgId: w.enterprise.id })).ids).not.toContain(id);
      expect(
        (await listIds(env.anonymous(), { orgId: w.enterprise.id, statuses: ["CLOSED"] })).ids,
      ).toContain(id);
      // A closed paper is still public: anyone may read how it ended.
      expect((await env.anonymous().ok(DEMAND, { id })).demand.status).toBe("CLOSED");
      expect(await actionsOf(env, id)).toEqual(["create", "open", "startEvaluation", "close"]);
    });

    it("cancels a draft or an open exam paper; a cancelled one is visible only to its owner", async () => {
      const draft = await createDemand(env, w.entAdmin, w.enterprise.id);
      const open = await openDemand(env, w.entAdmin, w.enterprise.id);
      for (const id of [draft, open]) {
        const data = await w.entAdmin.client.ok(TRANSITION_DEMAND, { id, action: "CANCEL" });
        expect(data.transitionDemand.status).toBe("CANCELLED");
        expect((await env.anonymous().fail(DEMAND, { id })).code).toBe("NOT_FOUND");
        expect((await w.instAdmin.client.fail(DEMAND, { id })).code).toBe("NOT_FOUND");
      }
      const error = await env.anonymous().fail(DEMANDS, { filter: { statuses: ["CANCELLED"] } });
      expect(error.code).toBe("BAD_USER_INPUT");
      expect(error.extensions?.field).toBe("filter.statuses");
    });

    it("hospitals may post exam papers, universities may not (FORBIDDEN)", async () => {
      expect(await createDemand(env, w.hospAdmin, w.hospital.id)).toMatch(/^[0-9a-f-]{36}$/);
      const before = await env.snapshot();
      const error = await w.instAdmin.client.fail(CREATE_DEMAND, {
        orgId: w.institute.id,
        input: demandInput(env.clock),
      });
      expect(error.code).toBe("FORBIDDEN");
      expect(await env.snapshot()).toEqual(before);
    });

    it("will not open an exam paper whose deadline has passed (BAD_USER_INPUT on deadline)", async () => {
      const id = await createDemand(env, w.entAdmin, w.enterprise.id, {
        deadline: env.clock.kunmingDate(-1),
        responseDeadline: env.clock.kunmingDate(10),
      });
      const before = await env.snapshot();
      const error = await w.entAdmin.client.fail(TRANSITION_DEMAND, { id, action: "OPEN" });
      expect(error.code).toBe("BAD_USER_INPUT");
      expect(error.extensions?.field).toBe("deadline");
      expect(await env.snapshot()).toEqual(before);
    });

    it("edits an open exam paper; a closed one cannot be edited (CONFLICT)", async () => {
      const id = await openDemand(env, w.entAdmin, w.enterprise.id);
      const data = await w.entMember.client.ok(UPDATE_DEMAND, {
        id,
        input: {
          summaryZh: "更新后的摘要",
          deadline: env.clock.kunmingDate(40),
          responseDeadline: env.clock.kunmingDate(50),
        },
      });
      expect(data.updateDemand).toMatchObject({
        status: "OPEN",
        summaryZh: "更新后的摘要",
        titleZh: "高导热界面材料",
        // Fields left out of the edit keep their values (none is reset to a default).
        criteria: ["technical_merit", "cost"],
        keywords: ["graphene"],
        wantedModes: ["EXCLUSIVE_LICENCE", "JOINT_DEVELOPMENT"],
        visibility: "PUBLIC",
        indicators: [{ name: "导热系数", target: "≥ 1500", unit: "W/(m·K)" }],
        confidentialZh: "机密：目标客户为某手机厂商，年用量 200 万片",
        deadline: env.clock.kunmingDate(40),
      });
      const past = await w.entMember.client.fail(UPDATE_DEMAND, {
        id,
        input: { deadline: env.clock.kunmingDate(-2) },
      });
      expect(past.code).toBe("BAD_USER_INPUT");
      expect(past.extensions?.field).toBe("input.deadline");

      await w.entAdmin.client.ok(TRANSITION_DEMAND, { id, action: "CLOSE" });
      const before = await env.snapshot();
      const error = await w.entMember.client.fail(UPDATE_DEMAND, {
        id,
        input: { summaryZh: "太晚了" },
      });
      expect(error.code).toBe("CONFLICT");
      expect(await env.snapshot()).toEqual(before);
    });

    it("hides confidential details from anonymous users, other organizations and staff; shows them to the owner", async () => {
      const id = await openDemand(env, w.entAdmin, w.enterprise.id);
      for (const client of [
        env.anonymous(),
        w.instAdmin.client,
        w.otherAdmin.client,
        w.loner.client,
        w.reviewer.client,
        w.operator.client,
      ]) {
        const { demand } = await client.ok(CONFIDENTIAL, { id });
        expect(demand, client.label).toEqual({
          id,
          confidentialZh: null,
          confidentialEn: null,
          viewerCanReadConfidential: false,
        });
      }
      for (const client of [w.entAdmin.client, w.entMember.client]) {
        const { demand } = await client.ok(CONFIDENTIAL, { id });
        expect(demand.confidentialZh).toContain("机密");
        expect(demand.confidentialEn).toContain("Confidential");
        expect(demand.viewerCanReadConfidential).toBe(true);
      }
      const listed = await env.anonymous().ok(DEMANDS, { filter: { orgId: w.enterprise.id } });
      for (const edge of listed.demands.edges) expect(edge.node.confidentialZh).toBeNull();
    });

    it("shows confidential details to an invited organization and to one that accepted the NDA, with the time", async () => {
      const id = await openDemand(env, w.entAdmin, w.enterprise.id);
      env.clock.advanceMs(60_000);
      const invitedAt = env.clock.now().toISOString();
      await w.entMember.client.ok(INVITE_TO_DEMAND, { demandId: id, orgId: w.institute.id });
      env.clock.advanceMs(60_000);
      const ndaAt = env.clock.now().toISOString();
      const accepted = await w.otherAdmin.client.ok(ACCEPT_DEMAND_NDA, {
        demandId: id,
        orgId: w.otherInstitute.id,
      });
      expect(accepted.acceptDemandNda.confidentialZh).toContain("机密");

      for (const client of [w.instAdmin.client, w.instMember.client, w.otherAdmin.client]) {
        const { demand } = await client.ok(CONFIDENTIAL, { id });
        expect(demand.viewerCanReadConfidential, client.label).toBe(true);
        expect(demand.confidentialZh).toContain("机密");
      }
      // The hospital was neither invited nor bound by the NDA.
      expect((await w.hospAdmin.client.ok(CONFIDENTIAL, { id })).demand.confidentialZh).toBeNull();

      const grants = (await w.entAdmin.client.ok(ACCESS_GRANTS, { id })).demand.accessGrants;
      expect(grants).toEqual([
        { kind: "INVITED", grantedAt: invitedAt, organization: { id: w.institute.id } },
        { kind: "NDA", grantedAt: ndaAt, organization: { id: w.otherInstitute.id } },
      ]);
      const rows = await env.db.select().from(demandAccess).where(eq(demandAccess.demandId, id));
      expect(rows.find((r) => r.kind === "nda")?.grantedBy).toBe(w.otherAdmin.id);
      const forbidden = await w.instAdmin.client.request<Data>(ACCESS_GRANTS, { id });
      expect(forbidden.data?.demand.accessGrants).toBeNull();
      expect(forbidden.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect(await actionsOf(env, id)).toEqual(["create", "open", "invite", "accept_nda"]);
    });

    it("accepting the NDA twice records it once; a closed paper's NDA cannot be accepted (CONFLICT)", async () => {
      const id = await openDemand(env, w.entAdmin, w.enterprise.id);
      await w.instAdmin.client.ok(ACCEPT_DEMAND_NDA, { demandId: id, orgId: w.institute.id });
      env.clock.advanceMs(1000);
      await w.instMember.client.ok(ACCEPT_DEMAND_NDA, { demandId: id, orgId: w.institute.id });
      const rows = await env.db.select().from(demandAccess).where(eq(demandAccess.demandId, id));
      expect(rows).toHaveLength(1);
      expect(rows[0]?.grantedBy).toBe(w.instAdmin.id);

      await w.entAdmin.client.ok(TRANSITION_DEMAND, { id, action: "CLOSE" });
      const before = await env.snapshot();
      const error = await w.otherAdmin.client.fail(ACCEPT_DEMAND_NDA, {
        demandId: id,
        orgId: w.otherInstitute.id,
      });
      expect(error.code).toBe("CONFLICT");
      expect(await env.snapshot()).toEqual(before);
    });

    it("refuses invitations to the owner itself or to organizations that cannot answer (BAD_USER_INPUT on orgId)", async () => {
      const id = await openDemand(env, w.entAdmin, w.enterprise.id);
      const broker = await createOrg(w.loner, "BROKER_AGENCY");
      const before = await env.snapshot();
      for (const orgId of [w.enterprise.id, broker.id]) {
        const error = await w.entAdmin.client.fail(INVITE_TO_DEMAND, { demandId: id, orgId });
        expect(error.code).toBe("BAD_USER_INPUT");
        expect(error.extensions?.field).toBe("orgId");
      }
      const unknown = await w.entAdmin.client.fail(INVITE_TO_DEMAND, {
        demandId: id,
        orgId: "00000000-0000-4000-8000-000000000000",
      });
      expect(unknown.code).toBe("NOT_FOUND");
      expect(await env.snapshot()).toEqual(before);
    });

    it("an open exam paper past its deadline leaves demands(); the owner and invited organizations still see it", async () => {
      const id = await openDemand(env, w.entAdmin, w.enterprise.id, {
        deadline: env.clock.kunmingDate(5),
        responseDeadline: env.clock.kunmingDate(10),
      });
      await w.entAdmin.client.ok(INVITE_TO_DEMAND, { demandId: id, orgId: w.institute.id });
      env.clock.advanceDays(5);
      expect((await listIds(env.anonymous(), { orgId: w.enterprise.id })).ids).toContain(id);
      // The deadline day ends at midnight in Kunming.
      env.clock.set(
        new Date(new Date(`${env.clock.kunmingDate(0)}T23:59:59.999+08:00`).getTime() + 1),
      );
      expect((await listIds(env.anonymous(), { orgId: w.enterprise.id })).ids).not.toContain(id);
      expect((await listIds(w.otherAdmin.client, { orgId: w.enterprise.id })).ids).not.toContain(
        id,
      );
      expect((await env.anonymous().fail(DEMAND, { id })).code).toBe("NOT_FOUND");
      expect((await w.otherAdmin.client.fail(DEMAND, { id })).code).toBe("NOT_FOUND");
      expect((await w.entMember.client.ok(DEMAND, { id })).demand).toMatchObject({
        status: "OPEN",
        expired: true,
      });
      expect((await w.instMember.client.ok(DEMAND, { id })).demand.expired).toBe(true);
    });

    it("keeps a draft exam paper NOT_FOUND for others; orgDemands lists the owner's papers in every status", async () => {
      const org = await createOrg(w.loner, "INVESTOR");
      const draft = await createDemand(env, w.loner, org.id);
      const open = await openDemand(env, w.loner, org.id);
      for (const client of [env.anonymous(), w.entAdmin.client, w.reviewer.client]) {
        expect((await client.fail(DEMAND, { id: draft })).code, client.label).toBe("NOT_FOUND");
      }
      expect((await w.operator.client.ok(DEMAND, { id: draft })).demand.status).toBe("DRAFT");
      const all = (await w.loner.client.ok(ORG_DEMANDS, { orgId: org.id })).orgDemands;
      expect(all.totalCount).toBe(2);
      const drafts = (await w.loner.client.ok(ORG_DEMANDS, { orgId: org.id, statuses: ["DRAFT"] }))
        .orgDemands;
      expect(drafts.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([draft]);
      expect(open).not.toBe(draft);
      expect((await w.entAdmin.client.fail(ORG_DEMANDS, { orgId: org.id })).code).toBe("FORBIDDEN");
      const paged = await collectPages(
        w.loner.client,
        PAGED_ORG_DEMANDS,
        { orgId: org.id },
        (d) => d.orgDemands,
        1,
      );
      expect(paged.ids).toEqual(all.edges.map((e: { node: { id: string } }) => e.node.id));
    });
  });

  describe("browsing", () => {
    let w: World;
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      await env.reset();
      w = await buildWorld(env);
      const investor = await createOrg(w.loner, "INVESTOR", {
        region: { country: "IN", city: "Bengaluru" },
      });
      ids.carbon = await openDemand(env, w.entAdmin, w.enterprise.id, {
        titleZh: "散热膜",
        minTrl: 6,
      });
      ids.tea = await openDemand(env, w.entAdmin, w.enterprise.id, {
        titleZh: "茶叶保鲜需求",
        summaryEn: "Keep tea fresh for 18 months",
        field: "plateau_agriculture.tea_coffee",
        minTrl: 4,
        wantedModes: ["USE_FIRST_PAY_LATER"],
      });
      env.clock.advanceMs(1000);
      ids.device = await openDemand(env, w.hospAdmin, w.hospital.id, {
        titleZh: "便携监护仪",
        field: "biomedicine.devices",
        minTrl: 7,
        wantedModes: ["TRANSFER"],
        region: { country: "CN", province: "云南", city: "大理" },
      });
      ids.fintech = await openDemand(env, w.loner, investor.id, {
        titleZh: "风控模型",
        field: "digital_economy.ai",
        minTrl: 3,
        visibility: "REGISTERED",
      });
      ids.draft = await createDemand(env, w.entAdmin, w.enterprise.id, { titleZh: "草稿需求" });
      ids.closed = await openDemand(env, w.entAdmin, w.enterprise.id, { titleZh: "已关闭" });
      await w.entAdmin.client.ok(TRANSITION_DEMAND, { id: ids.closed, action: "CLOSE" });
    });

    const sorted = (...keys: string[]) => keys.map((k) => ids[k]).sort();

    it("lists open public exam papers to anonymous visitors, newest first, and registered-only ones to users", async () => {
      const anon = await listIds(env.anonymous());
      expect(anon.total).toBe(3);
      expect(anon.ids[0]).toBe(ids.device);
      expect([...anon.ids].sort()).toEqual(sorted("carbon", "tea", "device"));
      expect((await listIds(w.instAdmin.client)).ids.sort()).toEqual(
        sorted("carbon", "tea", "device", "fintech"),
      );
    });

    it("filters by field, TRL met, wanted modes, region, organization and text", async () => {
      const anon = env.anonymous();
      expect((await listIds(anon, { field: "plateau_agriculture" })).ids).toEqual([ids.tea]);
      expect((await listIds(anon, { trl: 6 })).ids.sort()).toEqual(sorted("carbon", "tea"));
      expect((await listIds(anon, { trl: 3 })).total).toBe(0);
      expect(
        (await listIds(anon, { modes: ["TRANSFER", "USE_FIRST_PAY_LATER"] })).ids.sort(),
      ).toEqual(sorted("tea", "device"));
      expect((await listIds(anon, { city: "大理" })).ids).toEqual([ids.device]);
      expect((await listIds(w.instAdmin.client, { country: "IN" })).ids).toEqual([ids.fintech]);
      expect((await listIds(anon, { orgKind: "HOSPITAL" })).ids).toEqual([ids.device]);
      expect((await listIds(anon, { orgId: w.enterprise.id })).ids.sort()).toEqual(
        sorted("carbon", "tea"),
      );
      expect((await listIds(anon, { text: "TEA FRESH" })).ids).toEqual([ids.tea]);
      expect(
        (await listIds(anon, { statuses: ["OPEN", "CLOSED"], orgId: w.enterprise.id })).total,
      ).toBe(3);
    });

    it("pages through exam papers with first/after without duplicates or gaps", async () => {
      const client = w.instAdmin.client;
      const all = (await listIds(client)).ids;
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const data: Data = await client.ok(DEMANDS, { first: 1, after });
        expect(data.demands.totalCount).toBe(4);
        seen.push(...data.demands.edges.map((e: { node: { id: string } }) => e.node.id));
        if (!data.demands.pageInfo.hasNextPage) break;
        after = data.demands.pageInfo.endCursor;
      }
      expect(seen).toEqual(all);
    });
  });
});
