import type { TestProject } from "vitest/node";
import { startServer } from "./server";

declare module "vitest" {
  export interface ProvidedContext {
    /** Origin of the one server every browser test of the run talks to. */
    e2eBaseUrl: string;
  }
}

/**
 * One server for the whole e2e project: seeding the demo corpus takes most of its start-up.
 * E2E_BASE_URL runs the tests against a server already running instead (with the demo data).
 */
export default async function setup(project: TestProject) {
  const running = process.env.E2E_BASE_URL;
  if (running) {
    project.provide("e2eBaseUrl", running.replace(/\/$/, ""));
    return;
  }
  const server = await startServer();
  project.provide("e2eBaseUrl", server.baseUrl);
  return server.stop;
}
