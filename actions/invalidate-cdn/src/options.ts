import { InputError, type Inputs } from "../../lib/src/index";
import type { InputName } from "./action-spec";

export interface Options {
  sourceDir: string;
  bucket: string;
  distributionId: string;
  configJson?: string;
  wait: boolean;
  timeoutSeconds: number;
  keepReleases: number;
  lockWaitSeconds: number;
}

/** Reads and checks every input before anything reaches AWS. */
export function readOptions(inputs: Inputs<InputName>): Options {
  const bucket = inputs.required("bucket");
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) {
    throw new InputError("bucket", `expected a bucket name (not a URL or ARN), got "${bucket}"`);
  }
  const distributionId = inputs.required("distribution-id");
  if (!/^[A-Z0-9]{8,32}$/.test(distributionId)) {
    throw new InputError(
      "distribution-id",
      `expected a CloudFront distribution id such as E2ABCDEF12345 (not a domain name or ARN), got "${distributionId}"`,
    );
  }
  const configJson = inputs.optional("config-json");
  return {
    sourceDir: inputs.required("source-dir"),
    bucket,
    distributionId,
    ...(configJson === undefined ? {} : { configJson }),
    wait: inputs.boolean("wait"),
    timeoutSeconds: inputs.integer("timeout-minutes", { min: 1, max: 360 }) * 60,
    // One release would delete the previous release's chunks while open tabs still load them.
    keepReleases: inputs.integer("keep-releases", { min: 2, max: 100 }),
    lockWaitSeconds: inputs.integer("lock-wait-minutes", { min: 1, max: 360 }) * 60,
  };
}
