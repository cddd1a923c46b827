// The agent in this process, built as the Lambda builds it, behind the same AgentClient port
// the API uses in AWS.
import { createAgentFromEnv } from "@trip/agent";
import { InProcessAgentClient } from "@trip/api";

export interface LocalAgent {
  client: InProcessAgentClient;
  /** "offline", or the OpenAI model name when OPENAI_API_KEY is set. */
  model: string;
}

export function createLocalAgent(env: NodeJS.ProcessEnv, version: string): LocalAgent {
  const { agent, model } = createAgentFromEnv(env, version);
  return { client: new InProcessAgentClient((event) => agent.handle(event)), model };
}
