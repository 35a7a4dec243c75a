/** Stable error codes; the API maps each to `extensions.code` once, at the edge. */
export const ERROR_CODES = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "BAD_USER_INPUT",
  "CONFLICT",
  "RATE_LIMITED",
  "SERVICE_UNAVAILABLE",
] as const;

/** One of the closed set of error codes. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A problem with one input field: its path and a readable message. */
export interface FieldIssue {
  path: string;
  message: string;
}

/** The only error type services throw; carries a code, a message and, for bad input, field issues. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[];

  constructor(code: ErrorCode, message: string, issues: FieldIssue[] = []) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.issues = issues;
  }
}

/** Builds a BAD_USER_INPUT error about one field. */
export function badInput(path: string, message: string): AppError {
  return new AppError("BAD_USER_INPUT", `${path}: ${message}`, [{ path, message }]);
}

/** Builds a NOT_FOUND error for an entity kind and id. */
export function notFound(entity: string, id: string): AppError {
  return new AppError("NOT_FOUND", `${entity} ${id} was not found`);
}

/** Builds a FORBIDDEN error with the reason the action is refused. */
export function forbidden(reason: string): AppError {
  return new AppError("FORBIDDEN", reason);
}
