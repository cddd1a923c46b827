// The API's limits, restated here as plain numbers so the page does not bundle zod; a test
// checks they match lambdas/api/src/contract.ts.
export const MAX_MESSAGE_CHARS = 4000;
export const MAX_HISTORY_ITEMS = 40;
/** The API refuses bodies over 64 KiB; history is trimmed to stay well below. */
export const MAX_HISTORY_CHARS = 48 * 1024;
/** Messages kept in the browser per family member. */
export const MAX_STORED_MESSAGES = 200;
