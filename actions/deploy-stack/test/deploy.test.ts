import { join } from "node:path";
import {
  CloudFormationClient,
  CloudFormationServiceException,
  CreateChangeSetCommand,
  DeleteChangeSetCommand,
  DeleteStackCommand,
  DescribeChangeSetCommand,
  DescribeStackEventsCommand,
  DescribeStacksCommand,
  ExecuteChangeSetCommand,
  type Stack,
  type StackEvent,
  UpdateTerminationProtectionCommand,
} from "@aws-sdk/client-cloudformation";
import { mockClient } from "aws-sdk-client-mock";
import { WaitAbortedError } from "../../lib/src/index";
import { type DeployDeps, deployStack } from "../src/deploy";
import type { DeployOptions } from "../src/options";
import { executionToken } from "../src/execute";
import { readTemplate, type Template } from "../src/template";
import { CHANGE_SET_ID, FAILED_UPDATE_EVENTS, STACK_ID, UPDATE_CHANGES } from "./fixtures";

const cfn = new CloudFormationClient({
  region: "us-east-2",
  credentials: { accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "secret" },
});
const mock = mockClient(cfn);
let template: Template;
let lines: string[];

beforeAll(async () => {
  template = await readTemplate(join(import.meta.dirname, "fixtures", "app.yaml"));
});
beforeEach(() => {
  mock.reset();
  lines = [];
});

const notFound = () =>
  new CloudFormationServiceException({
    name: "ValidationError",
    $fault: "client",
    message: "Stack with id app does not exist",
    $metadata: { httpStatusCode: 400, requestId: "4f1c2d3e-0000-4a5b-8c9d-0e1f2a3b4c5d" },
  });

const options = (overrides: Partial<DeployOptions> = {}): DeployOptions => ({
  stackName: "app",
  template,
  parameters: {
    values: new Map([
      ["Stage", "prod"],
      ["ImageUri", "123456789012.dkr.ecr.us-east-2.amazonaws.com/agent@sha256:1111"],
      ["OpenAiKeyParameter", "/trip/prod/openai-key"],
    ]),
    usePrevious: new Set(),
  },
  keepPrevious: new Set(["ImageUri"]),
  capabilities: ["CAPABILITY_NAMED_IAM"],
  tags: [{ Key: "project", Value: "trip" }],
  mode: "deploy",
  terminationProtection: false,
  timeoutSeconds: 10,
  gate: { statefulTypes: [], allow: [] },
  changeSetName: "deploy-stack-deploy-7-1-abc",
  minDelaySeconds: 0.01,
  maxDelaySeconds: 0.02,
  ...overrides,
});

const deps = (signal?: AbortSignal): DeployDeps => ({
  cfn,
  log: (line) => lines.push(line),
  group: (_title, body) => body(),
  signal,
});

const stack = (status: string, extra: Partial<Stack> = {}): Stack => ({
  StackName: "app",
  StackId: STACK_ID,
  StackStatus: status as Stack["StackStatus"],
  CreationTime: new Date("2026-11-20T10:00:00Z"),
  ...extra,
});

const existingParameters = [
  { ParameterKey: "Stage", ParameterValue: "dev" },
  {
    ParameterKey: "ImageUri",
    ParameterValue: "123456789012.dkr.ecr.us-east-2.amazonaws.com/agent@sha256:0000",
  },
  { ParameterKey: "AllowedOrigins", ParameterValue: "http://localhost:5173" },
  { ParameterKey: "OpenAiKeyParameter", ParameterValue: "****" },
];
const apiUrl = [{ OutputKey: "ApiUrl", OutputValue: "https://abc123.execute-api.us-east-2.amazonaws.com" }];

/** An existing stack in UPDATE_COMPLETE whose update change set has the given changes and succeeds. */
function existingStackUpdate(changes = UPDATE_CHANGES.slice(0, 1)) {
  mock.on(DescribeStacksCommand, { StackName: "app" }).resolves({
    Stacks: [stack("UPDATE_COMPLETE", { Parameters: existingParameters, Outputs: apiUrl })],
  });
  mock.on(CreateChangeSetCommand).resolves({ Id: CHANGE_SET_ID, StackId: STACK_ID });
  mock
    .on(DescribeChangeSetCommand)
    .resolvesOnce({ Status: "CREATE_IN_PROGRESS" })
    .resolves({ Status: "CREATE_COMPLETE", ExecutionStatus: "AVAILABLE", Changes: changes, Parameters: [] });
  mock.on(DescribeStackEventsCommand).resolves({ StackEvents: [] });
  mock
    .on(DescribeStacksCommand, { StackName: STACK_ID })
    .resolvesOnce({ Stacks: [stack("UPDATE_IN_PROGRESS")] })
    .resolves({ Stacks: [stack("UPDATE_COMPLETE", { Outputs: apiUrl })] });
}

const inputOf = <T>(command: new (...args: never[]) => T, index = 0) =>
  mock.commandCalls(command as never)[index]?.args[0].input;

describe("deployStack", () => {
  test("creates a new stack: CREATE change set, executes it, streams events, returns outputs", async () => {
    mock.on(DescribeStacksCommand, { StackName: "app" }).rejects(notFound());
    mock.on(CreateChangeSetCommand).resolves({ Id: CHANGE_SET_ID, StackId: STACK_ID });
    mock.on(DescribeChangeSetCommand).resolves({
      Status: "CREATE_COMPLETE",
      Changes: [
        {
          Type: "Resource",
          ResourceChange: { Action: "Add", LogicalResourceId: "Logs", ResourceType: "AWS::Logs::LogGroup" },
        },
      ],
    });
    const review = {
      StackId: STACK_ID,
      StackName: "app",
      EventId: "0a1b2c3d-ca1b-11f0-9c5e-0a1b2c3d4e5f",
      LogicalResourceId: "app",
      ResourceType: "AWS::CloudFormation::Stack",
      ResourceStatus: "REVIEW_IN_PROGRESS" as StackEvent["ResourceStatus"],
      Timestamp: new Date(Date.now() - 5_000),
    };
    const created = {
      StackId: STACK_ID,
      StackName: "app",
      EventId: "Logs-CREATE_COMPLETE-x",
      LogicalResourceId: "Logs",
      ResourceType: "AWS::Logs::LogGroup",
      ResourceStatus: "CREATE_COMPLETE" as const,
      Timestamp: new Date(Date.now() + 2_000),
    };
    mock
      .on(DescribeStackEventsCommand)
      .resolvesOnce({ StackEvents: [review] })
      .resolves({ StackEvents: [created, review] });
    mock
      .on(DescribeStacksCommand, { StackName: STACK_ID })
      .resolvesOnce({ Stacks: [stack("CREATE_IN_PROGRESS")] })
      .resolves({ Stacks: [stack("CREATE_COMPLETE", { Outputs: apiUrl })] });

    const result = await deployStack(options(), deps());

    expect(inputOf(CreateChangeSetCommand)).toEqual({
      StackName: "app",
      ChangeSetName: "deploy-stack-deploy-7-1-abc",
      ChangeSetType: "CREATE",
      TemplateBody: template.body,
      Parameters: [
        { ParameterKey: "Stage", ParameterValue: "prod" },
        {
          ParameterKey: "ImageUri",
          ParameterValue: "123456789012.dkr.ecr.us-east-2.amazonaws.com/agent@sha256:1111",
        },
        { ParameterKey: "OpenAiKeyParameter", ParameterValue: "/trip/prod/openai-key" },
      ],
      Capabilities: ["CAPABILITY_NAMED_IAM"],
      Tags: [{ Key: "project", Value: "trip" }],
      Description: "deploy-stack deploy",
    });
    // The token makes the SDK's retry of a 5xx the same request, not a second execution.
    expect(inputOf(ExecuteChangeSetCommand)).toEqual({
      ChangeSetName: CHANGE_SET_ID,
      ClientRequestToken: executionToken(CHANGE_SET_ID),
    });
    expect(result).toMatchObject({
      stackId: STACK_ID,
      status: "CREATE_COMPLETE",
      hasChanges: true,
      changeSetId: CHANGE_SET_ID,
      outputs: { ApiUrl: "https://abc123.execute-api.us-east-2.amazonaws.com" },
    });
    expect(result.failure).toBeUndefined();
    // The REVIEW_IN_PROGRESS event happened before execution: primed away, never printed.
    expect(lines.filter((l) => l.includes("AWS::"))).toEqual([
      expect.stringMatching(/^\[\d+s\] Logs \(AWS::Logs::LogGroup\) CREATE_COMPLETE$/),
    ]);
    expect(mock.commandCalls(UpdateTerminationProtectionCommand)).toHaveLength(0);
  });

  test("updates: keep-previous and parameters not given go as UsePreviousValue without a value", async () => {
    existingStackUpdate();
    const given = {
      values: new Map([
        ["Stage", "prod"],
        ["ImageUri", "img@sha256:new"],
      ]),
      usePrevious: new Set<string>(),
    };
    const result = await deployStack(options({ parameters: given, terminationProtection: true }), deps());
    const input = inputOf(CreateChangeSetCommand) as { ChangeSetType: string; Parameters: unknown[] };
    expect(input.ChangeSetType).toBe("UPDATE");
    expect(input.Parameters).toStrictEqual([
      { ParameterKey: "Stage", ParameterValue: "prod" },
      { ParameterKey: "ImageUri", UsePreviousValue: true },
      { ParameterKey: "AllowedOrigins", UsePreviousValue: true },
      { ParameterKey: "OpenAiKeyParameter", UsePreviousValue: true },
    ]);
    expect(mock.commandCalls(ExecuteChangeSetCommand)).toHaveLength(1);
    expect(inputOf(UpdateTerminationProtectionCommand)).toEqual({
      StackName: STACK_ID,
      EnableTerminationProtection: true,
    });
    expect(result.status).toBe("UPDATE_COMPLETE");
  });

  test("no changes: success, has-changes false, the empty change set is deleted, nothing executes", async () => {
    existingStackUpdate();
    mock.on(DescribeChangeSetCommand).resolves({
      Status: "FAILED",
      StatusReason:
        "The submitted information didn't contain changes. Submit different information to create a change set.",
    });
    const result = await deployStack(options(), deps());
    expect(result).toMatchObject({
      hasChanges: false,
      status: "UPDATE_COMPLETE",
      outputs: { ApiUrl: apiUrl[0]?.OutputValue },
    });
    expect(result.failure).toBeUndefined();
    expect(inputOf(DeleteChangeSetCommand)).toEqual({ ChangeSetName: CHANGE_SET_ID });
    expect(mock.commandCalls(ExecuteChangeSetCommand)).toHaveLength(0);
  });

  test('CreateChangeSet answering "No updates are to be performed." is no change, as emulators answer', async () => {
    existingStackUpdate();
    mock.on(CreateChangeSetCommand).rejects(
      new CloudFormationServiceException({
        name: "ValidationError",
        $fault: "client",
        message: "No updates are to be performed.",
        $metadata: { httpStatusCode: 400, requestId: "7a1c2d3e-0000-4a5b-8c9d-0e1f2a3b4c5d" },
      }),
    );
    const result = await deployStack(options({ terminationProtection: true }), deps());
    expect(result).toMatchObject({ hasChanges: false, status: "UPDATE_COMPLETE", stackId: STACK_ID });
    expect(result.failure).toBeUndefined();
    // No change set exists, so none is described, deleted or executed; protection is still applied.
    const names = mock.calls().map((call) => (call.args[0] as object).constructor.name);
    expect(names.filter((n) => /ChangeSet/.test(n))).toEqual(["CreateChangeSetCommand"]);
    expect(inputOf(UpdateTerminationProtectionCommand)).toEqual({
      StackName: STACK_ID,
      EnableTerminationProtection: true,
    });
  });

  test("two change sets are executed with different tokens", () => {
    const other = CHANGE_SET_ID.replace(/\/[^/]+$/, "/00000000-0000-4000-8000-000000000000");
    expect(executionToken(other)).not.toBe(executionToken(CHANGE_SET_ID));
    expect(executionToken(CHANGE_SET_ID)).toMatch(/^[a-zA-Z][-a-zA-Z0-9]{0,127}$/);
  });

  test("a change set that fails for another reason fails the deploy with that reason", async () => {
    existingStackUpdate();
    mock.on(DescribeChangeSetCommand).resolves({
      Status: "FAILED",
      StatusReason:
        "Template format error: Unresolved resource dependencies [ApiRole] in the Resources block of the template",
    });
    await expect(deployStack(options(), deps())).rejects.toThrow(
      /Unresolved resource dependencies \[ApiRole\]/,
    );
    expect(mock.commandCalls(ExecuteChangeSetCommand)).toHaveLength(0);
  });

  test("ROLLBACK_COMPLETE: deletes the stack, waits, creates it again", async () => {
    const oldId =
      "arn:aws:cloudformation:us-east-2:123456789012:stack/app/00000000-dead-11f0-0000-000000000000";
    mock
      .on(DescribeStacksCommand, { StackName: "app" })
      .resolves({ Stacks: [stack("ROLLBACK_COMPLETE", { StackId: oldId, Parameters: existingParameters })] });
    mock
      .on(DescribeStacksCommand, { StackName: oldId })
      .resolvesOnce({ Stacks: [stack("DELETE_IN_PROGRESS", { StackId: oldId })] })
      .resolves({ Stacks: [stack("DELETE_COMPLETE", { StackId: oldId })] });
    mock.on(CreateChangeSetCommand).resolves({ Id: CHANGE_SET_ID, StackId: STACK_ID });
    mock
      .on(DescribeChangeSetCommand)
      .resolves({ Status: "CREATE_COMPLETE", Changes: UPDATE_CHANGES.slice(3, 4) });
    mock.on(DescribeStackEventsCommand).resolves({ StackEvents: [] });
    mock.on(DescribeStacksCommand, { StackName: STACK_ID }).resolves({ Stacks: [stack("CREATE_COMPLETE")] });

    const result = await deployStack(options(), deps());

    expect(inputOf(DeleteStackCommand)).toEqual({ StackName: oldId });
    const order = mock.calls().map((call) => (call.args[0] as object).constructor.name);
    expect(order.indexOf("DeleteStackCommand")).toBeLessThan(order.indexOf("CreateChangeSetCommand"));
    expect((inputOf(CreateChangeSetCommand) as { ChangeSetType: string }).ChangeSetType).toBe("CREATE");
    expect(lines).toContain(
      "Stack app is in ROLLBACK_COMPLETE: its first create failed and it holds no resources, so it is deleted and created again.",
    );
    expect(result.status).toBe("CREATE_COMPLETE");
  });

  test("REVIEW_IN_PROGRESS: the empty stack is reused with a CREATE change set", async () => {
    mock.on(DescribeStacksCommand, { StackName: "app" }).resolves({ Stacks: [stack("REVIEW_IN_PROGRESS")] });
    mock.on(CreateChangeSetCommand).resolves({ Id: CHANGE_SET_ID, StackId: STACK_ID });
    mock
      .on(DescribeChangeSetCommand)
      .resolves({ Status: "CREATE_COMPLETE", Changes: UPDATE_CHANGES.slice(3, 4) });
    mock.on(DescribeStackEventsCommand).resolves({ StackEvents: [] });
    mock.on(DescribeStacksCommand, { StackName: STACK_ID }).resolves({ Stacks: [stack("CREATE_COMPLETE")] });
    await deployStack(options(), deps());
    expect((inputOf(CreateChangeSetCommand) as { ChangeSetType: string }).ChangeSetType).toBe("CREATE");
    expect(mock.commandCalls(DeleteStackCommand)).toHaveLength(0);
  });

  test("a stack busy with another operation is waited for before the change set is created", async () => {
    existingStackUpdate();
    mock
      .on(DescribeStacksCommand, { StackName: "app" })
      .resolvesOnce({ Stacks: [stack("UPDATE_IN_PROGRESS")] })
      .resolvesOnce({ Stacks: [stack("UPDATE_COMPLETE_CLEANUP_IN_PROGRESS")] })
      .resolves({ Stacks: [stack("UPDATE_COMPLETE", { Parameters: existingParameters })] });
    await deployStack(options(), deps());
    expect(lines[0]).toBe(
      "Stack app is UPDATE_IN_PROGRESS: waiting for that operation to end before starting another",
    );
    const order = mock.calls().map((call) => (call.args[0] as object).constructor.name);
    expect(order.slice(0, 4)).toEqual([
      "DescribeStacksCommand",
      "DescribeStacksCommand",
      "DescribeStacksCommand",
      "CreateChangeSetCommand",
    ]);
  });

  test("the destructive-change gate refuses to execute and lists what would be lost", async () => {
    existingStackUpdate(UPDATE_CHANGES);
    const result = await deployStack(options(), deps());
    expect(mock.commandCalls(ExecuteChangeSetCommand)).toHaveLength(0);
    expect(inputOf(DeleteChangeSetCommand)).toEqual({ ChangeSetName: CHANGE_SET_ID });
    expect(result.failure?.message).toBe(
      "The change set would replace or remove stateful resources: Logs (AWS::Logs::LogGroup): Replace; " +
        "UserPool (AWS::Cognito::UserPool): May replace; OldUploads (AWS::S3::Bucket): Remove. " +
        "If that is intended, name them (logical id or type) in allow-replacement.",
    );
  });

  test("allow-replacement naming every destructive change lets the change set run", async () => {
    existingStackUpdate(UPDATE_CHANGES);
    const allow = ["Logs", "AWS::Cognito::UserPool", "OldUploads"];
    const result = await deployStack(options({ gate: { statefulTypes: [], allow } }), deps());
    expect(result.failure).toBeUndefined();
    expect(mock.commandCalls(ExecuteChangeSetCommand)).toHaveLength(1);
  });

  test("a failed update reports the root cause, not the cancellation cascade", async () => {
    existingStackUpdate();
    mock
      .on(DescribeStackEventsCommand)
      .resolvesOnce({ StackEvents: [] })
      .resolves({
        StackEvents: [...FAILED_UPDATE_EVENTS].reverse().map((e) => ({ ...e, Timestamp: new Date() })),
      });
    mock
      .on(DescribeStacksCommand, { StackName: STACK_ID })
      .resolvesOnce({ Stacks: [stack("UPDATE_ROLLBACK_IN_PROGRESS")] })
      .resolves({ Stacks: [stack("UPDATE_ROLLBACK_COMPLETE", { Outputs: apiUrl })] });
    const result = await deployStack(options(), deps());
    expect(result.status).toBe("UPDATE_ROLLBACK_COMPLETE");
    expect(result.failure?.rootCause?.LogicalResourceId).toBe("ApiRole");
    expect(result.failure?.message).toMatch(
      /^Stack app ended in UPDATE_ROLLBACK_COMPLETE\. Root cause: ApiRole \(AWS::IAM::Role\) UPDATE_FAILED: Resource handler returned message: "Policy arn:aws:iam::aws:policy\/NoSuchPolicy does not exist/,
    );
    // Every event was streamed once, oldest first.
    const printed = lines.filter((l) => l.includes(" (AWS::"));
    expect(printed).toHaveLength(FAILED_UPDATE_EVENTS.length);
    expect(printed[0]).toMatch(/app \(AWS::CloudFormation::Stack\) UPDATE_IN_PROGRESS: User Initiated$/);
  });

  test("timeout stops waiting, says the stack carries on, and never cancels the stack", async () => {
    existingStackUpdate();
    mock
      .on(DescribeStacksCommand, { StackName: STACK_ID })
      .resolves({ Stacks: [stack("UPDATE_IN_PROGRESS")] });
    await expect(deployStack(options({ timeoutSeconds: 1 }), deps())).rejects.toThrow(
      /^Timed out after 1s waiting for stack app to finish its UPDATE\. Only the waiting stopped: the stack operation carries on in CloudFormation\.$/,
    );
    const names = new Set(mock.calls().map((call) => (call.args[0] as object).constructor.name));
    expect(names.has("CancelUpdateStackCommand")).toBe(false);
  });

  test("a time budget shorter than the first poll delay is a timeout, not a waiter configuration error", async () => {
    existingStackUpdate();
    await expect(
      deployStack(options({ timeoutSeconds: 1, minDelaySeconds: 2, maxDelaySeconds: 3 }), deps()),
    ).rejects.toThrow(/^Timed out after 1s waiting for the change set to be created$/);
  });

  test("cancellation through the run() signal stops the wait", async () => {
    existingStackUpdate();
    mock
      .on(DescribeStacksCommand, { StackName: STACK_ID })
      .resolves({ Stacks: [stack("UPDATE_IN_PROGRESS")] });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("cancelled by SIGINT")), 100);
    await expect(deployStack(options(), deps(controller.signal))).rejects.toBeInstanceOf(WaitAbortedError);
  });

  test("preview renders and deletes the change set and never executes it", async () => {
    existingStackUpdate(UPDATE_CHANGES);
    mock.on(DescribeChangeSetCommand).resolves({
      Status: "CREATE_COMPLETE",
      Changes: UPDATE_CHANGES,
      Parameters: [{ ParameterKey: "Stage", ParameterValue: "prod" }],
    });
    const result = await deployStack(options({ mode: "preview" }), deps());
    expect(mock.commandCalls(ExecuteChangeSetCommand)).toHaveLength(0);
    expect(inputOf(DeleteChangeSetCommand)).toEqual({ ChangeSetName: CHANGE_SET_ID });
    expect(result.hasChanges).toBe(true);
    expect(result.failure).toBeUndefined();
    expect(result.preview.changes).toHaveLength(5);
    expect(result.preview.gate.blocked).toHaveLength(3);
    expect(result.preview.parameters).toContainEqual({
      key: "Stage",
      before: "dev",
      after: "prod",
      hidden: false,
    });
  });

  test("preview of a ROLLBACK_COMPLETE stack explains and touches nothing", async () => {
    mock.on(DescribeStacksCommand, { StackName: "app" }).resolves({ Stacks: [stack("ROLLBACK_COMPLETE")] });
    const result = await deployStack(options({ mode: "preview" }), deps());
    expect(result.preview.note).toMatch(/ROLLBACK_COMPLETE/);
    expect(mock.calls().map((call) => (call.args[0] as object).constructor.name)).toEqual([
      "DescribeStacksCommand",
    ]);
  });

  test("a template over 51,200 bytes without template-bucket fails before any AWS call", async () => {
    const big = { ...template, bytes: 51_201 };
    await expect(deployStack(options({ template: big }), deps())).rejects.toThrow(
      /over CloudFormation's 51200-byte limit for inline templates: set template-bucket/,
    );
    expect(mock.calls()).toHaveLength(0);
  });

  test("with template-bucket an oversized template goes by TemplateURL", async () => {
    existingStackUpdate();
    const uploaded: string[] = [];
    const result = await deployStack(
      options({ template: { ...template, bytes: 60_000 }, templateBucket: "artifacts" }),
      {
        ...deps(),
        uploadTemplate: async (bucket) => {
          uploaded.push(bucket);
          return "https://artifacts.s3.us-east-2.amazonaws.com/deploy-stack/abc.template";
        },
      },
    );
    expect(uploaded).toEqual(["artifacts"]);
    const input = inputOf(CreateChangeSetCommand) as Record<string, unknown>;
    expect(input.TemplateURL).toBe("https://artifacts.s3.us-east-2.amazonaws.com/deploy-stack/abc.template");
    expect(input.TemplateBody).toBeUndefined();
    expect(result.failure).toBeUndefined();
  });
});
