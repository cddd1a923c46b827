// The API's public entry, for serving it outside Lambda (the local harness). The Lambda's own
// entry is handler.ts.
export { InProcessAgentClient, type AgentClient } from "./agent-client";
export { createApp } from "./app";
export type { ApiEnv } from "./env";
export { AuthUnavailableError, errorResponse } from "./errors";
