import { manualClock } from "../testing/clock";
import { backoffDelay, retry } from "../src/retry";

class Transient extends Error {}

const failing = (failures: number, error: () => Error = () => new Transient("busy")) => {
  let calls = 0;
  const attempt = async (n: number) => {
    calls++;
    if (n <= failures) throw error();
    return `ok after ${n}`;
  };
  return { attempt, calls: () => calls };
};

describe("retry", () => {
  test("retries what shouldRetry accepts, backing off exponentially with jitter, capped", async () => {
    const clock = manualClock();
    const { attempt, calls } = failing(5);
    const retries: Array<[number, number]> = [];
    const value = await retry(attempt, {
      attempts: 6,
      shouldRetry: ({ error }) => error instanceof Transient,
      minDelayMs: 1000,
      maxDelayMs: 5000,
      onRetry: ({ attempt: n, delayMs }) => void retries.push([n, delayMs]),
      clock,
      random: () => 0.5,
    });
    expect(value).toBe("ok after 6");
    expect(calls()).toBe(6);
    // Half of the capped delay fixed, half jittered: 1 s, 2 s, 4 s, 5 s, 5 s at random 0.5.
    expect(clock.sleeps).toEqual([750, 1500, 3000, 3750, 3750]);
    expect(retries).toEqual([
      [1, 750],
      [2, 1500],
      [3, 3000],
      [4, 3750],
      [5, 3750],
    ]);
  });

  test("jitter stays within half and all of the planned delay", () => {
    const plan = { minDelayMs: 1000, maxDelayMs: 10_000 };
    expect(backoffDelay(3, { ...plan, random: () => 0 })).toBe(2000);
    expect(backoffDelay(3, { ...plan, random: () => 0.999999 })).toBe(4000);
    expect(backoffDelay(9, { ...plan, random: () => 0 })).toBe(5000);
  });

  test("an error shouldRetry refuses is thrown at once", async () => {
    const clock = manualClock();
    const { attempt, calls } = failing(3, () => new Error("definite"));
    await expect(
      retry(attempt, {
        attempts: 5,
        shouldRetry: ({ error }) => error instanceof Transient,
        minDelayMs: 10,
        maxDelayMs: 10,
        clock,
      }),
    ).rejects.toThrow("definite");
    expect(calls()).toBe(1);
    expect(clock.sleeps).toEqual([]);
  });

  test("the last failure is thrown once the attempts are spent", async () => {
    const { attempt, calls } = failing(10);
    await expect(
      retry(attempt, {
        attempts: 3,
        shouldRetry: () => true,
        minDelayMs: 1,
        maxDelayMs: 1,
        clock: manualClock(),
      }),
    ).rejects.toThrow("busy");
    expect(calls()).toBe(3);
  });

  test("no retry starts past maxElapsedMs", async () => {
    const clock = manualClock();
    const { attempt, calls } = failing(100);
    await expect(
      retry(attempt, {
        attempts: Infinity,
        shouldRetry: () => true,
        minDelayMs: 10_000,
        maxDelayMs: 10_000,
        maxElapsedMs: 35_000,
        random: () => 1,
        clock,
      }),
    ).rejects.toThrow("busy");
    expect(clock.sleeps).toEqual([10_000, 10_000, 10_000]);
    expect(calls()).toBe(4);
  });

  test("delayMs replaces the backoff (a server's Retry-After) and onRetry is awaited first", async () => {
    const clock = manualClock();
    const order: string[] = [];
    const { attempt } = failing(1);
    await retry(attempt, {
      attempts: 2,
      shouldRetry: () => true,
      minDelayMs: 100,
      maxDelayMs: 100,
      delayMs: () => 7000,
      onRetry: async () => {
        await Promise.resolve();
        order.push(`onRetry at ${clock.now()}`);
      },
      clock,
    });
    expect(order).toEqual(["onRetry at 0"]);
    expect(clock.sleeps).toEqual([7000]);
  });

  test("an abort during the delay ends the retries with the abort's reason", async () => {
    const controller = new AbortController();
    const { attempt, calls } = failing(10);
    const pending = retry(attempt, {
      attempts: 10,
      shouldRetry: () => true,
      minDelayMs: 60_000,
      maxDelayMs: 60_000,
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(new Error("cancelled by SIGTERM")), 20);
    await expect(pending).rejects.toThrow("cancelled by SIGTERM");
    expect(calls()).toBe(1);
  });
});
