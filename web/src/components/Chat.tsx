import { useCallback, useEffect, useReducer, useRef, useState } from "react";
import type { Member } from "../auth/oidc";
import { ApiError, type SendMessage } from "../chat/api";
import {
  chatReducer,
  historyBefore,
  isPending,
  type ChatAction,
  type Conversation,
} from "../chat/conversation";
import { loadConversation, saveConversation } from "../chat/storage";
import { Composer } from "./Composer";
import { MessageList } from "./MessageList";

export interface ChatProps {
  member: Member;
  send: SendMessage;
  storage: Storage;
  onSignOut: () => void;
  /** After a 401: try to get a fresh token without leaving the page. */
  renewToken: () => Promise<boolean>;
  /** After a 401 that renewing could not fix: the login round trip (leaves the page). */
  signInAgain: () => void;
  newId?: () => string;
}

const randomId = (): string => crypto.randomUUID();

export function Chat({
  member,
  send,
  storage,
  onSignOut,
  renewToken,
  signInAgain,
  newId = randomId,
}: ChatProps) {
  const [conversation, dispatchRaw] = useReducer(chatReducer, undefined, () =>
    loadConversation(storage, member.sub),
  );
  const latest = useRef<Conversation>(conversation);
  const [focusKey, setFocusKey] = useState(0);
  const [leaving, setLeaving] = useState(false);

  // Keeps `latest` current synchronously, so a redirect right after an action saves it.
  const dispatch = useCallback((action: ChatAction) => {
    latest.current = chatReducer(latest.current, action);
    dispatchRaw(action);
  }, []);

  useEffect(() => saveConversation(storage, member.sub, conversation), [storage, member.sub, conversation]);

  const deliver = useCallback(
    async (id: string, text: string, mayRenew = true): Promise<void> => {
      const history = historyBefore(latest.current.messages, id);
      try {
        const { reply } = await send({ message: text, history });
        dispatch({ type: "replied", id, replyId: newId(), reply });
      } catch (error) {
        if (error instanceof ApiError && error.kind === "unauthorized") {
          if (mayRenew && (await renewToken())) return deliver(id, text, false);
          // Back to the composer, saved before the page leaves for the login round trip.
          dispatch({ type: "withdraw", id });
          saveConversation(storage, member.sub, latest.current);
          setLeaving(true);
          signInAgain();
          return;
        }
        const message = error instanceof Error ? error.message : "Something went wrong.";
        dispatch({ type: "failed", id, error: message });
      }
    },
    [dispatch, send, newId, renewToken, signInAgain, storage, member.sub],
  );

  const onSend = (text: string) => {
    const id = newId();
    dispatch({ type: "send", id, text });
    void deliver(id, text);
  };

  const onRetry = (id: string) => {
    const message = latest.current.messages.find((m) => m.id === id);
    if (!message) return;
    dispatch({ type: "retry", id });
    void deliver(id, message.content);
  };

  const pending = isPending(conversation);

  return (
    <div className="app-shell">
      <header className="topbar">
        <div className="brand">
          <h1>Trip Assistant</h1>
          <p className="signed-in">
            Signed in as <strong>{member.name}</strong>
          </p>
        </div>
        <div className="actions">
          <button
            type="button"
            className="ghost"
            onClick={() => {
              dispatch({ type: "reset" });
              setFocusKey((k) => k + 1);
            }}
            disabled={pending || conversation.messages.length === 0}
            title="New conversation"
          >
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path d="M12 5v14M5 12h14" />
            </svg>
            <span className="label">New conversation</span>
          </button>
          <button type="button" className="ghost" onClick={onSignOut} title="Sign out">
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path d="M9 4H6a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h3M16 17l5-5-5-5M21 12H9" />
            </svg>
            <span className="label">Sign out</span>
          </button>
        </div>
      </header>
      <main className="chat" aria-busy={pending}>
        <MessageList
          messages={conversation.messages}
          pending={pending}
          onRetry={onRetry}
          onSuggestion={onSend}
          memberName={member.name.split(" ")[0] ?? member.name}
        />
        {leaving && (
          <p className="notice" role="status">
            Your sign-in has expired. Taking you to the sign-in page…
          </p>
        )}
      </main>
      <Composer
        draft={conversation.draft}
        busy={pending || leaving}
        onDraft={(text) => dispatch({ type: "draft", text })}
        onSend={onSend}
        focusKey={focusKey}
      />
    </div>
  );
}
