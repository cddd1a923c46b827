import { loadCfnYaml } from "../../templates/test/cfn-yaml";

export interface TemplateParameter {
  name: string;
  default?: string;
  description?: string;
}

export function templateOutputs(path: string): Set<string> {
  return new Set(Object.keys(loadCfnYaml(path).Outputs ?? {}));
}

export function templateParameters(path: string): TemplateParameter[] {
  return Object.entries(loadCfnYaml(path).Parameters ?? {}).map(([name, spec]) => ({
    name,
    ...(spec.Default !== undefined ? { default: String(spec.Default) } : {}),
    ...(typeof spec.Description === "string" ? { description: spec.Description } : {}),
  }));
}
