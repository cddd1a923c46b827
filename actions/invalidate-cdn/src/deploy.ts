import type { CloudFrontClient } from "@aws-sdk/client-cloudfront";
import type { S3Client } from "@aws-sdk/client-s3";
import pMap from "p-map";
import { deleteObjects, listBucket, putObject } from "./bucket";
import { createInvalidation, waitForInvalidation, type WaitInvalidationOptions } from "./cdn";
import {
  callerReference,
  INVALIDATION_PATH_LIMIT,
  invalidationBatch,
  planSync,
  type InvalidationBatch,
  type LocalFile,
  type SyncPlan,
} from "./plan";

export interface DeployOptions {
  s3: S3Client;
  cloudfront: CloudFrontClient;
  bucket: string;
  distributionId: string;
  files: readonly LocalFile[];
  wait: boolean;
  timeoutSeconds: number;
  signal?: AbortSignal;
  log: (line: string) => void;
  /** Parallel uploads of assets; entry documents always go one at a time, in order. */
  concurrency?: number;
  pollDelaySeconds?: Pick<WaitInvalidationOptions, "minDelaySeconds" | "maxDelaySeconds">;
}

export interface DeployReport {
  plan: SyncPlan;
  batch?: InvalidationBatch;
  invalidationId?: string;
  waited: boolean;
}

/** Syncs the site into the bucket in a safe order, then invalidates what changed. */
export async function deploySite(options: DeployOptions): Promise<DeployReport> {
  const { s3, cloudfront, bucket, distributionId, signal, log } = options;
  const remote = await listBucket(s3, bucket, signal);
  const plan = planSync(options.files, remote);
  log(
    `${bucket}: ${plan.assets.length + plan.entries.length} to upload, ${plan.deletes.length} to delete, ` +
      `${plan.unchanged.length} unchanged`,
  );

  await pMap(
    plan.assets,
    async (upload) => {
      await putObject(s3, bucket, upload, signal);
      log(`uploaded ${upload.key} (${upload.contentType}; ${upload.cacheControl})`);
    },
    { concurrency: options.concurrency ?? 8, ...(signal ? { signal } : {}) },
  );
  for (const upload of plan.entries) {
    signal?.throwIfAborted();
    await putObject(s3, bucket, upload, signal);
    log(`uploaded ${upload.key} (${upload.contentType}; ${upload.cacheControl})`);
  }
  if (plan.deletes.length > 0) {
    await deleteObjects(s3, bucket, plan.deletes, signal);
    for (const key of plan.deletes) log(`deleted ${key}`);
  }

  const batch = invalidationBatch(plan);
  if (!batch) {
    log("Nothing served under a stable name changed: no invalidation needed");
    return { plan, waited: false };
  }
  if (batch.wildcard) {
    log(`${batch.changed} paths changed, more than ${INVALIDATION_PATH_LIMIT}: invalidating /* instead`);
  }
  const invalidationId = await createInvalidation(
    cloudfront,
    distributionId,
    batch.paths,
    callerReference(distributionId, plan, batch),
    signal,
  );
  log(`Created invalidation ${invalidationId} for ${batch.paths.join(" ")}`);
  if (!options.wait) return { plan, batch, invalidationId, waited: false };
  await waitForInvalidation(cloudfront, distributionId, invalidationId, {
    timeoutSeconds: options.timeoutSeconds,
    log,
    ...(signal ? { signal } : {}),
    ...options.pollDelaySeconds,
  });
  log(`Invalidation ${invalidationId} completed`);
  return { plan, batch, invalidationId, waited: true };
}
