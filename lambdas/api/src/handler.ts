// The API Lambda's entry point (bundled to build/index.mjs, image command `index.handler`).
import type { LambdaClient } from "@aws-sdk/client-lambda";
import { appVersion } from "@trip/contract";
import { readApiConfig } from "./config";
import { createLambdaHandler } from "./lambda";
import { LambdaAgentClient } from "./lambda-agent-client";

const config = readApiConfig();
let lambda: LambdaClient | undefined;

export const handler = createLambdaHandler({
  version: appVersion(),
  agentTimeoutMs: config.agentTimeoutMs,
  agent: new LambdaAgentClient({
    lambda: async () => {
      const { LambdaClient } = await import("@aws-sdk/client-lambda");
      return (lambda ??= new LambdaClient({ retryMode: "standard", maxAttempts: 3 }));
    },
    functionName: config.agentFunctionName,
    qualifier: config.agentQualifier,
  }),
});
