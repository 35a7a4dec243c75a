import { Worker } from "node:worker_threads";
import { getAnalyzer } from "@openttc/search/text/analyze";
import { buildCedictLexiconInSlices, type CedictEntry } from "./cedict";
import type { Lexicon } from "./lexicon";

// The package's data module holds every entry with pinyin, variants and classifiers (~80 MB of
// heap once imported, and an ES module can never be unloaded). A short-lived worker imports it
// and sends back only simplified form, pinyin and senses; the main thread keeps the compact
// lexicon built from them and the worker's heap goes away with it.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
import(workerData.url).then(
  (m) => parentPort.postMessage(m.default.all.map((e) => [e[1], e[2], typeof e[3] === "string" ? [e[3]] : e[3]])),
  (err) => parentPort.postMessage({ error: String(err && err.stack || err) }),
);
`;

/** Reads the CC-CEDICT snapshot shipped by the `cc-cedict` package (its install-time download is disabled). */
export async function loadCedictEntries(): Promise<CedictEntry[]> {
  const dataUrl = new URL("../data/all.js", import.meta.resolve("cc-cedict")).href;
  const raw = await new Promise<unknown>((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { url: dataUrl } });
    worker.once("message", (m) => {
      resolve(m);
      void worker.terminate();
    });
    worker.once("error", reject);
  });
  if (!Array.isArray(raw))
    throw new Error(`cannot load CC-CEDICT: ${(raw as { error?: string }).error}`);
  return (raw as [string, string, string[]][]).map(([simplified, pinyin, senses]) => ({
    simplified,
    pinyin,
    senses,
  }));
}

let cached: Promise<Lexicon> | undefined;

/** The CC-CEDICT lexicon, loaded on first use and shared by every later caller. */
export function getCedictLexicon(): Promise<Lexicon> {
  if (!cached) {
    cached = loadCedictEntries().then((entries) =>
      buildCedictLexiconInSlices(entries, getAnalyzer()),
    );
    // A failed load is not cached, so a later call may try again.
    cached.catch(() => {
      cached = undefined;
    });
  }
  return cached;
}
