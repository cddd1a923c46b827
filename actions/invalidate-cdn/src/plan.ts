import { createHash } from "node:crypto";
import { headersFor, isContentHashed, isEntryDocument, type ObjectHeaders } from "./headers";

/** A file of the built site, read into memory (a web build is a few megabytes). */
export interface LocalFile {
  key: string;
  body: Uint8Array;
  /** Hex MD5 of `body`: what S3 reports as the ETag of a single-part upload. */
  md5: string;
}

export interface RemoteObject {
  key: string;
  etag?: string;
}

export interface Upload extends ObjectHeaders {
  key: string;
  body: Uint8Array;
  md5: string;
  /** Whether the bucket already had an object under this key. */
  replaces: boolean;
}

export interface SyncPlan {
  /** Everything but the entry documents: uploaded first, so pages never reference a missing file. */
  assets: Upload[];
  /** HTML and `config.json`, uploaded after the assets, `config.json` first and `index.html` last. */
  entries: Upload[];
  unchanged: string[];
}

export function md5Hex(body: Uint8Array): string {
  return createHash("md5").update(body).digest("hex");
}

/**
 * Compares the site with the bucket listing. S3's ETag of a single-part PutObject (all this
 * action does) is the hex MD5 of the body, so it is compared with the local MD5. An ETag of
 * another shape (multipart `…-N`, or an object written with SSE-KMS, whose ETag is no MD5)
 * counts as changed: the file is uploaded again, which is correct, only slower.
 */
export function planSync(local: readonly LocalFile[], remote: readonly RemoteObject[]): SyncPlan {
  const remoteEtags = new Map(remote.map((object) => [object.key, normaliseEtag(object.etag)]));
  const uploads: Upload[] = [];
  const unchanged: string[] = [];
  for (const file of [...local].sort((a, b) => a.key.localeCompare(b.key))) {
    if (remoteEtags.get(file.key) === file.md5) {
      unchanged.push(file.key);
      continue;
    }
    uploads.push({ ...file, ...headersFor(file.key), replaces: remoteEtags.has(file.key) });
  }
  return {
    assets: uploads.filter((upload) => !isEntryDocument(upload.key)),
    entries: uploads
      .filter((upload) => isEntryDocument(upload.key))
      .sort((a, b) => entryRank(a.key) - entryRank(b.key)),
    unchanged,
  };
}

function normaliseEtag(etag: string | undefined): string | undefined {
  const value = etag?.replace(/^W\//, "").replace(/"/g, "").toLowerCase();
  return value && /^[0-9a-f]{32}$/.test(value) ? value : undefined;
}

/** `config.json` first (read by the page at run time), other pages, the root `index.html` last. */
function entryRank(key: string): number {
  if (key === "config.json") return 0;
  return key === "index.html" ? 2 : 1;
}

/**
 * CloudFront allows 3,000 paths but only 15 wildcards in progress per distribution, and bills
 * each path past 1,000 a month (a wildcard counts as one): past this many paths one `/*` is
 * cheaper and stays well inside both limits.
 */
export const INVALIDATION_PATH_LIMIT = 15;

export interface InvalidationBatch {
  paths: string[];
  /** How many individual paths changed; more than the limit collapses them into `/*`. */
  changed: number;
  wildcard: boolean;
}

/**
 * The CloudFront paths for changed or deleted keys that are not content-hashed (a hashed name
 * is new whenever its content is). `index.html` also invalidates its folder URL (`/`, `/docs/`).
 */
export function invalidationBatch(
  keys: readonly string[],
  limit = INVALIDATION_PATH_LIMIT,
): InvalidationBatch | undefined {
  const paths = new Set<string>();
  for (const key of keys.filter((k) => !isContentHashed(k))) {
    paths.add(`/${encodePath(key)}`);
    if (key === "index.html" || key.endsWith("/index.html"))
      paths.add(`/${encodePath(key.slice(0, -"index.html".length))}`);
  }
  if (paths.size === 0) return undefined;
  const sorted = [...paths].sort();
  return sorted.length > limit
    ? { paths: ["/*"], changed: sorted.length, wildcard: true }
    : { paths: sorted, changed: sorted.length, wildcard: false };
}

/** CloudFront wants unsafe characters URL-encoded; `*` would be a wildcard, so it is encoded too. */
function encodePath(key: string): string {
  return key
    .split("/")
    .map((segment) => encodeURIComponent(segment).replace(/\*/g, "%2A"))
    .join("/");
}
