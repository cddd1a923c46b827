import { type Inputs } from "../../lib/src/index";
import type { InputName } from "./action-spec";
import { parsePlatform, type Platform } from "./image";
import {
  parseImageReference,
  parseRepository,
  resolveTags,
  type ImageReference,
  type RepositoryReference,
} from "./reference";
import type { Credentials } from "./registry";

export type RegistryAuth = { mode: "none" } | { mode: "ecr" } | { mode: "basic"; credentials: Credentials };

export interface Options {
  sourceDir: string;
  handler: string;
  target: RepositoryReference;
  base: ImageReference;
  platform: Platform;
  tags: string[];
  auth: RegistryAuth;
}

/** Reads and checks every input before any network call; the password is masked first. */
export function readOptions(inputs: Inputs<InputName>, env: NodeJS.ProcessEnv = process.env): Options {
  const mode = inputs.oneOf("registry-auth", ["ecr", "none", "basic"] as const);
  const auth: RegistryAuth =
    mode === "basic"
      ? {
          mode,
          credentials: {
            username: inputs.required("registry-username"),
            password: inputs.secret("registry-password", { required: true }),
          },
        }
      : { mode };
  return {
    sourceDir: inputs.required("source-dir"),
    handler: inputs.required("handler"),
    target: parseRepository(inputs.required("repository"), "repository"),
    base: parseImageReference(inputs.required("base-image"), "base-image"),
    platform: parsePlatform(inputs.required("platform")),
    tags: resolveTags(inputs.list("tags"), env.GITHUB_SHA),
    auth,
  };
}
