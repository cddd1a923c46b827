import type { Clock } from "../src/time";

/**
 * A clock whose sleeps return at once and advance its time, recording each delay: for tests
 * of anything that waits or retries through `retry` or `waitFor`.
 */
export function manualClock(start = 0): Clock & { sleeps: number[] } {
  let time = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => time,
    sleep: async (ms, signal) => {
      signal?.throwIfAborted();
      sleeps.push(ms);
      time += ms;
      await Promise.resolve();
      signal?.throwIfAborted();
    },
  };
}
