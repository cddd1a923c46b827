// The API Lambda end to end: real HTTP API v2 events through the Hono Lambda adapter, with the
// agent reached through LambdaAgentClient on a mocked Lambda client.
import { InvokeCommand, LambdaClient, TooManyRequestsException } from "@aws-sdk/client-lambda";
import { mockClient } from "aws-sdk-client-mock";
import type { APIGatewayProxyResult } from "aws-lambda";
import { createLambdaHandler } from "../src/lambda";
import { LambdaAgentClient } from "../src/lambda-agent-client";
import {
  cognitoClaims,
  httpApiEvent,
  invokePayload,
  lambdaContext,
  type EventOptions,
} from "./support/events";

const lambdaMock = mockClient(LambdaClient);
const logs: Record<string, unknown>[] = [];
const encode = invokePayload;
const reply = {
  reply: "Hi Maya! You fly out on TP 218 on Saturday 10 July at 21:35.",
  metadata: { model: "offline", offline: true, toolCalls: ["bookings_by_kind"], durationMs: 12 },
};

function makeHandler(agentTimeoutMs = 2000) {
  const agent = new LambdaAgentClient({
    lambda: () => new LambdaClient({ region: "eu-west-1" }),
    functionName: "trip-assistant-agent-test",
    qualifier: "live",
  });
  return createLambdaHandler({ agent, version: "abc1234", agentTimeoutMs, log: (entry) => logs.push(entry) });
}

async function call(options: EventOptions, handler = makeHandler()) {
  const result = (await handler(httpApiEvent(options), lambdaContext)) as APIGatewayProxyResult;
  return {
    status: result.statusCode,
    headers: result.headers ?? {},
    body: JSON.parse(result.body) as Record<string, unknown>,
  };
}

const post = (body: unknown, options: Partial<EventOptions> = {}) =>
  call({
    method: "POST",
    path: "/api/messages",
    body: typeof body === "string" ? body : JSON.stringify(body),
    claims: cognitoClaims,
    ...options,
  });

const invokedEvents = () =>
  lambdaMock
    .commandCalls(InvokeCommand)
    .map((c) => JSON.parse(new TextDecoder().decode(c.args[0].input.Payload as Uint8Array)) as unknown);

beforeEach(() => {
  lambdaMock.reset();
  logs.length = 0;
  lambdaMock.on(InvokeCommand).resolves({ StatusCode: 200, ExecutedVersion: "12", Payload: encode(reply) });
});

describe("GET /api/health", () => {
  it("answers without auth or agent", async () => {
    const response = await call({ path: "/api/health" });
    expect(response).toMatchObject({ status: 200, body: { status: "ok", version: "abc1234" } });
    expect(lambdaMock.calls()).toHaveLength(0);
  });
});

describe("POST /api/messages", () => {
  it("passes the message, history and signed-in user to the agent's live alias and returns its reply", async () => {
    const history = [
      { role: "user", content: "Hello" },
      { role: "assistant", content: "Hi! How can I help?" },
    ];
    const response = await post({ message: "  When is our flight?  ", history }, { requestId: "req-123=" });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ ...reply, requestId: "req-123=" });
    expect(response.headers["x-request-id"]).toBe("req-123=");
    const input = lambdaMock.commandCalls(InvokeCommand)[0]?.args[0].input;
    expect(input).toMatchObject({
      FunctionName: "trip-assistant-agent-test",
      Qualifier: "live",
      InvocationType: "RequestResponse",
    });
    expect(invokedEvents()).toEqual([
      {
        message: "When is our flight?",
        history,
        user: { sub: cognitoClaims.sub, name: "Maya", email: "maya@example.com" },
      },
    ]);
  });

  it("accepts a base64-encoded body", async () => {
    const response = await post(JSON.stringify({ message: "When is our flight?" }), { base64: true });
    expect(response.status).toBe(200);
    expect(invokedEvents()).toEqual([
      expect.objectContaining({ message: "When is our flight?", history: [] }),
    ]);
  });

  it.each([
    ["malformed JSON", '{"message": "hi"', "body", /^body: malformed JSON/],
    ["a body that is not an object", '["hi"]', "body", /^body: expected a JSON object$/],
    ["a missing message", { history: [] }, "message", /^message: is required$/],
    ["a message that is not a string", { message: 7 }, "message", /^message: expected a string$/],
    ["an empty message", { message: "   " }, "message", /^message: must not be empty$/],
    [
      "a message over 4,000 characters",
      { message: "x".repeat(4001) },
      "message",
      /^message: must be at most 4000 characters$/,
    ],
    [
      "history over 40 items",
      { message: "hi", history: Array.from({ length: 41 }, () => ({ role: "user", content: "x" })) },
      "history",
      /^history: must have at most 40 items$/,
    ],
    [
      "history that is not an array",
      { message: "hi", history: "earlier" },
      "history",
      /^history: expected an array/,
    ],
    [
      "a history item with the wrong role",
      {
        message: "hi",
        history: [
          { role: "user", content: "a" },
          { role: "system", content: "b" },
        ],
      },
      "history[1].role",
      /^history\[1\]\.role: expected "user" or "assistant"$/,
    ],
    [
      "a history item without content",
      { message: "hi", history: [{ role: "user" }] },
      "history[0].content",
      /content: expected a string/,
    ],
  ])("rejects %s with 400 naming the field", async (_case, body, field, message) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    const error = response.body.error as { code: string; field: string; message: string };
    expect(error.code).toBe("invalid_request");
    expect(error.field).toBe(field);
    expect(error.message).toMatch(message);
    expect(response.body.requestId).toBe("Ab3dEf6GiJkLmNo=");
    expect(lambdaMock.calls()).toHaveLength(0);
  });

  it("accepts exactly 4,000 characters and 40 history items", async () => {
    const history = Array.from({ length: 40 }, (_, i) => ({
      role: i % 2 ? "assistant" : "user",
      content: "ok",
    }));
    const response = await post({ message: "x".repeat(4000), history });
    expect(response.status).toBe(200);
  });

  it("rejects a body over 64 KiB with 413 before parsing it", async () => {
    const response = await post({
      message: "hi",
      history: [{ role: "user", content: "x".repeat(64 * 1024) }],
    });
    expect(response.status).toBe(413);
    expect(response.body).toEqual({
      error: { code: "payload_too_large", message: "body: must be at most 65536 bytes", field: "body" },
      requestId: "Ab3dEf6GiJkLmNo=",
    });
    expect(lambdaMock.calls()).toHaveLength(0);
  });

  it("answers 502 with the request id and no stack trace when the agent function fails", async () => {
    lambdaMock.on(InvokeCommand).resolves({
      StatusCode: 200,
      FunctionError: "Unhandled",
      Payload: encode({
        errorType: "ApiKeyError",
        errorMessage: "Could not read SSM parameter /trip/openai: AccessDeniedException: denied",
        trace: ["ApiKeyError: Could not read SSM parameter", "    at fetchKey (/var/task/index.mjs:1:2345)"],
      }),
    });
    const response = await post({ message: "When is our flight?" });
    expect(response.status).toBe(502);
    expect(response.body).toEqual({
      error: {
        code: "agent_error",
        message: "The trip assistant could not answer. Please try again in a moment.",
      },
      requestId: "Ab3dEf6GiJkLmNo=",
    });
    expect(JSON.stringify(response.body)).not.toMatch(/index\.mjs|SSM|ApiKeyError/);
    // The cause is logged for the operator instead.
    expect(logs).toContainEqual(
      expect.objectContaining({
        level: "error",
        requestId: "Ab3dEf6GiJkLmNo=",
        error:
          "trip-assistant-agent-test:live failed: ApiKeyError: Could not read SSM parameter /trip/openai: AccessDeniedException: denied",
      }),
    );
  });

  it("answers 502 when invoking the agent fails after the SDK's retries", async () => {
    lambdaMock.on(InvokeCommand).rejects(
      new TooManyRequestsException({
        message: "Rate exceeded",
        $metadata: { httpStatusCode: 429 },
        Type: "User",
        Reason: "ReservedFunctionConcurrentInvocationLimitExceeded",
      }),
    );
    const response = await post({ message: "When is our flight?" });
    expect(response.status).toBe(502);
  });

  it("answers 504 when the agent function times out", async () => {
    lambdaMock.on(InvokeCommand).resolves({
      StatusCode: 200,
      FunctionError: "Unhandled",
      Payload: encode({
        errorType: "Sandbox.Timedout",
        errorMessage: "RequestId: 1 Error: Task timed out after 30.00 seconds",
      }),
    });
    const response = await post({ message: "When is our flight?" });
    expect(response.status).toBe(504);
    expect(response.body).toMatchObject({ error: { code: "agent_timeout" }, requestId: "Ab3dEf6GiJkLmNo=" });
  });

  it("answers 504 when the agent does not answer before the API's deadline", async () => {
    lambdaMock.on(InvokeCommand).callsFake(() => new Promise(() => undefined));
    const started = Date.now();
    const response = await call(
      { method: "POST", path: "/api/messages", body: JSON.stringify({ message: "When is our flight?" }) },
      makeHandler(50),
    );
    expect(response.status).toBe(504);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("answers 404 JSON for unknown routes and methods", async () => {
    const unknown = await call({ path: "/api/nothing-here" });
    expect(unknown).toMatchObject({
      status: 404,
      body: { error: { code: "not_found", message: "No route for GET /api/nothing-here" } },
    });
    const wrongMethod = await call({ method: "GET", path: "/api/messages" });
    expect(wrongMethod.status).toBe(404);
    expect(wrongMethod.headers["content-type"]).toMatch(/^application\/json/);
  });
});

describe("__ping__ through the API", () => {
  const ping = {
    ok: true,
    version: "abc1234",
    graphCompiled: true,
    parameterReachable: true,
    durationMs: 41,
  };

  it("works without JWT claims (direct invocation) and returns the agent's health payload", async () => {
    lambdaMock.on(InvokeCommand).resolves({ StatusCode: 200, Payload: encode({ ping }) });
    const response = await post({ message: "__ping__" }, { claims: undefined });
    expect(response).toMatchObject({ status: 200, body: { ping, requestId: "Ab3dEf6GiJkLmNo=" } });
    expect(invokedEvents()).toEqual([{ message: "__ping__", history: [] }]);
  });

  it("answers 200 with ok false when the agent cannot reach the parameter (the checker decides)", async () => {
    const down = {
      ...ping,
      ok: false,
      parameterReachable: false,
      error: "SSM parameter /trip/openai does not exist",
    };
    lambdaMock.on(InvokeCommand).resolves({ StatusCode: 200, Payload: encode({ ping: down }) });
    const response = await post({ message: "__ping__" }, { claims: undefined });
    expect(response).toMatchObject({ status: 200, body: { ping: down } });
  });

  it("gives a signed-in caller (the HTTP API) the ping's verdict, never its error text", async () => {
    const error =
      "AccessDeniedException: User: arn:aws:sts::123456789012:assumed-role/trip-agent-test/fn is not authorized";
    const down = { ...ping, ok: false, parameterReachable: false, error };
    lambdaMock.on(InvokeCommand).resolves({ StatusCode: 200, Payload: encode({ ping: down }) });
    const viaGateway = await post({ message: "__ping__" });
    expect(viaGateway).toMatchObject({
      status: 200,
      body: { ping: { ok: false, parameterReachable: false } },
    });
    expect(viaGateway.body.ping).not.toHaveProperty("error");
    expect(JSON.stringify(viaGateway.body)).not.toMatch(/arn:|123456789012|AccessDenied/);

    const direct = await post({ message: "__ping__" }, { claims: undefined });
    expect(direct.body).toMatchObject({ ping: { error } });
  });

  it("answers 502 when the agent throws during ping", async () => {
    lambdaMock.on(InvokeCommand).resolves({
      StatusCode: 200,
      FunctionError: "Unhandled",
      Payload: encode({
        errorType: "TripDataError",
        errorMessage: "Trip data is invalid at flights[0].departure",
      }),
    });
    const response = await post({ message: "__ping__" }, { claims: undefined });
    expect(response.status).toBe(502);
  });
});
