#!/usr/bin/env node
// `npm run bench`: runs every benchmark in the tree (files under a `bench/` folder ending in
// `.bench.ts`), one after another so they do not compete for the machine's two cores.
// `npm run bench -- [PART...] [--compare PATH]`: only files whose path contains a PART; options
// (`--compare PATH`: another action's bundle for the start-up benchmark) go to every file.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

const args = process.argv.slice(2);
const compare = args.indexOf("--compare");
const forwarded = compare >= 0 ? args.splice(compare, 2) : [];
const only = args;
const parts = [
  ...["actions", "lambdas"].flatMap((top) => readdirSync(top).map((name) => join(top, name))),
  "web",
];
const files = parts
  .map((part) => join(part, "bench"))
  .filter((dir) => existsSync(dir))
  .flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(".bench.ts"))
      .map((f) => join(dir, f)),
  )
  .sort()
  .filter((file) => only.length === 0 || only.some((part) => file.includes(part)));
let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file}`);
  const { status } = spawnSync("npx", ["tsx", file, ...forwarded], { stdio: "inherit" });
  if (status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
