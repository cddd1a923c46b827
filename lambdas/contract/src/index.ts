// The contract without its zod schemas (those are `@trip/contract/schemas`): the web page
// imports this entry, and nothing here may pull zod or Node-only code into its bundle.
export { ConfigError, parseConfig, type WebConfig } from "./config-json";
export { MAX_BODY_BYTES, MAX_HISTORY_BYTES, MAX_HISTORY_ITEMS, MAX_MESSAGE_CHARS } from "./limits";
export { isPing, PING_MESSAGE } from "./ping";
export type {
  AgentEvent,
  AgentPing,
  AgentReply,
  AgentResult,
  AgentUser,
  ErrorBody,
  ErrorCode,
  HealthReply,
  HistoryItem,
  MessageReply,
  MessageRequest,
  ParsedAgentEvent,
  PingReply,
  PingReport,
  ReplyMetadata,
} from "./schemas";
export { appVersion } from "./version";
