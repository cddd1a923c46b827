// Bundle size and start-up time of deploy-stack: from process start to its first AWS call
// (received by a local fake CloudFormation), median of 10 runs. Target: under 300 ms.
import { spawn } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { FakeCloudFormation } from "../test/fake-cloudformation";

const dist = join(import.meta.dirname, "..", "dist");
const template = join(import.meta.dirname, "..", "test", "fixtures", "app.yaml");
const RUNS = 10;
const TARGET_MS = 300;

const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
const files = readdirSync(dist).filter((f) => f.endsWith(".js"));
const sizes = files.map((f) => [f, statSync(join(dist, f)).size] as const);
console.log(
  `bundle: index.js ${kib(statSync(join(dist, "index.js")).size)}; all chunks ${kib(sizes.reduce((sum, [, s]) => sum + s, 0))}`,
);
for (const [file, size] of sizes) console.log(`  ${file}: ${kib(size)}`);

const fake = new FakeCloudFormation();
await fake.start();

/** Time from spawning `args` to the fake's first request. */
async function once(args: string[]): Promise<number> {
  fake.stacks.clear();
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    env: {
      PATH: process.env.PATH,
      "INPUT_STACK-NAME": "app",
      INPUT_TEMPLATE: template,
      INPUT_PARAMETERS: "Stage=prod\nImageUri=img@sha256:1\nOpenAiKeyParameter=/trip/prod/openai-key",
      INPUT_MODE: "deploy",
      AWS_REGION: "us-east-2",
      AWS_ACCESS_KEY_ID: "AKIAIOSFODNN7EXAMPLE",
      AWS_SECRET_ACCESS_KEY: "secret",
      AWS_ENDPOINT_URL: fake.url,
      AWS_EC2_METADATA_DISABLED: "true",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const elapsed = await new Promise<number>((resolve) => {
    fake.onRequest = () => {
      fake.onRequest = undefined;
      resolve(performance.now() - started);
    };
  });
  child.kill();
  await new Promise((resolve) => child.on("close", resolve));
  return elapsed;
}

const median = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return ((sorted[RUNS / 2 - 1] ?? 0) + (sorted[RUNS / 2] ?? 0)) / 2;
};
// The floor on this machine right now: a bare Node process sending one request. The machine
// is shared, so the action's own cost is the difference.
const bare = [
  `fetch(process.env.AWS_ENDPOINT_URL, { method: "POST", body: "Action=DescribeStacks" }).catch(() => {})`,
];
const baseline: number[] = [];
const times: number[] = [];
for (let i = 0; i < RUNS; i++) {
  baseline.push(await once(["-e", ...bare]));
  times.push(await once([join(dist, "index.js")]));
}
await fake.stop();
const action = median(times);
const floor = median(baseline);
console.log(
  `start-up to first AWS call: median ${action.toFixed(0)} ms of ${RUNS} ` +
    `(min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}); target < ${TARGET_MS} ms`,
);
console.log(
  `bare node to first request: median ${floor.toFixed(0)} ms; the action adds ${(action - floor).toFixed(0)} ms`,
);
if (action >= TARGET_MS) console.log(`over target by ${(action - TARGET_MS).toFixed(0)} ms`);
