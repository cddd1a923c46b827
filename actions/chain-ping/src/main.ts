import * as core from "@actions/core";
import { LambdaClient } from "@aws-sdk/client-lambda";
import { chainSummary, checkChain, describeFailure } from "../../chain-checks/src/index";
import { type ActionContext, awsClientConfig, code, writeSummary } from "../../lib/src/index";
import { type InputName, spec } from "./action-spec";
import { readOptions } from "./options";

export interface Deps {
  /** For the direct invocation; created from the SDK's standard configuration when omitted. */
  lambda?: LambdaClient;
}

export async function main({ inputs, signal }: ActionContext<InputName>, deps: Deps = {}): Promise<void> {
  const { target, attempts, timeoutSeconds } = readOptions(inputs);
  const lambda = target.functionName
    ? (deps.lambda ?? new LambdaClient(awsClientConfig(spec.name)))
    : undefined;

  const result = await checkChain(target, {
    ...(lambda ? { lambda } : {}),
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
}
