import { getOctokit } from "@actions/github";
import type { DeployResult } from "../src/deploy";
import { COMMENT_LIMIT } from "../src/render";
import { postPreviewComment, runUrl, setOutputs, summaryMarkdown } from "../src/publish";
import { STACK_ID } from "./fixtures";
import { FakeGitHub } from "./github-server";

const result = (overrides: Partial<DeployResult> = {}): DeployResult => ({
  stackId: STACK_ID,
  status: "UPDATE_COMPLETE",
  hasChanges: true,
  changeSetId: "arn:aws:cloudformation:us-east-2:123456789012:changeSet/cs/1",
  outputs: { ApiUrl: "https://api.example", status: "an output named like ours" },
  preview: {
    stackName: "app",
    changes: [{ Action: "Add", LogicalResourceId: "Logs", ResourceType: "AWS::Logs::LogGroup" }],
    parameters: [],
    gate: { destructive: [], blocked: [] },
  },
  ...overrides,
});

describe("setOutputs", () => {
  test("sets the action's outputs, then each stack output by name unless the name is taken", () => {
    const set: Record<string, string> = {};
    setOutputs(result(), (name, value) => (set[name] = value));
    expect(set).toEqual({
      "stack-id": STACK_ID,
      status: "UPDATE_COMPLETE",
      "has-changes": "true",
      "change-set-id": "arn:aws:cloudformation:us-east-2:123456789012:changeSet/cs/1",
      outputs: JSON.stringify({ ApiUrl: "https://api.example", status: "an output named like ours" }),
      ApiUrl: "https://api.example",
    });
  });
});

describe("summaryMarkdown", () => {
  test("a failure is stated after the preview", () => {
    const markdown = summaryMarkdown(
      result({ failure: { message: "Stack app ended in UPDATE_ROLLBACK_COMPLETE. Root cause: x" } }),
      "deploy",
    );
    expect(markdown).toMatch(
      /^### `app`: 1 to add[\s\S]*> \[!CAUTION\]\n> \*\*deploy failed\*\*: Stack app ended in UPDATE_ROLLBACK_COMPLETE\. Root cause: x$/,
    );
  });
});

test("runUrl points at the run when the runner says where it is", () => {
  expect(
    runUrl({
      GITHUB_SERVER_URL: "https://github.com",
      GITHUB_REPOSITORY: "family/trip",
      GITHUB_RUN_ID: "42",
    }),
  ).toBe("https://github.com/family/trip/actions/runs/42");
  expect(runUrl({})).toBeUndefined();
});

describe("postPreviewComment", () => {
  const github = new FakeGitHub();
  const target = { owner: "family", repo: "trip", issueNumber: 7 };
  beforeAll(() => github.start());
  afterAll(() => github.stop());
  beforeEach(() => (github.comments = []));
  const octokit = () => getOctokit("ghs_fake", { baseUrl: github.url });

  test("changes-only posts nothing for a stack without changes", async () => {
    const comment = await postPreviewComment(octokit(), target, result({ hasChanges: false }), {
      mode: "changes-only",
      stackName: "app",
      markdown: "### `app`: no changes",
    });
    expect(comment).toEqual({ action: "skipped" });
    expect(github.comments).toEqual([]);
  });

  test("an oversized preview is cut to fit GitHub's limit, marker included", async () => {
    const markdown = Array.from(
      { length: 5000 },
      (_, i) => `| Modify | \`Function${i}\` | AWS::Lambda::Function | False |`,
    ).join("\n");
    await postPreviewComment(octokit(), target, result(), {
      mode: "true",
      stackName: "app",
      markdown,
      runUrl: "https://github.com/family/trip/actions/runs/42",
    });
    const body = github.comments[0]?.body ?? "";
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body.startsWith("<!-- deploy-stack:app -->\n| Modify | `Function0`")).toBe(true);
    expect(body).toMatch(
      /The whole preview is in the \[job summary\]\(https:\/\/github.com\/family\/trip\/actions\/runs\/42\)\.$/,
    );
  });
});
