import { DEFAULT_AGENT_TIMEOUT_MS } from "./app";

export interface ApiConfig {
  environment: string;
  agentFunctionName: string;
  agentQualifier: string;
  agentTimeoutMs: number;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

export function readApiConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const agentFunctionName = env.AGENT_FUNCTION_NAME?.trim();
  if (!agentFunctionName) {
    throw new ConfigError("AGENT_FUNCTION_NAME is not set: expected the agent Lambda's function name or ARN");
  }
  const timeout = env.AGENT_TIMEOUT_MS ? Number(env.AGENT_TIMEOUT_MS) : DEFAULT_AGENT_TIMEOUT_MS;
  if (!Number.isInteger(timeout) || timeout <= 0) {
    throw new ConfigError(
      `AGENT_TIMEOUT_MS is "${env.AGENT_TIMEOUT_MS}": expected a positive whole number of milliseconds`,
    );
  }
  return {
    environment: env.ENVIRONMENT || "local",
    agentFunctionName,
    agentQualifier: env.AGENT_QUALIFIER?.trim() || "live",
    agentTimeoutMs: timeout,
  };
}
