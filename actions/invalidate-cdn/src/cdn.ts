import {
  CreateInvalidationCommand,
  GetInvalidationCommand,
  type CloudFrontClient,
} from "@aws-sdk/client-cloudfront";
import { waitFor } from "../../lib/src/index";

function distributionError(error: unknown, distributionId: string, operation: string): Error {
  const name = error instanceof Error ? error.name : "Error";
  const message = error instanceof Error ? error.message : String(error);
  if (name === "AccessDenied") {
    return new Error(
      `Access denied to CloudFront distribution "${distributionId}" (${operation}): the role needs ` +
        "cloudfront:CreateInvalidation and cloudfront:GetInvalidation on it",
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

export async function createInvalidation(
  cloudfront: CloudFrontClient,
  distributionId: string,
  paths: readonly string[],
  callerReference: string,
  signal?: AbortSignal,
): Promise<string> {
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
    return id;
  } catch (error) {
    throw distributionError(error, distributionId, "CreateInvalidation");
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
      let status: string | undefined;
      try {
        const answer = await cloudfront.send(
          new GetInvalidationCommand({ DistributionId: distributionId, Id: invalidationId }),
        );
        status = answer.Invalidation?.Status;
      } catch (error) {
        throw distributionError(error, distributionId, "GetInvalidation");
      }
      return status === "Completed"
        ? { state: "done", value: undefined }
        : { state: "retry", progress: `invalidation ${invalidationId}: ${status ?? "unknown"}` };
    },
  );
}
