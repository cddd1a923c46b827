import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { InvokeCommand, LambdaClient, ResourceNotFoundException } from "@aws-sdk/client-lambda";
import { mockClient } from "aws-sdk-client-mock";
import {
  chainSummary,
  checkChain,
  describeFailure,
  pingInvocationEvent,
  type ChainDeps,
  type ChainResult,
} from "../src/index";

interface Seen {
  method: string;
  url: string;
  authorization?: string;
  contentType?: string;
  body: string;
}

type Handler = (req: Seen, res: ServerResponse) => void;

let server: Server;
let base: string;
let handler: Handler;
let seen: Seen[];

const TOKEN = "eyJ.secret-token.sig";

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      const request: Seen = {
        method: req.method ?? "",
        url: req.url ?? "",
        ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
        ...(req.headers["content-type"] ? { contentType: req.headers["content-type"] } : {}),
        body,
      };
      seen.push(request);
      handler(request, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  seen = [];
  handler = healthyApi;
});

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
};

const pingAnswer = (overrides: Record<string, unknown> = {}) => ({
  ping: {
    ok: true,
    version: "42",
    graphCompiled: true,
    parameterReachable: true,
    durationMs: 12,
    ...overrides,
  },
  requestId: "r-1",
});

/** Behaves like the deployed API behind the gateway's JWT authorizer. */
const healthyApi: Handler = (req, res) => {
  if (req.method === "GET" && req.url === "/api/health")
    return json(res, 200, { status: "ok", version: "42" });
  if (req.method === "POST" && req.url === "/api/messages") {
    if (req.authorization !== `Bearer ${TOKEN}`) return json(res, 401, { message: "Unauthorized" });
    if (JSON.parse(req.body).message !== "__ping__") return json(res, 400, { message: "not a ping" });
    return json(res, 200, pingAnswer());
  }
  json(res, 404, { message: "Not Found" });
};

const fast = (overrides: Partial<ChainDeps> = {}): ChainDeps => ({
  attempts: 3,
  timeoutSeconds: 2,
  backoffMs: 5,
  ...overrides,
});

const hop = (result: ChainResult, name: string) => {
  const found = result.hops.find((h) => h.hop === name);
  if (!found) throw new Error(`no hop ${name} in ${JSON.stringify(result)}`);
  return found;
};

const lambdaAnswer = (payload: unknown, functionError?: string) => ({
  StatusCode: 200,
  ...(functionError ? { FunctionError: functionError } : {}),
  Payload: new TextEncoder().encode(JSON.stringify(payload)) as never,
});

describe("checkChain over HTTP", () => {
  test("health, auth-required and token-ping pass against a healthy API", async () => {
    const result = await checkChain({ apiUrl: `${base}/`, token: TOKEN }, fast());
    expect(result.ok).toBe(true);
    expect(result.hops.map((h) => [h.hop, h.ok, h.status, h.attempts])).toEqual([
      ["health", true, 200, 1],
      ["auth-required", true, 401, 1],
      ["token-ping", true, 200, 1],
    ]);
    expect(hop(result, "token-ping").detail).toContain("version 42");
    // Trailing slash normalised; the unauthenticated request really carried no token.
    expect(seen.map((s) => `${s.method} ${s.url} ${s.authorization ?? "-"}`)).toEqual([
      "GET /api/health -",
      "POST /api/messages -",
      `POST /api/messages Bearer ${TOKEN}`,
    ]);
    expect(seen[1]?.contentType).toBe("application/json");
    expect(JSON.parse(seen[1]?.body ?? "")).toEqual({ message: "__ping__" });
  });

  test("without a token only health and auth-required run", async () => {
    const result = await checkChain({ apiUrl: base }, fast());
    expect(result.hops.map((h) => h.hop)).toEqual(["health", "auth-required"]);
    expect(seen).toHaveLength(2);
  });

  test("a cold start answering 503 then 502 is retried until it passes", async () => {
    const cold = [503, 502];
    handler = (req, res) => {
      const status = req.url === "/api/health" ? cold.shift() : undefined;
      if (status) return json(res, status, { message: "Service Unavailable" });
      healthyApi(req, res);
    };
    const lines: string[] = [];
    const result = await checkChain({ apiUrl: base }, fast({ log: (l) => lines.push(l) }));
    expect(result.ok).toBe(true);
    expect(hop(result, "health")).toMatchObject({ ok: true, status: 200, attempts: 3 });
    expect(seen.filter((s) => s.url === "/api/health")).toHaveLength(3);
    expect(lines.some((l) => /health: attempt 1\/3 failed 503/.test(l))).toBe(true);
  });

  test("a hop failing after all attempts is reported with status and body, and later hops still run", async () => {
    handler = (req, res) => {
      if (req.url === "/api/health") return json(res, 502, { message: "Internal Server Error" });
      healthyApi(req, res);
    };
    const result = await checkChain({ apiUrl: base, token: TOKEN }, fast());
    expect(result.ok).toBe(false);
    expect(hop(result, "health")).toMatchObject({ ok: false, status: 502, attempts: 3 });
    expect(hop(result, "health").detail).toContain("Internal Server Error");
    expect(hop(result, "token-ping").ok).toBe(true);
    expect(describeFailure(result)).toMatch(/hop "health" failed with 502 after 3 attempts/);
  });

  test("a health answer without status ok fails", async () => {
    handler = (req, res) =>
      req.url === "/api/health" ? json(res, 200, { status: "degraded" }) : healthyApi(req, res);
    const result = await checkChain({ apiUrl: base }, fast());
    expect(hop(result, "health")).toMatchObject({ ok: false, status: 200, attempts: 1 });
    expect(hop(result, "health").detail).toContain("degraded");
  });

  test("an API that lets a request without a token through fails auth-required at once", async () => {
    handler = (req, res) =>
      req.url === "/api/messages" ? json(res, 200, pingAnswer()) : healthyApi(req, res);
    const result = await checkChain({ apiUrl: base }, fast());
    expect(hop(result, "auth-required")).toMatchObject({ ok: false, status: 200, attempts: 1 });
    expect(describeFailure(result)).toMatch(
      /"auth-required".*authorizer let a request without a token through/,
    );
  });

  test("a rejected token fails token-ping without echoing the token", async () => {
    handler = (req, res) =>
      req.authorization
        ? json(res, 403, { message: `Forbidden: ${req.authorization}` })
        : healthyApi(req, res);
    const result = await checkChain({ apiUrl: base, token: TOKEN }, fast());
    const ping = hop(result, "token-ping");
    expect(ping).toMatchObject({ ok: false, status: 403, attempts: 1 });
    expect(ping.detail).toContain("Forbidden: Bearer ***");
    expect(JSON.stringify(result)).not.toContain(TOKEN);
    expect(describeFailure(result)).not.toContain(TOKEN);
  });

  test("a ping reporting the parameter unreachable is retried, then fails naming what is false", async () => {
    handler = (req, res) =>
      req.authorization
        ? json(res, 200, pingAnswer({ ok: false, parameterReachable: false }))
        : healthyApi(req, res);
    const result = await checkChain({ apiUrl: base, token: TOKEN }, fast({ attempts: 2 }));
    expect(hop(result, "token-ping")).toMatchObject({ ok: false, status: 200, attempts: 2 });
    expect(hop(result, "token-ping").detail).toContain("ok, parameterReachable false");
  });

  test("an attempt that hangs times out and is retried", async () => {
    let calls = 0;
    handler = (req, res) => {
      if (req.url === "/api/health" && calls++ === 0) return; // never answers
      healthyApi(req, res);
    };
    const result = await checkChain({ apiUrl: base }, fast({ timeoutSeconds: 0.2 }));
    expect(hop(result, "health")).toMatchObject({ ok: true, attempts: 2 });
  });

  test("a refused connection is a network error naming the cause", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const result = await checkChain({ apiUrl: `http://127.0.0.1:${port}` }, fast({ attempts: 2 }));
    expect(hop(result, "health")).toMatchObject({ ok: false, status: "network error", attempts: 2 });
    expect(hop(result, "health").detail).toContain("ECONNREFUSED");
  });

  test("cancellation ends the check instead of being reported as a failure", async () => {
    handler = (req, res) => json(res, 503, {});
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("cancelled by SIGTERM")), 50);
    await expect(
      checkChain({ apiUrl: base }, fast({ attempts: 50, backoffMs: 20, signal: controller.signal })),
    ).rejects.toThrow("cancelled by SIGTERM");
  });
});

describe("checkChain direct invocation", () => {
  const lambdaMock = mockClient(LambdaClient);
  const lambda = new LambdaClient({ region: "us-east-2" });
  beforeEach(() => lambdaMock.reset());

  test("invokes the alias with a payload-2.0 ping event and accepts a full ping", async () => {
    lambdaMock
      .on(InvokeCommand)
      .resolves(lambdaAnswer({ statusCode: 200, body: JSON.stringify(pingAnswer()) }));
    const before = Date.now();
    const result = await checkChain({ functionName: "trip-api", qualifier: "live" }, fast({ lambda }));
    expect(result.ok).toBe(true);
    expect(result.hops.map((h) => h.hop)).toEqual(["direct-invoke"]);
    const calls = lambdaMock.commandCalls(InvokeCommand);
    expect(calls).toHaveLength(1);
    const input = calls[0]?.args[0].input;
    expect(input).toMatchObject({
      FunctionName: "trip-api",
      Qualifier: "live",
      InvocationType: "RequestResponse",
    });
    const event = JSON.parse(new TextDecoder().decode(input?.Payload as Uint8Array));
    expect(event).toEqual({
      version: "2.0",
      routeKey: "$default",
      rawPath: "/api/messages",
      rawQueryString: "",
      headers: {
        accept: "application/json",
        "content-type": "application/json",
        "content-length": "22",
        "user-agent": "trip-assistant-toolkit/chain-ping",
      },
      requestContext: {
        accountId: "anonymous",
        apiId: "chain-ping",
        domainName: "chain-ping.local",
        domainPrefix: "chain-ping",
        http: {
          method: "POST",
          path: "/api/messages",
          protocol: "HTTP/1.1",
          sourceIp: "127.0.0.1",
          userAgent: "trip-assistant-toolkit/chain-ping",
        },
        requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        routeKey: "$default",
        stage: "$default",
        time: expect.stringMatching(/^\d\d\/[A-Z][a-z]{2}\/\d{4}:\d\d:\d\d:\d\d \+0000$/),
        timeEpoch: expect.any(Number),
      },
      body: '{"message":"__ping__"}',
      isBase64Encoded: false,
    });
    expect(event.requestContext.timeEpoch).toBeGreaterThanOrEqual(before);
  });

  test("the event's time is in API Gateway's format", () => {
    const event = pingInvocationEvent("id-1", new Date(Date.UTC(2026, 10, 5, 8, 2, 3)));
    expect(event.requestContext.time).toBe("05/Nov/2026:08:02:03 +0000");
    expect(event.requestContext.timeEpoch).toBe(Date.UTC(2026, 10, 5, 8, 2, 3));
  });

  test("a function error is retried (cold start), then reported", async () => {
    lambdaMock
      .on(InvokeCommand)
      .resolvesOnce(
        lambdaAnswer({ errorType: "Runtime.ExitError", errorMessage: "init timed out" }, "Unhandled"),
      )
      .resolves(lambdaAnswer({ errorType: "Error", errorMessage: "Cannot find module" }, "Unhandled"));
    const result = await checkChain({ functionName: "trip-api", qualifier: "live" }, fast({ lambda }));
    expect(hop(result, "direct-invoke")).toMatchObject({
      ok: false,
      status: "FunctionError Unhandled",
      attempts: 3,
    });
    expect(hop(result, "direct-invoke").detail).toContain("Cannot find module");
    expect(describeFailure(result)).toMatch(/hop "direct-invoke" failed with FunctionError Unhandled/);
  });

  test("a function error on the first try and success after counts as passed", async () => {
    lambdaMock
      .on(InvokeCommand)
      .resolvesOnce(
        lambdaAnswer({ errorType: "Runtime.ExitError", errorMessage: "init timed out" }, "Unhandled"),
      )
      .resolves(lambdaAnswer({ statusCode: 200, body: JSON.stringify(pingAnswer()) }));
    const result = await checkChain({ functionName: "trip-api", qualifier: "live" }, fast({ lambda }));
    expect(hop(result, "direct-invoke")).toMatchObject({ ok: true, attempts: 2 });
  });

  test("a ping whose graph did not compile fails the hop", async () => {
    lambdaMock
      .on(InvokeCommand)
      .resolves(
        lambdaAnswer({ statusCode: 200, body: JSON.stringify(pingAnswer({ graphCompiled: false })) }),
      );
    const result = await checkChain({ functionName: "trip-api" }, fast({ lambda, attempts: 1 }));
    expect(hop(result, "direct-invoke")).toMatchObject({ ok: false, status: 200 });
    expect(hop(result, "direct-invoke").detail).toContain("graphCompiled false");
    expect(lambdaMock.commandCalls(InvokeCommand)[0]?.args[0].input.Qualifier).toBeUndefined();
  });

  test("a 401 from the function (no authorizer context) fails without retrying", async () => {
    lambdaMock
      .on(InvokeCommand)
      .resolves(lambdaAnswer({ statusCode: 401, body: '{"message":"Unauthorized"}' }));
    const result = await checkChain({ functionName: "trip-api", qualifier: "live" }, fast({ lambda }));
    expect(hop(result, "direct-invoke")).toMatchObject({ ok: false, status: 401, attempts: 1 });
  });

  test("a missing alias is reported by its error name, not retried", async () => {
    lambdaMock.on(InvokeCommand).rejects(
      new ResourceNotFoundException({
        message: "Function not found: trip-api:live",
        $metadata: { httpStatusCode: 404 },
      }),
    );
    const result = await checkChain({ functionName: "trip-api", qualifier: "live" }, fast({ lambda }));
    expect(hop(result, "direct-invoke")).toMatchObject({
      ok: false,
      status: "ResourceNotFoundException",
      attempts: 1,
      detail: "Function not found: trip-api:live",
    });
  });

  test("runs after the HTTP hops when both are given", async () => {
    lambdaMock
      .on(InvokeCommand)
      .resolves(lambdaAnswer({ statusCode: 200, body: JSON.stringify(pingAnswer()) }));
    const result = await checkChain(
      { apiUrl: base, token: TOKEN, functionName: "trip-api" },
      fast({ lambda }),
    );
    expect(result.hops.map((h) => h.hop)).toEqual(["health", "auth-required", "token-ping", "direct-invoke"]);
  });
});

describe("checkChain inputs", () => {
  test("nothing to check is an error", async () => {
    await expect(checkChain({}, fast())).rejects.toThrow(/Nothing to check/);
  });

  test("a function name without a Lambda client is an error", async () => {
    await expect(checkChain({ functionName: "f" }, fast())).rejects.toThrow(/without a Lambda client/);
  });

  test("attempts below 1 is an error", async () => {
    await expect(checkChain({ apiUrl: base }, fast({ attempts: 0 }))).rejects.toThrow(/attempts/);
  });
});

describe("describeFailure and chainSummary", () => {
  const result: ChainResult = {
    ok: false,
    hops: [
      { hop: "health", ok: true, status: 200, latencyMs: 35, attempts: 1, detail: "version 42" },
      { hop: "direct-invoke", ok: false, status: "timeout", latencyMs: 30000, attempts: 5, detail: "a | b" },
    ],
  };

  test("describeFailure names only the hops that broke", () => {
    expect(describeFailure(result)).toBe(
      'Chain check failed: hop "direct-invoke" failed with timeout after 5 attempts: a | b',
    );
    expect(describeFailure({ ok: true, hops: result.hops.slice(0, 1) })).toBe("All 1 chain checks passed");
  });

  test("chainSummary is a Markdown table with one row per hop", () => {
    expect(chainSummary(result).split("\n")).toEqual([
      "| hop | status | latency | attempts | detail |",
      "| --- | --- | --- | --- | --- |",
      "| ✅ health | 200 | 35 ms | 1 | version 42 |",
      "| ❌ direct-invoke | timeout | 30000 ms | 5 | a \\| b |",
    ]);
  });
});
