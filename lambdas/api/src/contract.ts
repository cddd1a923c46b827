// The HTTP API's public contract: request, reply and error bodies. The web UI imports these
// types with `import type`, so this file must stay free of Node-only imports.
import * as z from "zod";

export const MAX_MESSAGE_CHARS = 4000;
export const MAX_HISTORY_ITEMS = 40;
export const MAX_BODY_BYTES = 64 * 1024;
export const PING_MESSAGE = "__ping__";

export const historyItemSchema = z.object(
  {
    role: z.enum(["user", "assistant"], { error: 'expected "user" or "assistant"' }),
    content: z.string({ error: "expected a string" }),
  },
  { error: "expected an object with role and content" },
);

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

export type HistoryItem = z.infer<typeof historyItemSchema>;
export type MessageRequest = z.infer<typeof messageRequestSchema>;

export const replyMetadataSchema = z.object({
  model: z.string(),
  offline: z.boolean(),
  toolCalls: z.array(z.string()),
  durationMs: z.number(),
});

export const messageReplySchema = z.object({
  reply: z.string(),
  metadata: replyMetadataSchema,
  requestId: z.string(),
});

export const pingReplySchema = z.object({
  ping: z.object({
    ok: z.boolean(),
    version: z.string(),
    graphCompiled: z.boolean(),
    parameterReachable: z.boolean(),
    durationMs: z.number(),
    error: z.string().optional(),
  }),
  requestId: z.string(),
});

export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    field: z.string().optional(),
  }),
  requestId: z.string(),
});

export const healthReplySchema = z.object({
  status: z.literal("ok"),
  version: z.string(),
});

export type ReplyMetadata = z.infer<typeof replyMetadataSchema>;
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
