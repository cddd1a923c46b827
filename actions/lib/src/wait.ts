import { retry } from "./retry";
import { formatDuration, systemClock, type Clock } from "./time";

/** What one poll found: keep waiting, done with a value, or failed with a reason. */
export type Poll<T> =
  { state: "retry"; progress?: string } | { state: "done"; value: T } | { state: "failed"; reason: string };

export interface WaitOptions {
  /** What is awaited, for messages: "change set to be created", "invalidation I2J…". */
  what: string;
  timeoutSeconds: number;
  /** Delay after the first poll; doubles (with jitter) up to `maxDelaySeconds`. Default 5. */
  minDelaySeconds?: number;
  /** Default 15. */
  maxDelaySeconds?: number;
  signal?: AbortSignal;
  /** Receives progress lines, prefixed with the elapsed time. */
  log?: (line: string) => void;
  clock?: Clock;
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

/** A poll that found the thing not ready yet: the one failure `waitFor` retries. */
class Pending extends Error {}

/**
 * Polls until `poll` says done or failed: the first poll at once, then `retry`'s backoff
 * with jitter, giving up when the next poll would start after `timeoutSeconds`. Progress
 * lines carry the elapsed time and are logged when they change. A timeout or abort stops
 * the waiting only: whatever AWS is doing carries on. An error thrown by `poll` ends the wait.
 */
export async function waitFor<T>(options: WaitOptions, poll: () => Promise<Poll<T>>): Promise<T> {
  const clock = options.clock ?? systemClock;
  const started = clock.now();
  let lastProgress: string | undefined;
  try {
    const outcome = await retry(
      async () => {
        const found = await poll();
        if (found.state === "retry") {
          if (found.progress && found.progress !== lastProgress) {
            options.log?.(`[${formatDuration(clock.now() - started)}] ${found.progress}`);
            lastProgress = found.progress;
          }
          throw new Pending();
        }
        return found;
      },
      {
        attempts: Infinity,
        shouldRetry: ({ error }) => error instanceof Pending,
        minDelayMs: (options.minDelaySeconds ?? 5) * 1000,
        maxDelayMs: (options.maxDelaySeconds ?? 15) * 1000,
        maxElapsedMs: options.timeoutSeconds * 1000,
        clock,
        ...(options.signal ? { signal: options.signal } : {}),
      },
    );
    if (outcome.state === "failed") throw new WaitFailedError(options.what, outcome.reason);
    return outcome.value;
  } catch (error) {
    if (error instanceof Pending) throw new WaitTimeoutError(options.what, options.timeoutSeconds);
    if (options.signal?.aborted && !(error instanceof WaitFailedError)) {
      throw new WaitAbortedError(options.what);
    }
    throw error;
  }
}
