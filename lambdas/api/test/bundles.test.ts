// The shipped artefacts: both bundles built as for the images, loaded in a fresh Node process
// the way Lambda's runtime loads `index.handler`, with the AWS SDK pointed at a local fake of
// the two calls they make (aws-sdk-client-mock cannot reach into another process).
import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";

const out = mkdtempSync(join(tmpdir(), "lambda-bundles-"));
const build = (workspace: string) =>
  execFileSync("node", ["../build-lambda.mjs", "--outfile", join(out, workspace, "index.mjs")], {
    cwd: resolve("lambdas", workspace),
    env: { ...process.env, APP_VERSION: "bundle-test" },
    stdio: "pipe",
  });

const requests: Array<{ target: string | undefined; url: string | undefined; body: string }> = [];
const fakeAws = createServer((req, res) => {
  let body = "";
  req.on("data", (chunk: Buffer) => (body += chunk));
  req.on("end", () => {
    requests.push({ target: req.headers["x-amz-target"] as string | undefined, url: req.url, body });
    if (req.headers["x-amz-target"] === "AmazonSSM.GetParameter") {
      res.writeHead(200, { "content-type": "application/x-amz-json-1.1" });
      res.end(
        JSON.stringify({ Parameter: { Name: "/trip/key", Type: "SecureString", Value: "sk-bundle-test" } }),
      );
      return;
    }
    // Lambda Invoke: answer as the agent would.
    res.writeHead(200, { "content-type": "application/json", "x-amz-executed-version": "4" });
    res.end(
      JSON.stringify({
        reply: "Saturday.",
        metadata: { model: "offline", offline: true, toolCalls: [], durationMs: 3 },
      }),
    );
  });
});

beforeAll(async () => {
  build("agent");
  build("api");
  await new Promise<void>((done) => fakeAws.listen(0, "127.0.0.1", done));
}, 120_000);

afterAll(() => new Promise<void>((done) => fakeAws.close(() => done())));

// Asynchronous, so this process's event loop keeps serving the fake while the child runs.
async function runInFreshNode(script: string): Promise<Record<string, unknown>> {
  const file = join(out, `run-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, script);
  const { port } = fakeAws.address() as AddressInfo;
  const { stdout } = await promisify(execFile)("node", ["--no-warnings", file], {
    encoding: "utf8",
    timeout: 20_000,
    env: {
      PATH: process.env.PATH,
      AWS_ENDPOINT_URL: `http://127.0.0.1:${port}`,
      AWS_REGION: "eu-west-1",
      AWS_ACCESS_KEY_ID: "AKIDTEST",
      AWS_SECRET_ACCESS_KEY: "test-secret",
      SSM_PARAMETER_NAME: "/trip/key",
      AGENT_FUNCTION_NAME: "trip-assistant-agent-test",
    },
  });
  return JSON.parse(stdout.trim().split("\n").at(-1) as string) as Record<string, unknown>;
}

const agentUrl = () => pathToFileURL(join(out, "agent", "index.mjs")).href;
const apiUrl = () => pathToFileURL(join(out, "api", "index.mjs")).href;

describe("bundles", () => {
  it("agent: loads as Lambda does and pings through SSM without calling a model", async () => {
    const result = await runInFreshNode(`
      const { handler } = await import(${JSON.stringify(agentUrl())});
      const ping = await handler({ message: "__ping__" });
      console.log(JSON.stringify({ ping }));
    `);
    expect(result.ping).toMatchObject({
      ping: { ok: true, version: "bundle-test", graphCompiled: true, parameterReachable: true },
    });
    expect(requests.some((r) => r.target === "AmazonSSM.GetParameter")).toBe(true);
  });

  it("api: serves health and relays a message to the agent's live alias", async () => {
    const result = await runInFreshNode(`
      const { handler } = await import(${JSON.stringify(apiUrl())});
      const event = (method, path, body) => ({
        version: "2.0", routeKey: "$default", rawPath: path, rawQueryString: "",
        headers: { host: "api.example", "content-type": "application/json" },
        requestContext: { http: { method, path, protocol: "HTTP/1.1", sourceIp: "203.0.113.7", userAgent: "test" }, requestId: "bundle-req" },
        isBase64Encoded: false, ...(body ? { body } : {}),
      });
      const health = await handler(event("GET", "/api/health"), {});
      const message = await handler(event("POST", "/api/messages", JSON.stringify({ message: "When is our flight?" })), {});
      console.log(JSON.stringify({ health, message }));
    `);
    const health = result.health as { statusCode: number; body: string };
    const message = result.message as { statusCode: number; body: string };
    expect(health.statusCode).toBe(200);
    expect(JSON.parse(health.body)).toEqual({ status: "ok", version: "bundle-test" });
    expect(message.statusCode).toBe(200);
    expect(JSON.parse(message.body)).toMatchObject({ reply: "Saturday.", requestId: "bundle-req" });
    const invoke = requests.find((r) => r.url?.includes("/functions/"));
    expect(invoke?.url).toBe("/2015-03-31/functions/trip-assistant-agent-test/invocations?Qualifier=live");
    expect(JSON.parse(invoke?.body ?? "{}")).toEqual({ message: "When is our flight?", history: [] });
  });
});
