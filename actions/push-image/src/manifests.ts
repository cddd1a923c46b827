import { manifestAccept, sha256Digest } from "./media-types";
import { pullScope, pushScope, RegistryError, type RegistryTransport } from "./registry-transport";

export interface Manifest {
  mediaType: string;
  digest: string;
  bytes: Buffer;
}

const named = (repository: string, reference: string) =>
  `${repository}${reference.startsWith("sha256:") ? "@" : ":"}${reference}`;

/** Reading, resolving and writing manifests: what names an image and what a tag points at. */
export class Manifests {
  constructor(private readonly transport: RegistryTransport) {}

  async get(repository: string, reference: string): Promise<Manifest> {
    const { transport } = this;
    const what = `manifest ${named(repository, reference)}`;
    const response = await transport.send(
      "GET",
      transport.url(repository, "manifests", reference),
      [pullScope(repository)],
      { accept: manifestAccept },
    );
    await transport.check(response, what);
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
  async resolve(repository: string, reference: string): Promise<string | undefined> {
    const { transport } = this;
    const response = await transport.send(
      "HEAD",
      transport.url(repository, "manifests", reference),
      [pullScope(repository)],
      { accept: manifestAccept },
    );
    if (response.status === 404) return undefined;
    await transport.check(response, `manifest ${named(repository, reference)}`);
    return response.headers.get("docker-content-digest") ?? (await this.get(repository, reference)).digest;
  }

  async put(repository: string, reference: string, manifest: Manifest): Promise<void> {
    const { transport } = this;
    const response = await transport.send(
      "PUT",
      transport.url(repository, "manifests", reference),
      [pushScope(repository)],
      { "content-type": manifest.mediaType },
      () => manifest.bytes,
    );
    await transport.check(response, `manifest upload to ${repository}:${reference}`);
    const stored = response.headers.get("docker-content-digest");
    if (stored && stored !== manifest.digest) {
      throw new RegistryError(
        `${transport.registry} stored ${repository}:${reference} as ${stored}, not ${manifest.digest}`,
      );
    }
  }
}
