import { useQuery } from "urql";
import { ViewerQuery } from "./graphql/accounts.graphql";

/** The signed-in user, or null; `fetching` is true until the first answer. */
export function useViewer() {
  const [{ data, fetching }] = useQuery({ query: ViewerQuery });
  return { viewer: data?.me ?? null, fetching: fetching && !data };
}
