import { manualClock } from "../testing/clock";
import { waitFor, WaitAbortedError, WaitFailedError, WaitTimeoutError } from "../src/wait";

describe("waitFor", () => {
  test("polls at once, then with backoff, until done, logging each new progress line once", async () => {
    const clock = manualClock();
    const states = ["CREATE_PENDING", "CREATE_IN_PROGRESS", "CREATE_IN_PROGRESS"];
    const lines: string[] = [];
    const value = await waitFor(
      { what: "change set", timeoutSeconds: 300, log: (l) => lines.push(l), clock },
      async () => {
        const next = states.shift();
        return next ? { state: "retry", progress: next } : { state: "done", value: "CREATE_COMPLETE" };
      },
    );
    expect(value).toBe("CREATE_COMPLETE");
    expect(lines).toEqual(["[0s] CREATE_PENDING", expect.stringMatching(/^\[\d+s\] CREATE_IN_PROGRESS$/)]);
    // Three polls not done: three delays, from 5 s (jittered down to half) doubling to 15 s.
    expect(clock.sleeps).toHaveLength(3);
    expect(clock.sleeps[0]).toBeGreaterThanOrEqual(2500);
    expect(clock.sleeps[0]).toBeLessThanOrEqual(5000);
    expect(Math.max(...clock.sleeps)).toBeLessThanOrEqual(15_000);
  });

  test("a failed poll carries its reason", async () => {
    await expect(
      waitFor({ what: "change set", timeoutSeconds: 5, clock: manualClock() }, async () => ({
        state: "failed",
        reason: "No updates",
      })),
    ).rejects.toEqual(new WaitFailedError("change set", "No updates"));
  });

  test("times out with the thing awaited in the message, never sleeping past the timeout", async () => {
    const clock = manualClock();
    let polls = 0;
    await expect(
      waitFor({ what: "stack to settle", timeoutSeconds: 120, clock }, async () => {
        polls++;
        return { state: "retry" };
      }),
    ).rejects.toEqual(new WaitTimeoutError("stack to settle", 120));
    expect(polls).toBeGreaterThan(5);
    expect(clock.sleeps.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(120_000);
  });

  test("an error thrown by a poll ends the wait", async () => {
    await expect(
      waitFor({ what: "stack", timeoutSeconds: 60, clock: manualClock() }, async () => {
        throw new Error("AccessDenied");
      }),
    ).rejects.toThrow("AccessDenied");
  });

  test("an abort stops waiting", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    await expect(
      waitFor(
        {
          what: "invalidation",
          timeoutSeconds: 10,
          signal: controller.signal,
          minDelaySeconds: 0.01,
          maxDelaySeconds: 0.02,
        },
        async () => ({ state: "retry" }),
      ),
    ).rejects.toBeInstanceOf(WaitAbortedError);
  });
});
