import { readFileSync } from "node:fs";
import { parseDocument } from "yaml";

export interface TemplateParameter {
  name: string;
  default?: string;
  description?: string;
}

// CloudFormation short-form tags (!Ref, !Sub, …) only need to parse here, not resolve.
const customTags = [
  "Ref",
  "Sub",
  "GetAtt",
  "If",
  "Equals",
  "Not",
  "And",
  "Or",
  "Join",
  "Select",
  "Split",
  "FindInMap",
  "ImportValue",
  "Base64",
  "Cidr",
  "GetAZs",
  "Condition",
].flatMap((tag) =>
  (["scalar", "seq", "map"] as const).map((collection) => ({
    tag: `!${tag}`,
    collection: collection === "scalar" ? undefined : collection,
    resolve: (value: unknown) => value,
  })),
);

function load(path: string): Record<string, unknown> {
  const doc = parseDocument(readFileSync(path, "utf8"), { customTags: customTags as never });
  return (doc.toJS() ?? {}) as Record<string, unknown>;
}

export function templateOutputs(path: string): Set<string> {
  return new Set(Object.keys((load(path).Outputs as object | undefined) ?? {}));
}

export function templateParameters(path: string): TemplateParameter[] {
  const parameters = (load(path).Parameters ?? {}) as Record<string, Record<string, unknown>>;
  return Object.entries(parameters).map(([name, spec]) => ({
    name,
    ...(spec.Default !== undefined ? { default: String(spec.Default) } : {}),
    ...(typeof spec.Description === "string" ? { description: spec.Description } : {}),
  }));
}
