// Everything `npm start` needs for login: the local issuer, the JWT middleware for the API,
// and the runtime config.json the web page reads — one call, so main.ts stays thin.
import type { Hono, MiddlewareHandler } from "hono";
import type { ApiEnv } from "@trip/api";
import type { WebConfig } from "@trip/contract";
import { jwtAuth } from "./auth-jwt";
import { devPassword, familyAccounts, type FamilyAccount } from "./oidc-accounts";
import { startIssuer, type Issuer } from "./oidc-issuer";

export const LOCAL_CLIENT_ID = "trip-web-local";

export interface LocalAuthOptions {
  /** Where the local server serves the web page and the API, e.g. http://127.0.0.1:8787. */
  appOrigin: string;
  /** 0 picks a free port. */
  issuerPort: number;
  password?: string;
  tokenTtlSeconds?: number;
}

export interface LocalAuth {
  issuer: Issuer;
  auth: MiddlewareHandler<ApiEnv>;
  webConfig: WebConfig;
  accounts: FamilyAccount[];
  password: string;
  close(): Promise<void>;
}

export function webConfigFor(appOrigin: string, issuerUrl: string, clientId = LOCAL_CLIENT_ID): WebConfig {
  return {
    apiUrl: appOrigin,
    authority: issuerUrl,
    clientId,
    redirectUri: `${appOrigin}/`,
    logoutUri: `${appOrigin}/`,
    // There is no Google locally; the button is tested with a config that enables it.
    googleSignIn: false,
  };
}

export async function startLocalAuth(options: LocalAuthOptions): Promise<LocalAuth> {
  const accounts = familyAccounts();
  const password = options.password ?? devPassword();
  const issuer = await startIssuer({
    port: options.issuerPort,
    clientId: LOCAL_CLIENT_ID,
    appOrigins: [options.appOrigin],
    accounts,
    password,
    ...(options.tokenTtlSeconds ? { tokenTtlSeconds: options.tokenTtlSeconds } : {}),
  });
  return {
    issuer,
    auth: jwtAuth({ issuer: issuer.url, audience: [LOCAL_CLIENT_ID] }),
    webConfig: webConfigFor(options.appOrigin, issuer.url),
    accounts,
    password,
    close: () => issuer.close(),
  };
}

export interface LocalLogin {
  /** For `startServer`: starts the issuer once the server knows its own origin. */
  authFor(origin: string): Promise<MiddlewareHandler<ApiEnv>>;
  /** For `startServer`: the runtime /config.json the web page reads. */
  routes(app: Hono): void;
  /** The started issuer and accounts (after `startServer` has returned). */
  started(): LocalAuth;
  close(): Promise<void>;
}

/** Plugs the local issuer into `startServer` ({ authFor, routes }), whatever port it gets. */
export function localLogin(options: Omit<LocalAuthOptions, "appOrigin">): LocalLogin {
  let local: LocalAuth | undefined;
  const started = (): LocalAuth => {
    if (!local) throw new Error("the local issuer has not been started yet");
    return local;
  };
  return {
    async authFor(origin) {
      local = await startLocalAuth({ ...options, appOrigin: origin });
      return local.auth;
    },
    routes(app) {
      app.get("/config.json", (c) => c.json(started().webConfig, 200, { "cache-control": "no-store" }));
    },
    started,
    close: async () => local?.close(),
  };
}

/** The lines `npm start` prints so people can sign in. */
export function describeAccounts({
  issuer,
  accounts,
  password,
}: Pick<LocalAuth, "issuer" | "accounts" | "password">): string {
  const width = Math.max(...accounts.map((a) => a.name.length));
  return [
    `Local OpenID Connect issuer: ${issuer.url}`,
    `Family accounts (password: ${password}):`,
    ...accounts.map((a) => `  ${a.name.padEnd(width)}  ${a.email}`),
    "A token for curl: npm run dev-token [email]",
  ].join("\n");
}
