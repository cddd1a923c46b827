// Shared by the Lambda benchmarks: build a bundle, report its size, and time cold starts
// (process start to handler exported) the way Lambda's Node.js runtime loads it.
import { spawnSync } from "node:child_process";
import { statSync } from "node:fs";
import { loadavg } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

export function buildBundle(workspace: string): string {
  const result = spawnSync("node", ["../build-lambda.mjs"], { cwd: workspace, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`build failed in ${workspace}`);
  return join(workspace, "build", "index.mjs");
}

export function bundleSizeKiB(bundle: string): number {
  return statSync(bundle).size / 1024;
}

/** performance.now() in the child is measured from its process start. */
function timeToReady(script: string, env: NodeJS.ProcessEnv): number {
  const child = spawnSync("node", ["--input-type=module", "-e", script], {
    env: { ...process.env, ...env },
    encoding: "utf8",
  });
  if (child.status !== 0) throw new Error(`cold start failed: ${child.stderr}`);
  return Number(child.stdout.trim().split("\n").at(-1));
}

export function coldStarts(bundle: string, env: NodeJS.ProcessEnv, runs = 10) {
  const url = pathToFileURL(resolve(bundle)).href;
  const ready = `const m = await import(${JSON.stringify(url)}); if (typeof m.handler !== "function") process.exit(2); console.log(performance.now());`;
  const bare = "console.log(performance.now());";
  const handlerReady: number[] = [];
  const nodeOnly: number[] = [];
  for (let i = 0; i < runs; i++) {
    nodeOnly.push(timeToReady(bare, env));
    handlerReady.push(timeToReady(ready, env));
  }
  return { handlerReadyMs: median(handlerReady), nodeBootMs: median(nodeOnly) };
}

export function report(
  name: string,
  sizeKiB: number,
  cold: { handlerReadyMs: number; nodeBootMs: number },
  targetMs: number,
) {
  const ok = cold.handlerReadyMs < targetMs ? "meets" : "MISSES";
  console.log(`${name} bundle: ${sizeKiB.toFixed(0)} KiB (build/index.mjs, minified, source map beside it)`);
  console.log(
    `${name} cold init, process start to handler ready, median of 10: ${cold.handlerReadyMs.toFixed(0)} ms ` +
      `(${ok} the ${targetMs} ms target; bare node start on this machine: ${cold.nodeBootMs.toFixed(0)} ms, ` +
      `load average ${loadavg()[0]?.toFixed(1)})`,
  );
}
