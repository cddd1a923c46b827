import { InputError } from "../../lib/src/index";
import { describeStrategy, parseStrategy, totalMinutes } from "../src/strategy";

describe("parseStrategy", () => {
  test("all-at-once is one full shift", () => {
    expect(parseStrategy("all-at-once")).toEqual({
      kind: "all-at-once",
      steps: [{ weight: 100, waitMinutes: 0 }],
    });
  });

  test("canary shifts one share, waits, then the rest", () => {
    expect(parseStrategy("  canary   10 5 ")).toEqual({
      kind: "canary",
      steps: [
        { weight: 10, waitMinutes: 5 },
        { weight: 100, waitMinutes: 0 },
      ],
    });
  });

  test("linear adds the share at every step until full", () => {
    expect(parseStrategy("linear 30 2").steps.map((s) => s.weight)).toEqual([30, 60, 90, 100]);
    expect(parseStrategy("linear 25 1").steps.map((s) => s.weight)).toEqual([25, 50, 75, 100]);
    expect(parseStrategy("linear 50 1").steps.map((s) => s.weight)).toEqual([50, 100]);
    expect(totalMinutes(parseStrategy("linear 10 3"))).toBe(27);
  });

  test("zero minutes is allowed, for tests and quick shifts", () => {
    expect(parseStrategy("canary 1 0").steps).toEqual([
      { weight: 1, waitMinutes: 0 },
      { weight: 100, waitMinutes: 0 },
    ]);
  });

  test.each([
    ["", /expected "all-at-once"/],
    ["blue-green", /expected "all-at-once".*got "blue-green"/],
    ["canary", /expected "all-at-once"/],
    ["canary 10", /expected "all-at-once"/],
    ["canary 10 5 extra", /expected "all-at-once"/],
    ["all-at-once 10", /expected "all-at-once"/],
    ["Canary 10 5", /expected "all-at-once"/],
    ["canary ten 5", /percentage must be a whole number, got "ten"/],
    ["canary 10.5 5", /percentage must be a whole number/],
    ["canary 10 -1", /minutes must be a whole number, got "-1"/],
    ["canary 0 5", /percentage must be from 1 to 99, got 0/],
    ["canary 100 5", /percentage must be from 1 to 99, got 100/],
    ["linear 150 1", /percentage must be from 1 to 99/],
    ["canary 10 61", /minutes must be from 0 to 60, got 61/],
    ["linear 1 10", /waits 990 minutes in all/],
  ])("rejects %p naming the input", (text, message) => {
    let error: unknown;
    try {
      parseStrategy(text);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).input).toBe("strategy");
    expect((error as Error).message).toMatch(/^Input "strategy": /);
    expect((error as Error).message).toMatch(message);
  });

  test("describes itself for the summary", () => {
    expect(describeStrategy(parseStrategy("all-at-once"))).toBe("all at once");
    expect(describeStrategy(parseStrategy("linear 40 2"))).toBe(
      "linear 40% → 80% → 100%, 2 min between steps",
    );
  });
});
