import { MeilisearchRequestError } from "meilisearch";
import { describe, expect, it } from "vitest";
import { SearchUnavailableError } from "../search-index";
import { createMeiliSearchIndex, meiliSettings, toSearchError } from "./meilisearch";

describe("Meilisearch adapter without a server", () => {
  it("turns a refused connection into SearchUnavailableError", async () => {
    // Port 9 (discard) is closed on development and CI machines: the connection is refused at once.
    const index = createMeiliSearchIndex({ url: "http://127.0.0.1:9" });
    await expect(index.health()).rejects.toBeInstanceOf(SearchUnavailableError);
    await expect(
      index.search("achievements", {
        q: "graphene",
        filter: { statuses: ["published"], visibleTo: { visibilities: ["public"], orgIds: [] } },
        offset: 0,
        limit: 10,
      }),
    ).rejects.toBeInstanceOf(SearchUnavailableError);
  });

  it("maps request errors and leaves other errors alone", () => {
    expect(
      toSearchError(new MeilisearchRequestError("http://x", new Error("ECONNREFUSED"))),
    ).toBeInstanceOf(SearchUnavailableError);
    const other = new TypeError("bug");
    expect(toSearchError(other)).toBe(other);
  });

  it("declares synonyms both ways and typo thresholds shared with the embedded engine", () => {
    const s = meiliSettings();
    expect(s.synonyms?.石墨烯).toContain("graphene");
    expect(s.synonyms?.graphene).toContain("石墨烯");
    expect(s.typoTolerance?.minWordSizeForTypos).toEqual({ oneTypo: 5, twoTypos: 7 });
    expect(s.filterableAttributes).toEqual(
      expect.arrayContaining(["status", "visibility", "orgId", "expiresAt"]),
    );
    expect(s.rankingRules?.[0]).toBe("sort");
  });
});
