import type { ResourceChange } from "@aws-sdk/client-cloudformation";
import { evaluateGate } from "../src/gate";
import { COMMENT_LIMIT, diffParameters, renderPreview, summaryLine, truncate } from "../src/render";
import { UPDATE_CHANGES } from "./fixtures";

const changes = UPDATE_CHANGES.map((c) => c.ResourceChange as ResourceChange);
const gate = evaluateGate(changes, { statefulTypes: [], allow: ["Logs"] });

describe("renderPreview", () => {
  const markdown = renderPreview({
    stackName: "app",
    changeSetName: "deploy-stack-preview-42-1-abc",
    changeSetType: "UPDATE",
    changes,
    parameters: [
      { key: "Stage", before: "dev", after: "prod", hidden: false },
      { key: "OpenAiKeyParameter", before: undefined, after: undefined, hidden: true },
    ],
    gate,
  });

  test("leads with one summary line counting each action and replacements", () => {
    expect(markdown.split("\n")[0]).toBe("### `app`: 1 to add, 3 to modify (⚠️ 2 replacements), 1 to remove");
  });

  test("the table marks True and Conditional replacements", () => {
    expect(markdown).toContain("| Modify | `Logs` | AWS::Logs::LogGroup | ⚠️ True |");
    expect(markdown).toContain("| Modify | `UserPool` | AWS::Cognito::UserPool | ⚠️ Conditional |");
    expect(markdown).toContain("| Modify | `ApiFunction` | AWS::Lambda::Function | False |");
    expect(markdown).toContain("| Remove | `OldUploads` | AWS::S3::Bucket |  |");
  });

  test("changed properties sit in collapsed details, duplicates merged, causes named", () => {
    expect(markdown).toContain("<details><summary>`Logs`: 1 changed property</summary>");
    expect(markdown).toContain(
      "- `Properties.LogGroupName` · ⚠️ requires recreation: Always · caused by ParameterReference `Stage`",
    );
    expect(markdown).toContain("<details><summary>`ApiFunction`: 2 changed properties</summary>");
  });

  test("the gate verdict shows what deploy will refuse and what is allowed", () => {
    expect(markdown).toMatch(/\[!CAUTION\][\s\S]*`UserPool` \(AWS::Cognito::UserPool\): May replace/);
    expect(markdown).toMatch(/\[!WARNING\][\s\S]*`Logs` \(AWS::Logs::LogGroup\): Replace/);
  });

  test("parameter changes, NoEcho values hidden", () => {
    expect(markdown).toContain("| `Stage` | `dev` | `prod` |");
    expect(markdown).toContain("| `OpenAiKeyParameter` | (NoEcho: hidden) | (new value, hidden) |");
  });

  test("no changes", () => {
    expect(summaryLine([])).toBe("no changes");
  });
});

describe("diffParameters", () => {
  const previous = [
    { ParameterKey: "Stage", ParameterValue: "dev" },
    { ParameterKey: "ImageUri", ParameterValue: "img@sha256:old" },
    { ParameterKey: "OpenAiKeyParameter", ParameterValue: "****" },
  ];

  test("lists changed values, skips kept ones, never shows NoEcho values", () => {
    const diffs = diffParameters(
      previous,
      [
        { ParameterKey: "Stage", ParameterValue: "prod" },
        { ParameterKey: "ImageUri", UsePreviousValue: true },
        { ParameterKey: "OpenAiKeyParameter", ParameterValue: "/trip/prod/openai-key" },
      ],
      [
        { ParameterKey: "Stage", ParameterValue: "prod" },
        { ParameterKey: "ImageUri", ParameterValue: "img@sha256:old" },
        { ParameterKey: "OpenAiKeyParameter", ParameterValue: "****" },
      ],
      new Set(["OpenAiKeyParameter"]),
    );
    expect(diffs).toEqual([
      { key: "Stage", before: "dev", after: "prod", hidden: false },
      { key: "OpenAiKeyParameter", before: undefined, after: undefined, hidden: true },
    ]);
    expect(JSON.stringify(diffs)).not.toContain("openai-key");
  });

  test("a NoEcho parameter kept with UsePreviousValue is not listed", () => {
    const diffs = diffParameters(
      previous,
      [{ ParameterKey: "OpenAiKeyParameter", UsePreviousValue: true }],
      [{ ParameterKey: "OpenAiKeyParameter", ParameterValue: "****" }],
      new Set(["OpenAiKeyParameter"]),
    );
    expect(diffs).toEqual([]);
  });
});

describe("truncate", () => {
  const many: ResourceChange[] = Array.from({ length: 900 }, (_, i) => ({
    Action: "Modify",
    LogicalResourceId: `Function${i}`,
    ResourceType: "AWS::Lambda::Function",
    Replacement: "False",
    Details: Array.from({ length: 3 }, (_, j) => ({
      Target: { Attribute: "Properties", Name: `Property${j}`, RequiresRecreation: "Never" },
      Evaluation: "Static",
      ChangeSource: "DirectModification",
    })),
  }));
  const big = renderPreview({
    stackName: "app",
    changes: many,
    parameters: [],
    gate: { destructive: [], blocked: [] },
  });

  test("fits the comment limit, keeps the summary, closes open details and says where the rest is", () => {
    expect(big.length).toBeGreaterThan(COMMENT_LIMIT);
    const cut = truncate(big, COMMENT_LIMIT, "The whole preview is in the job summary.");
    expect(cut.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(cut.startsWith("### `app`: 900 to modify")).toBe(true);
    expect(cut.match(/<details>/g)?.length).toBe(cut.match(/<\/details>/g)?.length);
    expect(
      cut.endsWith(
        "Truncated: the rest did not fit in a pull-request comment. The whole preview is in the job summary.",
      ),
    ).toBe(true);
  });

  test("leaves short text alone", () => {
    expect(truncate("short", COMMENT_LIMIT, "x")).toBe("short");
  });
});
