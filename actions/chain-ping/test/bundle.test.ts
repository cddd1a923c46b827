import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { runBundle } from "../../lib/testing/run-bundle";

const bundle = join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "index.js");
const TOKEN = "eyJhbGciOiJSUzI1NiJ9.payload.signature";

/** What the deployed system looks like from outside: the HTTP API and the Lambda Invoke API. */
interface Behaviour {
  healthStatus: number;
  functionError: boolean;
}

let server: Server;
let url: string;
let behaviour: Behaviour;
let invocations: Array<{ path: string; qualifier: string | null; event: Record<string, unknown> }>;

const ping = { ok: true, version: "17", graphCompiled: true, parameterReachable: true, durationMs: 40 };

function handle(req: IncomingMessage, body: string, res: ServerResponse) {
  const json = (status: number, value: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(JSON.stringify(value));
  };
  const target = new URL(req.url ?? "/", "http://x");
  if (target.pathname === "/api/health") {
    return json(
      behaviour.healthStatus,
      behaviour.healthStatus === 200 ? { status: "ok", version: "17" } : {},
    );
  }
  if (target.pathname === "/api/messages" && req.method === "POST") {
    if (req.headers.authorization !== `Bearer ${TOKEN}`) return json(401, { message: "Unauthorized" });
    return json(200, { ping, requestId: "req-1" });
  }
  const invoke = /^\/2015-03-31\/functions\/([^/]+)\/invocations$/.exec(target.pathname);
  if (invoke && req.method === "POST") {
    const event = JSON.parse(body);
    invocations.push({
      path: decodeURIComponent(invoke[1] ?? ""),
      qualifier: target.searchParams.get("Qualifier"),
      event,
    });
    if (behaviour.functionError) {
      return json(
        200,
        { errorType: "Runtime.ImportModuleError", errorMessage: "Cannot find module 'index'" },
        {
          "x-amz-function-error": "Unhandled",
        },
      );
    }
    const isPing = event.rawPath === "/api/messages" && JSON.parse(event.body).message === "__ping__";
    return json(200, {
      statusCode: isPing ? 200 : 400,
      body: JSON.stringify(isPing ? { ping, requestId: "r" } : {}),
    });
  }
  json(404, { message: "Not Found" });
}

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => handle(req, body, res));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  behaviour = { healthStatus: 200, functionError: false };
  invocations = [];
});

const run = () =>
  runBundle(
    bundle,
    {
      "api-url": `${url}/`,
      "function-name": "trip-api",
      token: TOKEN,
      attempts: "2",
      "timeout-seconds": "5",
    },
    { AWS_ENDPOINT_URL_LAMBDA: url },
  );

describe("chain-ping bundle", () => {
  test("every hop passes against a healthy chain", async () => {
    const result = await run();
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.outputs.result ?? "");
    expect(parsed.ok).toBe(true);
    expect(parsed.hops.map((h: { hop: string; status: number }) => [h.hop, h.status])).toEqual([
      ["health", 200],
      ["auth-required", 401],
      ["token-ping", 200],
      ["direct-invoke", 200],
    ]);
    expect(invocations).toHaveLength(1);
    expect(invocations[0]).toMatchObject({ path: "trip-api", qualifier: "live" });
    expect(invocations[0]?.event).toMatchObject({
      version: "2.0",
      routeKey: "$default",
      isBase64Encoded: false,
    });
    expect(result.summary).toContain("| hop | status | latency | attempts | detail |");
    expect(result.summary).toContain("✅ direct-invoke");
    // The token is masked for the runner and never written anywhere else.
    expect(result.stdout).toContain(`::add-mask::${TOKEN}`);
    expect(result.stdout.replace(`::add-mask::${TOKEN}`, "")).not.toContain(TOKEN);
    expect(result.outputs.result).not.toContain(TOKEN);
  });

  test("a broken chain fails the step naming each hop that broke and what it returned", async () => {
    behaviour = { healthStatus: 503, functionError: true };
    const result = await run();
    expect(result.code).toBe(1);
    const error = result.stdout
      .split("\n")
      .find((line) => line.startsWith("::error title=chain-ping failed::"));
    expect(error).toContain('hop "health" failed with 503 after 2 attempts');
    expect(error).toContain('hop "direct-invoke" failed with FunctionError Unhandled after 2 attempts');
    expect(error).toContain("Cannot find module");
    expect(JSON.parse(result.outputs.result ?? "").ok).toBe(false);
    expect(result.summary).toContain("❌ health");
    expect(result.summary).toContain("✅ token-ping");
  });
});
