import { LambdaClient, type GetFunctionCommandOutput, type LastUpdateStatus } from "@aws-sdk/client-lambda";
import { mockClient } from "aws-sdk-client-mock";
import type { ChainResult, ChainTarget } from "../../chain-checks/src/index";
import { Inputs } from "../../lib/src/index";
import { manualClock } from "../../lib/testing/clock";
import { spec } from "../src/action-spec";
import { readOptions, type ShiftOptions } from "../src/options";
import { shiftAlias, type ShiftDeps } from "../src/shift";

export const FN = "trip-api";
export const REPO = "123456789012.dkr.ecr.us-east-2.amazonaws.com/trip-api";
export const OLD_DIGEST = `sha256:${"1".repeat(64)}`;
export const NEW_DIGEST = `sha256:${"2".repeat(64)}`;
export const SHA = "c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00";

export const passed = (qualifier = "13"): ChainResult => ({
  ok: true,
  hops: [
    {
      hop: "direct-invoke",
      ok: true,
      status: 200,
      latencyMs: 40,
      attempts: 1,
      detail: `version ${qualifier}`,
    },
  ],
});

export const failed: ChainResult = {
  ok: false,
  hops: [
    { hop: "health", ok: true, status: 200, latencyMs: 20, attempts: 1, detail: "version 13" },
    {
      hop: "direct-invoke",
      ok: false,
      status: "FunctionError Unhandled",
      latencyMs: 900,
      attempts: 3,
      detail: "the function failed: Cannot find module 'langgraph'",
    },
  ],
};

export type Event = [string, Record<string, unknown>?];

/**
 * A mocked Lambda client plus recording fakes for the checks and the sleep, so a test reads
 * the whole run as one timeline: AWS requests, checks and waits in the order they happened.
 */
export function harness() {
  const mock = mockClient(LambdaClient);
  const lambda = new LambdaClient({
    region: "us-east-2",
    credentials: { accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "secret" },
  });
  const events: Array<{ at: number; event: Event }> = [];
  const checkResults: ChainResult[] = [];
  const controller = new AbortController();
  const logs: string[] = [];
  const clock = manualClock();
  const deps: ShiftDeps = {
    lambda,
    signal: controller.signal,
    log: (line) => logs.push(line),
    provenance: { sha: SHA, runId: "4242" },
    clock,
    check: async (target: ChainTarget) => {
      events.push({ at: mock.calls().length, event: ["check", { ...target }] });
      return checkResults.shift() ?? passed();
    },
    sleep: async (ms: number, signal?: AbortSignal) => {
      events.push({ at: mock.calls().length, event: ["sleep", { ms }] });
      signal?.throwIfAborted();
    },
  };
  const timeline = (): Event[] => {
    const calls: Event[] = mock.calls().map((call) => {
      const command = call.args[0] as { constructor: { name: string }; input: Record<string, unknown> };
      return [command.constructor.name.replace(/Command$/, ""), command.input];
    });
    const merged: Event[] = [];
    for (let i = 0; i <= calls.length; i++) {
      for (const { at, event } of events) if (at === i) merged.push(event);
      const call = calls[i];
      if (call) merged.push(call);
    }
    return merged;
  };
  const run = (inputs: Record<string, string>, tweak: Partial<ShiftOptions> = {}) =>
    shiftAlias({ ...readOptions(new Inputs((name) => inputs[name] ?? "", spec)), ...tweak }, deps);
  return { mock, deps, timeline, checkResults, controller, logs, run, clock };
}

export const alias = (version: string, revisionId: string, extra: Record<string, unknown> = {}) => ({
  AliasArn: `arn:aws:lambda:us-east-2:123456789012:function:${FN}:live`,
  Name: "live",
  FunctionVersion: version,
  RevisionId: revisionId,
  Description: "",
  ...extra,
});

export const latest = (
  codeSha256: string,
  digest: string,
  status: LastUpdateStatus = "Successful",
): Omit<GetFunctionCommandOutput, "$metadata"> & { Configuration: Record<string, unknown> } => ({
  Configuration: { FunctionName: FN, Version: "$LATEST", CodeSha256: codeSha256, LastUpdateStatus: status },
  Code: { RepositoryType: "ECR", ImageUri: `${REPO}:main`, ResolvedImageUri: `${REPO}@${digest}` },
});
