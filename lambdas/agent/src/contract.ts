// The agent Lambda's invocation contract. The API Lambda (and the local server) send an
// `AgentEvent` and receive an `AgentResult`. Types and constants only, so importing it costs
// the API bundle nothing; the agent validates events with `event-schema.ts`.

export const PING_MESSAGE = "__ping__";

export interface ChatTurn {
  role: "user" | "assistant";
  content: string;
}

export interface AgentUser {
  sub?: string;
  name?: string;
  email?: string;
}

export interface AgentEvent {
  message: string;
  /** A direct invocation (the chain-ping's `__ping__`) may leave history out. */
  history?: ChatTurn[];
  user?: AgentUser;
}

export interface ReplyMetadata {
  /** Model name, or "offline" for the deterministic offline model. */
  model: string;
  offline: boolean;
  /** Names of the tools called while answering, in call order. */
  toolCalls: string[];
  durationMs: number;
}

export interface AgentReply {
  reply: string;
  metadata: ReplyMetadata;
}

export interface PingReport {
  ok: boolean;
  version: string;
  graphCompiled: boolean;
  parameterReachable: boolean;
  durationMs: number;
  /** Why `ok` is false (never a secret). */
  error?: string;
}

export interface AgentPing {
  ping: PingReport;
}

export type AgentResult = AgentReply | AgentPing;

export const isPing = (result: AgentResult): result is AgentPing => "ping" in result;
