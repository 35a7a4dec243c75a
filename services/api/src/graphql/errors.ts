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

function withCode(e: GraphQLError): GraphQLError {
  const code = e.extensions?.code;
  if (code && code !== "GRAPHQL_VALIDATION_FAILED") return e;
  const next = BAD_INPUT_MESSAGE.test(e.message) ? "BAD_USER_INPUT" : "GRAPHQL_VALIDATION_FAILED";
  if (code === next) return e;
  return new GraphQLError(e.message, {
    nodes: e.nodes,
    source: e.source,
    positions: e.positions,
    path: e.path,
    originalError: e.originalError,
    extensions: { ...e.extensions, code: next },
  });
}

/** Gives every error without a code one: wrong types and missing arguments become BAD_USER_INPUT. */
export function useErrorCodes(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (!result || Symbol.asyncIterator in (result as object) || Array.isArray(result)) return;
      const single = result as { errors?: readonly GraphQLError[] };
      if (!single.errors?.length) return;
      const errors = single.errors.map((e) => (e instanceof GraphQLError ? withCode(e) : e));
      setResult({ ...single, errors } as typeof result);
    },
  };
}
