import {
  type CloudFormationClient,
  DeleteStackCommand,
  DescribeStacksCommand,
  type Stack,
  UpdateTerminationProtectionCommand,
} from "@aws-sdk/client-cloudformation";
import { describeAwsError, isAwsError, waitFor, type WaitOptions } from "../../lib/src/index";
import { classifyStack, type StackAction } from "./stack-state";

/** What every step of one deploy shares: the client, the log, cancellation and the time budget. */
export interface Session {
  cfn: CloudFormationClient;
  stackName: string;
  log: (line: string) => void;
  signal?: AbortSignal;
  /** Options for the next wait, with what is left of timeout-minutes. */
  waitOptions: (what: string) => WaitOptions;
}

/** The stack by name or id; undefined when it does not exist. */
export async function describeStack(session: Session, name: string): Promise<Stack | undefined> {
  try {
    const { Stacks } = await session.cfn.send(new DescribeStacksCommand({ StackName: name }), {
      abortSignal: session.signal,
    });
    return Stacks?.[0];
  } catch (error) {
    if (isAwsError(error, "ValidationError", /does not exist/)) return undefined;
    throw error;
  }
}

/** The stack once no operation runs on it (waiting for one that does), and what to do with it. */
export async function settleStack(
  session: Session,
): Promise<{ stack: Stack | undefined; decision: StackAction }> {
  const { stackName } = session;
  let stack = await describeStack(session, stackName);
  let decision = classifyStack(stack?.StackStatus);
  if (decision.action === "wait") {
    session.log(
      `Stack ${stackName} is ${stack?.StackStatus}: waiting for that operation to end before starting another`,
    );
    stack = await waitFor(
      session.waitOptions(`stack ${stackName} to leave ${stack?.StackStatus}`),
      async () => {
        const current = await describeStack(session, stackName);
        const status = current?.StackStatus;
        if (classifyStack(status).action === "wait") return { state: "retry", progress: status };
        return { state: "done", value: current };
      },
    );
    decision = classifyStack(stack?.StackStatus);
  }
  return { stack, decision };
}

/** Deletes a stack whose first create failed (it holds no resources) and waits until it is gone. */
export async function deleteFailedStack(session: Session, stackId: string, roleArn?: string): Promise<void> {
  const { stackName } = session;
  await session.cfn.send(new DeleteStackCommand({ StackName: stackId, RoleARN: roleArn }), {
    abortSignal: session.signal,
  });
  await waitFor(session.waitOptions(`stack ${stackName} to be deleted`), async () => {
    const status = (await describeStack(session, stackId))?.StackStatus ?? "DELETE_COMPLETE";
    if (status === "DELETE_COMPLETE") return { state: "done", value: undefined };
    if (status === "DELETE_FAILED") return { state: "failed", reason: status };
    return { state: "retry", progress: status };
  });
  session.log(`Deleted stack ${stackName}; creating it again`);
}

/**
 * Sets termination protection when the stack's differs from the input's. A failure comes back
 * as the step's failure rather than an exception: the stack itself is deployed, and its
 * outputs are still reported.
 */
export async function applyTerminationProtection(
  session: Session,
  current: Stack | undefined,
  enabled: boolean,
): Promise<{ message: string } | undefined> {
  if (!current || (current.EnableTerminationProtection ?? false) === enabled) return undefined;
  try {
    await session.cfn.send(
      new UpdateTerminationProtectionCommand({
        StackName: current.StackId ?? session.stackName,
        EnableTerminationProtection: enabled,
      }),
      { abortSignal: session.signal },
    );
  } catch (error) {
    return {
      message:
        `Stack ${session.stackName} is ${current.StackStatus}, but ${enabled ? "enabling" : "disabling"} its ` +
        `termination protection failed: ${describeAwsError(error)}. A re-run sets it (nothing else is left to change).`,
    };
  }
  session.log(`Termination protection ${enabled ? "enabled" : "disabled"} on ${session.stackName}`);
  return undefined;
}

/** The result fields read from the stack: id, status and outputs. */
export function stackFacts(stack: Stack | undefined, fallbackId: string) {
  const outputs: Record<string, string> = {};
  for (const output of stack?.Outputs ?? []) {
    if (output.OutputKey) outputs[output.OutputKey] = output.OutputValue ?? "";
  }
  return { stackId: stack?.StackId ?? fallbackId, status: stack?.StackStatus ?? "NONE", outputs };
}
