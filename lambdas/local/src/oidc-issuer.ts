// A real OpenID Connect issuer on 127.0.0.1 standing in for Cognito: authorization code flow
// with PKCE, ID tokens that carry name and email with `aud` = client id (like Cognito's),
// refresh tokens for silent renewal, RP-initiated logout, and a JWKS the API verifies against.
import { randomBytes, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair } from "jose";
import Provider, { type Configuration, type KoaContextWithOIDC } from "oidc-provider";
import type { FamilyAccount } from "./oidc-accounts";
import { errorPage, loginPage, logoutPage, signedOutPage } from "./oidc-pages";

export interface IssuerOptions {
  /** 0 picks a free port. */
  port: number;
  host?: string;
  clientId: string;
  /** Where the web app lives: each gets `<origin>/` as redirect and post-logout URI. */
  appOrigins: string[];
  accounts: FamilyAccount[];
  password: string;
  /** ID and access token lifetime (Cognito's default is one hour). */
  tokenTtlSeconds?: number;
}

export interface Issuer {
  /** The issuer URL (`iss`), also the discovery base. */
  url: string;
  clientId: string;
  close(): Promise<void>;
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let body = "";
  for await (const chunk of req) {
    body += chunk;
    if (body.length > 10_000) throw new Error("form too large");
  }
  return new URLSearchParams(body);
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function send(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
  res.end(html);
}

export async function startIssuer(options: IssuerOptions): Promise<Issuer> {
  const { clientId, accounts, password, host = "127.0.0.1", tokenTtlSeconds = 3600 } = options;
  const server = createServer();
  const port = await listen(server, options.port, host);
  const url = `http://${host}:${port}`;

  const { privateKey } = await generateKeyPair("RS256", { extractable: true });
  const signingKey = {
    ...(await exportJWK(privateKey)),
    kid: `local-${randomBytes(4).toString("hex")}`,
    alg: "RS256",
    use: "sig",
  };
  const byId = new Map(accounts.map((a) => [a.sub, a]));
  const byEmail = new Map(accounts.map((a) => [a.email.toLowerCase(), a]));
  const appUris = options.appOrigins.map((origin) => `${origin.replace(/\/+$/, "")}/`);

  const configuration: Configuration = {
    clients: [
      {
        client_id: clientId,
        client_name: "Trip Assistant (local)",
        token_endpoint_auth_method: "none",
        grant_types: ["authorization_code", "refresh_token"],
        response_types: ["code"],
        redirect_uris: appUris,
        post_logout_redirect_uris: appUris,
      },
    ],
    jwks: { keys: [signingKey] },
    cookies: { keys: [randomBytes(32).toString("hex")] },
    claims: {
      openid: ["sub"],
      email: ["email", "email_verified"],
      profile: ["name", "given_name", "family_name"],
    },
    // Like Cognito: the ID token itself carries the scope's claims (name, email).
    conformIdTokenClaims: false,
    async findAccount(_ctx, sub) {
      const account = byId.get(sub);
      if (!account) return undefined;
      return {
        accountId: sub,
        async claims() {
          return {
            sub,
            email: account.email,
            email_verified: true,
            name: account.name,
            given_name: account.givenName,
            family_name: account.familyName,
          };
        },
      };
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        async logoutSource(ctx, form) {
          ctx.body = logoutPage(form);
        },
        async postLogoutSuccessSource(ctx) {
          ctx.body = signedOutPage();
        },
      },
    },
    // The family app is first party: consent is implied, as with Cognito's hosted UI.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const { oidc } = ctx;
      const clientId = oidc.client?.clientId;
      if (!oidc.session || !clientId) return undefined;
      const grantId = oidc.result?.consent?.grantId || oidc.session.grantIdFor(clientId);
      if (grantId) return oidc.provider.Grant.find(grantId);
      const grant = new oidc.provider.Grant({ clientId, accountId: oidc.session.accountId });
      grant.addOIDCScope("openid email profile");
      await grant.save();
      return grant;
    },
    // Cognito issues a refresh token with every code exchange; so does this issuer.
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed("refresh_token"),
    pkce: { required: () => true },
    // The browser exchanges the code and refreshes cross-origin: allow the app's origins only.
    clientBasedCORS: (_ctx, origin, client) =>
      (client.redirectUris ?? []).some((uri) => new URL(uri).origin === origin),
    ttl: {
      IdToken: tokenTtlSeconds,
      AccessToken: tokenTtlSeconds,
      AuthorizationCode: 300,
      RefreshToken: 30 * 24 * 3600,
      Grant: 30 * 24 * 3600,
      Session: 30 * 24 * 3600,
      Interaction: 3600,
    },
    async renderError(ctx, out) {
      ctx.type = "html";
      ctx.body = errorPage(out);
    },
  };

  const provider = new Provider(url, configuration);
  const oidc = provider.callback();

  async function interaction(req: IncomingMessage, res: ServerResponse, uid: string, submit: boolean) {
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== uid || details.prompt.name !== "login") {
      send(res, 400, errorPage({ error: "invalid_request", error_description: "unexpected interaction" }));
      return;
    }
    const action = `/interaction/${uid}`;
    if (!submit) {
      send(res, 200, loginPage({ action, email: String(details.params.login_hint ?? "") }));
      return;
    }
    const form = await readForm(req);
    const email = (form.get("email") ?? "").trim();
    const account = byEmail.get(email.toLowerCase());
    if (!account || !sameSecret(form.get("password") ?? "", password)) {
      send(
        res,
        401,
        loginPage({ action, email, error: "That email and password do not match a family account." }),
      );
      return;
    }
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: account.sub } },
      { mergeWithLastSubmission: false },
    );
  }

  server.on("request", (req, res) => {
    const uid = /^\/interaction\/([\w-]+)$/.exec(new URL(req.url ?? "/", url).pathname)?.[1];
    if (!uid) return oidc(req, res);
    interaction(req, res, uid, req.method === "POST").catch((error: unknown) => {
      if (!res.headersSent)
        send(
          res,
          400,
          errorPage({ error: "interaction_failed", error_description: (error as Error).message }),
        );
    });
  });

  return {
    url,
    clientId,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
