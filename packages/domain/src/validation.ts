import type { z } from "zod";
import { AppError, type FieldIssue } from "./errors";

/** Parses input with a zod schema, turning every zod issue into a BAD_USER_INPUT field issue. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  prefix = "input",
): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues: FieldIssue[] = result.error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].join("."),
    message: issue.message,
  }));
  const summary = issues.map((i) => `${i.path}: ${i.message}`).join("; ");
  throw new AppError("BAD_USER_INPUT", summary, issues);
}
