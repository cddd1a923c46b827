import { rm } from "node:fs/promises";
import { join } from "node:path";
import { buildImage, parseManifest, selectPlatform, type Descriptor, type Platform } from "./image";
import { buildLayer, checkHandler, readSourceDir } from "./layer";
import { isIndexType, shortDigest } from "./media-types";
import { formatReference, type ImageReference } from "./reference";
import { bufferSource, fileSource, type Manifest, type RegistryClient } from "./registry";

export interface PushImageOptions {
  sourceDir: string;
  handler: string;
  base: ImageReference;
  platform: Platform;
  target: { registry: string; repository: string };
  tags: readonly string[];
  baseClient: RegistryClient;
  targetClient: RegistryClient;
  /** Where base layers copied between registries are staged. */
  tempDir: string;
  log: (line: string) => void;
}

export interface UploadedBlob {
  what: string;
  digest: string;
  size: number;
}

export interface PushImageResult {
  imageUri: string;
  digest: string;
  baseDigest: string;
  /** Blob bytes sent to the target registry (manifests not counted). */
  pushedBytes: number;
  /** Blobs the target already had or mounted from the base repository. */
  reusedBlobs: number;
  uploaded: UploadedBlob[];
  /** False when the target already had this exact manifest. */
  changed: boolean;
  /** Tags written by this run (a tag already on the digest is left alone). */
  movedTags: string[];
  layerFiles: number;
}

/**
 * Builds the app layer, config and manifest, then sends the target only what it lacks: the
 * manifest digest decides whether anything changed, a HEAD or a cross-repository mount
 * spares each blob the target can already have, and tags are written last.
 */
export async function pushImage(options: PushImageOptions): Promise<PushImageResult> {
  const { sourceDir, handler, base, platform, target, baseClient, targetClient, log } = options;
  const entries = await readSourceDir(sourceDir);
  checkHandler(handler, entries, sourceDir);
  const layer = await buildLayer(entries);
  log(`App layer: ${layer.files} files, ${layer.gzip.length} bytes gzipped, ${layer.digest}`);

  const baseName = formatReference(base);
  const baseManifest = await resolveBase(baseClient, base, platform, baseName);
  const baseImage = parseManifest(baseManifest, baseName);
  const baseConfig = await baseClient.getBlob(base.repository, baseImage.config.digest);
  log(`Base image: ${baseName} (${baseManifest.digest}), ${baseImage.layers.length} layers`);

  const image = buildImage({
    base: baseImage,
    baseMediaType: baseManifest.mediaType,
    baseConfig,
    layer: { digest: layer.digest, diffId: layer.diffId, size: layer.gzip.length },
    handler,
    platform,
    image: baseName,
  });
  const digest = image.manifest.digest;
  const repository = target.repository;
  const changed = (await targetClient.resolveManifest(repository, digest)) === undefined;

  const uploaded: UploadedBlob[] = [];
  let reusedBlobs = 0;
  const blobCount = baseImage.layers.length + 2;
  if (!changed) {
    // A registry only accepts a manifest whose blobs it holds: none needs checking.
    reusedBlobs = blobCount;
    log(`${target.registry}/${repository} already has ${digest}: no blob to upload`);
  } else {
    const ensure = async (
      what: string,
      descriptor: Pick<Descriptor, "digest" | "size">,
      send: () => Promise<boolean>,
    ) => {
      if (await targetClient.blobExists(repository, descriptor.digest)) {
        reusedBlobs++;
        return;
      }
      if (await send()) {
        uploaded.push({ what, digest: descriptor.digest, size: descriptor.size });
      } else {
        reusedBlobs++;
      }
    };
    await Promise.all([
      ...baseImage.layers.map((descriptor, i) =>
        ensure(`base layer ${i + 1}`, descriptor, () => copyBaseLayer(options, descriptor)),
      ),
      ensure("app layer", { digest: layer.digest, size: layer.gzip.length }, async () => {
        await targetClient.uploadBlob(repository, layer.digest, bufferSource(layer.gzip));
        return true;
      }),
      ensure("config", { digest: image.configDigest, size: image.config.length }, async () => {
        await targetClient.uploadBlob(repository, image.configDigest, bufferSource(image.config));
        return true;
      }),
    ]);
    for (const blob of uploaded)
      log(`Uploaded ${blob.what} ${shortDigest(blob.digest)} (${blob.size} bytes)`);
  }

  const movedTags: string[] = [];
  for (const tag of options.tags) {
    if ((await targetClient.resolveManifest(repository, tag)) === digest) continue;
    await targetClient.putManifest(repository, tag, image.manifest);
    movedTags.push(tag);
  }
  log(
    movedTags.length > 0 ? `Tagged ${digest} as ${movedTags.join(", ")}` : `Tags already point at ${digest}`,
  );

  return {
    imageUri: `${target.registry}/${repository}@${digest}`,
    digest,
    baseDigest: baseManifest.digest,
    pushedBytes: uploaded.reduce((sum, blob) => sum + blob.size, 0),
    reusedBlobs,
    uploaded,
    changed,
    movedTags,
    layerFiles: layer.files,
  };
}

/** The base image's manifest for the platform, through its index when it has one. */
async function resolveBase(
  client: RegistryClient,
  base: ImageReference,
  platform: Platform,
  name: string,
): Promise<Manifest> {
  const top = await client.getManifest(base.repository, base.digest ?? base.tag ?? "latest");
  if (!isIndexType(top.mediaType)) return top;
  const chosen = selectPlatform(top.bytes, platform, name);
  return client.getManifest(base.repository, chosen.digest);
}

/**
 * A base layer the target lacks: mounted from the base repository when both live in one
 * registry (true only when bytes had to move), otherwise streamed through a temporary file.
 * Returns whether bytes were uploaded.
 */
async function copyBaseLayer(options: PushImageOptions, layer: Descriptor): Promise<boolean> {
  const { base, target, baseClient, targetClient } = options;
  let location: string | undefined;
  if (base.registry === target.registry) {
    const mount = await targetClient.mountBlob(target.repository, layer.digest, base.repository);
    if (mount.mounted) {
      options.log(`Mounted ${shortDigest(layer.digest)} from ${base.repository}`);
      return false;
    }
    location = mount.location;
  }
  const path = join(options.tempDir, layer.digest.replace(":", "-"));
  try {
    await baseClient.downloadBlob(base.repository, layer.digest, layer.size, path);
    await targetClient.uploadBlob(target.repository, layer.digest, fileSource(path, layer.size), location);
    return true;
  } finally {
    await rm(path, { force: true });
  }
}
