// Reads CloudFormation YAML into the JSON form CloudFormation itself works on, so templates can
// be checked with aws-cdk-lib/assertions (which only takes JSON). CloudFormation's short-form
// intrinsic tags (!Ref, !Sub, !GetAtt…) become their long forms ({"Ref": …}, {"Fn::Sub": …}).
import { readFileSync } from "node:fs";
import { parseDocument } from "yaml";
import type { ScalarTag, CollectionTag, YAMLMap, YAMLSeq } from "yaml";

export type CfnTemplate = {
  AWSTemplateFormatVersion?: string;
  Description?: string;
  Metadata?: Record<string, unknown>;
  Parameters?: Record<string, Record<string, unknown>>;
  Conditions?: Record<string, unknown>;
  Resources: Record<string, CfnResource>;
  Outputs?: Record<string, Record<string, unknown>>;
} & Record<string, unknown>;

export interface CfnResource {
  Type: string;
  Properties?: Record<string, unknown>;
  Condition?: string;
  DependsOn?: string | string[];
  Metadata?: Record<string, unknown>;
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
}

/** Short-form tag name → long-form key; `!Ref` and `!Condition` keep their bare names. */
const intrinsics: Record<string, string> = {
  Ref: "Ref",
  Condition: "Condition",
  Sub: "Fn::Sub",
  GetAtt: "Fn::GetAtt",
  Join: "Fn::Join",
  Select: "Fn::Select",
  Split: "Fn::Split",
  If: "Fn::If",
  Equals: "Fn::Equals",
  Not: "Fn::Not",
  And: "Fn::And",
  Or: "Fn::Or",
  FindInMap: "Fn::FindInMap",
  Base64: "Fn::Base64",
  Cidr: "Fn::Cidr",
  GetAZs: "Fn::GetAZs",
  ImportValue: "Fn::ImportValue",
  Length: "Fn::Length",
  ToJsonString: "Fn::ToJsonString",
  Transform: "Fn::Transform",
};

/** Tags that only make sense on a scalar: a logical id or condition name. */
const scalarOnly = new Set(["Ref", "Condition"]);

/** `!GetAtt Resource.Attribute.Part` → ["Resource", "Attribute.Part"], as CloudFormation splits it. */
function getAttFromScalar(value: string, onError: (message: string) => void): unknown {
  const dot = value.indexOf(".");
  if (dot <= 0 || dot === value.length - 1) {
    onError(`!GetAtt expects "LogicalId.Attribute", got "${value}"`);
    return value;
  }
  return [value.slice(0, dot), value.slice(dot + 1)];
}

function cfnTags(): (ScalarTag | CollectionTag)[] {
  const tags: (ScalarTag | CollectionTag)[] = [];
  for (const [short, long] of Object.entries(intrinsics)) {
    const tag = `!${short}`;
    tags.push({
      tag,
      identify: () => false,
      resolve: (value: string, onError: (message: string) => void) => ({
        [long]: short === "GetAtt" ? getAttFromScalar(value, onError) : value,
      }),
    });
    for (const collection of ["seq", "map"] as const) {
      tags.push({
        tag,
        collection,
        identify: () => false,
        resolve: (node: YAMLMap.Parsed | YAMLSeq.Parsed, onError: (message: string) => void) => {
          if (scalarOnly.has(short)) onError(`${tag} expects a single name, got a ${collection}`);
          return { [long]: node.toJSON() };
        },
      });
    }
  }
  return tags;
}

const customTags = cfnTags();

export class CfnYamlError extends Error {
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(`${source} is not a valid CloudFormation YAML template: ${problems.join("; ")}`);
    this.name = "CfnYamlError";
  }
}

/** Parses a CloudFormation YAML template; any YAML error or unknown tag throws, naming the line. */
export function parseCfnYaml(text: string, source = "template"): CfnTemplate {
  const doc = parseDocument(text, { customTags, prettyErrors: true, uniqueKeys: true });
  const problems = [...doc.errors, ...doc.warnings].map((e) =>
    (e.message.split("\n")[0] ?? "").replace(/:$/, ""),
  );
  if (problems.length > 0) throw new CfnYamlError(source, problems);
  const template: unknown = doc.toJS({ maxAliasCount: 100 });
  if (typeof template !== "object" || template === null || Array.isArray(template)) {
    throw new CfnYamlError(source, ["expected a mapping at the top level"]);
  }
  const resources = (template as Record<string, unknown>).Resources;
  if (typeof resources !== "object" || resources === null || Array.isArray(resources)) {
    throw new CfnYamlError(source, ["Resources: expected a mapping of logical ids to resources"]);
  }
  return template as CfnTemplate;
}

export function loadCfnYaml(path: string): CfnTemplate {
  return parseCfnYaml(readFileSync(path, "utf8"), path);
}
