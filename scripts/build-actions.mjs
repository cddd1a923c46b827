#!/usr/bin/env node
// Bundles every action's entry (src/index.ts) into its committed dist/ with @vercel/ncc, after
// writing src/action-spec.ts from the action's action.yml, so the code reads each input's
// default from the one place GitHub does.
// With --check, writes both into a temporary folder and fails when the committed ones differ,
// which is how CI proves dist/ and the specs are fresh.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as prettier from "prettier";
import { parse } from "yaml";

const check = process.argv.includes("--check");
const only = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
const entryOf = (name) =>
  ["index.ts", "main.ts"].map((file) => join("actions", name, "src", file)).find((path) => existsSync(path));
const actions = readdirSync("actions").filter(
  (name) => existsSync(join("actions", name, "action.yml")) && entryOf(name),
);

/** The TypeScript view of action.yml that `Inputs` reads defaults and input names from. */
async function actionSpec(name) {
  const manifest = parse(readFileSync(join("actions", name, "action.yml"), "utf8"));
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
  const path = join("actions", name, "src", "action-spec.ts");
  return prettier.format(source, { ...(await prettier.resolveConfig(path)), filepath: path });
}

const listFiles = (dir, prefix = "") =>
  readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(dir, join(prefix, entry.name)) : [join(prefix, entry.name)],
  );

let stale = [];
for (const name of actions.filter((n) => only.length === 0 || only.includes(n))) {
  const specPath = join("actions", name, "src", "action-spec.ts");
  const spec = await actionSpec(name);
  if (check) {
    if (!existsSync(specPath) || readFileSync(specPath, "utf8") !== spec)
      stale.push(`${name} (src/action-spec.ts)`);
  } else {
    writeFileSync(specPath, spec);
  }
  const dist = join("actions", name, "dist");
  const out = check ? mkdtempSync(join(tmpdir(), `dist-${name}-`)) : dist;
  if (!check) rmSync(dist, { recursive: true, force: true });
  execFileSync(
    "npx",
    [
      "ncc",
      "build",
      entryOf(name),
      "-o",
      out,
      // Type errors are tsc's job (npm run typecheck); a bundle should not depend on them.
      "--transpile-only",
      "--source-map",
      "--license",
      "licenses.txt",
      "--quiet",
    ],
    { stdio: "inherit" },
  );
  if (check) {
    const fresh = listFiles(out).sort();
    const committed = existsSync(dist) ? listFiles(dist).sort() : [];
    const differs =
      fresh.join("\n") !== committed.join("\n") ||
      fresh.some((file) => !readFileSync(join(out, file)).equals(readFileSync(join(dist, file))));
    if (differs) stale.push(name);
    rmSync(out, { recursive: true, force: true });
  } else {
    console.log(`built ${dist}`);
  }
}
if (stale.length > 0) {
  console.error(
    `dist/ is stale for: ${stale.join(", ")}. Run "npm run build:actions" and commit the result.`,
  );
  process.exit(1);
}
if (check) console.log(`dist/ is fresh for ${actions.length} action(s)`);
