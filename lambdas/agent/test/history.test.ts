import { MAX_HISTORY_ITEMS } from "@trip/contract";
import { boundHistory } from "../src/history";

// The agent reads as much history as the API lets through (it used to keep only 20 of the 40
// turns the page sends), within its character budget.
it("keeps as many of the latest turns as the wire allows", () => {
  const turns = Array.from({ length: MAX_HISTORY_ITEMS + 10 }, (_, i) => ({
    role: i % 2 === 0 ? ("user" as const) : ("assistant" as const),
    content: `turn ${i}`,
  }));
  const kept = boundHistory(turns);
  expect(kept).toHaveLength(MAX_HISTORY_ITEMS);
  expect(kept[0]?.content).toBe("turn 10");
  expect(kept.at(-1)?.content).toBe(`turn ${MAX_HISTORY_ITEMS + 9}`);
});
