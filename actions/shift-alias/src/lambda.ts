import {
  GetAliasCommand,
  GetFunctionCommand,
  GetFunctionConfigurationCommand,
  PublishVersionCommand,
  UpdateAliasCommand,
  UpdateFunctionCodeCommand,
  paginateListVersionsByFunction,
  type GetFunctionCommandOutput,
  type LambdaClient,
} from "@aws-sdk/client-lambda";
import { isAwsError, retry, waitFor, type Clock, type Poll } from "../../lib/src/index";

/** The alias as read: where it points, its weighted routing, and the revision to guard on. */
export interface AliasState {
  version: string;
  weights: Record<string, number>;
  description: string;
  revisionId: string;
}

export interface LatestState {
  codeSha256: string;
  resolvedImageUri?: string;
}

/** Someone else changed the alias after this run read it; overwriting would clobber their change. */
export class RevisionConflictError extends Error {
  constructor(functionName: string, alias: string) {
    super(
      `Alias "${alias}" of ${functionName} was changed by someone else after this run read it ` +
        "(its revision id no longer matches); not overwriting it. Check who moved it, then re-run.",
    );
    this.name = "RevisionConflictError";
  }
}

/** $LATEST changed between this run's update and its publish. */
export class ConcurrentChangeError extends Error {
  constructor(functionName: string, codeSha256: string, cause: Error) {
    super(
      `$LATEST of ${functionName} changed while this run was deploying (expected code ${codeSha256}): ` +
        `another deploy or a stack update got in between, so nothing was published. AWS said: ${cause.message}`,
    );
    this.name = "ConcurrentChangeError";
  }
}

export class UpdateFailedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UpdateFailedError";
  }
}

export interface FunctionOpsOptions {
  lambda: LambdaClient;
  functionName: string;
  alias: string;
  updateTimeoutSeconds: number;
  /** For the polls while Lambda updates; the system clock unless a test brings its own. */
  clock?: Clock;
  signal?: AbortSignal;
  log: (line: string) => void;
}

/** An update in progress answers "ResourceConflictException"; we wait it out this many times. */
const CONFLICT_ATTEMPTS = 4;
/** Lambda updates take seconds: poll from 2 s, backing off to 15 s. */
const POLL = { minDelaySeconds: 2, maxDelaySeconds: 15 };

/**
 * The Lambda calls shift-alias makes, each with the guard that keeps concurrent changes safe
 * (CodeSha256 on publish, RevisionId on alias updates) and the wait-and-retry an update in
 * progress needs. Throttling is retried by the SDK itself (awsClientConfig).
 */
export class FunctionOps {
  constructor(private readonly options: FunctionOpsOptions) {}

  /** The same operations without the cancellation signal: a rollback must finish even then. */
  uncancellable(): FunctionOps {
    return new FunctionOps({ ...this.options, signal: undefined });
  }

  private get name(): string {
    return this.options.functionName;
  }

  private get sendOptions() {
    return this.options.signal ? { abortSignal: this.options.signal } : {};
  }

  async getAlias(): Promise<AliasState> {
    try {
      const alias = await this.options.lambda.send(
        new GetAliasCommand({ FunctionName: this.name, Name: this.options.alias }),
        this.sendOptions,
      );
      if (!alias.FunctionVersion || !alias.RevisionId) {
        throw new Error(
          `GetAlias for "${this.options.alias}" of ${this.name} returned no version or revision id`,
        );
      }
      return {
        version: alias.FunctionVersion,
        weights: alias.RoutingConfig?.AdditionalVersionWeights ?? {},
        description: alias.Description ?? "",
        revisionId: alias.RevisionId,
      };
    } catch (error) {
      if (isAwsError(error, "ResourceNotFoundException")) {
        throw new Error(
          `Alias "${this.options.alias}" of ${this.name} not found (${(error as Error).message}). ` +
            "The app stack creates the function and its alias; deploy it first.",
          { cause: error },
        );
      }
      throw error;
    }
  }

  async getLatest(): Promise<LatestState> {
    const found = await this.options.lambda.send(
      new GetFunctionCommand({ FunctionName: this.name }),
      this.sendOptions,
    );
    const codeSha256 = found.Configuration?.CodeSha256;
    if (!codeSha256) throw new Error(`GetFunction for ${this.name} returned no CodeSha256`);
    const resolvedImageUri = found.Code?.ResolvedImageUri;
    return { codeSha256, ...(resolvedImageUri ? { resolvedImageUri } : {}) };
  }

  /** Points $LATEST at the image and waits until Lambda has it; returns what to publish. */
  async updateCode(imageUri: string): Promise<LatestState> {
    const updated = await this.retryOnConflict("UpdateFunctionCode", () =>
      this.options.lambda.send(
        new UpdateFunctionCodeCommand({ FunctionName: this.name, ImageUri: imageUri, Publish: false }),
        this.sendOptions,
      ),
    );
    if (!updated.CodeSha256) throw new Error(`UpdateFunctionCode for ${this.name} returned no CodeSha256`);
    this.options.log(`Updating the code of ${this.name} to ${imageUri}; waiting for Lambda to finish`);
    const settled = await this.settle();
    const resolvedImageUri = settled.Code?.ResolvedImageUri;
    return { codeSha256: updated.CodeSha256, ...(resolvedImageUri ? { resolvedImageUri } : {}) };
  }

  /**
   * Publishes $LATEST if its code is still `codeSha256`. When nothing changed since the last
   * publish, Lambda returns that version instead of creating one.
   */
  async publish(codeSha256: string, description: string): Promise<string> {
    let published;
    try {
      published = await this.retryOnConflict("PublishVersion", () =>
        this.options.lambda.send(
          new PublishVersionCommand({
            FunctionName: this.name,
            CodeSha256: codeSha256,
            Description: description,
          }),
          this.sendOptions,
        ),
      );
    } catch (error) {
      if (
        isAwsError(error, "PreconditionFailedException") ||
        isAwsError(error, "InvalidParameterValueException", /CodeSha256/i)
      ) {
        throw new ConcurrentChangeError(this.name, codeSha256, error as Error);
      }
      throw error;
    }
    if (!published.Version) throw new Error(`PublishVersion for ${this.name} returned no version`);
    if (published.State && published.State !== "Active") {
      this.options.log(`Version ${published.Version} is ${published.State}; waiting until it is Active`);
      await this.activated(published.Version);
    }
    return published.Version;
  }

  /** Confirms a published version exists before anything points at it. */
  async requireVersion(version: string): Promise<void> {
    try {
      await this.options.lambda.send(
        new GetFunctionConfigurationCommand({ FunctionName: this.name, Qualifier: version }),
        this.sendOptions,
      );
    } catch (error) {
      if (isAwsError(error, "ResourceNotFoundException")) {
        throw new Error(`Version ${version} of ${this.name} does not exist`, { cause: error });
      }
      throw error;
    }
  }

  /** Published version numbers, ascending ($LATEST left out). */
  async listVersions(): Promise<number[]> {
    const versions: number[] = [];
    const pages = paginateListVersionsByFunction(
      { client: this.options.lambda, ...(this.options.signal ? { abortSignal: this.options.signal } : {}) },
      { FunctionName: this.name },
    );
    for await (const page of pages) {
      for (const v of page.Versions ?? []) {
        if (v.Version && /^\d+$/.test(v.Version)) versions.push(Number(v.Version));
      }
    }
    return versions.sort((a, b) => a - b);
  }

  /**
   * Moves the alias, guarded by the revision this run last saw; returns the new revision.
   * Not cancellable: an interrupted request would leave this run unsure where the alias is.
   */
  async updateAlias(change: {
    version: string;
    weights: Record<string, number>;
    description?: string;
    revisionId: string;
  }): Promise<string> {
    try {
      const updated = await this.retryOnConflict("UpdateAlias", () =>
        this.options.lambda.send(
          new UpdateAliasCommand({
            FunctionName: this.name,
            Name: this.options.alias,
            FunctionVersion: change.version,
            RoutingConfig: { AdditionalVersionWeights: change.weights },
            ...(change.description === undefined ? {} : { Description: change.description }),
            RevisionId: change.revisionId,
          }),
        ),
      );
      if (!updated.RevisionId) throw new Error(`UpdateAlias for ${this.name} returned no revision id`);
      return updated.RevisionId;
    } catch (error) {
      if (isAwsError(error, "PreconditionFailedException")) {
        throw new RevisionConflictError(this.name, this.options.alias);
      }
      throw error;
    }
  }

  /** Runs `call`, waiting out the update in progress that a `ResourceConflictException` reports. */
  private retryOnConflict<T>(what: string, call: () => Promise<T>): Promise<T> {
    return retry(call, {
      attempts: CONFLICT_ATTEMPTS,
      shouldRetry: ({ error }) => isAwsError(error, "ResourceConflictException"),
      // No backoff of its own: waiting for the update to finish is the delay.
      minDelayMs: 0,
      maxDelayMs: 0,
      onRetry: async ({ error, attempt }) => {
        this.options.log(
          `${what}: ${(error as Error).message} Waiting for ${this.name} to finish updating, then retrying ` +
            `(attempt ${attempt + 1}/${CONFLICT_ATTEMPTS}).`,
        );
        await this.settle();
      },
      ...this.timing,
    });
  }

  /** Waits until $LATEST's last update is Successful; a failed update fails with Lambda's reason. */
  private settle(): Promise<GetFunctionCommandOutput> {
    return this.poll(`${this.name} to finish updating`, async () => {
      const found = await this.options.lambda.send(
        new GetFunctionCommand({ FunctionName: this.name }),
        this.sendOptions,
      );
      const config = found.Configuration;
      switch (config?.LastUpdateStatus) {
        case "Successful":
          return { state: "done", value: found };
        case "Failed": {
          const code = config.LastUpdateStatusReasonCode ? `${config.LastUpdateStatusReasonCode}: ` : "";
          throw new UpdateFailedError(
            `Updating ${this.name} failed (LastUpdateStatus Failed): ` +
              `${code}${config.LastUpdateStatusReason ?? "no reason given"}`,
          );
        }
        default:
          return { state: "retry", progress: `LastUpdateStatus ${config?.LastUpdateStatus ?? "unknown"}` };
      }
    });
  }

  /** Waits until a just-published version's State is Active. */
  private activated(version: string): Promise<void> {
    return this.poll(`version ${version} to become active`, async () => {
      const config = await this.options.lambda.send(
        new GetFunctionConfigurationCommand({ FunctionName: this.name, Qualifier: version }),
        this.sendOptions,
      );
      if (config.State === "Active") return { state: "done", value: undefined };
      if (config.State === "Failed") {
        return {
          state: "failed",
          reason: `${config.StateReasonCode ?? "Failed"}: ${config.StateReason ?? ""}`,
        };
      }
      return { state: "retry", progress: `State ${config.State ?? "unknown"}` };
    });
  }

  private poll<T>(what: string, poll: () => Promise<Poll<T>>): Promise<T> {
    return waitFor(
      {
        what,
        timeoutSeconds: this.options.updateTimeoutSeconds,
        ...POLL,
        log: this.options.log,
        ...this.timing,
      },
      poll,
    );
  }

  private get timing(): { clock?: Clock; signal?: AbortSignal } {
    return {
      ...(this.options.clock ? { clock: this.options.clock } : {}),
      ...(this.options.signal ? { signal: this.options.signal } : {}),
    };
  }
}
