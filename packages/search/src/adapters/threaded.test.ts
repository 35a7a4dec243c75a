import { describe, expect, it, vi } from "vitest";
import { ACHIEVEMENTS, NOW } from "../contract.fixtures";
import type { AchievementDoc } from "../documents";
import { type SearchQuery, SearchUnavailableError } from "../search-index";
import { createThreadedSearchIndex } from "./threaded";

const query: SearchQuery = {
  q: "石墨烯",
  filter: {
    statuses: ["published"],
    visibleTo: { visibilities: ["public"], orgIds: [] },
    notExpiredAt: NOW,
  },
  offset: 0,
  limit: 50,
};

// Enough documents that indexing them is still under way when the thread is stopped.
const many: AchievementDoc[] = Array.from({ length: 3_000 }, (_, i) => ({
  ...(ACHIEVEMENTS[i % ACHIEVEMENTS.length] as AchievementDoc),
  id: `bulk-${i}`,
}));

describe("embedded engine on its own thread", () => {
  it("answers a bad query with the engine's RangeError", async () => {
    const index = createThreadedSearchIndex();
    await expect(index.search("achievements", { ...query, limit: 0 })).rejects.toThrow(
      new RangeError("limit must be between 1 and 1000"),
    );
    await index.close();
  });

  it("fails the calls in flight when its thread stops, refuses searches while the index is rebuilt, then serves the rebuilt index", async () => {
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let restarts = 0;
    const index = createThreadedSearchIndex({
      onRestart: async () => {
        restarts++;
        await index.upsert("achievements", ACHIEVEMENTS);
        await released;
      },
    });
    await index.upsert("achievements", ACHIEVEMENTS);
    const graphene = (await index.search("achievements", query)).hits.map((h) => h.id).sort();
    expect(graphene.length).toBeGreaterThan(0);

    const inFlight = index.upsert("achievements", many);
    const stopped = index.thread;
    await stopped.terminate();
    await expect(inFlight).rejects.toBeInstanceOf(SearchUnavailableError);

    await vi.waitFor(() => expect(restarts).toBe(1));
    expect(index.thread).not.toBe(stopped);
    await expect(index.search("achievements", query)).rejects.toBeInstanceOf(
      SearchUnavailableError,
    );
    await expect(index.health()).rejects.toBeInstanceOf(SearchUnavailableError);

    release();
    await vi.waitFor(() => expect(index.health()).resolves.toBeUndefined());
    expect(await index.stats("achievements")).toEqual({ documents: ACHIEVEMENTS.length });
    expect((await index.search("achievements", query)).hits.map((h) => h.id).sort()).toEqual(
      graphene,
    );
    await index.close();
  });

  it("collects the engine thread's garbage when asked to compact", async () => {
    const index = createThreadedSearchIndex();
    await index.upsert("achievements", ACHIEVEMENTS);
    await index.clear("achievements");
    // Writes this small are collected young: a full collection within the test is the one
    // asked for (observed asynchronously, hence the polling; each diagnostics call starts a
    // new count).
    await index.diagnostics();
    await index.compact();
    let majors = 0;
    await vi.waitFor(async () => {
      majors += (await index.diagnostics()).gc.majors;
      expect(majors).toBeGreaterThan(0);
    });
    await index.close();
  });

  it("refuses every call once closed", async () => {
    const index = createThreadedSearchIndex();
    await index.close();
    await expect(index.stats("achievements")).rejects.toBeInstanceOf(SearchUnavailableError);
  });
});
