// The OpenAI path end to end: the real @langchain/openai client talks to a local server that
// speaks the chat-completions protocol, including a tool-call round trip.
import { GetParameterCommand, SSMClient } from "@aws-sdk/client-ssm";
import { mockClient } from "aws-sdk-client-mock";
import { createAgent } from "../src/agent";
import type { AgentReply } from "@trip/contract";
import { createApiKeySource } from "../src/secrets";
import { loadTrip } from "../src/trip/load";
import { startScriptedServer, type ScriptedReply } from "./support/http";

interface ChatRequest {
  model: string;
  messages: Array<{ role: string; content: string | null; tool_call_id?: string; tool_calls?: unknown[] }>;
  tools?: Array<{ type: string; function: { name: string } }>;
}

let completions = 0;
// Real completions have unique ids; LangGraph's message reducer merges messages by id.
const completion = (message: Record<string, unknown>, finishReason: string): ScriptedReply => ({
  body: {
    id: `chatcmpl-test-${++completions}`,
    object: "chat.completion",
    created: 1_800_000_000,
    model: "gpt-4o-mini-2024-07-18",
    choices: [
      { index: 0, message: { role: "assistant", refusal: null, ...message }, finish_reason: finishReason },
    ],
    usage: { prompt_tokens: 100, completion_tokens: 20, total_tokens: 120 },
  },
});

const ssmMock = mockClient(SSMClient);

describe("agent with ChatOpenAI", () => {
  it("runs a tool call round trip with the key from SSM and returns the model's answer", async () => {
    ssmMock.on(GetParameterCommand).resolves({ Parameter: { Value: "sk-test-from-ssm" } });
    const server = await startScriptedServer((_request, index) =>
      index === 0
        ? completion(
            {
              content: null,
              tool_calls: [
                {
                  id: "call_flights",
                  type: "function",
                  function: { name: "bookings_by_kind", arguments: '{"kind":"flight"}' },
                },
              ],
            },
            "tool_calls",
          )
        : completion(
            { content: "Hi Maya! You fly out on TP 218 on Saturday 10 July at 21:35 from Boston." },
            "stop",
          ),
    );
    try {
      const agent = createAgent({
        trip: loadTrip(),
        clock: () => new Date("2027-06-30T15:00:00Z"),
        version: "abc1234",
        modelName: "gpt-4o-mini",
        openAI: { baseURL: `${server.url}/v1`, maxRetries: 0 },
        apiKey: createApiKeySource({
          parameterName: "/trip/openai",
          ssm: () => new SSMClient({ region: "eu-west-1" }),
        }),
      });
      const result = (await agent.handle({
        message: "When is our flight?",
        history: [
          { role: "user", content: "Hello" },
          { role: "assistant", content: "Hi! How can I help?" },
        ],
        user: { name: "Maya", email: "maya@example.com" },
      })) as AgentReply;

      expect(result.reply).toBe("Hi Maya! You fly out on TP 218 on Saturday 10 July at 21:35 from Boston.");
      expect(result.metadata).toMatchObject({
        model: "gpt-4o-mini",
        offline: false,
        toolCalls: ["bookings_by_kind"],
      });

      expect(server.requests).toHaveLength(2);
      const [first, second] = server.requests.map((r) => JSON.parse(r.body) as ChatRequest);
      for (const request of server.requests) {
        expect(request.url).toBe("/v1/chat/completions");
        expect(request.headers.authorization).toBe("Bearer sk-test-from-ssm");
      }
      expect(first?.model).toBe("gpt-4o-mini");
      expect(first?.tools?.map((t) => t.function.name).sort()).toEqual([
        "bookings_by_kind",
        "day_plan",
        "days_until_departure",
        "local_time",
        "search_trip",
      ]);
      expect(first?.messages.map((m) => m.role)).toEqual(["system", "user", "assistant", "user"]);
      expect(first?.messages[0]?.content).toContain("You are talking with Maya (maya@example.com)");
      expect(first?.messages[3]?.content).toBe("When is our flight?");

      // The second request carries the real tool's output back to the model.
      const toolMessage = second?.messages.find((m) => m.role === "tool");
      expect(toolMessage?.tool_call_id).toBe("call_flights");
      expect(toolMessage?.content).toContain("TP 218");
      expect(toolMessage?.content).toContain("Confirmation K7QX2M");
    } finally {
      await server.close();
    }
  });

  it("surfaces an OpenAI error instead of answering", async () => {
    const server = await startScriptedServer(() => ({
      status: 401,
      body: {
        error: {
          message: "Incorrect API key provided",
          type: "invalid_request_error",
          code: "invalid_api_key",
        },
      },
    }));
    try {
      const agent = createAgent({
        trip: loadTrip(),
        version: "abc1234",
        modelName: "gpt-4o-mini",
        openAI: { baseURL: `${server.url}/v1`, maxRetries: 0 },
        apiKey: createApiKeySource({ envKey: "sk-wrong", ssm: () => new SSMClient({ region: "eu-west-1" }) }),
      });
      await expect(agent.handle({ message: "When is our flight?" })).rejects.toThrow(
        /Incorrect API key provided/,
      );
    } finally {
      await server.close();
    }
  });
});
