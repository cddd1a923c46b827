/**
 * What the registry client's parts (token cache, manifests, blob uploads) share: its errors
 * and the authenticated request they all send through.
 */
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

export type RequestBody = () => Uint8Array | ReadableStream<Uint8Array> | Promise<Uint8Array>;

/** The authenticated request every part of the client sends, and how it checks answers. */
export interface RegistryTransport {
  readonly registry: string;
  send(
    method: string,
    url: string,
    scopes: string[],
    headers?: Record<string, string>,
    body?: RequestBody,
  ): Promise<Response>;
  /** Throws a RegistryError (AuthError for 401/403) naming `what` unless the answer is 2xx. */
  check(response: Response, what: string): Promise<void>;
  url(repository: string, kind: "manifests" | "blobs", reference: string): string;
  /** A `Location` header as an absolute URL. */
  resolve(location: string): string;
  /** A progress callback for a transfer of `total` bytes; silent for small ones. */
  progress(label: string, total: number): (done: number) => void;
  log?: (line: string) => void;
}

export const pullScope = (repository: string) => `repository:${repository}:pull`;
export const pushScope = (repository: string) => `repository:${repository}:pull,push`;

/** `: CODE message` from a distribution-style error body, or nothing useful. */
export async function errorDetail(response: Response): Promise<string> {
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
