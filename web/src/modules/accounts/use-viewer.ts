import { useQuery } from "urql";
import type { ResultOf } from "../../graphql/graphql";
import { ViewerQuery } from "./graphql/accounts.graphql";

/** The signed-in user as the shell knows them: roles and organizations. */
export type Viewer = NonNullable<ResultOf<typeof ViewerQuery>["me"]>;

/** Whether the user may work the review queue (reviewers and operators). */
export function canReview(viewer: Viewer | null): boolean {
  const roles = viewer?.platformRoles ?? [];
  return roles.includes("REVIEWER") || roles.includes("OPERATOR");
}

/** The ids of the organizations the user belongs to. */
export function memberOrgIds(viewer: Viewer | null): string[] {
  return (viewer?.memberships ?? []).flatMap((m) =>
    m.organization?.id ? [m.organization.id] : [],
  );
}

/** The signed-in user, or null; `fetching` is true until the first answer. */
export function useViewer() {
  const [{ data, fetching }] = useQuery({ query: ViewerQuery });
  return { viewer: data?.me ?? null, fetching: fetching && !data };
}
