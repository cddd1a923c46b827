import { waitFor, WaitAbortedError, WaitFailedError, WaitTimeoutError } from "../src/wait";

const fast = { minDelaySeconds: 0.01, maxDelaySeconds: 0.02 };

describe("waitFor", () => {
  test("polls until done and logs each new progress line once", async () => {
    const states = ["CREATE_PENDING", "CREATE_IN_PROGRESS", "CREATE_IN_PROGRESS"];
    const lines: string[] = [];
    const value = await waitFor(
      { what: "change set", timeoutSeconds: 5, log: (l) => lines.push(l), ...fast },
      async () => {
        const next = states.shift();
        return next ? { state: "retry", progress: next } : { state: "done", value: "CREATE_COMPLETE" };
      },
    );
    expect(value).toBe("CREATE_COMPLETE");
    expect(lines.map((l) => l.replace(/^\[\d+s\] /, ""))).toEqual(["CREATE_PENDING", "CREATE_IN_PROGRESS"]);
  });

  test("a failed poll carries its reason", async () => {
    await expect(
      waitFor({ what: "change set", timeoutSeconds: 5, ...fast }, async () => ({
        state: "failed",
        reason: "No updates",
      })),
    ).rejects.toEqual(new WaitFailedError("change set", "No updates"));
  });

  test("times out with the thing awaited in the message", async () => {
    await expect(
      waitFor({ what: "stack to settle", timeoutSeconds: 0.2, ...fast }, async () => ({ state: "retry" })),
    ).rejects.toBeInstanceOf(WaitTimeoutError);
  });

  test("an abort stops waiting", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    await expect(
      waitFor({ what: "invalidation", timeoutSeconds: 10, signal: controller.signal, ...fast }, async () => ({
        state: "retry",
      })),
    ).rejects.toBeInstanceOf(WaitAbortedError);
  });
});
