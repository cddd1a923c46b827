import type { CloudFormationClient } from "@aws-sdk/client-cloudformation";
import type { S3Client } from "@aws-sdk/client-s3";

const MIDDLEWARE = "deploy-stack-name-failures";

/** `arn:...:stack/app/uuid` or `...:changeSet/name/uuid` → the name; anything else as given. */
const nameOf = (nameOrArn: string) =>
  /^arn:[^:]*:cloudformation:[^:]*:[^:]*:[^/]+\/([^/]+)\//.exec(nameOrArn)?.[1] ?? nameOrArn;

/** The resource a request is about, from the input fields that identify one. */
export function describeResource(input: Record<string, unknown>): string | undefined {
  const text = (key: string) => (typeof input[key] === "string" ? (input[key] as string) : undefined);
  const parts = [
    text("StackName") && `stack ${nameOf(text("StackName") ?? "")}`,
    text("ChangeSetName") && `change set ${nameOf(text("ChangeSetName") ?? "")}`,
    text("Bucket") && `s3://${text("Bucket")}/${text("Key") ?? ""}`,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(", ") : undefined;
}

/**
 * Makes every failed request of `client` say which operation on which resource failed: a bare
 * `connect ECONNREFUSED` or `Rate exceeded` says nothing about where. One middleware around
 * the whole send (outside the SDK's retries), so it covers every call, present and future.
 * The error itself is kept (its name, `$metadata`, class) and only its message is extended,
 * so code that recognises AWS errors by name and message still does.
 */
export function nameFailures<C extends CloudFormationClient | S3Client>(client: C): C {
  (client.middlewareStack as CloudFormationClient["middlewareStack"]).add(
    (next, context) => async (args) => {
      try {
        return await next(args);
      } catch (error) {
        // Not `instanceof Error`: Node's socket errors may come from another realm (a test VM).
        const failure = error as Error;
        if (typeof error === "object" && error !== null && typeof failure.message === "string") {
          const service = String(context.clientName ?? "").replace(/Client$/, "");
          const operation = String(context.commandName ?? "").replace(/Command$/, "");
          const resource = describeResource((args.input ?? {}) as Record<string, unknown>);
          failure.message = `${failure.message} (${[`${service} ${operation}`.trim(), resource].filter(Boolean).join(", ")})`;
        }
        throw error;
      }
    },
    { step: "initialize", name: MIDDLEWARE, override: true },
  );
  return client;
}
