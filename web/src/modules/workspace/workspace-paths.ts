/** The workspace sections a link can open. */
export type WorkspaceTab = "achievements" | "demands" | "answers" | "members";

/** A deep link into the workspace: the organization and the section. */
export function workspacePath(orgId: string | null | undefined, tab?: WorkspaceTab): string {
  const params = new URLSearchParams();
  if (orgId) params.set("org", orgId);
  if (tab) params.set("tab", tab);
  const query = params.toString();
  return query ? `/workspace?${query}` : "/workspace";
}
