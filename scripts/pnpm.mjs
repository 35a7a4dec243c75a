#!/usr/bin/env node
// A fresh clone has only Node and npm: run the pinned pnpm through npx so that `npm start`
// and `npm test` need nothing installed globally.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

const pinned = JSON.parse(readFileSync(new URL("../package.json", import.meta.url))).packageManager;
const result = spawnSync("npx", ["--yes", pinned, ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, npm_config_update_notifier: "false" },
});
process.exit(result.status ?? 1);
