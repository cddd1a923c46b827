import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { fetchWithRetry, NetworkError, redact } from "../src/http";

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;

async function serve(handlers: Handler[]) {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      seen.push(`${req.method} ${body}`);
      const handler = handlers[Math.min(seen.length - 1, handlers.length - 1)];
      handler?.(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/thing?secret=1`;
  return { url, seen, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const status =
  (code: number, headers: Record<string, string> = {}): Handler =>
  (_req, res) => {
    res.writeHead(code, headers);
    res.end(String(code));
  };

const fast = { minDelayMs: 5, maxDelayMs: 10 };

describe("fetchWithRetry", () => {
  test("retries 503 and 429, rebuilding the body, until an answer that is not transient", async () => {
    const server = await serve([status(503), status(429), status(201)]);
    const lines: string[] = [];
    try {
      const response = await fetchWithRetry(server.url, () => ({ method: "PUT", body: "payload" }), {
        ...fast,
        log: (l) => lines.push(l),
      });
      expect(response.status).toBe(201);
      expect(server.seen).toEqual(["PUT payload", "PUT payload", "PUT payload"]);
      expect(lines).toEqual([
        `PUT ${redact(server.url)}: HTTP 503; retrying (attempt 2 of 5)`,
        `PUT ${redact(server.url)}: HTTP 429; retrying (attempt 3 of 5)`,
      ]);
      expect(lines.join()).not.toContain("secret");
    } finally {
      await server.close();
    }
  });

  test("returns the last transient answer once the retries are spent, and never retries a 404", async () => {
    const failing = await serve([status(502)]);
    const missing = await serve([status(404)]);
    try {
      expect((await fetchWithRetry(failing.url, {}, { ...fast, retries: 2 })).status).toBe(502);
      expect(failing.seen).toHaveLength(3);
      expect((await fetchWithRetry(missing.url, {}, fast)).status).toBe(404);
      expect(missing.seen).toHaveLength(1);
    } finally {
      await failing.close();
      await missing.close();
    }
  });

  test("honours Retry-After up to the configured ceiling", async () => {
    const server = await serve([status(503, { "retry-after": "30" }), status(200)]);
    try {
      const started = Date.now();
      const response = await fetchWithRetry(server.url, {}, { ...fast, maxRetryAfterMs: 300 });
      const elapsed = Date.now() - started;
      expect(response.status).toBe(200);
      expect(elapsed).toBeGreaterThanOrEqual(290);
      expect(elapsed).toBeLessThan(5000);
    } finally {
      await server.close();
    }
  });

  test("a refused connection is retried, then reported as a NetworkError with the cause", async () => {
    const server = await serve([status(200)]);
    const { url } = server;
    await server.close();
    const lines: string[] = [];
    const error = await fetchWithRetry(url, {}, { ...fast, retries: 1, log: (l) => lines.push(l) }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as Error).message).toMatch(/^GET http:\/\/127\.0\.0\.1:\d+\/thing failed: ECONNREFUSED/);
    expect(lines).toHaveLength(1);
  });

  test("an abort during the backoff stops at once with the abort's reason", async () => {
    const server = await serve([status(503)]);
    const controller = new AbortController();
    try {
      const pending = fetchWithRetry(server.url, {}, { minDelayMs: 5_000, signal: controller.signal });
      setTimeout(() => controller.abort(new Error("cancelled by SIGINT")), 100);
      await expect(pending).rejects.toThrow("cancelled by SIGINT");
      expect(server.seen).toHaveLength(1);
    } finally {
      await server.close();
    }
  });
});
