import { createHash } from "node:crypto";
import { z } from "zod";
import { isContentHashed } from "./headers";

/**
 * The action's own objects in the bucket: the release manifest and the lock. Never part of a
 * site, never planned, uploaded or deleted as one.
 */
export const STATE_PREFIX = ".invalidate-cdn/";
export const MANIFEST_KEY = `${STATE_PREFIX}releases.json`;
export const LOCK_KEY = `${STATE_PREFIX}lock.json`;

const releaseSchema = z.object({
  id: z.string().min(1),
  createdAt: z.string(),
  /** Every key of the release's site: what it still needs while it is kept. */
  keys: z.array(z.string()),
});

const manifestSchema = z.object({
  version: z.literal(1),
  /** Oldest first; the last one is what the bucket serves. */
  releases: z.array(releaseSchema),
  /**
   * Keys served under a stable name that changed (or will be deleted) and are not yet known to
   * be invalidated: written before the bucket changes, cleared once the invalidation completed,
   * so a re-run after any failure in between still invalidates them.
   */
  pending: z.object({ keys: z.array(z.string()), invalidationId: z.string().optional() }).optional(),
});

export type Release = z.infer<typeof releaseSchema>;
export type ReleaseManifest = z.infer<typeof manifestSchema>;

export function parseManifest(text: string, where: string): ReleaseManifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${where} is not JSON (${(error as Error).message}); delete it to start a new history`, {
      cause: error,
    });
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(`${where} is not a release manifest (${z.prettifyError(parsed.error)})`);
  }
  return parsed.data;
}

export function serialiseManifest(manifest: ReleaseManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

export interface ReleasePlanInput {
  /** What the manifest says, or undefined when the bucket has none yet. */
  manifest: ReleaseManifest | undefined;
  /** Keys in the bucket before this run (the action's own objects excluded). */
  remoteKeys: readonly string[];
  /** Keys of the site being released. */
  localKeys: readonly string[];
  /** Keys this run uploads (new or changed content). */
  uploadKeys: readonly string[];
  keep: number;
  /** Id and time for a new release; only used when the site differs from the latest one. */
  newRelease: { id: string; createdAt: string };
}

export interface ReleasePlan {
  /** The release this run records, or undefined when the bucket already serves this site. */
  release?: Release;
  /** Every release, the new one included, before trimming: written before the bucket changes. */
  releases: Release[];
  /** The releases kept once this one is live: the last `keep`. */
  kept: Release[];
  /** Objects no kept release references, deleted only once the invalidation has completed. */
  prune: string[];
  /** Stable-name keys to invalidate: the pending ones, changed ones, and ones about to be deleted. */
  invalidate: string[];
}

/**
 * What a release changes in the history. A bucket without a manifest (the first run of this
 * version, or a bucket filled by hand) counts what it holds as one release, so nothing an open
 * tab may load is deleted on the way in.
 */
export function planRelease(input: ReleasePlanInput): ReleasePlan {
  const history =
    input.manifest?.releases ??
    (input.remoteKeys.length > 0
      ? [{ id: "before-manifest", createdAt: input.newRelease.createdAt, keys: [...input.remoteKeys].sort() }]
      : []);
  const localKeys = [...input.localKeys].sort();
  const latest = history.at(-1);
  const changed = input.uploadKeys.length > 0 || !latest || !sameKeys(latest.keys, localKeys);
  const release = changed ? { ...input.newRelease, keys: localKeys } : undefined;
  // A re-run after a failed upload records the same files again: one entry, not two.
  const previous = release && latest && sameKeys(latest.keys, localKeys) ? history.slice(0, -1) : history;
  const releases = release ? [...previous, release] : [...history];
  const kept = releases.slice(-input.keep);
  const referenced = new Set(kept.flatMap((r) => r.keys));
  const prune = [...new Set([...input.remoteKeys, ...localKeys])]
    .filter((key) => !referenced.has(key))
    .sort();
  const invalidate = new Set(input.manifest?.pending?.keys ?? []);
  for (const key of [...input.uploadKeys, ...prune]) if (!isContentHashed(key)) invalidate.add(key);
  return {
    ...(release ? { release } : {}),
    releases,
    kept,
    prune,
    invalidate: [...invalidate].sort(),
  };
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return set.size === b.length && b.every((key) => set.has(key));
}

/**
 * The invalidation's `CallerReference`: the release it belongs to and its paths. A new release
 * always gets a new one (R1 → R2 → R1 → R2 invalidates four times); a re-run finishing the same
 * release sends the same one, and CloudFront answers with the invalidation already created
 * instead of creating (and billing) another.
 */
export function callerReference(releaseId: string, paths: readonly string[]): string {
  const hash = createHash("sha256").update(releaseId);
  for (const path of paths) hash.update(`\n${path}`);
  return `invalidate-cdn-${hash.digest("hex").slice(0, 40)}`;
}
