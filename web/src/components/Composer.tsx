import { useId, useRef, useEffect, type FormEvent, type KeyboardEvent } from "react";
import { checkMessage, describeProblem, formatCount } from "../chat/conversation";
import { MAX_MESSAGE_CHARS } from "@trip/contract";

interface ComposerProps {
  draft: string;
  busy: boolean;
  onDraft: (text: string) => void;
  onSend: (text: string) => void;
  focusKey: number;
}

/** Shown from here on, so nobody is surprised at the limit. */
const COUNTER_FROM = MAX_MESSAGE_CHARS - 500;

export function Composer({ draft, busy, onDraft, onSend, focusKey }: ComposerProps) {
  const id = useId();
  const input = useRef<HTMLTextAreaElement>(null);
  const problem = checkMessage(draft);
  const tooLong = problem?.kind === "too_long";
  const length = draft.trim().length;

  // On a phone, focusing on load would pop the keyboard over the conversation.
  useEffect(() => {
    const touch = focusKey === 0 && window.matchMedia?.("(pointer: coarse)").matches;
    if (!touch) input.current?.focus();
  }, [focusKey]);

  // Grow with the text, up to the CSS max-height.
  useEffect(() => {
    const el = input.current;
    if (!el) return;
    el.style.height = "auto";
    el.style.height = `${el.scrollHeight}px`;
  }, [draft]);

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (busy || problem) return;
    onSend(draft.trim());
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // Enter sends, Shift+Enter is a new line; never while an IME is composing text.
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  };

  return (
    <form className="composer" onSubmit={submit} aria-label="Send a message">
      <div className="composer-row">
        <label htmlFor={`${id}-text`} className="visually-hidden">
          Message the trip assistant
        </label>
        <textarea
          id={`${id}-text`}
          ref={input}
          rows={1}
          value={draft}
          placeholder="Ask about flights, hotels, plans…"
          onChange={(e) => onDraft(e.target.value)}
          onKeyDown={onKeyDown}
          aria-invalid={tooLong}
          aria-describedby={`${id}-hint`}
          enterKeyHint="send"
        />
        <button type="submit" className="send" disabled={busy || problem !== null} aria-label="Send message">
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M3.4 20.4 21 12 3.4 3.6 3.4 10l12.6 2-12.6 2z" fill="currentColor" />
          </svg>
        </button>
      </div>
      <p id={`${id}-hint`} className={tooLong ? "composer-hint error" : "composer-hint"} aria-live="polite">
        {tooLong
          ? describeProblem(problem)
          : length >= COUNTER_FROM
            ? `${formatCount(length)} / ${formatCount(MAX_MESSAGE_CHARS)} characters`
            : busy
              ? ""
              : "Enter to send · Shift+Enter for a new line"}
      </p>
    </form>
  );
}
