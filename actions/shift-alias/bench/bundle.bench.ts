// Bundle size and start-up time of shift-alias: what every workflow step pays before its
// first AWS call. Start-up is measured as a full run that fails on bad input, which exits
// right after loading the bundle and reading the inputs.
import { statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { runBundle } from "../../lib/testing/run-bundle";

const bundle = join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "index.js");
const runs = 7;

const size = statSync(bundle).size;
console.log(`bundle: ${(size / 1024 / 1024).toFixed(2)} MiB (${size} bytes)`);

const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const started = performance.now();
  const result = await runBundle(bundle, { "function-name": "trip-api", strategy: "canary 0 0" });
  times.push(performance.now() - started);
  if (result.code !== 1) throw new Error(`expected the bad-input run to fail, got exit code ${result.code}`);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(runs / 2)] ?? 0;
console.log(
  `start-up to first decision (node + bundle + inputs): median ${median.toFixed(0)} ms of ${runs} runs, min ${(times[0] ?? 0).toFixed(0)} ms`,
);
