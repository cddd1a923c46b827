// `npm start`: the whole chat on one machine. Port from PORT (default 8787).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { appVersion } from "@trip/contract";
import { createLocalAgent } from "./local-agent";
import { describeAccounts, localLogin } from "./oidc-local";
import { DEFAULT_PORT, startServer } from "./server";

function portFromEnv(value: string | undefined): number {
  if (value === undefined || value === "") return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`PORT is "${value}": expected a whole number from 0 to 65535`);
  }
  return port;
}

// Run from source there is no bundle-time version; the checkout's commit stands in.
function gitVersion(): string | undefined {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8", stdio: "pipe" }).trim();
  } catch {
    return undefined;
  }
}

const version = process.env.APP_VERSION || gitVersion() || appVersion();
const { client, model } = createLocalAgent(process.env, version);
const webBuild = resolve(import.meta.dirname, "../../../web/build");
const port = portFromEnv(process.env.PORT);
// The issuer takes the next port; `npm run dev-token` finds it through the server's /config.json.
const login = localLogin({ issuerPort: port === 0 ? 0 : port + 1 });
const server = await startServer({
  agent: client,
  port,
  version,
  authFor: login.authFor,
  routes: login.routes,
  ...(existsSync(webBuild) ? { staticDir: webBuild } : {}),
});

console.log(
  [
    `Trip assistant running at ${server.url}`,
    `  model: ${model === "offline" ? "offline (set OPENAI_API_KEY to use OpenAI)" : model}`,
    `  open ${server.url}/ and sign in as one of the family:`,
    describeAccounts(login.started()).replace(/^/gm, "  "),
    `  try: curl -s ${server.url}/api/health`,
    `       curl -s ${server.url}/api/messages -H "authorization: Bearer $(npm run -s dev-token)" \\`,
    `         -H 'content-type: application/json' -d '{"message":"When is our flight?"}'`,
  ].join("\n"),
);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void Promise.all([server.close(), login.close()]).then(() => process.exit(0));
  });
}
