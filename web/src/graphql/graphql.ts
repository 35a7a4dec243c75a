import { initGraphQLTada } from "gql.tada";
import type { introspection } from "./graphql-env";

/**
 * The typed `graphql()` tag: operations are checked against services/api/schema.graphql
 * (through the generated graphql-env.d.ts) and their result and variable types inferred.
 */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: {
    /** ISO-8601 instant in UTC. */
    DateTime: string;
    /** Calendar date, YYYY-MM-DD. */
    Date: string;
    ID: string;
  };
}>();

export type { FragmentOf, ResultOf, VariablesOf } from "gql.tada";
export { readFragment } from "gql.tada";
