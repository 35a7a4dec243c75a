import { getHeapStatistics } from "node:v8";
import { Worker } from "node:worker_threads";
import { SearchEngineError, type SearchIndex, SearchUnavailableError } from "../search-index";
import type { OramaSearchIndexOptions } from "./orama";
import type { EngineCall, EngineMessage, ThreadDiagnostics } from "./threaded-protocol";

/** Options of the embedded engine on its own thread. */
export interface ThreadedSearchIndexOptions extends OramaSearchIndexOptions {
  /**
   * Called when the engine thread stopped unexpectedly and an empty one took its place; it
   * should rebuild the index (it may write through this index). Searches answer
   * SearchUnavailableError until it resolves; a failed attempt is retried.
   */
  onRestart?: () => Promise<unknown>;
}

/** The embedded engine behind a worker thread, with what the thread itself exposes. */
export interface ThreadedSearchIndex extends SearchIndex {
  /** Collects the engine thread's garbage in full (a rebuild leaves gigabytes of it). */
  compact(): Promise<void>;
  /** The engine thread's heap, and its garbage-collection pauses since the last call. */
  diagnostics(): Promise<ThreadDiagnostics>;
  /** The worker thread currently running the engine. */
  readonly thread: Worker;
  /** Stops the engine thread for good. */
  close(): Promise<void>;
}

// The engine's own young generation. Each search allocates a few MB that die with it; a young
// generation this size collects them a few times less often than V8's default, and each
// scavenge costs what survives (almost nothing), not what was allocated.
const YOUNG_GENERATION_MB = 96;
const RESTART_RETRY_MS = 5_000;

/**
 * The embedded engine (createOramaSearchIndex) on a worker thread. Its index (about 2 GB of
 * heap at 100,000 documents) then lives in an isolate of its own: the API thread's garbage
 * collections no longer mark it, and the API keeps serving while the engine indexes. Calls
 * are answered in the order they are made; the thread does not keep the process alive.
 */
export function createThreadedSearchIndex(
  options: ThreadedSearchIndexOptions = {},
): ThreadedSearchIndex {
  const { onRestart, ...engineOptions } = options;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  let closed = false;
  // Set when a thread failed before its engine was ready: a new one would fail the same way.
  let broken: Error | undefined;
  let rebuilding = false;
  let worker = spawn();

  function spawn(): Worker {
    const w = new Worker(new URL("./engine-thread-entry.mjs", import.meta.url), {
      workerData: engineOptions,
      // The entry registers its own TypeScript loader; the parent's flags are not for it.
      execArgv: [],
      resourceLimits: {
        maxOldGenerationSizeMb: Math.floor(getHeapStatistics().heap_size_limit / 2 ** 20),
        maxYoungGenerationSizeMb: YOUNG_GENERATION_MB,
      },
    });
    w.unref();
    let ready = false;
    let failure: Error | undefined;
    w.on("message", (message: EngineMessage) => {
      if ("ready" in message) {
        ready = true;
        return;
      }
      const call = pending.get(message.id);
      if (!call) return;
      pending.delete(message.id);
      if (pending.size === 0) w.unref();
      if (message.ok) call.resolve(message.result);
      else call.reject(rebuildError(message.error));
    });
    w.on("error", (error) => {
      failure = error instanceof Error ? error : new Error(String(error));
    });
    w.on("exit", (code) => {
      if (w !== worker) return;
      const why = failure ? failure.message : `exit code ${code}`;
      for (const call of pending.values()) {
        call.reject(new SearchUnavailableError(`the search engine thread stopped (${why})`));
      }
      pending.clear();
      if (closed) return;
      if (!ready) {
        broken = new SearchUnavailableError(`the search engine thread failed to start (${why})`);
        return;
      }
      worker = spawn();
      rebuilding = onRestart !== undefined;
      if (onRestart) void recover(onRestart);
    });
    return w;
  }

  async function recover(rebuild: () => Promise<unknown>) {
    try {
      await rebuild();
      rebuilding = false;
    } catch {
      setTimeout(() => void recover(rebuild), RESTART_RETRY_MS).unref();
    }
  }

  function call<T>(method: EngineCall["method"], ...args: unknown[]): Promise<T> {
    if (broken) return Promise.reject(broken);
    if (closed) return Promise.reject(new SearchUnavailableError("the search engine is closed"));
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      worker.ref();
      worker.postMessage({ id, method, args } satisfies EngineCall);
    });
  }

  function readable() {
    if (rebuilding) {
      throw new SearchUnavailableError(
        "the search index is being rebuilt after the engine thread stopped",
      );
    }
  }

  return {
    ensureIndexes: () => call("ensureIndexes"),
    upsert: (index, docs) => call("upsert", index, docs),
    delete: (index, ids) => call("delete", index, ids),
    async search(index, query) {
      readable();
      return call("search", index, query);
    },
    async suggest(prefix, opts) {
      readable();
      return call("suggest", prefix, opts);
    },
    stats: (index) => call("stats", index),
    clear: (index) => call("clear", index),
    async health() {
      readable();
      return call("health");
    },
    compact: () => call("compact"),
    diagnostics: () => call("diagnostics"),
    get thread() {
      return worker;
    },
    async close() {
      closed = true;
      await worker.terminate();
    },
  };
}

/** The error a call failed with in the engine thread, as the in-process engine would throw it. */
function rebuildError({ name, message }: { name: string; message: string }): Error {
  if (name === "RangeError") return new RangeError(message);
  if (name === "SearchUnavailableError") return new SearchUnavailableError(message);
  return new SearchEngineError(name === "SearchEngineError" ? message : `${name}: ${message}`);
}
