import { describe, expect, it } from "vitest";
import { ZClientId, ZMessageBody, ZOpenRoomInput } from "./room";

const id = "0b6f3c1e-8a57-4c41-9a43-2f0d3f7f9e01";
const other = "7d2a9e44-1c3b-4f6e-8d5a-0e9b8c7a6f51";
const pathsOf = (input: unknown) => {
  const result = ZOpenRoomInput.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.path.join("."));
};

describe("room input", () => {
  it("opens from exactly one origin; an inquiry names the asking organization", () => {
    expect(pathsOf({ matchId: id })).toEqual([]);
    expect(pathsOf({ answerId: id })).toEqual([]);
    expect(pathsOf({ achievementId: id, asOrgId: other })).toEqual([]);
    expect(pathsOf({ demandId: id, asOrgId: other })).toEqual([]);
    expect(pathsOf({})).toEqual(["matchId"]);
    expect(pathsOf({ matchId: id, answerId: other })).toEqual(["answerId"]);
    expect(pathsOf({ achievementId: id })).toEqual(["asOrgId"]);
    expect(pathsOf({ matchId: "nope" })).toEqual(["matchId"]);
  });

  it("trims messages and bounds them; client ids are short opaque keys", () => {
    expect(ZMessageBody.parse("  你好  ")).toBe("你好");
    expect(ZMessageBody.safeParse(" ").success).toBe(false);
    expect(ZMessageBody.safeParse("x".repeat(4001)).success).toBe(false);
    expect(ZClientId.safeParse("c-3f9a_77e1").success).toBe(true);
    expect(ZClientId.safeParse("short").success).toBe(false);
    expect(ZClientId.safeParse("has spaces in it").success).toBe(false);
  });
});
