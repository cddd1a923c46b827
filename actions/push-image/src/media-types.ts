import { createHash } from "node:crypto";

export const docker = {
  manifest: "application/vnd.docker.distribution.manifest.v2+json",
  index: "application/vnd.docker.distribution.manifest.list.v2+json",
  config: "application/vnd.docker.container.image.v1+json",
  layer: "application/vnd.docker.image.rootfs.diff.tar.gzip",
} as const;

export const oci = {
  manifest: "application/vnd.oci.image.manifest.v1+json",
  index: "application/vnd.oci.image.index.v1+json",
  config: "application/vnd.oci.image.config.v1+json",
  layer: "application/vnd.oci.image.layer.v1.tar+gzip",
} as const;

/** Every manifest kind this action reads, for the `Accept` header. */
export const manifestAccept = [oci.index, oci.manifest, docker.index, docker.manifest].join(", ");

export const isIndexType = (mediaType: string): boolean =>
  mediaType === oci.index || mediaType === docker.index;

export const sha256Digest = (bytes: Uint8Array): string =>
  `sha256:${createHash("sha256").update(bytes).digest("hex")}`;

/** `sha256:0123456789ab…`, enough to tell blobs apart in a log line. */
export const shortDigest = (digest: string): string => `${digest.slice(0, 19)}…`;
