// The agent as it runs, assembled from the environment: the Lambda's handler and the local
// harness both build it here, so they cannot drift apart.
import type { SSMClient } from "@aws-sdk/client-ssm";
import { createAgent, type Agent } from "./agent";
import { readAgentConfig, type AgentConfig } from "./config";
import { OFFLINE_MODEL_NAME } from "./offline-model";
import { createApiKeySource, ssmClientConfig } from "./secrets";
import { loadTrip } from "./trip/load";

export interface ConfiguredAgent {
  agent: Agent;
  config: AgentConfig;
  /** "offline", or the OpenAI model name when a key is configured (environment or SSM). */
  model: string;
}

/** Validates the bundled trip first, so a bad trip file fails the start naming the field. */
export function createAgentFromEnv(env: NodeJS.ProcessEnv, version: string): ConfiguredAgent {
  const config = readAgentConfig(env);
  let ssm: SSMClient | undefined;
  const agent = createAgent({
    trip: loadTrip(),
    modelName: config.modelName,
    version,
    apiKey: createApiKeySource({
      envKey: config.envKey,
      parameterName: config.parameterName,
      ssm: async () => {
        const { SSMClient } = await import("@aws-sdk/client-ssm");
        return (ssm ??= new SSMClient(ssmClientConfig));
      },
    }),
  });
  const online = Boolean(config.envKey || config.parameterName);
  return { agent, config, model: online ? config.modelName : OFFLINE_MODEL_NAME };
}
