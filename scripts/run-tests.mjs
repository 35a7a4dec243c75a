#!/usr/bin/env node
// Runs the whole Vitest suite and ends with one plain "N passed, N failed, N skipped" line,
// which CI reads; the exit code is Vitest's.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";

mkdirSync("artifacts", { recursive: true });
const report = "artifacts/vitest-report.json";
if (!process.env.TEST_DATABASE_URL) {
  process.stdout.write("\nNOTE: TEST_DATABASE_URL is not set: the PostgreSQL leg of the integration tests is SKIPPED.\n");
  process.stdout.write("      Set it (e.g. postgres://postgres@127.0.0.1:5432/test) to run every integration test on PostgreSQL too.\n\n");
}
const result = spawnSync(
  "npx",
  ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { stdio: "inherit" },
);
try {
  const json = JSON.parse(readFileSync(report, "utf8"));
  // A file whose setup failed (a hook, an import, a browser that would not start) reports its
  // tests as skipped, not failed: each such test counts as failed here, so the line CI reads
  // cannot show "0 failed" for a suite that did not run.
  let failed = json.numFailedTests ?? 0;
  let skipped = (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
  for (const file of json.testResults ?? []) {
    const results = file.assertionResults ?? [];
    if (file.status !== "failed" || results.some((r) => r.status === "failed")) continue;
    const unrun = results.filter((r) => r.status === "skipped" || r.status === "pending").length;
    failed += Math.max(1, unrun);
    skipped -= unrun;
  }
  // Before the last line, which CI reads.
  if (existsSync("web/e2e-artifacts")) {
    process.stdout.write("\nbrowser-test screenshots and server log: web/e2e-artifacts/\n");
  }
  process.stdout.write(`\ntests: ${json.numPassedTests} passed, ${failed} failed, ${skipped} skipped\n`);
} catch {
  process.stdout.write("\ntests: 0 passed, 1 failed\n");
}
process.exit(result.status ?? 1);
