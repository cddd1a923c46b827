import { existsSync, readFileSync } from "node:fs";
import type { Capability, Tag } from "@aws-sdk/client-cloudformation";
import { InputError, type Inputs, parseKeyValueLines, splitLines } from "../../lib/src/index";
import type { InputName } from "./action-spec";
import type { GateOptions } from "./gate";
import { checkDeclared, type GivenParameters } from "./parameters";
import { checkTemplateSize, readTemplate, type Template } from "./template";

export const CAPABILITIES: readonly Capability[] = [
  "CAPABILITY_IAM",
  "CAPABILITY_NAMED_IAM",
  "CAPABILITY_AUTO_EXPAND",
];
export const COMMENT_MODES = ["true", "changes-only", "false"] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];

/** What the deploy itself needs, whoever calls it. */
export interface DeployOptions {
  stackName: string;
  template: Template;
  parameters: GivenParameters;
  keepPrevious: ReadonlySet<string>;
  capabilities: Capability[];
  tags: Tag[];
  roleArn?: string;
  mode: "deploy" | "preview";
  terminationProtection: boolean;
  timeoutSeconds: number;
  gate: GateOptions;
  changeSetName: string;
  /** Where templates over the inline limit are uploaded (`template-bucket`). */
  templateBucket?: string;
  /** Poll intervals; tests make them small. */
  minDelaySeconds?: number;
  maxDelaySeconds?: number;
}

export interface Options extends DeployOptions {
  comment: CommentMode;
  githubToken?: string;
  /** NoEcho parameter values given in the input, masked in the log before anything runs. */
  secrets: string[];
}

const readIfExists = (path: string) => (existsSync(path) ? readFileSync(path, "utf8") : undefined);

/** `${{ github.token }}`: a default only the runner can evaluate; the root composite passes none. */
const isExpression = (value: string) => /^\$\{\{.*\}\}$/s.test(value);

/**
 * Reads and checks every input; everything a workflow author can get wrong fails here,
 * before any AWS call, with the input named. Defaults come from action.yml (through `inputs`).
 */
export async function readOptions(
  inputs: Inputs<InputName>,
  env: NodeJS.ProcessEnv = process.env,
  now: () => number = Date.now,
): Promise<Options> {
  const stackName = inputs.required("stack-name");
  if (!/^[A-Za-z][-A-Za-z0-9]{0,127}$/.test(stackName)) {
    throw new InputError(
      "stack-name",
      `expected a letter then letters, digits or hyphens (at most 128 characters), got "${stackName}"`,
    );
  }
  const mode = inputs.oneOf("mode", ["deploy", "preview"] as const);
  const comment = inputs.oneOf("comment", COMMENT_MODES);
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
  const timeoutMinutes = inputs.integer("timeout-minutes", { min: 1, max: 360 });
  const terminationProtection = inputs.boolean("termination-protection");
  const template = await readTemplate(inputs.required("template"));
  const templateBucket = inputs.optional("template-bucket");
  checkTemplateSize(template, templateBucket);
  const parameters = await parseParameters(inputs.lines("parameters").join("\n"), readIfExists);
  // Unknown parameter names fail now rather than after the first AWS call.
  checkDeclared(parameters, template.parameters);
  checkKeepPrevious(inputs.list("keep-previous"), template);
  const tags: Tag[] = unique("tags", inputs.keyValues("tags")).map(([Key, Value]) => ({ Key, Value }));
  const secrets = [...parameters.values]
    .filter(([key, value]) => template.parameters.get(key)?.noEcho && value !== "")
    .map(([, value]) => value);
  const token = inputs.optional("github-token");
  const run = [env.GITHUB_RUN_ID, env.GITHUB_RUN_ATTEMPT].filter(Boolean).join("-");
  return {
    stackName,
    template,
    parameters,
    keepPrevious: new Set(inputs.list("keep-previous")),
    capabilities: capabilities as Capability[],
    tags,
    roleArn,
    mode,
    terminationProtection,
    timeoutSeconds: timeoutMinutes * 60,
    gate: { allow: inputs.list("allow-replacement"), statefulTypes: inputs.list("stateful-types") },
    changeSetName: `deploy-stack-${mode}-${run ? `${run}-` : ""}${now().toString(36)}`,
    templateBucket,
    comment,
    githubToken: token === undefined || isExpression(token) ? undefined : inputs.secret("github-token"),
    secrets,
  };
}

/**
 * The `parameters` input: multiline `Key=Value` (value = everything after the first `=`), or
 * one line naming a JSON/YAML file with CloudFormation's `[{ParameterKey, ParameterValue}]`
 * list or a plain `{Key: Value}` map.
 */
export async function parseParameters(
  text: string,
  readFile: (path: string) => string | undefined,
): Promise<GivenParameters> {
  const lines = splitLines(text);
  const only = lines.length === 1 ? lines[0] : undefined;
  if (only !== undefined && (!only.includes("=") || /\.(json|ya?ml)$/i.test(only))) {
    const content = readFile(only);
    if (content === undefined) {
      throw new InputError(
        "parameters",
        `expected Key=Value lines or a path to a JSON/YAML file; ${only} does not exist`,
      );
    }
    // Loaded only when a file is given: its schema library is a large part of start-up time.
    const { parseParameterFile } = await import("./parameter-file");
    return parseParameterFile(only, content);
  }
  const values = new Map<string, string>();
  for (const [key, value] of unique("parameters", parseKeyValueLines("parameters", text)))
    values.set(key, value);
  return { values, usePrevious: new Set() };
}

/** Key=Value lines with a key given twice are a mistake: which one was meant? */
function unique(input: InputName, pairs: Array<[string, string]>): Array<[string, string]> {
  const seen = new Set<string>();
  for (const [key] of pairs) {
    if (seen.has(key)) throw new InputError(input, `"${key}" is given more than once`);
    seen.add(key);
  }
  return pairs;
}

/**
 * A keep-previous name the template does not declare would be ignored, and the parameter it
 * meant (an image, say) would take the given value: a code rollback past the canary.
 */
function checkKeepPrevious(names: readonly string[], template: Template): void {
  for (const name of names) {
    if (!template.parameters.has(name)) {
      const declared = [...template.parameters.keys()];
      throw new InputError(
        "keep-previous",
        `"${name}" is not a parameter of ${template.path} (it declares ${declared.length > 0 ? declared.join(", ") : "none"})`,
      );
    }
  }
}
