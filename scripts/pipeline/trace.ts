// Runs a workflow's or the composite's `run:` steps in real bash with every external command
// replaced by a shim that records its argument list, so a test can prove no secret ever
// reaches a process's command line (where `ps` and /proc show it to every local user).
// Secrets get unique sentinel values; other expressions get a harmless placeholder.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Step } from "./model";

/** Expressions that carry a secret: secrets.*, and the pipeline's secret inputs. */
const SECRET_EXPRESSION =
  /secrets\.|inputs\.(openai-api-key|google-client-secret|github-token|registry-password)\b|github\.token/;

/** Commands that really run (they cannot leak anything themselves); all others only record. */
const REAL = [
  "jq",
  "mktemp",
  "rm",
  "cat",
  "cut",
  "grep",
  "sed",
  "tr",
  "head",
  "tail",
  "sort",
  "date",
  "mkdir",
];

const EXPRESSION = /\$\{\{\s*(.+?)\s*\}\}/g;

export interface Trace {
  step: string;
  /** Every external command's argv (name first). */
  commands: string[][];
  status: number | null;
  stderr: string;
}

/** A fresh sentinel per secret expression, so a hit names which secret leaked. */
export function sentinelFor(expression: string): string {
  return `SENTINEL_${expression.replace(/[^A-Za-z0-9]+/g, "_").toUpperCase()}_SENTINEL`;
}

export function substitute(text: string): string {
  return text.replace(EXPRESSION, (_whole, expression: string) =>
    SECRET_EXPRESSION.test(expression) ? sentinelFor(expression) : "placeholder",
  );
}

function shimDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "argv-shims-"));
  const shim = join(dir, ".shim");
  const real = REAL.map((name) => `${name}) exec /usr/bin/${name} "$@" ;;`).join("\n  ");
  writeFileSync(
    shim,
    `#!/usr/bin/bash
name="\${0##*/}"
printf '%s\\x1f' "$name" "$@" >> "$TRACE_LOG"
printf '\\x1e' >> "$TRACE_LOG"
case "$name" in
  ${real}
esac
exit 0
`,
  );
  chmodSync(shim, 0o755);
  const names = new Set<string>();
  for (const bin of ["/usr/bin", "/bin", "/usr/local/bin"]) {
    if (!existsSync(bin)) continue;
    for (const name of readdirSync(bin)) names.add(name);
  }
  // Pipeline tools this machine may lack are recorded too.
  for (const name of ["aws", "node", "npm", "npx", "gh", "curl", "git", "apt-get", "pip", "cfn-lint"])
    names.add(name);
  for (const name of names) if (!name.startsWith(".")) symlinkSync(shim, join(dir, name));
  return dir;
}

let shims: string | undefined;

/** Runs one step's script as GitHub would (`bash --noprofile --norc -eo pipefail`). */
export function traceStep(step: Step, env: Record<string, string> = {}): Trace {
  shims ??= shimDir();
  const work = mkdtempSync(join(tmpdir(), "argv-step-"));
  const script = join(work, "step.sh");
  writeFileSync(script, substitute(step.run ?? ""));
  const log = join(work, "trace");
  writeFileSync(log, "");
  const stepEnv = Object.fromEntries(Object.entries(env).map(([k, v]) => [k, substitute(v)]));
  const result = spawnSync("/usr/bin/bash", ["--noprofile", "--norc", "-eo", "pipefail", script], {
    cwd: work,
    encoding: "utf8",
    env: {
      PATH: shims,
      HOME: work,
      TRACE_LOG: log,
      GITHUB_OUTPUT: join(work, "output"),
      GITHUB_ENV: join(work, "env"),
      GITHUB_STEP_SUMMARY: join(work, "summary"),
      GITHUB_ACTION_PATH: work,
      ...stepEnv,
    },
  });
  const commands = readFileSync(log, "utf8")
    .split("\x1e")
    .filter(Boolean)
    .map((entry) => entry.split("\x1f").slice(0, -1));
  return {
    step: step.id ?? step.name ?? String(step.index + 1),
    commands,
    status: result.status,
    stderr: result.stderr,
  };
}

/** The argv entries of a trace that contain a sentinel: each one a leaked secret. */
export function leaks(trace: Trace): string[] {
  return trace.commands
    .filter((argv) => argv.some((arg) => arg.includes("SENTINEL_")))
    .map((argv) => `${trace.step}: ${argv.join(" ")}`);
}
