import { checkFunctionName } from "../../chain-checks/src/index";
import { InputError, type Inputs } from "../../lib/src/index";
import type { InputName } from "./action-spec";
import { parseStrategy, type Strategy } from "./strategy";

/** What the run rolls out: new image, whatever $LATEST holds, or an existing version. */
export type Target =
  | { kind: "image"; imageUri: string }
  | { kind: "latest" }
  | { kind: "version"; version: string }
  | { kind: "previous" };

export interface CheckOptions {
  apiUrl?: string;
  pingFunction?: string;
  token?: string;
  attempts: number;
  timeoutSeconds: number;
}

export interface ShiftOptions {
  functionName: string;
  alias: string;
  target: Target;
  strategy: Strategy;
  checks: CheckOptions;
  rollbackOnFailure: boolean;
  updateTimeoutSeconds: number;
}

const ALIAS = /^(?!\d+$)[A-Za-z0-9_-]{1,128}$/;
const IMAGE = /^[^\s@/]+\/[^\s@]+(:[\w][\w.-]{0,127}|@sha256:[0-9a-f]{64})$/;

/** Reads and validates every input before any AWS call. */
export function readOptions(inputs: Inputs<InputName>): ShiftOptions {
  const functionName = checkFunctionName("function-name", inputs.required("function-name"));
  const alias = matching(
    inputs.required("alias"),
    "alias",
    ALIAS,
    "an alias name (letters, digits, - and _, not only digits)",
  );
  const imageUri = inputs.optional("image-uri");
  const toVersion = inputs.optional("to-version");
  if (imageUri !== undefined && toVersion !== undefined) {
    throw new InputError(
      "to-version",
      'cannot be combined with "image-uri": roll out new code or move to an existing version, not both',
    );
  }
  const strategy = parseStrategy(inputs.required("strategy"));
  const apiUrl = inputs.url("api-url", "https://abc123.execute-api.us-east-2.amazonaws.com");
  const pingFunction = inputs.optional("ping-function");
  if (pingFunction !== undefined) checkFunctionName("ping-function", pingFunction);
  const token = inputs.secret("ping-token");
  if (token !== undefined && apiUrl === undefined) {
    throw new InputError("ping-token", 'is only used with "api-url", which is empty');
  }
  return {
    functionName,
    alias,
    target: target(imageUri, toVersion),
    strategy,
    checks: {
      ...(apiUrl === undefined ? {} : { apiUrl }),
      ...(pingFunction === undefined ? {} : { pingFunction }),
      ...(token === undefined ? {} : { token }),
      attempts: inputs.integer("check-attempts", { min: 1, max: 20 }),
      timeoutSeconds: inputs.integer("check-timeout-seconds", { min: 1, max: 300 }),
    },
    rollbackOnFailure: inputs.boolean("rollback-on-failure"),
    updateTimeoutSeconds: inputs.integer("update-timeout-minutes", { min: 1, max: 60 }) * 60,
  };
}

function target(imageUri: string | undefined, toVersion: string | undefined): Target {
  if (imageUri !== undefined) {
    matching(
      imageUri,
      "image-uri",
      IMAGE,
      "an image URI with a tag or digest (…/repo:tag or …/repo@sha256:…)",
    );
    return { kind: "image", imageUri };
  }
  if (toVersion === undefined) return { kind: "latest" };
  if (toVersion === "previous") return { kind: "previous" };
  if (/^[1-9]\d*$/.test(toVersion)) return { kind: "version", version: toVersion };
  throw new InputError(
    "to-version",
    `expected a published version number (1, 2, …) or "previous", got "${toVersion}"`,
  );
}

function matching(value: string, input: string, pattern: RegExp, expected: string): string {
  if (!pattern.test(value)) throw new InputError(input, `expected ${expected}, got "${value}"`);
  return value;
}
