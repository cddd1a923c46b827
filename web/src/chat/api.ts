// `POST /api/messages`, with the failures the chat has to tell apart: a 401 (sign in again),
// the network (retry), and the API's own errors (show its message).
import type { ErrorBody, MessageReply, MessageRequest } from "@trip/contract";

export type ApiErrorKind = "unauthorized" | "network" | "rejected" | "server";

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly requestId?: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export type SendMessage = (request: MessageRequest) => Promise<MessageReply>;

export interface ApiClientOptions {
  apiUrl: string;
  /** Read on every call: the token renews silently in the background. */
  token: () => string | undefined;
  fetchFn?: typeof fetch;
  timeoutMs?: number;
}

function errorBody(body: unknown): ErrorBody["error"] | undefined {
  const error = (body as Partial<ErrorBody> | null)?.error;
  return typeof error?.message === "string" ? error : undefined;
}

export function apiClient({
  apiUrl,
  token,
  fetchFn = fetch,
  timeoutMs = 60_000,
}: ApiClientOptions): SendMessage {
  return async (request) => {
    const bearer = token();
    if (!bearer) throw new ApiError("unauthorized", "You are signed out.");
    let response: Response;
    try {
      response = await fetchFn(`${apiUrl}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${bearer}` },
        body: JSON.stringify(request),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const timedOut = (error as Error).name === "TimeoutError";
      throw new ApiError(
        "network",
        timedOut
          ? "The assistant took too long to answer."
          : "Couldn't reach the assistant. Check your connection and try again.",
      );
    }
    const body: unknown = await response.json().catch(() => undefined);
    const requestId = (body as { requestId?: unknown } | undefined)?.requestId;
    const id = typeof requestId === "string" ? requestId : undefined;
    if (response.ok) {
      const reply = body as Partial<MessageReply> | undefined;
      if (typeof reply?.reply !== "string")
        throw new ApiError("server", "The assistant sent an answer this page cannot read.", id);
      return reply as MessageReply;
    }
    const error = errorBody(body);
    if (response.status === 401)
      throw new ApiError("unauthorized", error?.message ?? "Your session has expired.", id);
    if (response.status >= 400 && response.status < 500) {
      throw new ApiError(
        "rejected",
        error?.message ?? `The request was refused (HTTP ${response.status}).`,
        id,
      );
    }
    const message =
      response.status === 504
        ? "The assistant took too long to answer."
        : "The assistant ran into a problem. Try again in a moment.";
    throw new ApiError("server", message, id);
  };
}
