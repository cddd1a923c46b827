// The page's own limit; the wire's limits are in @trip/contract.
/** Messages kept in the browser per family member. */
export const MAX_STORED_MESSAGES = 200;
