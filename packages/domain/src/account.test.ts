import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  INVITATION_TTL_MS,
  SESSION_TTL_MS,
  ZEmail,
  ZInviteMemberInput,
  ZLogInInput,
  ZSignUpInput,
} from "./account";
import { AppError, type FieldIssue } from "./errors";
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

const validSignUp = {
  email: "li.wei@kust.edu.cn",
  password: "correct horse battery",
  displayName: "李伟",
};

describe("ZEmail", () => {
  it("trims and lower-cases addresses so they compare equal", () => {
    expect(parseInput(ZEmail, "  Li.Wei@KUST.edu.CN ")).toBe("li.wei@kust.edu.cn");
  });

  it.each(["li.wei", "li.wei@", "@kust.edu.cn", "li wei@kust.edu.cn", ""])(
    "refuses %j",
    (email) => {
      expect(issuesOf(ZEmail, email).map((i) => i.message)).toContain(
        "is not a valid e-mail address",
      );
    },
  );

  it("refuses an address longer than 254 characters", () => {
    const email = `${"a".repeat(243)}@example.com`;
    expect(email).toHaveLength(255);
    expect(issuesOf(ZEmail, email)).toContainEqual({
      path: "input",
      message: "must be at most 254 characters",
    });
  });
});

describe("ZSignUpInput", () => {
  it("accepts a sign-up and defaults the locale to Chinese", () => {
    expect(parseInput(ZSignUpInput, { ...validSignUp, email: "Li.Wei@KUST.edu.cn" })).toEqual({
      ...validSignUp,
      locale: "zh-CN",
    });
  });

  it("keeps an English locale", () => {
    expect(parseInput(ZSignUpInput, { ...validSignUp, locale: "en" }).locale).toBe("en");
  });

  it("accepts a password of exactly 10 and of exactly 200 characters", () => {
    expect(
      parseInput(ZSignUpInput, { ...validSignUp, password: "p".repeat(10) }).password,
    ).toHaveLength(10);
    expect(
      parseInput(ZSignUpInput, { ...validSignUp, password: "p".repeat(200) }).password,
    ).toHaveLength(200);
  });

  it("does not trim passwords", () => {
    expect(parseInput(ZSignUpInput, { ...validSignUp, password: "  ten chars " }).password).toBe(
      "  ten chars ",
    );
  });

  it.each([
    ["no e-mail", { email: undefined }, "input.email", undefined],
    [
      "a malformed e-mail",
      { email: "li.wei.kust.edu.cn" },
      "input.email",
      "is not a valid e-mail address",
    ],
    ["no password", { password: undefined }, "input.password", undefined],
    [
      "a 9-character password",
      { password: "p".repeat(9) },
      "input.password",
      "must be at least 10 characters",
    ],
    [
      "a 201-character password",
      { password: "p".repeat(201) },
      "input.password",
      "must be at most 200 characters",
    ],
    ["a numeric password", { password: 12345678901 }, "input.password", undefined],
    ["a blank display name", { displayName: "   " }, "input.displayName", "must not be empty"],
    [
      "an 81-character display name",
      { displayName: "n".repeat(81) },
      "input.displayName",
      "must be at most 80 characters",
    ],
    ["an unsupported locale", { locale: "fr" }, "input.locale", undefined],
  ])("refuses %s", (_label, patch, path, message) => {
    const issues = issuesOf(ZSignUpInput, { ...validSignUp, ...patch });
    expect(issues.map((i) => i.path)).toEqual([path]);
    if (message) expect(issues[0]?.message).toBe(message);
  });
});

describe("ZLogInInput", () => {
  it("accepts an e-mail and password, normalising the e-mail", () => {
    expect(parseInput(ZLogInInput, { email: " LI.WEI@kust.edu.cn", password: "x" })).toEqual({
      email: "li.wei@kust.edu.cn",
      password: "x",
    });
  });

  it.each([
    ["an empty password", { email: "li.wei@kust.edu.cn", password: "" }, "input.password"],
    [
      "a 201-character password",
      { email: "li.wei@kust.edu.cn", password: "p".repeat(201) },
      "input.password",
    ],
    ["no password", { email: "li.wei@kust.edu.cn" }, "input.password"],
    ["no e-mail", { password: "secret-secret" }, "input.email"],
    ["a malformed e-mail", { email: "li.wei", password: "secret-secret" }, "input.email"],
  ])("refuses %s", (_label, input, path) => {
    expect(pathsOf(ZLogInInput, input)).toEqual([path]);
  });
});

describe("ZInviteMemberInput", () => {
  it("invites as a plain member unless told otherwise", () => {
    expect(parseInput(ZInviteMemberInput, { email: "Zhang.San@Example.com" })).toEqual({
      email: "zhang.san@example.com",
      role: "member",
    });
  });

  it("invites an admin", () => {
    expect(parseInput(ZInviteMemberInput, { email: "a@example.com", role: "admin" }).role).toBe(
      "admin",
    );
  });

  it.each([
    ["an unknown role", { email: "a@example.com", role: "owner" }, "input.role"],
    ["a malformed e-mail", { email: "a-at-example.com" }, "input.email"],
    ["no e-mail", { role: "member" }, "input.email"],
  ])("refuses %s", (_label, input, path) => {
    expect(pathsOf(ZInviteMemberInput, input)).toEqual([path]);
  });
});

describe("session and invitation lifetimes", () => {
  it("keeps an idle session for 30 days and an invitation for 14 days", () => {
    const day = 24 * 3600 * 1000;
    expect(SESSION_TTL_MS).toBe(30 * day);
    expect(INVITATION_TTL_MS).toBe(14 * day);
  });
});
