/**
 * AWS SDK v3 errors are plain `Error`s carrying the service's error code as `name` and the
 * HTTP status and request id in `$metadata`; these helpers read them without depending on
 * any one client package's exception classes.
 */
interface AwsErrorLike extends Error {
  $metadata?: { httpStatusCode?: number; requestId?: string };
}

const asAwsError = (error: unknown): AwsErrorLike | undefined => (error instanceof Error ? error : undefined);

/** True when `error` has the given AWS error code and, if given, a message matching `message`. */
export function isAwsError(error: unknown, name: string, message?: RegExp): boolean {
  const aws = asAwsError(error);
  return aws !== undefined && aws.name === name && (message === undefined || message.test(aws.message));
}

/**
 * One line for logs and annotations: the error code, the HTTP status and request id (what AWS
 * support asks for), then the message.
 */
export function describeAwsError(error: unknown): string {
  const aws = asAwsError(error);
  if (!aws) return String(error);
  const meta = [
    aws.$metadata?.httpStatusCode ? `HTTP ${aws.$metadata.httpStatusCode}` : undefined,
    aws.$metadata?.requestId ? `request ${aws.$metadata.requestId}` : undefined,
  ].filter(Boolean);
  const code = aws.name && aws.name !== "Error" ? aws.name : undefined;
  const prefix = [code, meta.length > 0 ? `(${meta.join(", ")})` : undefined].filter(Boolean).join(" ");
  return prefix ? `${prefix}: ${aws.message}` : aws.message;
}

/**
 * The message an action fails with: an AWS error described as above (its code and request id
 * are what support and CloudTrail searches need), any other error by its message.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && "$metadata" in error) return describeAwsError(error);
  return error instanceof Error ? error.message : String(error);
}
