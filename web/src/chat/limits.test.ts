import * as contract from "../../../lambdas/api/src/contract";
import { MAX_HISTORY_BYTES, MAX_HISTORY_ITEMS, MAX_MESSAGE_CHARS } from "./limits";

// The page restates the API's limits to keep zod out of the browser bundle; they must agree.
it("matches the API contract's limits", () => {
  expect(MAX_MESSAGE_CHARS).toBe(contract.MAX_MESSAGE_CHARS);
  expect(MAX_HISTORY_ITEMS).toBe(contract.MAX_HISTORY_ITEMS);
  // Full history plus the largest message, fully escaped, must fit the API's body limit.
  expect(MAX_HISTORY_BYTES + MAX_MESSAGE_CHARS * 6 + 1024).toBeLessThanOrEqual(contract.MAX_BODY_BYTES);
});
