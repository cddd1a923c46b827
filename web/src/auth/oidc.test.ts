import type { User } from "oidc-client-ts";
import type { WebConfig } from "@trip/contract";
import {
  bearerToken,
  cognitoLogoutUrl,
  endSession,
  isCognito,
  memberOf,
  oidcSettings,
  returnPath,
  type SessionEnder,
} from "./oidc";

const config: WebConfig = {
  apiUrl: "https://api.example.com",
  authority: "https://cognito-idp.us-east-2.amazonaws.com/us-east-2_Abc123",
  clientId: "client-1",
  redirectUri: "https://app.example.com/",
  logoutUri: "https://app.example.com/",
  googleSignIn: false,
};

const profile = (claims: Record<string, unknown>) =>
  ({ profile: { sub: "s-1", ...claims } }) as unknown as User;

describe("oidcSettings", () => {
  it("uses the authorization code flow with silent renewal and no client secret", () => {
    const settings = oidcSettings(config);
    expect(settings).toMatchObject({
      authority: config.authority,
      client_id: "client-1",
      redirect_uri: "https://app.example.com/",
      post_logout_redirect_uri: "https://app.example.com/",
      response_type: "code",
      automaticSilentRenew: true,
    });
    expect(settings.scope?.split(" ")).toEqual(expect.arrayContaining(["openid", "email", "profile"]));
    expect(settings).not.toHaveProperty("client_secret");
  });
});

describe("Cognito sign-out", () => {
  it("recognises a Cognito user pool issuer and nothing else", () => {
    expect(isCognito(config.authority)).toBe(true);
    expect(isCognito("http://127.0.0.1:8788")).toBe(false);
    expect(isCognito("https://cognito-idp.us-east-2.amazonaws.com.evil.example/x")).toBe(false);
  });

  it("builds the hosted-UI logout URL from the authorization endpoint's domain", () => {
    const url = new URL(
      cognitoLogoutUrl(
        "https://trip-prod.auth.us-east-2.amazoncognito.com/oauth2/authorize",
        "client-1",
        "https://app.example.com/",
      ),
    );
    expect(url.origin + url.pathname).toBe("https://trip-prod.auth.us-east-2.amazoncognito.com/logout");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: "client-1",
      logout_uri: "https://app.example.com/",
    });
  });
});

describe("endSession", () => {
  function recorder() {
    const calls: string[] = [];
    const session: SessionEnder = {
      removeUser: async () => void calls.push("removeUser"),
      signoutRedirect: async () => void calls.push("signoutRedirect"),
      authorizationEndpoint: async () => "https://trip.auth.us-east-2.amazoncognito.com/oauth2/authorize",
    };
    return { calls, session, navigate: (url: string) => void calls.push(`navigate ${url}`) };
  }

  it("forgets the tokens, then ends the Cognito session at the hosted UI's /logout", async () => {
    const { calls, session, navigate } = recorder();
    await endSession(session, config, navigate);
    expect(calls).toEqual([
      "removeUser",
      "navigate https://trip.auth.us-east-2.amazoncognito.com/logout?client_id=client-1&logout_uri=https%3A%2F%2Fapp.example.com%2F",
    ]);
  });

  it("uses the standard end-session redirect for other issuers", async () => {
    const { calls, session, navigate } = recorder();
    await endSession(session, { ...config, authority: "http://127.0.0.1:8788" }, navigate);
    expect(calls).toEqual(["signoutRedirect"]);
  });
});

describe("who is signed in", () => {
  it("sends the ID token, which names the family member", () => {
    expect(bearerToken({ id_token: "header.payload.sig" })).toBe("header.payload.sig");
    expect(bearerToken({ id_token: undefined })).toBeUndefined();
    expect(bearerToken(null)).toBeUndefined();
  });

  it("shows the name, else the given name, else the email's local part", () => {
    expect(memberOf(profile({ name: "Maya Brennan", email: "maya@x.com" })).name).toBe("Maya Brennan");
    expect(memberOf(profile({ given_name: "Leo" })).name).toBe("Leo");
    expect(memberOf(profile({ email: "ava@brennan.example.com" }))).toEqual({ sub: "s-1", name: "ava" });
    expect(memberOf(profile({ name: " " })).name).toBe("Family member");
  });
});

describe("returnPath", () => {
  it("returns only same-origin paths from the login round trip", () => {
    expect(returnPath({ returnTo: "/?tab=1" })).toBe("/?tab=1");
    expect(returnPath({ returnTo: "//evil.example/" })).toBe("/");
    expect(returnPath({ returnTo: "https://evil.example/" })).toBe("/");
    expect(returnPath(undefined)).toBe("/");
  });
});
