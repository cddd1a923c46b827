// Generated from action.yml by scripts/build-actions.mjs (npm run build:actions): do not edit.
import type { ActionSpec } from "../../lib/src/inputs";

export const spec = {
  name: "push-image",
  inputs: {
    "source-dir": { required: true },
    handler: { required: false, default: "index.handler" },
    repository: { required: true },
    "base-image": { required: false, default: "public.ecr.aws/lambda/nodejs:24" },
    platform: { required: false, default: "linux/arm64" },
    tags: { required: false, default: "" },
    "registry-auth": { required: false, default: "ecr" },
    "registry-username": { required: false, default: "" },
    "registry-password": { required: false, default: "" },
  },
  outputs: ["image-uri", "digest", "pushed-bytes", "reused-blobs", "changed"],
} as const satisfies ActionSpec;

export type InputName = keyof typeof spec.inputs;
