import type { FastifyRequest } from "fastify";
import { type ExecutionArgs, GraphQLError } from "graphql";
import { makeHandler } from "graphql-ws/use/@fastify/websocket";
import type { YogaServerInstance } from "graphql-yoga";

// The executor yoga's envelop hands over, carried to graphql-ws's execute/subscribe in rootValue.
interface Executors {
  execute: (args: ExecutionArgs) => unknown;
  subscribe: (args: ExecutionArgs) => unknown;
}

/**
 * The WebSocket side of /graphql: the graphql-ws protocol, executed through yoga's envelop so
 * subscriptions get the same context, validation and error masking as HTTP requests. A
 * connection needs a valid session cookie on its upgrade request; each operation builds its
 * context afresh from that cookie, so every subscription checks the room against the session
 * as it is at that moment.
 */
export function makeGraphqlWsHandler(
  // biome-ignore lint/suspicious/noExplicitAny: yoga's server and user context types vary per app
  yoga: YogaServerInstance<any, any>,
  authenticate: (request: FastifyRequest) => Promise<boolean>,
) {
  return makeHandler({
    execute: (args) => (args.rootValue as Executors).execute(args) as never,
    subscribe: (args) => (args.rootValue as Executors).subscribe(args) as never,
    onConnect: async (ctx) => authenticate(ctx.extra.request),
    onSubscribe: async (ctx, _id, params) => {
      const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
        req: ctx.extra.request,
        reply: null,
        params,
      });
      let document: ReturnType<typeof parse>;
      try {
        document = parse(params.query);
      } catch (error) {
        return [
          error instanceof GraphQLError
            ? error
            : new GraphQLError("the query could not be parsed", {
                extensions: { code: "GRAPHQL_PARSE_FAILED" },
              }),
        ];
      }
      const errors = validate(schema, document);
      if (errors.length > 0) return errors;
      return {
        schema,
        operationName: params.operationName,
        document,
        variableValues: params.variables,
        contextValue: await contextFactory(),
        rootValue: { execute, subscribe } satisfies Executors,
      };
    },
  });
}
