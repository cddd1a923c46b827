// `npm start`: the whole chat on one machine. Port from PORT (default 8787).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { appVersion } from "../../agent/src/version";
import { createLocalAgent } from "./local-agent";
import { DEFAULT_PORT, DEV_USER, devUserAuth, startServer } from "./server";

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
const server = await startServer({
  agent: client,
  port: portFromEnv(process.env.PORT),
  version,
  auth: devUserAuth(),
  ...(existsSync(webBuild) ? { staticDir: webBuild } : {}),
});

console.log(
  [
    `Trip assistant running at ${server.url}`,
    `  model: ${model === "offline" ? "offline (set OPENAI_API_KEY to use OpenAI)" : model}`,
    `  signed in as: ${DEV_USER.name} <${DEV_USER.email}> (development user)`,
    `  try: curl -s ${server.url}/api/health`,
    `       curl -s ${server.url}/api/messages -H 'content-type: application/json' -d '{"message":"When is our flight?"}'`,
  ].join("\n"),
);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
