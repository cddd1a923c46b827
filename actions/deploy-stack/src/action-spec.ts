// Generated from action.yml by scripts/build-actions.mjs (npm run build:actions): do not edit.
import type { ActionSpec } from "../../lib/src/inputs";

export const spec = {
  name: "deploy-stack",
  inputs: {
    "stack-name": { required: true },
    template: { required: true },
    parameters: { required: false, default: "" },
    "keep-previous": { required: false, default: "" },
    capabilities: { required: false, default: "CAPABILITY_NAMED_IAM" },
    tags: { required: false, default: "" },
    "role-arn": { required: false, default: "" },
    mode: { required: false, default: "deploy" },
    "termination-protection": { required: false, default: "false" },
    "timeout-minutes": { required: false, default: "30" },
    "github-token": { required: false, default: "${{ github.token }}" },
    "allow-replacement": { required: false, default: "" },
    "stateful-types": { required: false, default: "" },
    comment: { required: false, default: "true" },
    "template-bucket": { required: false, default: "" },
  },
  outputs: ["stack-id", "status", "has-changes", "change-set-id", "outputs"],
} as const satisfies ActionSpec;

export type InputName = keyof typeof spec.inputs;
