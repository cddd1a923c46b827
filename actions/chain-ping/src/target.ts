import { InputError, type ChainTarget, type Inputs } from "../../lib/src/index";

/** Reads what to check; the token is masked before anything could log it. */
export function readTarget(inputs: Inputs): ChainTarget {
  const apiUrl = inputs.optional("api-url");
  const functionName = inputs.optional("function-name");
  const qualifier = inputs.optional("qualifier") ?? "live";
  const token = inputs.secret("token");
  if (!apiUrl && !functionName) {
    throw new InputError("api-url", "give api-url, function-name, or both: there is nothing to check");
  }
  if (apiUrl) {
    let url: URL | undefined;
    try {
      url = new URL(apiUrl);
    } catch {
      url = undefined;
    }
    if (!url || !["https:", "http:"].includes(url.protocol)) {
      throw new InputError(
        "api-url",
        `expected an http(s) URL such as https://abc123.execute-api.us-east-2.amazonaws.com, got "${apiUrl}"`,
      );
    }
  }
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
