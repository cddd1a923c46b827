// Every action's start-up: process start to its first AWS request, received by a local
// endpoint that AWS_ENDPOINT_URL points the SDK at. Reported as time added over a bare Node
// process sending one request, measured in the same run with the runs alternating (the
// machine is shared, so only the difference means anything). Target: at most 150 ms each.
//
// `--compare PATH` runs another action's bundle the same way beside ours, given CloudFormation
// inputs (stack name and template under both our and AWS's input names, plus the defaults of
// an action.yml beside or above the bundle, as the runner would) and reports the ratio against
// deploy-stack, e.g. for AWS's aws-cloudformation-github-deploy `dist/index.js`.
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { parse } from "yaml";
import {
  bareNode,
  FirstRequestServer,
  median,
  timeToFirstRequest,
  type Subject,
  type Timing,
} from "./first-request";

const ROUNDS = 11;
const TARGET_MS = 150;
const actions = join(import.meta.dirname, "..", "..");
const compareFlag = process.argv.indexOf("--compare");
const compare = compareFlag > 0 ? process.argv[compareFlag + 1] : undefined;

const scratch = mkdtempSync(join(tmpdir(), "startup-bench-"));
writeFileSync(join(scratch, "index.mjs"), "export const handler = async () => ({});\n");
writeFileSync(join(scratch, "index.html"), "<!doctype html><title>bench</title>\n");
const template = join(actions, "deploy-stack", "test", "fixtures", "app.yaml");

const aws = {
  AWS_REGION: "us-east-2",
  AWS_ACCESS_KEY_ID: "AKIAIOSFODNN7EXAMPLE",
  AWS_SECRET_ACCESS_KEY: "bench-secret",
  AWS_EC2_METADATA_DISABLED: "true",
};
const action = (name: string, inputs: Record<string, string>): Subject => ({
  name,
  args: [join(actions, name, "dist", "index.js")],
  env: {
    ...aws,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  },
});
const ours = [
  action("chain-ping", { "function-name": "trip-agent" }),
  action("deploy-stack", {
    "stack-name": "app",
    template,
    parameters: "Stage=prod\nImageUri=img@sha256:1\nOpenAiKeyParameter=/trip/prod/openai-key",
    mode: "deploy",
  }),
  action("invalidate-cdn", { "source-dir": scratch, bucket: "trip-web-bench", "distribution-id": "E2BENCH" }),
  action("push-image", {
    "source-dir": scratch,
    repository: "123456789012.dkr.ecr.us-east-2.amazonaws.com/trip-api",
  }),
  action("shift-alias", { "function-name": "trip-api", "to-version": "3" }),
];
/** `INPUT_*` defaults from the action.yml next to the bundle or its parent folder. */
function runnerDefaults(bundle: string): Record<string, string> {
  const yml = [dirname(bundle), dirname(dirname(bundle))]
    .map((dir) => join(dir, "action.yml"))
    .find((file) => existsSync(file));
  if (!yml) return {};
  const inputs = (parse(readFileSync(yml, "utf8")) as { inputs?: Record<string, { default?: unknown }> })
    .inputs;
  return Object.fromEntries(
    Object.entries(inputs ?? {})
      .filter(([, spec]) => spec.default !== undefined)
      .map(([name, spec]) => [`INPUT_${name.toUpperCase()}`, String(spec.default)]),
  );
}
const other: Subject | undefined =
  compare === undefined
    ? undefined
    : {
        name: `compare: ${compare}`,
        args: [resolve(compare)],
        env: {
          ...aws,
          ...runnerDefaults(resolve(compare)),
          GITHUB_WORKSPACE: dirname(template),
          INPUT_NAME: "app",
          "INPUT_STACK-NAME": "app",
          INPUT_TEMPLATE: template,
        },
      };
const subjects = [bareNode, ...ours, ...(other ? [other] : [])];

const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
for (const { name, args } of [...ours, ...(other ? [other] : [])]) {
  const dir = dirname(args[0] as string);
  const js = readdirSync(dir).filter((f) => f.endsWith(".js") || f.endsWith(".cjs"));
  const total = js.reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
  console.log(
    `${name}: index.js ${kib(statSync(args[0] as string).size)}, all ${js.length} .js files ${kib(total)}`,
  );
}

const server = new FirstRequestServer();
await server.start();
const times = new Map(subjects.map((s) => [s, [] as Timing[]]));
for (let round = 0; round < ROUNDS; round++) {
  for (const subject of subjects) times.get(subject)?.push(await timeToFirstRequest(server, subject));
}
await server.stop();

const wall = (subject: Subject) => median((times.get(subject) ?? []).map((t) => t.wallMs));
const cpu = (subject: Subject) => median((times.get(subject) ?? []).map((t) => t.cpuMs));
console.log(
  `\nstart-up to first AWS request, median of ${ROUNDS} alternating runs, load average ${loadavg()[0]?.toFixed(1)}`,
);
console.log(
  `  bare node, one http request: ${wall(bareNode).toFixed(0)} ms (CPU ${cpu(bareNode).toFixed(0)} ms)`,
);
const added = new Map<Subject, number>();
for (const subject of [...ours, ...(other ? [other] : [])]) {
  const value = wall(subject) - wall(bareNode);
  added.set(subject, value);
  const verdict =
    subject === other ? "" : ` (${value <= TARGET_MS ? "meets" : "MISSES"} the ${TARGET_MS} ms target)`;
  console.log(
    `  ${subject.name}: +${value.toFixed(0)} ms over bare node${verdict}; ` +
      `CPU +${(cpu(subject) - cpu(bareNode)).toFixed(0)} ms`,
  );
}
if (other) {
  const deploy = added.get(ours[1] as Subject) ?? NaN;
  const theirs = added.get(other) ?? NaN;
  const cpuRatio = (cpu(ours[1] as Subject) - cpu(bareNode)) / (cpu(other) - cpu(bareNode));
  console.log(
    `  deploy-stack / compared bundle, time added over bare node: ${(deploy / theirs).toFixed(2)} ` +
      `(CPU time added: ${cpuRatio.toFixed(2)})`,
  );
}
