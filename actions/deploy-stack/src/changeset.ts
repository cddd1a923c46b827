import {
  type Change,
  type CloudFormationClient,
  CreateChangeSetCommand,
  type CreateChangeSetCommandInput,
  DeleteChangeSetCommand,
  DescribeChangeSetCommand,
  type DescribeChangeSetCommandOutput,
} from "@aws-sdk/client-cloudformation";
import { waitFor, type WaitOptions } from "../../lib/src/index";

/** How CloudFormation says a change set is empty: it fails it with one of these reasons. */
const NO_CHANGES = [/didn't contain changes/i, /No updates are to be performed/i];

export const isNoChangesReason = (reason: string | undefined): boolean =>
  reason !== undefined && NO_CHANGES.some((pattern) => pattern.test(reason));

export type ChangeSetOutcome = { ready: true } | { ready: false; reason: string };

export interface CreatedChangeSet {
  id: string;
  stackId: string;
}

export async function createChangeSet(
  cfn: CloudFormationClient,
  input: CreateChangeSetCommandInput,
  signal?: AbortSignal,
): Promise<CreatedChangeSet> {
  const created = await cfn.send(new CreateChangeSetCommand(input), { abortSignal: signal });
  return { id: created.Id ?? "", stackId: created.StackId ?? "" };
}

/** Waits for the change set to be computed; an empty one comes back as not ready, with the reason. */
export async function waitForChangeSet(
  cfn: CloudFormationClient,
  id: string,
  options: Omit<WaitOptions, "what">,
): Promise<ChangeSetOutcome> {
  return waitFor<ChangeSetOutcome>({ ...options, what: "the change set to be created" }, async () => {
    const described = await cfn.send(new DescribeChangeSetCommand({ ChangeSetName: id }), {
      abortSignal: options.signal,
    });
    if (described.Status === "CREATE_COMPLETE") return { state: "done", value: { ready: true } };
    if (described.Status === "FAILED") {
      const reason = described.StatusReason ?? "no reason given";
      if (isNoChangesReason(reason)) return { state: "done", value: { ready: false, reason } };
      return { state: "failed", reason };
    }
    return { state: "retry", progress: `change set ${described.Status}` };
  });
}

/** The whole change set: DescribeChangeSet returns at most 100 changes a page. */
export async function describeChangeSet(
  cfn: CloudFormationClient,
  id: string,
  signal?: AbortSignal,
): Promise<DescribeChangeSetCommandOutput> {
  let first: DescribeChangeSetCommandOutput | undefined;
  const changes: Change[] = [];
  let nextToken: string | undefined;
  do {
    const page = await cfn.send(new DescribeChangeSetCommand({ ChangeSetName: id, NextToken: nextToken }), {
      abortSignal: signal,
    });
    first ??= page;
    changes.push(...(page.Changes ?? []));
    nextToken = page.NextToken;
  } while (nextToken);
  return { ...first, Changes: changes, NextToken: undefined };
}

export async function deleteChangeSet(
  cfn: CloudFormationClient,
  id: string,
  signal?: AbortSignal,
): Promise<void> {
  await cfn.send(new DeleteChangeSetCommand({ ChangeSetName: id }), { abortSignal: signal });
}
