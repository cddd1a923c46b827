import type { Parameter } from "@aws-sdk/client-cloudformation";
import { InputError } from "../../lib/src/index";
import type { TemplateParameter } from "./template";

/** Parameters as the user gave them: values, plus names a file marked `UsePreviousValue`. */
export interface GivenParameters {
  values: Map<string, string>;
  usePrevious: Set<string>;
}

export interface ParameterPlan {
  given: GivenParameters;
  /** The `keep-previous` input. */
  keepPrevious: ReadonlySet<string>;
  declared: ReadonlyMap<string, TemplateParameter>;
  /** Parameter keys the stack has now; undefined when the stack is being created. */
  existing: ReadonlySet<string> | undefined;
}

/** Every given parameter must be declared by the template: CloudFormation would refuse it. */
export function checkDeclared(
  given: GivenParameters,
  declared: ReadonlyMap<string, TemplateParameter>,
): void {
  for (const key of [...given.values.keys(), ...given.usePrevious]) {
    if (!declared.has(key)) {
      const names = [...declared.keys()];
      throw new InputError(
        "parameters",
        `"${key}" is not a parameter of the template (it declares ${names.length > 0 ? names.join(", ") : "none"})`,
      );
    }
  }
}

/**
 * The Parameters of CreateChangeSet. On update, a `keep-previous` parameter and a parameter
 * the stack has but the input does not give keep their previous value (as `aws cloudformation
 * deploy` does); on create every parameter without a Default needs a value.
 */
export function planParameters({ given, keepPrevious, declared, existing }: ParameterPlan): Parameter[] {
  checkDeclared(given, declared);
  const parameters: Parameter[] = [];
  for (const { name, hasDefault } of declared.values()) {
    const value = given.values.get(name);
    const wantsPrevious = keepPrevious.has(name) || given.usePrevious.has(name);
    if (existing?.has(name) && (wantsPrevious || value === undefined)) {
      parameters.push({ ParameterKey: name, UsePreviousValue: true });
    } else if (value !== undefined) {
      parameters.push({ ParameterKey: name, ParameterValue: value });
    } else if (wantsPrevious) {
      const why = existing ? "the stack has no previous value for it" : "the stack is being created";
      throw new InputError("keep-previous", `"${name}" needs a value in parameters: ${why}`);
    } else if (!hasDefault) {
      throw new InputError("parameters", `"${name}" needs a value: the template gives it no Default`);
    }
  }
  return parameters;
}
