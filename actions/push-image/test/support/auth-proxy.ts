import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface AuthProxyOptions {
  /** The real registry behind the proxy. */
  upstream: string;
  /** `bearer`: challenges with a token service; `basic`: checks Basic credentials itself. */
  scheme: "bearer" | "basic";
  users: Record<string, string>;
  /** Let anonymous token requests pull (the way public registries work). */
  anonymousPull?: boolean;
  /** Answer single-request blob uploads with 400, as registries without them do. */
  rejectMonolithic?: boolean;
  /** Answer this many blob requests with 503 first, to exercise retries. */
  failBlobRequests?: number;
}

export interface AuthProxy {
  registry: string;
  origin: string;
  /** Every token request: the user (or "anonymous") and the scopes asked for. */
  tokenRequests: Array<{ user: string; scopes: string[] }>;
  /** Every proxied request as "METHOD /path" with the status sent back. */
  requests: Array<{ method: string; path: string; status: number }>;
  stop(): Promise<void>;
}

type Grants = Map<string, Set<string>>;

const readBody = async (req: IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

/**
 * A registry front on 127.0.0.1 that demands authentication the way real ones do (a
 * `WWW-Authenticate` challenge, then a token service or Basic credentials) and forwards what
 * it lets through to a real registry, so the whole flow is exercised end to end.
 */
export async function startAuthProxy(options: AuthProxyOptions): Promise<AuthProxy> {
  const tokens = new Map<string, Grants>();
  const tokenRequests: AuthProxy["tokenRequests"] = [];
  const requests: AuthProxy["requests"] = [];
  let blobFailures = options.failBlobRequests ?? 0;
  let origin = "";

  const userOf = (header: string | undefined): string | null | undefined => {
    if (!header?.startsWith("Basic ")) return undefined;
    const [user = "", ...rest] = Buffer.from(header.slice(6), "base64").toString().split(":");
    return options.users[user] !== undefined && options.users[user] === rest.join(":") ? user : null;
  };

  const deny = (res: ServerResponse, scope?: string) => {
    const challenge =
      options.scheme === "bearer"
        ? `Bearer realm="${origin}/token",service="test-registry"${scope ? `,scope="${scope}"` : ""}`
        : `Basic realm="test-registry"`;
    res.writeHead(401, { "www-authenticate": challenge, "content-type": "application/json" });
    res.end(JSON.stringify({ errors: [{ code: "UNAUTHORIZED", message: "authentication required" }] }));
  };

  const token = (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const user = userOf(req.headers.authorization);
    const scopes = url.searchParams.getAll("scope");
    tokenRequests.push({ user: user ?? "anonymous", scopes });
    if (user === null) {
      res.writeHead(401, { "content-type": "application/json" });
      return res.end(JSON.stringify({ details: "invalid username or password" }));
    }
    const grants: Grants = new Map();
    for (const scope of scopes) {
      const [, name = "", actions = ""] = /^repository:(.+):([a-z,*]+)$/.exec(scope) ?? [];
      const allowed = actions
        .split(",")
        .filter((action) => user || (options.anonymousPull && action === "pull"));
      grants.set(name, new Set([...(grants.get(name) ?? []), ...allowed]));
    }
    const issued = randomBytes(16).toString("hex");
    tokens.set(issued, grants);
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ token: issued, expires_in: 300 }));
  };

  const allowed = (req: IncomingMessage, url: URL): { ok: boolean; scope?: string } => {
    const match = /^\/v2\/(.+?)\/(manifests|blobs|tags)\//.exec(url.pathname);
    const action = req.method === "GET" || req.method === "HEAD" ? "pull" : "push";
    const scope = match ? `repository:${match[1]}:${action === "pull" ? "pull" : "pull,push"}` : undefined;
    const auth = req.headers.authorization;
    if (options.scheme === "basic") return { ok: Boolean(userOf(auth)) };
    const grants = auth?.startsWith("Bearer ") ? tokens.get(auth.slice(7)) : undefined;
    if (!grants) return { ok: false, ...(scope ? { scope } : {}) };
    // A mount whose source the token cannot pull is not refused, just not mounted (202).
    const from = url.searchParams.get("from");
    if (from && !grants.get(from)?.has("pull")) url.searchParams.delete("mount");
    const ok = !match || Boolean(grants.get(match[1] ?? "")?.has(action));
    return { ok, ...(scope ? { scope } : {}) };
  };

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? "/", origin);
      if (url.pathname === "/token") return token(req, res, url);
      const { ok, scope } = allowed(req, url);
      const body = await readBody(req);
      const record = (status: number) =>
        requests.push({ method: req.method ?? "", path: url.pathname, status });
      if (!ok) {
        record(401);
        return deny(res, scope);
      }
      if (url.pathname.includes("/blobs/") && blobFailures > 0) {
        blobFailures--;
        record(503);
        res.writeHead(503, { "retry-after": "0" });
        return res.end();
      }
      if (
        options.rejectMonolithic &&
        req.method === "PUT" &&
        url.pathname.includes("/blobs/uploads/") &&
        body.length > 0
      ) {
        record(400);
        res.writeHead(400, { "content-type": "application/json" });
        return res.end(
          JSON.stringify({ errors: [{ code: "BLOB_UPLOAD_INVALID", message: "use chunked uploads" }] }),
        );
      }
      const headers: Record<string, string> = {};
      for (const name of ["accept", "content-type", "content-range"]) {
        const value = req.headers[name];
        if (typeof value === "string") headers[name] = value;
      }
      const upstream = await fetch(`${options.upstream}${url.pathname}${url.search}`, {
        method: req.method ?? "GET",
        headers,
        ...(body.length > 0 ? { body } : {}),
        redirect: "manual",
      });
      const out: Record<string, string> = {};
      upstream.headers.forEach((value, name) => {
        if (!["transfer-encoding", "connection", "keep-alive", "content-encoding"].includes(name))
          out[name] = value;
      });
      if (out.location) out.location = out.location.replace(options.upstream, origin);
      const payload = Buffer.from(await upstream.arrayBuffer());
      record(upstream.status);
      res.writeHead(upstream.status, out);
      res.end(req.method === "HEAD" ? undefined : payload);
    })().catch((error: unknown) => {
      res.writeHead(500);
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    registry: `127.0.0.1:${port}`,
    origin,
    tokenRequests,
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
