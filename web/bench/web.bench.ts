// `npm run bench -- web`: the built JavaScript's size (gzip; target under 100 KiB for the whole
// app) and the time from navigation to a usable page in headless Chromium against the local
// stack: the chat for a signed-in family member (composer ready) and the sign-in page.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium, type Page } from "playwright-core";
import { buildDir, chromiumOptions, signIn, startStack, webDir } from "../e2e/stack";

const TARGET_GZIP_BYTES = 100 * 1024;
const RUNS = 7;

const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

function build(): void {
  const vite = fileURLToPath(new URL("../../node_modules/vite/bin/vite.js", import.meta.url));
  const result = spawnSync(process.execPath, [vite, "build", "--logLevel", "warn"], {
    cwd: webDir,
    encoding: "utf8",
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (result.status !== 0) throw new Error(`vite build failed:\n${result.stderr}`);
}

function sizes(): { js: number; jsGzip: number; cssGzip: number } {
  const assets = join(buildDir, "assets");
  let js = 0;
  let jsGzip = 0;
  let cssGzip = 0;
  for (const name of readdirSync(assets)) {
    const content = readFileSync(join(assets, name));
    const gzipped = gzipSync(content).length;
    if (name.endsWith(".js")) {
      js += content.length;
      jsGzip += gzipped;
    } else if (name.endsWith(".css")) cssGzip += gzipped;
  }
  return { js, jsGzip, cssGzip };
}

/** Milliseconds from the navigation's start until `ready` resolves, measured by the page. */
async function timeToUsable(page: Page, url: string, ready: () => Promise<void>): Promise<number> {
  await page.goto(url, { waitUntil: "commit" });
  await ready();
  return page.evaluate(() => performance.now());
}

async function main(): Promise<void> {
  build();
  const { js, jsGzip, cssGzip } = sizes();
  console.log(
    `web JavaScript: ${kib(js)} raw, ${kib(jsGzip)} gzip (target < ${kib(TARGET_GZIP_BYTES)}); CSS ${kib(cssGzip)} gzip`,
  );

  const [browser, stack] = await Promise.all([chromium.launch(chromiumOptions), startStack()]);
  try {
    const context = await browser.newContext({ viewport: { width: 375, height: 667 }, isMobile: true });
    const page = await context.newPage();
    await page.goto(stack.url);
    const member = stack.local.accounts[0];
    if (!member) throw new Error("no family accounts");
    await signIn(page, stack, member.email);

    const composer = page.getByRole("textbox", { name: "Message the trip assistant" });
    const chat: number[] = [];
    for (let i = 0; i < RUNS; i++) chat.push(await timeToUsable(page, stack.url, () => composer.waitFor()));

    const fresh = await browser.newContext({ viewport: { width: 375, height: 667 }, isMobile: true });
    const signInPage = await fresh.newPage();
    const signedOut: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      signedOut.push(
        await timeToUsable(signInPage, stack.url, () =>
          signInPage.getByRole("button", { name: "Sign in" }).waitFor(),
        ),
      );
    }
    console.log(
      `navigation → chat usable (signed in, composer ready): median ${median(chat).toFixed(0)} ms over ${RUNS} loads`,
    );
    console.log(
      `navigation → sign-in page usable (signed out): median ${median(signedOut).toFixed(0)} ms over ${RUNS} loads`,
    );
  } finally {
    await browser.close();
    await stack.close();
  }
  if (jsGzip > TARGET_GZIP_BYTES) {
    console.error(`web JavaScript is over its budget by ${kib(jsGzip - TARGET_GZIP_BYTES)}`);
    process.exitCode = 1;
  }
}

await main();
