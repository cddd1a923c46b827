// Generated from action.yml by scripts/build-actions.mjs (npm run build:actions): do not edit.
import type { ActionSpec } from "../../lib/src/inputs";

export const spec = {
  name: "chain-ping",
  inputs: {
    "api-url": { required: false, default: "" },
    "function-name": { required: false, default: "" },
    qualifier: { required: false, default: "live" },
    token: { required: false, default: "" },
    attempts: { required: false, default: "5" },
    "timeout-seconds": { required: false, default: "30" },
  },
  outputs: ["result"],
} as const satisfies ActionSpec;

export type InputName = keyof typeof spec.inputs;
