import { jest } from "@jest/globals";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { MessageReply, MessageRequest } from "@trip/contract";
import { ApiError } from "../chat/api";
import { loadConversation } from "../chat/storage";
import { Chat, type ChatProps } from "./Chat";

/** An API whose answers the test hands out one by one, recording each request. */
function controlledApi() {
  const requests: MessageRequest[] = [];
  const waiting: { resolve: (r: MessageReply) => void; reject: (e: Error) => void }[] = [];
  const send = (request: MessageRequest) => {
    requests.push(request);
    return new Promise<MessageReply>((resolve, reject) => waiting.push({ resolve, reject }));
  };
  const next = () => {
    const call = waiting.shift();
    if (!call) throw new Error("no request is waiting");
    return call;
  };
  return {
    send,
    requests,
    answer: async (reply: string) => {
      await act(async () =>
        next().resolve({
          reply,
          metadata: { model: "offline", offline: true, toolCalls: [], durationMs: 1 },
          requestId: "r",
        }),
      );
    },
    fail: async (error: Error) => {
      await act(async () => next().reject(error));
    },
  };
}

let ids = 0;
function renderChat(overrides: Partial<ChatProps> = {}) {
  const api = controlledApi();
  const props: ChatProps = {
    member: { sub: "family-maya", name: "Maya Brennan" },
    send: api.send,
    storage: localStorage,
    onSignOut: jest.fn(),
    renewToken: jest.fn(async () => false),
    signInAgain: jest.fn(),
    newId: () => `id-${++ids}`,
    ...overrides,
  };
  const view = render(<Chat {...props} />);
  return { api, props, view, user: userEvent.setup() };
}

const composer = () => screen.getByRole("textbox", { name: "Message the trip assistant" });
const sendButton = () => screen.getByRole("button", { name: "Send message" });
const log = () => screen.getByRole("log", { name: "Conversation" });

beforeEach(() => localStorage.clear());

it("shows who is signed in and signs out", async () => {
  const { props, user } = renderChat();
  expect(screen.getByText("Maya Brennan")).toBeTruthy();
  await user.click(screen.getByRole("button", { name: "Sign out" }));
  expect(props.onSignOut).toHaveBeenCalledTimes(1);
});

it("sends on Enter, keeps Shift+Enter as a new line, and shows the pending state until the reply", async () => {
  const { api, user } = renderChat();
  await user.type(composer(), "When is our flight?{Shift>}{Enter}{/Shift}Both ways");
  expect((composer() as HTMLTextAreaElement).value).toBe("When is our flight?\nBoth ways");
  expect(api.requests).toHaveLength(0);

  await user.keyboard("{Enter}");
  expect(api.requests).toEqual([{ message: "When is our flight?\nBoth ways", history: [] }]);
  expect((composer() as HTMLTextAreaElement).value).toBe("");
  expect(screen.getByRole("status").textContent).toMatch(/thinking/);
  expect(sendButton()).toHaveProperty("disabled", true);

  await api.answer("You fly TP 218 on Saturday 10 July at 21:35.");
  expect(screen.queryByText(/thinking/)).toBeNull();
  expect(within(log()).getByText("You fly TP 218 on Saturday 10 July at 21:35.")).toBeTruthy();
});

it("sends the earlier turns as history with the next question", async () => {
  const { api, user } = renderChat();
  await user.type(composer(), "When is our flight?{Enter}");
  await api.answer("Saturday.");
  await user.type(composer(), "And back?{Enter}");
  expect(api.requests[1]).toEqual({
    message: "And back?",
    history: [
      { role: "user", content: "When is our flight?" },
      { role: "assistant", content: "Saturday." },
    ],
  });
});

it("cannot send an empty or blank message", async () => {
  const { api, user } = renderChat();
  expect(sendButton()).toHaveProperty("disabled", true);
  await user.type(composer(), "   {Enter}");
  expect(sendButton()).toHaveProperty("disabled", true);
  expect(api.requests).toHaveLength(0);
});

it("refuses a 4,001-character message with the reason, before any request", async () => {
  const { api, user } = renderChat();
  fireEvent.change(composer(), { target: { value: "a".repeat(4001) } });
  expect(
    screen.getByText("Your message is 4,001 characters; the limit is 4,000. Shorten it to send."),
  ).toBeTruthy();
  expect(composer().getAttribute("aria-invalid")).toBe("true");
  expect(sendButton()).toHaveProperty("disabled", true);
  await user.type(composer(), "{Enter}");
  expect(api.requests).toHaveLength(0);

  fireEvent.change(composer(), { target: { value: "a".repeat(4000) } });
  expect(screen.getByText("4,000 / 4,000 characters")).toBeTruthy();
  await user.type(composer(), "{Enter}");
  expect(api.requests).toHaveLength(1);
});

it("shows a failure inline and retries it", async () => {
  const { api, user } = renderChat();
  await user.type(composer(), "Where are we staying?{Enter}");
  await api.fail(
    new ApiError("network", "Couldn't reach the assistant. Check your connection and try again."),
  );
  const alert = screen.getByRole("alert");
  expect(alert.textContent).toMatch(/Couldn't reach the assistant/);

  await user.click(within(alert).getByRole("button", { name: "Retry" }));
  expect(api.requests).toHaveLength(2);
  expect(api.requests[1]?.message).toBe("Where are we staying?");
  await api.answer("Hotel Avenida Palace.");
  expect(screen.queryByRole("alert")).toBeNull();
  expect(within(log()).getByText("Hotel Avenida Palace.")).toBeTruthy();
});

it("after a 401 it renews the token silently and resends once", async () => {
  const renewToken = jest.fn(async () => true);
  const { api, props, user } = renderChat({ renewToken });
  await user.type(composer(), "Hi{Enter}");
  await api.fail(new ApiError("unauthorized", "expired"));
  expect(renewToken).toHaveBeenCalledTimes(1);
  expect(api.requests).toHaveLength(2);
  await api.answer("Hello!");
  expect(within(log()).getByText("Hello!")).toBeTruthy();
  expect(props.signInAgain).not.toHaveBeenCalled();
});

it("after a 401 it cannot fix, it keeps the question as a draft and goes through login", async () => {
  const { api, props, user } = renderChat();
  await user.type(composer(), "When is our flight?{Enter}");
  await api.fail(new ApiError("unauthorized", "expired"));
  expect(props.signInAgain).toHaveBeenCalledTimes(1);
  expect(screen.getByText(/Taking you to the sign-in page/)).toBeTruthy();
  // Saved before leaving, so the login round trip brings it back.
  expect(loadConversation(localStorage, "family-maya")).toEqual({
    messages: [],
    draft: "When is our flight?",
  });
});

it("keeps the conversation across a reload, per family member, and starts a new one on request", async () => {
  const first = renderChat();
  await first.user.type(composer(), "When is our flight?{Enter}");
  await first.api.answer("Saturday.");
  first.view.unmount();

  const other = renderChat({ member: { sub: "family-leo", name: "Leo Brennan" } });
  expect(within(log()).queryByText("Saturday.")).toBeNull();
  other.view.unmount();

  const again = renderChat();
  expect(within(log()).getByText("When is our flight?")).toBeTruthy();
  expect(within(log()).getByText("Saturday.")).toBeTruthy();
  await again.user.click(screen.getByRole("button", { name: "New conversation" }));
  expect(within(log()).queryByText("Saturday.")).toBeNull();
  expect(document.activeElement).toBe(composer());
});

it("sends a suggested question with one tap", async () => {
  const { api, user } = renderChat();
  await user.click(screen.getByRole("button", { name: "When is our flight?" }));
  expect(api.requests[0]?.message).toBe("When is our flight?");
});
