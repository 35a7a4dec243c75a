import { useCallback, useState } from "react";

/**
 * The cursors of the pages loaded so far for one filter: `null` is the first page, and
 * "load more" appends the previous page's endCursor. A new filter key starts over.
 */
export function useCursorPages(filterKey: string) {
  const [state, setState] = useState<{ key: string; cursors: (string | null)[] }>({
    key: filterKey,
    cursors: [null],
  });
  const cursors = state.key === filterKey ? state.cursors : [null];
  const loadMore = useCallback(
    (endCursor: string) =>
      setState((s) => {
        const base = s.key === filterKey ? s.cursors : [null];
        return base.includes(endCursor) ? s : { key: filterKey, cursors: [...base, endCursor] };
      }),
    [filterKey],
  );
  return { cursors, loadMore };
}
