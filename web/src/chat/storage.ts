// The conversation in localStorage, one key per family member (the token's `sub`), so two
// people sharing a tablet never see each other's chat.
import { emptyConversation, type ChatMessage, type Conversation } from "./conversation";
import { MAX_STORED_MESSAGES } from "./limits";

const keyFor = (sub: string): string => `trip-assistant:conversation:v1:${sub}`;

function isMessage(value: unknown): value is ChatMessage {
  const m = value as Partial<ChatMessage> | null;
  return (
    typeof m === "object" &&
    m !== null &&
    typeof m.id === "string" &&
    (m.role === "user" || m.role === "assistant") &&
    typeof m.content === "string"
  );
}

export function loadConversation(storage: Storage, sub: string): Conversation {
  let parsed: unknown;
  try {
    parsed = JSON.parse(storage.getItem(keyFor(sub)) ?? "null");
  } catch {
    return emptyConversation;
  }
  const raw = parsed as Partial<Conversation> | null;
  if (!raw || !Array.isArray(raw.messages)) return emptyConversation;
  const messages = raw.messages.filter(isMessage).map((m) =>
    // A reload while waiting for an answer: the request is gone, offer a retry.
    m.status === "pending"
      ? { ...m, status: "failed" as const, error: "The page was reloaded before the answer came." }
      : m,
  );
  return { messages, draft: typeof raw.draft === "string" ? raw.draft : "" };
}

export function saveConversation(storage: Storage, sub: string, conversation: Conversation): void {
  const stored: Conversation = {
    ...conversation,
    messages: conversation.messages.slice(-MAX_STORED_MESSAGES),
  };
  try {
    storage.setItem(keyFor(sub), JSON.stringify(stored));
  } catch {
    // Storage full or disabled (private mode): the chat still works, it just won't survive a reload.
  }
}
