// Worker threads start without the parent's loaders: register tsx here so the engine's
// TypeScript (and the workspace packages it imports) load in this thread as in the API's.
import { register } from "tsx/esm/api";

register();
await import("./engine-thread.ts");
