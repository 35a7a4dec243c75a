import { AppError } from "@openttc/domain/errors";
import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";

/** Turns an AppError into the GraphQL error clients see: stable code, readable message, field issues. */
export function toGraphQLError(error: AppError, source?: GraphQLError): GraphQLError {
  const first = error.issues[0];
  return new GraphQLError(error.message, {
    nodes: source?.nodes,
    path: source?.path,
    originalError: error,
    extensions: {
      code: error.code,
      ...(first ? { field: first.path, issues: error.issues } : {}),
    },
  });
}

function findAppError(error: unknown): AppError | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    if (current instanceof AppError) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return null;
}

/** Yoga's maskError: AppErrors pass with their code, anything unexpected is logged and hidden. */
export function maskError(error: unknown, message: string, log: (err: unknown) => void): Error {
  // A variable that failed coercion (wrong type, missing field, a scalar refusing its value) is
  // the request's fault, even when a scalar threw an AppError: keep the message naming the variable.
  if (error instanceof GraphQLError && !error.path && VARIABLE_ERROR.test(error.message)) {
    return withCode(error);
  }
  const appError = findAppError(error);
  if (appError) return toGraphQLError(appError, error instanceof GraphQLError ? error : undefined);
  // Errors without a path come from parsing, validation or variable coercion: the request's fault.
  if (error instanceof GraphQLError && (!error.originalError || !error.path))
    return withCode(error);
  log(error);
  return new GraphQLError(message, { extensions: { code: "INTERNAL_SERVER_ERROR" } });
}

// Messages graphql-js gives when a value has the wrong type or a required one is missing.
const BAD_INPUT_MESSAGE =
  /^Variable "|Expected value of type|cannot represent|of required type|was not provided|is not defined by type|Expected type|Int cannot|Float cannot|String cannot|Boolean cannot|Enum "/;

const VARIABLE_ERROR = /^Variable "\$(\w+)"/;

/** The input path a variable-coercion message names, e.g. `input.ipAssets.0.expiresOn`. */
function variableFieldOf(message: string): string | undefined {
  const variable = VARIABLE_ERROR.exec(message)?.[1];
  if (!variable) return undefined;
  // The path always starts with the variable's name; user data in the message has its quotes escaped.
  const at = new RegExp(` at "(${variable}(?:\\.\\w+|\\[\\d+\\])*)"; `).exec(message)?.[1];
  const base = (at ?? variable).replace(/\[(\d+)\]/g, ".$1");
  const missing = /to include required field "(\w+)"/.exec(message)?.[1];
  return missing ? `${base}.${missing}` : base;
}

function withCode(e: GraphQLError): GraphQLError {
  const code = e.extensions?.code;
  if (code && code !== "GRAPHQL_VALIDATION_FAILED") return e;
  const next = BAD_INPUT_MESSAGE.test(e.message) ? "BAD_USER_INPUT" : "GRAPHQL_VALIDATION_FAILED";
  const field = next === "BAD_USER_INPUT" ? variableFieldOf(e.message) : undefined;
  if (code === next && (!field || e.extensions?.field)) return e;
  return new GraphQLError(e.message, {
    nodes: e.nodes,
    source: e.source,
    positions: e.positions,
    path: e.path,
    // A request error keeps no original error: Yoga answers 500 when one is not a GraphQLError.
    originalError: e.path ? e.originalError : undefined,
    extensions: { ...e.extensions, code: next, ...(field ? { field } : {}) },
  });
}

/** The path of the first string holding a NUL character, which PostgreSQL cannot store in text. */
function nulPath(value: unknown, path: string): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? path : null;
  if (value && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      const found = nulPath(inner, path ? `${path}.${key}` : key);
      if (found !== null) return found;
    }
  }
  return null;
}

/**
 * Gives every error without a code one: wrong types and missing arguments become BAD_USER_INPUT.
 * Also refuses NUL characters up front: PostgreSQL rejects them in text, so any string input
 * holding one failed deep in a query with an internal error.
 */
export function useErrorCodes(): Plugin {
  return {
    onParams({ params, setResult }) {
      const inVariables = nulPath(params.variables ?? {}, "");
      const query = typeof params.query === "string" ? params.query : "";
      // A raw NUL, or the \u0000 escape inside a string literal of the query text.
      const inQuery = query.includes("\u0000") || /\\u0000/i.test(query);
      if (inVariables === null && !inQuery) return;
      const field = inVariables ?? undefined;
      setResult({
        errors: [
          new GraphQLError(`${field ?? "query"}: must not contain the NUL character`, {
            extensions: {
              code: "BAD_USER_INPUT",
              ...(field ? { field } : {}),
              http: { status: 400 },
            },
          }),
        ],
      });
    },
    onResultProcess({ result, setResult }) {
      if (!result || Symbol.asyncIterator in (result as object) || Array.isArray(result)) return;
      const single = result as { errors?: readonly GraphQLError[] };
      if (!single.errors?.length) return;
      const errors = single.errors.map((e) => (e instanceof GraphQLError ? withCode(e) : e));
      setResult({ ...single, errors } as typeof result);
    },
  };
}
