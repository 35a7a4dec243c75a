import * as tables from "@openttc/db/schema";
import { createThreadedSearchIndex } from "@openttc/search/adapters/threaded";
import { createSearchIndex } from "@openttc/search/create-search-index";
import type { DocOf, IndexName } from "@openttc/search/documents";
import { type SearchIndex, SearchUnavailableError } from "@openttc/search/search-index";
import { and, eq, isNull, like } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { buildApp } from "../../app";
import { makeStore } from "../../store";
import {
  buildWorld,
  CREATE_ACHIEVEMENT,
  createAchievement,
  openDemand,
  publishAchievement,
  REJECT_ACHIEVEMENT,
  submitAchievement,
  TRANSITION_ACHIEVEMENT,
  UPDATE_ACHIEVEMENT,
  type World,
} from "../../test-support/fixtures";
import { type Data, describeWithDb, GqlClient, type TestEnv } from "../../test-support/harness";
import { makeSearchIndexer } from "./search.indexer";

const SEARCH = `query ($query: String!, $kind: SearchKind!, $filter: SearchFilter, $facets: [SearchFacet!], $sort: SearchSort, $first: Int, $after: String) {
  search(query: $query, kind: $kind, filter: $filter, facets: $facets, sort: $sort, first: $first, after: $after) {
    totalEstimate
    edges { cursor score highlights { field snippet } node { __typename ... on Achievement { id titleZh titleEn } ... on Demand { id titleZh confidentialZh } } }
    facets { facet values { value count } }
    pageInfo { hasNextPage endCursor }
  }
}`;

// The outbox also carries the matcher's jobs; these tests look at the search indexer's.
const SEARCH_JOBS = like(tables.outbox.topic, "search:%");

const SUGGEST = `query ($prefix: String!) { suggest(prefix: $prefix) { kind id text highlighted } }`;

async function searchIds(
  client: GqlClient,
  query: string,
  variables: Record<string, unknown> = {},
) {
  const data = await client.ok<Data>(SEARCH, {
    query,
    kind: "ACHIEVEMENT",
    first: 50,
    ...variables,
  });
  return data.search.edges.map((e: Data) => e.node.id as string).sort();
}

/** Wraps an index so that writes fail: after `okWrites` successful upserts, or every one while `down`. */
function flaky(inner: SearchIndex, okWrites = Number.POSITIVE_INFINITY) {
  let writes = 0;
  const state = { down: false, upserted: new Map<string, number>() };
  const index: SearchIndex = {
    ...inner,
    ensureIndexes: () => inner.ensureIndexes(),
    search: (...args) =>
      state.down ? Promise.reject(new SearchUnavailableError("down")) : inner.search(...args),
    suggest: (...args) =>
      state.down ? Promise.reject(new SearchUnavailableError("down")) : inner.suggest(...args),
    delete: (...args) => inner.delete(...args),
    stats: (...args) => inner.stats(...args),
    clear: (...args) => inner.clear(...args),
    health: () => inner.health(),
    async upsert<I extends IndexName>(name: I, docs: readonly DocOf[I][]) {
      writes += 1;
      if (state.down || writes > okWrites)
        throw new SearchUnavailableError("engine killed mid-drain");
      for (const d of docs) state.upserted.set(d.id, d.version);
      return inner.upsert(name, docs);
    },
  };
  return { index, state };
}

describeWithDb("search", (env: TestEnv) => {
  let w: World;

  beforeEach(async () => {
    await env.reset();
    // The embedded index outlives the truncated tables: rebuild it empty.
    await env.app.services.searchIndexer.rebuild();
    w = await buildWorld(env);
  });

  async function drain() {
    return env.app.services.searchIndexer.drain();
  }

  describe("visibility", () => {
    it("returns only what each role may see, enforced in the engine query", async () => {
      const common = { titleZh: "石墨烯散热膜", summaryZh: "石墨烯导热应用" };
      const pub = await publishAchievement(w.instAdmin, w.reviewer, w.institute.id, {
        ...common,
        visibility: "PUBLIC",
      });
      const registered = await publishAchievement(w.instAdmin, w.reviewer, w.institute.id, {
        ...common,
        visibility: "REGISTERED",
      });
      const priv = await publishAchievement(w.instAdmin, w.reviewer, w.institute.id, {
        ...common,
        visibility: "PRIVATE",
      });
      await createAchievement(w.instAdmin, w.institute.id, common);
      await submitAchievement(w.instAdmin, w.institute.id, common);
      const rejected = await submitAchievement(w.instAdmin, w.institute.id, common);
      await w.reviewer.client.ok(REJECT_ACHIEVEMENT, { id: rejected, reason: "缺少专利证明" });
      const withdrawn = await publishAchievement(w.instAdmin, w.reviewer, w.institute.id, common);
      await w.instAdmin.client.ok(TRANSITION_ACHIEVEMENT, { id: withdrawn, action: "WITHDRAW" });
      await drain();

      expect(await searchIds(env.anonymous(), "石墨烯")).toEqual([pub]);
      expect(await searchIds(w.otherAdmin.client, "石墨烯")).toEqual([pub, registered].sort());
      expect(await searchIds(w.instMember.client, "石墨烯")).toEqual(
        [pub, registered, priv].sort(),
      );
      // Reviewers and operators search the public marketplace like everyone; drafts stay out.
      expect(await searchIds(w.operator.client, "石墨烯")).toEqual([pub, registered].sort());
    });

    it("never indexes or returns confidential exam-paper details", async () => {
      await openDemand(env, w.entAdmin, w.enterprise.id, {
        titleZh: "高导热界面材料",
        confidentialZh: "绝密配方甲乙丙 年用量两百万片",
      });
      await drain();
      for (const client of [env.anonymous(), w.instAdmin.client, w.entAdmin.client]) {
        const data = await client.ok<Data>(SEARCH, { query: "绝密配方甲乙丙", kind: "DEMAND" });
        expect(data.search.edges).toEqual([]);
      }
      const found = await env.anonymous().ok<Data>(SEARCH, { query: "导热", kind: "DEMAND" });
      expect(found.search.edges).toHaveLength(1);
      expect(JSON.stringify(found.search.edges)).not.toContain("绝密");
    });

    it("drops an expired achievement from results until it is re-verified", async () => {
      const id = await publishAchievement(w.instAdmin, w.reviewer, w.institute.id, {
        titleZh: "石墨烯散热膜",
      });
      await drain();
      expect(await searchIds(env.anonymous(), "石墨烯")).toEqual([id]);
      env.clock.advanceMonths(13);
      expect(await searchIds(env.anonymous(), "石墨烯")).toEqual([]);
      // Sessions last 30 days: the owner signs in again after a year away.
      await env.logIn(w.instAdmin);
      await w.instAdmin.client.ok(`mutation ($id: ID!) { reverifyAchievement(id: $id) { id } }`, {
        id,
      });
      await drain();
      expect(await searchIds(env.anonymous(), "石墨烯")).toEqual([id]);
    });
  });

  describe("keeping the index current through the outbox", () => {
    it("shows an edit after the outbox drains and forgets the old text", async () => {
      const id = await publishAchievement(w.instAdmin, w.reviewer, w.institute.id, {
        titleZh: "咖啡烘焙设备",
      });
      await drain();
      expect(await searchIds(env.anonymous(), "咖啡")).toEqual([id]);
      await w.instAdmin.client.ok(UPDATE_ACHIEVEMENT, {
        id,
        input: { titleZh: "普洱茶发酵装置", summaryZh: "普洱茶" },
      });
      await w.reviewer.client.ok(`mutation ($id: ID!) { approveAchievement(id: $id) { id } }`, {
        id,
      });
      await drain();
      expect(await searchIds(env.anonymous(), "咖啡")).toEqual([]);
      expect(await searchIds(env.anonymous(), "普洱茶")).toEqual([id]);
    });

    it("starts draining when outbox rows commit instead of waiting for its next poll", async () => {
      const first = await publishAchievement(w.instAdmin, w.reviewer, w.institute.id, {
        titleZh: "咖啡烘焙设备",
      });
      const store = makeStore(env.db);
      const engine = createSearchIndex();
      await engine.ensureIndexes();
      const indexer = makeSearchIndexer({
        store,
        index: engine,
        clock: env.clock,
        idlePollMs: 3_600_000,
      });
      const indexed = async () =>
        (
          await engine.search("achievements", {
            q: "",
            filter: {
              statuses: ["published"],
              visibleTo: { visibilities: ["public"], orgIds: [] },
            },
            offset: 0,
            limit: 50,
          })
        ).hits
          .map((h) => h.id)
          .sort();
      indexer.start();
      try {
        // Started: it drains what is due, then would sleep for an hour.
        await vi.waitFor(async () => expect(await indexed()).toEqual([first]));
        // Written through another store (the app's): nothing wakes this indexer.
        const second = await publishAchievement(w.instAdmin, w.reviewer, w.institute.id, {
          titleZh: "普洱茶发酵装置",
        });
        await new Promise((r) => setTimeout(r, 300));
        expect(await indexed()).toEqual([first]);
        // Committed through its own store: it wakes at once.
        const [row] = await env.db
          .select({ version: tables.achievements.version })
          .from(tables.achievements)
          .where(eq(tables.achievements.id, second));
        await store.transaction((repos) =>
          repos.outbox.announce("achievement", second, row?.version ?? 1),
        );
        await vi.waitFor(async () => expect(await indexed()).toEqual([first, second].sort()));
      } finally {
        indexer.stop();
      }
    });

    it("converges after the worker is killed mid-drain and restarted", async () => {
      const ids: string[] = [];
      for (let i = 0; i < 12; i++) {
        ids.push(
          await publishAchievement(w.instAdmin, w.reviewer, w.institute.id, {
            titleZh: `石墨烯散热膜 ${i}`,
          }),
        );
      }
      const store = makeStore(env.db);
      const engine = createSearchIndex();
      await engine.ensureIndexes();
      const dying = flaky(engine, 1);
      const first = makeSearchIndexer({ store, index: dying.index, clock: env.clock });
      // One batch of two rows succeeds, the next write "dies": its rows stay leased, not processed.
      await first.drainOnce(2);
      await expect(first.drainOnce(5)).rejects.toThrow("killed");
      const pending = await env.db
        .select()
        .from(tables.outbox)
        .where(and(isNull(tables.outbox.processedAt), SEARCH_JOBS));
      expect(pending.length).toBeGreaterThan(0);

      // The restarted worker picks the rows up once their lease and backoff have passed.
      env.clock.advanceMs(60_000);
      const second = makeSearchIndexer({ store, index: engine, clock: env.clock });
      await second.drain();
      expect(
        await env.db.$count(tables.outbox, and(isNull(tables.outbox.processedAt), SEARCH_JOBS)),
      ).toBe(0);
      expect((await engine.stats("achievements")).documents).toBe(ids.length);
      const res = await engine.search("achievements", {
        q: "石墨烯",
        filter: { statuses: ["published"], visibleTo: { visibilities: ["public"], orgIds: [] } },
        offset: 0,
        limit: 50,
      });
      expect(res.hits.map((h) => h.id).sort()).toEqual([...ids].sort());
    });

    it("rebuilds an index from the database and reports matching counts", async () => {
      await publishAchievement(w.instAdmin, w.reviewer, w.institute.id);
      await createAchievement(w.instAdmin, w.institute.id);
      await openDemand(env, w.entAdmin, w.enterprise.id);
      const counts = await env.app.services.searchIndexer.rebuild();
      expect(counts).toEqual({
        achievements: { database: 2, index: 2 },
        demands: { database: 1, index: 1 },
      });
    });

    it("rebuilds the engine on its own thread, as the server runs it, and compacts it after", async () => {
      const id = await publishAchievement(w.instAdmin, w.reviewer, w.institute.id, {
        titleZh: "石墨烯散热膜",
      });
      const engine = createThreadedSearchIndex();
      let compactions = 0;
      const index = {
        ...engine,
        compact: async () => {
          compactions++;
          await engine.compact();
        },
      };
      try {
        const indexer = makeSearchIndexer({ store: makeStore(env.db), index, clock: env.clock });
        expect(await indexer.rebuild()).toEqual({
          achievements: { database: 1, index: 1 },
          demands: { database: 0, index: 0 },
        });
        expect(compactions).toBe(1);
        const res = await engine.search("achievements", {
          q: "石墨烯",
          filter: { statuses: ["published"], visibleTo: { visibilities: ["public"], orgIds: [] } },
          offset: 0,
          limit: 10,
        });
        expect(res.hits.map((h) => h.id)).toEqual([id]);
      } finally {
        await engine.close();
      }
    });
  });

  describe("when the search engine is down", () => {
    it("answers SERVICE_UNAVAILABLE for searches while writes keep succeeding into the outbox", async () => {
      const engine = createSearchIndex();
      const broken = flaky(engine);
      broken.state.down = true;
      const app = await buildApp({ db: env.db, clock: env.clock, searchIndex: broken.index });
      try {
        const client = new GqlClient(app, "anon");
        const err = await client.fail(SEARCH, { query: "石墨烯", kind: "ACHIEVEMENT" });
        expect(err.code).toBe("SERVICE_UNAVAILABLE");
        expect((await client.fail(SUGGEST, { prefix: "石墨" })).code).toBe("SERVICE_UNAVAILABLE");

        const owner = new GqlClient(app, "owner on the broken app");
        owner.sessionToken = w.instAdmin.client.sessionToken;
        const created = await owner.ok<Data>(CREATE_ACHIEVEMENT, {
          orgId: w.institute.id,
          input: {
            titleZh: "断网期间写入",
            summaryZh: "引擎停机时的写入",
            field: "new_materials",
            trl: 5,
            transferModes: ["TRANSFER"],
            price: { negotiable: true },
          },
        });
        const id = created.createAchievement.id as string;
        const rows = await env.db
          .select()
          .from(tables.outbox)
          .where(and(eq(tables.outbox.entityId, id), SEARCH_JOBS));
        expect(rows).toHaveLength(1);

        // The drain fails, keeps the row with its error and a later retry time.
        await expect(app.services.searchIndexer.drainOnce()).rejects.toThrow();
        const [row] = await env.db
          .select()
          .from(tables.outbox)
          .where(and(eq(tables.outbox.entityId, id), SEARCH_JOBS));
        expect(row?.processedAt).toBeNull();
        expect(row?.lastError).toContain("killed");
        expect(row?.availableAt.getTime()).toBeGreaterThan(env.clock.now().getTime());

        // The engine comes back: the held write reaches the index.
        broken.state.down = false;
        env.clock.advanceMs(120_000);
        await app.services.searchIndexer.drain();
        expect(broken.state.upserted.get(id)).toBe(1);
      } finally {
        await app.close();
      }
    });
  });

  describe("queries", () => {
    it("finds listings across languages and counts facets", async () => {
      const zh = await publishAchievement(w.instAdmin, w.reviewer, w.institute.id, {
        titleZh: "石墨烯散热膜",
        summaryZh: "高导热石墨烯薄膜",
        field: "new_materials.carbon",
        trl: 7,
      });
      const en = await publishAchievement(w.instAdmin, w.reviewer, w.institute.id, {
        titleZh: null,
        summaryZh: null,
        titleEn: "Graphene heat spreader",
        summaryEn: "A graphene film for thermal management",
        field: "electronic_information.sensors",
        trl: 4,
      });
      await drain();
      expect(await searchIds(env.anonymous(), "graphene")).toEqual([zh, en].sort());
      expect(await searchIds(env.anonymous(), "石墨烯")).toEqual([zh, en].sort());
      const data = await env.anonymous().ok<Data>(SEARCH, {
        query: "graphene",
        kind: "ACHIEVEMENT",
        facets: ["FIELD_TOP", "TRL"],
        filter: { trlMin: 5 },
      });
      expect(data.search.edges.map((e: Data) => e.node.id)).toEqual([zh]);
      const facets = Object.fromEntries(
        data.search.facets.map((f: Data) => [
          f.facet,
          Object.fromEntries(f.values.map((v: Data) => [v.value, v.count])),
        ]),
      );
      expect(facets).toEqual({ FIELD_TOP: { new_materials: 1 }, TRL: { "7": 1 } });
      expect(data.search.edges[0].highlights.some((h: Data) => h.snippet.includes("<mark>"))).toBe(
        true,
      );
    });

    it("pages through results without duplicates or gaps", async () => {
      const ids: string[] = [];
      for (let i = 0; i < 7; i++) {
        ids.push(
          await publishAchievement(w.instAdmin, w.reviewer, w.institute.id, {
            titleZh: `石墨烯膜 ${i}`,
          }),
        );
      }
      await drain();
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 10; page++) {
        const data: Data = await env
          .anonymous()
          .ok<Data>(SEARCH, { query: "石墨烯", kind: "ACHIEVEMENT", first: 3, after });
        seen.push(...data.search.edges.map((e: Data) => e.node.id));
        if (!data.search.pageInfo.hasNextPage) break;
        after = data.search.pageInfo.endCursor;
      }
      expect(seen).toHaveLength(ids.length);
      expect([...seen].sort()).toEqual([...ids].sort());
    });

    it("suggests titles as the user types, only of visible listings", async () => {
      const visible = await publishAchievement(w.instAdmin, w.reviewer, w.institute.id, {
        titleZh: "石墨烯散热膜",
      });
      await createAchievement(w.instAdmin, w.institute.id, { titleZh: "石墨烯草稿" });
      await drain();
      const data = await env.anonymous().ok<Data>(SUGGEST, { prefix: "石墨" });
      expect(data.suggest.map((s: Data) => s.id)).toEqual([visible]);
      expect(data.suggest[0].highlighted).toContain("<mark>");
    });

    it.each([
      ["an overlong query", { query: "石".repeat(201) }, "query"],
      [
        "an unknown top-level field",
        { query: "膜", filter: { fieldTop: ["nope"] } },
        "filter.fieldTop.0",
      ],
      [
        "an unknown field",
        { query: "膜", filter: { field: ["new_materials.nope"] } },
        "filter.field.0",
      ],
      ["a TRL out of range", { query: "膜", filter: { trlMin: 0 } }, "filter.trlMin"],
      ["a private status", { query: "膜", filter: { statuses: ["draft"] } }, "filter.statuses"],
      ["a malformed cursor", { query: "膜", after: "not-a-cursor" }, "after"],
      [
        "a malformed organization id",
        { query: "膜", filter: { orgId: ["x'; drop table"] } },
        "filter.orgId.0",
      ],
    ])("refuses %s with BAD_USER_INPUT naming the field", async (_label, variables, field) => {
      const err = await env.anonymous().fail(SEARCH, { kind: "ACHIEVEMENT", ...variables });
      expect(err.code).toBe("BAD_USER_INPUT");
      expect(err.extensions?.field).toBe(field);
    });
  });
});
