// Regenerates src/graphql/graphql-env.d.ts from the committed SDL, exactly as
// `gql.tada generate output` does. The gql.tada CLI reads tsconfig.json through the
// TypeScript 5 API (`parseConfigFileTextToJson`), which TypeScript 7 no longer exports, so
// this script reads the same plugin entry from tsconfig.json and calls gql.tada's own
// generator. `--check` fails when the committed file is stale.
import { readFile, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadRef, minifyIntrospection, outputIntrospectionFile } from "@gql.tada/internal";

interface TadaPluginConfig {
  name: string;
  schema: string;
  tadaOutputLocation: string;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const tsconfig = JSON.parse(await readFile(resolve(root, "tsconfig.json"), "utf8")) as {
  compilerOptions?: { plugins?: TadaPluginConfig[] };
};
const plugin = tsconfig.compilerOptions?.plugins?.find((p) => p.name === "gql.tada/ts-plugin");
if (!plugin) throw new Error("tsconfig.json has no gql.tada/ts-plugin entry");

const { current } = await loadRef({ schema: plugin.schema }).load({ rootPath: root });
if (!current) throw new Error(`could not load the schema from ${plugin.schema}`);

const outputPath = resolve(root, plugin.tadaOutputLocation);
const output = outputIntrospectionFile(minifyIntrospection(current.introspection), {
  fileType: outputPath,
  shouldPreprocess: true,
});

if (process.argv.includes("--check")) {
  const committed = await readFile(outputPath, "utf8").catch(() => "");
  if (committed !== output) {
    console.error(
      `${plugin.tadaOutputLocation} is stale: run \`pnpm --filter @openttc/web codegen\``,
    );
    process.exit(1);
  }
  console.log(`${plugin.tadaOutputLocation} matches ${plugin.schema}`);
} else {
  await writeFile(outputPath, output);
  console.log(`wrote ${plugin.tadaOutputLocation} from ${plugin.schema}`);
}
