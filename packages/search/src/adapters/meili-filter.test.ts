import { describe, expect, it } from "vitest";
import type { SearchFilter } from "../search-index";
import { compileMeiliFilter, quoteMeiliValue } from "./meili-filter";

const base: SearchFilter = {
  statuses: ["published"],
  visibleTo: { visibilities: ["public"], orgIds: [] },
};

describe("compileMeiliFilter", () => {
  it("compiles the required status and audience clauses", () => {
    expect(compileMeiliFilter(base)).toBe('status IN ["published"] AND visibility IN ["public"]');
  });

  it("joins visibility and own organizations with OR in parentheses", () => {
    const f = { ...base, visibleTo: { visibilities: ["public", "registered"], orgIds: ["org-1"] } };
    expect(compileMeiliFilter(f)).toBe(
      'status IN ["published"] AND (visibility IN ["public", "registered"] OR orgId IN ["org-1"])',
    );
  });

  it("compiles every optional constraint", () => {
    const f: SearchFilter = {
      ...base,
      fieldTop: ["new_materials"],
      field: ["new_materials.carbon"],
      trlMin: 4,
      trlMax: 7,
      modes: ["transfer", "exclusive_licence"],
      country: ["CN"],
      province: ["Yunnan"],
      orgId: ["org-2"],
      orgKind: ["university"],
      notExpiredAt: 1780000000000,
    };
    expect(compileMeiliFilter(f)).toBe(
      [
        'status IN ["published"]',
        'visibility IN ["public"]',
        'fieldTop IN ["new_materials"]',
        'field IN ["new_materials.carbon"]',
        'modes IN ["transfer", "exclusive_licence"]',
        'country IN ["CN"]',
        'province IN ["Yunnan"]',
        'orgId IN ["org-2"]',
        'orgKind IN ["university"]',
        "trl >= 4",
        "trl <= 7",
        "expiresAt > 1780000000000",
      ].join(" AND "),
    );
  });

  it("ignores empty optional lists", () => {
    expect(compileMeiliFilter({ ...base, fieldTop: [], modes: [] })).toBe(compileMeiliFilter(base));
  });

  it("returns null when nothing can match", () => {
    expect(compileMeiliFilter({ ...base, statuses: [] })).toBeNull();
    expect(compileMeiliFilter({ ...base, visibleTo: { visibilities: [], orgIds: [] } })).toBeNull();
  });

  it("escapes quotes and backslashes so a value cannot close its string", () => {
    const evil = 'x"] OR status IN ["draft';
    const compiled = compileMeiliFilter({ ...base, province: [evil] }) ?? "";
    expect(compiled).toContain('province IN ["x\\"] OR status IN [\\"draft"]');
    expect(quoteMeiliValue("a\\")).toBe('"a\\\\"');
    expect(quoteMeiliValue('a\\"b')).toBe('"a\\\\\\"b"');
  });

  it("treats filter syntax in values as plain text", () => {
    expect(quoteMeiliValue("Yunnan' OR 1=1 --")).toBe(`"Yunnan' OR 1=1 --"`);
    expect(quoteMeiliValue("a AND (b)")).toBe('"a AND (b)"');
  });

  it("rejects numbers that are not finite", () => {
    expect(() => compileMeiliFilter({ ...base, trlMin: Number.NaN })).toThrow(RangeError);
    expect(() => compileMeiliFilter({ ...base, notExpiredAt: Number.POSITIVE_INFINITY })).toThrow(
      RangeError,
    );
  });
});
