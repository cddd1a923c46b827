import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { CloudFormationClient } from "@aws-sdk/client-cloudformation";
import { S3Client } from "@aws-sdk/client-s3";
import { awsClientConfig } from "../../lib/src/index";
import { describeResource } from "../src/aws-failures";
import { FakeCloudFormation } from "./fake-cloudformation";
import { runMain } from "./main-harness";

// Over HTTP with real SDK clients: the middleware, the SDK's retries and the error shapes are
// all real here (aws-sdk-client-mock replaces `send`, so none of them would run).
const template = join(import.meta.dirname, "fixtures", "app.yaml");
const parameters = "Stage=prod\nImageUri=img@sha256:1\nOpenAiKeyParameter=/trip/prod/openai-key";
const credentials = { accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "secret" };
const fake = new FakeCloudFormation();
beforeAll(async () => {
  await fake.start();
  fake.pollsUntilComplete = 1;
});
afterAll(() => fake.stop());
beforeEach(() => {
  fake.requests = [];
  fake.stacks.clear();
  fake.failures = [];
});

const clientAt = (endpoint: string, maxAttempts = 3) =>
  new CloudFormationClient({
    ...awsClientConfig("deploy-stack", { AWS_REGION: "us-east-2" }),
    maxAttempts,
    endpoint,
    credentials,
  });
const deployInputs = { "stack-name": "app", template, parameters, "timeout-minutes": "1" };

/** A port nothing listens on: taken, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

test("a connection failure names the operation and the stack, not only ECONNREFUSED", async () => {
  const run = await runMain(deployInputs, { cfn: clientAt(`http://127.0.0.1:${await closedPort()}`, 1) });
  expect(run.error?.message).toMatch(
    // (Under Jest the SDK prefixes "AWS SDK error wrapper for": Node's error comes from another realm.)
    /connect ECONNREFUSED 127\.0\.0\.1:\d+ \(CloudFormation DescribeStacks, stack app\)$/,
  );
});

test("an error answer keeps its code, status and request id and gains the operation and stack", async () => {
  fake.rejectChangeSet =
    "Template format error: Unresolved resource dependencies [ApiRole] in the Resources block";
  const run = await runMain(deployInputs, { cfn: clientAt(fake.url) });
  fake.rejectChangeSet = undefined;
  expect(run.error?.message).toMatch(
    /^ValidationError \(HTTP 400, request [0-9a-f-]{36}\): Template format error: .* \(CloudFormation CreateChangeSet, stack app, change set deploy-stack-deploy-[a-z0-9]+\)$/,
  );
});

test("an UpdateTerminationProtection failure says so, and that the stack itself is deployed", async () => {
  fake.failures = [
    {
      action: "UpdateTerminationProtection",
      status: 500,
      code: "InternalFailure",
      message: "An internal error occurred.",
    },
  ];
  const run = await runMain(
    { ...deployInputs, "termination-protection": "true" },
    { cfn: clientAt(fake.url, 1) },
  );
  expect(run.error?.message).toMatch(
    /^Stack app is CREATE_COMPLETE, but enabling its termination protection failed: InternalFailure \(HTTP 500, request [0-9a-f-]{36}\): An internal error occurred\. \(CloudFormation UpdateTerminationProtection, stack app\)\. A re-run sets it/,
  );
  // The stack outputs were still set before the step failed.
  expect(run.outputs.status).toBe("CREATE_COMPLETE");
});

test("ExecuteChangeSet retried by the SDK after a 5xx is the same request (token), not a second execution", async () => {
  // The first attempt starts the execution, then answers 500: the SDK sends it again.
  fake.failures = [
    {
      action: "ExecuteChangeSet",
      status: 500,
      code: "InternalFailure",
      message: "An internal error occurred.",
      afterHandling: true,
    },
  ];
  const run = await runMain(deployInputs, { cfn: clientAt(fake.url) });
  expect(run.error).toBeUndefined();
  expect(run.outputs.status).toBe("CREATE_COMPLETE");
  const executes = fake.requests.filter((r) => r.action === "ExecuteChangeSet");
  expect(executes.map((r) => r.attempt)).toEqual(["attempt=1; max=3", "attempt=2; max=3"]);
  expect(executes[0]?.params.ClientRequestToken).toMatch(/^deploy-stack-[0-9a-f]{40}$/);
  expect(executes[1]?.params).toEqual(executes[0]?.params);
});

test('CreateChangeSet answering "No updates are to be performed." succeeds with has-changes false', async () => {
  const first = await runMain(deployInputs, { cfn: clientAt(fake.url) });
  expect(first.outputs.status).toBe("CREATE_COMPLETE");
  fake.rejectChangeSet = "No updates are to be performed.";
  const again = await runMain(deployInputs, { cfn: clientAt(fake.url) });
  fake.rejectChangeSet = undefined;
  expect(again.error).toBeUndefined();
  expect(again.outputs).toMatchObject({
    "has-changes": "false",
    status: "CREATE_COMPLETE",
    "change-set-id": "",
  });
});

test("S3 failures name the bucket and key too", async () => {
  const s3 = new S3Client({
    region: "us-east-2",
    endpoint: `http://127.0.0.1:${await closedPort()}`,
    credentials,
    maxAttempts: 1,
    forcePathStyle: true,
  });
  const big = join(mkdtempSync(join(tmpdir(), "template-")), "big.yaml");
  writeFileSync(big, `${readFileSync(template, "utf8")}\n# ${"padding ".repeat(7000)}\n`);
  const run = await runMain(
    { ...deployInputs, template: big, "template-bucket": "artifacts" },
    { cfn: clientAt(fake.url), s3 },
  );
  expect(run.error?.message).toMatch(
    /\(S3 PutObject, s3:\/\/artifacts\/deploy-stack\/[0-9a-f]{64}\.template\)$/,
  );
});

test("describeResource names stacks and change sets by name, even from ARNs", () => {
  expect(
    describeResource({
      StackName:
        "arn:aws:cloudformation:us-east-2:123456789012:stack/app/6b6e0e40-ca1b-11f0-9c5e-0a1b2c3d4e5f",
      ChangeSetName: "arn:aws:cloudformation:us-east-2:123456789012:changeSet/deploy-stack-deploy-1/1c2d3e4f",
    }),
  ).toBe("stack app, change set deploy-stack-deploy-1");
  expect(describeResource({ Name: "x" })).toBeUndefined();
});
