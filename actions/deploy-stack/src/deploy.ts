import {
  type Capability,
  type CloudFormationClient,
  DeleteStackCommand,
  DescribeStacksCommand,
  ExecuteChangeSetCommand,
  type Stack,
  type StackEvent,
  type Tag,
  UpdateTerminationProtectionCommand,
} from "@aws-sdk/client-cloudformation";
import { InputError, isAwsError, waitFor, WaitFailedError, WaitTimeoutError } from "../../lib/src/index";
import { createChangeSet, deleteChangeSet, describeChangeSet, waitForChangeSet } from "./changeset";
import { describeEvent, formatEvent, rootCause, StackEventStream } from "./events";
import { describeBlocked, evaluateGate, type GateOptions, type GateVerdict } from "./gate";
import { type GivenParameters, planParameters } from "./parameters";
import { diffParameters, type Preview } from "./render";
import { classifyStack, operationState } from "./stack-state";
import { INLINE_TEMPLATE_LIMIT, type Template } from "./template";

export interface DeployOptions {
  stackName: string;
  template: Template;
  parameters: GivenParameters;
  keepPrevious: ReadonlySet<string>;
  capabilities: Capability[];
  tags: Tag[];
  roleArn?: string;
  mode: "deploy" | "preview";
  terminationProtection: boolean;
  timeoutSeconds: number;
  gate: GateOptions;
  changeSetName: string;
  /** Where templates over the inline limit are uploaded (`template-bucket`). */
  templateBucket?: string;
  /** Poll intervals; tests make them small. */
  minDelaySeconds?: number;
  maxDelaySeconds?: number;
}

export interface DeployDeps {
  cfn: CloudFormationClient;
  /** Uploads a template over the inline limit and returns its TemplateURL. */
  uploadTemplate?: (bucket: string, template: Template) => Promise<string>;
  log: (line: string) => void;
  group: <T>(title: string, body: () => Promise<T>) => Promise<T>;
  signal?: AbortSignal;
}

export interface DeployResult {
  stackId: string;
  status: string;
  hasChanges: boolean;
  changeSetId?: string;
  outputs: Record<string, string>;
  preview: Preview;
  /** Set when the deploy did not happen or failed; the step must fail with `message`. */
  failure?: { message: string; rootCause?: StackEvent; gate?: GateVerdict };
}

export class TemplateTooLargeError extends InputError {
  constructor(template: Template) {
    super(
      "template",
      `${template.path} is ${template.bytes} bytes, over CloudFormation's ${INLINE_TEMPLATE_LIMIT}-byte limit ` +
        `for inline templates: set template-bucket to upload it to S3`,
    );
  }
}

/** Fails before any AWS call when the template cannot be sent inline and there is no bucket. */
export function checkTemplateSize(template: Template, templateBucket: string | undefined): void {
  if (template.bytes > INLINE_TEMPLATE_LIMIT && !templateBucket) throw new TemplateTooLargeError(template);
}

const noGate: GateVerdict = { destructive: [], blocked: [] };

export async function deployStack(options: DeployOptions, deps: DeployDeps): Promise<DeployResult> {
  checkTemplateSize(options.template, options.templateBucket);
  const { cfn, log, signal } = deps;
  const { stackName } = options;
  const deadline = Date.now() + options.timeoutSeconds * 1000;
  const waitOptions = (what: string) => {
    const minDelaySeconds = options.minDelaySeconds ?? 3;
    const remaining = (deadline - Date.now()) / 1000;
    // The SDK waiter refuses a time budget shorter than its first delay: that is a timeout already.
    if (remaining <= minDelaySeconds) throw new WaitTimeoutError(what, options.timeoutSeconds);
    return {
      what,
      timeoutSeconds: remaining,
      minDelaySeconds,
      maxDelaySeconds: options.maxDelaySeconds ?? 10,
      signal,
      log,
    };
  };

  const describe = async (name: string): Promise<Stack | undefined> => {
    try {
      const { Stacks } = await cfn.send(new DescribeStacksCommand({ StackName: name }), {
        abortSignal: signal,
      });
      return Stacks?.[0];
    } catch (error) {
      if (isAwsError(error, "ValidationError", /does not exist/)) return undefined;
      throw error;
    }
  };

  let stack = await describe(stackName);
  let decision = classifyStack(stack?.StackStatus);
  if (decision.action === "wait") {
    log(
      `Stack ${stackName} is ${stack?.StackStatus}: waiting for that operation to end before starting another`,
    );
    stack = await waitFor(waitOptions(`stack ${stackName} to leave ${stack?.StackStatus}`), async () => {
      const current = await describe(stackName);
      const status = current?.StackStatus;
      if (classifyStack(status).action === "wait") return { state: "retry", progress: status };
      return { state: "done", value: current };
    });
    decision = classifyStack(stack?.StackStatus);
  }
  if (decision.action === "blocked") throw new Error(`Cannot deploy stack ${stackName}: ${decision.reason}`);
  if (decision.action === "recreate") {
    const why = `Stack ${stackName} is in ROLLBACK_COMPLETE: its first create failed and it holds no resources`;
    if (options.mode === "preview") {
      const note = `⚠️ ${why}; deploy will delete it and create it again.`;
      return {
        stackId: stack?.StackId ?? "",
        status: stack?.StackStatus ?? "",
        hasChanges: true,
        outputs: {},
        preview: { stackName, changes: [], parameters: [], gate: noGate, note },
      };
    }
    log(`${why}, so it is deleted and created again.`);
    await recreate(stack?.StackId ?? stackName);
    stack = undefined;
  }

  const existing = decision.action === "update" ? stack : undefined;
  const changeSetType = existing ? "UPDATE" : "CREATE";
  const parameters = planParameters({
    given: options.parameters,
    keepPrevious: options.keepPrevious,
    declared: options.template.parameters,
    existing: existing ? new Set((existing.Parameters ?? []).map((p) => p.ParameterKey ?? "")) : undefined,
  });
  const templateSource =
    options.template.bytes > INLINE_TEMPLATE_LIMIT && options.templateBucket && deps.uploadTemplate
      ? { TemplateURL: await deps.uploadTemplate(options.templateBucket, options.template) }
      : { TemplateBody: options.template.body };

  const created = await createChangeSet(
    cfn,
    {
      StackName: stackName,
      ChangeSetName: options.changeSetName,
      ChangeSetType: changeSetType,
      ...templateSource,
      Parameters: parameters,
      Capabilities: options.capabilities,
      Tags: options.tags.length > 0 ? options.tags : undefined,
      RoleARN: options.roleArn,
      Description: `deploy-stack ${options.mode}`,
    },
    signal,
  );
  log(`Created ${changeSetType} change set ${options.changeSetName} for ${stackName}`);
  const outcome = await waitForChangeSet(cfn, created.id, waitOptions("the change set to be created"));
  const noEcho = new Set(
    [...options.template.parameters.values()].filter((p) => p.noEcho).map((p) => p.name),
  );

  if (!outcome.ready) {
    log(`No changes to ${stackName}: ${outcome.reason}`);
    await deleteChangeSet(cfn, created.id, signal);
    if (options.mode === "deploy") await applyTerminationProtection(existing);
    const final = (await describe(stackName)) ?? existing;
    return {
      ...stackFacts(final, created.stackId),
      hasChanges: false,
      preview: { stackName, changes: [], parameters: [], gate: noGate, note: "No changes." },
    };
  }

  const changeSet = await describeChangeSet(cfn, created.id, signal);
  const changes = (changeSet.Changes ?? []).flatMap((change) =>
    change.ResourceChange ? [change.ResourceChange] : [],
  );
  const gate = evaluateGate(changes, options.gate);
  const preview: Preview = {
    stackName,
    changeSetName: options.changeSetName,
    changeSetType,
    changes,
    parameters: diffParameters(existing?.Parameters, parameters, changeSet.Parameters ?? [], noEcho),
    gate,
  };

  if (options.mode === "preview" || gate.blocked.length > 0) {
    await deleteChangeSet(cfn, created.id, signal);
    const current = await describe(stackName);
    const result = {
      ...stackFacts(current, created.stackId),
      hasChanges: true,
      changeSetId: created.id,
      preview,
    };
    if (options.mode === "preview") return result;
    return { ...result, failure: { message: describeBlocked(gate.blocked), gate } };
  }

  const startedAt = new Date();
  const stream = new StackEventStream(cfn, created.stackId, startedAt, signal);
  await stream.prime();
  await cfn.send(new ExecuteChangeSetCommand({ ChangeSetName: created.id }), { abortSignal: signal });
  const what = `stack ${stackName} to finish its ${changeSetType}`;
  const printNewEvents = async () => {
    for (const event of await stream.poll()) log(formatEvent(event, startedAt));
  };
  let finalStatus: string;
  try {
    finalStatus = await deps.group(`${changeSetType} ${stackName}: stack events`, async () => {
      const status = await waitFor<string>({ ...waitOptions(what), log: undefined }, async () => {
        await printNewEvents();
        const current = await describe(created.stackId);
        const status = current?.StackStatus ?? "UNKNOWN";
        const state = operationState(status);
        if (state === "running") return { state: "retry" };
        if (state === "succeeded") return { state: "done", value: status };
        return { state: "failed", reason: status };
      });
      // The last events arrive together with the final status.
      await printNewEvents();
      return status;
    });
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
    const current = await describe(created.stackId);
    const message = cause
      ? `Stack ${stackName} ended in ${error.reason}. Root cause: ${describeEvent(cause)}`
      : `Stack ${stackName} ended in ${error.reason}${current?.StackStatusReason ? `: ${current.StackStatusReason}` : ""}`;
    return {
      ...stackFacts(current, created.stackId),
      hasChanges: true,
      changeSetId: created.id,
      preview,
      failure: { message, rootCause: cause },
    };
  }
  log(`Stack ${stackName} is ${finalStatus}`);
  const final = await describe(created.stackId);
  await applyTerminationProtection(final);
  return { ...stackFacts(final, created.stackId), hasChanges: true, changeSetId: created.id, preview };

  async function recreate(stackId: string): Promise<void> {
    await cfn.send(new DeleteStackCommand({ StackName: stackId, RoleARN: options.roleArn }), {
      abortSignal: signal,
    });
    await waitFor(waitOptions(`stack ${stackName} to be deleted`), async () => {
      const status = (await describe(stackId))?.StackStatus ?? "DELETE_COMPLETE";
      if (status === "DELETE_COMPLETE") return { state: "done", value: undefined };
      if (status === "DELETE_FAILED") return { state: "failed", reason: status };
      return { state: "retry", progress: status };
    });
    log(`Deleted stack ${stackName}; creating it again`);
  }

  async function applyTerminationProtection(current: Stack | undefined): Promise<void> {
    if (!current || (current.EnableTerminationProtection ?? false) === options.terminationProtection) return;
    await cfn.send(
      new UpdateTerminationProtectionCommand({
        StackName: current.StackId ?? stackName,
        EnableTerminationProtection: options.terminationProtection,
      }),
      { abortSignal: signal },
    );
    log(`Termination protection ${options.terminationProtection ? "enabled" : "disabled"} on ${stackName}`);
  }
}

function stackFacts(stack: Stack | undefined, fallbackId: string) {
  const outputs: Record<string, string> = {};
  for (const output of stack?.Outputs ?? []) {
    if (output.OutputKey) outputs[output.OutputKey] = output.OutputValue ?? "";
  }
  return { stackId: stack?.StackId ?? fallbackId, status: stack?.StackStatus ?? "NONE", outputs };
}
