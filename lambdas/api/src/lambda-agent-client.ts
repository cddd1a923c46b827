// Invokes the agent function's alias synchronously and maps Lambda's failure modes onto the
// port's two errors.
import type { LambdaClient } from "@aws-sdk/client-lambda";
import type { AgentEvent, AgentResult } from "@trip/contract";
import { agentResultSchema } from "@trip/contract/schemas";
import { AgentFailedError, AgentTimeoutError, withDeadline, type AgentClient } from "./agent-client";

export interface LambdaAgentClientOptions {
  /**
   * Created on first use: health checks and rejected requests never load the SDK, which is
   * most of the API's bundle and start-up time.
   */
  lambda: () => LambdaClient | Promise<LambdaClient>;
  functionName: string;
  qualifier: string;
}

interface LambdaErrorPayload {
  errorType?: string;
  errorMessage?: string;
}

export class LambdaAgentClient implements AgentClient {
  constructor(private readonly options: LambdaAgentClientOptions) {}

  get target(): string {
    return `${this.options.functionName}:${this.options.qualifier}`;
  }

  async invoke(event: AgentEvent, signal: AbortSignal): Promise<AgentResult> {
    const { functionName, qualifier } = this.options;
    const [{ InvokeCommand }, lambda] = await Promise.all([
      import("@aws-sdk/client-lambda"),
      this.options.lambda(),
    ]);
    const command = new InvokeCommand({
      FunctionName: functionName,
      Qualifier: qualifier,
      InvocationType: "RequestResponse",
      Payload: new TextEncoder().encode(JSON.stringify(event)),
    });
    const output = await withDeadline(
      lambda.send(command, { abortSignal: signal }).catch((error: unknown) => {
        if ((error as Error).name === "AbortError")
          throw new AgentTimeoutError("The agent did not answer in time");
        throw new AgentFailedError(
          `Invoking ${this.target} failed: ${(error as Error).name}: ${(error as Error).message}`,
          {
            cause: error,
          },
        );
      }),
      signal,
    );
    const text = output.Payload ? new TextDecoder().decode(output.Payload) : "";
    if (output.FunctionError) {
      const payload = parseJson(text) as LambdaErrorPayload | undefined;
      const detail = `${payload?.errorType ?? output.FunctionError}: ${payload?.errorMessage ?? text}`;
      // Lambda reports its own timeout as a function error.
      if (payload?.errorType === "Sandbox.Timedout" || /Task timed out/.test(payload?.errorMessage ?? "")) {
        throw new AgentTimeoutError(`${this.target} timed out: ${detail}`);
      }
      throw new AgentFailedError(`${this.target} failed: ${detail}`);
    }
    const parsed = agentResultSchema.safeParse(parseJson(text));
    if (!parsed.success) throw new AgentFailedError(`${this.target} returned an unexpected payload`);
    return parsed.data;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
