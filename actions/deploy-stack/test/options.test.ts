import { join } from "node:path";
import { InputError, Inputs } from "../../lib/src/index";
import { spec } from "../src/action-spec";
import { readOptions } from "../src/options";

const template = join(import.meta.dirname, "fixtures", "app.yaml");
const inputs = (values: Record<string, string>) => new Inputs((name) => values[name] ?? "", spec);
const valid = {
  "stack-name": "app",
  template,
  parameters: "Stage=prod\nImageUri=img@sha256:1\nOpenAiKeyParameter=/trip/prod/openai-key",
  "keep-previous": "ImageUri",
  capabilities: "CAPABILITY_IAM, CAPABILITY_AUTO_EXPAND",
  tags: "project=trip\nowner=family",
  mode: "preview",
  "timeout-minutes": "60",
  "allow-replacement": "Logs\nAWS::S3::Bucket",
  comment: "changes-only",
};

describe("readOptions", () => {
  test("reads every input", async () => {
    const options = await readOptions(
      inputs(valid),
      { GITHUB_RUN_ID: "42", GITHUB_RUN_ATTEMPT: "2" },
      () => 1_700_000_000_000,
    );
    expect(options).toMatchObject({
      stackName: "app",
      mode: "preview",
      capabilities: ["CAPABILITY_IAM", "CAPABILITY_AUTO_EXPAND"],
      tags: [
        { Key: "project", Value: "trip" },
        { Key: "owner", Value: "family" },
      ],
      timeoutSeconds: 3600,
      terminationProtection: false,
      gate: { allow: ["Logs", "AWS::S3::Bucket"], statefulTypes: [] },
      comment: "changes-only",
      changeSetName: "deploy-stack-preview-42-2-loyw3v28",
      // NoEcho values are collected so main masks them before anything is logged.
      secrets: ["/trip/prod/openai-key"],
    });
    expect([...options.keepPrevious]).toEqual(["ImageUri"]);
  });

  test("defaults: deploy mode, CAPABILITY_NAMED_IAM, 30 minutes, comment true", async () => {
    const options = await readOptions(inputs({ "stack-name": "app", template }), {});
    expect(options).toMatchObject({
      mode: "deploy",
      capabilities: ["CAPABILITY_NAMED_IAM"],
      timeoutSeconds: 1800,
      comment: "true",
    });
  });

  test.each([
    [{ mode: "destroy" }, new InputError("mode", 'expected one of deploy, preview, got "destroy"')],
    [
      { capabilities: "CAPABILITY_EVERYTHING" },
      new InputError(
        "capabilities",
        'expected any of CAPABILITY_IAM, CAPABILITY_NAMED_IAM, CAPABILITY_AUTO_EXPAND, got "CAPABILITY_EVERYTHING"',
      ),
    ],
    [
      { template: "templates/missing.yaml" },
      new InputError("template", "expected a path to a template file; templates/missing.yaml does not exist"),
    ],
    [
      { parameters: "Stage=prod\nImageUri" },
      new InputError("parameters", 'line 2 ("ImageUri") is not Key=Value'),
    ],
    [{ parameters: "Stage=prod\nColour=blue" }, /"Colour" is not a parameter of the template/],
    [{ "stack-name": "my_app" }, /Input "stack-name": expected a letter then letters, digits or hyphens/],
    [{ "timeout-minutes": "soon" }, new InputError("timeout-minutes", 'expected a whole number, got "soon"')],
    [
      { comment: "always" },
      new InputError("comment", 'expected one of true, changes-only, false, got "always"'),
    ],
    [{ "role-arn": "cfn-exec" }, /Input "role-arn": expected an IAM role ARN/],
    [
      { "keep-previous": "ImageUrl" },
      new InputError(
        "keep-previous",
        `"ImageUrl" is not a parameter of ${template} (it declares Stage, ImageUri, AllowedOrigins, OpenAiKeyParameter)`,
      ),
    ],
    [
      { parameters: "Stage=prod\nImageUri=img@sha256:1\nStage=dev" },
      new InputError("parameters", '"Stage" is given more than once'),
    ],
    [
      { tags: "project=trip\nowner=family\nproject=other" },
      new InputError("tags", '"project" is given more than once'),
    ],
  ])("bad input %o fails naming it", async (override, expected) => {
    await expect(readOptions(inputs({ ...valid, ...override }), {})).rejects.toThrow(expected);
  });
});
