import * as core from "@actions/core";
import { LambdaClient } from "@aws-sdk/client-lambda";
import { checkChain } from "../../chain-checks/src/index";
import { type ActionContext, awsClientConfig, sleep, writeSummary } from "../../lib/src/index";
import { type InputName, spec } from "./action-spec";
import { readOptions } from "./options";
import { outputsOf, renderSummary } from "./report";
import { shiftAlias } from "./shift";

export interface Deps {
  /** Created from the SDK's standard configuration when omitted. */
  lambda?: LambdaClient;
  /** GITHUB_SHA and GITHUB_RUN_ID for the descriptions; `process.env` when omitted. */
  env?: NodeJS.ProcessEnv;
}

export async function main({ inputs, signal }: ActionContext<InputName>, deps: Deps = {}): Promise<void> {
  const options = readOptions(inputs);
  const lambda = deps.lambda ?? new LambdaClient(awsClientConfig(spec.name));
  const env = deps.env ?? process.env;
  const outcome = await shiftAlias(options, {
    lambda,
    signal,
    sleep,
    log: (line) => core.info(line),
    provenance: {
      ...(env.GITHUB_SHA ? { sha: env.GITHUB_SHA } : {}),
      ...(env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID } : {}),
    },
    check: (target, checkSignal) =>
      checkChain(target, {
        lambda,
        attempts: options.checks.attempts,
        timeoutSeconds: options.checks.timeoutSeconds,
        log: (line) => core.info(`  ${line}`),
        ...(checkSignal ? { signal: checkSignal } : {}),
      }),
  });
  for (const [name, value] of Object.entries(outputsOf(outcome))) core.setOutput(name, value);
  await writeSummary(renderSummary(outcome, options.strategy));
  if (outcome.failure) throw new Error(`Failed while ${outcome.failure.stage}: ${outcome.failure.message}`);
}
