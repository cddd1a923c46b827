import * as core from "@actions/core";
import { CloudFrontClient } from "@aws-sdk/client-cloudfront";
import { S3Client } from "@aws-sdk/client-s3";
import { type ActionContext, awsClientConfig, writeSummary } from "../../lib/src/index";
import { type InputName, spec } from "./action-spec";
import { deploySite, type DeployOptions } from "./deploy";
import { runnerHolder } from "./lock";
import { readOptions } from "./options";
import { readSite } from "./site";
import { deploySummary } from "./summary";

export interface Deps {
  /** Created from the SDK's standard configuration when omitted. */
  s3?: S3Client;
  cloudfront?: CloudFrontClient;
  /** Test seams: poll delays and the clock. */
  tuning?: Pick<DeployOptions, "pollDelaySeconds" | "now">;
}

export async function main({ inputs, signal }: ActionContext<InputName>, deps: Deps = {}): Promise<void> {
  const options = readOptions(inputs);
  const files = await readSite(options.sourceDir, options.configJson);
  const config = awsClientConfig(spec.name);
  const report = await deploySite({
    s3: deps.s3 ?? new S3Client(config),
    cloudfront: deps.cloudfront ?? new CloudFrontClient(config),
    bucket: options.bucket,
    distributionId: options.distributionId,
    files,
    wait: options.wait,
    timeoutSeconds: options.timeoutSeconds,
    keepReleases: options.keepReleases,
    lockWaitSeconds: options.lockWaitSeconds,
    holder: runnerHolder(),
    signal,
    log: (line) => core.info(line),
    ...deps.tuning,
  });

  core.setOutput("uploaded", report.plan.assets.length + report.plan.entries.length);
  core.setOutput("deleted", report.deleted.length);
  core.setOutput("unchanged", report.plan.unchanged.length);
  core.setOutput("invalidation-id", report.invalidationId ?? "");
  core.setOutput("release-id", report.release?.id ?? "");
  await writeSummary(deploySummary(options.bucket, options.distributionId, report));
}
