import { describe, expect, it } from "vitest";
import { teamTermInEnglish } from "./team-terms";

describe("teamTermInEnglish", () => {
  it("translates common titles and roles", () => {
    expect(teamTermInEnglish("副研究员")).toBe("Associate Research Professor");
    expect(teamTermInEnglish(" 项目负责人 ")).toBe("Project Lead");
  });

  it("knows nothing else", () => {
    expect(teamTermInEnglish("负责催化剂筛选")).toBeNull();
    expect(teamTermInEnglish("Professor")).toBeNull();
  });
});
