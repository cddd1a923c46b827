import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { open } from "node:fs/promises";
import { Readable } from "node:stream";
import { fetchWithRetry, NetworkError, redact, type RetryOptions } from "../../lib/src/index";
import { manifestAccept, sha256Digest, shortDigest } from "./media-types";
import { registryOrigin } from "./reference";

export interface Credentials {
  username: string;
  password: string;
}

export class RegistryError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = "RegistryError";
  }
}

/** The registry or its token service refused us; the message never carries a secret. */
export class AuthError extends RegistryError {
  constructor(message: string, status?: number) {
    super(message, status);
    this.name = "AuthError";
  }
}

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

export interface Manifest {
  mediaType: string;
  digest: string;
  bytes: Buffer;
}

export interface RegistryClientOptions {
  /** `host[:port]`; loopback registries are spoken to over plain HTTP, all others over HTTPS. */
  registry: string;
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

type Challenge =
  { scheme: "none" } | { scheme: "basic" } | { scheme: "bearer"; realm: string; service?: string };

const named = (repository: string, reference: string) =>
  `${repository}${reference.startsWith("sha256:") ? "@" : ":"}${reference}`;
const pull = (repository: string) => `repository:${repository}:pull`;
const push = (repository: string) => `repository:${repository}:pull,push`;
const size = (bytes: number) =>
  bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KiB` : `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/**
 * A client for the OCI distribution API on global fetch: the `WWW-Authenticate` dance
 * (Bearer tokens, anonymous or with credentials, or Basic), retries for transient failures,
 * and just the calls a daemonless image push needs.
 */
export class RegistryClient {
  readonly registry: string;
  readonly origin: string;
  private challenge: Challenge | undefined;
  private pinging: Promise<void> | undefined;
  /** Token per scope set; promises, so parallel requests share one token request. */
  private readonly tokens = new Map<string, Promise<string>>();
  private readonly chunkSize: number;
  private readonly progressBytes: number;
  /** Set once the registry refused a single-request upload: later blobs go in chunks at once. */
  private chunksOnly = false;

  constructor(private readonly options: RegistryClientOptions) {
    this.registry = options.registry;
    this.origin = registryOrigin(options.registry);
    this.chunkSize = options.chunkSize ?? 16 * 1024 * 1024;
    this.progressBytes = options.progressBytes ?? 16 * 1024 * 1024;
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

  async getManifest(repository: string, reference: string): Promise<Manifest> {
    const what = `manifest ${named(repository, reference)}`;
    const response = await this.send(
      "GET",
      this.url(repository, "manifests", reference),
      [pull(repository)],
      {
        accept: manifestAccept,
      },
    );
    await this.check(response, what);
    const bytes = Buffer.from(await response.arrayBuffer());
    const digest = sha256Digest(bytes);
    if (reference.startsWith("sha256:") && reference !== digest) {
      throw new RegistryError(`${what} has digest ${digest}: the registry sent different content`);
    }
    const declared = (JSON.parse(bytes.toString("utf8")) as { mediaType?: string }).mediaType;
    const mediaType = declared ?? response.headers.get("content-type")?.split(";")[0]?.trim() ?? "";
    return { mediaType, digest, bytes };
  }

  /** The digest a tag or digest resolves to, or undefined when the repository lacks it. */
  async resolveManifest(repository: string, reference: string): Promise<string | undefined> {
    const response = await this.send(
      "HEAD",
      this.url(repository, "manifests", reference),
      [pull(repository)],
      {
        accept: manifestAccept,
      },
    );
    if (response.status === 404) return undefined;
    await this.check(response, `manifest ${named(repository, reference)}`);
    return (
      response.headers.get("docker-content-digest") ?? (await this.getManifest(repository, reference)).digest
    );
  }

  async putManifest(repository: string, reference: string, manifest: Manifest): Promise<void> {
    const response = await this.send(
      "PUT",
      this.url(repository, "manifests", reference),
      [push(repository)],
      { "content-type": manifest.mediaType },
      () => manifest.bytes,
    );
    await this.check(response, `manifest upload to ${repository}:${reference}`);
    const stored = response.headers.get("docker-content-digest");
    if (stored && stored !== manifest.digest) {
      throw new RegistryError(
        `${this.registry} stored ${repository}:${reference} as ${stored}, not ${manifest.digest}`,
      );
    }
  }

  async blobExists(repository: string, digest: string): Promise<boolean> {
    const response = await this.send("HEAD", this.url(repository, "blobs", digest), [pull(repository)]);
    if (response.status === 404) return false;
    await this.check(response, `blob ${shortDigest(digest)} in ${repository}`);
    return true;
  }

  /** A small blob (an image config), checked against its digest. */
  async getBlob(repository: string, digest: string): Promise<Buffer> {
    const response = await this.send("GET", this.url(repository, "blobs", digest), [pull(repository)]);
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
    const response = await this.send("GET", this.url(repository, "blobs", digest), [pull(repository)]);
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

  /**
   * Cross-repository mount. True when the registry linked the blob (201); false when it did
   * not (202, an upload session this client then uses, or a refusal), so the caller uploads.
   */
  async mountBlob(
    repository: string,
    digest: string,
    from: string,
  ): Promise<{ mounted: boolean; location?: string }> {
    const query = `?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}`;
    const response = await this.send("POST", `${this.url(repository, "blobs", "uploads/")}${query}`, [
      push(repository),
      pull(from),
    ]);
    await response.body?.cancel();
    if (response.status === 201) return { mounted: true };
    const location = response.headers.get("location");
    if (response.status === 202 && location) return { mounted: false, location: this.resolve(location) };
    return { mounted: false };
  }

  /**
   * Uploads a blob in one streamed PUT, which every registry takes (ECR's multi-chunk PATCH is
   * unreliable); PATCH chunks only when the registry refuses that.
   */
  async uploadBlob(repository: string, digest: string, source: BlobSource, location?: string): Promise<void> {
    const session = location ? { url: location, minChunk: 0 } : await this.startUpload(repository);
    if (this.chunksOnly) return this.uploadChunks(repository, digest, source, session);
    const progress = this.progress(`uploading blob ${shortDigest(digest)}`, source.size);
    const response = await this.send(
      "PUT",
      withDigest(session.url, digest),
      [push(repository)],
      { "content-type": "application/octet-stream", "content-length": String(source.size) },
      () => counted(source.open(), progress),
    );
    if (response.status === 201) return void (await response.body?.cancel());
    if (![400, 404, 405, 413, 416].includes(response.status)) {
      return this.check(response, `upload of blob ${shortDigest(digest)} to ${repository}`);
    }
    this.options.log?.(
      `${this.registry} refused a single-request upload (HTTP ${response.status}); uploading in chunks instead`,
    );
    await response.body?.cancel();
    this.chunksOnly = true;
    return this.uploadChunks(repository, digest, source, await this.startUpload(repository));
  }

  private async startUpload(repository: string): Promise<UploadSession> {
    const response = await this.send("POST", this.url(repository, "blobs", "uploads/"), [push(repository)]);
    await this.check(response, `upload to ${repository}`);
    const location = response.headers.get("location");
    if (!location) throw new RegistryError(`${this.registry} started an upload without a Location header`);
    const minChunk = Number(response.headers.get("oci-chunk-min-length") ?? 0);
    return { url: this.resolve(location), minChunk: Number.isFinite(minChunk) ? minChunk : 0 };
  }

  private async uploadChunks(
    repository: string,
    digest: string,
    source: BlobSource,
    session: UploadSession,
  ): Promise<void> {
    const what = `upload of blob ${shortDigest(digest)} to ${repository}`;
    const chunk = Math.max(this.chunkSize, session.minChunk);
    const progress = this.progress(`uploading blob ${shortDigest(digest)}`, source.size);
    let url = session.url;
    for (let offset = 0; offset < source.size; offset += chunk) {
      const end = Math.min(offset + chunk, source.size);
      const response = await this.send(
        "PATCH",
        url,
        [push(repository)],
        { "content-type": "application/octet-stream", "content-range": `${offset}-${end - 1}` },
        () => source.read(offset, end),
      );
      await this.check(response, what);
      const next = response.headers.get("location");
      if (next) url = this.resolve(next);
      progress(end);
    }
    const done = await this.send("PUT", withDigest(url, digest), [push(repository)]);
    await this.check(done, what);
  }

  private progress(label: string, total: number): (done: number) => void {
    if (total < this.progressBytes) return () => undefined;
    let reported = 0;
    return (done) => {
      const percent = Math.floor((done / total) * 100);
      if (percent < reported + 10 && done < total) return;
      reported = percent;
      this.options.log?.(`${label}: ${size(done)} of ${size(total)} (${percent}%)`);
    };
  }

  private url(repository: string, kind: "manifests" | "blobs", reference: string): string {
    return `${this.origin}/v2/${repository}/${kind}/${reference}`;
  }

  private resolve(location: string): string {
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
  private async send(
    method: string,
    url: string,
    scopes: string[],
    headers: Record<string, string> = {},
    body?: () => Uint8Array | ReadableStream<Uint8Array> | Promise<Uint8Array>,
  ): Promise<Response> {
    if (!this.challenge) await (this.pinging ??= this.ping());
    const key = scopes.join(" ");
    for (let round = 0; ; round++) {
      const authorization = await this.authorization(scopes);
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
      this.tokens.delete(key);
    }
  }

  private async authorization(scopes: string[]): Promise<string | undefined> {
    const { credentials } = this.options;
    switch (this.challenge?.scheme) {
      case "basic":
        return credentials ? basic(credentials) : undefined;
      case "bearer": {
        const key = scopes.join(" ");
        let token = this.tokens.get(key);
        if (!token) {
          token = this.requestToken(this.challenge, scopes);
          this.tokens.set(key, token);
          // A refused request is not cached: the error goes to every waiter, the next call asks again.
          token.catch(() => this.tokens.delete(key));
        }
        return `Bearer ${await token}`;
      }
      default:
        return undefined;
    }
  }

  private async requestToken(
    challenge: { realm: string; service?: string },
    scopes: string[],
  ): Promise<string> {
    const { credentials } = this.options;
    const url = new URL(challenge.realm);
    if (challenge.service) url.searchParams.set("service", challenge.service);
    for (const scope of scopes) url.searchParams.append("scope", scope);
    const response = await this.fetch(url.toString(), {
      method: "GET",
      headers: credentials ? { authorization: basic(credentials) } : {},
    });
    const who = credentials
      ? `the credentials for user "${credentials.username}"`
      : "an anonymous token request";
    if (response.status === 401 || response.status === 403) {
      await response.body?.cancel();
      throw new AuthError(
        `${this.registry}'s token service (${redact(challenge.realm)}) refused ${who} (HTTP ${response.status})`,
        response.status,
      );
    }
    if (!response.ok) {
      throw new RegistryError(
        `${this.registry}'s token service answered HTTP ${response.status}${await errorDetail(response)}`,
        response.status,
      );
    }
    const body = (await response.json()) as { token?: string; access_token?: string };
    const token = body.token ?? body.access_token;
    if (!token) throw new RegistryError(`${this.registry}'s token service answered without a token`);
    this.options.mask?.(token);
    return token;
  }

  private async check(response: Response, what: string): Promise<void> {
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

interface UploadSession {
  url: string;
  /** `OCI-Chunk-Min-Length`: the smallest PATCH the registry accepts, except the last. */
  minChunk: number;
}

function withDigest(location: string, digest: string): string {
  const url = new URL(location);
  url.searchParams.set("digest", digest);
  return url.toString();
}

const basic = ({ username, password }: Credentials) =>
  `Basic ${Buffer.from(`${username}:${password}`).toString("base64")}`;

export function parseChallenge(header: string | null): Challenge {
  if (!header) return { scheme: "none" };
  const scheme = header.trim().split(/\s+/)[0]?.toLowerCase();
  const params = Object.fromEntries(
    [...header.matchAll(/([a-zA-Z_]+)="([^"]*)"/g)].map(([, name = "", value = ""]) => [
      name.toLowerCase(),
      value,
    ]),
  );
  if (scheme === "bearer" && params.realm) {
    return { scheme: "bearer", realm: params.realm, ...(params.service ? { service: params.service } : {}) };
  }
  if (scheme === "basic") return { scheme: "basic" };
  return { scheme: "none" };
}

/** `: CODE message` from a distribution-style error body, or nothing useful. */
async function errorDetail(response: Response): Promise<string> {
  const text = (await response.text().catch(() => "")).slice(0, 2000);
  try {
    const { errors } = JSON.parse(text) as { errors?: Array<{ code?: string; message?: string }> };
    const described = (errors ?? [])
      .map((e) => [e.code, e.message].filter(Boolean).join(" "))
      .filter(Boolean);
    if (described.length > 0) return `: ${described.join("; ")}`;
  } catch {
    // Not JSON: fall through to the status alone.
  }
  return "";
}
