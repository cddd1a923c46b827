// The HTTP API as a Hono app, independent of where it runs (Lambda or the local server).
import { Hono, type Context, type MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
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
import { AuthUnavailableError, errorResponse } from "./errors";
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

const tooLarge = (c: Context<ApiEnv>, maxBytes: number) =>
  errorResponse(c, 413, "payload_too_large", `body: must be at most ${maxBytes} bytes`, "body");

/**
 * 413 for bodies over the limit. A declared length is trusted (Node's parser never reads past
 * it) without touching the body, which on Node 20 would cost more than everything else the API
 * does per request; a chunked body goes through Hono's bodyLimit, which stops reading at the
 * limit instead of buffering the whole upload.
 */
const limitBody = (maxBytes: number): MiddlewareHandler<ApiEnv> => {
  const streamed = bodyLimit({ maxSize: maxBytes, onError: (c) => tooLarge(c, maxBytes) });
  return async (c, next) => {
    const declared = c.req.header("content-length");
    if (declared === undefined || c.req.header("transfer-encoding") !== undefined) return streamed(c, next);
    if (Number(declared) > maxBytes) return tooLarge(c, maxBytes);
    await next();
  };
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
      if (isPing(result)) {
        // The detailed report (its error can name a role or the account) is for the direct
        // invocation only; a signed-in caller learns whether the chain is up, not why not.
        const { error: _detail, ...ping } = result.ping;
        return c.json({ ping: user ? ping : result.ping, requestId } satisfies PingReply);
      }
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
    if (error instanceof AuthUnavailableError) {
      log({ level: "error", msg: "auth unavailable", requestId: c.get("requestId"), error: error.message });
      return errorResponse(
        c,
        503,
        "auth_unavailable",
        "Sign-in cannot be checked right now. Please try again in a moment.",
      );
    }
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
