// The LangGraph state machine: the model node decides, the tool node acts, and the loop ends
// when the model answers without asking for a tool.
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { END, MessagesAnnotation, START, StateGraph } from "@langchain/langgraph";
import { ToolNode, toolsCondition } from "@langchain/langgraph/prebuilt";
import type { TripTools } from "./tools";

export function buildGraph(model: BaseChatModel, tools: TripTools) {
  if (!model.bindTools) throw new Error(`Model ${model._llmType()} cannot call tools`);
  const withTools = model.bindTools(tools);
  return new StateGraph(MessagesAnnotation)
    .addNode("model", async (state) => ({ messages: [await withTools.invoke(state.messages)] }))
    .addNode("tools", new ToolNode(tools))
    .addEdge(START, "model")
    .addConditionalEdges("model", toolsCondition, ["tools", END])
    .addEdge("tools", "model")
    .compile();
}

export type TripGraph = ReturnType<typeof buildGraph>;
