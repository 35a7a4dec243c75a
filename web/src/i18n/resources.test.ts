import { describe, expect, it } from "vitest";
import { en } from "./locales/en";
import { zhCN } from "./locales/zh-CN";

function keys(value: object, prefix = ""): string[] {
  return Object.entries(value).flatMap(([key, v]) =>
    typeof v === "string" ? [`${prefix}${key}`] : keys(v as object, `${prefix}${key}.`),
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1] ?? "").sort();
}

describe("translations", () => {
  it("give English every key Chinese has, and no other", () => {
    expect(keys(en).sort()).toEqual(keys(zhCN).sort());
  });

  it("use the same placeholders in both languages", () => {
    const lookup = (obj: object, path: string) =>
      path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], obj) as string;
    for (const key of keys(zhCN)) {
      expect(placeholders(lookup(en, key)), key).toEqual(placeholders(lookup(zhCN, key)));
    }
  });

  it('write colons the English way in English ("Owner: value", never the full-width "：")', () => {
    const lookup = (path: string) =>
      path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], en) as string;
    expect(keys(en).filter((key) => lookup(key).includes("："))).toEqual([]);
  });

  it("leave no string empty", () => {
    const empty = keys(zhCN).filter((key) =>
      [zhCN, en].some(
        (res) => !key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], res),
      ),
    );
    expect(empty).toEqual([]);
  });
});
