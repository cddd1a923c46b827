import type { ResourceChange } from "@aws-sdk/client-cloudformation";
import { describeBlocked, evaluateGate } from "../src/gate";
import { UPDATE_CHANGES } from "./fixtures";

const changes = UPDATE_CHANGES.map((c) => c.ResourceChange as ResourceChange);

describe("evaluateGate", () => {
  test("blocks replacing (True or Conditional) and removing stateful resources", () => {
    const verdict = evaluateGate(changes, { statefulTypes: [], allow: [] });
    expect(verdict.blocked).toEqual([
      { logicalId: "Logs", type: "AWS::Logs::LogGroup", effect: "Replace", allowed: false },
      { logicalId: "UserPool", type: "AWS::Cognito::UserPool", effect: "May replace", allowed: false },
      { logicalId: "OldUploads", type: "AWS::S3::Bucket", effect: "Remove", allowed: false },
    ]);
  });

  test("allow-replacement by logical id or by type lifts the block", () => {
    const verdict = evaluateGate(changes, { statefulTypes: [], allow: ["Logs", "AWS::S3::Bucket"] });
    expect(verdict.blocked.map((c) => c.logicalId)).toEqual(["UserPool"]);
    expect(verdict.destructive.filter((c) => c.allowed).map((c) => c.logicalId)).toEqual([
      "Logs",
      "OldUploads",
    ]);
  });

  test("user-listed types are stateful too; stateless replacements pass", () => {
    const replaceFunction: ResourceChange = {
      Action: "Modify",
      LogicalResourceId: "ApiFunction",
      ResourceType: "AWS::Lambda::Function",
      Replacement: "True",
    };
    expect(evaluateGate([replaceFunction], { statefulTypes: [], allow: [] }).blocked).toEqual([]);
    expect(
      evaluateGate([replaceFunction], { statefulTypes: ["AWS::Lambda::Function"], allow: [] }).blocked,
    ).toHaveLength(1);
  });

  test("the message lists what is blocked and how to allow it", () => {
    const { blocked } = evaluateGate(changes, { statefulTypes: [], allow: ["Logs", "UserPool"] });
    expect(describeBlocked(blocked)).toBe(
      "The change set would replace or remove stateful resources: OldUploads (AWS::S3::Bucket): Remove. " +
        "If that is intended, name them (logical id or type) in allow-replacement.",
    );
  });
});
