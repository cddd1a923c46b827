/**
 * What to do with a stack given its current status, before starting an operation. Only one
 * operation may run on a stack at a time, and some failed states cannot be updated.
 */
export type StackAction =
  | { action: "create" }
  | { action: "create-in-review" }
  | { action: "recreate" }
  | { action: "wait" }
  | { action: "update" }
  | { action: "blocked"; reason: string };

export function classifyStack(status: string | undefined): StackAction {
  if (status === undefined || status === "DELETE_COMPLETE") return { action: "create" };
  // A CREATE change set made earlier (a preview) leaves an empty stack in review: reuse it.
  if (status === "REVIEW_IN_PROGRESS") return { action: "create-in-review" };
  // A failed first create cannot be updated; it holds no resources, so it is safe to delete.
  if (status === "ROLLBACK_COMPLETE") return { action: "recreate" };
  if (status.endsWith("_IN_PROGRESS")) return { action: "wait" };
  switch (status) {
    case "ROLLBACK_FAILED":
    case "DELETE_FAILED":
      return {
        action: "blocked",
        reason: `the stack is in ${status}: delete it by hand (retaining the resources that failed), then run again`,
      };
    case "UPDATE_ROLLBACK_FAILED":
      return {
        action: "blocked",
        reason: `the stack is in ${status}: continue the rollback (aws cloudformation continue-update-rollback) and run again`,
      };
    case "CREATE_FAILED":
      return {
        action: "blocked",
        reason: `the stack is in ${status} (created with rollback disabled): roll it back or delete it, then run again`,
      };
    default:
      return { action: "update" };
  }
}

const SUCCEEDED = new Set(["CREATE_COMPLETE", "UPDATE_COMPLETE", "IMPORT_COMPLETE", "DELETE_COMPLETE"]);

/** For waiting on an operation: still running, ended well, or ended badly. */
export function operationState(status: string): "running" | "succeeded" | "failed" {
  if (status.endsWith("_IN_PROGRESS")) return "running";
  return SUCCEEDED.has(status) ? "succeeded" : "failed";
}
