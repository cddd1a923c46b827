import { retry } from "./retry";
import type { Clock } from "./time";

export interface RetryOptions {
  /** Retries after the first attempt; 4 by default. */
  retries?: number;
  minDelayMs?: number;
  maxDelayMs?: number;
  /** Upper bound on a server's `Retry-After`, so a misbehaving server cannot stall a step. */
  maxRetryAfterMs?: number;
  signal?: AbortSignal;
  /** Receives one line per retry (method, URL without its query, why). */
  log?: (line: string) => void;
  fetch?: typeof fetch;
  clock?: Clock;
}

/** Statuses worth another attempt: timeouts, throttling and transient server failures. */
export const isRetryableStatus = (status: number): boolean =>
  status === 408 || status === 429 || status === 500 || status === 502 || status === 503 || status === 504;

/** The request never got an HTTP answer (refused, reset, DNS), even after the retries. */
export class NetworkError extends Error {
  constructor(method: string, url: string, cause: unknown) {
    super(`${method} ${redact(url)} failed: ${describeCause(cause)}`, { cause });
    this.name = "NetworkError";
  }
}

class RetryableStatus extends Error {
  constructor(
    readonly status: number,
    readonly retryAfterMs: number | undefined,
  ) {
    super(`HTTP ${status}`);
  }
}

/**
 * `fetch` with retries for network errors and retryable statuses, exponential backoff with
 * jitter (`retry`) and `Retry-After` honoured (in place of the backoff, up to `maxRetryAfterMs`). `init` may be a function so a request body (a
 * stream, say) is built afresh for each attempt. After the last attempt a retryable status is returned like
 * any other response, so the caller's error message can quote the server.
 */
export async function fetchWithRetry(
  url: string,
  init: RequestInit | (() => RequestInit | Promise<RequestInit>) = {},
  options: RetryOptions = {},
): Promise<Response> {
  const { retries = 4, signal, log } = options;
  const doFetch = options.fetch ?? fetch;
  let method = typeof init === "function" ? "GET" : (init.method ?? "GET");
  return retry(
    async (attempt) => {
      const request = typeof init === "function" ? await init() : init;
      method = request.method ?? "GET";
      const response = await doFetch(url, { ...request, ...(signal ? { signal } : {}) }).catch(
        (error: unknown) => {
          // Any rejection but a cancellation is a transport failure (undici's "fetch failed").
          throw signal?.aborted ? error : new NetworkError(method, url, error);
        },
      );
      if (attempt <= retries && isRetryableStatus(response.status)) {
        await response.body?.cancel();
        throw new RetryableStatus(response.status, retryAfter(response.headers.get("retry-after")));
      }
      return response;
    },
    {
      attempts: retries + 1,
      minDelayMs: options.minDelayMs ?? 500,
      maxDelayMs: options.maxDelayMs ?? 10_000,
      shouldRetry: ({ error }) => error instanceof RetryableStatus || error instanceof NetworkError,
      delayMs: ({ error }, computed) =>
        error instanceof RetryableStatus && error.retryAfterMs !== undefined
          ? Math.min(error.retryAfterMs, options.maxRetryAfterMs ?? 30_000)
          : computed,
      onRetry: ({ error, attempt }) => {
        const why = error instanceof RetryableStatus ? error.message : describeCause((error as Error).cause);
        log?.(`${method} ${redact(url)}: ${why}; retrying (attempt ${attempt + 1} of ${retries + 1})`);
      },
      ...(signal ? { signal } : {}),
      ...(options.clock ? { clock: options.clock } : {}),
    },
  );
}

function retryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** URL without query or fragment: upload URLs carry opaque state, signed URLs carry signatures. */
export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return url.replace(/[?#].*$/, "");
  }
}

function describeCause(error: unknown): string {
  const { message, cause } = (error ?? {}) as {
    message?: string;
    cause?: { code?: string; message?: string };
  };
  if (cause?.code) return `${cause.code}${cause.message ? ` (${cause.message})` : ""}`;
  return cause?.message ?? message ?? String(error);
}
