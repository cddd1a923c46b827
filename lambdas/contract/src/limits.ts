// The wire limits. The API refuses requests over them; the web page keeps what it sends
// within them, so a family member never meets the refusal.

export const MAX_MESSAGE_CHARS = 4000;
/** History items per request: the API refuses more, the page sends at most this many, the agent reads at most this many. */
export const MAX_HISTORY_ITEMS = 40;
export const MAX_BODY_BYTES = 64 * 1024;
/**
 * The page's budget for history, counted as JSON bytes: what is left of the body limit after
 * the largest possible message (4,000 characters, at worst 6 bytes each as JSON escapes) and
 * 1 KiB for the rest of the body.
 */
export const MAX_HISTORY_BYTES = 36 * 1024;
