import { useEffect, useRef } from "react";
import type { ChatMessage } from "../chat/conversation";

interface MessageListProps {
  messages: ChatMessage[];
  pending: boolean;
  onRetry: (id: string) => void;
  onSuggestion: (text: string) => void;
  memberName: string;
}

export const suggestions = ["When is our flight?", "Where are we staying?", "What's planned for tomorrow?"];

export function MessageList({ messages, pending, onRetry, onSuggestion, memberName }: MessageListProps) {
  const end = useRef<HTMLDivElement>(null);
  useEffect(() => {
    end.current?.scrollIntoView?.({ block: "end" });
  }, [messages.length, pending]);

  return (
    <div className="messages">
      {messages.length === 0 && (
        <section className="welcome" aria-labelledby="welcome-title">
          <h2 id="welcome-title">Hi {memberName}!</h2>
          <p>Ask me anything about the trip: flights, where we sleep, what's on each day.</p>
          <ul className="suggestions" aria-label="Suggested questions">
            {suggestions.map((s) => (
              <li key={s}>
                <button type="button" className="chip" onClick={() => onSuggestion(s)} disabled={pending}>
                  {s}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {/* role="log" is a polite live region: screen readers announce each new reply. */}
      <ol className="message-list" role="log" aria-label="Conversation" aria-live="polite">
        {messages.map((m) => (
          <li key={m.id} className={`message ${m.role}${m.status === "failed" ? " failed" : ""}`}>
            <span className="visually-hidden">{m.role === "user" ? "You:" : "Assistant:"}</span>
            <div className="bubble">{m.content}</div>
            {m.status === "failed" && (
              <div className="message-error" role="alert">
                <span>{m.error}</span>
                <button type="button" className="retry" onClick={() => onRetry(m.id)} disabled={pending}>
                  Retry
                </button>
              </div>
            )}
          </li>
        ))}
      </ol>
      {pending && (
        <p className="typing" role="status">
          <span className="dots" aria-hidden="true">
            <span />
            <span />
            <span />
          </span>
          <span>The assistant is thinking…</span>
        </p>
      )}
      <div ref={end} />
    </div>
  );
}
