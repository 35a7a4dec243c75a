import * as tables from "@openttc/db/schema";
import { and, eq, isNull, like } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { SESSION_COOKIE } from "../../app";
import {
  buildWorld,
  collectPages,
  createAchievement,
  demandInput,
  EVALUATE_ANSWER,
  INVITE_TO_DEMAND,
  openDemand,
  publishAchievement,
  submitAnswer,
  TRANSITION_ACHIEVEMENT,
  UPDATE_DEMAND,
  type World,
} from "../../test-support/fixtures";
import {
  DAY_MS,
  type Data,
  describeWithDb,
  type TestEnv,
  type TestUser,
} from "../../test-support/harness";

const MATCH_FIELDS = `
  id score weightsVersion computedAt
  components { name value contribution }
  matchedTerms { demandTerm achievementTerm via weight }
  highlights { demand { field start end text } achievement { field start end text } }
  explanation
  viewerFeedback { side action reason reasonText }
  demand { id titleZh confidentialZh confidentialEn }
  achievement { id titleZh }
`;
const FOR_DEMAND = `query ($id: ID!, $first: Int, $after: String) {
  matchesForDemand(id: $id, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${MATCH_FIELDS} } }
  }
}`;
const FOR_ACHIEVEMENT = `query ($id: ID!, $first: Int, $after: String) {
  matchesForAchievement(id: $id, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${MATCH_FIELDS} } }
  }
}`;
const BROKER_QUEUE = `query ($first: Int, $after: String) {
  brokerQueue(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id score demand { id } achievement { id } } }
  }
}`;
const MARK = `mutation ($matchId: ID!, $action: MatchAction!, $reason: MatchDismissReason, $reasonText: String) {
  markMatch(matchId: $matchId, action: $action, reason: $reason, reasonText: $reasonText) {
    id viewerFeedback { side action reason reasonText }
  }
}`;
const WEIGHTS = `{ matcherWeights { version fittedAt bias textGate weights { name weight } positiveSamples negativeSamples } }`;
const EXPLANATION_IN = `query ($id: ID!, $locale: Locale) {
  matchesForDemand(id: $id, first: 1) { edges { node { explanation(locale: $locale) } } }
}`;

// Texts with a clear topic each, so that the matcher's ranking is unambiguous.
const GRAPHENE_FILM = {
  titleZh: "高导热石墨烯散热膜",
  titleEn: "High thermal-conductivity graphene heat-spreading film",
  summaryZh: "石墨烯散热膜导热系数达到 1600 W/(m·K)，用于手机与电子设备散热。",
  summaryEn: "Graphene heat-spreading film with thermal conductivity of 1600 W/(m·K).",
  keywords: ["石墨烯", "散热膜", "导热"],
  field: "new_materials.carbon",
  trl: 7,
  transferModes: ["EXCLUSIVE_LICENCE"],
};
const TUMOUR_VACCINE = {
  titleZh: "肿瘤新抗原疫苗筛选平台",
  titleEn: "Tumour neoantigen vaccine screening platform",
  summaryZh: "基于测序数据筛选肿瘤新抗原，用于个体化肿瘤疫苗。",
  summaryEn: "Screens tumour neoantigens from sequencing data for personalised vaccines.",
  keywords: ["肿瘤疫苗", "新抗原"],
  field: "biomedicine",
  trl: 4,
  transferModes: ["JOINT_DEVELOPMENT"],
};

type Edge = { node: Data };

async function drain(env: TestEnv) {
  await env.app.services.searchIndexer.drain();
  await env.app.services.matchWorker.drain();
}

describeWithDb("matches", (env) => {
  let w: World;
  let broker: TestUser;
  let bioBroker: TestUser;
  let demandId: string;
  let grapheneId: string;
  let vaccineId: string;

  const forDemand = async (user: TestUser, id = demandId, first = 50) =>
    (await user.client.ok(FOR_DEMAND, { id, first })).matchesForDemand;
  const achievementIdsFor = async (user: TestUser, id = demandId) =>
    (await forDemand(user, id)).edges.map((e: Edge) => e.node.achievement.id as string);

  beforeAll(async () => {
    w = await buildWorld(env);
    broker = await env.signUp("Broker");
    bioBroker = await env.signUp("BioBroker");
    await env.db.insert(tables.brokerProfiles).values([
      { userId: broker.id, tier: "senior", fields: ["new_materials"] },
      { userId: bioBroker.id, tier: "junior", fields: ["biomedicine"] },
    ]);
    demandId = await openDemand(env, w.entAdmin, w.enterprise.id);
    await drain(env);
    grapheneId = await publishAchievement(w.instAdmin, w.reviewer, w.institute.id, GRAPHENE_FILM);
    vaccineId = await publishAchievement(w.instAdmin, w.reviewer, w.institute.id, TUMOUR_VACCINE);
    await drain(env);
  }, 120_000);

  describe("before any feedback", () => {
    it("keeps the weights in use when there is nothing to learn from", async () => {
      expect(await env.app.services.matches.refitWeights()).toBeNull();
      expect(await env.db.$count(tables.matcherWeights)).toBe(0);
      expect((await w.loner.client.ok(WEIGHTS)).matcherWeights.version).toBe(0);
    });
  });

  describe("keeping matches current", () => {
    it("enqueues a match job in the same transaction as every listing change", async () => {
      const id = await createAchievement(w.instAdmin, w.institute.id);
      const jobs = await env.db
        .select()
        .from(tables.outbox)
        .where(and(eq(tables.outbox.entityId, id), like(tables.outbox.topic, "match:%")));
      expect(jobs.map((j) => j.topic)).toEqual(["match:achievement"]);
      await drain(env);
      expect(
        await env.db.$count(
          tables.outbox,
          and(like(tables.outbox.topic, "match:%"), isNull(tables.outbox.processedAt)),
        ),
      ).toBe(0);
    });

    it("puts a published achievement into the matching exam paper's matches, above an unrelated one", async () => {
      const ids = await achievementIdsFor(w.entAdmin);
      expect(ids[0]).toBe(grapheneId);
      const conn = await forDemand(w.entAdmin);
      const [top] = conn.edges as Edge[];
      const vaccine = (conn.edges as Edge[]).find((e) => e.node.achievement.id === vaccineId);
      if (vaccine) expect(vaccine.node.score).toBeLessThan(top?.node.score);
      expect(top?.node.score).toBeGreaterThan(0.4);
      expect(top?.node.weightsVersion).toBe(0);
    });

    it("explains a match: every component, matched terms of both sides, highlights and sentences", async () => {
      const [top] = (await forDemand(w.entAdmin)).edges as Edge[];
      const m = top?.node as Data;
      expect(m.components.map((c: Data) => c.name).sort()).toEqual(
        ["BUDGET", "FRESHNESS", "MODES", "REGION", "REPUTATION", "TAXONOMY", "TEXT", "TRL"].sort(),
      );
      const text = m.components.find((c: Data) => c.name === "TEXT");
      expect(text.value).toBeGreaterThan(0.3);
      expect(text.contribution).toBeGreaterThan(0);
      expect(m.matchedTerms.length).toBeGreaterThan(0);
      for (const t of m.matchedTerms) {
        expect(t.demandTerm).not.toBe("");
        expect(t.achievementTerm).not.toBe("");
      }
      expect(m.highlights.demand.length).toBeGreaterThan(0);
      expect(m.highlights.achievement.length).toBeGreaterThan(0);
      // Default language: Chinese.
      expect(m.explanation.join("")).toMatch(/[\u4e00-\u9fff]/);
      expect(m.explanation.join("")).toContain("TRL 7");
    });

    it("writes the sentences in the request's Accept-Language, or the locale asked for", async () => {
      const res = await env.app.inject({
        method: "POST",
        url: "/graphql",
        headers: {
          "content-type": "application/json",
          "accept-language": "en-GB,en;q=0.9,zh-CN;q=0.5",
          cookie: `${SESSION_COOKIE}=${w.entAdmin.client.sessionToken}`,
        },
        payload: JSON.stringify({ query: EXPLANATION_IN, variables: { id: demandId } }),
      });
      const english = res.json().data.matchesForDemand.edges[0].node.explanation.join(" ");
      expect(english).toMatch(/TRL 7 meets the required 5/);
      expect(english).not.toMatch(/[\u4e00-\u9fff]{4}/);
      const asked = await w.entAdmin.client.ok(EXPLANATION_IN, { id: demandId, locale: "EN" });
      expect(asked.matchesForDemand.edges[0].node.explanation.join(" ")).toBe(english);
    });

    it("shows the achievement side its exam papers without the confidential details", async () => {
      const conn = (await w.instAdmin.client.ok(FOR_ACHIEVEMENT, { id: grapheneId, first: 10 }))
        .matchesForAchievement;
      const m = (conn.edges as Edge[]).find((e) => e.node.demand?.id === demandId)?.node;
      expect(m).toBeDefined();
      expect(m?.demand.confidentialZh).toBeNull();
      expect(m?.demand.confidentialEn).toBeNull();
      // Nothing of the confidential text reaches the explanation either.
      const all = JSON.stringify(conn);
      for (const secret of ["手机厂商", "200 万片", "phone maker"])
        expect(all).not.toContain(secret);
    });

    it("shows the confidential details to an achievement side the exam paper's owner invited", async () => {
      const id = await openDemand(env, w.entAdmin, w.enterprise.id, {
        confidentialZh: "机密：邀请后可见的导热膜指标",
      });
      await drain(env);
      const pick = async () =>
        (
          (await w.instAdmin.client.ok(FOR_ACHIEVEMENT, { id: grapheneId, first: 50 }))
            .matchesForAchievement.edges as Edge[]
        ).find((e) => e.node.demand?.id === id)?.node;
      expect((await pick())?.demand.confidentialZh).toBeNull();
      await w.entAdmin.client.ok(INVITE_TO_DEMAND, { demandId: id, orgId: w.institute.id });
      expect((await pick())?.demand.confidentialZh).toBe("机密：邀请后可见的导热膜指标");
    });

    it("recomputes an exam paper's matches when it is edited", async () => {
      const id = await openDemand(env, w.entAdmin, w.enterprise.id, {
        titleZh: "碳基散热材料",
        titleEn: "Carbon heat spreader",
        keywords: ["石墨烯"],
      });
      await drain(env);
      expect((await achievementIdsFor(w.entAdmin, id))[0]).toBe(grapheneId);
      await w.entAdmin.client.ok(UPDATE_DEMAND, {
        id,
        input: demandInput(env.clock, {
          titleZh: "肿瘤新抗原个体化疫苗",
          titleEn: "Personalised tumour neoantigen vaccine",
          summaryZh: "寻找肿瘤新抗原筛选与疫苗制备技术",
          summaryEn: "We need neoantigen screening for tumour vaccines",
          confidentialZh: null,
          confidentialEn: null,
          indicators: [{ name: "新抗原检出率", target: "≥ 90", unit: "%" }],
          keywords: ["肿瘤疫苗"],
          field: "biomedicine",
          minTrl: 3,
        }),
      });
      await drain(env);
      expect((await achievementIdsFor(w.entAdmin, id))[0]).toBe(vaccineId);
    });

    it("drops a withdrawn achievement's matches", async () => {
      const id = await publishAchievement(w.instAdmin, w.reviewer, w.institute.id, {
        ...GRAPHENE_FILM,
        titleZh: "石墨烯导热散热膜（第二代）",
      });
      await drain(env);
      expect(await achievementIdsFor(w.entAdmin)).toContain(id);
      await w.instAdmin.client.ok(TRANSITION_ACHIEVEMENT, { id, action: "WITHDRAW" });
      await drain(env);
      expect(await achievementIdsFor(w.entAdmin)).not.toContain(id);
      expect(await env.db.$count(tables.matches, eq(tables.matches.achievementId, id))).toBe(0);
    });

    it("hides the matches of an exam paper once its deadline has passed", async () => {
      const id = await openDemand(env, w.entAdmin, w.enterprise.id, {
        deadline: env.clock.kunmingDate(2),
      });
      await drain(env);
      expect((await forDemand(w.entAdmin, id)).totalCount).toBeGreaterThan(0);
      env.clock.advanceMs(5 * DAY_MS);
      try {
        expect((await forDemand(w.entAdmin, id)).totalCount).toBe(0);
        expect(await env.app.services.matchEngine.sweepStale()).toBeGreaterThan(0);
        expect(await env.db.$count(tables.matches, eq(tables.matches.demandId, id))).toBe(0);
      } finally {
        env.clock.reset();
      }
    });

    it("retries a failed batch later and keeps the error", async () => {
      const { makeServices } = await import("../../services");
      const { makeStore } = await import("../../store");
      const { createSearchIndex } = await import("@openttc/search/create-search-index");
      let fail = true;
      const services = makeServices({
        store: makeStore(env.db),
        clock: env.clock,
        searchIndex: createSearchIndex(),
        matcherLexicon: async () => {
          if (fail) throw new Error("dictionary unavailable");
          const { EMPTY_LEXICON } = await import("@openttc/matcher/dictionary/lexicon");
          return EMPTY_LEXICON;
        },
      });
      const id = await publishAchievement(w.instAdmin, w.reviewer, w.institute.id, GRAPHENE_FILM);
      await env.app.services.searchIndexer.drain();
      await expect(services.matchWorker.drain()).rejects.toThrow("dictionary unavailable");
      const [job] = await env.db
        .select()
        .from(tables.outbox)
        .where(and(eq(tables.outbox.entityId, id), eq(tables.outbox.topic, "match:achievement")));
      expect(job?.processedAt).toBeNull();
      expect(job?.lastError).toContain("dictionary unavailable");
      fail = false;
      env.clock.advanceMs(180_000);
      try {
        expect(await services.matchWorker.drain()).toBeGreaterThan(0);
        const [done] = await env.db
          .select()
          .from(tables.outbox)
          .where(eq(tables.outbox.id, job?.id as number));
        expect(done?.processedAt).not.toBeNull();
      } finally {
        env.clock.reset();
      }
    });
  });

  describe("who may see matches", () => {
    it("lets the exam paper's organization, operators and brokers see its matches", async () => {
      for (const user of [w.entAdmin, w.entMember, w.operator, broker]) {
        expect((await forDemand(user)).totalCount).toBeGreaterThan(0);
      }
    });

    it("refuses everybody else, and anonymous callers must sign in", async () => {
      for (const user of [w.loner, w.instAdmin, w.otherAdmin, w.reviewer]) {
        const err = await user.client.fail(FOR_DEMAND, { id: demandId });
        expect(err.code).toBe("FORBIDDEN");
      }
      expect((await env.anonymous().fail(FOR_DEMAND, { id: demandId })).code).toBe(
        "UNAUTHENTICATED",
      );
    });

    it("lets only the achievement's organization, operators and brokers see its matches", async () => {
      for (const user of [w.instAdmin, w.instMember, w.operator, broker]) {
        const conn = (await user.client.ok(FOR_ACHIEVEMENT, { id: grapheneId }))
          .matchesForAchievement;
        expect(conn.totalCount).toBeGreaterThan(0);
      }
      for (const user of [w.loner, w.entAdmin, w.otherAdmin]) {
        expect((await user.client.fail(FOR_ACHIEVEMENT, { id: grapheneId })).code).toBe(
          "FORBIDDEN",
        );
      }
    });

    it("answers NOT_FOUND for a listing the caller cannot see, and BAD_USER_INPUT for a bad id", async () => {
      const draft = await createAchievement(w.instAdmin, w.institute.id);
      expect((await w.loner.client.fail(FOR_ACHIEVEMENT, { id: draft })).code).toBe("NOT_FOUND");
      const bad = await w.entAdmin.client.fail(FOR_DEMAND, { id: "not-an-id" });
      expect(bad.code).toBe("BAD_USER_INPUT");
      expect(bad.extensions?.field).toBe("id");
    });
  });

  describe("paging", () => {
    it("serves the same matches page by page as at once, score descending", async () => {
      for (let i = 0; i < 3; i++) {
        await publishAchievement(w.instAdmin, w.reviewer, w.institute.id, {
          ...GRAPHENE_FILM,
          titleZh: `石墨烯导热膜 ${i + 3} 号`,
          trl: 3 + i,
        });
      }
      await drain(env);
      const all = await forDemand(w.entAdmin);
      const scores = (all.edges as Edge[]).map((e) => e.node.score as number);
      expect(scores.length).toBeGreaterThanOrEqual(4);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
      const paged = await collectPages(
        w.entAdmin.client,
        FOR_DEMAND,
        { id: demandId },
        (d) => d.matchesForDemand,
        2,
      );
      expect(paged.ids).toEqual((all.edges as Edge[]).map((e) => e.node.id));
    });

    it("refuses a cursor it did not write", async () => {
      const forged = Buffer.from(JSON.stringify([2, "x"])).toString("base64url");
      const err = await w.entAdmin.client.fail(FOR_DEMAND, { id: demandId, after: forged });
      expect(err.code).toBe("BAD_USER_INPUT");
      expect(err.extensions?.field).toBe("after");
    });
  });

  describe("feedback", () => {
    const topMatch = async () => ((await forDemand(w.entAdmin)).edges as Edge[])[0]?.node as Data;

    it("records a dismissal with its coded reason as the viewer's feedback, side by organization", async () => {
      const m = await topMatch();
      const res = await w.entMember.client.ok(MARK, {
        matchId: m.id,
        action: "DISMISSED",
        reason: "PRICE_OR_TERMS",
      });
      expect(res.markMatch.viewerFeedback).toEqual([
        { side: "ENTERPRISE", action: "DISMISSED", reason: "PRICE_OR_TERMS", reasonText: null },
      ]);
      const inst = await w.instAdmin.client.ok(MARK, { matchId: m.id, action: "VIEWED" });
      expect(inst.markMatch.viewerFeedback[0].side).toBe("INSTITUTE");
      // Each viewer sees their own feedback only.
      const again = (await forDemand(w.entMember)).edges.find((e: Edge) => e.node.id === m.id);
      expect(again.node.viewerFeedback.map((f: Data) => f.action)).toEqual(["DISMISSED"]);
      expect((await topMatch()).viewerFeedback).toEqual([]);
      const [stored] = await env.db
        .select()
        .from(tables.matchFeedback)
        .where(eq(tables.matchFeedback.userId, w.entMember.id));
      expect(stored?.components).toEqual(
        Object.fromEntries(m.components.map((c: Data) => [c.name.toLowerCase(), c.value])),
      );
    });

    it("needs a reason to dismiss and a text for OTHER, and changes nothing on bad input", async () => {
      const m = await topMatch();
      const before = await env.snapshot();
      const noReason = await w.entAdmin.client.fail(MARK, { matchId: m.id, action: "DISMISSED" });
      expect(noReason.code).toBe("BAD_USER_INPUT");
      expect(noReason.extensions?.field).toBe("input.reason");
      const noText = await w.entAdmin.client.fail(MARK, {
        matchId: m.id,
        action: "DISMISSED",
        reason: "OTHER",
      });
      expect(noText.extensions?.field).toBe("input.reasonText");
      const badId = await w.entAdmin.client.fail(MARK, { matchId: "nope", action: "VIEWED" });
      expect(badId.extensions?.field).toBe("input.matchId");
      expect(await env.snapshot()).toEqual(before);
    });

    it("refuses feedback from anyone outside the pair who is not a broker", async () => {
      const m = await topMatch();
      const before = await env.snapshot();
      for (const user of [w.loner, w.otherAdmin, w.operator]) {
        expect((await user.client.fail(MARK, { matchId: m.id, action: "VIEWED" })).code).toBe(
          "FORBIDDEN",
        );
      }
      expect(await env.snapshot()).toEqual(before);
    });
  });

  describe("broker queue", () => {
    it("lists the best unattended matches in the broker's fields, and drops a contacted one", async () => {
      const queue = async (user: TestUser) =>
        (await user.client.ok(BROKER_QUEUE, { first: 100 })).brokerQueue.edges.map(
          (e: Edge) => e.node,
        ) as Data[];
      const mine = await queue(broker);
      expect(mine.length).toBeGreaterThan(0);
      const scores = mine.map((m) => m.score as number);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
      // The dismissed match of the feedback tests is no longer unattended.
      const dismissed = await env.db.select().from(tables.matchFeedback);
      const dismissedIds = new Set(
        dismissed.filter((f) => f.action === "dismissed").map((f) => f.matchId),
      );
      expect(mine.some((m) => dismissedIds.has(m.id))).toBe(false);

      const first = mine[0] as Data;
      const marked = await broker.client.ok(MARK, { matchId: first.id, action: "CONTACTED" });
      expect(marked.markMatch.viewerFeedback[0].side).toBe("BROKER");
      expect((await queue(broker)).map((m) => m.id)).not.toContain(first.id);

      // A biomedicine broker sees no graphene pair.
      const bio = await queue(bioBroker);
      expect(bio.some((m) => m.achievement.id === grapheneId && m.demand.id === demandId)).toBe(
        false,
      );
    });

    it("is for brokers only", async () => {
      for (const user of [w.entAdmin, w.operator, w.loner]) {
        expect((await user.client.fail(BROKER_QUEUE, {})).code).toBe("FORBIDDEN");
      }
    });
  });

  describe("learning the weights", () => {
    it("serves the defaults as version 0 until a refit, then the refitted version, text kept dominant", async () => {
      const before = (await w.loner.client.ok(WEIGHTS)).matcherWeights;
      expect(before.version).toBe(0);
      expect(before.fittedAt).toBeNull();
      expect((await env.anonymous().fail(WEIGHTS)).code).toBe("UNAUTHENTICATED");

      // Feedback so far: one dismissal (negative), one contact (positive). An answer built on the
      // graphene film, evaluated 5 of 5, adds a positive pair.
      const answerId = await submitAnswer(w.instAdmin, w.institute.id, demandId, {
        achievementIds: [grapheneId],
      });
      await w.entAdmin.client.ok(EVALUATE_ANSWER, {
        input: {
          answerId,
          scores: [
            { criterion: "technical_merit", score: 5 },
            { criterion: "cost", score: 5 },
          ],
          comment: "正是我们需要的",
        },
      });
      const fitted = await env.app.services.matches.refitWeights();
      if (!fitted) throw new Error("expected a refit");
      expect(fitted).toMatchObject({ events: 3, positive: 2, negative: 1 });
      const after = (await w.loner.client.ok(WEIGHTS)).matcherWeights;
      expect(after.version).toBe(fitted.version);
      expect(after.version).toBeGreaterThan(0);
      expect(after.fittedAt).not.toBeNull();
      expect(after.positiveSamples).toBe(fitted.positive);
      const byName = Object.fromEntries(after.weights.map((x: Data) => [x.name, x.weight]));
      const others = Object.entries(byName).filter(([n]) => n !== "TEXT");
      expect(byName.TEXT).toBeGreaterThanOrEqual(4);
      for (const [, v] of others)
        expect(byName.TEXT).toBeGreaterThanOrEqual(2 * Math.abs(v as number));

      // The worker scores with the active version from then on.
      await env.app.services.matchEngine.recomputeAll();
      const [top] = (await forDemand(w.entAdmin)).edges as Edge[];
      expect(top?.node.weightsVersion).toBe(after.version);
    });
  });
});
