import { existsSync, readFileSync } from "node:fs";
import type { Capability, Tag } from "@aws-sdk/client-cloudformation";
import { InputError, type Inputs } from "../../lib/src/index";
import type { DeployOptions } from "./deploy";
import { checkTemplateSize } from "./deploy";
import { checkDeclared, parseParameters } from "./parameters";
import { readTemplate } from "./template";

export const CAPABILITIES: readonly Capability[] = [
  "CAPABILITY_IAM",
  "CAPABILITY_NAMED_IAM",
  "CAPABILITY_AUTO_EXPAND",
];
export const COMMENT_MODES = ["true", "changes-only", "false"] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];

export interface ActionOptions extends DeployOptions {
  comment: CommentMode;
  githubToken?: string;
  /** NoEcho parameter values given in the input, masked in the log before anything runs. */
  secrets: string[];
}

const readIfExists = (path: string) => (existsSync(path) ? readFileSync(path, "utf8") : undefined);

/**
 * Reads and checks every input; everything a workflow author can get wrong fails here,
 * before any AWS call, with the input named.
 */
export async function readOptions(
  inputs: Inputs,
  env: NodeJS.ProcessEnv = process.env,
  now: () => number = Date.now,
): Promise<ActionOptions> {
  const stackName = inputs.required("stack-name");
  if (!/^[A-Za-z][-A-Za-z0-9]{0,127}$/.test(stackName)) {
    throw new InputError(
      "stack-name",
      `expected a letter then letters, digits or hyphens (at most 128 characters), got "${stackName}"`,
    );
  }
  const mode = inputs.oneOf("mode", ["deploy", "preview"] as const, "deploy");
  const comment = inputs.oneOf("comment", COMMENT_MODES, "true");
  const capabilities = inputs.list("capabilities");
  for (const capability of capabilities) {
    if (!(CAPABILITIES as readonly string[]).includes(capability)) {
      throw new InputError("capabilities", `expected any of ${CAPABILITIES.join(", ")}, got "${capability}"`);
    }
  }
  const roleArn = inputs.optional("role-arn");
  if (roleArn !== undefined && !/^arn:aws[a-z-]*:iam::\d{12}:role\/.+$/.test(roleArn)) {
    throw new InputError(
      "role-arn",
      `expected an IAM role ARN (arn:aws:iam::123456789012:role/name), got "${roleArn}"`,
    );
  }
  const timeoutMinutes = inputs.integer("timeout-minutes", { fallback: 30, min: 1, max: 360 });
  const terminationProtection = inputs.boolean("termination-protection", false);
  const template = await readTemplate(inputs.required("template"));
  const templateBucket = inputs.optional("template-bucket");
  checkTemplateSize(template, templateBucket);
  const parameters = await parseParameters(inputs.lines("parameters").join("\n"), readIfExists);
  // Unknown parameter names fail now rather than after the first AWS call.
  checkDeclared(parameters, template.parameters);
  const tags: Tag[] = inputs.keyValues("tags").map(([Key, Value]) => ({ Key, Value }));
  const secrets = [...parameters.values]
    .filter(([key, value]) => template.parameters.get(key)?.noEcho && value !== "")
    .map(([, value]) => value);
  const run = [env.GITHUB_RUN_ID, env.GITHUB_RUN_ATTEMPT].filter(Boolean).join("-");
  return {
    stackName,
    template,
    parameters,
    keepPrevious: new Set(inputs.list("keep-previous")),
    capabilities: capabilities.length > 0 ? (capabilities as Capability[]) : ["CAPABILITY_NAMED_IAM"],
    tags,
    roleArn,
    mode,
    terminationProtection,
    timeoutSeconds: timeoutMinutes * 60,
    gate: { allow: inputs.list("allow-replacement"), statefulTypes: inputs.list("stateful-types") },
    changeSetName: `deploy-stack-${mode}-${run ? `${run}-` : ""}${now().toString(36)}`,
    templateBucket,
    comment,
    githubToken: inputs.secret("github-token"),
    secrets,
  };
}
