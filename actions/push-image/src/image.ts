import { InputError } from "../../lib/src/index";
import { LAYER_MTIME, TASK_ROOT } from "./layer";
import { docker, oci, sha256Digest } from "./media-types";
import type { Manifest } from "./registry";

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  platform?: Platform;
  [extra: string]: unknown;
}

export interface ImageManifest {
  schemaVersion: number;
  mediaType?: string;
  config: Descriptor;
  layers: Descriptor[];
}

export interface BuiltImage {
  config: Buffer;
  configDigest: string;
  manifest: Manifest;
}

/** `os/architecture[/variant]`, as docker and the OCI image index write it. */
export function parsePlatform(text: string, input = "platform"): Platform {
  const parts = text.trim().split("/");
  const [os, architecture, variant] = parts;
  if (parts.length < 2 || parts.length > 3 || !parts.every((part) => /^[a-z0-9_-]+$/.test(part))) {
    throw new InputError(input, `expected os/architecture[/variant] like linux/arm64, got "${text}"`);
  }
  return { os: os ?? "", architecture: architecture ?? "", ...(variant ? { variant } : {}) };
}

export const formatPlatform = (p: Platform): string =>
  [p.os, p.architecture, p.variant].filter(Boolean).join("/");

// arm64 images often say "v8" and often say nothing: the same thing.
const variantOf = (p: Platform): string | undefined =>
  p.architecture === "arm64" && p.variant === "v8" ? undefined : p.variant;

export function platformMatches(candidate: Platform, wanted: Platform): boolean {
  if (candidate.os !== wanted.os || candidate.architecture !== wanted.architecture) return false;
  const variant = variantOf(wanted);
  return variant === undefined || variant === variantOf(candidate);
}

/** The manifest for one platform from an image index; the error lists what the index has. */
export function selectPlatform(indexBytes: Buffer, wanted: Platform, image: string): Descriptor {
  const index = JSON.parse(indexBytes.toString("utf8")) as { manifests?: Descriptor[] };
  const manifests = index.manifests ?? [];
  const match = manifests.find((m) => m.platform && platformMatches(m.platform, wanted));
  if (match) return match;
  // Attestation manifests carry unknown/unknown: not a platform anyone can ask for.
  const available = manifests
    .flatMap((m) => (m.platform && m.platform.os !== "unknown" ? [formatPlatform(m.platform)] : []))
    .join(", ");
  throw new InputError(
    "platform",
    `base image ${image} has no ${formatPlatform(wanted)} image; it has: ${available || "no platforms"}`,
  );
}

export function parseManifest(manifest: Manifest, image: string): ImageManifest {
  const parsed = JSON.parse(manifest.bytes.toString("utf8")) as Partial<ImageManifest>;
  if (parsed.schemaVersion !== 2 || !parsed.config || !Array.isArray(parsed.layers)) {
    throw new Error(
      `base image ${image} has a ${manifest.mediaType || "schema " + String(parsed.schemaVersion)} manifest; ` +
        "expected an OCI or Docker schema 2 image manifest",
    );
  }
  return parsed as ImageManifest;
}

interface BaseConfig {
  os?: string;
  architecture?: string;
  variant?: string;
  config?: Record<string, unknown>;
  rootfs?: { type?: string; diff_ids?: string[] };
  history?: unknown[];
  [extra: string]: unknown;
}

export interface BuildImageOptions {
  base: ImageManifest;
  baseMediaType: string;
  baseConfig: Buffer;
  layer: { digest: string; diffId: string; size: number };
  handler: string;
  platform: Platform;
  image: string;
}

/**
 * The new config and single-platform manifest. Everything comes from the base and the layer,
 * nothing from the clock, so equal inputs give equal digests. The manifest keeps the base's
 * media type family (Docker schema 2 or OCI) for itself, its config and the new layer.
 */
export function buildImage(options: BuildImageOptions): BuiltImage {
  const { base, layer, handler, platform, image } = options;
  const types = options.baseMediaType === docker.manifest ? docker : oci;
  const baseConfig = JSON.parse(options.baseConfig.toString("utf8")) as BaseConfig;
  const actual = { os: baseConfig.os ?? "", architecture: baseConfig.architecture ?? "" };
  if (
    !platformMatches({ ...actual, ...(baseConfig.variant ? { variant: baseConfig.variant } : {}) }, platform)
  ) {
    throw new InputError(
      "platform",
      `base image ${image} is ${formatPlatform(actual)}, not ${formatPlatform(platform)}`,
    );
  }
  const diffIds = baseConfig.rootfs?.diff_ids ?? [];
  if (diffIds.length !== base.layers.length) {
    throw new Error(
      `base image ${image} lists ${base.layers.length} layers but its config has ${diffIds.length} diff ids`,
    );
  }
  const history = baseConfig.history
    ? {
        history: [
          ...baseConfig.history,
          {
            created: LAYER_MTIME.toISOString(),
            created_by: `push-image: source-dir to /${TASK_ROOT}, CMD ["${handler}"]`,
          },
        ],
      }
    : {};
  const config = Buffer.from(
    JSON.stringify({
      ...baseConfig,
      config: { ...baseConfig.config, Cmd: [handler], WorkingDir: `/${TASK_ROOT}` },
      rootfs: { type: "layers", diff_ids: [...diffIds, layer.diffId] },
      ...history,
    }),
  );
  const configDigest = sha256Digest(config);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: types.manifest,
      config: { mediaType: types.config, digest: configDigest, size: config.length },
      layers: [...base.layers, { mediaType: types.layer, digest: layer.digest, size: layer.size }],
    }),
  );
  return {
    config,
    configDigest,
    manifest: { mediaType: types.manifest, digest: sha256Digest(manifest), bytes: manifest },
  };
}
