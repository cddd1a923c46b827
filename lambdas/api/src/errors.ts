import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ErrorBody, ErrorCode } from "@trip/contract";

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
