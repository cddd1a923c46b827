// The API's limits, restated here as plain numbers so the page does not bundle zod; a test
// checks they match lambdas/api/src/contract.ts.
export const MAX_MESSAGE_CHARS = 4000;
export const MAX_HISTORY_ITEMS = 40;
/**
 * The API refuses bodies over 64 KiB. History gets what is left after the largest possible
 * message (4,000 characters, at worst 6 bytes each as JSON escapes), counted as JSON bytes.
 */
export const MAX_HISTORY_BYTES = 36 * 1024;
/** Messages kept in the browser per family member. */
export const MAX_STORED_MESSAGES = 200;
