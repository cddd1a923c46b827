// Shared by the Lambda benchmarks: build a bundle (with esbuild's metafile), report its size
// and what fills it, and time cold starts the way Lambda's Node.js runtime loads it: process
// start to module evaluated and `handler` exported, beside a bare `node` start measured in
// the same run, the two alternating. The machine is shared: only the difference means much.
import { execFile, spawnSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { loadavg } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";

export const RUNS = 11;

export const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

export function buildBundle(workspace: string): string {
  const result = spawnSync("node", ["../build-lambda.mjs", "--metafile", "build/meta.json"], {
    cwd: workspace,
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error(`build failed in ${workspace}`);
  return join(workspace, "build", "index.mjs");
}

export function bundleSizeKiB(bundle: string): number {
  return statSync(bundle).size / 1024;
}

interface Metafile {
  outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
}

/** Bytes in the bundle per npm package (or `(own source)`), largest first. */
export function contributors(bundle: string, top = 8): Array<[string, number]> {
  const meta = JSON.parse(readFileSync(join(bundle, "..", "meta.json"), "utf8")) as Metafile;
  const output = Object.entries(meta.outputs).find(([file]) => file.endsWith(".mjs"))?.[1];
  const byPackage = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(output?.inputs ?? {})) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
    const name = match ? (match[1] as string) : "(own source)";
    byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
  }
  return [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, top);
}

const run = promisify(execFile);

/** Runs `script` in a fresh Node process; it prints JSON on its last line. */
async function fresh(script: string, env: NodeJS.ProcessEnv): Promise<Record<string, unknown>> {
  const { stdout } = await run("node", ["--input-type=module", "-e", script], {
    env: { PATH: process.env.PATH, ...env },
    encoding: "utf8",
    timeout: 30_000,
  });
  return JSON.parse(stdout.trim().split("\n").at(-1) as string) as Record<string, unknown>;
}

export interface ColdStarts {
  nodeBootMs: number;
  handlerReadyMs: number;
  /** CPU time (user + system, all threads) the import adds: steadier than wall time on a busy machine. */
  cpuAddedMs: number;
  /** Module ready plus the first `after` call (the agent's `__ping__`), when one was given. */
  afterMs?: number;
  /** What the last `after` call returned. */
  afterResult?: unknown;
}

/**
 * Alternating runs of a bare start and the bundle's import. `after` is an expression run once
 * the handler is ready (with `handler` in scope); its time is reported beside the import.
 */
export async function coldStarts(
  bundle: string,
  env: NodeJS.ProcessEnv,
  after?: string,
  runs = RUNS,
): Promise<ColdStarts> {
  const url = pathToFileURL(resolve(bundle)).href;
  const cpu = "(({ user, system }) => (user + system) / 1000)(process.cpuUsage())";
  const bare = `console.log(JSON.stringify({ ready: performance.now(), cpu: ${cpu} }));`;
  const ready = [
    `const { handler } = await import(${JSON.stringify(url)});`,
    `if (typeof handler !== "function") process.exit(2);`,
    `const ready = performance.now(), cpu = ${cpu};`,
    after ? `const result = await (${after});` : "const result = undefined;",
    `console.log(JSON.stringify({ ready, cpu, after: performance.now(), result }));`,
  ].join("\n");
  const boots: number[] = [];
  const readies: number[] = [];
  const bootCpu: number[] = [];
  const readyCpu: number[] = [];
  const afters: number[] = [];
  let afterResult: unknown;
  for (let i = 0; i < runs; i++) {
    const boot = await fresh(bare, env);
    boots.push(boot.ready as number);
    bootCpu.push(boot.cpu as number);
    const timing = await fresh(ready, env);
    readies.push(timing.ready as number);
    readyCpu.push(timing.cpu as number);
    afters.push(timing.after as number);
    afterResult = timing.result;
  }
  return {
    nodeBootMs: median(boots),
    handlerReadyMs: median(readies),
    cpuAddedMs: median(readyCpu) - median(bootCpu),
    ...(after ? { afterMs: median(afters), afterResult } : {}),
  };
}

export function report(name: string, bundle: string, cold: ColdStarts, targetAddedMs: number) {
  const added = cold.handlerReadyMs - cold.nodeBootMs;
  console.log(`${name} bundle: ${bundleSizeKiB(bundle).toFixed(0)} KiB (build/index.mjs, minified)`);
  console.log(
    `  largest parts: ${contributors(bundle)
      .map(([pkg, bytes]) => `${pkg} ${(bytes / 1024).toFixed(0)} KiB`)
      .join(", ")}`,
  );
  console.log(
    `  cold init, process start to handler ready, median of ${RUNS} alternating runs: ` +
      `+${added.toFixed(0)} ms over bare node (${added <= targetAddedMs ? "meets" : "MISSES"} the ` +
      `${targetAddedMs} ms target; bare node ${cold.nodeBootMs.toFixed(0)} ms, with the bundle ` +
      `${cold.handlerReadyMs.toFixed(0)} ms; CPU time added ${cold.cpuAddedMs.toFixed(0)} ms; ` +
      `load average ${loadavg()[0]?.toFixed(1)})`,
  );
}
