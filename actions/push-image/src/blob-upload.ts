import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { Readable } from "node:stream";
import { shortDigest } from "./media-types";
import { pullScope, pushScope, RegistryError, type RegistryTransport } from "./registry-transport";

/** Blob bytes, whole or by range (end exclusive); a file's never sit whole in memory. */
export interface BlobSource {
  size: number;
  /** The whole blob, made afresh for each attempt. */
  open(): Uint8Array | ReadableStream<Uint8Array>;
  read(start: number, end: number): Promise<Uint8Array>;
}

export const bufferSource = (bytes: Uint8Array): BlobSource => ({
  size: bytes.length,
  open: () => bytes,
  read: async (start, end) => bytes.subarray(start, end),
});

export function fileSource(path: string, size: number): BlobSource {
  return {
    size,
    open: () => Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>,
    async read(start, end) {
      const handle = await open(path, "r");
      try {
        const buffer = Buffer.alloc(end - start);
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, start);
        if (bytesRead !== buffer.length) throw new Error(`${path} is shorter than ${size} bytes`);
        return buffer;
      } finally {
        await handle.close();
      }
    },
  };
}

interface UploadSession {
  url: string;
  /** `OCI-Chunk-Min-Length`: the smallest PATCH the registry accepts, except the last. */
  minChunk: number;
}

/**
 * Blob uploads: cross-repository mounts, one streamed PUT (which every registry takes; ECR's
 * multi-chunk PATCH is unreliable), and PATCH chunks only for a registry that refuses that.
 */
export class BlobUploads {
  /** Set once the registry refused a single-request upload: later blobs go in chunks at once. */
  private chunksOnly = false;

  constructor(
    private readonly transport: RegistryTransport,
    /** PATCH size when the registry refuses single-request uploads. */
    private readonly chunkSize: number,
  ) {}

  /**
   * Cross-repository mount. True when the registry linked the blob (201); false when it did
   * not (202, an upload session this client then uses, or a refusal), so the caller uploads.
   */
  async mount(
    repository: string,
    digest: string,
    from: string,
  ): Promise<{ mounted: boolean; location?: string }> {
    const { transport } = this;
    const query = `?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}`;
    const response = await transport.send(
      "POST",
      `${transport.url(repository, "blobs", "uploads/")}${query}`,
      [pushScope(repository), pullScope(from)],
    );
    await response.body?.cancel();
    if (response.status === 201) return { mounted: true };
    const location = response.headers.get("location");
    if (response.status === 202 && location) return { mounted: false, location: transport.resolve(location) };
    return { mounted: false };
  }

  async upload(repository: string, digest: string, source: BlobSource, location?: string): Promise<void> {
    const { transport } = this;
    const session = location ? { url: location, minChunk: 0 } : await this.start(repository);
    if (this.chunksOnly) return this.uploadChunks(repository, digest, source, session);
    const progress = transport.progress(`uploading blob ${shortDigest(digest)}`, source.size);
    const response = await transport.send(
      "PUT",
      withDigest(session.url, digest),
      [pushScope(repository)],
      { "content-type": "application/octet-stream", "content-length": String(source.size) },
      () => counted(source.open(), progress),
    );
    if (response.status === 201) return void (await response.body?.cancel());
    if (![400, 404, 405, 413, 416].includes(response.status)) {
      return transport.check(response, `upload of blob ${shortDigest(digest)} to ${repository}`);
    }
    transport.log?.(
      `${transport.registry} refused a single-request upload (HTTP ${response.status}); uploading in chunks instead`,
    );
    await response.body?.cancel();
    this.chunksOnly = true;
    return this.uploadChunks(repository, digest, source, await this.start(repository));
  }

  private async start(repository: string): Promise<UploadSession> {
    const { transport } = this;
    const response = await transport.send("POST", transport.url(repository, "blobs", "uploads/"), [
      pushScope(repository),
    ]);
    await transport.check(response, `upload to ${repository}`);
    const location = response.headers.get("location");
    if (!location)
      throw new RegistryError(`${transport.registry} started an upload without a Location header`);
    const minChunk = Number(response.headers.get("oci-chunk-min-length") ?? 0);
    return { url: transport.resolve(location), minChunk: Number.isFinite(minChunk) ? minChunk : 0 };
  }

  private async uploadChunks(
    repository: string,
    digest: string,
    source: BlobSource,
    session: UploadSession,
  ): Promise<void> {
    const { transport } = this;
    const what = `upload of blob ${shortDigest(digest)} to ${repository}`;
    const chunk = Math.max(this.chunkSize, session.minChunk);
    const progress = transport.progress(`uploading blob ${shortDigest(digest)}`, source.size);
    let url = session.url;
    for (let offset = 0; offset < source.size; offset += chunk) {
      const end = Math.min(offset + chunk, source.size);
      const response = await transport.send(
        "PATCH",
        url,
        [pushScope(repository)],
        { "content-type": "application/octet-stream", "content-range": `${offset}-${end - 1}` },
        () => source.read(offset, end),
      );
      await transport.check(response, what);
      const next = response.headers.get("location");
      if (next) url = transport.resolve(next);
      progress(end);
    }
    const done = await transport.send("PUT", withDigest(url, digest), [pushScope(repository)]);
    await transport.check(done, what);
  }
}

/** A stream that reports bytes as they pass; bytes pass as they are. */
function counted(
  body: Uint8Array | ReadableStream<Uint8Array>,
  progress: (done: number) => void,
): Uint8Array | ReadableStream<Uint8Array> {
  if (!("pipeThrough" in body)) return body;
  let done = 0;
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        done += chunk.length;
        progress(done);
        controller.enqueue(chunk);
      },
    }),
  );
}

function withDigest(location: string, digest: string): string {
  const url = new URL(location);
  url.searchParams.set("digest", digest);
  return url.toString();
}
