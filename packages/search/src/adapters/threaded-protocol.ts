import type { SearchIndex } from "../search-index";
import type { GcPauses } from "./gc-pauses";

/** Heap and garbage collection of the engine's thread (its isolate only). */
export interface ThreadDiagnostics {
  heapUsed: number;
  heapTotal: number;
  /** Garbage-collection pauses since the previous diagnostics. */
  gc: GcPauses;
}

/** A call posted to the engine thread. */
export interface EngineCall {
  id: number;
  method: keyof SearchIndex | "diagnostics";
  args: unknown[];
}

/** The engine thread's answer to one call; errors travel as name and message. */
export type EngineReply =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; error: { name: string; message: string } };

/** What the engine thread posts: once `ready` when its engine exists, then one reply per call. */
export type EngineMessage = EngineReply | { ready: true };
