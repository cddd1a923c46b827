// One local HTTP server for `npm start`: the API app (same code as the Lambda) with the agent
// in-process, plus optional extra routes (login, runtime config) and the built web UI.
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { createAdaptorServer } from "@hono/node-server";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono, type MiddlewareHandler } from "hono";
import type { AgentUser } from "@trip/contract";
import { createApp, errorResponse, type AgentClient, type ApiEnv } from "@trip/api";

export const DEFAULT_PORT = 8787;

export const DEV_USER: AgentUser = { sub: "local-dev-maya", name: "Maya", email: "maya@example.com" };

/** For tests and benchmarks of the API itself: every request is the same family member. */
export const devUserAuth =
  (user: AgentUser = DEV_USER): MiddlewareHandler<ApiEnv> =>
  async (c, next) => {
    c.set("user", user);
    await next();
  };

export interface ServerOptions {
  agent: AgentClient;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  version?: string;
  /** Sets the user or answers 401 on the API (never on /api/health). `auth` or `authFor` is required. */
  auth?: MiddlewareHandler<ApiEnv>;
  /** Like `auth`, for middleware that needs the server's own origin (known once listening). */
  authFor?: (origin: string) => MiddlewareHandler<ApiEnv> | Promise<MiddlewareHandler<ApiEnv>>;
  /** Extra routes, registered before the API and the web UI (e.g. /config.json). */
  routes?: (app: Hono, origin: string) => void | Promise<void>;
  /** The built web UI; unknown non-API paths fall back to its index.html. */
  staticDir?: string;
  agentTimeoutMs?: number;
  log?: (entry: Record<string, unknown>) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? "127.0.0.1";
  // Routes can depend on the origin, so they are added after listening; until then, 503.
  const root = new Hono();
  let ready = false;
  const server = createAdaptorServer({
    fetch: (request, env) => (ready ? root.fetch(request, env) : new Response("starting", { status: 503 })),
    hostname: host,
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? DEFAULT_PORT, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host}:${port}`;

  const auth = options.authFor ? await options.authFor(origin) : options.auth;
  if (!auth) {
    server.close();
    // Never a server whose API is open by default: login is something you switch off on purpose.
    throw new Error("startServer: pass auth or authFor (devUserAuth() for a fixed test user)");
  }
  const api = createApp({
    agent: options.agent,
    version: options.version ?? "dev",
    auth,
    ...(options.agentTimeoutMs ? { agentTimeoutMs: options.agentTimeoutMs } : {}),
    ...(options.log ? { log: options.log } : {}),
  });
  await options.routes?.(root, origin);
  // The API keeps its own 404, error and request-id handling.
  root.all("/api/*", (c) => api.fetch(c.req.raw, c.env));
  if (options.staticDir) {
    root.use("/*", serveStatic({ root: options.staticDir }));
    root.get("*", serveStatic({ path: join(options.staticDir, "index.html") }));
  }
  root.notFound((c) => errorResponse(c, 404, "not_found", `No route for ${c.req.method} ${c.req.path}`));
  ready = true;

  return {
    url: origin,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}
