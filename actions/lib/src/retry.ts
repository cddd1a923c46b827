import { systemClock, type Clock } from "./time";

/** What a failed attempt passes to `shouldRetry`, `delayMs` and `onRetry`. */
export interface FailedAttempt {
  error: unknown;
  /** 1 for the first attempt. */
  attempt: number;
  /** Time since the first attempt started, on the options' clock. */
  elapsedMs: number;
}

export interface RetryPolicy {
  /** Attempts in all, the first included; `Infinity` with `maxElapsedMs` for "until the deadline". */
  attempts: number;
  /** Whether this failure is worth another attempt; a `false` rethrows it at once. */
  shouldRetry: (failure: FailedAttempt) => boolean;
  /** First delay; doubles per retry up to `maxDelayMs`. 0 for "retry at once" (`onRetry` waits). */
  minDelayMs: number;
  maxDelayMs: number;
  /** Replaces the computed delay for one retry (a server's `Retry-After`, say). */
  delayMs?: (failure: FailedAttempt, computedMs: number) => number;
  /** No retry would start after this much time: the last failure is thrown instead. */
  maxElapsedMs?: number;
  /** Awaited before each delay: a log line, or waiting for whatever caused the failure. */
  onRetry?: (failure: FailedAttempt & { delayMs: number }) => void | Promise<void>;
  signal?: AbortSignal;
  clock?: Clock;
  /** Jitter source in [0, 1); `Math.random` unless a test fixes it. */
  random?: () => number;
}

/**
 * Exponential backoff with "equal jitter": half the capped delay fixed, half random, so a
 * retry never comes sooner than half the plan and concurrent clients spread out.
 */
export function backoffDelay(
  retry: number,
  options: Pick<RetryPolicy, "minDelayMs" | "maxDelayMs" | "random">,
): number {
  const capped = Math.min(options.maxDelayMs, options.minDelayMs * 2 ** (retry - 1));
  const random = options.random ?? Math.random;
  return Math.round(capped / 2 + (capped / 2) * random());
}

/**
 * The one retry loop of the toolkit: HTTP requests, chain-check hops, Lambda calls that meet
 * an update in progress, and (through `waitFor`) every poll. Cancellation is the signal's
 * reason, thrown at once, also from within a delay.
 *
 * Written here rather than taken from p-retry or the SDK's waiter because neither lets a test
 * inject the clock, and each covered only half (retrying a failure, polling a state).
 */
export async function retry<T>(attempt: (attempt: number) => Promise<T>, options: RetryPolicy): Promise<T> {
  const clock = options.clock ?? systemClock;
  const started = clock.now();
  for (let n = 1; ; n++) {
    options.signal?.throwIfAborted();
    try {
      return await attempt(n);
    } catch (error) {
      options.signal?.throwIfAborted();
      const failure: FailedAttempt = { error, attempt: n, elapsedMs: clock.now() - started };
      if (n >= options.attempts || !options.shouldRetry(failure)) throw error;
      const computed = backoffDelay(n, options);
      const delayMs = Math.max(0, options.delayMs?.(failure, computed) ?? computed);
      if (options.maxElapsedMs !== undefined && failure.elapsedMs + delayMs > options.maxElapsedMs)
        throw error;
      await options.onRetry?.({ ...failure, delayMs });
      await clock.sleep(delayMs, options.signal);
    }
  }
}
