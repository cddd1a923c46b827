// The wire's zod schemas; every type of the contract is inferred from them, so changing a
// schema is the one edit and the compiler lists what else must follow. Imported at Lambda
// cold start: zod 4 and nothing else.
import * as z from "zod";
import { MAX_HISTORY_ITEMS, MAX_MESSAGE_CHARS } from "./limits";

export const historyItemSchema = z.object(
  {
    role: z.enum(["user", "assistant"], { error: 'expected "user" or "assistant"' }),
    content: z.string({ error: "expected a string" }),
  },
  { error: "expected an object with role and content" },
);

// ---- Browser → API: POST /api/messages

export const messageRequestSchema = z.object(
  {
    message: z
      .string({ error: (issue) => (issue.input === undefined ? "is required" : "expected a string") })
      .trim()
      .min(1, { error: "must not be empty" })
      .max(MAX_MESSAGE_CHARS, { error: `must be at most ${MAX_MESSAGE_CHARS} characters` }),
    history: z
      .array(historyItemSchema, { error: "expected an array of {role, content}" })
      .max(MAX_HISTORY_ITEMS, { error: `must have at most ${MAX_HISTORY_ITEMS} items` })
      .optional(),
  },
  { error: "expected a JSON object" },
);

// ---- API → agent: the invocation event (also sent directly by chain-ping)

/** The signed-in family member, from the token's claims. */
export const agentUserSchema = z.object({
  sub: z.string().optional(),
  name: z.string().optional(),
  email: z.string().optional(),
});

export const agentEventSchema = z.object({
  message: z.string(),
  /** A direct invocation (the chain-ping's `__ping__`) may leave history out. */
  history: z.array(historyItemSchema).default([]),
  user: agentUserSchema.optional(),
});

// ---- agent → API: the result; the API adds `requestId` and passes it on to the browser

export const replyMetadataSchema = z.object({
  /** Model name, or "offline" for the deterministic offline model. */
  model: z.string(),
  offline: z.boolean(),
  /** Names of the tools called while answering, in call order. */
  toolCalls: z.array(z.string()),
  durationMs: z.number(),
});

export const agentReplySchema = z.object({ reply: z.string(), metadata: replyMetadataSchema });

export const pingReportSchema = z.object({
  ok: z.boolean(),
  version: z.string(),
  graphCompiled: z.boolean(),
  parameterReachable: z.boolean(),
  durationMs: z.number(),
  /** Why `ok` is false (never a secret). */
  error: z.string().optional(),
});

export const agentPingSchema = z.object({ ping: pingReportSchema });

export const agentResultSchema = agentReplySchema.or(agentPingSchema);

// ---- API → browser

const requestId = z.string();

export const messageReplySchema = agentReplySchema.extend({ requestId });

export const pingReplySchema = agentPingSchema.extend({ requestId });

export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    field: z.string().optional(),
  }),
  requestId,
});

export const healthReplySchema = z.object({
  status: z.literal("ok"),
  version: z.string(),
});

export type HistoryItem = z.infer<typeof historyItemSchema>;
export type MessageRequest = z.infer<typeof messageRequestSchema>;
export type AgentUser = z.infer<typeof agentUserSchema>;
/** What the API sends the agent. */
export type AgentEvent = z.input<typeof agentEventSchema>;
/** An event as the agent reads it once validated (history defaulted). */
export type ParsedAgentEvent = z.output<typeof agentEventSchema>;
export type ReplyMetadata = z.infer<typeof replyMetadataSchema>;
export type AgentReply = z.infer<typeof agentReplySchema>;
export type PingReport = z.infer<typeof pingReportSchema>;
export type AgentPing = z.infer<typeof agentPingSchema>;
export type AgentResult = z.infer<typeof agentResultSchema>;
export type MessageReply = z.infer<typeof messageReplySchema>;
export type PingReply = z.infer<typeof pingReplySchema>;
export type ErrorBody = z.infer<typeof errorBodySchema>;
export type HealthReply = z.infer<typeof healthReplySchema>;

/** Error codes the API answers with, by HTTP status. */
export type ErrorCode =
  | "invalid_request" // 400
  | "unauthorized" // 401
  | "not_found" // 404
  | "payload_too_large" // 413
  | "internal_error" // 500
  | "agent_error" // 502
  | "auth_unavailable" // 503
  | "agent_timeout"; // 504
