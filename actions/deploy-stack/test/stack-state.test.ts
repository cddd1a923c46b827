import { classifyStack, operationState } from "../src/stack-state";

describe("classifyStack", () => {
  test.each([
    [undefined, "create"],
    ["REVIEW_IN_PROGRESS", "create-in-review"],
    ["ROLLBACK_COMPLETE", "recreate"],
    ["UPDATE_IN_PROGRESS", "wait"],
    ["UPDATE_COMPLETE_CLEANUP_IN_PROGRESS", "wait"],
    ["UPDATE_ROLLBACK_IN_PROGRESS", "wait"],
    ["DELETE_IN_PROGRESS", "wait"],
    ["CREATE_COMPLETE", "update"],
    ["UPDATE_ROLLBACK_COMPLETE", "update"],
    ["UPDATE_ROLLBACK_FAILED", "blocked"],
    ["DELETE_FAILED", "blocked"],
  ])("%s → %s", (status, action) => {
    expect(classifyStack(status).action).toBe(action);
  });

  test("a blocked stack says how to get out of it", () => {
    expect(classifyStack("UPDATE_ROLLBACK_FAILED")).toEqual({
      action: "blocked",
      reason: expect.stringContaining("continue-update-rollback"),
    });
  });
});

test("operationState", () => {
  expect(operationState("UPDATE_COMPLETE_CLEANUP_IN_PROGRESS")).toBe("running");
  expect(operationState("CREATE_COMPLETE")).toBe("succeeded");
  expect(operationState("UPDATE_ROLLBACK_COMPLETE")).toBe("failed");
  expect(operationState("ROLLBACK_COMPLETE")).toBe("failed");
});
