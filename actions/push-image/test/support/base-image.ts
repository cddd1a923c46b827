import { randomBytes } from "node:crypto";
import { gzipSync } from "node:zlib";
import { pack } from "tar-stream";
import type { Platform } from "../../src/image";
import { docker, oci, sha256Digest } from "../../src/media-types";
import { bufferSource, type Manifest, type RegistryClient } from "../../src/registry";

export interface BaseImage {
  /** The tag's digest: an index for a multi-platform base, else the manifest. */
  digest: string;
  /** Per platform (`linux/arm64`): manifest digest and its layer's digest and size. */
  platforms: Record<string, { manifest: string; layer: string; layerSize: number }>;
}

async function tarGz(
  files: Array<{ name: string; content: Buffer; mode: number }>,
): Promise<{ gz: Buffer; diffId: string }> {
  const tar = pack();
  const chunks: Buffer[] = [];
  tar.on("data", (chunk: unknown) => void chunks.push(chunk as Buffer));
  const done = new Promise<void>((resolve) => tar.on("end", () => resolve()));
  for (const file of files) tar.entry({ name: file.name, mode: file.mode, mtime: new Date(0) }, file.content);
  tar.finalize();
  await done;
  const raw = Buffer.concat(chunks);
  return { gz: gzipSync(raw), diffId: sha256Digest(raw) };
}

/**
 * A small stand-in for the Lambda base image, pushed with the client under test: per platform
 * one layer (an entrypoint and some incompressible bytes) and a config, bound by an index
 * when there is more than one platform.
 */
export async function pushBaseImage(
  client: RegistryClient,
  repository: string,
  tag: string,
  options: { format: "oci" | "docker"; platforms: Platform[] },
): Promise<BaseImage> {
  const types = options.format === "oci" ? oci : docker;
  const platforms: BaseImage["platforms"] = {};
  const descriptors: unknown[] = [];
  let single: Manifest | undefined;
  for (const platform of options.platforms) {
    const name = [platform.os, platform.architecture, platform.variant].filter(Boolean).join("/");
    const { gz: layer, diffId } = await tarGz([
      {
        name: "lambda-entrypoint.sh",
        content: Buffer.from(`#!/bin/sh\n# ${name}\nexec "$@"\n`),
        mode: 0o755,
      },
      { name: "opt/runtime.bin", content: randomBytes(4096), mode: 0o644 },
    ]);
    const layerDigest = sha256Digest(layer);
    const config = Buffer.from(
      JSON.stringify({
        architecture: platform.architecture,
        os: platform.os,
        ...(platform.variant ? { variant: platform.variant } : {}),
        created: "2024-01-01T00:00:00Z",
        config: {
          Env: ["PATH=/usr/local/bin:/usr/bin:/bin", "LAMBDA_TASK_ROOT=/var/task"],
          Entrypoint: ["/lambda-entrypoint.sh"],
          Cmd: ["app.handler"],
          WorkingDir: "/var/task",
        },
        rootfs: { type: "layers", diff_ids: [diffId] },
        history: [{ created: "2024-01-01T00:00:00Z", created_by: "base layer" }],
      }),
    );
    const configDigest = sha256Digest(config);
    await client.uploadBlob(repository, layerDigest, bufferSource(layer));
    await client.uploadBlob(repository, configDigest, bufferSource(config));
    const bytes = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: types.manifest,
        config: { mediaType: types.config, digest: configDigest, size: config.length },
        layers: [{ mediaType: types.layer, digest: layerDigest, size: layer.length }],
      }),
    );
    const manifest: Manifest = { mediaType: types.manifest, digest: sha256Digest(bytes), bytes };
    await client.putManifest(repository, manifest.digest, manifest);
    platforms[name] = { manifest: manifest.digest, layer: layerDigest, layerSize: layer.length };
    descriptors.push({ mediaType: types.manifest, digest: manifest.digest, size: bytes.length, platform });
    single = manifest;
  }
  if (options.platforms.length === 1 && single) {
    await client.putManifest(repository, tag, single);
    return { digest: single.digest, platforms };
  }
  const indexBytes = Buffer.from(
    JSON.stringify({ schemaVersion: 2, mediaType: types.index, manifests: descriptors }),
  );
  const index: Manifest = { mediaType: types.index, digest: sha256Digest(indexBytes), bytes: indexBytes };
  await client.putManifest(repository, tag, index);
  return { digest: index.digest, platforms };
}
