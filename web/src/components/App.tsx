import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { UserManager } from "oidc-client-ts";
import { AuthProvider, useAuth } from "react-oidc-context";
import type { WebConfig } from "@trip/contract";
import {
  bearerToken,
  endSession,
  googleSignInArgs,
  memberOf,
  oidcSettings,
  returnPath,
  type ReturnState,
} from "../auth/oidc";
import { apiClient } from "../chat/api";
import { Chat } from "./Chat";
import { SignIn } from "./SignIn";
import { Splash } from "./StatusPages";

export function App({ config }: { config: WebConfig }) {
  const userManager = useMemo(() => new UserManager(oidcSettings(config)), [config]);
  return (
    <AuthProvider
      userManager={userManager}
      onSigninCallback={(user) => window.history.replaceState(null, "", returnPath(user?.state))}
    >
      <Gate config={config} userManager={userManager} />
    </AuthProvider>
  );
}

const here = (): ReturnState => ({ returnTo: window.location.pathname + window.location.search });

function Gate({ config, userManager }: { config: WebConfig; userManager: UserManager }) {
  const auth = useAuth();
  const [expired, setExpired] = useState(false);
  const triedRenew = useRef(false);
  const userRef = useRef(auth.user);
  userRef.current = auth.user;

  // A stored session past its expiry (the tab slept): renew with the refresh token if we can.
  useEffect(() => {
    if (auth.isLoading || auth.isAuthenticated || !auth.user?.expired || triedRenew.current) return;
    triedRenew.current = true;
    userManager.signinSilent().catch(async () => {
      await auth.removeUser();
      setExpired(true);
    });
  }, [auth, userManager]);

  const send = useMemo(
    () => apiClient({ apiUrl: config.apiUrl, token: () => bearerToken(userRef.current) }),
    [config],
  );

  // Straight on the UserManager: going through the context would flag a navigation in
  // progress and unmount the chat that is waiting for this answer.
  const renewToken = useCallback(async () => {
    try {
      return bearerToken(await userManager.signinSilent()) !== undefined;
    } catch {
      return false;
    }
  }, [userManager]);

  const signInAgain = useCallback(() => {
    void userManager.signinRedirect({ state: here() });
  }, [userManager]);

  const signOut = useCallback(
    () =>
      endSession(
        {
          removeUser: () => auth.removeUser(),
          signoutRedirect: () => auth.signoutRedirect(),
          authorizationEndpoint: () => userManager.metadataService.getAuthorizationEndpoint(),
        },
        config,
        (url) => window.location.assign(url),
      ),
    [auth, config, userManager],
  );

  if (auth.activeNavigator === "signoutRedirect") return <Splash text="Signing you out…" />;
  if (auth.isAuthenticated && auth.user) {
    return (
      <Chat
        member={memberOf(auth.user)}
        send={send}
        storage={window.localStorage}
        onSignOut={() => void signOut()}
        renewToken={renewToken}
        signInAgain={signInAgain}
      />
    );
  }
  if (auth.isLoading || auth.activeNavigator) return <Splash text="Signing you in…" />;
  const notice = expired
    ? "Your session has expired. Sign in again to pick up where you left off."
    : auth.error
      ? `Signing in did not work: ${auth.error.message}`
      : undefined;
  return (
    <SignIn
      googleSignIn={config.googleSignIn}
      notice={notice}
      onSignIn={() => void auth.signinRedirect({ state: here() })}
      onGoogle={() => void auth.signinRedirect({ ...googleSignInArgs, state: here() })}
    />
  );
}
