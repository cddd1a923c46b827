import type { ChainTarget } from "../../chain-checks/src/index";
import type { CheckOptions } from "./options";

/**
 * Which chain checks run when, and what a pass proves. A version number reaches exactly that
 * version; an alias reaches whichever version its routing picks, so a pass through an alias
 * under weighted routing may have been answered by the old version.
 */
export interface CheckPlan {
  /** Before any traffic moves: the new version invoked by number. */
  preShift?: ChainTarget;
  /** After each weight change, the full shift included. */
  during?: ChainTarget;
  /** One line each, for the log and the summary. */
  notes: string[];
}

/** `my-fn` from `my-fn` or `arn:aws:lambda:region:account:function:my-fn`. */
export function functionNameOf(nameOrArn: string): string {
  const match = /:function:([^:]+)$/.exec(nameOrArn);
  return match?.[1] ?? nameOrArn;
}

export function planChecks(
  functionName: string,
  alias: string,
  checks: CheckOptions,
  version: string,
): CheckPlan {
  const { apiUrl, pingFunction, token } = checks;
  const publicPath: ChainTarget = apiUrl ? { apiUrl, ...(token ? { token } : {}) } : {};
  if (!pingFunction) {
    if (!apiUrl) {
      return {
        notes: ["No checks configured (api-url and ping-function are empty): the shift verifies nothing."],
      };
    }
    return {
      during: publicPath,
      notes: [
        "No pre-shift check: api-url reaches the function only through its alias, which sends the new version no traffic yet.",
        `After each step: health, 401 without a token${token ? ", token ping" : ""} through the public API; under weighted routing each request may be served by either version.`,
      ],
    };
  }
  if (functionNameOf(pingFunction) === functionNameOf(functionName)) {
    const direct: ChainTarget = { functionName: pingFunction, qualifier: version };
    return {
      preShift: direct,
      during: { ...publicPath, ...direct },
      notes: [
        `Before the shift: version ${version} invoked directly with an API Gateway event carrying the ping; a pass proves the new code and its frozen configuration answer a real request and reach the agent, before any user does.`,
        `After each step: the same direct invocation of version ${version}${apiUrl ? ", plus the public API (health, 401" + (token ? ", token ping" : "") + ") whose requests may be served by either version while weighted" : ""}.`,
      ],
    };
  }
  return {
    during: { ...publicPath, functionName: pingFunction, qualifier: alias },
    notes: [
      `No pre-shift check: ${pingFunction} reaches ${functionNameOf(functionName)} only through its ${alias} alias, which sends version ${version} no traffic yet.`,
      `After each step: ${pingFunction}:${alias} invoked directly${apiUrl ? " and the public API checked" : ""}; while weighted, a pass may come from the old version (a retried hop can land on either), so only the check at 100% proves version ${version}.`,
    ],
  };
}
