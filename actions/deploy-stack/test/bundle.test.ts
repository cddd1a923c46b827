import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runBundle } from "../../lib/testing/run-bundle";
import { FakeCloudFormation } from "./fake-cloudformation";
import { FakeGitHub } from "./github-server";

const bundle = join(import.meta.dirname, "..", "dist", "index.js");
const template = join(import.meta.dirname, "fixtures", "app.yaml");
const parameters =
  "Stage=prod\nImageUri=123456789012.dkr.ecr.us-east-2.amazonaws.com/agent@sha256:1111\nOpenAiKeyParameter=/trip/prod/openai-key";

const cfn = new FakeCloudFormation();
const github = new FakeGitHub();
beforeAll(async () => {
  await cfn.start();
  await github.start();
  cfn.pollsUntilComplete = 1;
});
afterAll(async () => {
  await cfn.stop();
  await github.stop();
});
beforeEach(() => {
  cfn.requests = [];
  cfn.stacks.clear();
});

describe("dist/index.js run as the runner runs it", () => {
  test("bad input fails before any AWS call with one titled annotation", async () => {
    const run = await runBundle(
      bundle,
      { "stack-name": "app", template, mode: "destroy" },
      { AWS_ENDPOINT_URL: cfn.url },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error title=deploy-stack failed::Input "mode": expected one of deploy, preview, got "destroy"',
    );
    expect(cfn.requests).toEqual([]);
  });

  test("an AWS error fails the step naming its code, HTTP status and request id", async () => {
    cfn.rejectChangeSet =
      "Template format error: Unresolved resource dependencies [ApiRole] in the Resources block of the template";
    const run = await runBundle(
      bundle,
      { "stack-name": "app", template, parameters },
      { AWS_ENDPOINT_URL: cfn.url },
    );
    cfn.rejectChangeSet = undefined;
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error title=deploy-stack failed::ValidationError \(HTTP 400, request [0-9a-f-]{36}\): Template format error: Unresolved resource dependencies \[ApiRole\]/,
    );
  });

  test("deploy creates the stack and sets every output, stack outputs by name too", async () => {
    const run = await runBundle(
      bundle,
      {
        "stack-name": "app",
        template,
        parameters,
        "keep-previous": "ImageUri",
        capabilities: "CAPABILITY_NAMED_IAM",
        mode: "deploy",
      },
      { AWS_ENDPOINT_URL: cfn.url },
    );
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.code).toBe(0);
    const stackId = cfn.stacks.get("app")?.id;
    expect(run.outputs).toEqual({
      "stack-id": stackId,
      status: "CREATE_COMPLETE",
      "has-changes": "true",
      "change-set-id": expect.stringMatching(
        /^arn:aws:cloudformation:us-east-2:123456789012:changeSet\/deploy-stack-deploy-/,
      ),
      outputs: JSON.stringify({ ApiUrl: "https://abc123.execute-api.us-east-2.amazonaws.com" }),
      ApiUrl: "https://abc123.execute-api.us-east-2.amazonaws.com",
    });
    expect(cfn.actions()).toEqual([
      "DescribeStacks",
      "CreateChangeSet",
      "DescribeChangeSet",
      "DescribeChangeSet",
      "DescribeStackEvents",
      "ExecuteChangeSet",
      "DescribeStackEvents",
      "DescribeStacks",
      "DescribeStackEvents",
      "DescribeStacks",
    ]);
    const create = cfn.requests.find((r) => r.action === "CreateChangeSet")?.params;
    expect(create).toMatchObject({
      StackName: "app",
      ChangeSetType: "CREATE",
      "Capabilities.member.1": "CAPABILITY_NAMED_IAM",
      "Parameters.member.2.ParameterKey": "ImageUri",
      "Parameters.member.2.ParameterValue": "123456789012.dkr.ecr.us-east-2.amazonaws.com/agent@sha256:1111",
    });
    expect(run.stdout).toMatch(/::group::CREATE app: stack events/);
    expect(run.stdout).toMatch(
      /\[\d+s\] app \(AWS::CloudFormation::Stack\) CREATE_IN_PROGRESS: User Initiated/,
    );
    expect(run.stdout).toMatch(/\[\d+s\] ApiFunction \(AWS::Lambda::Function\) CREATE_COMPLETE/);
    expect(run.summary).toContain("### `app`: 2 to add");
    expect(run.summary).toContain("Stack status: `CREATE_COMPLETE`");
  });

  test("preview on a pull request comments once per stack, updates it on the next push, never executes", async () => {
    const event = join(mkdtempSync(join(tmpdir(), "event-")), "event.json");
    writeFileSync(event, JSON.stringify({ pull_request: { number: 7 } }));
    const env = {
      AWS_ENDPOINT_URL: cfn.url,
      GITHUB_API_URL: github.url,
      GITHUB_EVENT_NAME: "pull_request",
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: "family/trip",
      GITHUB_SERVER_URL: "https://github.com",
      GITHUB_RUN_ID: "42",
    };
    const inputs = {
      "stack-name": "app",
      template,
      parameters,
      mode: "preview",
      "github-token": "ghs_fake",
      comment: "true",
    };
    const first = await runBundle(bundle, inputs, env);
    const second = await runBundle(bundle, inputs, env);
    expect([first.code, second.code]).toEqual([0, 0]);
    expect(first.outputs["has-changes"]).toBe("true");
    expect(cfn.actions()).not.toContain("ExecuteChangeSet");
    expect(cfn.actions().filter((a) => a === "DeleteChangeSet")).toHaveLength(2);
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]?.body).toMatch(/^<!-- deploy-stack:app -->\n### `app`: 2 to add/);
    expect(github.requests.filter((r) => r.startsWith("POST"))).toHaveLength(1);
    expect(github.requests.filter((r) => r.startsWith("PATCH"))).toHaveLength(1);
    expect(first.summary).toContain("| Add | `ApiFunction` | AWS::Lambda::Function |  |");
  });
});
