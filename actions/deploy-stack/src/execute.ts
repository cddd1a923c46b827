import { createHash } from "node:crypto";
import { ExecuteChangeSetCommand, type Stack, type StackEvent } from "@aws-sdk/client-cloudformation";
import { waitFor, WaitFailedError, WaitTimeoutError } from "../../lib/src/index";
import type { CreatedChangeSet } from "./changeset";
import { describeEvent, formatEvent, rootCause, StackEventStream } from "./events";
import { describeStack, type Session } from "./stack";
import { operationState } from "./stack-state";

/** How the operation ended, with the stack as it is afterwards. */
export type ExecutionOutcome =
  | { ok: true; stack: Stack | undefined }
  | { ok: false; stack: Stack | undefined; message: string; rootCause?: StackEvent };

/**
 * The ExecuteChangeSet token: part of the request, so the SDK's retry of a 5xx (the first
 * attempt may have started the operation) is recognised by CloudFormation as the same request
 * rather than a second execution; derived from the change set, so each change set has its own.
 */
export const executionToken = (changeSetId: string): string =>
  `deploy-stack-${createHash("sha256").update(changeSetId).digest("hex").slice(0, 40)}`;

/**
 * Executes the change set and follows the operation to its end, printing the stack events as
 * they come (in a log group). A failed operation comes back with its root cause; a timeout
 * throws, saying the operation carries on.
 */
export async function executeChangeSet(
  session: Session,
  changeSet: CreatedChangeSet,
  options: {
    operation: string;
    timeoutSeconds: number;
    group: <T>(title: string, body: () => Promise<T>) => Promise<T>;
  },
): Promise<ExecutionOutcome> {
  const { cfn, log, signal, stackName } = session;
  const startedAt = new Date();
  const stream = new StackEventStream(cfn, changeSet.stackId, startedAt, signal);
  await stream.prime();
  await cfn.send(
    new ExecuteChangeSetCommand({
      ChangeSetName: changeSet.id,
      ClientRequestToken: executionToken(changeSet.id),
    }),
    { abortSignal: signal },
  );
  const what = `stack ${stackName} to finish its ${options.operation}`;
  const printNewEvents = async () => {
    for (const event of await stream.poll()) log(formatEvent(event, startedAt));
  };
  try {
    const status = await options.group(`${options.operation} ${stackName}: stack events`, async () => {
      const status = await waitFor<string>({ ...session.waitOptions(what), log: undefined }, async () => {
        await printNewEvents();
        const status = (await describeStack(session, changeSet.stackId))?.StackStatus ?? "UNKNOWN";
        const state = operationState(status);
        if (state === "running") return { state: "retry" };
        if (state === "succeeded") return { state: "done", value: status };
        return { state: "failed", reason: status };
      });
      // The last events arrive together with the final status.
      await printNewEvents();
      return status;
    });
    log(`Stack ${stackName} is ${status}`);
    return { ok: true, stack: await describeStack(session, changeSet.stackId) };
  } catch (error) {
    if (error instanceof WaitTimeoutError) {
      throw new Error(
        // Said with the whole timeout-minutes, not the part left when this wait began.
        `${new WaitTimeoutError(what, options.timeoutSeconds).message}. ` +
          `Only the waiting stopped: the stack operation carries on in CloudFormation.`,
        { cause: error },
      );
    }
    if (!(error instanceof WaitFailedError)) throw error;
    await printNewEvents();
    const cause = rootCause(stream.events);
    const stack = await describeStack(session, changeSet.stackId);
    const reason = cause
      ? `. Root cause: ${describeEvent(cause)}`
      : stack?.StackStatusReason
        ? `: ${stack.StackStatusReason}`
        : "";
    return {
      ok: false,
      stack,
      message: `Stack ${stackName} ended in ${error.reason}${reason}`,
      ...(cause ? { rootCause: cause } : {}),
    };
  }
}
