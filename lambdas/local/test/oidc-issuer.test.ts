import { createApp, InProcessAgentClient } from "@trip/api";
import type { AgentEvent } from "@trip/contract";
import { jwtAuth } from "../src/auth-jwt";
import { LoginError, loginWithPassword } from "../src/dev-token-login";
import { familyAccounts } from "../src/oidc-accounts";
import { startIssuer, type Issuer } from "../src/oidc-issuer";

const appOrigin = "http://127.0.0.1:59999";
const redirectUri = `${appOrigin}/`;
const clientId = "trip-web-local";
const password = "correct horse";
const accounts = familyAccounts();
let issuer: Issuer;

function member(index: number) {
  const account = accounts[index];
  if (!account) throw new Error(`no family member #${index}`);
  return account;
}

beforeAll(async () => {
  issuer = await startIssuer({ port: 0, clientId, appOrigins: [appOrigin], accounts, password });
});
afterAll(() => issuer.close());

const login = (email: string, secret = password) =>
  loginWithPassword({ issuer: issuer.url, clientId, redirectUri, email, password: secret });

function apiWithAuth() {
  const events: AgentEvent[] = [];
  const agent = new InProcessAgentClient(async (event) => {
    events.push(event);
    return { reply: "ok", metadata: { model: "test", offline: true, toolCalls: [], durationMs: 0 } };
  });
  const app = createApp({
    agent,
    version: "test",
    auth: jwtAuth({ issuer: issuer.url, audience: [clientId] }),
    log: () => undefined,
  });
  return { app, events };
}

const ask = (app: ReturnType<typeof apiWithAuth>["app"], authorization?: string) =>
  app.request("/api/messages", {
    method: "POST",
    headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ message: "When is our flight?" }),
  });

it("has the five family members of the sample trip as accounts", () => {
  expect(accounts.map((a) => a.name)).toEqual([
    "Maya Brennan",
    "Daniel Brennan",
    "Leo Brennan",
    "Ava Brennan",
    "Theo Brennan",
  ]);
  expect(new Set(accounts.map((a) => a.email)).size).toBe(5);
});

it("publishes a discovery document for the code flow with PKCE and RP-initiated logout", async () => {
  const discovery = (await (await fetch(`${issuer.url}/.well-known/openid-configuration`)).json()) as Record<
    string,
    unknown
  >;
  expect(discovery).toMatchObject({
    issuer: issuer.url,
    response_types_supported: expect.arrayContaining(["code"]),
    code_challenge_methods_supported: ["S256"],
    end_session_endpoint: `${issuer.url}/session/end`,
  });
});

it("signs a family member in; the API verifies the ID token against the JWKS and knows who asks", async () => {
  const leo = member(2);
  const tokens = await login(leo.email);
  const { app, events } = apiWithAuth();
  const response = await ask(app, `Bearer ${tokens.id_token}`);
  expect(response.status).toBe(200);
  expect(events[0]?.user).toEqual({ sub: leo.sub, name: "Leo Brennan", email: leo.email });
});

it("keeps /api/health open and refuses questions without a valid token", async () => {
  const { app, events } = apiWithAuth();
  expect((await app.request("/api/health")).status).toBe(200);
  const missing = await ask(app);
  expect(missing.status).toBe(401);
  expect(await missing.json()).toMatchObject({
    error: {
      code: "unauthorized",
      message: "Unauthorized: missing bearer token in the Authorization header",
    },
  });
  const tokens = await login(member(0).email);
  const [header, payload] = tokens.id_token.split(".");
  const forged = await ask(app, `Bearer ${header}.${payload}.${"A".repeat(342)}`);
  expect(forged.status).toBe(401);
  expect(events).toHaveLength(0);
});

it("refuses a wrong password and an unknown email", async () => {
  await expect(login(member(0).email, "wrong")).rejects.toThrow(LoginError);
  await expect(login("stranger@example.com")).rejects.toThrow("wrong email or password");
});

it("refuses a redirect URI it does not know", async () => {
  await expect(
    loginWithPassword({
      issuer: issuer.url,
      clientId,
      redirectUri: "http://127.0.0.1:1/",
      email: member(0).email,
      password,
    }),
  ).rejects.toThrow(LoginError);
});

it("renews with the refresh token across origins, as the browser's silent renew does", async () => {
  const tokens = await login(member(3).email);
  expect(tokens.refresh_token).toBeTruthy();
  const response = await fetch(`${issuer.url}/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: appOrigin },
    body: new URLSearchParams({
      grant_type: "refresh_token",
      client_id: clientId,
      refresh_token: tokens.refresh_token ?? "",
    }),
  });
  expect(response.status).toBe(200);
  expect(response.headers.get("access-control-allow-origin")).toBe(appOrigin);
  const renewed = (await response.json()) as { id_token: string };
  const { app } = apiWithAuth();
  expect((await ask(app, `Bearer ${renewed.id_token}`)).status).toBe(200);
});
