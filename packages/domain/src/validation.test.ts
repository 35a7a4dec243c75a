import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "./errors";
import { parseInput } from "./validation";

const ZPerson = z.object({
  name: z.string().trim().min(1, "must not be empty"),
  age: z.number().int("must be a whole number").min(0, "must not be negative"),
  tags: z.array(z.object({ label: z.string().max(3, "must be at most 3 characters") })).default([]),
});

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected the input to be refused");
}

describe("parseInput", () => {
  it("returns the parsed output, with transforms and defaults applied", () => {
    expect(parseInput(ZPerson, { name: "  Li Wei ", age: 41 })).toEqual({
      name: "Li Wei",
      age: 41,
      tags: [],
    });
  });

  it("refuses bad input with a BAD_USER_INPUT AppError", () => {
    const error = refusal(() => parseInput(ZPerson, { name: "Li Wei", age: -1 }));
    expect(error.code).toBe("BAD_USER_INPUT");
    expect(error.issues).toEqual([{ path: "input.age", message: "must not be negative" }]);
  });

  it("prefixes issue paths with 'input' and joins nested keys and array indices with dots", () => {
    const error = refusal(() =>
      parseInput(ZPerson, { name: "Li", age: 3, tags: [{ label: "ok" }, { label: "toolong" }] }),
    );
    expect(error.issues.map((i) => i.path)).toEqual(["input.tags.1.label"]);
  });

  it("uses a caller-given prefix instead of 'input'", () => {
    const error = refusal(() => parseInput(ZPerson, { name: "", age: 3 }, "args.person"));
    expect(error.issues.map((i) => i.path)).toEqual(["args.person.name"]);
  });

  it("reports every problem at once and lists them all in the message", () => {
    const error = refusal(() => parseInput(ZPerson, { name: " ", age: 2.5 }));
    expect(error.issues).toEqual([
      { path: "input.name", message: "must not be empty" },
      { path: "input.age", message: "must be a whole number" },
    ]);
    expect(error.message).toBe("input.name: must not be empty; input.age: must be a whole number");
  });

  it("reports a wrong top-level type at the bare prefix", () => {
    const error = refusal(() => parseInput(ZPerson, "not an object"));
    expect(error.issues.map((i) => i.path)).toEqual(["input"]);
  });
});
