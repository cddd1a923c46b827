import type {
  CloudFormationClient,
  CreateChangeSetCommandInput,
  Parameter,
  Stack,
  StackEvent,
} from "@aws-sdk/client-cloudformation";
import { isAwsError, WaitTimeoutError } from "../../lib/src/index";
import {
  createChangeSet,
  type CreatedChangeSet,
  deleteChangeSet,
  describeChangeSet,
  waitForChangeSet,
} from "./changeset";
import { executeChangeSet } from "./execute";
import { describeBlocked, evaluateGate, type GateVerdict } from "./gate";
import type { DeployOptions } from "./options";
import { planParameters } from "./parameters";
import { diffParameters, type Preview } from "./render";
import {
  applyTerminationProtection,
  deleteFailedStack,
  describeStack,
  type Session,
  settleStack,
  stackFacts,
} from "./stack";
import { checkTemplateSize, INLINE_TEMPLATE_LIMIT, type Template } from "./template";

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

const noGate: GateVerdict = { destructive: [], blocked: [] };

/**
 * One run: settle the stack (wait, recreate), create the change set, review it (gate,
 * preview), then execute it and follow the operation, or discard it.
 */
export async function deployStack(options: DeployOptions, deps: DeployDeps): Promise<DeployResult> {
  checkTemplateSize(options.template, options.templateBucket);
  const session = startSession(options, deps);
  const { stackName } = options;

  const { stack, decision } = await settleStack(session);
  if (decision.action === "blocked") throw new Error(`Cannot deploy stack ${stackName}: ${decision.reason}`);
  if (decision.action === "recreate") {
    const why = `Stack ${stackName} is in ROLLBACK_COMPLETE: its first create failed and it holds no resources`;
    if (options.mode === "preview")
      return recreatePreview(stackName, stack, `⚠️ ${why}; deploy will delete it and create it again.`);
    session.log(`${why}, so it is deleted and created again.`);
    await deleteFailedStack(session, stack?.StackId ?? stackName, options.roleArn);
  }

  const existing = decision.action === "update" ? stack : undefined;
  const request = await changeSetRequest(options, deps, existing);
  const created = await createChangeSet(session.cfn, request, session.signal).catch((error: unknown) => {
    // What AWS emulators (and UpdateStack) answer for an identical update, instead of a FAILED change set.
    if (isAwsError(error, "ValidationError", /No updates are to be performed/)) return undefined;
    throw error;
  });
  if (!created) {
    session.log(`No changes to ${stackName}: CreateChangeSet answered "No updates are to be performed."`);
    return finishUnchanged(session, options, existing, existing?.StackId ?? "");
  }
  session.log(`Created ${request.ChangeSetType} change set ${options.changeSetName} for ${stackName}`);
  const outcome = await waitForChangeSet(
    session.cfn,
    created.id,
    session.waitOptions("the change set to be created"),
  );

  if (!outcome.ready) {
    session.log(`No changes to ${stackName}: ${outcome.reason}`);
    await deleteChangeSet(session.cfn, created.id, session.signal);
    return finishUnchanged(session, options, existing, created.stackId);
  }

  const preview = await reviewChangeSet(session, options, created, existing, request);
  if (options.mode === "preview" || preview.gate.blocked.length > 0) {
    await deleteChangeSet(session.cfn, created.id, session.signal);
    const result = {
      ...stackFacts(await describeStack(session, stackName), created.stackId),
      hasChanges: true,
      changeSetId: created.id,
      preview,
    };
    if (options.mode === "preview") return result;
    return { ...result, failure: { message: describeBlocked(preview.gate.blocked), gate: preview.gate } };
  }

  const execution = await executeChangeSet(session, created, {
    operation: request.ChangeSetType ?? "UPDATE",
    timeoutSeconds: options.timeoutSeconds,
    group: deps.group,
  });
  const result = {
    ...stackFacts(execution.stack, created.stackId),
    hasChanges: true,
    changeSetId: created.id,
    preview,
  };
  if (!execution.ok)
    return { ...result, failure: { message: execution.message, rootCause: execution.rootCause } };
  const protection = await applyTerminationProtection(
    session,
    execution.stack,
    options.terminationProtection,
  );
  return protection ? { ...result, failure: protection } : result;
}

/** The steps' shared state; each wait gets what is left of the whole timeout. */
function startSession(options: DeployOptions, deps: DeployDeps): Session {
  const deadline = Date.now() + options.timeoutSeconds * 1000;
  const minDelaySeconds = options.minDelaySeconds ?? 3;
  return {
    cfn: deps.cfn,
    stackName: options.stackName,
    log: deps.log,
    signal: deps.signal,
    waitOptions: (what) => {
      const remaining = (deadline - Date.now()) / 1000;
      // The SDK waiter refuses a time budget shorter than its first delay: that is a timeout already.
      if (remaining <= minDelaySeconds) throw new WaitTimeoutError(what, options.timeoutSeconds);
      return {
        what,
        timeoutSeconds: remaining,
        minDelaySeconds,
        maxDelaySeconds: options.maxDelaySeconds ?? 10,
        signal: deps.signal,
        log: deps.log,
      };
    },
  };
}

function recreatePreview(stackName: string, stack: Stack | undefined, note: string): DeployResult {
  return {
    stackId: stack?.StackId ?? "",
    status: stack?.StackStatus ?? "",
    hasChanges: true,
    outputs: {},
    preview: { stackName, changes: [], parameters: [], gate: noGate, note },
  };
}

/** CreateChangeSet's input: CREATE or UPDATE, the parameter plan, the template inline or by URL. */
async function changeSetRequest(
  options: DeployOptions,
  deps: DeployDeps,
  existing: Stack | undefined,
): Promise<CreateChangeSetCommandInput> {
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
  return {
    StackName: options.stackName,
    ChangeSetName: options.changeSetName,
    ChangeSetType: existing ? "UPDATE" : "CREATE",
    ...templateSource,
    Parameters: parameters,
    Capabilities: options.capabilities,
    Tags: options.tags.length > 0 ? options.tags : undefined,
    RoleARN: options.roleArn,
    Description: `deploy-stack ${options.mode}`,
  };
}

/** Nothing to change: termination protection is still brought in line on deploy. */
async function finishUnchanged(
  session: Session,
  options: DeployOptions,
  existing: Stack | undefined,
  stackId: string,
): Promise<DeployResult> {
  const protection =
    options.mode === "deploy"
      ? await applyTerminationProtection(session, existing, options.terminationProtection)
      : undefined;
  const final = (await describeStack(session, options.stackName)) ?? existing;
  return {
    ...stackFacts(final, stackId),
    hasChanges: false,
    preview: { stackName: options.stackName, changes: [], parameters: [], gate: noGate, note: "No changes." },
    ...(protection ? { failure: protection } : {}),
  };
}

/** What the change set does, as the preview shows it, with the destructive-change gate's verdict. */
async function reviewChangeSet(
  session: Session,
  options: DeployOptions,
  created: CreatedChangeSet,
  existing: Stack | undefined,
  request: CreateChangeSetCommandInput,
): Promise<Preview> {
  const changeSet = await describeChangeSet(session.cfn, created.id, session.signal);
  const changes = (changeSet.Changes ?? []).flatMap((change) =>
    change.ResourceChange ? [change.ResourceChange] : [],
  );
  const noEcho = new Set(
    [...options.template.parameters.values()].filter((p) => p.noEcho).map((p) => p.name),
  );
  const planned: Parameter[] = request.Parameters ?? [];
  return {
    stackName: options.stackName,
    changeSetName: options.changeSetName,
    changeSetType: request.ChangeSetType,
    changes,
    parameters: diffParameters(existing?.Parameters, planned, changeSet.Parameters ?? [], noEcho),
    gate: evaluateGate(changes, options.gate),
  };
}
