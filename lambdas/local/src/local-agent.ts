// The agent in this process, behind the same AgentClient port the API uses in AWS.
import { SSMClient } from "@aws-sdk/client-ssm";
import { createAgent } from "../../agent/src/agent";
import { readAgentConfig } from "../../agent/src/config";
import { createApiKeySource, ssmClientConfig } from "../../agent/src/secrets";
import { loadTrip } from "../../agent/src/trip/load";
import { InProcessAgentClient } from "../../api/src/agent-client";

export interface LocalAgent {
  client: InProcessAgentClient;
  /** "offline", or the OpenAI model name when OPENAI_API_KEY is set. */
  model: string;
}

export function createLocalAgent(env: NodeJS.ProcessEnv, version: string): LocalAgent {
  const config = readAgentConfig(env);
  let ssm: SSMClient | undefined;
  const agent = createAgent({
    trip: loadTrip(),
    version,
    modelName: config.modelName,
    apiKey: createApiKeySource({
      envKey: config.envKey,
      parameterName: config.parameterName,
      ssm: () => (ssm ??= new SSMClient(ssmClientConfig)),
    }),
  });
  const online = Boolean(config.envKey || config.parameterName);
  return {
    client: new InProcessAgentClient((event) => agent.handle(event)),
    model: online ? config.modelName : "offline",
  };
}
