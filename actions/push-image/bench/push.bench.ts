// Benchmark: push-image against a local docker-registry.
//  - time to push after a one-line change (warm: the registry already has the base and an
//    earlier push), median of 3; target under 2 s
//  - bytes uploaded for it; target: only the app layer and the config
//  - digest stability: the same source pushed 3 times (each a fresh copy with new mtimes)
//  - bundle size and start-up time of dist/index.js
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { pushImage, type PushImageOptions } from "../src/push";
import { RegistryClient } from "../src/registry";
import { pushBaseImage } from "../test/support/base-image";
import { startRegistry } from "../test/support/registry-server";

const bundle = fileURLToPath(new URL("../dist/index.js", import.meta.url));

/** A stand-in for a bundled Lambda: ~1.5 MB of code and its source map, deterministic. */
function writeApp(dir: string, version: number): void {
  const lines = Array.from({ length: 30_000 }, (_, i) => `export const value${i} = ${(i * 7919) % 104729};`);
  lines.push(`export const handler = async () => ({ statusCode: 200, body: "v${version}" });`);
  writeFileSync(join(dir, "index.mjs"), lines.join("\n"));
  writeFileSync(join(dir, "index.mjs.map"), JSON.stringify({ version: 3, mappings: ";".repeat(200_000) }));
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const local = await startRegistry();
try {
  const client = new RegistryClient({ registry: local.registry });
  await pushBaseImage(client, "base/nodejs", "20", {
    format: "oci",
    platforms: [
      { os: "linux", architecture: "amd64" },
      { os: "linux", architecture: "arm64" },
    ],
  });
  const options = (sourceDir: string): PushImageOptions => ({
    sourceDir,
    handler: "index.handler",
    base: { registry: local.registry, repository: "base/nodejs", tag: "20" },
    platform: { os: "linux", architecture: "arm64" },
    target: { registry: local.registry, repository: "bench/agent" },
    tags: ["latest"],
    baseClient: client,
    targetClient: client,
    tempDir: tmpdir(),
    log: () => undefined,
  });

  const source = mkdtempSync(join(tmpdir(), "bench-app-"));
  writeApp(source, 0);
  let started = performance.now();
  const cold = await pushImage(options(source));
  console.log(
    `first push: ${(performance.now() - started).toFixed(0)} ms, ${cold.pushedBytes} bytes in ${cold.uploaded.length} blobs`,
  );

  const times: number[] = [];
  let changed = cold;
  for (let version = 1; version <= 3; version++) {
    writeApp(source, version);
    started = performance.now();
    changed = await pushImage(options(source));
    times.push(performance.now() - started);
  }
  const appLayer = changed.uploaded.find((b) => b.what === "app layer");
  const onlyApp =
    changed.uploaded
      .map((b) => b.what)
      .sort()
      .join(",") === "app layer,config";
  console.log(
    `push after a one-line change: median ${median(times).toFixed(0)} ms of ${times.map((t) => t.toFixed(0)).join(", ")} ms (target < 2000 ms: ${median(times) < 2000 ? "met" : "MISSED"})`,
  );
  console.log(
    `uploaded for it: ${changed.pushedBytes} bytes = app layer ${appLayer?.size ?? 0} + config ${changed.pushedBytes - (appLayer?.size ?? 0)} (only app layer and config: ${onlyApp ? "yes" : "NO"})`,
  );

  const digests: string[] = [];
  for (let run = 0; run < 3; run++) {
    const copy = mkdtempSync(join(tmpdir(), "bench-copy-"));
    cpSync(source, copy, { recursive: true });
    digests.push((await pushImage(options(copy))).digest);
  }
  const stable = digests.every((d) => d === changed.digest);
  console.log(`digest over 3 runs from fresh copies: ${stable ? "stable" : "UNSTABLE"} (${digests[0]})`);

  const startup: number[] = [];
  for (let run = 0; run < 3; run++) {
    started = performance.now();
    spawnSync(process.execPath, [bundle], { env: { PATH: process.env.PATH } });
    startup.push(performance.now() - started);
  }
  console.log(
    `bundle: ${(statSync(bundle).size / 1024 / 1024).toFixed(2)} MiB, start-up to first error (no inputs) median ${median(startup).toFixed(0)} ms`,
  );
  if (!stable || !onlyApp) process.exitCode = 1;
} finally {
  await local.stop();
}
