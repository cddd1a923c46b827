// Generated from action.yml by scripts/build-actions.mjs (npm run build:actions): do not edit.
import type { ActionSpec } from "../../lib/src/inputs";

export const spec = {
  name: "shift-alias",
  inputs: {
    "function-name": { required: true },
    alias: { required: false, default: "live" },
    "image-uri": { required: false, default: "" },
    "to-version": { required: false, default: "" },
    strategy: { required: false, default: "all-at-once" },
    "api-url": { required: false, default: "" },
    "ping-function": { required: false, default: "" },
    "ping-token": { required: false, default: "" },
    "check-attempts": { required: false, default: "5" },
    "check-timeout-seconds": { required: false, default: "30" },
    "rollback-on-failure": { required: false, default: "true" },
    "update-timeout-minutes": { required: false, default: "15" },
  },
  outputs: ["previous-version", "version", "rolled-back", "changed"],
} as const satisfies ActionSpec;

export type InputName = keyof typeof spec.inputs;
