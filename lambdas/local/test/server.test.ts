// The local server over real HTTP on 127.0.0.1, with the in-process offline agent.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { MiddlewareHandler } from "hono";
import { errorResponse, type ApiEnv } from "@trip/api";
import { createLocalAgent } from "../src/local-agent";
import { devUserAuth, startServer, type RunningServer } from "../src/server";

const { client } = createLocalAgent({}, "test-version");
const servers: RunningServer[] = [];
const start = async (options: Partial<Parameters<typeof startServer>[0]> = {}) => {
  const server = await startServer({
    agent: client,
    port: 0,
    version: "test-version",
    auth: devUserAuth(),
    log: () => undefined,
    ...options,
  });
  servers.push(server);
  return server;
};
const ask = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

describe("local server", () => {
  it("serves health and answers 'When is our flight?' from the trip data as the development user", async () => {
    const server = await start();
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    const health = await fetch(`${server.url}/api/health`);
    expect(await health.json()).toEqual({ status: "ok", version: "test-version" });

    const response = await ask(server.url, { message: "When is our flight?" });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      reply: string;
      metadata: { toolCalls: string[]; offline: boolean };
    };
    expect(body.reply).toMatch(/^Hi Maya! I'm running in offline mode/);
    expect(body.reply).toContain("TP 218");
    expect(body.metadata).toMatchObject({ offline: true, toolCalls: ["bookings_by_kind"] });
  });

  it("enforces the API's limits over real HTTP: 400, 413 and 404 as JSON", async () => {
    const server = await start();
    const bad = await ask(server.url, '{"message":');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { field: string } }).error.field).toBe("body");
    const big = await ask(server.url, {
      message: "hi",
      history: [{ role: "user", content: "x".repeat(70_000) }],
    });
    expect(big.status).toBe(413);
    // Without a declared length (chunked), the body is measured as read.
    const chunked = (text: string) =>
      fetch(`${server.url}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: new Blob([text]).stream(),
        duplex: "half",
      } as RequestInit);
    expect((await chunked(JSON.stringify({ message: "x".repeat(70_000) }))).status).toBe(413);
    expect((await chunked(JSON.stringify({ message: "When is our flight?" }))).status).toBe(200);
    const missing = await fetch(`${server.url}/nothing`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe("not_found");
  });

  it("plugs in an auth middleware built for its own origin, and extra routes", async () => {
    let seenOrigin = "";
    const bearer: MiddlewareHandler<ApiEnv> = async (c, next) => {
      if (c.req.header("authorization") !== "Bearer ava-token")
        return errorResponse(c, 401, "unauthorized", "Sign in first");
      c.set("user", { sub: "ava", name: "Ava" });
      await next();
    };
    const server = await start({
      authFor: (origin) => {
        seenOrigin = origin;
        return bearer;
      },
      routes: (app, origin) => {
        app.get("/config.json", (c) => c.json({ apiUrl: origin }));
      },
    });
    expect(seenOrigin).toBe(server.url);
    expect((await ask(server.url, { message: "Hello" })).status).toBe(401);
    const ok = await ask(
      server.url,
      { message: "What time is it there?" },
      { authorization: "Bearer ava-token" },
    );
    expect(((await ok.json()) as { reply: string }).reply).toMatch(/^Hi Ava!/);
    expect(await (await fetch(`${server.url}/config.json`)).json()).toEqual({ apiUrl: server.url });
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  });

  it("serves the built web UI, falling back to index.html for app routes", async () => {
    const dir = mkdtempSync(join(tmpdir(), "web-build-"));
    writeFileSync(join(dir, "index.html"), "<!doctype html><title>Trip</title>");
    writeFileSync(join(dir, "app.js"), "console.log('app')");
    const server = await start({ staticDir: dir });
    expect(await (await fetch(`${server.url}/app.js`)).text()).toBe("console.log('app')");
    expect(await (await fetch(`${server.url}/`)).text()).toContain("<title>Trip</title>");
    expect(await (await fetch(`${server.url}/chat/today`)).text()).toContain("<title>Trip</title>");
    const api404 = await fetch(`${server.url}/api/unknown`);
    expect(api404.status).toBe(404);
    expect(api404.headers.get("content-type")).toMatch(/json/);
  });
});

test("a server without login is refused rather than left open", async () => {
  await expect(startServer({ agent: client, port: 0, log: () => undefined })).rejects.toThrow(
    "startServer: pass auth or authFor",
  );
});
