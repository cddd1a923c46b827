import type { ChatTurn } from "./contract";

export const MAX_HISTORY_TURNS = 20;
export const MAX_HISTORY_CHARS = 16_000;

/**
 * The most recent turns that fit both bounds, oldest first. Keeps prompts (and cost) bounded
 * however long the conversation in the browser gets.
 */
export function boundHistory(
  history: readonly ChatTurn[],
  maxTurns = MAX_HISTORY_TURNS,
  maxChars = MAX_HISTORY_CHARS,
): ChatTurn[] {
  const kept: ChatTurn[] = [];
  let chars = 0;
  for (const turn of history.slice(-maxTurns).reverse()) {
    chars += turn.content.length;
    if (chars > maxChars) break;
    kept.push(turn);
  }
  return kept.reverse();
}
