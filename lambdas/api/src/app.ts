// The HTTP API as a Hono app, independent of where it runs (Lambda or the local server).
import { Hono, type MiddlewareHandler } from "hono";
import {
  isPing,
  MAX_BODY_BYTES,
  PING_MESSAGE,
  type AgentEvent,
  type HealthReply,
  type MessageReply,
  type PingReply,
} from "@trip/contract";
import { AgentTimeoutError, type AgentClient } from "./agent-client";
import type { ApiEnv } from "./env";
import { errorResponse } from "./errors";
import { parseMessageRequest } from "./request";

export const DEFAULT_AGENT_TIMEOUT_MS = 25_000;

export interface AppOptions {
  agent: AgentClient;
  version: string;
  /** Sets `user` or answers 401; runs on every route except GET /api/health. */
  auth: MiddlewareHandler<ApiEnv>;
  /** Below API Gateway's 30 s integration limit, so the caller gets our 504, not Gateway's. */
  agentTimeoutMs?: number;
  /** Where request ids come from; API Gateway's own id in Lambda. */
  requestId?: (c: Parameters<MiddlewareHandler<ApiEnv>>[0]) => string | undefined;
  log?: (entry: Record<string, unknown>) => void;
}

const jsonLog = (entry: Record<string, unknown>) => console.log(JSON.stringify(entry));

/**
 * 413 for bodies over the limit: the declared length when there is one, otherwise the body as
 * read (Hono caches it for the handler). Hono's own bodyLimit turns every body into a web
 * stream first, which on Node 20 costs more than everything else the API does per request.
 */
const limitBody =
  (maxBytes: number): MiddlewareHandler<ApiEnv> =>
  async (c, next) => {
    const declared = c.req.header("content-length");
    const size =
      declared !== undefined ? Number(declared) : new TextEncoder().encode(await c.req.text()).byteLength;
    if (size > maxBytes) {
      return errorResponse(c, 413, "payload_too_large", `body: must be at most ${maxBytes} bytes`, "body");
    }
    await next();
  };

export function createApp({
  agent,
  version,
  auth,
  agentTimeoutMs = DEFAULT_AGENT_TIMEOUT_MS,
  requestId = () => undefined,
  log = jsonLog,
}: AppOptions) {
  const app = new Hono<ApiEnv>();

  app.use(async (c, next) => {
    const id = requestId(c) ?? crypto.randomUUID();
    c.set("requestId", id);
    c.header("x-request-id", id);
    await next();
  });

  app.get("/api/health", (c) => c.json({ status: "ok", version } satisfies HealthReply));

  app.post("/api/messages", limitBody(MAX_BODY_BYTES), auth, async (c) => {
    const parsed = parseMessageRequest(await c.req.text());
    if (!parsed.ok) return errorResponse(c, 400, "invalid_request", parsed.message, parsed.field);

    const { message, history = [] } = parsed.value;
    const user = c.get("user");
    const event: AgentEvent = { message, history, ...(user ? { user } : {}) };
    const requestId = c.get("requestId");
    const started = performance.now();
    // A timer cleared on completion, rather than AbortSignal.timeout, so finished requests
    // leave no timers behind.
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), agentTimeoutMs);
    try {
      const result = await agent.invoke(event, deadline.signal);
      if (isPing(result) !== (message === PING_MESSAGE))
        throw new Error("The agent answered a different kind of request");
      log({
        level: "info",
        msg: "answered",
        requestId,
        ping: isPing(result),
        durationMs: Math.round(performance.now() - started),
      });
      if (isPing(result)) return c.json({ ping: result.ping, requestId } satisfies PingReply);
      return c.json({ reply: result.reply, metadata: result.metadata, requestId } satisfies MessageReply);
    } catch (error) {
      // The cause goes to the log, never to the caller.
      const { name, message: detail } = error as Error;
      log({ level: "error", msg: "agent failed", requestId, name, error: detail });
      if (error instanceof AgentTimeoutError) {
        return errorResponse(
          c,
          504,
          "agent_timeout",
          "The trip assistant took too long to answer. Please try again.",
        );
      }
      return errorResponse(
        c,
        502,
        "agent_error",
        "The trip assistant could not answer. Please try again in a moment.",
      );
    } finally {
      clearTimeout(timer);
    }
  });

  app.notFound((c) => errorResponse(c, 404, "not_found", `No route for ${c.req.method} ${c.req.path}`));

  app.onError((error, c) => {
    log({
      level: "error",
      msg: "unhandled",
      requestId: c.get("requestId"),
      name: error.name,
      error: error.message,
    });
    return errorResponse(c, 500, "internal_error", "Something went wrong. Please try again.");
  });

  return app;
}

export type ApiApp = ReturnType<typeof createApp>;
