import { defineConfig } from "vitest/config";

// Resolve packages the way Node (>= 20.19) does, "module-sync" included: otherwise Vite picks
// graphql's CommonJS build for our sources while Node gives its ESM build to @pothos and
// graphql-yoga, and the schema fails with "Cannot use GraphQLObjectType from another realm".
const ssr = {
  resolve: { conditions: ["module-sync", "module", "node", "development|production"] },
};

// Unit tests are pure and fast; integration tests open databases (PGlite in memory, and a
// database of their own on PostgreSQL when TEST_DATABASE_URL is set) so they get longer timeouts.
export default defineConfig({
  test: {
    projects: [
      {
        ssr,
        test: {
          name: "unit",
          include: ["packages/**/src/**/*.test.ts", "services/**/src/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "**/node_modules/**"],
        },
      },
      {
        ssr,
        test: {
          name: "integration",
          include: ["packages/**/src/**/*.int.test.ts", "services/**/src/**/*.int.test.ts"],
          exclude: ["**/node_modules/**"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: "forks",
        },
      },
      {
        // The web app's component tests: jsdom, with web/vite.config.ts's React plugin.
        extends: "./web/vite.config.ts",
        test: {
          name: "web",
          root: "web",
          include: ["src/**/*.test.{ts,tsx}"],
          environment: "jsdom",
          setupFiles: ["./src/test/setup.ts"],
          // Rendering antd in jsdom takes seconds on a busy 2-core machine.
          testTimeout: 20_000,
        },
      },
      {
        // Browser flows: Chromium through playwright-core against one real server (built web
        // app, PGlite, demo data) started by the global setup. They run after the other
        // projects, one file at a time, so the 2-core budget goes to one browser and the server.
        test: {
          name: "e2e",
          include: ["web/e2e/**/*.e2e.test.ts"],
          globalSetup: ["web/e2e/support/global-setup.ts"],
          pool: "forks",
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          testTimeout: 120_000,
          hookTimeout: 300_000,
          // A page under a busy 2-core machine may take seconds to react: poll like the locators wait.
          expect: { poll: { timeout: 20_000 } },
        },
      },
    ],
  },
});
