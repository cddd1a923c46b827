// Turns a raw request body into a validated message request, or the first problem with it
// (the field named the way a client developer would write it: history[3].role).
import type { MessageRequest } from "@trip/contract";
import { messageRequestSchema } from "@trip/contract/schemas";

export type ParsedRequest =
  { ok: true; value: MessageRequest } | { ok: false; field: string; message: string };

export const fieldName = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (name, key) =>
      typeof key === "number" ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key),
    "",
  ) || "body";

export function parseMessageRequest(body: string): ParsedRequest {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    return { ok: false, field: "body", message: `body: malformed JSON (${(error as Error).message})` };
  }
  const result = messageRequestSchema.safeParse(json);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  const field = fieldName(issue?.path ?? []);
  return { ok: false, field, message: `${field}: ${issue?.message ?? "invalid"}` };
}
