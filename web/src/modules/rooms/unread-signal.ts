const listeners = new Set<() => void>();

/** Tells the navigation badge that a read marker moved, so it counts again now. */
export function signalRead(): void {
  for (const listener of listeners) listener();
}

/** Calls `listener` whenever a room is marked read; returns the unsubscribe function. */
export function onRead(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
