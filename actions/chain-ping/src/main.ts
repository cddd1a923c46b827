import * as core from "@actions/core";
import { LambdaClient } from "@aws-sdk/client-lambda";
import {
  awsClientConfig,
  chainSummary,
  checkChain,
  code,
  describeFailure,
  Inputs,
  run,
  writeSummary,
} from "../../lib/src/index";
import { readTarget } from "./target";

const ACTION = "chain-ping";

await run(ACTION, async ({ signal }) => {
  const inputs = new Inputs();
  const target = readTarget(inputs);
  const attempts = inputs.integer("attempts", { fallback: 5, min: 1, max: 20 });
  const timeoutSeconds = inputs.integer("timeout-seconds", { fallback: 30, min: 1, max: 900 });

  const result = await checkChain(target, {
    ...(target.functionName ? { lambda: new LambdaClient(awsClientConfig(ACTION)) } : {}),
    attempts,
    timeoutSeconds,
    signal,
    log: (line) => core.info(line),
  });

  core.setOutput("result", JSON.stringify(result));
  const where = [target.apiUrl, target.functionName && `${target.functionName}:${target.qualifier}`]
    .filter(Boolean)
    .map((part) => code(String(part)))
    .join(" and ");
  await writeSummary(
    `### chain-ping ${result.ok ? "passed" : "failed"}: ${where}\n\n${chainSummary(result)}`,
  );
  if (!result.ok) throw new Error(describeFailure(result));
  core.info(describeFailure(result));
});
