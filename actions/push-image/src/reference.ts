import { InputError } from "../../lib/src/index";

/** `registry/repository` plus at most one of tag or digest. */
export interface ImageReference {
  /** `host[:port]`, as written (docker.io for Docker Hub short names). */
  registry: string;
  repository: string;
  tag?: string;
  digest?: string;
  /** The scheme the input was written with, if any: an explicit `https://` is never downgraded. */
  scheme?: Scheme;
}

export type Scheme = "http" | "https";

/** A repository without tag or digest. */
export type RepositoryReference = Pick<ImageReference, "registry" | "repository" | "scheme">;

// The distribution project's reference grammar, reduced to what a registry accepts.
const hostPattern =
  /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::\d{1,5})?$/;
const componentPattern = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const tagPattern = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const digestPattern = /^sha256:[a-f0-9]{64}$/;

export const isValidTag = (tag: string): boolean => tagPattern.test(tag);

export function isLoopback(registry: string): boolean {
  const host = registry.replace(/:\d+$/, "");
  return host === "localhost" || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/**
 * HTTPS, except for a registry on this machine written without a scheme (or with `http://`,
 * which only a loopback registry is allowed): `https://` given is `https://` used.
 */
export function registryOrigin(registry: string, scheme?: Scheme): string {
  if (registry === "docker.io") return "https://registry-1.docker.io";
  return `${scheme ?? (isLoopback(registry) ? "http" : "https")}://${registry}`;
}

/** `host[:port]/path[:tag|@digest]`; a bare `name[:tag]` means Docker Hub. */
export function parseImageReference(text: string, input: string): ImageReference {
  const expected = (why: string) =>
    new InputError(input, `expected an image reference like host[:port]/path[:tag|@sha256:…], ${why}`);
  const { scheme, rest: named } = stripScheme(text.trim(), input);
  let rest = named;
  let digest: string | undefined;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!digestPattern.test(digest))
      throw expected(`got digest "${digest}" (only sha256:<64 hex> is accepted)`);
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(":");
  if (colon > rest.lastIndexOf("/")) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!isValidTag(tag)) throw expected(`got tag "${tag}"`);
  }
  const { registry, repository } = splitRepository(rest, expected);
  return {
    registry,
    repository,
    ...(tag || !digest ? { tag: tag ?? "latest" } : {}),
    ...(digest ? { digest } : {}),
    ...(scheme ? { scheme } : {}),
  };
}

/** A repository without tag or digest: tags come from their own input. */
export function parseRepository(text: string, input: string): RepositoryReference {
  const expected = (why: string) =>
    new InputError(input, `expected a repository like host[:port]/path, ${why}`);
  const { scheme, rest } = stripScheme(text.trim(), input);
  if (rest.includes("@") || rest.lastIndexOf(":") > rest.lastIndexOf("/")) {
    throw expected(`got "${text}" (give tags in the "tags" input, not here)`);
  }
  return { ...splitRepository(rest, expected), ...(scheme ? { scheme } : {}) };
}

export function formatReference(ref: ImageReference): string {
  const name = `${ref.registry}/${ref.repository}`;
  return ref.digest ? `${name}@${ref.digest}` : `${name}:${ref.tag ?? "latest"}`;
}

function stripScheme(text: string, input: string): { scheme?: Scheme; rest: string } {
  const match = /^(https?):\/\//.exec(text);
  if (!match) return { rest: text };
  const scheme = match[1] as Scheme;
  const rest = text.slice(match[0].length);
  if (scheme === "http" && !isLoopback(rest.split("/")[0] ?? "")) {
    throw new InputError(input, "plain http:// is only allowed for a registry on 127.0.0.1 or localhost");
  }
  return { scheme, rest };
}

function splitRepository(
  text: string,
  expected: (why: string) => InputError,
): { registry: string; repository: string } {
  if (text === "") throw expected("got an empty name");
  const parts = text.split("/");
  const first = parts[0] ?? "";
  const hasRegistry =
    parts.length > 1 && (first.includes(".") || first.includes(":") || first === "localhost");
  const registry = hasRegistry ? first : "docker.io";
  const path = hasRegistry ? parts.slice(1) : parts;
  if (!hostPattern.test(registry)) throw expected(`got registry host "${registry}"`);
  if (path.length === 0 || !path.every((component) => componentPattern.test(component))) {
    throw expected(`got repository path "${path.join("/")}" (lower-case letters, digits, . _ - and /)`);
  }
  const repository = registry === "docker.io" && path.length === 1 ? `library/${path[0]}` : path.join("/");
  return { registry, repository };
}

/** The tags to write: as given (validated, duplicates dropped), else the commit's short SHA and `latest`. */
export function resolveTags(given: readonly string[], sha: string | undefined, input = "tags"): string[] {
  for (const tag of given) {
    if (!isValidTag(tag)) {
      throw new InputError(
        input,
        `"${tag}" is not a valid tag (letters, digits, _ . -, at most 128, not starting with . or -)`,
      );
    }
  }
  if (given.length > 0) return [...new Set(given)];
  return sha && /^[0-9a-f]{40}$/.test(sha) ? [sha.slice(0, 7), "latest"] : ["latest"];
}
