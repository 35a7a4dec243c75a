import { readFileSync, writeFileSync } from "node:fs";
import { printSchema } from "graphql";
import { schema } from "./schema";

// The committed SDL is the API contract; CI runs this with --check and fails on drift.
const target = new URL("../../schema.graphql", import.meta.url);
const printed = `${printSchema(schema)}\n`;
if (process.argv.includes("--check")) {
  let committed = "";
  try {
    committed = readFileSync(target, "utf8");
  } catch {
    // a missing file is stale too
  }
  if (committed !== printed) {
    process.stderr.write(
      "services/api/schema.graphql is stale: run `pnpm --filter @openttc/api schema:print` and commit it\n",
    );
    process.exit(1);
  }
  process.stdout.write("schema.graphql is up to date\n");
} else {
  writeFileSync(target, printed);
  process.stdout.write("wrote services/api/schema.graphql\n");
}
