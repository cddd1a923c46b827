// The agent Lambda's invocation contract. The API Lambda (and the local server) send an
// `AgentEvent` and receive an `AgentResult`. Kept free of Node-only imports.
import { z } from "zod";

export const PING_MESSAGE = "__ping__";

export const chatTurnSchema = z.object({
  role: z.enum(["user", "assistant"]),
  content: z.string(),
});

export const agentUserSchema = z.object({
  sub: z.string().optional(),
  name: z.string().optional(),
  email: z.string().optional(),
});

export const agentEventSchema = z.object({
  message: z.string(),
  // A direct invocation (the chain-ping's `__ping__`) may leave history out.
  history: z.array(chatTurnSchema).default([]),
  user: agentUserSchema.optional(),
});

export type ChatTurn = z.infer<typeof chatTurnSchema>;
export type AgentUser = z.infer<typeof agentUserSchema>;
export type AgentEvent = z.input<typeof agentEventSchema>;

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
