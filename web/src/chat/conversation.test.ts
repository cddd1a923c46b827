import {
  chatReducer,
  checkMessage,
  describeProblem,
  emptyConversation,
  historyBefore,
  isPending,
  type ChatMessage,
  type Conversation,
} from "./conversation";
import { MAX_HISTORY_BYTES, MAX_HISTORY_ITEMS } from "@trip/contract";

const run = (...actions: Parameters<typeof chatReducer>[1][]): Conversation =>
  actions.reduce(chatReducer, emptyConversation);

const turns = (n: number, size = 10): ChatMessage[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `m${i}`,
    role: i % 2 === 0 ? "user" : "assistant",
    content: `${i}`.padEnd(size, "x"),
  }));

describe("chatReducer", () => {
  it("adds a pending question, then puts the reply under it", () => {
    const sent = run({ type: "draft", text: "When?" }, { type: "send", id: "q1", text: "When?" });
    expect(sent.draft).toBe("");
    expect(isPending(sent)).toBe(true);
    const answered = chatReducer(sent, { type: "replied", id: "q1", replyId: "a1", reply: "Saturday." });
    expect(answered.messages).toEqual([
      { id: "q1", role: "user", content: "When?" },
      { id: "a1", role: "assistant", content: "Saturday." },
    ]);
    expect(isPending(answered)).toBe(false);
  });

  it("marks a failure, and clears the error on retry", () => {
    const failed = run(
      { type: "send", id: "q1", text: "Hi" },
      { type: "failed", id: "q1", error: "offline" },
    );
    expect(failed.messages[0]).toMatchObject({ status: "failed", error: "offline" });
    const retried = chatReducer(failed, { type: "retry", id: "q1" });
    expect(retried.messages[0]).toEqual({ id: "q1", role: "user", content: "Hi", status: "pending" });
  });

  it("moves a withdrawn question back to the composer", () => {
    const state = run({ type: "send", id: "q1", text: "Hotel?" }, { type: "withdraw", id: "q1" });
    expect(state).toEqual({ messages: [], draft: "Hotel?" });
  });

  it("starts over on reset", () => {
    expect(run({ type: "send", id: "q1", text: "x" }, { type: "reset" })).toEqual(emptyConversation);
  });
});

describe("historyBefore", () => {
  it("sends only answered turns before the message, oldest first", () => {
    const messages: ChatMessage[] = [
      { id: "1", role: "user", content: "a" },
      { id: "2", role: "assistant", content: "b" },
      { id: "3", role: "user", content: "lost", status: "failed", error: "x" },
      { id: "4", role: "user", content: "now", status: "pending" },
      { id: "5", role: "user", content: "later" },
    ];
    expect(historyBefore(messages, "4")).toEqual([
      { role: "user", content: "a" },
      { role: "assistant", content: "b" },
    ]);
  });

  it(`keeps at most ${MAX_HISTORY_ITEMS} of the most recent turns, starting with a question`, () => {
    const history = historyBefore(turns(101));
    expect(history.length).toBeLessThanOrEqual(MAX_HISTORY_ITEMS);
    expect(history.length).toBeGreaterThanOrEqual(MAX_HISTORY_ITEMS - 1);
    expect(history[0]?.role).toBe("user");
    expect(history.at(-1)?.content).toMatch(/^100x/);
  });

  it("stays within the byte budget with long turns", () => {
    const history = historyBefore(
      turns(30, 4000).map((m) => ({ ...m, content: m.content.replace(/x/g, "é") })),
    );
    const bytes = unescape(encodeURIComponent(JSON.stringify(history))).length;
    expect(bytes).toBeLessThanOrEqual(MAX_HISTORY_BYTES);
    // ~8 KB per turn in UTF-8: four fit; counting characters instead would let nine through.
    expect(history).toHaveLength(4);
  });
});

describe("checkMessage", () => {
  it("refuses empty and blank messages", () => {
    expect(checkMessage("")).toEqual({ kind: "empty" });
    expect(checkMessage("  \n ")).toEqual({ kind: "empty" });
  });

  it("accepts 4,000 characters and refuses 4,001, with the reason", () => {
    expect(checkMessage("a".repeat(4000))).toBeNull();
    expect(checkMessage(`  ${"a".repeat(4000)}\n`)).toBeNull();
    const problem = checkMessage("a".repeat(4001));
    expect(problem).toEqual({ kind: "too_long", length: 4001 });
    expect(problem && describeProblem(problem)).toBe(
      "Your message is 4,001 characters; the limit is 4,000. Shorten it to send.",
    );
  });
});
