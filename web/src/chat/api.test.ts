import { ApiError, apiClient } from "./api";

interface Call {
  url: string;
  init: RequestInit;
}

function fakeFetch(answer: (call: Call) => { status: number; body?: unknown } | Error) {
  const calls: Call[] = [];
  const fetchFn = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const result = answer({ url, init });
    if (result instanceof Error) throw result;
    return {
      ok: result.status >= 200 && result.status < 300,
      status: result.status,
      json: async () => {
        if (result.body === undefined) throw new SyntaxError("Unexpected end of JSON input");
        return result.body;
      },
    } as Response;
  }) as typeof fetch;
  return { fetchFn, calls };
}

const request = { message: "When is our flight?", history: [{ role: "user" as const, content: "hi" }] };

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error("expected an ApiError");
}

it("posts the message and history with the bearer token", async () => {
  const reply = {
    reply: "Saturday.",
    metadata: { model: "offline", offline: true, toolCalls: [], durationMs: 3 },
    requestId: "r1",
  };
  const { fetchFn, calls } = fakeFetch(() => ({ status: 200, body: reply }));
  const send = apiClient({ apiUrl: "https://api.example.com", token: () => "tok-1", fetchFn });
  await expect(send(request)).resolves.toEqual(reply);
  expect(calls).toHaveLength(1);
  expect(calls[0]?.url).toBe("https://api.example.com/api/messages");
  expect(calls[0]?.init.method).toBe("POST");
  expect(calls[0]?.init.headers).toMatchObject({
    authorization: "Bearer tok-1",
    "content-type": "application/json",
  });
  expect(JSON.parse(calls[0]?.init.body as string)).toEqual(request);
});

it("reads the token on every call, so a renewed token is used", async () => {
  let token = "old";
  const { fetchFn, calls } = fakeFetch(() => ({ status: 200, body: { reply: "ok", requestId: "r" } }));
  const send = apiClient({ apiUrl: "https://api.example.com", token: () => token, fetchFn });
  await send(request);
  token = "new";
  await send(request);
  expect(calls.map((c) => (c.init.headers as Record<string, string>).authorization)).toEqual([
    "Bearer old",
    "Bearer new",
  ]);
});

it("reports a missing token as unauthorized without calling the API", async () => {
  const { fetchFn, calls } = fakeFetch(() => ({ status: 200 }));
  const error = await failure(apiClient({ apiUrl: "https://a", token: () => undefined, fetchFn })(request));
  expect(error.kind).toBe("unauthorized");
  expect(calls).toHaveLength(0);
});

it.each([
  [
    401,
    { error: { code: "unauthorized", message: "token has expired" }, requestId: "r9" },
    "unauthorized",
    "token has expired",
  ],
  [
    400,
    {
      error: { code: "invalid_request", message: "message: must not be empty", field: "message" },
      requestId: "r9",
    },
    "rejected",
    "message: must not be empty",
  ],
  [
    504,
    { error: { code: "agent_timeout", message: "x" }, requestId: "r9" },
    "server",
    "The assistant took too long to answer.",
  ],
  [502, undefined, "server", "The assistant ran into a problem. Try again in a moment."],
])("maps HTTP %i to a %s error the chat can show", async (status, body, kind, message) => {
  const { fetchFn } = fakeFetch(() => ({ status, body }));
  const error = await failure(apiClient({ apiUrl: "https://a", token: () => "t", fetchFn })(request));
  expect({ kind: error.kind, message: error.message }).toEqual({ kind, message });
  if (body) expect(error.requestId).toBe("r9");
});

it("reports a network failure as retryable", async () => {
  const { fetchFn } = fakeFetch(() => new TypeError("Failed to fetch"));
  const error = await failure(apiClient({ apiUrl: "https://a", token: () => "t", fetchFn })(request));
  expect(error.kind).toBe("network");
  expect(error.message).toMatch(/Couldn't reach the assistant/);
});
