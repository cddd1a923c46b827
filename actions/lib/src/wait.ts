import { createWaiter, WaiterState } from "@smithy/core/client";
import { formatDuration } from "./time";

/** What one poll found: keep waiting, done with a value, or failed with a reason. */
export type Poll<T> =
  { state: "retry"; progress?: string } | { state: "done"; value: T } | { state: "failed"; reason: string };

export interface WaitOptions {
  /** What is awaited, for messages: "change set to be created", "invalidation I2J…". */
  what: string;
  timeoutSeconds: number;
  minDelaySeconds?: number;
  maxDelaySeconds?: number;
  signal?: AbortSignal;
  /** Receives progress lines, prefixed with the elapsed time. */
  log?: (line: string) => void;
}

export class WaitTimeoutError extends Error {
  constructor(what: string, timeoutSeconds: number) {
    super(`Timed out after ${formatDuration(timeoutSeconds * 1000)} waiting for ${what}`);
    this.name = "WaitTimeoutError";
  }
}

export class WaitAbortedError extends Error {
  constructor(what: string) {
    super(`Cancelled while waiting for ${what}`);
    this.name = "WaitAbortedError";
  }
}

export class WaitFailedError extends Error {
  constructor(
    what: string,
    readonly reason: string,
  ) {
    super(`Failed waiting for ${what}: ${reason}`);
    this.name = "WaitFailedError";
  }
}

/**
 * Polls with the AWS SDK's waiter machinery (exponential backoff with jitter, max wait
 * time, abort signal), adding progress lines with elapsed time. A timeout or abort stops
 * the waiting only: whatever AWS is doing carries on.
 */
export async function waitFor<T>(options: WaitOptions, poll: () => Promise<Poll<T>>): Promise<T> {
  const started = Date.now();
  let lastProgress: string | undefined;
  let outcome: Poll<T> | undefined;
  const result = await createWaiter(
    {
      client: undefined,
      maxWaitTime: options.timeoutSeconds,
      minDelay: options.minDelaySeconds ?? 5,
      maxDelay: options.maxDelaySeconds ?? 15,
      ...(options.signal ? { abortSignal: options.signal } : {}),
    },
    undefined,
    async () => {
      outcome = await poll();
      if (outcome.state === "retry") {
        if (outcome.progress && outcome.progress !== lastProgress) {
          options.log?.(`[${formatDuration(Date.now() - started)}] ${outcome.progress}`);
          lastProgress = outcome.progress;
        }
        return { state: WaiterState.RETRY };
      }
      return { state: outcome.state === "done" ? WaiterState.SUCCESS : WaiterState.FAILURE };
    },
  );
  switch (result.state) {
    case WaiterState.SUCCESS:
      if (outcome?.state === "done") return outcome.value;
      break;
    case WaiterState.FAILURE:
      if (outcome?.state === "failed") throw new WaitFailedError(options.what, outcome.reason);
      break;
    case WaiterState.ABORTED:
      throw new WaitAbortedError(options.what);
    case WaiterState.TIMEOUT:
      throw new WaitTimeoutError(options.what, options.timeoutSeconds);
  }
  throw new Error(`Unexpected waiter state ${result.state} waiting for ${options.what}`);
}
