// The web page's runtime configuration, /config.json, so one build serves every environment:
// the pipeline writes it from stack outputs, `npm start` serves it, the page refuses one it
// cannot use. Validated by hand rather than with zod: the page must stay under 100 KiB of
// gzipped JS, and this is the only part of the contract it runs.

export interface WebConfig {
  /** Base URL of the HTTP API; `POST {apiUrl}/api/messages`. */
  apiUrl: string;
  /** OpenID Connect issuer (Cognito: https://cognito-idp.<region>.amazonaws.com/<pool id>). */
  authority: string;
  clientId: string;
  redirectUri: string;
  logoutUri: string;
  googleSignIn: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`config.json is not usable: ${problems.join("; ")}`);
    this.name = "ConfigError";
  }
}

const loopbackHosts = new Set(["localhost", "127.0.0.1", "[::1]"]);

function checkUrl(name: string, value: unknown, problems: string[]): string {
  if (typeof value !== "string" || value.trim() === "") {
    problems.push(`${name}: expected an absolute URL string`);
    return "";
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    problems.push(`${name}: expected an absolute URL, got "${value}"`);
    return "";
  }
  // Tokens travel to and from these addresses: plain http only on this machine.
  const secure = url.protocol === "https:" || (url.protocol === "http:" && loopbackHosts.has(url.hostname));
  if (!secure) problems.push(`${name}: expected an https URL (http only for localhost), got "${value}"`);
  return value;
}

/** The config as the page uses it, or a `ConfigError` naming every unusable field. */
export function parseConfig(input: unknown): WebConfig {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new ConfigError(["expected a JSON object"]);
  }
  const raw = input as Record<string, unknown>;
  const problems: string[] = [];
  const apiUrl = checkUrl("apiUrl", raw.apiUrl, problems);
  const authority = checkUrl("authority", raw.authority, problems);
  const redirectUri = checkUrl("redirectUri", raw.redirectUri, problems);
  const logoutUri = checkUrl("logoutUri", raw.logoutUri, problems);
  const clientId = raw.clientId;
  if (typeof clientId !== "string" || clientId.trim() === "") {
    problems.push("clientId: expected a non-empty string");
  }
  const googleSignIn = raw.googleSignIn ?? false;
  if (typeof googleSignIn !== "boolean") problems.push("googleSignIn: expected true or false");
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    apiUrl: apiUrl.replace(/\/+$/, ""),
    authority: authority.replace(/\/+$/, ""),
    clientId: clientId as string,
    redirectUri,
    logoutUri,
    googleSignIn: googleSignIn as boolean,
  };
}
