import type { CombinedError } from "@urql/core";

/** A problem with one input field, as the API reports it in `extensions.issues`. */
export interface FieldIssue {
  path: string;
  message: string;
}

/** The stable `extensions.code` of the first GraphQL error, e.g. NOT_FOUND. */
export function errorCode(error: CombinedError | null | undefined): string | null {
  const code = error?.graphQLErrors[0]?.extensions?.code;
  return typeof code === "string" ? code : null;
}

/**
 * The entity does not exist for this visitor: NOT_FOUND, or an id the API refuses as malformed
 * (a mistyped URL is as missing as a deleted listing).
 */
export function isNotFound(error: CombinedError | null | undefined): boolean {
  const code = errorCode(error);
  if (code === "NOT_FOUND") return true;
  return code === "BAD_USER_INPUT" && error?.graphQLErrors[0]?.extensions?.field === "id";
}

/** Field issues of a BAD_USER_INPUT error, with paths like `email` or `input.email`. */
export function fieldIssues(error: CombinedError | null | undefined): FieldIssue[] {
  const issues = error?.graphQLErrors.flatMap((e) => {
    const list = e.extensions?.issues;
    return Array.isArray(list) ? (list as FieldIssue[]) : [];
  });
  return issues ?? [];
}

/** The message to show for an error that is not handled specially. */
export function errorMessage(error: CombinedError): { network: boolean; message: string } {
  if (error.networkError) return { network: true, message: error.networkError.message };
  return { network: false, message: error.graphQLErrors[0]?.message ?? error.message };
}
