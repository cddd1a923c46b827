// The agent: validates the event, picks the model (OpenAI when a key exists, offline
// otherwise), runs the graph and reports what happened. Also answers the `__ping__` sentinel.
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { AIMessage, HumanMessage, SystemMessage, type BaseMessage } from "@langchain/core/messages";
import {
  PING_MESSAGE,
  type AgentReply,
  type AgentResult,
  type ParsedAgentEvent,
  type PingReport,
} from "@trip/contract";
import { agentEventSchema } from "@trip/contract/schemas";
import { buildGraph, type TripGraph } from "./graph";
import { boundHistory } from "./history";
import { OFFLINE_MODEL_NAME, OfflineChatModel } from "./offline-model";
import { systemPrompt } from "./prompt";
import type { ApiKeySource } from "./secrets";
import { createTripTools, type Clock } from "./tools";
import type { Trip } from "./trip/schema";

export class AgentInputError extends Error {
  override name = "AgentInputError";
}

export interface OpenAIOptions {
  /** Only for tests and proxies; the OpenAI SDK also honours OPENAI_BASE_URL. */
  baseURL?: string;
  timeoutMs?: number;
  maxRetries?: number;
}

export interface AgentOptions {
  trip: Trip;
  apiKey: ApiKeySource;
  modelName: string;
  version: string;
  clock?: Clock;
  openAI?: OpenAIOptions;
}

export interface Agent {
  handle(event: unknown): Promise<AgentResult>;
}

// Tool loops end long before this; the limit only stops a misbehaving model.
const RECURSION_LIMIT = 12;

export function createAgent({
  trip,
  apiKey,
  modelName,
  version,
  clock = () => new Date(),
  openAI = {},
}: AgentOptions): Agent {
  const tools = createTripTools(trip, clock);
  const tripYear = trip.startDate.slice(0, 4);
  let cached: { key: string | undefined; graph: TripGraph; model: string } | undefined;

  async function createModel(key: string): Promise<BaseChatModel> {
    // Loaded on first use: the OpenAI client is the largest part of the bundle's start-up.
    const { ChatOpenAI } = await import("@langchain/openai");
    return new ChatOpenAI({
      model: modelName,
      apiKey: key,
      maxRetries: openAI.maxRetries ?? 2,
      timeout: openAI.timeoutMs ?? 20_000,
      ...(openAI.baseURL ? { configuration: { baseURL: openAI.baseURL } } : {}),
    });
  }

  async function graphFor(key: string | undefined) {
    if (!cached || cached.key !== key) {
      const model = key ? await createModel(key) : new OfflineChatModel(tripYear);
      cached = { key, graph: buildGraph(model, tools), model: key ? modelName : OFFLINE_MODEL_NAME };
    }
    return cached;
  }

  async function ping(): Promise<PingReport> {
    const started = performance.now();
    const parameter = await apiKey.probe();
    let graphCompiled = false;
    let graphError: string | undefined;
    try {
      await graphFor(parameter.reachable ? await apiKey.get() : undefined);
      graphCompiled = true;
    } catch (error) {
      graphError = `graph did not compile: ${(error as Error).message}`;
    }
    const error = [parameter.error, graphError].filter(Boolean).join("; ");
    return {
      ok: parameter.reachable && graphCompiled,
      version,
      graphCompiled,
      parameterReachable: parameter.reachable,
      durationMs: Math.round(performance.now() - started),
      ...(error ? { error } : {}),
    };
  }

  async function answer(message: string, event: ParsedAgentEvent): Promise<AgentReply> {
    const started = performance.now();
    const { graph, model } = await graphFor(await apiKey.get());
    const input: BaseMessage[] = [
      new SystemMessage(systemPrompt(trip, event.user, clock())),
      ...boundHistory(event.history).map((turn) =>
        turn.role === "user" ? new HumanMessage(turn.content) : new AIMessage(turn.content),
      ),
      new HumanMessage(message),
    ];
    const { messages } = await graph.invoke({ messages: input }, { recursionLimit: RECURSION_LIMIT });
    const produced = messages.slice(input.length);
    const toolCalls = produced.flatMap((m) =>
      AIMessage.isInstance(m) ? (m.tool_calls ?? []).map((call) => call.name) : [],
    );
    const last = produced.at(-1);
    return {
      reply: last?.text ?? "",
      metadata: {
        model,
        offline: model === OFFLINE_MODEL_NAME,
        toolCalls,
        durationMs: Math.round(performance.now() - started),
      },
    };
  }

  return {
    async handle(raw) {
      const parsed = agentEventSchema.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new AgentInputError(
          `Invalid agent event at ${issue?.path.join(".") || "(root)"}: ${issue?.message}`,
        );
      }
      const message = parsed.data.message.trim();
      if (message === PING_MESSAGE) return { ping: await ping() };
      if (!message) throw new AgentInputError("Invalid agent event at message: must not be empty");
      return answer(message, parsed.data);
    },
  };
}
