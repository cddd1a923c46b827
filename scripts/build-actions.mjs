#!/usr/bin/env node
// Bundles every action's src/main.ts into its committed dist/ with @vercel/ncc.
// With --check, bundles into a temporary folder and fails when the committed dist/ differs,
// which is how CI proves dist/ is fresh.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const check = process.argv.includes("--check");
const only = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
const actions = readdirSync("actions").filter(
  (name) =>
    existsSync(join("actions", name, "action.yml")) && existsSync(join("actions", name, "src", "main.ts")),
);

const listFiles = (dir, prefix = "") =>
  readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(dir, join(prefix, entry.name)) : [join(prefix, entry.name)],
  );

let stale = [];
for (const name of actions.filter((n) => only.length === 0 || only.includes(n))) {
  const dist = join("actions", name, "dist");
  const out = check ? mkdtempSync(join(tmpdir(), `dist-${name}-`)) : dist;
  if (!check) rmSync(dist, { recursive: true, force: true });
  execFileSync(
    "npx",
    [
      "ncc",
      "build",
      join("actions", name, "src", "main.ts"),
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
