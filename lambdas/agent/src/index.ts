// The agent's public entry, for running it outside Lambda (the local harness). The Lambda's
// own entry is handler.ts.
export { createAgentFromEnv, type ConfiguredAgent } from "./configured-agent";
export { loadTrip } from "./trip/load";
