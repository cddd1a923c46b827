import * as core from "@actions/core";
import { LambdaClient } from "@aws-sdk/client-lambda";
import { awsClientConfig, checkChain, Inputs, run, sleep, writeSummary } from "../../lib/src/index";
import { readOptions } from "./options";
import { outputsOf, renderSummary } from "./report";
import { shiftAlias } from "./shift";

await run("shift-alias", async ({ signal }) => {
  const options = readOptions(new Inputs());
  const lambda = new LambdaClient(awsClientConfig("shift-alias"));
  const outcome = await shiftAlias(options, {
    lambda,
    signal,
    sleep,
    log: (line) => core.info(line),
    provenance: {
      ...(process.env.GITHUB_SHA ? { sha: process.env.GITHUB_SHA } : {}),
      ...(process.env.GITHUB_RUN_ID ? { runId: process.env.GITHUB_RUN_ID } : {}),
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
});
