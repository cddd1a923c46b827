import type { S3Client } from "@aws-sdk/client-s3";
import { formatDuration, waitFor, WaitTimeoutError } from "../../lib/src/index";
import { deleteIfUnchanged, getText, isPreconditionFailed, putText } from "./bucket";
import { LOCK_KEY } from "./releases";

/** Who holds a bucket's release lock, as written in the lock object. */
export interface LockHolder {
  /** `owner/repo run 123 attempt 2` on a runner; the host and process elsewhere. */
  repository?: string;
  runId?: string;
  runAttempt?: number;
  /** Link to the run, for the message another run shows while it waits. */
  runUrl?: string;
  acquiredAt: string;
  /** After this the lock is stale: its holder has certainly stopped. */
  expiresAt: string;
}

export interface Lock {
  bucket: string;
  etag: string;
  holder: LockHolder;
}

export interface LockOptions {
  /** This run, as the lock will show it (times filled in when it is taken). */
  holder: Omit<LockHolder, "acquiredAt" | "expiresAt">;
  /** How long a holder may keep the lock: past this, another run takes it over. */
  holdSeconds: number;
  /** How long to wait for a held lock before failing. */
  waitSeconds: number;
  now?: () => number;
  signal?: AbortSignal;
  log?: (line: string) => void;
  pollDelaySeconds?: { minDelaySeconds?: number; maxDelaySeconds?: number };
}

/** The holder of a runner's job, from the variables every GitHub runner sets. */
export function runnerHolder(env: NodeJS.ProcessEnv = process.env): LockOptions["holder"] {
  const { GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId, GITHUB_SERVER_URL: server } = env;
  const attempt = Number(env.GITHUB_RUN_ATTEMPT);
  return {
    ...(repository ? { repository } : {}),
    ...(runId ? { runId } : {}),
    ...(Number.isInteger(attempt) && attempt > 0 ? { runAttempt: attempt } : {}),
    ...(server && repository && runId ? { runUrl: `${server}/${repository}/actions/runs/${runId}` } : {}),
  };
}

const describe = (holder: Partial<LockHolder> | undefined): string => {
  if (!holder) return "an unreadable lock";
  const run =
    holder.runUrl ?? [holder.repository, holder.runId && `run ${holder.runId}`].filter(Boolean).join(" ");
  const attempt = holder.runAttempt ? ` (attempt ${holder.runAttempt})` : "";
  return `${run || "another release"}${attempt}, since ${holder.acquiredAt ?? "an unknown time"}`;
};

/**
 * Stale: past its expiry (its holder was killed before releasing it), or held by an earlier
 * attempt of this same workflow run, which GitHub only re-runs once that attempt has ended. A
 * lock object that is not ours to read expires `holdSeconds` after it was written.
 */
function isStale(
  held: Partial<LockHolder> | undefined,
  written: Date | undefined,
  mine: LockOptions,
  now: number,
): boolean {
  const expires = held
    ? Date.parse(held.expiresAt ?? "")
    : (written?.getTime() ?? NaN) + mine.holdSeconds * 1000;
  if (Number.isFinite(expires) && now > expires) return true;
  if (!held) return false;
  return (
    held.repository !== undefined &&
    held.repository === mine.holder.repository &&
    held.runId === mine.holder.runId &&
    (held.runAttempt ?? 0) < (mine.holder.runAttempt ?? 0)
  );
}

function parseHolder(text: string): Partial<LockHolder> | undefined {
  try {
    const value = JSON.parse(text) as unknown;
    return typeof value === "object" && value !== null ? (value as Partial<LockHolder>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes the bucket's release lock: an object created with S3's conditional write
 * (`If-None-Match: *`), so of two runs exactly one succeeds. A held lock is waited for
 * (bounded); a stale one is taken over with `If-Match` on its ETag, so two runs cannot both
 * take over the same stale lock.
 */
export async function acquireLock(s3: S3Client, bucket: string, options: LockOptions): Promise<Lock> {
  const now = options.now ?? Date.now;
  const where = `s3://${bucket}/${LOCK_KEY}`;
  let lastHolder: Partial<LockHolder> | undefined;
  const body = () => {
    const holder: LockHolder = {
      ...options.holder,
      acquiredAt: new Date(now()).toISOString(),
      expiresAt: new Date(now() + options.holdSeconds * 1000).toISOString(),
    };
    return { holder, text: `${JSON.stringify(holder, null, 2)}\n` };
  };
  try {
    return await waitFor(
      {
        what: `the release lock ${where}`,
        timeoutSeconds: options.waitSeconds,
        minDelaySeconds: options.pollDelaySeconds?.minDelaySeconds ?? 5,
        maxDelaySeconds: options.pollDelaySeconds?.maxDelaySeconds ?? 15,
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.log ? { log: options.log } : {}),
      },
      async () => {
        const mine = body();
        try {
          const etag = await putText(s3, bucket, LOCK_KEY, mine.text, { ifNoneMatch: "*" }, options.signal);
          return { state: "done", value: { bucket, etag, holder: mine.holder } };
        } catch (error) {
          if (!isPreconditionFailed(error)) throw error;
        }
        const held = await getText(s3, bucket, LOCK_KEY, options.signal);
        // Released between the two requests: try again at once on the next poll.
        if (!held) return { state: "retry", progress: `${where} was just released` };
        lastHolder = parseHolder(held.text);
        if (!isStale(lastHolder, held.lastModified, options, now())) {
          return {
            state: "retry",
            progress: `waiting for the release lock ${where}: held by ${describe(lastHolder)}`,
          };
        }
        try {
          const etag = await putText(s3, bucket, LOCK_KEY, mine.text, { ifMatch: held.etag }, options.signal);
          options.log?.(`Took over the stale release lock ${where} from ${describe(lastHolder)}`);
          return { state: "done", value: { bucket, etag, holder: mine.holder } };
        } catch (error) {
          if (!isPreconditionFailed(error)) throw error;
          return { state: "retry", progress: `another run took over the stale lock ${where} first` };
        }
      },
    );
  } catch (error) {
    if (!(error instanceof WaitTimeoutError)) throw error;
    throw new Error(
      `Bucket "${bucket}" is being released by ${describe(lastHolder)}: waited ` +
        `${formatDuration(options.waitSeconds * 1000)} for its lock ${where}. One release runs at a time; ` +
        `re-run once it has finished (a lock whose run was killed expires at ${lastHolder?.expiresAt ?? "its expiresAt"})`,
      { cause: error },
    );
  }
}

/** Releases the lock unless a later run took it over as stale (then it is no longer ours). */
export async function releaseLock(s3: S3Client, lock: Lock, log?: (line: string) => void): Promise<void> {
  try {
    await deleteIfUnchanged(s3, lock.bucket, LOCK_KEY, lock.etag);
  } catch (error) {
    if (!isPreconditionFailed(error)) throw error;
    log?.(`The release lock s3://${lock.bucket}/${LOCK_KEY} was taken over by another run: left to it`);
  }
}
