import { useCallback, useState } from "react";

/**
 * Statuses shown before the API confirms them: an action shows its outcome at once, and a
 * failure puts the stored status back. An override stays until the refreshed list agrees.
 */
export function useOptimisticStatuses<S extends string>() {
  const [pending, setPending] = useState<Record<string, { status: S; busy: boolean }>>({});

  const run = useCallback(
    async (id: string, next: S, action: () => Promise<{ error?: unknown }>): Promise<boolean> => {
      setPending((p) => ({ ...p, [id]: { status: next, busy: true } }));
      const result = await action();
      setPending((p) => {
        const { [id]: _dropped, ...rest } = p;
        return result.error ? rest : { ...rest, [id]: { status: next, busy: false } };
      });
      return !result.error;
    },
    [],
  );

  /** The status to show: the pending one while it differs from what the list says. */
  const statusOf = useCallback(
    (id: string, stored: S): { status: S; busy: boolean } => {
      const override = pending[id];
      if (!override || (!override.busy && override.status === stored)) {
        return { status: stored, busy: false };
      }
      return override;
    },
    [pending],
  );

  return { run, statusOf };
}
