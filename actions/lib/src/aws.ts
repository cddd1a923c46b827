/**
 * Configuration every AWS client in the toolkit is built with. Only the SDK's standard
 * configuration is honoured (AWS_REGION, the credential chain, AWS_ENDPOINT_URL and its
 * per-service forms), so the actions also run against emulators; nothing is hard-coded.
 */
export interface AwsClientConfig {
  region?: string;
  maxAttempts: number;
  retryMode: "standard" | "adaptive";
  customUserAgent: string;
}

export function awsClientConfig(action: string, env: NodeJS.ProcessEnv = process.env): AwsClientConfig {
  const region = env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
  return {
    ...(region ? { region } : {}),
    // Adaptive mode adds client-side rate limiting on top of the standard retries for
    // throttling and transient errors, which matters when a stack is polled for minutes.
    maxAttempts: 8,
    retryMode: "adaptive",
    customUserAgent: `trip-assistant-toolkit/${action}`,
  };
}
