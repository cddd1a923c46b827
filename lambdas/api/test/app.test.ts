// The app with a pluggable auth middleware and the in-process agent client.
import type { MiddlewareHandler } from "hono";
import type { AgentEvent } from "@trip/contract";
import { InProcessAgentClient } from "../src/agent-client";
import { createApp } from "../src/app";
import type { ApiEnv } from "../src/env";
import { errorResponse } from "../src/errors";

const bearerOnly: MiddlewareHandler<ApiEnv> = async (c, next) => {
  if (c.req.header("authorization") !== "Bearer good") {
    return errorResponse(c, 401, "unauthorized", "Sign in to chat with the trip assistant");
  }
  c.set("user", { sub: "u-1", name: "Leo" });
  await next();
};

function appWith(handle: (event: AgentEvent) => Promise<unknown>, agentTimeoutMs = 1000) {
  const seen: AgentEvent[] = [];
  const agent = new InProcessAgentClient(async (event) => {
    seen.push(event);
    return (await handle(event)) as never;
  });
  const app = createApp({ agent, version: "dev", auth: bearerOnly, agentTimeoutMs, log: () => undefined });
  return { app, seen };
}

const postMessage = (app: ReturnType<typeof appWith>["app"], token?: string) =>
  app.request("/api/messages", {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ message: "Hello" }),
  });

describe("createApp", () => {
  const answer = async () => ({
    reply: "Hi Leo!",
    metadata: { model: "offline", offline: true, toolCalls: [], durationMs: 1 },
  });

  it("lets the auth middleware answer 401 in the API's error shape, before the agent runs", async () => {
    const { app, seen } = appWith(answer);
    const response = await postMessage(app);
    expect(response.status).toBe(401);
    const body = (await response.json()) as { error: { code: string }; requestId: string };
    expect(body.error.code).toBe("unauthorized");
    expect(body.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get("x-request-id")).toBe(body.requestId);
    expect(seen).toHaveLength(0);
  });

  it("never asks for auth on the health route", async () => {
    const { app } = appWith(answer);
    const response = await app.request("/api/health");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", version: "dev" });
  });

  it("passes the user the middleware set to the agent", async () => {
    const { app, seen } = appWith(answer);
    const response = await postMessage(app, "good");
    expect(response.status).toBe(200);
    expect(seen).toEqual([{ message: "Hello", history: [], user: { sub: "u-1", name: "Leo" } }]);
  });

  it("maps an in-process agent error to 502 and a slow agent to 504", async () => {
    const failing = appWith(async () => {
      throw new Error("model exploded");
    });
    const failed = await postMessage(failing.app, "good");
    expect(failed.status).toBe(502);
    expect(await failed.text()).not.toContain("model exploded");

    const slow = appWith(() => new Promise(() => undefined), 30);
    expect((await postMessage(slow.app, "good")).status).toBe(504);
  });

  it("answers 502 when the agent answers a message with a ping payload", async () => {
    const confused = appWith(async () => ({
      ping: { ok: true, version: "dev", graphCompiled: true, parameterReachable: true, durationMs: 1 },
    }));
    expect((await postMessage(confused.app, "good")).status).toBe(502);
  });
});
