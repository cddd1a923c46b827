import {
  CreateInvalidationCommand,
  GetDistributionCommand,
  GetInvalidationCommand,
  type CloudFrontClient,
} from "@aws-sdk/client-cloudfront";
import { isAwsError, waitFor } from "../../lib/src/index";

function distributionError(error: unknown, distributionId: string, operation: string): Error {
  const name = error instanceof Error ? error.name : "Error";
  const message = error instanceof Error ? error.message : String(error);
  if (name === "AccessDenied") {
    return new Error(
      `Access denied to CloudFront distribution "${distributionId}" (${operation}): the role needs ` +
        "cloudfront:GetDistribution, cloudfront:CreateInvalidation and cloudfront:GetInvalidation on it",
      { cause: error },
    );
  }
  if (name === "NoSuchDistribution") {
    return new Error(`CloudFront distribution "${distributionId}" does not exist (${operation})`, {
      cause: error,
    });
  }
  return new Error(`${operation} on distribution "${distributionId}" failed: ${name}: ${message}`, {
    cause: error,
  });
}

/**
 * `GetDistribution`: a distribution id that does not exist (or is not one) fails here, before
 * the bucket changes, instead of after the upload when the invalidation is refused.
 */
export async function checkDistribution(
  cloudfront: CloudFrontClient,
  distributionId: string,
  signal?: AbortSignal,
): Promise<{ domainName?: string; status?: string }> {
  try {
    const answer = await cloudfront.send(
      new GetDistributionCommand({ Id: distributionId }),
      signal ? { abortSignal: signal } : {},
    );
    const { DomainName, Status } = answer.Distribution ?? {};
    return { ...(DomainName ? { domainName: DomainName } : {}), ...(Status ? { status: Status } : {}) };
  } catch (error) {
    throw distributionError(error, distributionId, "GetDistribution");
  }
}

export interface WaitInvalidationOptions {
  timeoutSeconds: number;
  signal?: AbortSignal;
  log?: (line: string) => void;
  /** Poll delays; CloudFront takes tens of seconds to minutes, so the defaults are 5 to 20 s. */
  minDelaySeconds?: number;
  maxDelaySeconds?: number;
}

/**
 * `CreateInvalidation`, waiting (with backoff) while CloudFront answers
 * `TooManyInvalidationsInProgress`: a distribution has room for 3,000 paths or 15 wildcards in
 * progress, and other releases' invalidations free theirs within minutes.
 */
export async function createInvalidation(
  cloudfront: CloudFrontClient,
  distributionId: string,
  paths: readonly string[],
  callerReference: string,
  options: WaitInvalidationOptions,
): Promise<string> {
  const { signal } = options;
  return waitFor(
    {
      what: `room for an invalidation on distribution ${distributionId} (TooManyInvalidationsInProgress)`,
      timeoutSeconds: options.timeoutSeconds,
      minDelaySeconds: options.minDelaySeconds ?? 10,
      maxDelaySeconds: options.maxDelaySeconds ?? 60,
      ...(signal ? { signal } : {}),
      ...(options.log ? { log: options.log } : {}),
    },
    async () => {
      try {
        const answer = await cloudfront.send(
          new CreateInvalidationCommand({
            DistributionId: distributionId,
            InvalidationBatch: {
              CallerReference: callerReference,
              Paths: { Quantity: paths.length, Items: [...paths] },
            },
          }),
          signal ? { abortSignal: signal } : {},
        );
        const id = answer.Invalidation?.Id;
        if (!id) throw new Error("CloudFront returned no invalidation id");
        return { state: "done", value: id };
      } catch (error) {
        if (isAwsError(error, "TooManyInvalidationsInProgress")) {
          return {
            state: "retry",
            progress: `CloudFront has too many invalidations in progress on ${distributionId}; retrying with backoff`,
          };
        }
        throw distributionError(error, distributionId, "CreateInvalidation");
      }
    },
  );
}

export async function invalidationStatus(
  cloudfront: CloudFrontClient,
  distributionId: string,
  invalidationId: string,
  signal?: AbortSignal,
): Promise<string | undefined> {
  try {
    const answer = await cloudfront.send(
      new GetInvalidationCommand({ DistributionId: distributionId, Id: invalidationId }),
      signal ? { abortSignal: signal } : {},
    );
    return answer.Invalidation?.Status;
  } catch (error) {
    throw distributionError(error, distributionId, "GetInvalidation");
  }
}

export async function waitForInvalidation(
  cloudfront: CloudFrontClient,
  distributionId: string,
  invalidationId: string,
  options: WaitInvalidationOptions,
): Promise<void> {
  await waitFor(
    {
      what: `invalidation ${invalidationId} of distribution ${distributionId}`,
      timeoutSeconds: options.timeoutSeconds,
      minDelaySeconds: options.minDelaySeconds ?? 5,
      maxDelaySeconds: options.maxDelaySeconds ?? 20,
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.log ? { log: options.log } : {}),
    },
    async () => {
      const status = await invalidationStatus(cloudfront, distributionId, invalidationId, options.signal);
      return status === "Completed"
        ? { state: "done", value: undefined }
        : { state: "retry", progress: `invalidation ${invalidationId}: ${status ?? "unknown"}` };
    },
  );
}
