// The conversation as plain data and a reducer: what the list shows, what is stored, and
// which turns go to the API as history.
import { MAX_HISTORY_BYTES, MAX_HISTORY_ITEMS, MAX_MESSAGE_CHARS, type HistoryItem } from "@trip/contract";

export interface ChatMessage {
  id: string;
  role: "user" | "assistant";
  content: string;
  /** Set on a user message while it is unanswered. */
  status?: "pending" | "failed";
  /** Why the last attempt failed (shown inline with a retry button). */
  error?: string;
}

export interface Conversation {
  messages: ChatMessage[];
  /** Unsent composer text; survives the login round trip after a 401. */
  draft: string;
}

export const emptyConversation: Conversation = { messages: [], draft: "" };

export type ChatAction =
  | { type: "send"; id: string; text: string }
  | { type: "replied"; id: string; replyId: string; reply: string }
  | { type: "failed"; id: string; error: string }
  | { type: "retry"; id: string }
  /** The message goes back to the composer (the user must sign in again first). */
  | { type: "withdraw"; id: string }
  | { type: "draft"; text: string }
  | { type: "reset" };

function update(messages: ChatMessage[], id: string, change: (m: ChatMessage) => ChatMessage): ChatMessage[] {
  return messages.map((m) => (m.id === id ? change(m) : m));
}

export function chatReducer(state: Conversation, action: ChatAction): Conversation {
  switch (action.type) {
    case "send":
      return {
        draft: "",
        messages: [
          ...state.messages,
          { id: action.id, role: "user", content: action.text, status: "pending" },
        ],
      };
    case "replied": {
      // The answer goes right under its question, even when an older message was retried.
      const reply: ChatMessage = { id: action.replyId, role: "assistant", content: action.reply };
      const messages = state.messages.flatMap((m) =>
        m.id === action.id ? [{ id: m.id, role: m.role, content: m.content }, reply] : [m],
      );
      return { ...state, messages };
    }
    case "failed":
      return {
        ...state,
        messages: update(state.messages, action.id, (m) => ({ ...m, status: "failed", error: action.error })),
      };
    case "retry":
      return {
        ...state,
        messages: update(state.messages, action.id, ({ error: _error, ...m }) => ({
          ...m,
          status: "pending",
        })),
      };
    case "withdraw": {
      const message = state.messages.find((m) => m.id === action.id);
      if (!message) return state;
      return { draft: message.content, messages: state.messages.filter((m) => m.id !== action.id) };
    }
    case "draft":
      return { ...state, draft: action.text };
    case "reset":
      return emptyConversation;
  }
}

export const isPending = (c: Conversation): boolean => c.messages.some((m) => m.status === "pending");

/**
 * The answered turns before message `id` (or all of them), newest last, bounded by the API's
 * item limit and a byte budget so the request stays under the API's body limit.
 */
export function historyBefore(messages: ChatMessage[], id?: string): HistoryItem[] {
  const end = id === undefined ? messages.length : messages.findIndex((m) => m.id === id);
  const answered = messages.slice(0, end < 0 ? messages.length : end).filter((m) => m.status === undefined);
  const history: HistoryItem[] = [];
  let bytes = 0;
  for (const { role, content } of answered.reverse()) {
    if (history.length >= MAX_HISTORY_ITEMS) break;
    bytes += new Blob([JSON.stringify({ role, content }), ","]).size;
    if (bytes > MAX_HISTORY_BYTES) break;
    history.unshift({ role, content });
  }
  // Start with a user turn: a reply without its question only confuses the model.
  while (history[0]?.role === "assistant") history.shift();
  return history;
}

export type MessageProblem = { kind: "empty" } | { kind: "too_long"; length: number };

/** Checks the text as it will be sent: trimmed, as the API trims before its length check. */
export function checkMessage(text: string): MessageProblem | null {
  const sent = text.trim();
  if (sent === "") return { kind: "empty" };
  if (sent.length > MAX_MESSAGE_CHARS) return { kind: "too_long", length: sent.length };
  return null;
}

const count = new Intl.NumberFormat("en-US");

export function describeProblem(problem: MessageProblem): string {
  return problem.kind === "empty"
    ? "Type a message first."
    : `Your message is ${count.format(problem.length)} characters; the limit is ${count.format(MAX_MESSAGE_CHARS)}. Shorten it to send.`;
}

export const formatCount = (n: number): string => count.format(n);
