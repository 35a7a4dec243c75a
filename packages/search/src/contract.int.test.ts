import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMeiliSearchIndex } from "./adapters/meilisearch";
import { createOramaSearchIndex } from "./adapters/orama";
import { createThreadedSearchIndex } from "./adapters/threaded";
import { ACHIEVEMENTS, DEMANDS, NOW, ORGS } from "./contract.fixtures";
import type { AchievementDoc, IndexName } from "./documents";
import { type IndexedDoc, SORT_ATTRIBUTE, toIndexedDoc } from "./indexed-document";
import {
  FACET_NAMES,
  type FacetName,
  type SearchFilter,
  type SearchIndex,
  type SearchQuery,
  type SortBy,
} from "./search-index";

// One suite, every adapter: the embedded engine always, Meilisearch where MEILI_URL points at one.
const adapters: { name: string; make: () => SearchIndex; skip?: string }[] = [
  { name: "embedded (Orama)", make: () => createOramaSearchIndex() },
  { name: "embedded on its own thread", make: () => createThreadedSearchIndex() },
  {
    name: "Meilisearch",
    make: () =>
      createMeiliSearchIndex({
        url: process.env.MEILI_URL ?? "",
        apiKey: process.env.MEILI_MASTER_KEY,
        indexPrefix: "openttc_contract_",
      }),
    skip: process.env.MEILI_URL ? undefined : "MEILI_URL is not set",
  },
];

const PUBLIC_ACHIEVEMENT = ["published", "in_negotiation", "transacted"];
const OPEN_DEMAND = ["open", "evaluating", "awarded", "closed"];

/** What an anonymous visitor may see of achievements. */
const publicAchievements = (extra: Partial<SearchFilter> = {}): SearchFilter => ({
  statuses: PUBLIC_ACHIEVEMENT,
  visibleTo: { visibilities: ["public"], orgIds: [] },
  ...extra,
});

const publicDemands = (extra: Partial<SearchFilter> = {}): SearchFilter => ({
  statuses: OPEN_DEMAND,
  visibleTo: { visibilities: ["public"], orgIds: [] },
  ...extra,
});

const stored = {
  achievements: ACHIEVEMENTS.map((d) => toIndexedDoc("achievements", d)),
  demands: DEMANDS.map((d) => toIndexedDoc("demands", d)),
};

/** The filter semantics of the port, written plainly, to check adapters against. */
function matches(d: IndexedDoc, f: SearchFilter): boolean {
  const inList = (v: string, list?: string[]) => !list || list.length === 0 || list.includes(v);
  return (
    f.statuses.includes(d.status) &&
    (f.visibleTo.visibilities.includes(d.visibility) || f.visibleTo.orgIds.includes(d.orgId)) &&
    inList(d.fieldTop, f.fieldTop) &&
    inList(d.field, f.field) &&
    inList(d.country, f.country) &&
    inList(d.province, f.province) &&
    inList(d.orgId, f.orgId) &&
    inList(d.orgKind, f.orgKind) &&
    (!f.modes || f.modes.length === 0 || d.modes.some((m) => f.modes?.includes(m))) &&
    (f.trlMin === undefined || d.trl >= f.trlMin) &&
    (f.trlMax === undefined || d.trl <= f.trlMax) &&
    (f.notExpiredAt === undefined || d.expiresAt > f.notExpiredAt)
  );
}

const expectedIds = (index: IndexName, f: SearchFilter) =>
  stored[index]
    .filter((d) => matches(d, f))
    .map((d) => d.id)
    .sort();

function defineContract(make: () => SearchIndex) {
  let search: SearchIndex;
  const run = (
    index: IndexName,
    q: string,
    filter: SearchFilter,
    more: Partial<SearchQuery> = {},
  ) => search.search(index, { q, filter, offset: 0, limit: 100, ...more });
  const ids = async (
    index: IndexName,
    q: string,
    filter: SearchFilter,
    more: Partial<SearchQuery> = {},
  ) => (await run(index, q, filter, more)).hits.map((h) => h.id);

  beforeAll(async () => {
    search = make();
    await search.ensureIndexes();
    await search.clear("achievements");
    await search.clear("demands");
    await search.upsert("achievements", ACHIEVEMENTS);
    await search.upsert("demands", DEMANDS);
  });

  afterAll(async () => {
    await search?.clear("achievements");
    await search?.clear("demands");
  });

  it("reports health and document counts", async () => {
    await expect(search.health()).resolves.toBeUndefined();
    expect(await search.stats("achievements")).toEqual({ documents: ACHIEVEMENTS.length });
    expect(await search.stats("demands")).toEqual({ documents: DEMANDS.length });
  });

  describe("ranking", () => {
    it("ranks the exact Chinese title match first, then the title that contains it", async () => {
      const hits = await ids("achievements", "石墨烯导热膜", publicAchievements());
      expect(hits[0]).toBe("a01");
      expect(hits.indexOf("a02")).toBeGreaterThan(0);
    });

    it("ranks the exact English title match above a longer title with the same words", async () => {
      const hits = await ids("achievements", "flexible pressure sensor", publicAchievements());
      expect(hits[0]).toBe("a20");
      expect(hits).toContain("a31");
    });

    it("returns scores that do not increase down the list", async () => {
      const { hits } = await run("achievements", "graphene thermal", publicAchievements());
      expect(hits.length).toBeGreaterThan(1);
      for (let i = 1; i < hits.length; i++) {
        expect(hits[i]?.score).toBeLessThanOrEqual(hits[i - 1]?.score ?? 0);
      }
    });
  });

  describe("typo tolerance", () => {
    it('finds graphene for "grafene" and ranks a graphene listing first', async () => {
      const hits = await ids("achievements", "grafene", publicAchievements());
      expect(hits).toContain("a03");
      expect(["a03", "a33"]).toContain(hits[0]);
      expect(hits).not.toContain("a32");
    });

    it('finds thermal for "thermla"', async () => {
      expect(await ids("achievements", "thermla", publicAchievements())).toContain("a03");
    });
  });

  describe("Chinese segmentation", () => {
    it("finds 石墨烯导热膜 for 石墨烯", async () => {
      const hits = await ids("achievements", "石墨烯", publicAchievements());
      expect(hits).toEqual(expect.arrayContaining(["a01", "a02"]));
    });

    it("finds 导热 listings without matching the unrelated 导航", async () => {
      const hits = await ids("achievements", "导热", publicAchievements());
      expect(hits).toContain("a01");
      expect(hits).not.toContain("a04");
      expect(await ids("achievements", "导航", publicAchievements())).toEqual(["a04"]);
    });
  });

  describe("synonyms across languages", () => {
    it("finds an English-only graphene listing for 石墨烯", async () => {
      expect(await ids("achievements", "石墨烯", publicAchievements())).toContain("a03");
    });

    it('finds a Chinese-only listing for "graphene"', async () => {
      expect(await ids("achievements", "graphene", publicAchievements())).toEqual(
        expect.arrayContaining(["a01", "a02"]),
      );
    });

    it("matches 三七 and notoginseng both ways", async () => {
      expect(await ids("achievements", "三七", publicAchievements())).toEqual(
        expect.arrayContaining(["a05", "a06"]),
      );
      expect(await ids("achievements", "notoginseng", publicAchievements())).toEqual(
        expect.arrayContaining(["a05", "a06"]),
      );
    });

    it("finds a Chinese drone listing and an English drone demand for 无人机 / drone", async () => {
      expect(await ids("achievements", "drone", publicAchievements())).toContain("a13");
      expect(await ids("demands", "无人机", publicDemands())).toContain("d10");
    });
  });

  describe("filters", () => {
    const cases: [string, SearchFilter][] = [
      ["fieldTop", publicAchievements({ fieldTop: ["new_materials", "biomedicine"] })],
      ["field", publicAchievements({ field: ["plateau_agriculture.tea_coffee"] })],
      ["trl range", publicAchievements({ trlMin: 5, trlMax: 7 })],
      ["trlMin only", publicAchievements({ trlMin: 8 })],
      [
        "modes (any of)",
        publicAchievements({ modes: ["use_first_pay_later", "equity_investment"] }),
      ],
      ["country", publicAchievements({ country: ["TH", "IN"] })],
      ["province", publicAchievements({ province: ["Guangdong"] })],
      ["orgId", publicAchievements({ orgId: [ORGS.kust.orgId] })],
      ["orgKind", publicAchievements({ orgKind: ["hospital", "research_institute"] })],
      ["statuses", publicAchievements({ statuses: ["transacted", "in_negotiation"] })],
      ["notExpiredAt", publicAchievements({ notExpiredAt: NOW })],
      [
        "all of them together",
        publicAchievements({
          fieldTop: ["plateau_agriculture"],
          trlMin: 6,
          modes: ["transfer", "non_exclusive_licence"],
          country: ["CN", "TH"],
          orgKind: ["university", "research_institute"],
          notExpiredAt: NOW,
        }),
      ],
    ];
    for (const [name, filter] of cases) {
      it(`filters achievements by ${name}`, async () => {
        expect((await ids("achievements", "", filter)).sort()).toEqual(
          expectedIds("achievements", filter),
        );
      });
    }

    it("applies filters to text queries too", async () => {
      const hits = await ids("achievements", "石墨烯", publicAchievements({ country: ["IN"] }));
      expect(hits.sort()).toEqual(["a03", "a33"]);
    });

    it("filters demands by statuses, trl and expiry", async () => {
      const filter = publicDemands({ trlMin: 5, notExpiredAt: NOW });
      expect((await ids("demands", "", filter)).sort()).toEqual(expectedIds("demands", filter));
    });
  });

  describe("visibility", () => {
    it("shows a private listing only to its own organization", async () => {
      expect(await ids("achievements", "石墨烯", publicAchievements())).not.toContain("a24");
      const own = publicAchievements({
        visibleTo: { visibilities: ["public"], orgIds: [ORGS.dianzhong.orgId] },
      });
      expect(await ids("achievements", "石墨烯", own)).toContain("a24");
      expect(await ids("demands", "石墨烯", publicDemands())).not.toContain("d08");
    });

    it("shows a registered listing only when registered is among the visibilities", async () => {
      expect(await ids("achievements", "", publicAchievements())).not.toContain("a25");
      const signedIn = publicAchievements({
        visibleTo: { visibilities: ["public", "registered"], orgIds: [] },
      });
      expect(await ids("achievements", "", signedIn)).toContain("a25");
    });

    it("never shows a draft when statuses exclude it, even to its owner", async () => {
      const owner = publicAchievements({
        visibleTo: { visibilities: ["public"], orgIds: [ORGS.kust.orgId] },
      });
      expect(await ids("achievements", "石墨烯", owner)).not.toContain("a26");
      expect(await ids("achievements", "", owner)).not.toContain("a26");
      expect(await ids("demands", "三七", publicDemands())).not.toContain("d05");
    });

    it("matches nothing when no status or no audience is given", async () => {
      expect(await ids("achievements", "", publicAchievements({ statuses: [] }))).toEqual([]);
      const nobody = publicAchievements({ visibleTo: { visibilities: [], orgIds: [] } });
      expect(await ids("achievements", "石墨烯", nobody)).toEqual([]);
    });
  });

  describe("facets", () => {
    it("counts every facet over the filtered documents", async () => {
      const filter = publicAchievements({ notExpiredAt: NOW });
      const res = await run("achievements", "", filter, { facets: [...FACET_NAMES], limit: 1 });
      const docs = stored.achievements.filter((d) => matches(d, filter));
      for (const facet of FACET_NAMES) {
        expect(res.facets[facet], facet).toEqual(countFacet(docs, facet));
      }
      expect(res.estimatedTotal).toBe(docs.length);
    });

    it("counts facets of a text query over its matches only", async () => {
      const res = await run(
        "achievements",
        "石墨烯",
        publicAchievements({ fieldTop: ["new_materials"] }),
        {
          facets: ["field", "country"],
        },
      );
      expect(res.facets.field).toEqual({ "new_materials.carbon": 4 });
      expect(res.facets.country).toEqual({ CN: 2, IN: 2 });
    });
  });

  describe("sorting", () => {
    const keys: Exclude<SortBy, "relevance">[] = ["publishedAt", "trl", "price", "deadline"];
    for (const index of ["achievements", "demands"] as const) {
      for (const by of keys) {
        for (const direction of ["asc", "desc"] as const) {
          it(`sorts ${index} by ${by} ${direction} with missing values last`, async () => {
            const filter = index === "achievements" ? publicAchievements() : publicDemands();
            const order = await ids(index, "", filter, { sort: { by, direction } });
            const byId = new Map(stored[index].map((d) => [d.id, d]));
            const values = order.map((id) => byId.get(id)?.[SORT_ATTRIBUTE[by]]);
            expect(order.length).toBe(expectedIds(index, filter).length);
            const present = values.filter((v): v is number => v !== undefined);
            expect(values.slice(present.length).every((v) => v === undefined)).toBe(true);
            const sorted = [...present].sort((a, b) => (direction === "asc" ? a - b : b - a));
            expect(present).toEqual(sorted);
          });
        }
      }
    }

    it("sorts a text query by a key rather than by relevance", async () => {
      const order = await ids("achievements", "石墨烯", publicAchievements(), {
        sort: { by: "publishedAt", direction: "desc" },
      });
      const published = order.map(
        (id) => stored.achievements.find((d) => d.id === id)?.publishedAt ?? 0,
      );
      expect(published).toEqual([...published].sort((a, b) => b - a));
    });
  });

  describe("pagination", () => {
    for (const q of ["", "graphene 石墨烯 thermal coffee"]) {
      it(`pages through every result without duplicates or gaps (q="${q}")`, async () => {
        const filter = publicAchievements();
        const all = await ids("achievements", q, filter);
        const paged: string[] = [];
        let total = -1;
        for (let offset = 0; offset < 200; offset += 4) {
          const res = await run("achievements", q, filter, { offset, limit: 4 });
          total = res.estimatedTotal;
          paged.push(...res.hits.map((h) => h.id));
          if (res.hits.length < 4) break;
        }
        expect(paged).toEqual(all);
        expect(new Set(paged).size).toBe(paged.length);
        expect(total).toBe(all.length);
      });
    }
  });

  describe("highlighting", () => {
    it("marks the matched words", async () => {
      const { hits } = await run("achievements", "石墨烯", publicAchievements(), {
        highlight: true,
      });
      const a01 = hits.find((h) => h.id === "a01");
      expect(a01?.highlights.find((h) => h.field === "titleZh")?.snippet).toContain(
        "<mark>石墨烯</mark>",
      );
    });

    it("escapes everything outside the marks", async () => {
      const { hits } = await run("achievements", "graphene", publicAchievements(), {
        highlight: true,
      });
      const snippet = hits
        .find((h) => h.id === "a33")
        ?.highlights.find((h) => h.field === "titleEn")?.snippet;
      expect(snippet).toContain("<mark>Graphene</mark>");
      expect(snippet).toContain("&lt;b&gt;for&lt;/b&gt;");
      expect(snippet).toContain("&amp;");
      expect(snippet?.replace(/<\/?mark>/g, "")).not.toMatch(/[<>]/);
    });

    it("returns no highlights unless asked", async () => {
      const { hits } = await run("achievements", "石墨烯", publicAchievements());
      expect(hits.every((h) => h.highlights.length === 0)).toBe(true);
    });
  });

  describe("suggest", () => {
    it("suggests titles for a Chinese prefix, respecting visibility", async () => {
      const s = await search.suggest("石墨", {
        filters: { achievements: publicAchievements(), demands: publicDemands() },
      });
      const found = s.map((x) => x.id);
      expect(found).toEqual(expect.arrayContaining(["a01", "d01"]));
      expect(found).not.toContain("a24");
      expect(found).not.toContain("d08");
      expect(s.find((x) => x.id === "a01")?.highlighted).toContain("<mark>");
    });

    it("completes a partly typed English word and prefers the caller's locale", async () => {
      const s = await search.suggest("perovsk", {
        filters: { achievements: publicAchievements() },
        locale: "en",
      });
      expect(s[0]).toMatchObject({ index: "achievements", id: "a14" });
      expect(s[0]?.text).toBe("Perovskite photovoltaic module with 25% efficiency");
    });
  });

  describe("writes", () => {
    const doc = (version: number, title: string): AchievementDoc => ({
      ...(ACHIEVEMENTS[0] as AchievementDoc),
      id: "tmp-1",
      version,
      titleZh: null,
      summaryZh: null,
      keywords: [],
      titleEn: title,
    });

    it("ignores an upsert older than the stored version and applies a newer one", async () => {
      await search.upsert("achievements", [doc(2, "Zircon sapphire polishing")]);
      await search.upsert("achievements", [doc(1, "Obsolete quartz polishing")]);
      expect(await ids("achievements", "quartz", publicAchievements())).toEqual([]);
      expect(await ids("achievements", "sapphire", publicAchievements())).toEqual(["tmp-1"]);
      await search.upsert("achievements", [doc(2, "Zircon sapphire polishing")]);
      await search.upsert("achievements", [doc(3, "Zircon emerald polishing")]);
      expect(await ids("achievements", "sapphire", publicAchievements())).toEqual([]);
      expect(await ids("achievements", "emerald", publicAchievements())).toEqual(["tmp-1"]);
      expect(await search.stats("achievements")).toEqual({ documents: ACHIEVEMENTS.length + 1 });
    });

    it("keeps the newest of several versions of one document in one batch", async () => {
      await search.upsert("achievements", [
        doc(5, "Zircon ruby polishing"),
        doc(4, "Zircon opal polishing"),
      ]);
      expect(await ids("achievements", "ruby", publicAchievements())).toEqual(["tmp-1"]);
      expect(await ids("achievements", "opal", publicAchievements())).toEqual([]);
    });

    it("deletes documents and ignores unknown ids", async () => {
      await search.delete("achievements", ["tmp-1", "never-indexed"]);
      expect(await ids("achievements", "zircon", publicAchievements())).toEqual([]);
      expect(await search.stats("achievements")).toEqual({ documents: ACHIEVEMENTS.length });
    });

    it("clears an index", async () => {
      await search.clear("demands");
      expect(await search.stats("demands")).toEqual({ documents: 0 });
      expect(await ids("demands", "", publicDemands())).toEqual([]);
      await search.upsert("demands", DEMANDS);
    });
  });
}

function countFacet(docs: IndexedDoc[], facet: FacetName): Record<string, number> {
  const out: Record<string, number> = {};
  for (const d of docs) {
    const value = d[facet];
    for (const v of Array.isArray(value) ? value : [value]) {
      if (v === "") continue;
      out[String(v)] = (out[String(v)] ?? 0) + 1;
    }
  }
  return out;
}

for (const adapter of adapters) {
  if (adapter.skip) {
    describe.skip(`${adapter.name} (skipped: ${adapter.skip})`, () => defineContract(adapter.make));
  } else {
    describe(adapter.name, () => defineContract(adapter.make));
  }
}
