// The harness's public entry, for tests that run the whole chat (web/e2e). `npm start` runs
// main.ts.
export { createLocalAgent } from "./local-agent";
export { localLogin, type LocalAuth } from "./oidc-local";
export { startServer } from "./server";
