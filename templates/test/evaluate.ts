// Resolves what CloudFormation decides from parameters alone: Conditions, Fn::If, AWS::NoValue,
// Ref to parameters and pseudo parameters, and the parameter parts of Fn::Sub. References to
// resources stay symbolic, so tests can still check the wiring between resources.
import type { CfnTemplate } from "./cfn-yaml";

export interface Deployment {
  parameters?: Record<string, string>;
  region?: string;
  accountId?: string;
  partition?: string;
}

const NO_VALUE = Symbol("AWS::NoValue");

export class EvaluationError extends Error {
  override name = "EvaluationError";
}

export function parameterValues(
  template: CfnTemplate,
  given: Record<string, string> = {},
): Record<string, string> {
  const declared = template.Parameters ?? {};
  for (const name of Object.keys(given)) {
    if (!(name in declared)) throw new EvaluationError(`parameter ${name} is not declared by the template`);
  }
  const values: Record<string, string> = {};
  for (const [name, spec] of Object.entries(declared)) {
    const value = given[name] ?? (spec.Default === undefined ? undefined : String(spec.Default));
    if (value === undefined) throw new EvaluationError(`parameter ${name} has no default: give a value`);
    if (typeof spec.AllowedPattern === "string" && !new RegExp(spec.AllowedPattern).test(value)) {
      throw new EvaluationError(`parameter ${name}: "${value}" does not match ${spec.AllowedPattern}`);
    }
    if (Array.isArray(spec.AllowedValues) && !spec.AllowedValues.map(String).includes(value)) {
      throw new EvaluationError(
        `parameter ${name}: "${value}" is not one of ${spec.AllowedValues.join(", ")}`,
      );
    }
    values[name] = value;
  }
  return values;
}

/** Returns the template as CloudFormation would see it for this deployment, with unresolved resource references. */
export function evaluate(template: CfnTemplate, deployment: Deployment = {}): CfnTemplate {
  const params = parameterValues(template, deployment.parameters);
  const pseudo: Record<string, string> = {
    "AWS::Region": deployment.region ?? "us-east-2",
    "AWS::AccountId": deployment.accountId ?? "123456789012",
    "AWS::Partition": deployment.partition ?? "aws",
    "AWS::URLSuffix": "amazonaws.com",
  };
  const known = (name: string): string | undefined => params[name] ?? pseudo[name];
  const conditions = new Map<string, boolean>();

  const condition = (name: string): boolean => {
    const cached = conditions.get(name);
    if (cached !== undefined) return cached;
    const definition = template.Conditions?.[name];
    if (definition === undefined) throw new EvaluationError(`condition ${name} is not declared`);
    const result = truth(definition);
    conditions.set(name, result);
    return result;
  };

  const truth = (node: unknown): boolean => {
    const value = resolve(node);
    if (typeof value === "boolean") return value;
    if (value === "true" || value === "false") return value === "true";
    throw new EvaluationError(`expected a condition, got ${JSON.stringify(node)}`);
  };

  const resolve = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(resolve).filter((item) => item !== NO_VALUE);
    if (node === null || typeof node !== "object") return node;
    const entries = Object.entries(node);
    if (entries.length === 1) {
      const [key, arg] = entries[0] as [string, unknown];
      switch (key) {
        case "Ref": {
          if (arg === "AWS::NoValue") return NO_VALUE;
          const value = known(String(arg));
          return value ?? node;
        }
        case "Condition":
          return condition(String(arg));
        case "Fn::If": {
          const [name, whenTrue, whenFalse] = arg as [string, unknown, unknown];
          return resolve(condition(name) ? whenTrue : whenFalse);
        }
        case "Fn::Equals": {
          const [a, b] = (arg as unknown[]).map(resolve);
          return JSON.stringify(a) === JSON.stringify(b);
        }
        case "Fn::Not":
          return !truth((arg as unknown[])[0]);
        case "Fn::And":
          return (arg as unknown[]).every(truth);
        case "Fn::Or":
          return (arg as unknown[]).some(truth);
        case "Fn::Sub":
          return substitute(arg);
      }
    }
    const out: Record<string, unknown> = {};
    for (const [key, value] of entries) {
      const resolved = resolve(value);
      if (resolved !== NO_VALUE) out[key] = resolved;
    }
    return out;
  };

  const substitute = (arg: unknown): unknown => {
    const [text, variables] =
      typeof arg === "string" ? [arg, {}] : (arg as [string, Record<string, unknown>]);
    const local = resolve(variables) as Record<string, unknown>;
    let unresolved = false;
    const result = text.replace(/\$\{([^}!]+)\}/g, (whole, name: string) => {
      const value = name in local ? local[name] : known(name);
      if (typeof value === "string") return value;
      unresolved = true;
      return whole;
    });
    if (!unresolved) return result;
    return { "Fn::Sub": Object.keys(local).length > 0 ? [result, local] : result };
  };

  const resources: CfnTemplate["Resources"] = {};
  for (const [id, resource] of Object.entries(template.Resources)) {
    if (resource.Condition !== undefined && !condition(resource.Condition)) continue;
    resources[id] = resolve(resource) as CfnTemplate["Resources"][string];
  }
  const outputs: Record<string, Record<string, unknown>> = {};
  for (const [id, output] of Object.entries(template.Outputs ?? {})) {
    if (typeof output.Condition === "string" && !condition(output.Condition)) continue;
    outputs[id] = resolve(output) as Record<string, unknown>;
  }
  return { ...template, Resources: resources, Outputs: outputs };
}
