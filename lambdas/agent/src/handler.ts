// The agent Lambda's entry point (bundled to build/index.mjs, image command `index.handler`).
// Start-up validates the trip file, so a bad file fails the cold start naming the field.
import { appVersion, type AgentResult } from "@trip/contract";
import { createAgentFromEnv } from "./configured-agent";

const { agent, config } = createAgentFromEnv(process.env, appVersion());

export const handler = async (event: unknown): Promise<AgentResult> => {
  const started = performance.now();
  try {
    const result = await agent.handle(event);
    console.log(
      JSON.stringify({
        level: "info",
        msg: "ping" in result ? "ping" : "answered",
        environment: config.environment,
        durationMs: Math.round(performance.now() - started),
        ...("metadata" in result
          ? { model: result.metadata.model, toolCalls: result.metadata.toolCalls }
          : {}),
      }),
    );
    return result;
  } catch (error) {
    console.error(
      JSON.stringify({
        level: "error",
        msg: "failed",
        name: (error as Error).name,
        error: (error as Error).message,
      }),
    );
    throw error;
  }
};
