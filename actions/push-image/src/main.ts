import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as core from "@actions/core";
import { awsClientConfig, code, Inputs, run, table, writeSummary } from "../../lib/src/index";
import { ecrClientFor, ecrCredentials } from "./ecr-auth";
import { formatPlatform, parsePlatform } from "./image";
import { formatReference, parseImageReference, parseRepository, resolveTags } from "./reference";
import { RegistryClient, type Credentials } from "./registry";
import { pushImage } from "./push";

const ACTION = "push-image";

async function credentialsFor(
  mode: string,
  inputs: Inputs,
  registry: string,
): Promise<Credentials | undefined> {
  if (mode === "none") return undefined;
  if (mode === "basic") {
    const username = inputs.required("registry-username");
    return { username, password: inputs.secret("registry-password", { required: true }) };
  }
  return ecrCredentials(ecrClientFor(registry, awsClientConfig(ACTION)), (secret) => core.setSecret(secret));
}

run(ACTION, async ({ signal }) => {
  const inputs = new Inputs();
  const sourceDir = inputs.required("source-dir");
  const handler = inputs.optional("handler") ?? "index.handler";
  const target = parseRepository(inputs.required("repository"), "repository");
  const base = parseImageReference(
    inputs.optional("base-image") ?? "public.ecr.aws/lambda/nodejs:20",
    "base-image",
  );
  const platform = parsePlatform(inputs.optional("platform") ?? "linux/arm64");
  const tags = resolveTags(inputs.list("tags"), process.env.GITHUB_SHA);
  const mode = inputs.oneOf("registry-auth", ["ecr", "none", "basic"] as const, "ecr");
  const credentials = await credentialsFor(mode, inputs, target.registry);

  const log = (line: string) => core.info(line);
  const common = { signal, log, mask: (secret: string) => core.setSecret(secret) };
  const targetClient = new RegistryClient({
    registry: target.registry,
    ...common,
    ...(credentials ? { credentials } : {}),
  });
  // The base image is read anonymously unless it lives in the target's own registry.
  const baseClient =
    base.registry === target.registry
      ? targetClient
      : new RegistryClient({ registry: base.registry, ...common });

  const tempDir = await mkdtemp(join(process.env.RUNNER_TEMP ?? tmpdir(), "push-image-"));
  try {
    const result = await pushImage({
      sourceDir,
      handler,
      base,
      platform,
      target,
      tags,
      baseClient,
      targetClient,
      tempDir,
      log,
    });
    core.setOutput("image-uri", result.imageUri);
    core.setOutput("digest", result.digest);
    core.setOutput("pushed-bytes", String(result.pushedBytes));
    core.setOutput("reused-blobs", String(result.reusedBlobs));
    core.setOutput("changed", String(result.changed));
    await writeSummary(
      [
        `### ${ACTION}: ${result.changed ? "new image" : "image unchanged"}`,
        "",
        table(
          ["", ""],
          [
            ["Image", code(result.imageUri)],
            ["Tags", tags.map(code).join(" ")],
            ["Platform", formatPlatform(platform)],
            ["Base", `${code(formatReference(base))} (${code(result.baseDigest)})`],
            ["Uploaded", `${result.uploaded.length} blobs, ${result.pushedBytes} bytes`],
            ["Reused", `${result.reusedBlobs} blobs`],
          ],
        ),
      ].join("\n"),
    );
  } finally {
    await rm(tempDir, { recursive: true, force: true });
  }
});
