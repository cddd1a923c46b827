// `npm run dev-token [email]`: prints an ID token for a family member from the running local
// issuer (the first family member by default), for curl and scripts:
//   curl -H "Authorization: Bearer $(npm run -s dev-token)" http://127.0.0.1:8787/api/messages ...
// It finds the running server by the same PORT variable as `npm start`, and the issuer and
// client id through that server's /config.json.
import { parseConfig } from "@trip/contract";
import { loginWithPassword } from "./dev-token-login";
import { devPassword, familyAccounts } from "./oidc-accounts";

async function main(): Promise<void> {
  const port = process.env.PORT || "8787";
  const base = `http://127.0.0.1:${port}`;
  const email = process.argv[2] ?? familyAccounts()[0]?.email;
  if (!email) throw new Error("the sample trip has no travellers to sign in as");
  let response: Response;
  try {
    response = await fetch(`${base}/config.json`);
  } catch {
    throw new Error(
      `no local server answers on ${base}: start it with "npm start" (or set PORT to where it runs)`,
    );
  }
  if (!response.ok) throw new Error(`${base}/config.json answered HTTP ${response.status}`);
  const config = parseConfig(await response.json());
  const tokens = await loginWithPassword({
    issuer: config.authority,
    clientId: config.clientId,
    redirectUri: config.redirectUri,
    email,
    password: devPassword(),
  });
  process.stdout.write(`${tokens.id_token}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`dev-token: ${(error as Error).message}\n`);
  process.exit(1);
});
