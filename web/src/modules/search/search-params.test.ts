import { describe, expect, it } from "vitest";
import {
  EMPTY_SEARCH_STATE,
  readSearchState,
  searchHref,
  toSearchVariables,
  writeSearchState,
} from "./search-params";

describe("search state in the URL", () => {
  it("reads what a shared link holds and writes it back unchanged", () => {
    const query =
      "q=%E7%9F%B3%E5%A2%A8%E7%83%AF&kind=demand&fieldTop=new_materials%2Cbiomedicine&trlMin=4&trlMax=7&modes=TRANSFER&province=%E4%BA%91%E5%8D%97%E7%9C%81&orgKind=ENTERPRISE&sort=deadline";
    const state = readSearchState(new URLSearchParams(query));
    expect(state).toEqual({
      q: "石墨烯",
      kind: "demand",
      fieldTop: ["new_materials", "biomedicine"],
      trlMin: 4,
      trlMax: 7,
      modes: ["TRANSFER"],
      province: ["云南省"],
      orgKind: ["ENTERPRISE"],
      sort: "deadline",
    });
    expect(writeSearchState(state).toString()).toBe(query);
  });

  it("drops malformed values instead of sending them to the API", () => {
    const state = readSearchState(
      new URLSearchParams(
        "kind=nonsense&fieldTop=New Materials,<b>&trlMin=8&trlMax=3&modes=GIFT,TRANSFER&orgKind=ALIENS&sort=deadline",
      ),
    );
    expect(state).toEqual({
      ...EMPTY_SEARCH_STATE,
      trlMin: 8,
      modes: ["TRANSFER"],
    });
  });

  it("turns the state into the search variables, leaving defaults out", () => {
    expect(toSearchVariables({ ...EMPTY_SEARCH_STATE, q: "  tea  " }, "en")).toEqual({
      query: "tea",
      kind: "ACHIEVEMENT",
      filter: {},
      sort: null,
      locale: "EN",
    });
    expect(
      toSearchVariables({ ...EMPTY_SEARCH_STATE, sort: "priceAsc", trlMax: 6 }, "zh-CN"),
    ).toMatchObject({ filter: { trlMax: 6 }, sort: { by: "PRICE", direction: "ASC" } });
    expect(searchHref({})).toBe("/search");
    expect(searchHref({ fieldTop: ["biomedicine"] })).toBe("/search?fieldTop=biomedicine");
  });
});
