import type { LambdaClient } from "@aws-sdk/client-lambda";
import { describeFailure, type ChainResult, type ChainTarget } from "../../chain-checks/src/index";
import { errorMessage, type Clock } from "../../lib/src/index";
import { planChecks, type CheckPlan } from "./checks";
import { FunctionOps, RevisionConflictError, type AliasState } from "./lambda";
import type { ShiftOptions } from "./options";
import {
  aliasDescription,
  imageDigest,
  parseAliasDescription,
  sameImage,
  versionDescription,
  type Provenance,
} from "./provenance";

export interface ShiftDeps {
  lambda: LambdaClient;
  /** Runs the chain checks (the shared library's `checkChain` in production). */
  check: (target: ChainTarget, signal?: AbortSignal) => Promise<ChainResult>;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  log: (line: string) => void;
  provenance: Provenance;
  signal?: AbortSignal;
  /** For the polls and retries while Lambda updates; the system clock when omitted. */
  clock?: Clock;
}

/** Where the alias points: `version` at full weight minus what `weights` sends elsewhere. */
export interface AliasPosition {
  version: string;
  weights: Record<string, number>;
}

export interface StepRecord {
  /** Percent of traffic on the new version after this step. */
  weight: number;
  check?: ChainResult;
}

export interface ShiftOutcome {
  functionName: string;
  alias: string;
  previousVersion?: string;
  version?: string;
  changed: boolean;
  rolledBack: boolean;
  plan?: CheckPlan;
  preCheck?: ChainResult;
  steps: StepRecord[];
  aliasNow?: AliasPosition;
  failure?: { stage: string; message: string };
  notes: string[];
}

export class CheckFailedError extends Error {
  constructor(where: string, result: ChainResult) {
    super(`${where}: ${describeFailure(result)}`);
    this.name = "CheckFailedError";
  }
}

/**
 * Publishes (or picks) the target version and moves the alias to it step by step, checking
 * after each step; on a failed check or cancellation it moves the alias back. Never throws:
 * every failure is recorded in the outcome, which says where the alias points.
 */
export async function shiftAlias(options: ShiftOptions, deps: ShiftDeps): Promise<ShiftOutcome> {
  const outcome: ShiftOutcome = {
    functionName: options.functionName,
    alias: options.alias,
    changed: false,
    rolledBack: false,
    steps: [],
    notes: [],
  };
  const ops = new FunctionOps({
    lambda: deps.lambda,
    functionName: options.functionName,
    alias: options.alias,
    updateTimeoutSeconds: options.updateTimeoutSeconds,
    log: deps.log,
    ...(deps.signal ? { signal: deps.signal } : {}),
    ...(deps.clock ? { clock: deps.clock } : {}),
  });
  const progress = { stage: "reading the alias" };
  try {
    const alias = await ops.getAlias();
    outcome.previousVersion = alias.version;
    outcome.aliasNow = { version: alias.version, weights: alias.weights };
    if (alias.version === "$LATEST") {
      throw new Error(
        `Alias "${options.alias}" points at $LATEST, which cannot be rolled back to; point it at a published version first`,
      );
    }
    progress.stage = "preparing the version to roll out";
    const version = await resolveVersion(options, alias, ops, deps);
    outcome.version = version;
    const weighted = Object.keys(alias.weights).length > 0;
    if (version === alias.version && !weighted) {
      note(outcome, deps, `Alias "${options.alias}" already serves version ${version}: nothing to do.`);
      return outcome;
    }
    const plan = planChecks(options.functionName, options.alias, options.checks, version);
    outcome.plan = plan;
    plan.notes.forEach((line) => deps.log(line));
    if (plan.preShift) {
      progress.stage = `pre-shift check of version ${version}`;
      outcome.preCheck = await deps.check(plan.preShift, deps.signal);
      if (!outcome.preCheck.ok) {
        throw new CheckFailedError(`Version ${version}, before any traffic moved`, outcome.preCheck);
      }
    }
    await moveTraffic({ options, deps, ops, alias, version, plan, outcome, progress });
  } catch (error) {
    outcome.failure = { stage: progress.stage, message: errorMessage(error) };
    deps.log(`Failed while ${progress.stage}: ${outcome.failure.message}`);
  }
  return outcome;
}

interface MoveContext {
  options: ShiftOptions;
  deps: ShiftDeps;
  ops: FunctionOps;
  alias: AliasState;
  version: string;
  plan: CheckPlan;
  outcome: ShiftOutcome;
  progress: { stage: string };
}

/** The steps of the shift, each checked; any failure after the alias moved rolls it back. */
async function moveTraffic({ options, deps, ops, alias, version, plan, outcome, progress }: MoveContext) {
  // A version already carrying all traffic only needs its leftover weights cleared.
  const steps = version === alias.version ? [{ weight: 100, waitMinutes: 0 }] : options.strategy.steps;
  const manual = options.target.kind === "version" || options.target.kind === "previous";
  let revisionId = alias.revisionId;
  try {
    for (const step of steps) {
      deps.signal?.throwIfAborted();
      progress.stage = `shifting ${step.weight}% of traffic to version ${version}`;
      const full = step.weight === 100;
      const position: AliasPosition = full
        ? { version, weights: {} }
        : { version: alias.version, weights: { [version]: step.weight / 100 } };
      const description = full
        ? aliasDescription(alias.version, version, deps.provenance, manual ? "to-version" : undefined)
        : undefined;
      revisionId = await ops.updateAlias({
        ...position,
        revisionId,
        ...(description ? { description } : {}),
      });
      outcome.aliasNow = position;
      deps.log(`Alias "${options.alias}": ${describePosition(position)}`);
      const record: StepRecord = { weight: step.weight };
      outcome.steps.push(record);
      if (plan.during) {
        progress.stage = `check with ${step.weight}% of traffic on version ${version}`;
        record.check = await deps.check(plan.during, deps.signal);
        if (!record.check.ok) {
          throw new CheckFailedError(`With ${step.weight}% of traffic on version ${version}`, record.check);
        }
      }
      if (step.waitMinutes > 0) {
        progress.stage = `waiting ${step.waitMinutes} min with ${step.weight}% of traffic on version ${version}`;
        deps.log(`Waiting ${step.waitMinutes} min before the next step`);
        await deps.sleep(step.waitMinutes * 60_000, deps.signal);
      }
    }
    outcome.changed = true;
  } catch (error) {
    const moved = revisionId !== alias.revisionId;
    // A revision conflict means someone else now owns the alias: moving it would clobber them.
    if (moved && !(error instanceof RevisionConflictError)) {
      if (options.rollbackOnFailure) {
        await rollBack(ops, alias, revisionId, outcome, deps, errorMessage(error));
      } else {
        note(outcome, deps, `rollback-on-failure is off: alias "${options.alias}" is left where it is.`);
      }
    }
    throw error;
  }
}

function note(outcome: ShiftOutcome, deps: ShiftDeps, line: string): void {
  outcome.notes.push(line);
  deps.log(line);
}

async function resolveVersion(
  options: ShiftOptions,
  alias: AliasState,
  ops: FunctionOps,
  deps: ShiftDeps,
): Promise<string> {
  const target = options.target;
  switch (target.kind) {
    case "image": {
      const latest = await ops.getLatest();
      const code = sameImage(target.imageUri, latest.resolvedImageUri)
        ? (deps.log(`$LATEST already runs ${target.imageUri}; no code update needed`), latest)
        : await ops.updateCode(target.imageUri);
      const image = imageDigest(code.resolvedImageUri) ?? target.imageUri;
      return ops.publish(code.codeSha256, versionDescription(`image ${image}`, deps.provenance));
    }
    case "latest": {
      // Published versions freeze configuration: publishing $LATEST is how a configuration
      // change made by a stack update reaches users. Unchanged $LATEST publishes nothing.
      const latest = await ops.getLatest();
      const image = imageDigest(latest.resolvedImageUri) ?? latest.codeSha256;
      return ops.publish(latest.codeSha256, versionDescription(`$LATEST (code ${image})`, deps.provenance));
    }
    case "version":
      await ops.requireVersion(target.version);
      return target.version;
    case "previous":
      return previousVersion(alias, ops, deps);
  }
}

/**
 * The version served before the last shift: the alias description's record when it matches
 * where the alias points (anyone moving the alias by hand makes it stale), else the highest
 * published version below the current one.
 */
async function previousVersion(alias: AliasState, ops: FunctionOps, deps: ShiftDeps): Promise<string> {
  const record = parseAliasDescription(alias.description);
  if (record && record.deployed === alias.version) {
    deps.log(
      `The alias description records version ${record.previous} as served before version ${alias.version}`,
    );
    await ops.requireVersion(record.previous);
    return record.previous;
  }
  deps.log(
    record
      ? `The alias description records a shift to version ${record.deployed}, but the alias serves ${alias.version}: using the version list`
      : "The alias description records no previous version: using the version list",
  );
  const current = Number(alias.version);
  const earlier = (await ops.listVersions()).filter((v) => v < current);
  const previous = earlier.at(-1);
  if (previous === undefined) {
    throw new Error(
      `No previous version to roll back to: the alias serves version ${alias.version} and no earlier version exists`,
    );
  }
  return String(previous);
}

async function rollBack(
  ops: FunctionOps,
  alias: AliasState,
  revisionId: string,
  outcome: ShiftOutcome,
  deps: ShiftDeps,
  reason: string,
): Promise<void> {
  deps.log(`Rolling back: alias "${outcome.alias}" goes back to version ${alias.version} (${reason})`);
  try {
    // The original description too: `to-version: previous` must not lead back to the failed version.
    await ops.uncancellable().updateAlias({
      version: alias.version,
      weights: {},
      description: alias.description,
      revisionId,
    });
    outcome.rolledBack = true;
    outcome.aliasNow = { version: alias.version, weights: {} };
    deps.log(`Rolled back: alias "${outcome.alias}" serves version ${alias.version} again`);
  } catch (error) {
    note(outcome, deps, `Rollback failed, the alias is left as it was: ${errorMessage(error)}`);
  }
}

export function describePosition(position: AliasPosition): string {
  const extra = Object.entries(position.weights);
  if (extra.length === 0) return `version ${position.version} (100%)`;
  const shares = extra.map(([v, w]) => `version ${v} ${Math.round(w * 100)}%`);
  const rest = Math.round((1 - extra.reduce((sum, [, w]) => sum + w, 0)) * 100);
  return `version ${position.version} ${rest}%, ${shares.join(", ")}`;
}
