import { describe, expect, it } from "vitest";
import { AppError, badInput, ERROR_CODES, forbidden, notFound } from "./errors";

describe("AppError", () => {
  it("is an Error named AppError that carries its code, message and issues", () => {
    const issues = [{ path: "input.email", message: "is not a valid e-mail address" }];
    const error = new AppError("BAD_USER_INPUT", "bad e-mail", issues);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("AppError");
    expect(error.code).toBe("BAD_USER_INPUT");
    expect(error.message).toBe("bad e-mail");
    expect(error.issues).toEqual(issues);
  });

  it("has no field issues unless some are given", () => {
    expect(new AppError("CONFLICT", "already published").issues).toEqual([]);
  });

  it("uses a closed set of codes that includes every code the API maps", () => {
    expect([...ERROR_CODES].sort()).toEqual(
      [
        "BAD_USER_INPUT",
        "CONFLICT",
        "FORBIDDEN",
        "NOT_FOUND",
        "RATE_LIMITED",
        "SERVICE_UNAVAILABLE",
        "UNAUTHENTICATED",
      ].sort(),
    );
  });
});

describe("error builders", () => {
  it("badInput reports one field issue and prefixes the message with the field path", () => {
    const error = badInput("input.deadline", "must not be in the past");
    expect(error.code).toBe("BAD_USER_INPUT");
    expect(error.message).toBe("input.deadline: must not be in the past");
    expect(error.issues).toEqual([{ path: "input.deadline", message: "must not be in the past" }]);
  });

  it("notFound names the entity kind and the id that was not found", () => {
    const error = notFound("achievement", "a-42");
    expect(error.code).toBe("NOT_FOUND");
    expect(error.message).toBe("achievement a-42 was not found");
    expect(error.issues).toEqual([]);
  });

  it("forbidden carries the reason the action is refused", () => {
    const error = forbidden("only members of the owner organization may edit this listing");
    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toBe("only members of the owner organization may edit this listing");
  });
});
