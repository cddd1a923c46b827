import { checkFunctionName, type ChainTarget } from "../../chain-checks/src/index";
import { InputError, type Inputs } from "../../lib/src/index";
import type { InputName } from "./action-spec";

export interface Options {
  target: ChainTarget;
  attempts: number;
  timeoutSeconds: number;
}

export const API_URL_EXAMPLE = "https://abc123.execute-api.us-east-2.amazonaws.com";

/** Reads and checks every input; the token is masked before anything could log it. */
export function readOptions(inputs: Inputs<InputName>): Options {
  return {
    target: readTarget(inputs),
    attempts: inputs.integer("attempts", { min: 1, max: 20 }),
    timeoutSeconds: inputs.integer("timeout-seconds", { min: 1, max: 900 }),
  };
}

function readTarget(inputs: Inputs<InputName>): ChainTarget {
  const apiUrl = inputs.url("api-url", API_URL_EXAMPLE);
  const functionName = inputs.optional("function-name");
  const qualifier = inputs.required("qualifier");
  const token = inputs.secret("token");
  if (!apiUrl && !functionName) {
    throw new InputError("api-url", "give api-url, function-name, or both: there is nothing to check");
  }
  if (functionName) checkFunctionName("function-name", functionName);
  if (token && !apiUrl) throw new InputError("token", "is only used with api-url, which is empty");
  if (!/^[A-Za-z0-9$_-]+$/.test(qualifier)) {
    throw new InputError("qualifier", `expected an alias name or version number, got "${qualifier}"`);
  }
  return {
    ...(apiUrl ? { apiUrl } : {}),
    ...(functionName ? { functionName, qualifier } : {}),
    ...(token ? { token } : {}),
  };
}
