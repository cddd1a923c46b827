#!/usr/bin/env node
// Bundles every action into its committed dist/ with esbuild, from its one-line entry
// src/index.ts (src/main.ts where an action has no separate entry yet): dist/index.js plus
// the chunks it loads on demand, their source maps, licenses.txt and a package.json marking
// the folder as ESM. Before bundling it writes src/action-spec.ts from the action's action.yml,
// so the code reads each input's default from the one place GitHub does. With --check, it
// builds both in memory and fails when the committed ones differ, which is how CI proves
// dist/ and the specs are fresh.
//
// Why esbuild (ncc before): it bundles the SDK's ES module builds, which tree-shake, and
// splits whatever is reached only through `await import()` into chunks; an action evaluates
// and compiles what its first AWS call needs and nothing else. Type errors are tsc's job
// (npm run typecheck), so a bundle never depends on them.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { build } from "esbuild";
import * as prettier from "prettier";
import { parse } from "yaml";

const check = process.argv.includes("--check");
const only = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
const repo = resolve(import.meta.dirname, "..");
const entryOf = (name) =>
  ["index.ts", "main.ts"]
    .map((file) => join(repo, "actions", name, "src", file))
    .find((file) => existsSync(file));
const actions = readdirSync(join(repo, "actions")).filter(
  (name) => existsSync(join(repo, "actions", name, "action.yml")) && entryOf(name),
);

/**
 * @actions/core imports its OIDC client, and with it @actions/http-client and undici (three
 * quarters of a bundle), only for `core.getIDToken()`, which no action of ours calls at
 * start-up. The import is replaced by a stand-in that loads the real client on first use.
 */
const lazyOidcClient = {
  name: "lazy-oidc-client",
  setup(esbuild) {
    esbuild.onResolve({ filter: /^\.\/oidc-utils\.js$/ }, ({ importer, path }) => {
      if (!/[\\/]@actions[\\/]core[\\/]lib[\\/]core\.js$/.test(importer)) return undefined;
      return { path: join(dirname(importer), path), namespace: "lazy-oidc-client" };
    });
    esbuild.onLoad({ filter: /.*/, namespace: "lazy-oidc-client" }, ({ path }) => ({
      resolveDir: dirname(path),
      contents: [
        "export class OidcClient {",
        "  static async getIDToken(audience) {",
        `    const { OidcClient } = await import(${JSON.stringify(path)});`,
        "    return OidcClient.getIDToken(audience);",
        "  }",
        "}",
      ].join("\n"),
    }));
  },
};

/** Each bundled package's name, licence and licence text, in the shape ncc's --license wrote. */
function licenses(metafile) {
  const packages = new Map();
  for (const output of Object.values(metafile.outputs)) {
    for (const input of Object.keys(output.inputs)) {
      const match = /^(.*node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(input);
      if (match) packages.set(resolve(repo, match[1]), true);
    }
  }
  return [...packages.keys()]
    .map((dir) => {
      const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
      const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
      const text = file ? readFileSync(join(dir, file), "utf8").trim() : "";
      return { name: pkg.name, text: `${pkg.name}\n${pkg.license ?? ""}\n${text}\n` };
    })
    .filter((entry, index, all) => all.findIndex((other) => other.name === entry.name) === index)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((entry) => entry.text)
    .join("\n");
}

async function bundle(name) {
  const dist = join(repo, "actions", name, "dist");
  const result = await build({
    absWorkingDir: repo,
    entryPoints: { index: entryOf(name) },
    outdir: dist,
    bundle: true,
    splitting: true,
    platform: "node",
    // ESM builds first: they tree-shake far better than the CommonJS ones node would pick.
    mainFields: ["module", "main"],
    format: "esm",
    target: "node20",
    chunkNames: "chunks/[name]-[hash]",
    sourcemap: true,
    legalComments: "none",
    // Bundled CommonJS dependencies call require() for Node built-ins and read __dirname.
    banner: {
      js: [
        'import { createRequire as __createRequire } from "node:module";',
        'import { fileURLToPath as __fileURLToPath } from "node:url";',
        'import { dirname as __pathDirname } from "node:path";',
        "const require = __createRequire(import.meta.url);",
        "const __filename = __fileURLToPath(import.meta.url);",
        "const __dirname = __pathDirname(__filename);",
      ].join("\n"),
    },
    plugins: [lazyOidcClient],
    metafile: true,
    write: false,
    logLevel: "warning",
  });
  const files = new Map(
    result.outputFiles.map((file) => [relative(dist, file.path), Buffer.from(file.contents)]),
  );
  files.set("licenses.txt", Buffer.from(licenses(result.metafile)));
  files.set("package.json", Buffer.from('{\n  "type": "module"\n}\n'));
  return { dist, files };
}

/** The TypeScript view of action.yml that `Inputs` reads defaults and input names from. */
async function actionSpec(name) {
  const manifest = parse(readFileSync(join(repo, "actions", name, "action.yml"), "utf8"));
  const inputs = Object.fromEntries(
    Object.entries(manifest.inputs ?? {}).map(([input, { required = false, default: value }]) => [
      input,
      { required, ...(value === undefined ? {} : { default: String(value) }) },
    ]),
  );
  const source = [
    "// Generated from action.yml by scripts/build-actions.mjs (npm run build:actions): do not edit.",
    'import type { ActionSpec } from "../../lib/src/inputs";',
    "",
    `export const spec = ${JSON.stringify({ name, inputs, outputs: Object.keys(manifest.outputs ?? {}) })} as const satisfies ActionSpec;`,
    "",
    "export type InputName = keyof typeof spec.inputs;",
    "",
  ].join("\n");
  const path = join(repo, "actions", name, "src", "action-spec.ts");
  return prettier.format(source, { ...(await prettier.resolveConfig(path)), filepath: path });
}

const stale = [];
for (const name of actions.filter((n) => only.length === 0 || only.includes(n))) {
  const specPath = join(repo, "actions", name, "src", "action-spec.ts");
  const spec = await actionSpec(name);
  if (check) {
    if (!existsSync(specPath) || readFileSync(specPath, "utf8") !== spec)
      stale.push(`${name} (src/action-spec.ts)`);
  } else {
    writeFileSync(specPath, spec);
  }
  const { dist, files } = await bundle(name);
  if (check) {
    const committed = existsSync(dist)
      ? readdirSync(dist, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => relative(dist, join(entry.parentPath ?? entry.path, entry.name)))
          .sort()
      : [];
    const differs =
      [...files.keys()].sort().join("\n") !== committed.join("\n") ||
      [...files].some(([file, contents]) => !contents.equals(readFileSync(join(dist, file))));
    if (differs) stale.push(name);
  } else {
    rmSync(dist, { recursive: true, force: true });
    for (const [file, contents] of files) {
      mkdirSync(dirname(join(dist, file)), { recursive: true });
      writeFileSync(join(dist, file), contents);
    }
    console.log(`built ${relative(repo, dist)} (${files.size} files)`);
  }
}
if (stale.length > 0) {
  console.error(
    `dist/ is stale for: ${stale.join(", ")}. Run "npm run build:actions" and commit the result.`,
  );
  process.exit(1);
}
if (check) console.log(`dist/ is fresh for ${actions.length} action(s)`);
