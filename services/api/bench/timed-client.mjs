// A GraphQL client on a thread of its own for the benchmarks: it posts each request in turn and
// times it, so the client's own work (serializing, parsing the answer, its garbage) runs beside
// the server, as a browser would, instead of on the event loop whose latency is being measured.
import { performance } from "node:perf_hooks";
import { parentPort, workerData } from "node:worker_threads";

const { url, requests } = workerData;
const times = [];
const totals = [];
for (const { body, cookie } of requests) {
  const t = performance.now();
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body,
  });
  const json = await res.json();
  times.push(performance.now() - t);
  if (json.errors) throw new Error(`${body}\n${JSON.stringify(json.errors)}`);
  totals.push(json.data?.search?.totalEstimate ?? json.data?.suggest?.length ?? 0);
}
parentPort.postMessage({ times, totals });
