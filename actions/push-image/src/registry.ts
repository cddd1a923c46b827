import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { fetchWithRetry, NetworkError, type RetryOptions } from "../../lib/src/index";
import { BlobUploads, type BlobSource } from "./blob-upload";
import { Manifests, type Manifest } from "./manifests";
import { sha256Digest, shortDigest } from "./media-types";
import { registryOrigin } from "./reference";
import { parseChallenge, TokenCache, type Challenge, type Credentials } from "./registry-auth";
import {
  AuthError,
  errorDetail,
  pullScope,
  RegistryError,
  type RegistryTransport,
  type RequestBody,
} from "./registry-transport";

export { bufferSource, fileSource, type BlobSource } from "./blob-upload";
export type { Manifest } from "./manifests";
export { parseChallenge, type Credentials } from "./registry-auth";
export { AuthError, RegistryError } from "./registry-transport";

export interface RegistryClientOptions {
  /** `host[:port]`. */
  registry: string;
  /** `https://host[:port]`; by default plain HTTP for a loopback registry, HTTPS for all others. */
  origin?: string;
  credentials?: Credentials;
  retry?: Pick<RetryOptions, "retries" | "minDelayMs" | "maxDelayMs" | "maxRetryAfterMs" | "fetch">;
  signal?: AbortSignal;
  log?: (line: string) => void;
  /** Receives every bearer token obtained, so the runner masks it. */
  mask?: (secret: string) => void;
  /** PATCH size when the registry refuses single-request uploads (default 16 MiB). */
  chunkSize?: number;
  /** Transfers at least this big log progress (default 16 MiB). */
  progressBytes?: number;
}

const size = (bytes: number) =>
  bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KiB` : `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/**
 * A client for the OCI distribution API on global fetch: the `WWW-Authenticate` dance
 * (`registry-auth.ts`), retries for transient failures, manifests (`manifests.ts`), blob
 * uploads (`blob-upload.ts`) and blob reads: just the calls a daemonless image push needs.
 */
export class RegistryClient implements RegistryTransport {
  readonly registry: string;
  readonly origin: string;
  readonly log: ((line: string) => void) | undefined;
  private challenge: Challenge | undefined;
  private pinging: Promise<void> | undefined;
  private readonly tokens: TokenCache;
  private readonly manifests = new Manifests(this);
  private readonly uploads: BlobUploads;
  private readonly progressBytes: number;

  constructor(private readonly options: RegistryClientOptions) {
    this.registry = options.registry;
    this.origin = options.origin ?? registryOrigin(options.registry);
    this.log = options.log;
    this.progressBytes = options.progressBytes ?? 16 * 1024 * 1024;
    this.tokens = new TokenCache({
      registry: options.registry,
      ...(options.credentials ? { credentials: options.credentials } : {}),
      ...(options.mask ? { mask: options.mask } : {}),
      fetch: (url, init) => this.fetch(url, init),
    });
    this.uploads = new BlobUploads(this, options.chunkSize ?? 16 * 1024 * 1024);
  }

  /** `GET /v2/`: proves the registry is reachable and learns how it wants to be authenticated. */
  async ping(): Promise<void> {
    const response = await this.fetch(`${this.origin}/v2/`, { method: "GET" });
    await response.body?.cancel();
    if (response.status === 401) {
      this.challenge = parseChallenge(response.headers.get("www-authenticate"));
    } else if (response.ok) {
      this.challenge = { scheme: "none" };
    } else {
      throw new RegistryError(
        `${this.registry} answered GET /v2/ with HTTP ${response.status}`,
        response.status,
      );
    }
  }

  getManifest(repository: string, reference: string): Promise<Manifest> {
    return this.manifests.get(repository, reference);
  }

  /** The digest a tag or digest resolves to, or undefined when the repository lacks it. */
  resolveManifest(repository: string, reference: string): Promise<string | undefined> {
    return this.manifests.resolve(repository, reference);
  }

  putManifest(repository: string, reference: string, manifest: Manifest): Promise<void> {
    return this.manifests.put(repository, reference, manifest);
  }

  /** See `BlobUploads.mount`: true when the registry linked the blob from `from`. */
  mountBlob(
    repository: string,
    digest: string,
    from: string,
  ): Promise<{ mounted: boolean; location?: string }> {
    return this.uploads.mount(repository, digest, from);
  }

  /** See `BlobUploads.upload`: one streamed PUT, PATCH chunks only when the registry refuses it. */
  uploadBlob(repository: string, digest: string, source: BlobSource, location?: string): Promise<void> {
    return this.uploads.upload(repository, digest, source, location);
  }

  async blobExists(repository: string, digest: string): Promise<boolean> {
    const response = await this.send("HEAD", this.url(repository, "blobs", digest), [pullScope(repository)]);
    if (response.status === 404) return false;
    await this.check(response, `blob ${shortDigest(digest)} in ${repository}`);
    return true;
  }

  /** A small blob (an image config), checked against its digest. */
  async getBlob(repository: string, digest: string): Promise<Buffer> {
    const response = await this.send("GET", this.url(repository, "blobs", digest), [pullScope(repository)]);
    await this.check(response, `blob ${shortDigest(digest)} in ${repository}`);
    const bytes = Buffer.from(await response.arrayBuffer());
    if (sha256Digest(bytes) !== digest) {
      throw new RegistryError(`blob ${digest} in ${repository} did not match its digest`);
    }
    return bytes;
  }

  /** Streams a blob to a file, checking its digest on the way; large ones report progress. */
  async downloadBlob(repository: string, digest: string, size: number, path: string): Promise<void> {
    const what = `blob ${shortDigest(digest)} in ${repository}`;
    const response = await this.send("GET", this.url(repository, "blobs", digest), [pullScope(repository)]);
    await this.check(response, what);
    if (!response.body) throw new RegistryError(`${what}: the registry sent no body`);
    const hash = createHash("sha256");
    const file = createWriteStream(path);
    const progress = this.progress(`downloading ${what}`, size);
    let received = 0;
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        hash.update(chunk);
        received += chunk.length;
        progress(received);
        if (!file.write(chunk)) await new Promise<void>((resolve) => file.once("drain", () => resolve()));
      }
    } finally {
      await new Promise<void>((resolve) => file.end(() => resolve()));
    }
    if (`sha256:${hash.digest("hex")}` !== digest || received !== size) {
      throw new RegistryError(`${what} did not match its digest and size (${received} of ${size} bytes)`);
    }
  }

  progress(label: string, total: number): (done: number) => void {
    if (total < this.progressBytes) return () => undefined;
    let reported = 0;
    return (done) => {
      const percent = Math.floor((done / total) * 100);
      if (percent < reported + 10 && done < total) return;
      reported = percent;
      this.log?.(`${label}: ${size(done)} of ${size(total)} (${percent}%)`);
    };
  }

  url(repository: string, kind: "manifests" | "blobs", reference: string): string {
    return `${this.origin}/v2/${repository}/${kind}/${reference}`;
  }

  resolve(location: string): string {
    return new URL(location, this.origin).toString();
  }

  private fetch(url: string, init: RequestInit | (() => Promise<RequestInit>)): Promise<Response> {
    const { signal, log, retry } = this.options;
    return fetchWithRetry(url, init, {
      ...retry,
      ...(signal ? { signal } : {}),
      ...(log ? { log } : {}),
    }).catch((error: unknown) => {
      if (error instanceof NetworkError) {
        throw new RegistryError(`Could not reach registry ${this.registry}: ${error.message}`);
      }
      throw error;
    });
  }

  /** One request with authentication; a 401 teaches the challenge and is answered once. */
  async send(
    method: string,
    url: string,
    scopes: string[],
    headers: Record<string, string> = {},
    body?: RequestBody,
  ): Promise<Response> {
    if (!this.challenge) await (this.pinging ??= this.ping());
    for (let round = 0; ; round++) {
      const authorization = await this.tokens.authorization(this.challenge, scopes);
      const response = await this.fetch(url, async () => ({
        method,
        headers: { ...headers, ...(authorization ? { authorization } : {}) },
        // `duplex` is how undici takes a streamed request body.
        ...(body ? { body: (await body()) as BodyInit, duplex: "half" } : {}),
      }));
      if (response.status !== 401 || round > 0) return response;
      const challenge = parseChallenge(response.headers.get("www-authenticate"));
      if (challenge.scheme === "none") return response;
      await response.body?.cancel();
      // A cached token may have expired, or the registry's scheme changed: learn and ask again.
      this.challenge = challenge;
      this.tokens.forget(scopes);
    }
  }

  async check(response: Response, what: string): Promise<void> {
    if (response.ok) return;
    const detail = await errorDetail(response);
    if (response.status === 401 || response.status === 403) {
      const hint = this.options.credentials ? "" : " (no credentials were given)";
      throw new AuthError(
        `${this.registry} refused ${what} (HTTP ${response.status}${detail})${hint}`,
        response.status,
      );
    }
    if (response.status === 404) {
      throw new RegistryError(`${what} not found on ${this.registry}${detail}`, 404);
    }
    throw new RegistryError(
      `${what} failed on ${this.registry}: HTTP ${response.status}${detail}`,
      response.status,
    );
  }
}
