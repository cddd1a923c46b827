// Wraps the app for API Gateway HTTP API (payload format 2.0).
import { handle } from "hono/aws-lambda";
import type { AgentClient } from "./agent-client";
import { createApp } from "./app";
import { claimsAuth, lambdaEvent } from "./claims-auth";

export interface LambdaHandlerOptions {
  agent: AgentClient;
  version: string;
  agentTimeoutMs?: number;
  log?: (entry: Record<string, unknown>) => void;
}

export function createLambdaHandler(options: LambdaHandlerOptions) {
  const app = createApp({
    ...options,
    auth: claimsAuth,
    requestId: (c) => lambdaEvent(c)?.requestContext?.requestId,
  });
  return handle(app);
}
