import { MAX_HISTORY_ITEMS, type HistoryItem } from "@trip/contract";

/** The prompt's budget for history; the wire's item limit bounds the number of turns. */
export const MAX_HISTORY_CHARS = 16_000;

/**
 * The most recent turns that fit both bounds, oldest first. Keeps prompts (and cost) bounded
 * however long the conversation in the browser gets, and whoever invokes the agent directly.
 */
export function boundHistory(
  history: readonly HistoryItem[],
  maxTurns = MAX_HISTORY_ITEMS,
  maxChars = MAX_HISTORY_CHARS,
): HistoryItem[] {
  const kept: HistoryItem[] = [];
  let chars = 0;
  for (const turn of history.slice(-maxTurns).reverse()) {
    chars += turn.content.length;
    if (chars > maxChars) break;
    kept.push(turn);
  }
  return kept.reverse();
}
