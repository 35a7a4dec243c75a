import {
  canAnswerDemands,
  canPostDemands,
  canPublishAchievements,
} from "@openttc/domain/organization";
import { useSearchParams } from "react-router";
import { useQuery } from "urql";
import type { ResultOf } from "../../graphql/graphql";
import { WorkspaceViewerQuery } from "./graphql/workspace.graphql";
import { lowerEnum } from "./listing-values";

type Viewer = NonNullable<ResultOf<typeof WorkspaceViewerQuery>["me"]>;
export type WorkspaceMembership = NonNullable<Viewer["memberships"]>[number];
export type WorkspaceOrg = NonNullable<WorkspaceMembership["organization"]>;

/** What an organization of this kind may do, per the domain rules. */
export function orgAbilities(org: Pick<WorkspaceOrg, "kind"> | null | undefined) {
  const kind = org?.kind ? lowerEnum(org.kind) : null;
  return {
    publishesAchievements: kind ? canPublishAchievements(kind) : false,
    postsDemands: kind ? canPostDemands(kind) : false,
    answersDemands: kind ? canAnswerDemands(kind) : false,
  };
}

/**
 * The signed-in user and the organization the workspace shows: `?org=` when the user belongs
 * to it (so a link names the organization), else their first one.
 */
export function useWorkspaceOrg() {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: WorkspaceViewerQuery });
  const [params] = useSearchParams();
  const viewer = data?.me ?? null;
  const memberships = (viewer?.memberships ?? []).filter((m) => m.organization?.id);
  const wanted = params.get("org");
  const current = memberships.find((m) => m.organization?.id === wanted) ?? memberships[0] ?? null;
  return {
    viewer,
    memberships,
    current,
    org: current?.organization ?? null,
    isAdmin: current?.role === "ADMIN",
    fetching: fetching && !data,
    error,
    refetch: () => reexecute({ requestPolicy: "network-only" }),
  };
}
