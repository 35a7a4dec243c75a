import { defineConfig } from "vitest/config";

// Unit tests are pure and fast; integration tests open databases (PGlite in memory, and a
// database of their own on PostgreSQL when TEST_DATABASE_URL is set) so they get longer timeouts.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["packages/**/src/**/*.test.ts", "services/**/src/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "**/node_modules/**"],
        },
      },
      {
        test: {
          name: "integration",
          include: ["packages/**/src/**/*.int.test.ts", "services/**/src/**/*.int.test.ts"],
          exclude: ["**/node_modules/**"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: "forks",
        },
      },
    ],
  },
});
