// Generated from action.yml by scripts/build-actions.mjs (npm run build:actions): do not edit.
import type { ActionSpec } from "../../lib/src/inputs";

export const spec = {
  name: "invalidate-cdn",
  inputs: {
    "source-dir": { required: true },
    bucket: { required: true },
    "distribution-id": { required: true },
    "config-json": { required: false, default: "" },
    wait: { required: false, default: "true" },
    "timeout-minutes": { required: false, default: "15" },
    "keep-releases": { required: false, default: "3" },
    "lock-wait-minutes": { required: false, default: "10" },
  },
  outputs: ["uploaded", "deleted", "unchanged", "invalidation-id", "release-id"],
} as const satisfies ActionSpec;

export type InputName = keyof typeof spec.inputs;
