import { constants, PerformanceObserver } from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { parentPort, workerData } from "node:worker_threads";
import type { SearchIndex } from "../search-index";
import { createOramaSearchIndex, type OramaSearchIndexOptions } from "./orama";
import type {
  EngineCall,
  EngineMessage,
  EngineReply,
  ThreadDiagnostics,
} from "./threaded-protocol";

// The embedded engine on a thread of its own (see threaded.ts): answers the calls the API
// thread posts, in the order they arrive.
const engine: SearchIndex = createOramaSearchIndex(workerData as OramaSearchIndexOptions);

const gc = { pauses: 0, majors: 0, totalMs: 0, longestMs: 0 };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    gc.pauses++;
    const { detail } = entry as { detail?: { kind?: number } };
    if (detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) gc.majors++;
    gc.totalMs += entry.duration;
    if (entry.duration > gc.longestMs) gc.longestMs = entry.duration;
  }
}).observe({ entryTypes: ["gc"] });

// A rebuild leaves gigabytes of promoted garbage that V8 would otherwise collect during the
// first searches (at 100,000 documents, pauses of up to 120 ms were seen in them). One full
// collection right after the rebuild, before the API serves, costs about 2 s once.
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

function diagnostics(): ThreadDiagnostics {
  const { heapUsed, heapTotal } = process.memoryUsage();
  const since = { ...gc };
  Object.assign(gc, { pauses: 0, majors: 0, totalMs: 0, longestMs: 0 });
  return { heapUsed, heapTotal, gc: since };
}

const port = parentPort;
if (!port) throw new Error("engine-thread runs as a worker thread");
port.on("message", async ({ id, method, args }: EngineCall) => {
  let reply: EngineReply;
  try {
    const result =
      method === "diagnostics"
        ? diagnostics()
        : method === "compact"
          ? collectGarbage()
          : await (engine[method] as (...a: unknown[]) => Promise<unknown>)(...args);
    reply = { id, ok: true, result };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    reply = { id, ok: false, error: { name: e.name, message: e.message } };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true } satisfies EngineMessage);
