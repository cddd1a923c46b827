import { MAX_BODY_BYTES, MAX_HISTORY_BYTES, MAX_MESSAGE_CHARS } from "../src/limits";

it("leaves room in the body limit for a full history and the largest message, fully escaped", () => {
  // JSON escapes a character as at most 6 bytes (\u00e9); 1 KiB covers the keys and brackets.
  expect(MAX_HISTORY_BYTES + MAX_MESSAGE_CHARS * 6 + 1024).toBeLessThanOrEqual(MAX_BODY_BYTES);
});
