// Loads the project's templates for tests, and reads IAM policies out of them.
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { Template } from "aws-cdk-lib/assertions";
import { loadCfnYaml } from "./cfn-yaml";
import type { CfnResource, CfnTemplate } from "./cfn-yaml";
import { evaluate } from "./evaluate";
import type { Deployment } from "./evaluate";

export const templateNames = ["bootstrap", "frontend", "app"] as const;
export type TemplateName = (typeof templateNames)[number];

export const templatesDir = fileURLToPath(new URL("..", import.meta.url));
export const templatePath = (name: TemplateName): string => join(templatesDir, `${name}.yaml`);

export function loadTemplate(name: TemplateName): CfnTemplate {
  return loadCfnYaml(templatePath(name));
}

/** The template as deployed with these parameters, ready for aws-cdk-lib/assertions. */
export function deployed(
  name: TemplateName,
  deployment: Deployment = {},
): { json: CfnTemplate; template: Template } {
  const json = evaluate(loadTemplate(name), deployment);
  return { json, template: Template.fromJSON(json) };
}

export interface Statement {
  Sid?: string;
  Effect: "Allow" | "Deny";
  Principal?: unknown;
  Action?: string | string[];
  NotAction?: string | string[];
  Resource?: unknown;
  NotResource?: unknown;
  Condition?: Record<string, Record<string, unknown>>;
}

const asList = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

const policyTypes = new Set([
  "AWS::IAM::Role",
  "AWS::IAM::Policy",
  "AWS::IAM::ManagedPolicy",
  "AWS::S3::BucketPolicy",
]);

/** Every statement of a role's inline policies, or of a bucket/managed policy's document. */
export function statementsOf(resource: CfnResource): Statement[] {
  if (!policyTypes.has(resource.Type)) return [];
  const props = resource.Properties ?? {};
  const documents: unknown[] = [];
  for (const policy of asList(props.Policies as { PolicyDocument: unknown }[] | undefined)) {
    documents.push(policy.PolicyDocument);
  }
  if (props.PolicyDocument !== undefined) documents.push(props.PolicyDocument);
  return documents.flatMap((doc) => asList((doc as { Statement: Statement | Statement[] }).Statement));
}

export function trustStatements(resource: CfnResource): Statement[] {
  const doc = resource.Properties?.AssumeRolePolicyDocument as
    { Statement: Statement | Statement[] } | undefined;
  return asList(doc?.Statement);
}

/** Every resource of the template with an IAM policy, with its statements. */
export function allPolicies(template: CfnTemplate): { id: string; statements: Statement[] }[] {
  return Object.entries(template.Resources)
    .map(([id, resource]) => ({ id, statements: statementsOf(resource) }))
    .filter(({ statements }) => statements.length > 0);
}

export const actionsOf = (statement: Statement): string[] => asList(statement.Action);
export const resourcesOf = (statement: Statement): unknown[] => asList(statement.Resource as unknown);

function wildcard(pattern: string, flags: string): RegExp {
  const regex = pattern
    .split("")
    .map((c) => (c === "*" ? ".*" : c === "?" ? "." : c.replace(/[.+^${}()|[\]\\]/g, "\\$&")))
    .join("");
  return new RegExp(`^${regex}$`, flags);
}

/** IAM action matching: case-insensitive, `*` and `?` wildcards in the policy's pattern. */
export const actionGrants = (pattern: string, action: string): boolean => wildcard(pattern, "i").test(action);

/** IAM resource matching: case-sensitive, `*` and `?` wildcards in the policy's pattern. */
export const arnMatches = (pattern: unknown, arn: string): boolean =>
  typeof pattern === "string" && wildcard(pattern, "").test(arn);

/** Whether any Allow statement grants the action (on any resource). */
export function allows(statements: Statement[], action: string): boolean {
  return statements.some((s) => s.Effect === "Allow" && actionsOf(s).some((p) => actionGrants(p, action)));
}

/** The Allow statements that grant this action. */
export function grantsOf(statements: Statement[], action: string): Statement[] {
  return statements.filter((s) => s.Effect === "Allow" && actionsOf(s).some((p) => actionGrants(p, action)));
}
