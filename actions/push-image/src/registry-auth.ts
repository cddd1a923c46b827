import { redact } from "../../lib/src/index";
import { AuthError, errorDetail, RegistryError } from "./registry-transport";

export interface Credentials {
  username: string;
  password: string;
}

export type Challenge =
  { scheme: "none" } | { scheme: "basic" } | { scheme: "bearer"; realm: string; service?: string };

export const basicAuthorization = ({ username, password }: Credentials) =>
  `Basic ${Buffer.from(`${username}:${password}`).toString("base64")}`;

export function parseChallenge(header: string | null): Challenge {
  if (!header) return { scheme: "none" };
  const scheme = header.trim().split(/\s+/)[0]?.toLowerCase();
  const params = Object.fromEntries(
    [...header.matchAll(/([a-zA-Z_]+)="([^"]*)"/g)].map(([, name = "", value = ""]) => [
      name.toLowerCase(),
      value,
    ]),
  );
  if (scheme === "bearer" && params.realm) {
    return { scheme: "bearer", realm: params.realm, ...(params.service ? { service: params.service } : {}) };
  }
  if (scheme === "basic") return { scheme: "basic" };
  return { scheme: "none" };
}

export interface TokenCacheOptions {
  registry: string;
  credentials?: Credentials;
  /** Receives every bearer token obtained, so the runner masks it. */
  mask?: (secret: string) => void;
  /** An unauthenticated request with the client's retries (the token service's own URL). */
  fetch: (url: string, init: RequestInit) => Promise<Response>;
}

/**
 * The `Authorization` header for a challenge: Basic from the credentials, or a Bearer token
 * per scope set from the registry's token service (anonymous without credentials). Tokens are
 * cached as promises, so parallel requests share one token request.
 */
export class TokenCache {
  private readonly tokens = new Map<string, Promise<string>>();

  constructor(private readonly options: TokenCacheOptions) {}

  async authorization(challenge: Challenge | undefined, scopes: string[]): Promise<string | undefined> {
    const { credentials } = this.options;
    switch (challenge?.scheme) {
      case "basic":
        return credentials ? basicAuthorization(credentials) : undefined;
      case "bearer": {
        const key = scopes.join(" ");
        let token = this.tokens.get(key);
        if (!token) {
          token = this.requestToken(challenge, scopes);
          this.tokens.set(key, token);
          // A refused request is not cached: the error goes to every waiter, the next call asks again.
          token.catch(() => this.tokens.delete(key));
        }
        return `Bearer ${await token}`;
      }
      default:
        return undefined;
    }
  }

  /** A token the registry refused (expired, or for another scheme): the next call asks again. */
  forget(scopes: string[]): void {
    this.tokens.delete(scopes.join(" "));
  }

  private async requestToken(
    challenge: { realm: string; service?: string },
    scopes: string[],
  ): Promise<string> {
    const { credentials, registry } = this.options;
    const url = new URL(challenge.realm);
    if (challenge.service) url.searchParams.set("service", challenge.service);
    for (const scope of scopes) url.searchParams.append("scope", scope);
    const response = await this.options.fetch(url.toString(), {
      method: "GET",
      headers: credentials ? { authorization: basicAuthorization(credentials) } : {},
    });
    const who = credentials
      ? `the credentials for user "${credentials.username}"`
      : "an anonymous token request";
    if (response.status === 401 || response.status === 403) {
      await response.body?.cancel();
      throw new AuthError(
        `${registry}'s token service (${redact(challenge.realm)}) refused ${who} (HTTP ${response.status})`,
        response.status,
      );
    }
    if (!response.ok) {
      throw new RegistryError(
        `${registry}'s token service answered HTTP ${response.status}${await errorDetail(response)}`,
        response.status,
      );
    }
    const body = (await response.json()) as { token?: string; access_token?: string };
    const token = body.token ?? body.access_token;
    if (!token) throw new RegistryError(`${registry}'s token service answered without a token`);
    this.options.mask?.(token);
    return token;
  }
}
