import { randomBytes } from "node:crypto";
import type { CloudFrontClient } from "@aws-sdk/client-cloudfront";
import type { S3Client } from "@aws-sdk/client-s3";
import pMap from "p-map";
import { deleteObjects, getText, listBucket, putObject, putText } from "./bucket";
import {
  checkDistribution,
  createInvalidation,
  invalidationStatus,
  waitForInvalidation,
  type WaitInvalidationOptions,
} from "./cdn";
import { acquireLock, releaseLock, type LockOptions } from "./lock";
import {
  INVALIDATION_PATH_LIMIT,
  invalidationBatch,
  planSync,
  type InvalidationBatch,
  type LocalFile,
  type SyncPlan,
} from "./plan";
import {
  callerReference,
  MANIFEST_KEY,
  parseManifest,
  planRelease,
  serialiseManifest,
  STATE_PREFIX,
  type Release,
  type ReleaseManifest,
} from "./releases";

type PollDelays = Pick<WaitInvalidationOptions, "minDelaySeconds" | "maxDelaySeconds">;

export interface DeployOptions {
  s3: S3Client;
  cloudfront: CloudFrontClient;
  bucket: string;
  distributionId: string;
  files: readonly LocalFile[];
  wait: boolean;
  timeoutSeconds: number;
  /** Releases whose files stay in the bucket, the new one included. */
  keepReleases: number;
  lockWaitSeconds: number;
  /** Who this run is, as the lock shows it to a run that waits for it. */
  holder?: LockOptions["holder"];
  signal?: AbortSignal;
  log: (line: string) => void;
  /** Parallel uploads of assets; entry documents always go one at a time, in order. */
  concurrency?: number;
  pollDelaySeconds?: PollDelays;
  now?: () => number;
}

export interface DeployReport {
  plan: SyncPlan;
  /** The release this run recorded; undefined when the bucket already served this site. */
  release?: Release;
  /** Releases whose files are in the bucket after this run. */
  kept: number;
  /** Objects deleted because no kept release references them. */
  deleted: string[];
  /** Objects left for the next run to delete, once this run's invalidation has completed. */
  deferred: string[];
  batch?: InvalidationBatch;
  invalidationId?: string;
  waited: boolean;
}

/**
 * One release, start to end: the distribution checked and the bucket's lock taken before
 * anything changes, released whatever happens.
 */
export async function deploySite(options: DeployOptions): Promise<DeployReport> {
  const { s3, cloudfront, bucket, distributionId, signal, log } = options;
  const distribution = await checkDistribution(cloudfront, distributionId, signal);
  log(`Distribution ${distributionId}: ${distribution.domainName ?? "?"} (${distribution.status ?? "?"})`);
  const lock = await acquireLock(s3, bucket, {
    holder: options.holder ?? {},
    // Each of this run's waits is bounded by timeoutSeconds (an earlier invalidation, room for
    // a new one, its completion); uploads take minutes at most.
    holdSeconds: 3 * options.timeoutSeconds + 15 * 60,
    waitSeconds: options.lockWaitSeconds,
    log,
    ...(signal ? { signal } : {}),
    ...(options.now ? { now: options.now } : {}),
    ...(options.pollDelaySeconds ? { pollDelaySeconds: options.pollDelaySeconds } : {}),
  });
  log(`Holding the release lock of ${bucket} until ${lock.holder.expiresAt} at the latest`);
  let report: DeployReport;
  try {
    report = await release(options);
  } catch (error) {
    await releaseLock(s3, lock, log).catch((unlockError: unknown) =>
      log(`Could not release the lock of ${bucket}: ${(unlockError as Error).message}; it expires by itself`),
    );
    throw error;
  }
  await releaseLock(s3, lock, log);
  return report;
}

async function release(options: DeployOptions): Promise<DeployReport> {
  const { s3, cloudfront, bucket, distributionId, signal, log } = options;
  const now = options.now ?? Date.now;
  const waitOptions = {
    timeoutSeconds: options.timeoutSeconds,
    log,
    ...(signal ? { signal } : {}),
    ...options.pollDelaySeconds,
  };
  const where = `s3://${bucket}/${MANIFEST_KEY}`;
  const stored = await getText(s3, bucket, MANIFEST_KEY, signal);
  let inBucket = stored?.text;
  let manifest = stored ? parseManifest(stored.text, where) : undefined;
  const writeManifest = async (next: ReleaseManifest) => {
    const text = serialiseManifest(next);
    if (text === inBucket) return;
    await putText(s3, bucket, MANIFEST_KEY, text, {}, signal);
    inBucket = text;
  };

  const earlier = manifest?.pending?.invalidationId;
  if (manifest?.pending && earlier) {
    const status = await invalidationStatus(cloudfront, distributionId, earlier, signal);
    if (status === "Completed") {
      log(`The previous run's invalidation ${earlier} has completed`);
      manifest = { version: 1, releases: manifest.releases };
    } else {
      log(
        `The previous run's invalidation ${earlier} is ${status ?? "unknown"}: its paths are invalidated again`,
      );
    }
  }

  const remote = (await listBucket(s3, bucket, signal)).filter(
    (object) => !object.key.startsWith(STATE_PREFIX),
  );
  const plan = planSync(options.files, remote);
  const uploads = [...plan.assets, ...plan.entries];
  const createdAt = new Date(now()).toISOString();
  const history = planRelease({
    manifest,
    remoteKeys: remote.map((object) => object.key),
    localKeys: options.files.map((file) => file.key),
    uploadKeys: uploads.map((upload) => upload.key),
    keep: options.keepReleases,
    newRelease: {
      id: `${createdAt.replace(/[-:]|\.\d+/g, "")}-${randomBytes(3).toString("hex")}`,
      createdAt,
    },
  });
  log(
    `${bucket}: ${uploads.length} to upload, ${plan.unchanged.length} unchanged; ` +
      (history.release ? `release ${history.release.id}` : "no new release") +
      `, keeping ${history.kept.length} release(s), ${history.prune.length} file(s) no kept release references`,
  );

  // Recorded before the bucket changes: a run that fails from here on leaves the paths it still
  // owes an invalidation in the manifest, and the re-run invalidates them.
  const pending = history.invalidate;
  await writeManifest({
    version: 1,
    releases: history.releases,
    ...(pending.length > 0 ? { pending: { keys: pending } } : {}),
  });

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

  const report = { plan, ...(history.release ? { release: history.release } : {}), waited: false };
  const batch = invalidationBatch(pending);
  if (!batch) {
    log("Nothing served under a stable name changed: no invalidation needed");
  } else {
    if (batch.wildcard) {
      log(`${batch.changed} paths changed, more than ${INVALIDATION_PATH_LIMIT}: invalidating /* instead`);
    }
    const latest = history.releases.at(-1)?.id ?? "";
    const invalidationId = await createInvalidation(
      cloudfront,
      distributionId,
      batch.paths,
      callerReference(latest, batch.paths),
      waitOptions,
    );
    log(`Created invalidation ${invalidationId} for ${batch.paths.join(" ")}`);
    if (!options.wait) {
      await writeManifest({
        version: 1,
        releases: history.releases,
        pending: { keys: pending, invalidationId },
      });
      if (history.prune.length > 0) {
        log(
          `Not waiting for the invalidation: the ${history.prune.length} file(s) no kept release references ` +
            "are deleted by a later run, once it has completed",
        );
      }
      return {
        ...report,
        batch,
        invalidationId,
        kept: history.releases.length,
        deleted: [],
        deferred: history.prune,
      };
    }
    await waitForInvalidation(cloudfront, distributionId, invalidationId, waitOptions);
    log(`Invalidation ${invalidationId} completed`);
    Object.assign(report, { batch, invalidationId, waited: true });
  }

  // Every edge now serves the new release: only now may what no kept release needs go. The
  // history is trimmed first; a delete that fails is retried by the next run's prune.
  await writeManifest({ version: 1, releases: history.kept });
  if (history.prune.length > 0) {
    await deleteObjects(s3, bucket, history.prune, signal);
    for (const key of history.prune) log(`deleted ${key} (no kept release references it)`);
  }
  return { ...report, kept: history.kept.length, deleted: history.prune, deferred: [] };
}
