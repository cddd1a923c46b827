// A LangChain chat model that needs no network: it asks for tools like a real model would (so
// the real graph and tool node run), then answers from the tool results. Deterministic.
import type { BaseLanguageModelInput, ToolDefinition } from "@langchain/core/language_models/base";
import {
  BaseChatModel,
  type BaseChatModelCallOptions,
  type BindToolsInput,
} from "@langchain/core/language_models/chat_models";
import type { AIMessageChunk } from "@langchain/core/messages";
import { AIMessage, type BaseMessage } from "@langchain/core/messages";
import type { ChatResult } from "@langchain/core/outputs";
import type { Runnable } from "@langchain/core/runnables";
import { composeOfflineAnswer, planToolCalls } from "./offline-planner";

export const OFFLINE_MODEL_NAME = "offline";

/** The system prompt names the person; the offline model reads it from there, as a model would. */
export const userNameFromPrompt = (prompt: string): string | undefined =>
  /You are talking with ([^(.\n]+?)(?: \(|\.|\n|$)/.exec(prompt)?.[1]?.trim();

export class OfflineChatModel extends BaseChatModel {
  constructor(
    private readonly tripYear: string,
    private readonly toolNames: readonly string[] = [],
  ) {
    super({});
  }

  _llmType(): string {
    return OFFLINE_MODEL_NAME;
  }

  override bindTools(
    tools: BindToolsInput[],
  ): Runnable<BaseLanguageModelInput, AIMessageChunk, BaseChatModelCallOptions> {
    const names = tools.map((t) => ("name" in t ? String(t.name) : (t as ToolDefinition).function.name));
    return new OfflineChatModel(this.tripYear, names);
  }

  async _generate(messages: BaseMessage[]): Promise<ChatResult> {
    const lastHuman = messages.findLastIndex((m) => m.type === "human");
    const toolResults = messages.slice(lastHuman + 1).filter((m) => m.type === "tool");
    let message: AIMessage;
    if (toolResults.length === 0) {
      const question = messages[lastHuman]?.text ?? "";
      const calls = planToolCalls(question, this.tripYear).filter((call) =>
        this.toolNames.includes(call.name),
      );
      message = new AIMessage({
        content: "",
        tool_calls: calls.map((call, index) => ({
          id: `offline_call_${index}`,
          name: call.name,
          args: call.args,
          type: "tool_call",
        })),
      });
    } else {
      const system = messages.find((m) => m.type === "system")?.text ?? "";
      message = new AIMessage(
        composeOfflineAnswer(
          userNameFromPrompt(system),
          toolResults.map((m) => m.text),
        ),
      );
    }
    return { generations: [{ text: message.text, message }] };
  }
}
