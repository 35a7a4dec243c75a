import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { parentPort, workerData } from "node:worker_threads";
import type { SearchIndex } from "../search-index";
import { watchGcPauses } from "./gc-pauses";
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

const gc = watchGcPauses();

// A rebuild leaves gigabytes of promoted garbage that V8 would otherwise collect during the
// first searches (at 100,000 documents, pauses of up to 120 ms were seen in them). One full
// collection right after the rebuild, before the API serves, costs about 2 s once.
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

function diagnostics(): ThreadDiagnostics {
  const { heapUsed, heapTotal } = process.memoryUsage();
  return { heapUsed, heapTotal, gc: gc.take() };
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
