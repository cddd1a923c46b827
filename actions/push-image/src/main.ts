import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as core from "@actions/core";
import type { ECRClient } from "@aws-sdk/client-ecr";
import { type ActionContext, awsClientConfig, code, table, writeSummary } from "../../lib/src/index";
import { type InputName, spec } from "./action-spec";
import { ecrClientFor, ecrCredentials } from "./ecr-auth";
import { formatPlatform } from "./image";
import { readOptions, type Options } from "./options";
import { pushImage, type PushImageResult } from "./push";
import { formatReference, registryOrigin, type RepositoryReference } from "./reference";
import { RegistryClient, type Credentials, type RegistryClientOptions } from "./registry";

export interface Deps {
  /** For `registry-auth: ecr`; a client for the registry's region when omitted. */
  ecr?: Pick<ECRClient, "send">;
  /** Retries of registry requests (tests shorten them). */
  retry?: RegistryClientOptions["retry"];
}

export async function main({ inputs, signal }: ActionContext<InputName>, deps: Deps = {}): Promise<void> {
  const options = readOptions(inputs);
  const { target, base } = options;
  const credentials = await credentialsFor(options, deps);
  const log = (line: string) => core.info(line);
  const client = (ref: RepositoryReference, withCredentials?: Credentials) => {
    const origin = registryOrigin(ref.registry, ref.scheme);
    if (origin.startsWith("http:")) {
      log(`${ref.registry} is a registry on this machine: plain HTTP (write https:// to use TLS)`);
    }
    return new RegistryClient({
      registry: ref.registry,
      origin,
      signal,
      log,
      mask: (secret) => core.setSecret(secret),
      ...(deps.retry ? { retry: deps.retry } : {}),
      ...(withCredentials ? { credentials: withCredentials } : {}),
    });
  };
  const targetClient = client(target, credentials);
  // The base image is read anonymously unless it lives in the target's own registry.
  const baseClient =
    base.registry === target.registry && registryOrigin(base.registry, base.scheme) === targetClient.origin
      ? targetClient
      : client(base);

  const tempDir = await mkdtemp(join(process.env.RUNNER_TEMP ?? tmpdir(), "push-image-"));
  try {
    const result = await pushImage({ ...options, baseClient, targetClient, tempDir, log });
    core.setOutput("image-uri", result.imageUri);
    core.setOutput("digest", result.digest);
    core.setOutput("pushed-bytes", String(result.pushedBytes));
    core.setOutput("reused-blobs", String(result.reusedBlobs));
    core.setOutput("changed", String(result.changed));
    await writeSummary(summary(options, result));
  } finally {
    await rm(tempDir, { recursive: true, force: true });
  }
}

async function credentialsFor(options: Options, deps: Deps): Promise<Credentials | undefined> {
  switch (options.auth.mode) {
    case "none":
      return undefined;
    case "basic":
      return options.auth.credentials;
    case "ecr":
      return ecrCredentials(
        deps.ecr ?? ecrClientFor(options.target.registry, awsClientConfig(spec.name)),
        (secret) => core.setSecret(secret),
      );
  }
}

function summary(options: Options, result: PushImageResult): string {
  return [
    `### ${spec.name}: ${result.changed ? "new image" : "image unchanged"}`,
    "",
    table(
      ["", ""],
      [
        ["Image", code(result.imageUri)],
        ["Tags", options.tags.map(code).join(" ")],
        ["Platform", formatPlatform(options.platform)],
        ["Base", `${code(formatReference(options.base))} (${code(result.baseDigest)})`],
        ["Uploaded", `${result.uploaded.length} blobs, ${result.pushedBytes} bytes`],
        ["Reused", `${result.reusedBlobs} blobs`],
      ],
    ),
  ].join("\n");
}
