import { parseDocument } from "yaml";
import { z } from "zod";
import { InputError } from "../../lib/src/index";
import type { GivenParameters } from "./parameters";

const scalar = z.union([z.string(), z.number(), z.boolean()]).transform(String);
const cloudFormationList = z.array(
  z.object({
    ParameterKey: z.string().min(1),
    ParameterValue: scalar.optional(),
    UsePreviousValue: z.boolean().optional(),
  }),
);
// CommaDelimitedList and List<...> parameters may be written as YAML lists.
const plainMap = z.record(
  z.string(),
  z.union([scalar, z.array(scalar).transform((items) => items.join(","))]),
);
// CodePipeline's template configuration file wraps the map in "Parameters".
const wrappedMap = z.object({ Parameters: plainMap });

/** A parameters file: CloudFormation's `[{ParameterKey, ParameterValue}]` list or a `{Key: Value}` map. */
export function parseParameterFile(path: string, content: string): GivenParameters {
  const document = parseDocument(content);
  const [firstError] = document.errors;
  if (firstError)
    throw new InputError("parameters", `${path} is not valid JSON or YAML: ${firstError.message}`);
  const data: unknown = document.toJS();
  const values = new Map<string, string>();
  const usePrevious = new Set<string>();
  const list = cloudFormationList.safeParse(data);
  if (list.success) {
    for (const item of list.data) {
      if (values.has(item.ParameterKey) || usePrevious.has(item.ParameterKey)) {
        throw new InputError("parameters", `${path}: "${item.ParameterKey}" is given more than once`);
      }
      if (item.UsePreviousValue) usePrevious.add(item.ParameterKey);
      else if (item.ParameterValue !== undefined) values.set(item.ParameterKey, item.ParameterValue);
      else {
        throw new InputError(
          "parameters",
          `${path}: "${item.ParameterKey}" has neither ParameterValue nor UsePreviousValue`,
        );
      }
    }
    return { values, usePrevious };
  }
  const map = plainMap.safeParse(data);
  const wrapped = map.success ? undefined : wrappedMap.safeParse(data);
  const entries = map.success ? map.data : wrapped?.success ? wrapped.data.Parameters : undefined;
  if (!entries) {
    throw new InputError(
      "parameters",
      `${path}: expected a list of {ParameterKey, ParameterValue} or a map of Key: Value with text, number or boolean values`,
    );
  }
  for (const [key, value] of Object.entries(entries)) values.set(key, value);
  return { values, usePrevious };
}
