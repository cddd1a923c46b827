// The OpenAI key: from the environment when set (local use), otherwise from an SSM
// SecureString, fetched on first use and cached for the life of the execution environment.
// Throttling is retried by the SDK's standard retry strategy configured on the client.
import type { SSMClient, SSMClientConfig } from "@aws-sdk/client-ssm";

/** Standard retry mode backs off and retries throttling (ThrottlingException) for us. */
export const ssmClientConfig: SSMClientConfig = { retryMode: "standard", maxAttempts: 4 };

export class ApiKeyError extends Error {
  override name = "ApiKeyError";
}

export interface ApiKeySource {
  /** The key, or undefined when none is configured (offline mode). */
  get(): Promise<string | undefined>;
  /** Reads the SSM parameter (cached like `get`), for the `__ping__` health check. */
  probe(): Promise<{ reachable: boolean; error?: string }>;
}

export interface ApiKeySourceOptions {
  envKey?: string | undefined;
  parameterName?: string | undefined;
  /**
   * Called on first use: with the key in the environment (or offline) the SDK is never
   * loaded, and it stays out of the cold start either way.
   */
  ssm: () => SSMClient | Promise<SSMClient>;
}

export function createApiKeySource({ envKey, parameterName, ssm }: ApiKeySourceOptions): ApiKeySource {
  let pending: Promise<string> | undefined;
  const fetchKey = async (name: string): Promise<string> => {
    try {
      const [{ GetParameterCommand }, client] = await Promise.all([import("@aws-sdk/client-ssm"), ssm()]);
      const { Parameter } = await client.send(new GetParameterCommand({ Name: name, WithDecryption: true }));
      const value = Parameter?.Value?.trim();
      if (!value) throw new ApiKeyError(`SSM parameter ${name} is empty`);
      return value;
    } catch (error) {
      if (error instanceof ApiKeyError) throw error;
      const { name: errorName, message } = error as Error;
      if (errorName === "ParameterNotFound") {
        throw new ApiKeyError(
          `SSM parameter ${name} (SSM_PARAMETER_NAME) does not exist: write the OpenAI key to it as a SecureString`,
          { cause: error },
        );
      }
      throw new ApiKeyError(`Could not read SSM parameter ${name}: ${errorName}: ${message}`, {
        cause: error,
      });
    }
  };
  const fromSsm = (name: string) => {
    // A failed fetch is not cached, so the next invocation tries again.
    pending ??= fetchKey(name).catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
  return {
    get: async () => envKey || (parameterName ? fromSsm(parameterName) : undefined),
    probe: async () => {
      if (!parameterName) return { reachable: false, error: "SSM_PARAMETER_NAME is not set" };
      try {
        await fromSsm(parameterName);
        return { reachable: true };
      } catch (error) {
        return { reachable: false, error: (error as Error).message };
      }
    },
  };
}
