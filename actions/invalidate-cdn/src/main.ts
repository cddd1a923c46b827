import * as core from "@actions/core";
import { CloudFrontClient } from "@aws-sdk/client-cloudfront";
import { S3Client } from "@aws-sdk/client-s3";
import { awsClientConfig, InputError, Inputs, run, writeSummary } from "../../lib/src/index";
import { deploySite } from "./deploy";
import { readSite } from "./site";
import { deploySummary } from "./summary";

const ACTION = "invalidate-cdn";

await run(ACTION, async ({ signal }) => {
  const inputs = new Inputs();
  const sourceDir = inputs.required("source-dir");
  const bucket = inputs.required("bucket");
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) {
    throw new InputError("bucket", `expected a bucket name (not a URL or ARN), got "${bucket}"`);
  }
  const distributionId = inputs.required("distribution-id");
  const configJson = inputs.optional("config-json");
  const wait = inputs.boolean("wait", true);
  const timeoutMinutes = inputs.integer("timeout-minutes", { fallback: 15, min: 1, max: 360 });

  const files = await readSite(sourceDir, configJson);
  const config = awsClientConfig(ACTION);
  const report = await deploySite({
    s3: new S3Client(config),
    cloudfront: new CloudFrontClient(config),
    bucket,
    distributionId,
    files,
    wait,
    timeoutSeconds: timeoutMinutes * 60,
    signal,
    log: (line) => core.info(line),
  });

  core.setOutput("uploaded", report.plan.assets.length + report.plan.entries.length);
  core.setOutput("deleted", report.plan.deletes.length);
  core.setOutput("unchanged", report.plan.unchanged.length);
  core.setOutput("invalidation-id", report.invalidationId ?? "");
  await writeSummary(deploySummary(bucket, distributionId, report));
});
