export const DEFAULT_OPENAI_MODEL = "gpt-4o-mini";

export interface AgentConfig {
  environment: string;
  parameterName: string | undefined;
  modelName: string;
  envKey: string | undefined;
}

export function readAgentConfig(env: NodeJS.ProcessEnv = process.env): AgentConfig {
  return {
    environment: env.ENVIRONMENT || "local",
    parameterName: env.SSM_PARAMETER_NAME || undefined,
    modelName: env.OPENAI_MODEL || DEFAULT_OPENAI_MODEL,
    envKey: env.OPENAI_API_KEY || undefined,
  };
}
