// Everything the page needs to know about the OpenID Connect provider, kept apart from React
// so it is tested without a browser. Cognito and the local issuer differ in one place only:
// Cognito publishes no end_session_endpoint, so sign-out goes to its hosted-UI /logout.
import type { User, UserManagerSettings } from "oidc-client-ts";
import type { WebConfig } from "@trip/contract";

export function oidcSettings(config: WebConfig): UserManagerSettings {
  return {
    authority: config.authority,
    client_id: config.clientId,
    redirect_uri: config.redirectUri,
    post_logout_redirect_uri: config.logoutUri,
    // Authorization code flow; oidc-client-ts always adds PKCE (S256). No client secret.
    response_type: "code",
    scope: "openid email profile",
    // Renews with the refresh token shortly before expiry (Cognito always issues one).
    automaticSilentRenew: true,
    loadUserInfo: false,
  };
}

const cognitoIssuer = /^https:\/\/cognito-idp\.[a-z0-9-]+\.amazonaws\.com\/[\w-]+$/;

export function isCognito(authority: string): boolean {
  return cognitoIssuer.test(authority);
}

/**
 * Cognito's logout endpoint lives on the hosted-UI domain, which is where its discovery
 * document sends the authorization endpoint.
 */
export function cognitoLogoutUrl(authorizationEndpoint: string, clientId: string, logoutUri: string): string {
  const url = new URL("/logout", new URL(authorizationEndpoint).origin);
  url.searchParams.set("client_id", clientId);
  url.searchParams.set("logout_uri", logoutUri);
  return url.toString();
}

export interface SessionEnder {
  removeUser(): Promise<void>;
  /** Standard RP-initiated logout (also forgets the stored user). */
  signoutRedirect(): Promise<void>;
  authorizationEndpoint(): Promise<string>;
}

/** Sign-out: forget the tokens and end the issuer's session, the Cognito way where needed. */
export async function endSession(
  session: SessionEnder,
  config: Pick<WebConfig, "authority" | "clientId" | "logoutUri">,
  navigate: (url: string) => void,
): Promise<void> {
  if (!isCognito(config.authority)) return session.signoutRedirect();
  const authorize = await session.authorizationEndpoint();
  await session.removeUser();
  navigate(cognitoLogoutUrl(authorize, config.clientId, config.logoutUri));
}

export const googleSignInArgs = { extraQueryParams: { identity_provider: "Google" } } as const;

/**
 * The bearer token for the API is the ID token: its `aud` is the client id (which API
 * Gateway's JWT authorizer checks) and, unlike a Cognito access token, it names the family
 * member (name, email).
 */
export function bearerToken(user: Pick<User, "id_token"> | null | undefined): string | undefined {
  return user?.id_token || undefined;
}

export interface Member {
  sub: string;
  name: string;
}

export function memberOf(user: Pick<User, "profile">): Member {
  const { sub, name, given_name: given, email } = user.profile;
  const display = [name, given, email?.split("@")[0]].find((v) => typeof v === "string" && v.trim() !== "");
  return { sub, name: display ?? "Family member" };
}

/** Where to return after the login round trip (kept in the OIDC state, not in the URL). */
export interface ReturnState {
  returnTo: string;
}

export function returnPath(state: unknown): string {
  const returnTo = (state as Partial<ReturnState> | undefined)?.returnTo;
  // Only same-origin paths: the state comes back from the outside world.
  return typeof returnTo === "string" && returnTo.startsWith("/") && !returnTo.startsWith("//")
    ? returnTo
    : "/";
}
