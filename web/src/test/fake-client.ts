import { type Client, CombinedError, type GraphQLRequest } from "@urql/core";
import { vi } from "vitest";
import { concat, fromValue, never } from "wonka";

/** What a fake operation answers: data, a GraphQL error with an extensions.code, or no answer at all. */
export type FakeAnswer =
  | { data: unknown }
  | { error: { message: string; code: string; issues?: unknown[] } }
  | { networkError: string };

type Handler = (variables: Record<string, unknown>) => FakeAnswer;

// Structural, so the test helper needs no GraphQL AST package of its own.
interface DocumentLike {
  definitions: readonly { kind: string; name?: { value: string } | undefined }[];
}

function operationName(query: unknown): string {
  const op = (query as DocumentLike).definitions.find((d) => d.kind === "OperationDefinition");
  return op?.name?.value ?? "";
}

function toResult(request: GraphQLRequest, answer: FakeAnswer) {
  if ("data" in answer) return { data: answer.data, stale: false, hasNext: false };
  if ("networkError" in answer) {
    return {
      data: undefined,
      stale: false,
      hasNext: false,
      error: new CombinedError({ networkError: new Error(answer.networkError) }),
      operation: request,
    };
  }
  const { message, code, issues } = answer.error;
  return {
    data: undefined,
    stale: false,
    hasNext: false,
    error: new CombinedError({
      graphQLErrors: [{ message, extensions: { code, ...(issues ? { issues } : {}) } }],
    }),
    operation: request,
  };
}

/**
 * A urql client that answers our own operations from the handlers, keyed by operation name
 * with a lower-case first letter (`achievements` answers `query Achievements`), via wonka's fromValue,
 * so components run against typed results without a server. Operations without a handler
 * stay pending. The spies record every request for assertions on variables.
 */
export function makeFakeClient(handlers: Record<string, Handler>) {
  const respond = (request: GraphQLRequest) => {
    const name = operationName(request.query);
    const handler = handlers[name.charAt(0).toLowerCase() + name.slice(1)];
    // Like the real client's, the source stays open after its result: urql's hooks treat a
    // completed source as "done fetching" and would drop the error it just delivered.
    return handler
      ? concat([fromValue(toResult(request, handler(request.variables ?? {}))), never])
      : never;
  };
  const executeQuery = vi.fn(respond);
  const executeMutation = vi.fn(respond);
  const client = {
    executeQuery,
    executeMutation,
    executeSubscription: vi.fn(() => never),
  } as unknown as Client;
  return { client, executeQuery, executeMutation };
}

/** The variables of every call the spy received for the named operation. */
export function variablesOf(
  spy: ReturnType<typeof vi.fn>,
  name: string,
): Record<string, unknown>[] {
  return spy.mock.calls
    .map((call) => call[0] as GraphQLRequest)
    .filter((request) => operationName(request.query) === name)
    .map((request) => request.variables ?? {});
}
