import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { AppError, type FieldIssue } from "./errors";
import {
  canAnswerDemands,
  canPostDemands,
  canPublishAchievements,
  ORG_KINDS,
  type OrgKind,
  ZCreateOrganizationInput,
  ZRegion,
} from "./organization";
import { parseInput } from "./validation";

function issuesOf(schema: z.ZodType, input: unknown): FieldIssue[] {
  try {
    parseInput(schema, input);
  } catch (error) {
    if (error instanceof AppError && error.code === "BAD_USER_INPUT") return error.issues;
    throw error;
  }
  throw new Error("expected the input to be refused");
}

const pathsOf = (schema: z.ZodType, input: unknown) => issuesOf(schema, input).map((i) => i.path);

// Huawei Technologies Co., Ltd.; its checksum is verified in uscc.test.ts.
const VALID_USCC = "914403001922038216";

const validOrg = {
  kind: "university",
  nameZh: "昆明理工大学",
  nameEn: "Kunming University of Science and Technology",
  region: { country: "CN", province: "云南", city: "昆明" },
  uscc: VALID_USCC,
};

describe("what each kind of organization may do", () => {
  const expected: Record<OrgKind, { publish: boolean; post: boolean; answer: boolean }> = {
    enterprise: { publish: true, post: true, answer: true },
    university: { publish: true, post: false, answer: true },
    research_institute: { publish: true, post: false, answer: true },
    hospital: { publish: true, post: true, answer: true },
    broker_agency: { publish: false, post: false, answer: false },
    investor: { publish: false, post: true, answer: false },
    government: { publish: false, post: false, answer: false },
  };

  it("covers every organization kind", () => {
    expect(Object.keys(expected).sort()).toEqual([...ORG_KINDS].sort());
  });

  it.each(ORG_KINDS.map((kind) => ({ kind, ...expected[kind] })))(
    "$kind: publishes achievements $publish, posts exam papers $post, answers exam papers $answer",
    ({ kind, publish, post, answer }) => {
      expect(canPublishAchievements(kind)).toBe(publish);
      expect(canPostDemands(kind)).toBe(post);
      expect(canAnswerDemands(kind)).toBe(answer);
    },
  );
});

describe("ZRegion", () => {
  it("defaults province and city to empty and trims them", () => {
    expect(parseInput(ZRegion, { country: "TH" })).toEqual({
      country: "TH",
      province: "",
      city: "",
    });
    expect(parseInput(ZRegion, { country: " CN ", province: " 云南 ", city: "昆明" })).toEqual({
      country: "CN",
      province: "云南",
      city: "昆明",
    });
  });

  it("upper-cases a lower-case country code", () => {
    expect(parseInput(ZRegion, { country: "cn" }).country).toBe("CN");
  });

  it.each(["CHN", "C", "", "中国"])("refuses %j as a country code", (country) => {
    expect(pathsOf(ZRegion, { country })).toEqual(["input.country"]);
  });

  it("refuses a province or city longer than 60 characters", () => {
    expect(
      pathsOf(ZRegion, { country: "CN", province: "x".repeat(61), city: "y".repeat(61) }),
    ).toEqual(["input.province", "input.city"]);
  });
});

describe("ZCreateOrganizationInput", () => {
  it("accepts a Chinese university with a valid unified social credit code", () => {
    expect(parseInput(ZCreateOrganizationInput, validOrg)).toEqual(validOrg);
  });

  it("normalises a lower-case, padded credit code before checking it", () => {
    const parsed = parseInput(ZCreateOrganizationInput, {
      ...validOrg,
      uscc: "  91350100m000100y43 ",
    });
    expect(parsed.uscc).toBe("91350100M000100Y43");
  });

  it.each(ORG_KINDS.filter((kind) => kind !== "government"))(
    "requires a credit code from a Chinese %s",
    (kind) => {
      expect(issuesOf(ZCreateOrganizationInput, { ...validOrg, kind, uscc: undefined })).toEqual([
        { path: "input.uscc", message: "is required for an organization registered in China" },
      ]);
    },
  );

  it.each([null, "", "   "])("treats a credit code of %j as missing", (uscc) => {
    expect(pathsOf(ZCreateOrganizationInput, { ...validOrg, uscc })).toEqual(["input.uscc"]);
  });

  it("lets a Chinese government body register without a credit code", () => {
    const parsed = parseInput(ZCreateOrganizationInput, {
      ...validOrg,
      kind: "government",
      uscc: undefined,
    });
    expect(parsed.uscc).toBeNull();
  });

  it("lets an organization registered abroad leave the credit code out", () => {
    const parsed = parseInput(ZCreateOrganizationInput, {
      ...validOrg,
      kind: "enterprise",
      region: { country: "VN", city: "Hà Nội" },
      uscc: undefined,
    });
    expect(parsed.uscc).toBeNull();
  });

  it("still checks a credit code given by an organization registered abroad", () => {
    expect(
      issuesOf(ZCreateOrganizationInput, {
        ...validOrg,
        region: { country: "LA" },
        uscc: "914403001922038217",
      }),
    ).toEqual([{ path: "input.uscc", message: "checksum does not match" }]);
  });

  it.each([
    ["a wrong check character", "914403001922038217", "checksum does not match"],
    [
      "a forbidden letter",
      "91440300192203821O",
      "contains characters not allowed in a unified social credit code",
    ],
    ["a short code", "9144030019220382", "must be 18 characters long"],
  ])("refuses a credit code with %s", (_label, uscc, message) => {
    expect(issuesOf(ZCreateOrganizationInput, { ...validOrg, uscc })).toEqual([
      { path: "input.uscc", message },
    ]);
  });

  it.each([
    ["an unknown kind", { kind: "ngo" }, "input.kind"],
    ["no kind", { kind: undefined }, "input.kind"],
    ["an empty Chinese name", { nameZh: "  " }, "input.nameZh"],
    ["an overlong English name", { nameEn: "x".repeat(201) }, "input.nameEn"],
    ["a name that is not text", { nameZh: 42 }, "input.nameZh"],
    ["no region", { region: undefined }, "input.region"],
    ["a bad country code", { region: { country: "china" } }, "input.region.country"],
    ["a credit code that is not text", { uscc: 9144030019 }, "input.uscc"],
  ])("refuses %s", (_label, patch, path) => {
    expect(pathsOf(ZCreateOrganizationInput, { ...validOrg, ...patch })).toContain(path);
  });

  it("accepts names of exactly 200 characters", () => {
    const name = "x".repeat(200);
    expect(
      parseInput(ZCreateOrganizationInput, { ...validOrg, nameZh: name, nameEn: name }).nameZh,
    ).toBe(name);
  });
});
