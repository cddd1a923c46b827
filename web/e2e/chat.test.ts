// The family chat in real Chromium against the local stack: login through the issuer's form,
// a question answered from the trip data, reload, sign-out, expiry, 401, network failure and
// bad input, at a phone and a desktop viewport. Screenshots go to .artifacts/screenshots/.
import { jest } from "@jest/globals";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { chromiumOptions, screenshot, signIn, startStack, userKey, type Stack } from "./stack";

const viewports = {
  phone: { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  "phone-large": {
    viewport: { width: 412, height: 915 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
  },
  desktop: { viewport: { width: 1280, height: 800 } },
} as const;

// Generous ceilings for a loaded two-core machine; each test takes a few seconds.
jest.setTimeout(60_000);
const WAIT_MS = 15_000;

let browser: Browser;
let stack: Stack;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [browser, stack] = await Promise.all([chromium.launch(chromiumOptions), startStack()]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});

async function open(kind: keyof typeof viewports): Promise<Page> {
  const context = await browser.newContext(viewports[kind]);
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT_MS);
  await page.goto(stack.url);
  return page;
}

const member = (index: number) => {
  const account = stack.local.accounts[index];
  if (!account) throw new Error(`no family member #${index}`);
  return account;
};

const composer = (page: Page) => page.getByRole("textbox", { name: "Message the trip assistant" });
const conversation = (page: Page) => page.getByRole("log", { name: "Conversation" });

async function ask(page: Page, question: string): Promise<void> {
  await composer(page).fill(question);
  await composer(page).press("Enter");
}

describe.each(["phone", "desktop"] as const)("at the %s viewport", (kind) => {
  it("signs in, answers from the trip data, survives a reload and signs out", async () => {
    const page = await open(kind);
    await page.getByRole("heading", { name: "Trip Assistant" }).waitFor();
    await screenshot(page, `${kind}-1-sign-in`);

    const who = member(kind === "phone" ? 0 : 1);
    await signIn(page, stack, who.email, `${kind}-2-issuer-login`);
    await page.getByText(`Signed in as ${who.name}`).waitFor();
    await screenshot(page, `${kind}-3-chat-empty`);

    // Hold the answer back a little so the pending state is on screen for the check.
    await page.route("**/api/messages", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    await ask(page, "When is our flight?");
    await page.getByRole("status").filter({ hasText: "thinking" }).waitFor();
    await screenshot(page, `${kind}-4-pending`);
    await conversation(page)
      .getByText(/TP 218/)
      .waitFor();
    await page.getByRole("status").filter({ hasText: "thinking" }).waitFor({ state: "detached" });
    await screenshot(page, `${kind}-5-answer`);

    await page.reload();
    await conversation(page).getByText("When is our flight?").waitFor();
    await conversation(page)
      .getByText(/TP 218/)
      .waitFor();

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(`${stack.url}/`);
    await page.getByRole("button", { name: "Sign in" }).waitFor();
    expect(await page.evaluate((key) => sessionStorage.getItem(key), userKey(stack))).toBeNull();
    // The issuer's session ended too: signing in asks for the password again.
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByLabel("Password").waitFor();
  });
});

it("refuses empty and over-long messages in the page, before any request", async () => {
  const page = await open("phone-large");
  await signIn(page, stack, member(2).email);
  const posts: string[] = [];
  page.on("request", (r) => {
    if (r.url().endsWith("/api/messages")) posts.push(r.url());
  });
  const send = page.getByRole("button", { name: "Send message" });
  expect(await send.isDisabled()).toBe(true);
  await composer(page).press("Enter");

  await composer(page).fill("a".repeat(4001));
  await page.getByText("Your message is 4,001 characters; the limit is 4,000. Shorten it to send.").waitFor();
  expect(await send.isDisabled()).toBe(true);
  await composer(page).press("Enter");
  await screenshot(page, "phone-large-too-long");
  expect(posts).toEqual([]);
});

it("shows a network failure inline, and Retry gets the answer", async () => {
  const page = await open("phone");
  await signIn(page, stack, member(3).email);
  await page.route("**/api/messages", (route) => route.abort("internetdisconnected"));
  await ask(page, "Where are we staying?");
  const alert = page.getByRole("alert");
  await alert.getByText(/Couldn't reach the assistant/).waitFor();
  await screenshot(page, "phone-6-network-error");

  await page.unroute("**/api/messages");
  await alert.getByRole("button", { name: "Retry" }).click();
  await conversation(page).locator(".assistant").first().waitFor();
  expect(await page.getByRole("alert").count()).toBe(0);
});

it("sends an expired session back to login, and then back to the conversation", async () => {
  const page = await open("phone");
  await signIn(page, stack, member(4).email);
  await ask(page, "When is our flight?");
  await conversation(page)
    .getByText(/TP 218/)
    .waitFor();

  // The tab slept past expiry, there is no refresh token, and the issuer's session is gone too
  // (so the page's silent renewal cannot help).
  await page.context().clearCookies();
  await page.evaluate((key) => {
    const user = JSON.parse(sessionStorage.getItem(key) ?? "{}");
    sessionStorage.setItem(key, JSON.stringify({ ...user, expires_at: 1, refresh_token: undefined }));
  }, userKey(stack));
  await page.reload();
  await page.getByText("Your session has expired").waitFor();
  await screenshot(page, "phone-7-session-expired");

  await signIn(page, stack, member(4).email);
  await conversation(page)
    .getByText(/TP 218/)
    .waitFor();

  // No token at all: the sign-in page again.
  await page.evaluate((key) => sessionStorage.removeItem(key), userKey(stack));
  await page.reload();
  await page.getByRole("button", { name: "Sign in" }).waitFor();
});

it("after a 401 from the API, goes through login and returns with the question kept", async () => {
  const page = await open("desktop");
  await signIn(page, stack, member(0).email);
  // A token the API refuses (bad signature) that the page still thinks is valid.
  await page.evaluate((key) => {
    const user = JSON.parse(sessionStorage.getItem(key) ?? "{}");
    const [header, payload] = String(user.id_token).split(".");
    sessionStorage.setItem(
      key,
      JSON.stringify({ ...user, id_token: `${header}.${payload}.AAAA`, refresh_token: undefined }),
    );
  }, userKey(stack));

  // No issuer session either, so silent renewal fails and only the login form can help.
  await page.context().clearCookies();
  await page.reload();

  const answers: number[] = [];
  page.on("response", (r) => {
    if (r.url().endsWith("/api/messages")) answers.push(r.status());
  });
  await ask(page, "Where are we staying?");
  await page.waitForURL(`${stack.local.issuer.url}/**`);
  await screenshot(page, "desktop-6-login-again");
  await page.getByLabel("Email").fill(member(0).email);
  await page.getByLabel("Password").fill(stack.local.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(`${stack.url}/`);
  await page.getByText("Signed in as").waitFor();
  expect(await composer(page).inputValue()).toBe("Where are we staying?");
  await composer(page).press("Enter");
  await conversation(page).locator(".assistant").first().waitFor();
  expect(answers).toEqual([401, 200]);
});

it("shows a clear error page when config.json is missing or malformed", async () => {
  const page = await open("phone");
  await page.route("**/config.json", (route) => route.fulfill({ status: 404, body: "not found" }));
  await page.reload();
  await page.getByText("The trip assistant isn't set up correctly").waitFor();
  await page.getByText("/config.json answered HTTP 404").waitFor();

  await page.unroute("**/config.json");
  await page.route("**/config.json", (route) =>
    route.fulfill({ json: { ...stack.local.webConfig, clientId: "", authority: "http://auth.example.com" } }),
  );
  await page.reload();
  await page.getByText("clientId: expected a non-empty string").waitFor();
  await page.getByText(/authority: expected an https URL/).waitFor();
  await screenshot(page, "phone-8-config-error");
});

it("offers Continue with Google when the config enables it, asking the issuer for Google", async () => {
  const page = await open("phone");
  await page.route("**/config.json", (route) =>
    route.fulfill({ json: { ...stack.local.webConfig, googleSignIn: true } }),
  );
  await page.reload();
  await screenshot(page, "phone-9-sign-in-google");
  const authorize = page.waitForRequest((r) => r.url().startsWith(`${stack.local.issuer.url}/auth`));
  await page.getByRole("button", { name: "Continue with Google" }).click();
  const url = new URL((await authorize).url());
  expect(url.searchParams.get("identity_provider")).toBe("Google");
  expect(url.searchParams.get("code_challenge_method")).toBe("S256");
  expect(url.searchParams.get("response_type")).toBe("code");
});

describe("with tokens that expire a minute after they are issued", () => {
  let shortLived: Stack;
  beforeAll(async () => {
    // oidc-client-ts renews 60 s before expiry: with 62 s tokens, two seconds after sign-in.
    shortLived = await startStack({ tokenTtlSeconds: 62 });
  });
  afterAll(() => shortLived?.close());

  it("renews the token silently in the background and keeps chatting", async () => {
    const context = await browser.newContext(viewports.phone);
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(WAIT_MS);
    await page.goto(shortLived.url);
    await signIn(page, shortLived, member(1).email);
    const idToken = () =>
      page.evaluate(
        (key) => JSON.parse(sessionStorage.getItem(key) ?? "{}").id_token as string,
        userKey(shortLived),
      );
    const first = await idToken();
    await page.waitForFunction(
      ([key, token]) => JSON.parse(sessionStorage.getItem(key) ?? "{}").id_token !== token,
      [userKey(shortLived), first] as const,
      { timeout: 10_000, polling: 200 },
    );
    expect(await page.getByRole("button", { name: "Sign in" }).count()).toBe(0);
    await ask(page, "When is our flight?");
    await conversation(page)
      .getByText(/TP 218/)
      .waitFor();
  });
});
