import { emptyConversation, type Conversation } from "./conversation";
import { MAX_STORED_MESSAGES } from "./limits";
import { loadConversation, saveConversation } from "./storage";

beforeEach(() => localStorage.clear());

const chat: Conversation = {
  draft: "and the hotel?",
  messages: [
    { id: "1", role: "user", content: "When is our flight?" },
    { id: "2", role: "assistant", content: "Saturday 10 July, 21:35." },
  ],
};

it("keeps each family member's conversation apart", () => {
  saveConversation(localStorage, "maya", chat);
  expect(loadConversation(localStorage, "maya")).toEqual(chat);
  expect(loadConversation(localStorage, "leo")).toEqual(emptyConversation);
});

it("turns a question left pending by a reload into a failed one that can be retried", () => {
  saveConversation(localStorage, "maya", {
    draft: "",
    messages: [{ id: "1", role: "user", content: "Hi", status: "pending" }],
  });
  expect(loadConversation(localStorage, "maya").messages[0]).toMatchObject({ status: "failed" });
});

it("ignores corrupt or foreign data", () => {
  localStorage.setItem("trip-assistant:conversation:v1:maya", "{not json");
  expect(loadConversation(localStorage, "maya")).toEqual(emptyConversation);
  localStorage.setItem(
    "trip-assistant:conversation:v1:maya",
    JSON.stringify({ messages: [{ id: 1 }, { id: "ok", role: "user", content: "kept" }], draft: 5 }),
  );
  expect(loadConversation(localStorage, "maya")).toEqual({
    draft: "",
    messages: [{ id: "ok", role: "user", content: "kept" }],
  });
});

it(`stores only the last ${MAX_STORED_MESSAGES} messages`, () => {
  const messages = Array.from({ length: MAX_STORED_MESSAGES + 5 }, (_, i) => ({
    id: `${i}`,
    role: "user" as const,
    content: `${i}`,
  }));
  saveConversation(localStorage, "maya", { draft: "", messages });
  const loaded = loadConversation(localStorage, "maya").messages;
  expect(loaded).toHaveLength(MAX_STORED_MESSAGES);
  expect(loaded[0]?.id).toBe("5");
});

it("keeps working when storage refuses to write", () => {
  const full = {
    setItem: () => {
      throw new DOMException("full", "QuotaExceededError");
    },
  } as unknown as Storage;
  expect(() => saveConversation(full, "maya", chat)).not.toThrow();
});
