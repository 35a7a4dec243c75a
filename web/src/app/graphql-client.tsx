import { Client, cacheExchange, fetchExchange, subscriptionExchange } from "@urql/core";
import { createContext, type ReactNode, use, useCallback, useState } from "react";
import { Provider } from "urql";
import { makeLiveClient } from "../modules/rooms/live-connection";

/**
 * The urql client: document cache, fetch to /graphql with the session cookie, and
 * subscriptions over a graphql-ws WebSocket on the same path (opened only when one starts).
 */
export function makeGraphQLClient(url = "/graphql"): Client {
  const live = makeLiveClient();
  return new Client({
    url,
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? "" };
          return {
            subscribe(sink) {
              return { unsubscribe: live.subscribe(input, sink) };
            },
          };
        },
      }),
    ],
    fetchOptions: { credentials: "same-origin" },
  });
}

const ResetClientContext = createContext<() => void>(() => {});

/**
 * Provides the GraphQL client. Logging in or out changes what every query may return
 * (visibility, confidential details), so both replace the client, which drops its cache.
 */
export function GraphQLClientProvider({ children }: { children: ReactNode }) {
  const [client, setClient] = useState(() => makeGraphQLClient());
  const reset = useCallback(() => setClient(makeGraphQLClient()), []);
  return (
    <ResetClientContext value={reset}>
      <Provider value={client}>{children}</Provider>
    </ResetClientContext>
  );
}

/** Drops every cached result; call after the session changes. */
export function useResetClient(): () => void {
  return use(ResetClientContext);
}
