import { LambdaClient } from "@aws-sdk/client-lambda";
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkChain } from "../../chain-checks/src/index";
import { awsClientConfig, Inputs } from "../../lib/src/index";
import { runBundle } from "../../lib/testing/run-bundle";
import { spec } from "../src/action-spec";
import { readOptions } from "../src/options";
import { shiftAlias } from "../src/shift";
import { initialState, startFakeLambda } from "./fake-lambda";

const REPO = "123456789012.dkr.ecr.us-east-2.amazonaws.com/trip-api";
const OLD_IMAGE = `${REPO}@sha256:${"1".repeat(64)}`;
const NEW_IMAGE = `${REPO}@sha256:${"2".repeat(64)}`;
const bundle = join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "index.js");

type Fake = Awaited<ReturnType<typeof startFakeLambda>>;
let fake: Fake;

beforeEach(async () => {
  fake = await startFakeLambda(initialState("trip-api", OLD_IMAGE));
});
afterEach(() => fake.close());

test("throttling: the SDK's own retry strategy (from awsClientConfig) retries, and the run completes", async () => {
  const lambda = new LambdaClient({
    ...awsClientConfig("shift-alias", { AWS_REGION: "us-east-2" }),
    endpoint: fake.url,
    credentials: { accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "secret" },
  });
  fake.failNext(/^GET .*\/aliases\/live$/, 429, "TooManyRequestsException", "Rate exceeded");
  fake.failNext(/^PUT .*\/aliases\/live$/, 429, "TooManyRequestsException", "Rate exceeded");
  const options = readOptions(
    new Inputs((name) => ({ "function-name": "trip-api", "image-uri": NEW_IMAGE })[name] ?? "", spec),
  );

  const outcome = await shiftAlias(options, {
    lambda,
    check: (target) => checkChain(target, { lambda, attempts: 1, timeoutSeconds: 5 }),
    sleep: async () => {},
    log: () => {},
    provenance: {},
  });

  expect(outcome.failure).toBeUndefined();
  expect(fake.operations()).toEqual([
    "GetAlias",
    "GetAlias",
    "GetFunction",
    "UpdateFunctionCode",
    "GetFunction",
    "PublishVersion",
    "UpdateAlias",
    "UpdateAlias",
  ]);
  expect(fake.state.alias).toMatchObject({ version: "2", weights: {}, description: "previous=1 deployed=2" });
});

describe("the bundled action", () => {
  test("bad input fails before any AWS call, naming the input", async () => {
    const result = await runBundle(
      bundle,
      { "function-name": "trip-api", "image-uri": NEW_IMAGE, strategy: "canary 150 5" },
      { AWS_ENDPOINT_URL_LAMBDA: fake.url },
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '::error title=shift-alias failed::Input "strategy": percentage must be from 1 to 99, got 150 in "canary 150 5"',
    );
    expect(fake.requests).toEqual([]);
  });

  test("a canary rollout against Lambda's REST API, checked through the public path and the new version", async () => {
    const result = await runBundle(
      bundle,
      {
        "function-name": "trip-api",
        "image-uri": NEW_IMAGE,
        strategy: "canary 10 0",
        "api-url": fake.url,
        "ping-function": "trip-api",
        "check-attempts": "1",
      },
      {
        AWS_ENDPOINT_URL_LAMBDA: fake.url,
        GITHUB_SHA: "c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00",
        GITHUB_RUN_ID: "9",
      },
    );
    expect(result.stdout).not.toContain("::error");
    expect(result.code).toBe(0);
    expect(result.outputs).toEqual({
      "previous-version": "1",
      version: "2",
      "rolled-back": "false",
      changed: "true",
    });
    expect(fake.operations()).toEqual([
      "GetAlias",
      "GetFunction",
      "UpdateFunctionCode",
      "GetFunction",
      "PublishVersion",
      "Invoke",
      "UpdateAlias",
      "Invoke",
      "UpdateAlias",
      "Invoke",
    ]);
    expect(
      fake.requests.filter((r) => r.path.startsWith("/api/")).map((r) => `${r.method} ${r.path}`),
    ).toEqual(["GET /api/health", "POST /api/messages", "GET /api/health", "POST /api/messages"]);
    expect(fake.state.alias).toMatchObject({
      version: "2",
      weights: {},
      description: "previous=1 deployed=2 by c0ffee00c0ff run 9",
    });
    expect(fake.state.versions[1]?.description).toBe(
      `shift-alias: image sha256:${"2".repeat(64)} by c0ffee00c0ff run 9`,
    );
    expect(result.summary).toContain("✅ `trip-api:live`: version 1 → 2");
  });

  test("a broken new version fails its pre-shift check: no traffic moves, the step fails", async () => {
    fake.state.broken.add("2");
    const result = await runBundle(
      bundle,
      {
        "function-name": "trip-api",
        "image-uri": NEW_IMAGE,
        "ping-function": "trip-api",
        "check-attempts": "1",
      },
      { AWS_ENDPOINT_URL_LAMBDA: fake.url },
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /::error title=shift-alias failed::Failed while pre-shift check of version 2: .*version 2 is broken/,
    );
    expect(result.outputs).toEqual({
      "previous-version": "1",
      version: "2",
      "rolled-back": "false",
      changed: "false",
    });
    expect(fake.operations()).not.toContain("UpdateAlias");
    expect(fake.state.alias.version).toBe("1");
  });

  test("cancelled mid-canary (SIGINT from the runner): the alias goes back before the step ends", async () => {
    const child = spawn(process.execPath, [bundle], {
      env: {
        PATH: process.env.PATH,
        AWS_ACCESS_KEY_ID: "AKIAIOSFODNN7EXAMPLE",
        AWS_SECRET_ACCESS_KEY: "secret",
        AWS_REGION: "us-east-2",
        AWS_EC2_METADATA_DISABLED: "true",
        AWS_ENDPOINT_URL_LAMBDA: fake.url,
        "INPUT_FUNCTION-NAME": "trip-api",
        "INPUT_IMAGE-URI": NEW_IMAGE,
        INPUT_STRATEGY: "canary 10 30",
      },
    });
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
    const deadline = Date.now() + 20_000;
    while (fake.state.alias.weights["2"] === undefined && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(fake.state.alias.weights).toEqual({ "2": 0.1 });
    child.kill("SIGINT");

    expect(await exited).toBe(1);
    expect(fake.state.alias).toMatchObject({
      version: "1",
      weights: {},
      description: "Created by the app stack",
    });
    expect(stdout).toContain('Rolled back: alias "live" serves version 1 again');
    expect(stdout).toMatch(
      /::error title=shift-alias failed::Failed while waiting 30 min with 10%25 of traffic on version 2: cancelled by SIGINT/,
    );
  });
});
