import { join } from "node:path";
import {
  CloudFormationClient,
  CloudFormationServiceException,
  CreateChangeSetCommand,
  DeleteChangeSetCommand,
  DescribeChangeSetCommand,
  DescribeStacksCommand,
} from "@aws-sdk/client-cloudformation";
import { mockClient } from "aws-sdk-client-mock";
import { CHANGE_SET_ID, STACK_ID, UPDATE_CHANGES } from "./fixtures";
import { FakeGitHub } from "./github-server";
import { githubAt, runMain } from "./main-harness";

const template = join(import.meta.dirname, "fixtures", "app.yaml");
const parameters = "Stage=prod\nImageUri=img@sha256:1\nOpenAiKeyParameter=/trip/prod/openai-key";
const cfn = new CloudFormationClient({
  region: "us-east-2",
  credentials: { accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "secret" },
});
const mock = mockClient(cfn);
const github = new FakeGitHub();
beforeAll(() => github.start());
afterAll(() => github.stop());
beforeEach(() => {
  mock.reset();
  github.comments = [];
  github.requests = [];
});

function newStackWithChanges() {
  mock.on(DescribeStacksCommand).rejectsOnce(
    new CloudFormationServiceException({
      name: "ValidationError",
      $fault: "client",
      message: "Stack with id app does not exist",
      $metadata: { httpStatusCode: 400 },
    }),
  );
  mock.on(CreateChangeSetCommand).resolves({ Id: CHANGE_SET_ID, StackId: STACK_ID });
  mock
    .on(DescribeChangeSetCommand)
    .resolves({ Status: "CREATE_COMPLETE", Changes: UPDATE_CHANGES.slice(3, 4) });
  mock.on(DescribeStacksCommand).resolves({
    Stacks: [
      { StackName: "app", StackId: STACK_ID, StackStatus: "REVIEW_IN_PROGRESS", CreationTime: new Date() },
    ],
  });
}

describe("main with injected clients", () => {
  test("preview on a pull request: outputs set, sticky comment created, change set deleted", async () => {
    newStackWithChanges();
    const run = await runMain(
      { "stack-name": "app", template, parameters, mode: "preview", "github-token": "ghs_fake" },
      { cfn, github: githubAt(github.url, { pullRequest: 7 }), env: {} },
    );
    expect(run.error).toBeUndefined();
    expect(run.outputs).toMatchObject({ "has-changes": "true", "change-set-id": CHANGE_SET_ID });
    expect(mock.commandCalls(DeleteChangeSetCommand)).toHaveLength(1);
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]?.body).toMatch(/^<!-- deploy-stack:app -->\n### `app`: 1 to add/);
  });

  test("the root composite passes no github-token: action.yml's ${{ github.token }} is not used as a token", async () => {
    newStackWithChanges();
    const run = await runMain(
      { "stack-name": "app", template, parameters, mode: "preview" },
      { cfn, github: githubAt(github.url, { pullRequest: 7 }), env: {} },
    );
    expect(run.error).toBeUndefined();
    expect(run.log).toContain("::warning::No github-token: the preview is in the job summary only");
    expect(github.requests).toEqual([]);
  });

  test("outside a pull request the preview stays in the summary", async () => {
    newStackWithChanges();
    const run = await runMain(
      { "stack-name": "app", template, parameters, mode: "preview", "github-token": "ghs_fake" },
      { cfn, github: githubAt(github.url), env: {} },
    );
    expect(run.error).toBeUndefined();
    expect(run.log).toContain("Not a pull request: the preview is in the job summary only");
    expect(github.requests).toEqual([]);
  });
});
