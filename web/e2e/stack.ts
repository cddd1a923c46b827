// Test support: the web build (rebuilt when stale) and the local stack `npm start` runs —
// issuer and server — on free ports on 127.0.0.1, plus helpers for driving the login.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { createLocalAgent, localLogin, startServer, type LocalAuth } from "@trip/local";

export const webDir = fileURLToPath(new URL("..", import.meta.url));
export const buildDir = join(webDir, "build");
export const screenshotDir = fileURLToPath(new URL("../../.artifacts/screenshots/", import.meta.url));

export const chromiumOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  // Without the background-networking flags Chromium keeps calling Google's services.
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** Builds web/build when it is missing or older than the sources it comes from. */
export function ensureWebBuild(): void {
  const index = join(buildDir, "index.html");
  const sources = [
    join(webDir, "src"),
    join(webDir, "index.html"),
    join(webDir, "vite.config.ts"),
    join(webDir, "../lambdas/contract/src"),
  ];
  if (existsSync(index) && statSync(index).mtimeMs >= Math.max(...sources.map(newestMtime))) return;
  const vite = fileURLToPath(new URL("../../node_modules/vite/bin/vite.js", import.meta.url));
  const result = spawnSync(process.execPath, [vite, "build", "--logLevel", "warn"], {
    cwd: webDir,
    encoding: "utf8",
    // Jest sets NODE_ENV=test, which would make Vite bundle React's development build.
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
}

export interface Stack {
  url: string;
  local: LocalAuth;
  close(): Promise<void>;
}

export async function startStack({ tokenTtlSeconds }: { tokenTtlSeconds?: number } = {}): Promise<Stack> {
  ensureWebBuild();
  // Offline model: answers come straight from the sample trip file, no network.
  const { client } = createLocalAgent({}, "e2e");
  const login = localLogin({
    issuerPort: 0,
    password: "e2e-password",
    ...(tokenTtlSeconds ? { tokenTtlSeconds } : {}),
  });
  const server = await startServer({
    agent: client,
    port: 0,
    version: "e2e",
    authFor: login.authFor,
    routes: login.routes,
    staticDir: buildDir,
    log: () => undefined,
  });
  return {
    url: server.url,
    local: login.started(),
    close: async () => {
      await server.close();
      await login.close();
    },
  };
}

export function screenshot(page: Page, name: string): Promise<Buffer> {
  mkdirSync(screenshotDir, { recursive: true });
  return page.screenshot({ path: join(screenshotDir, `${name}.png`) });
}

/** From the app's sign-in page, through the issuer's login form, back into the chat. */
export async function signIn(page: Page, stack: Stack, email: string, shot?: string): Promise<void> {
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(`${stack.local.issuer.url}/**`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(stack.local.password);
  if (shot) await screenshot(page, shot);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(`${stack.url}/`);
  await page.getByText("Signed in as").waitFor();
}

/** The key oidc-client-ts stores the signed-in user under (sessionStorage). */
export const userKey = (stack: Stack): string =>
  `oidc.user:${stack.local.issuer.url}:${stack.local.webConfig.clientId}`;
