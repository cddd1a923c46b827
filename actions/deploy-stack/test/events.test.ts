import type { StackEvent } from "@aws-sdk/client-cloudformation";
import { formatEvent, rootCause, unseenEvents } from "../src/events";
import { FAILED_UPDATE_EVENTS, START } from "./fixtures";

describe("rootCause", () => {
  test("is the first failure that is not a cancellation cascade", () => {
    const cause = rootCause(FAILED_UPDATE_EVENTS);
    expect(cause?.LogicalResourceId).toBe("ApiRole");
    expect(cause?.ResourceStatusReason).toMatch(/NoSuchPolicy does not exist/);
  });

  test("is found when the cancellation is reported first", () => {
    const [cancelled] = FAILED_UPDATE_EVENTS.filter(
      (e) => e.ResourceStatusReason === "Resource update cancelled",
    );
    const reordered = [cancelled as StackEvent, ...FAILED_UPDATE_EVENTS.filter((e) => e !== cancelled)];
    expect(rootCause(reordered)?.LogicalResourceId).toBe("ApiRole");
  });

  test("falls back to the first failure when every failure is a cascade, and to nothing without failures", () => {
    const cascades = FAILED_UPDATE_EVENTS.filter(
      (e) => e.ResourceStatusReason === "Resource update cancelled",
    );
    expect(rootCause(cascades)?.LogicalResourceId).toBe("ApiFunction");
    expect(
      rootCause(FAILED_UPDATE_EVENTS.filter((e) => !e.ResourceStatus?.endsWith("FAILED"))),
    ).toBeUndefined();
  });
});

describe("unseenEvents", () => {
  const newestFirst = [...FAILED_UPDATE_EVENTS].reverse();

  test("returns the new events oldest first and stops at a known one", () => {
    const seen = new Set([FAILED_UPDATE_EVENTS[3]?.EventId ?? ""]);
    const { fresh, reachedKnown } = unseenEvents(newestFirst, seen, new Date(0));
    expect(reachedKnown).toBe(true);
    expect(fresh.map((e) => e.EventId)).toEqual(FAILED_UPDATE_EVENTS.slice(4).map((e) => e.EventId));
  });

  test("stops at events older than the operation", () => {
    const since = new Date(START.getTime() + 10_000);
    const { fresh, reachedKnown } = unseenEvents(newestFirst, new Set(), since);
    expect(reachedKnown).toBe(true);
    expect(fresh.map((e) => e.ResourceStatus)).toEqual(["UPDATE_COMPLETE", "UPDATE_ROLLBACK_COMPLETE"]);
  });

  test("a page of only new events asks for the next page", () => {
    expect(unseenEvents(newestFirst, new Set(), new Date(0)).reachedKnown).toBe(false);
  });
});

test("formatEvent shows elapsed time, resource, status and reason", () => {
  expect(formatEvent(FAILED_UPDATE_EVENTS[4] as StackEvent, START)).toBe(
    "[7s] ApiFunction (AWS::Lambda::Function) UPDATE_FAILED: Resource update cancelled",
  );
});
