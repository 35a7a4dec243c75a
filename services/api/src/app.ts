import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import fastifyCookie from "@fastify/cookie";
import fastifyStatic from "@fastify/static";
import fastifyWebsocket from "@fastify/websocket";
import type { Db } from "@openttc/db/client";
import { AppError } from "@openttc/domain/errors";
import { createSearchIndex } from "@openttc/search/create-search-index";
import type { SearchIndex } from "@openttc/search/search-index";
import Fastify, { type FastifyReply, type FastifyRequest } from "fastify";
import { createYoga } from "graphql-yoga";
import { type GraphQLContext, makeLoaders } from "./context";
import { maskError, useErrorCodes } from "./graphql/errors";
import { schema } from "./graphql/schema";
import { makeGraphqlWsHandler } from "./modules/rooms/graphql-ws";
import { createLocalRoomBus, createRedisRoomBus } from "./modules/rooms/rooms.bus";
import { createLocalPresence, createRedisPresence } from "./modules/rooms/rooms.presence";
import { makeServices, type Services } from "./services";
import { localeFromAcceptLanguage } from "./shared/locale";
import { type Clock, makeStore, systemClock } from "./store";

/** The session cookie's name. */
export const SESSION_COOKIE = "openttc_session";

/** What buildApp needs; everything else has a default. */
export interface AppOptions {
  db: Db;
  clock?: Clock;
  logger?: boolean | { level: string };
  cookieSecure?: boolean;
  /** Folder of the built web app to serve on `/`. */
  webDist?: string;
  /** The search engine; the embedded one when not given. */
  searchIndex?: SearchIndex;
  /** Redis for live room events across API instances; in-process when not given. */
  redisUrl?: string;
}

const HTTP_STATUS: Record<AppError["code"], number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
};

/** Builds the Fastify app: GraphQL on /graphql, the web app on /, one error mapping at the edge. */
export async function buildApp(options: AppOptions) {
  const clock = options.clock ?? systemClock;
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 2 * 1024 * 1024 });
  const searchIndex = options.searchIndex ?? createSearchIndex();
  const onRedisError = (error: unknown) => app.log.error(error, "redis");
  const roomBus = options.redisUrl
    ? createRedisRoomBus(options.redisUrl, onRedisError)
    : createLocalRoomBus();
  const presence = options.redisUrl
    ? createRedisPresence(options.redisUrl, onRedisError)
    : createLocalPresence();
  const services = makeServices({
    store: makeStore(options.db),
    clock,
    searchIndex,
    onBackgroundError: (error) => app.log.error(error, "background work failed"),
    roomBus,
    presence,
  });
  app.addHook("onClose", async () => {
    await presence.close();
    await roomBus.close();
  });
  app.addHook("onClose", async () => {
    services.searchIndexer.stop();
    services.matchWorker.stop();
  });
  // A search engine that is down must not stop the API: writes still succeed into the outbox.
  await searchIndex
    .ensureIndexes()
    .catch((error: unknown) => app.log.warn(error, "search engine not ready"));

  await app.register(fastifyCookie);
  // The same size limit as HTTP bodies.
  await app.register(fastifyWebsocket, { options: { maxPayload: 2 * 1024 * 1024 } });

  app.setErrorHandler((error, request, reply) => {
    if (error instanceof AppError) {
      return reply
        .status(HTTP_STATUS[error.code])
        .send({ error: { code: error.code, message: error.message, issues: error.issues } });
    }
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    if (status >= 500) request.log.error(error);
    // Never send stack traces or internal messages to clients.
    return reply.status(status).send({
      error: {
        code: status >= 500 ? "INTERNAL_SERVER_ERROR" : "BAD_REQUEST",
        message: status >= 500 ? "Unexpected error." : (error as Error).message,
      },
    });
  });

  const yoga = createYoga<{ req: FastifyRequest; reply: FastifyReply | null }, GraphQLContext>({
    schema,
    graphqlEndpoint: "/graphql",
    logging: false,
    landingPage: false,
    plugins: [useErrorCodes()],
    maskedErrors: {
      maskError: (error, message) => maskError(error, message, (err) => app.log.error(err)),
    },
    // `reply` is null on the WebSocket, where no cookie can be set.
    context: async ({ req, reply }) => {
      const session = await services.accounts.resolveSession(req.cookies[SESSION_COOKIE]);
      const actor = session?.actor ?? null;
      return {
        actor,
        sessionTokenHash: session?.tokenHash ?? null,
        userAgent: req.headers["user-agent"]?.slice(0, 300) ?? null,
        locale: localeFromAcceptLanguage(req.headers["accept-language"]),
        services,
        loaders: makeLoaders(services, actor),
        setSessionCookie(token, expiresAt) {
          if (!reply) throw new AppError("BAD_USER_INPUT", "sign in over HTTP, not the WebSocket");
          reply.setCookie(SESSION_COOKIE, token, {
            httpOnly: true,
            sameSite: "lax",
            secure: options.cookieSecure ?? false,
            path: "/",
            expires: expiresAt,
          });
        },
        clearSessionCookie() {
          if (!reply) throw new AppError("BAD_USER_INPUT", "sign out over HTTP, not the WebSocket");
          reply.clearCookie(SESSION_COOKIE, { path: "/" });
        },
      };
    },
  });

  const handleGraphql = async (req: FastifyRequest, reply: FastifyReply) => {
    const response = await yoga.handleNodeRequestAndResponse(req, reply, { req, reply });
    for (const [key, value] of response.headers) reply.header(key, value);
    reply.status(response.status);
    reply.send(response.body);
    return reply;
  };
  app.route({ url: yoga.graphqlEndpoint, method: ["POST", "OPTIONS"], handler: handleGraphql });
  app.route({
    url: yoga.graphqlEndpoint,
    method: "GET",
    handler: handleGraphql,
    // Subscriptions (graphql-ws) on the same path; a connection needs a valid session.
    wsHandler: makeGraphqlWsHandler(
      yoga,
      async (request) =>
        !!(await services.accounts.resolveSession(request.cookies[SESSION_COOKIE])),
    ),
  });

  app.get("/healthz", async () => ({ ok: true }));

  const webDist = options.webDist ? resolve(options.webDist) : "";
  if (webDist && existsSync(join(webDist, "index.html"))) {
    // wildcard: files are looked up per request, so a rebuilt web app needs no restart.
    await app.register(fastifyStatic, { root: webDist });
    // Client-side routes: any other GET that is not an asset gets the app shell.
    app.setNotFoundHandler((req, reply) => {
      if (req.method === "GET" && !req.url.startsWith("/graphql") && !req.url.includes(".")) {
        return reply.type("text/html").sendFile("index.html");
      }
      return reply
        .status(404)
        .send({ error: { code: "NOT_FOUND", message: `no route ${req.method} ${req.url}` } });
    });
  }

  app.decorate("services", services);
  return app;
}

declare module "fastify" {
  interface FastifyInstance {
    /** The services behind the API, for commands, background work and tests. */
    services: Services;
  }
}

/** The built application. */
export type App = Awaited<ReturnType<typeof buildApp>>;
