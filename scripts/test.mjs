#!/usr/bin/env node
// `npm test`: everything CI checks, in one command, on a fresh machine of this kind.
// Installs the Debian packages the tests need when they are missing (saying so), then runs
// every step even after a failure, and ends with one "N passed, N failed" line.
import { execSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// A fresh clone without `npm ci` would otherwise fail every step in turn (`eslint: not
// found`, `tsc: not found`, …); stop before the first one, saying what to run.
const root = join(import.meta.dirname, "..");
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const notInstalled = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }).filter(
  (name) => !existsSync(join(root, "node_modules", name, "package.json")),
);
if (notInstalled.length > 0) {
  const shown = notInstalled.slice(0, 5).join(", ") + (notInstalled.length > 5 ? ", …" : "");
  console.error(
    `npm test: ${notInstalled.length} of the repository's packages are not installed (${shown}).\n` +
      "Run `npm ci` first (it installs exactly what package-lock.json pins), then `npm test` again.",
  );
  process.exit(1);
}

const systemPackages = [
  { pkg: "chromium", bin: "/usr/bin/chromium", why: "the web end-to-end tests drive a real browser" },
  {
    pkg: "docker-registry",
    bin: "/usr/bin/docker-registry",
    why: "push-image is tested against a real OCI registry",
  },
];

function ensureSystemPackages() {
  const missing = systemPackages.filter(({ bin }) => !existsSync(bin));
  if (missing.length === 0) return true;
  const names = missing.map(({ pkg }) => pkg);
  for (const { pkg, why } of missing) console.log(`Installing Debian package ${pkg}: ${why}.`);
  const sudo = process.getuid?.() === 0 ? "" : "sudo ";
  try {
    execSync(`${sudo}apt-get update -qq`, { stdio: "inherit" });
    execSync(`${sudo}apt-get install -y -qq --no-install-recommends ${names.join(" ")}`, {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    return true;
  } catch {
    console.error(
      `Could not install ${names.join(", ")}. Install them with: sudo apt-get install ${names.join(" ")}`,
    );
    return false;
  }
}

function ensureCfnLint() {
  const probe = spawnSync("cfn-lint", ["--version"], { encoding: "utf8" });
  if (probe.status === 0) return true;
  console.error(
    "cfn-lint is missing: the templates are linted with AWS's cfn-lint. Install it with: pip install cfn-lint",
  );
  return false;
}

const sh = (command) => () => spawnSync(command, { shell: true, stdio: "inherit" }).status === 0;

let jestCounts;
function jest() {
  const report = join(mkdtempSync(join(tmpdir(), "jest-")), "report.json");
  const result = spawnSync(`npm run -s test:unit -- --json --outputFile=${report}`, {
    shell: true,
    stdio: "inherit",
  });
  if (existsSync(report)) {
    const { numPassedTests, numFailedTests } = JSON.parse(readFileSync(report, "utf8"));
    jestCounts = { passed: numPassedTests, failed: numFailedTests };
  }
  return result.status === 0;
}

// [id, title, step]: `npm test -- lint typecheck` runs only the named steps (CI shows each).
const steps = [
  ["system", "system packages", ensureSystemPackages],
  ["cfn-lint", "cfn-lint present", ensureCfnLint],
  ["lint", "lint (eslint, prettier)", sh("npm run -s lint")],
  ["typecheck", "typecheck (tsc)", sh("npm run -s typecheck")],
  ["trip", "trip file and its JSON Schema (trip:check)", sh("npm run -s trip:check")],
  ["build", "build (lambdas, web)", sh("npm run -s build")],
  ["dist", "actions' dist/ is fresh", sh("npm run -s check:dist")],
  ["templates", "templates (cfn-lint)", sh("npm run -s lint:templates")],
  ["workflows", "workflows (actionlint)", sh("npm run -s lint:workflows")],
  ["jest", "unit, behaviour and end-to-end tests (jest)", jest],
];

const only = process.argv.slice(2);
const unknown = only.filter((id) => !steps.some(([stepId]) => stepId === id));
if (unknown.length > 0) {
  console.error(`Unknown step(s) ${unknown.join(", ")}; steps are: ${steps.map(([id]) => id).join(", ")}`);
  process.exit(2);
}

const results = [];
for (const [id, name, step] of steps) {
  if (only.length > 0 && !only.includes(id)) continue;
  console.log(`\n=== ${name}`);
  const started = Date.now();
  const ok = step();
  results.push({ name, ok, seconds: ((Date.now() - started) / 1000).toFixed(1) });
}

console.log("\n=== summary");
for (const { name, ok, seconds } of results) console.log(`${ok ? "ok  " : "FAIL"} ${name} (${seconds}s)`);
const failedSteps = results.filter((r) => !r.ok).length;
const passed = (jestCounts?.passed ?? 0) + results.filter((r) => r.ok).length;
const failed = (jestCounts?.failed ?? 0) + failedSteps;
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failedSteps === 0 ? 0 : 1);
