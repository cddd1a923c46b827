import { contentType } from "mime-types";

export const IMMUTABLE = "public, max-age=31536000, immutable";
export const NO_CACHE = "no-cache";
/**
 * Files that are neither content-hashed nor entry documents (favicon, robots.txt, files from
 * Vite's `public/`) keep their name across releases; a short max-age bounds how long a browser
 * keeps an old copy, and the CloudFront copy is invalidated when they change.
 */
export const SHORT = "public, max-age=300";

/**
 * Vite writes every bundled file to `assets/` as `name-HASH.ext` (an 8-character hash from the
 * alphabet A-Z a-z 0-9 _ -). A name is only trusted as content-hashed inside an `assets/`
 * folder: a false positive would pin a changing file in caches for a year, a false negative
 * only costs a re-download.
 */
const HASHED_NAME = /^.+[-.][A-Za-z0-9_-]{8,}\.[A-Za-z0-9]+(?:\.map)?$/;

export function isContentHashed(key: string): boolean {
  const slash = key.lastIndexOf("/");
  const folder = key.slice(0, slash + 1);
  return /(?:^|\/)assets\/$/.test(folder) && HASHED_NAME.test(key.slice(slash + 1));
}

/** HTML pages and the runtime configuration: what must be fresh on every load. */
export function isEntryDocument(key: string): boolean {
  return key === "config.json" || /\.html?$/i.test(key);
}

export interface ObjectHeaders {
  contentType: string;
  cacheControl: string;
}

export function headersFor(key: string): ObjectHeaders {
  const cacheControl = isEntryDocument(key) ? NO_CACHE : isContentHashed(key) ? IMMUTABLE : SHORT;
  return {
    contentType: contentType(key.slice(key.lastIndexOf("/") + 1)) || "application/octet-stream",
    cacheControl,
  };
}
