import * as core from "@actions/core";
import { errorMessage } from "./aws-errors";
import { type ActionSpec, InputError, Inputs } from "./inputs";

export interface RunContext {
  /** Aborted when the runner cancels the step (SIGINT, then SIGTERM). */
  signal: AbortSignal;
}

/** What an action's `main` receives: its inputs (with `action.yml` defaults) and cancellation. */
export interface ActionContext<I extends string = string> extends RunContext {
  inputs: Inputs<I>;
}

/**
 * What every action's one-line `src/index.ts` calls: `main` gets the runner's inputs read
 * through the action's spec, and fails the step as `run` does.
 */
export function runAction<I extends string>(
  spec: ActionSpec<I>,
  main: (context: ActionContext<I>) => Promise<void>,
): Promise<void> {
  return run(spec.name, (context) => main({ ...context, inputs: new Inputs(undefined, spec) }));
}

/**
 * Runs an action: wires cancellation to an AbortSignal, turns any error into one error
 * annotation plus a failed step (an AWS error with its code, HTTP status and request id), and
 * never prints a stack trace for an input mistake.
 */
export async function run(action: string, main: (context: RunContext) => Promise<void>): Promise<void> {
  const controller = new AbortController();
  const cancel = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) return;
    core.warning(`${action}: received ${signal}, cancelling`);
    controller.abort(new Error(`cancelled by ${signal}`));
  };
  process.once("SIGINT", cancel);
  process.once("SIGTERM", cancel);
  try {
    await main({ signal: controller.signal });
  } catch (error) {
    fail(action, error);
  } finally {
    process.removeListener("SIGINT", cancel);
    process.removeListener("SIGTERM", cancel);
  }
}

export function fail(action: string, error: unknown): void {
  const message = errorMessage(error);
  if (!(error instanceof InputError) && error instanceof Error && error.stack) {
    core.debug(error.stack);
  }
  // One annotation with a title; `core.setFailed` would print a second, untitled one.
  core.error(message, { title: `${action} failed` });
  process.exitCode = 1;
}
