import { constants, PerformanceObserver } from "node:perf_hooks";

/** Garbage-collection pauses of one thread since they were last taken. */
export interface GcPauses {
  pauses: number;
  /** Full (mark-compact) collections among them. */
  majors: number;
  totalMs: number;
  longestMs: number;
}

/** Starts counting this thread's collection pauses; `take()` returns the counts so far and starts over. */
export function watchGcPauses(): { take(): GcPauses } {
  let gc: GcPauses = { pauses: 0, majors: 0, totalMs: 0, longestMs: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gc.pauses++;
      const { detail } = entry as { detail?: { kind?: number } };
      if (detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) gc.majors++;
      gc.totalMs += entry.duration;
      if (entry.duration > gc.longestMs) gc.longestMs = entry.duration;
    }
  }).observe({ entryTypes: ["gc"] });
  return {
    take() {
      const since = gc;
      gc = { pauses: 0, majors: 0, totalMs: 0, longestMs: 0 };
      return since;
    },
  };
}
