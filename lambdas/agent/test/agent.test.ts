import { GetParameterCommand, ParameterNotFound, SSMClient } from "@aws-sdk/client-ssm";
import { mockClient } from "aws-sdk-client-mock";
import { AgentInputError, createAgent } from "../src/agent";
import type { AgentPing, AgentReply } from "@trip/contract";
import { boundHistory } from "../src/history";
import { OFFLINE_NOTICE } from "../src/offline-planner";
import { createApiKeySource } from "../src/secrets";
import { loadTrip } from "../src/trip/load";
import { startScriptedServer } from "./support/http";

const trip = loadTrip();
const PARAMETER = "/trip-assistant/test/openai-api-key";
const clock = () => new Date("2027-06-30T15:00:00Z");
const ssmMock = mockClient(SSMClient);
const client = new SSMClient({ region: "eu-west-1" });

beforeEach(() => ssmMock.reset());

const offlineAgent = () =>
  createAgent({
    trip,
    clock,
    version: "abc1234",
    modelName: "gpt-4o-mini",
    apiKey: createApiKeySource({ ssm: () => client }),
  });

describe("agent with the offline model", () => {
  it("answers 'When is our flight?' from the trip through the flight bookings tool and says it is offline", async () => {
    const result = (await offlineAgent().handle({
      message: "When is our flight?",
      history: [],
      user: { sub: "u-1", name: "Maya", email: "maya@example.com" },
    })) as AgentReply;
    expect(result.reply.startsWith(`Hi Maya! ${OFFLINE_NOTICE}`)).toBe(true);
    expect(result.reply).toContain(
      "TP 218, Boston (BOS) → Lisbon (LIS): departs Saturday 10 July 2027 at 21:35",
    );
    expect(result.reply).toContain("Confirmation K7QX2M");
    expect(result.metadata).toMatchObject({
      model: "offline",
      offline: true,
      toolCalls: ["bookings_by_kind"],
    });
    expect(result.metadata.durationMs).toBeGreaterThanOrEqual(0);
  });

  it("calls several tools for a compound question and greets nobody by name when the user is unknown", async () => {
    const result = (await offlineAgent().handle({
      message: "How many days until we leave, and what is the plan for 13 July?",
    })) as AgentReply;
    expect(result.metadata.toolCalls).toEqual(["days_until_departure", "day_plan"]);
    expect(result.reply.startsWith(`Hi! ${OFFLINE_NOTICE}`)).toBe(true);
    expect(result.reply).toContain("10 days until departure");
    expect(result.reply).toContain("Day 4, Tuesday 13 July 2027: Day trip to Sintra");
  });

  it("falls back to searching the trip for anything else", async () => {
    const result = (await offlineAgent().handle({ message: "Where is the dolphin show?" })) as AgentReply;
    expect(result.metadata.toolCalls).toEqual(["search_trip"]);
    expect(result.reply).toContain("Zoomarine");
  });

  it("rejects a malformed event naming the field", async () => {
    await expect(offlineAgent().handle({ message: 42 })).rejects.toThrow(AgentInputError);
    await expect(
      offlineAgent().handle({ message: "hi", history: [{ role: "system", content: "x" }] }),
    ).rejects.toThrow(/history\.0\.role/);
    await expect(offlineAgent().handle({ message: "   " })).rejects.toThrow("message: must not be empty");
  });
});

describe("history bounds", () => {
  const turns = Array.from({ length: 30 }, (_, i) => ({
    role: i % 2 === 0 ? ("user" as const) : ("assistant" as const),
    content: `turn ${i}`,
  }));

  it("keeps the most recent turns, oldest first", () => {
    const kept = boundHistory(turns, 20);
    expect(kept).toHaveLength(20);
    expect(kept[0]?.content).toBe("turn 10");
    expect(kept.at(-1)?.content).toBe("turn 29");
  });

  it("drops older turns once the character budget is spent", () => {
    const long = [
      { role: "user" as const, content: "a".repeat(900) },
      { role: "assistant" as const, content: "b".repeat(600) },
      { role: "user" as const, content: "c".repeat(300) },
    ];
    expect(boundHistory(long, 20, 1000).map((t) => t.content[0])).toEqual(["b", "c"]);
  });
});

describe("__ping__", () => {
  it("fetches the parameter, compiles the graph with the real model and calls no model", async () => {
    ssmMock.on(GetParameterCommand).resolves({ Parameter: { Value: "sk-from-ssm" } });
    const openai = await startScriptedServer(() => ({
      status: 500,
      body: { error: { message: "must not be called" } },
    }));
    try {
      const agent = createAgent({
        trip,
        clock,
        version: "abc1234",
        modelName: "gpt-4o-mini",
        openAI: { baseURL: `${openai.url}/v1` },
        apiKey: createApiKeySource({ parameterName: PARAMETER, ssm: () => client }),
      });
      const { ping } = (await agent.handle({ message: "__ping__" })) as AgentPing;
      expect(ping).toMatchObject({
        ok: true,
        version: "abc1234",
        graphCompiled: true,
        parameterReachable: true,
      });
      expect(ping.error).toBeUndefined();
      expect(ssmMock.commandCalls(GetParameterCommand)).toHaveLength(1);
      expect(openai.requests).toHaveLength(0);
    } finally {
      await openai.close();
    }
  });

  it("reports an unreachable parameter as not ok, with the reason", async () => {
    ssmMock.on(GetParameterCommand).rejects(new ParameterNotFound({ message: "not found", $metadata: {} }));
    const agent = createAgent({
      trip,
      clock,
      version: "abc1234",
      modelName: "gpt-4o-mini",
      apiKey: createApiKeySource({ parameterName: PARAMETER, ssm: () => client }),
    });
    const { ping } = (await agent.handle({ message: " __ping__ " })) as AgentPing;
    expect(ping).toMatchObject({ ok: false, graphCompiled: true, parameterReachable: false });
    expect(ping.error).toContain(`SSM parameter ${PARAMETER} (SSM_PARAMETER_NAME) does not exist`);
  });
});
