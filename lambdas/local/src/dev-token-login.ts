// Signs a family member in to an OpenID Connect issuer without a browser: the same
// authorization-code-with-PKCE round trip the web page makes, driving the issuer's login form
// over plain HTTP. Used by `npm run dev-token` and by tests that need a real token.
import { createHash, randomBytes } from "node:crypto";

export interface PasswordLogin {
  issuer: string;
  clientId: string;
  redirectUri: string;
  email: string;
  password: string;
  fetchFn?: typeof fetch;
}

export interface TokenSet {
  id_token: string;
  access_token: string;
  refresh_token?: string;
  expires_in: number;
  token_type: string;
}

export class LoginError extends Error {
  override name = "LoginError";
}

const base64url = (bytes: Buffer): string => bytes.toString("base64url");

/** Just enough of a cookie jar for one host: the issuer's session and interaction cookies. */
class CookieJar {
  private readonly cookies = new Map<string, string>();

  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some((a) => /^\s*expires=.*1970/i.test(a) || /^\s*max-age=0\s*$/i.test(a));
      if (expired || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

export async function loginWithPassword(login: PasswordLogin): Promise<TokenSet> {
  const { issuer, clientId, redirectUri, email, password, fetchFn = fetch } = login;
  const discovery = await fetchFn(`${issuer.replace(/\/+$/, "")}/.well-known/openid-configuration`);
  if (!discovery.ok)
    throw new LoginError(`${issuer} has no OpenID discovery document (HTTP ${discovery.status})`);
  const { authorization_endpoint: authorize, token_endpoint: tokenEndpoint } =
    (await discovery.json()) as Record<string, string | undefined>;
  if (!authorize || !tokenEndpoint)
    throw new LoginError(`${issuer}'s discovery document lacks the endpoints`);

  const verifier = base64url(randomBytes(32));
  const state = base64url(randomBytes(16));
  const start = new URL(authorize);
  start.search = new URLSearchParams({
    client_id: clientId,
    redirect_uri: redirectUri,
    response_type: "code",
    scope: "openid email profile",
    code_challenge: base64url(createHash("sha256").update(verifier).digest()),
    code_challenge_method: "S256",
    state,
    login_hint: email,
  }).toString();

  const jar = new CookieJar();
  const go = async (url: string, init: RequestInit = {}): Promise<Response> => {
    const response = await fetchFn(url, {
      ...init,
      redirect: "manual",
      headers: { ...(init.headers as Record<string, string>), cookie: jar.header() },
    });
    jar.take(response);
    return response;
  };

  let response = await go(start.toString());
  let submitted = false;
  for (let hop = 0; hop < 10; hop++) {
    const location = response.headers.get("location");
    if (location) {
      const next = new URL(location, response.url || start);
      if (next.toString().startsWith(redirectUri)) {
        const error = next.searchParams.get("error");
        if (error)
          throw new LoginError(
            `the issuer refused the login: ${error} ${next.searchParams.get("error_description") ?? ""}`.trim(),
          );
        if (next.searchParams.get("state") !== state)
          throw new LoginError("the issuer answered with another state");
        return exchange(fetchFn, tokenEndpoint, {
          clientId,
          redirectUri,
          verifier,
          code: next.searchParams.get("code") ?? "",
        });
      }
      response = await go(next.toString());
      continue;
    }
    if (response.status === 200 && !submitted) {
      // The login form: post the credentials back to where the form points.
      const html = await response.text();
      const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
      if (!action) throw new LoginError("the issuer's login page has no form");
      submitted = true;
      response = await go(new URL(action, response.url || start).toString(), {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ email, password }).toString(),
      });
      continue;
    }
    if (response.status === 401) throw new LoginError(`wrong email or password for ${email}`);
    throw new LoginError(`unexpected answer from the issuer: HTTP ${response.status}`);
  }
  throw new LoginError("too many redirects during login");
}

async function exchange(
  fetchFn: typeof fetch,
  tokenEndpoint: string,
  {
    clientId,
    redirectUri,
    verifier,
    code,
  }: { clientId: string; redirectUri: string; verifier: string; code: string },
): Promise<TokenSet> {
  const response = await fetchFn(tokenEndpoint, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "authorization_code",
      client_id: clientId,
      redirect_uri: redirectUri,
      code,
      code_verifier: verifier,
    }).toString(),
  });
  const body = (await response.json()) as TokenSet & { error?: string; error_description?: string };
  if (!response.ok)
    throw new LoginError(
      `token exchange failed: ${body.error ?? response.status} ${body.error_description ?? ""}`.trim(),
    );
  return body;
}
