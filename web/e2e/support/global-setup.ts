import type { TestProject } from "vitest/node";
import { startServer } from "./server";

declare module "vitest" {
  export interface ProvidedContext {
    /** Origin of the one server every browser test of the run talks to. */
    e2eBaseUrl: string;
  }
}

/** One server for the whole e2e project: seeding the demo corpus takes most of its start-up. */
export default async function setup(project: TestProject) {
  const server = await startServer();
  project.provide("e2eBaseUrl", server.baseUrl);
  return server.stop;
}
