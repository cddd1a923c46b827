/**
 * What shift-alias writes into AWS so a later run (or a person in the console) can tell what
 * happened: the alias description records the version served before the last shift, which is
 * what `to-version: previous` reads; a version description records where its code came from.
 */
export interface Provenance {
  /** GITHUB_SHA of the workflow run. */
  sha?: string;
  /** GITHUB_RUN_ID, to find the run in the Actions tab. */
  runId?: string;
}

/** Lambda's limit for alias and version descriptions. */
const MAX_DESCRIPTION = 256;

const clip = (text: string) =>
  text.length <= MAX_DESCRIPTION ? text : `${text.slice(0, MAX_DESCRIPTION - 1)}…`;

function origin(provenance: Provenance): string {
  return [
    provenance.sha ? `by ${provenance.sha.slice(0, 12)}` : undefined,
    provenance.runId ? `run ${provenance.runId}` : undefined,
  ]
    .filter(Boolean)
    .join(" ");
}

/** `previous=12 deployed=13 by 0123456789ab run 42 (rollback)`. */
export function aliasDescription(
  previous: string,
  deployed: string,
  provenance: Provenance,
  note?: string,
): string {
  return clip(
    [`previous=${previous} deployed=${deployed}`, origin(provenance), note ? `(${note})` : undefined]
      .filter(Boolean)
      .join(" "),
  );
}

export interface AliasRecord {
  previous: string;
  deployed: string;
}

/** Reads what `aliasDescription` wrote; anything else (a stack's own description) is no record. */
export function parseAliasDescription(description: string | undefined): AliasRecord | undefined {
  const match = /^previous=(\d+) deployed=(\d+)\b/.exec(description ?? "");
  return match?.[1] && match[2] ? { previous: match[1], deployed: match[2] } : undefined;
}

export function versionDescription(code: string, provenance: Provenance): string {
  return clip([`shift-alias: ${code}`, origin(provenance)].filter(Boolean).join(" "));
}

/** `sha256:…` when the URI pins a digest (`repo@sha256:…`); a tag can move, so it pins nothing. */
export function imageDigest(uri: string | undefined): string | undefined {
  return /@(sha256:[0-9a-f]{64})$/.exec(uri ?? "")?.[1];
}

/** The repository part of an image URI, without tag or digest. */
export function imageRepository(uri: string): string {
  const withoutDigest = uri.split("@")[0] ?? uri;
  const lastSlash = withoutDigest.lastIndexOf("/");
  const colon = withoutDigest.indexOf(":", lastSlash + 1);
  return colon === -1 ? withoutDigest : withoutDigest.slice(0, colon);
}

/** True when `resolved` (Lambda's ResolvedImageUri) is exactly the image `wanted` pins. */
export function sameImage(wanted: string, resolved: string | undefined): boolean {
  const digest = imageDigest(wanted);
  return (
    digest !== undefined &&
    resolved !== undefined &&
    imageDigest(resolved) === digest &&
    imageRepository(resolved) === imageRepository(wanted)
  );
}
