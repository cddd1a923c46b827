import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ErrorBody, ErrorCode } from "@trip/contract";

/**
 * Thrown by an auth middleware that could not check a token because the issuer (its discovery
 * document or JWKS) did not answer: the app answers 503, not 401 or 500.
 */
export class AuthUnavailableError extends Error {
  override name = "AuthUnavailableError";
}

/** The API's one error shape; also for auth middleware (401 `unauthorized`). */
export function errorResponse(
  c: Context,
  status: ContentfulStatusCode,
  code: ErrorCode,
  message: string,
  field?: string,
) {
  const body: ErrorBody = {
    error: { code, message, ...(field ? { field } : {}) },
    requestId: (c.get("requestId") as string | undefined) ?? "unknown",
  };
  return c.json(body, status);
}
