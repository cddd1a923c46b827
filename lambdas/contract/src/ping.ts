import type { AgentPing, AgentResult } from "./schemas";

/** The message that asks the agent for a health report instead of an answer (chain-ping). */
export const PING_MESSAGE = "__ping__";

export const isPing = (result: AgentResult): result is AgentPing => "ping" in result;
