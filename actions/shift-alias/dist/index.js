import { createRequire as __createRequire } from "node:module";
import { fileURLToPath as __fileURLToPath } from "node:url";
import { dirname as __pathDirname } from "node:path";
const require = __createRequire(import.meta.url);
const __filename = __fileURLToPath(import.meta.url);
const __dirname = __pathDirname(__filename);
import {
  debug,
  error,
  getInput,
  info,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunks/chunk-G3QZDJSI.js";
import {
  eventStreamSerdeProvider2 as eventStreamSerdeProvider,
  resolveEventStreamSerdeConfig
} from "./chunks/chunk-Q6RYHADR.js";
import {
  ENV_KEY,
  ENV_SECRET,
  fromEnv
} from "./chunks/chunk-CZWSO5E3.js";
import {
  AwsRestJsonProtocol,
  AwsSdkSigV4Signer,
  NODE_AUTH_SCHEME_PREFERENCE_OPTIONS,
  resolveAwsSdkSigV4Config
} from "./chunks/chunk-24VS7CIN.js";
import {
  Sha256Node
} from "./chunks/chunk-3OGZ3BLS.js";
import {
  NodeHttpHandler
} from "./chunks/chunk-TL4QE5NU.js";
import {
  BinaryDecisionDiagram,
  Client,
  DEFAULT_RETRY_MODE,
  DefaultIdentityProviderConfig,
  EndpointCache,
  NODE_APP_ID_CONFIG_OPTIONS,
  NODE_MAX_ATTEMPT_CONFIG_OPTIONS,
  NODE_RETRY_MODE_CONFIG_OPTIONS,
  NoOpLogger,
  ServiceException,
  awsEndpointFunctions,
  createDefaultUserAgentProvider,
  createPaginator,
  customEndpointFunctions,
  decideEndpoint,
  emitWarningIfUnsupportedVersion,
  emitWarningIfUnsupportedVersion2,
  getAwsRegionExtensionConfiguration,
  getDefaultExtensionConfiguration,
  getEndpointPlugin,
  getHostHeaderPlugin,
  getHttpAuthSchemeEndpointRuleSetPlugin,
  getHttpSigningPlugin,
  getLoggerPlugin,
  getRecursionDetectionPlugin,
  getRetryPlugin,
  getUserAgentPlugin,
  loadConfigsForDefaultMode,
  makeBuilder,
  resolveAwsRegionExtensionConfiguration,
  resolveDefaultRuntimeConfig,
  resolveEndpointConfig,
  resolveHostHeaderConfig,
  resolveRetryConfig,
  resolveUserAgentConfig
} from "./chunks/chunk-HNUR4ICD.js";
import {
  CredentialsProviderError,
  ENV_PROFILE,
  NODE_REGION_CONFIG_FILE_OPTIONS,
  NODE_REGION_CONFIG_OPTIONS,
  NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS,
  NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS,
  chain,
  getContentLengthPlugin,
  getHttpHandlerExtensionConfiguration,
  loadConfig,
  resolveDefaultsModeConfig,
  resolveHttpHandlerRuntimeConfig,
  resolveRegionConfig
} from "./chunks/chunk-75C7VJ56.js";
import {
  TypeRegistry,
  calculateBodyLength,
  fromBase64,
  fromUtf8,
  getSchemaSerdePlugin,
  getSmithyContext,
  normalizeProvider,
  parseUrl,
  streamCollector,
  toBase64,
  toUtf8
} from "./chunks/chunk-GRAZH7OB.js";
import "./chunks/chunk-JNL6YW74.js";

// actions/lib/src/aws.ts
function awsClientConfig(action, env = process.env) {
  const region = env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
  return {
    ...region ? { region } : {},
    // Adaptive mode adds client-side rate limiting on top of the standard retries for
    // throttling and transient errors, which matters when a stack is polled for minutes.
    maxAttempts: 8,
    retryMode: "adaptive",
    customUserAgent: `trip-assistant-toolkit/${action}`
  };
}

// actions/lib/src/time.ts
function formatDuration(ms) {
  const totalSeconds = Math.max(0, Math.round(ms / 1e3));
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  if (minutes === 0) return `${seconds}s`;
  return `${minutes}m ${String(seconds).padStart(2, "0")}s`;
}
var sleep = (ms, signal) => new Promise((resolve, reject) => {
  if (signal?.aborted) return reject(signal.reason);
  const timer = setTimeout(() => {
    signal?.removeEventListener("abort", onAbort);
    resolve();
  }, ms);
  const onAbort = () => {
    clearTimeout(timer);
    reject(signal?.reason);
  };
  signal?.addEventListener("abort", onAbort, { once: true });
});
var systemClock = { now: () => performance.now(), sleep };

// actions/lib/src/retry.ts
function backoffDelay(retry2, options) {
  const capped = Math.min(options.maxDelayMs, options.minDelayMs * 2 ** (retry2 - 1));
  const random = options.random ?? Math.random;
  return Math.round(capped / 2 + capped / 2 * random());
}
async function retry(attempt, options) {
  const clock = options.clock ?? systemClock;
  const started = clock.now();
  for (let n = 1; ; n++) {
    options.signal?.throwIfAborted();
    try {
      return await attempt(n);
    } catch (error2) {
      options.signal?.throwIfAborted();
      const failure = { error: error2, attempt: n, elapsedMs: clock.now() - started };
      if (n >= options.attempts || !options.shouldRetry(failure)) throw error2;
      const computed = backoffDelay(n, options);
      const delayMs = Math.max(0, options.delayMs?.(failure, computed) ?? computed);
      if (options.maxElapsedMs !== void 0 && failure.elapsedMs + delayMs > options.maxElapsedMs)
        throw error2;
      await options.onRetry?.({ ...failure, delayMs });
      await clock.sleep(delayMs, options.signal);
    }
  }
}

// actions/lib/src/aws-errors.ts
var asAwsError = (error2) => error2 instanceof Error ? error2 : void 0;
function isAwsError(error2, name, message) {
  const aws = asAwsError(error2);
  return aws !== void 0 && aws.name === name && (message === void 0 || message.test(aws.message));
}
function describeAwsError(error2) {
  const aws = asAwsError(error2);
  if (!aws) return String(error2);
  const meta = [
    aws.$metadata?.httpStatusCode ? `HTTP ${aws.$metadata.httpStatusCode}` : void 0,
    aws.$metadata?.requestId ? `request ${aws.$metadata.requestId}` : void 0
  ].filter(Boolean);
  const code2 = aws.name && aws.name !== "Error" ? aws.name : void 0;
  const prefix = [code2, meta.length > 0 ? `(${meta.join(", ")})` : void 0].filter(Boolean).join(" ");
  return prefix ? `${prefix}: ${aws.message}` : aws.message;
}
function errorMessage(error2) {
  if (error2 instanceof Error && "$metadata" in error2) return describeAwsError(error2);
  return error2 instanceof Error ? error2.message : String(error2);
}

// actions/lib/src/inputs.ts
var InputError = class extends Error {
  constructor(input, expected) {
    super(`Input "${input}": ${expected}`);
    this.input = input;
    this.name = "InputError";
  }
  input;
};
var fromRunner = (name) => getInput(name);
var Inputs = class {
  constructor(source = fromRunner, spec2) {
    this.source = source;
    this.spec = spec2;
  }
  source;
  spec;
  raw(name) {
    const value = this.source(name);
    if (!this.spec) return value;
    const declared = this.spec.inputs[name];
    if (!declared)
      throw new Error(`${this.spec.name} reads input "${name}", which its action.yml does not declare`);
    return value.trim() === "" ? declared.default ?? "" : value;
  }
  optional(name) {
    const value = this.raw(name).trim();
    return value === "" ? void 0 : value;
  }
  required(name) {
    const value = this.optional(name);
    if (value === void 0) throw new InputError(name, "is required and was empty");
    return value;
  }
  secret(name, options = {}) {
    const value = options.required ? this.required(name) : this.optional(name);
    if (value !== void 0) setSecret(value);
    return value;
  }
  /** An http(s) URL; `example` shows what a good one looks like in the message. */
  url(name, example) {
    const value = this.optional(name);
    if (value === void 0) return void 0;
    let url;
    try {
      url = new URL(value);
    } catch {
      url = void 0;
    }
    if (!url || url.protocol !== "https:" && url.protocol !== "http:") {
      throw new InputError(name, `expected an http(s) URL such as ${example}, got "${value}"`);
    }
    return value;
  }
  /** YAML 1.2 core-schema booleans, the same set `core.getBooleanInput` accepts. */
  boolean(name, fallback) {
    const value = this.optional(name);
    if (value === void 0) {
      if (fallback === void 0) throw new InputError(name, "is required: true or false");
      return fallback;
    }
    if (["true", "True", "TRUE"].includes(value)) return true;
    if (["false", "False", "FALSE"].includes(value)) return false;
    throw new InputError(name, `expected true or false, got "${value}"`);
  }
  integer(name, options = {}) {
    const value = this.optional(name);
    const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = options;
    if (value === void 0) {
      if (options.fallback === void 0) throw new InputError(name, "is required and was empty");
      return options.fallback;
    }
    if (!/^-?\d+$/.test(value)) throw new InputError(name, `expected a whole number, got "${value}"`);
    const parsed = Number(value);
    if (parsed < min || parsed > max) {
      throw new InputError(name, `expected a number from ${min} to ${max}, got ${parsed}`);
    }
    return parsed;
  }
  oneOf(name, allowed, fallback) {
    const value = this.optional(name) ?? fallback;
    if (value === void 0) throw new InputError(name, `is required: one of ${allowed.join(", ")}`);
    if (!allowed.includes(value)) {
      throw new InputError(name, `expected one of ${allowed.join(", ")}, got "${value}"`);
    }
    return value;
  }
  /** Non-empty lines of a multiline input, trimmed; `#` starts a comment line. */
  lines(name) {
    return splitLines(this.raw(name));
  }
  /** Items of a list given one per line or separated by commas. */
  list(name) {
    return this.lines(name).flatMap(
      (line) => line.split(",").map((item) => item.trim()).filter(Boolean)
    );
  }
  /** Multiline `Key=Value` pairs; the value is everything after the first `=`, commas included. */
  keyValues(name) {
    return parseKeyValueLines(name, this.raw(name));
  }
};
function splitLines(text) {
  return text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("#"));
}
function parseKeyValueLines(input, text) {
  return splitLines(text).map((line, index) => {
    const eq = line.indexOf("=");
    if (eq <= 0) {
      throw new InputError(input, `line ${index + 1} ("${line}") is not Key=Value`);
    }
    return [line.slice(0, eq).trim(), line.slice(eq + 1).trim()];
  });
}

// actions/lib/src/json.ts
var isRecord = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}

// actions/lib/src/markdown.ts
function cell(text) {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}
function table(header, rows) {
  const line = (cells) => `| ${cells.map(cell).join(" | ")} |`;
  return [line(header), `| ${header.map(() => "---").join(" | ")} |`, ...rows.map(line)].join("\n");
}
function details(summary2, body) {
  return `<details><summary>${summary2}</summary>

${body}

</details>`;
}
function code(text) {
  const fence = text.includes("`") ? "``" : "`";
  return `${fence}${text}${fence}`;
}

// actions/lib/src/run.ts
function runAction(spec2, main2) {
  return run(spec2.name, (context) => main2({ ...context, inputs: new Inputs(void 0, spec2) }));
}
async function run(action, main2) {
  const controller = new AbortController();
  const cancel = (signal) => {
    if (controller.signal.aborted) return;
    warning(`${action}: received ${signal}, cancelling`);
    controller.abort(new Error(`cancelled by ${signal}`));
  };
  process.once("SIGINT", cancel);
  process.once("SIGTERM", cancel);
  try {
    await main2({ signal: controller.signal });
  } catch (error2) {
    fail(action, error2);
  } finally {
    process.removeListener("SIGINT", cancel);
    process.removeListener("SIGTERM", cancel);
  }
}
function fail(action, error2) {
  const message = errorMessage(error2);
  if (!(error2 instanceof InputError) && error2 instanceof Error && error2.stack) {
    debug(error2.stack);
  }
  error(message, { title: `${action} failed` });
  process.exitCode = 1;
}

// actions/lib/src/summary.ts
async function writeSummary(markdown) {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    info(markdown);
    return;
  }
  await summary.addRaw(markdown, true).write();
}

// actions/lib/src/wait.ts
var WaitTimeoutError = class extends Error {
  constructor(what, timeoutSeconds) {
    super(`Timed out after ${formatDuration(timeoutSeconds * 1e3)} waiting for ${what}`);
    this.name = "WaitTimeoutError";
  }
};
var WaitAbortedError = class extends Error {
  constructor(what) {
    super(`Cancelled while waiting for ${what}`);
    this.name = "WaitAbortedError";
  }
};
var WaitFailedError = class extends Error {
  constructor(what, reason) {
    super(`Failed waiting for ${what}: ${reason}`);
    this.reason = reason;
    this.name = "WaitFailedError";
  }
  reason;
};
var Pending = class extends Error {
};
async function waitFor(options, poll) {
  const clock = options.clock ?? systemClock;
  const started = clock.now();
  let lastProgress;
  try {
    const outcome = await retry(
      async () => {
        const found = await poll();
        if (found.state === "retry") {
          if (found.progress && found.progress !== lastProgress) {
            options.log?.(`[${formatDuration(clock.now() - started)}] ${found.progress}`);
            lastProgress = found.progress;
          }
          throw new Pending();
        }
        return found;
      },
      {
        attempts: Infinity,
        shouldRetry: ({ error: error2 }) => error2 instanceof Pending,
        minDelayMs: (options.minDelaySeconds ?? 5) * 1e3,
        maxDelayMs: (options.maxDelaySeconds ?? 15) * 1e3,
        maxElapsedMs: options.timeoutSeconds * 1e3,
        clock,
        ...options.signal ? { signal: options.signal } : {}
      }
    );
    if (outcome.state === "failed") throw new WaitFailedError(options.what, outcome.reason);
    return outcome.value;
  } catch (error2) {
    if (error2 instanceof Pending) throw new WaitTimeoutError(options.what, options.timeoutSeconds);
    if (options.signal?.aborted && !(error2 instanceof WaitFailedError)) {
      throw new WaitAbortedError(options.what);
    }
    throw error2;
  }
}

// actions/shift-alias/src/action-spec.ts
var spec = {
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
    "update-timeout-minutes": { required: false, default: "15" }
  },
  outputs: ["previous-version", "version", "rolled-back", "changed"]
};

// node_modules/@aws-sdk/client-lambda/dist-es/auth/httpAuthSchemeProvider.js
var defaultLambdaHttpAuthSchemeParametersProvider = async (config, context, input) => {
  return {
    operation: getSmithyContext(context).operation,
    region: await normalizeProvider(config.region)() || (() => {
      throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
    })()
  };
};
function createAwsAuthSigv4HttpAuthOption(authParameters) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: {
      name: "lambda",
      region: authParameters.region
    },
    propertiesExtractor: (config, context) => ({
      signingProperties: {
        config,
        context
      }
    })
  };
}
var defaultLambdaHttpAuthSchemeProvider = (authParameters) => {
  const options = [];
  switch (authParameters.operation) {
    default: {
      options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
    }
  }
  return options;
};
var resolveHttpAuthSchemeConfig = (config) => {
  const config_0 = resolveAwsSdkSigV4Config(config);
  return Object.assign(config_0, {
    authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
  });
};

// node_modules/@aws-sdk/client-lambda/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "lambda"
  });
};
var commonParams = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-lambda/package.json
var package_default = {
  name: "@aws-sdk/client-lambda",
  version: "3.1164.0",
  description: "AWS SDK for JavaScript Lambda Client for Node.js, Browser and React Native",
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-lambda",
  license: "Apache-2.0",
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-lambda"
  },
  files: [
    "dist-*/**"
  ],
  sideEffects: false,
  main: "./dist-cjs/index.js",
  module: "./dist-es/index.js",
  browser: {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.browser"
  },
  types: "./dist-types/index.d.ts",
  typesVersions: {
    "<4.5": {
      "dist-types/*": [
        "dist-types/ts3.4/*"
      ]
    }
  },
  "react-native": {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.native"
  },
  scripts: {
    build: "concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs",
    "build:cjs": "node ../../scripts/compilation/inline",
    "build:es": "premove dist-es && tsc -p tsconfig.es.json",
    "build:include:deps": 'yarn g:turbo run build -F="$npm_package_name"',
    "build:types": "premove dist-types && tsc -p tsconfig.types.json",
    "build:types:downlevel": "downlevel-dts dist-types dist-types/ts3.4",
    clean: "premove dist-cjs dist-es dist-types",
    "extract:docs": "api-extractor run --local",
    "generate:client": "node ../../scripts/generate-clients/single-service",
    test: "yarn g:vitest run --passWithNoTests",
    "test:watch": "yarn g:vitest watch --passWithNoTests",
    "test:integration": "yarn g:vitest run --passWithNoTests -c vitest.config.integ.mts",
    "test:integration:watch": "yarn g:vitest watch --passWithNoTests -c vitest.config.integ.mts",
    "test:e2e": "yarn g:vitest run -c vitest.config.e2e.mts",
    "test:e2e:watch": "yarn g:vitest watch -c vitest.config.e2e.mts",
    "test:index": "tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs"
  },
  dependencies: {
    "@aws-sdk/core": "^3.980.1",
    "@aws-sdk/credential-provider-node": "^3.972.94",
    "@aws-sdk/types": "^3.975.0",
    "@smithy/core": "^3.38.0",
    "@smithy/fetch-http-handler": "^5.8.0",
    "@smithy/node-http-handler": "^4.14.0",
    "@smithy/types": "^4.19.0",
    tslib: "^2.6.2"
  },
  devDependencies: {
    "@smithy/snapshot-testing": "^2.4.0",
    "@tsconfig/node20": "20.1.8",
    "@types/node": "^20.14.8",
    concurrently: "7.0.0",
    "downlevel-dts": "0.10.1",
    premove: "4.0.0",
    typescript: "~7.0.2",
    vitest: "^4.0.17"
  },
  engines: {
    node: ">=20.0.0"
  }
};

// node_modules/@aws-sdk/credential-provider-node/dist-es/remoteProvider.js
var ENV_IMDS_DISABLED = "AWS_EC2_METADATA_DISABLED";
var remoteProvider = async (init) => {
  const { ENV_CMDS_FULL_URI, ENV_CMDS_RELATIVE_URI, fromContainerMetadata, fromInstanceMetadata } = await import("./chunks/dist-es-5BFLPIXM.js");
  if (process.env[ENV_CMDS_RELATIVE_URI] || process.env[ENV_CMDS_FULL_URI]) {
    init.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromHttp/fromContainerMetadata");
    const { fromHttp } = await import("./chunks/dist-es-2REW5TQF.js");
    return chain(fromHttp(init), fromContainerMetadata(init));
  }
  if (process.env[ENV_IMDS_DISABLED] && process.env[ENV_IMDS_DISABLED] !== "false") {
    return async () => {
      throw new CredentialsProviderError("EC2 Instance Metadata Service access disabled", { logger: init.logger });
    };
  }
  init.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromInstanceMetadata");
  return fromInstanceMetadata(init);
};

// node_modules/@aws-sdk/credential-provider-node/dist-es/runtime/memoize-chain.js
function memoizeChain(providers, treatAsExpired) {
  const chain2 = internalCreateChain(providers);
  let activeLock;
  let passiveLock;
  let credentials;
  let forceRefreshLock;
  const provider = async (options) => {
    if (options?.forceRefresh) {
      if (!forceRefreshLock) {
        forceRefreshLock = chain2(options).then((c2) => {
          credentials = c2;
        }).finally(() => {
          forceRefreshLock = void 0;
        });
      }
      await forceRefreshLock;
      return credentials;
    }
    if (credentials?.expiration) {
      if (credentials?.expiration?.getTime() < Date.now()) {
        credentials = void 0;
      }
    }
    if (activeLock) {
      await activeLock;
    } else if (!credentials || treatAsExpired?.(credentials)) {
      if (credentials) {
        if (!passiveLock) {
          passiveLock = chain2(options).then((c2) => {
            credentials = c2;
          }).catch(() => {
          }).finally(() => {
            passiveLock = void 0;
          });
        }
      } else {
        activeLock = chain2(options).then((c2) => {
          credentials = c2;
        }).finally(() => {
          activeLock = void 0;
        });
        return provider(options);
      }
    }
    return credentials;
  };
  return provider;
}
var internalCreateChain = (providers) => async (awsIdentityProperties) => {
  let lastProviderError;
  for (const provider of providers) {
    try {
      return await provider(awsIdentityProperties);
    } catch (err) {
      lastProviderError = err;
      if (err?.tryNextLink) {
        continue;
      }
      throw err;
    }
  }
  throw lastProviderError;
};

// node_modules/@aws-sdk/credential-provider-node/dist-es/defaultProvider.js
var multipleCredentialSourceWarningEmitted = false;
var defaultProvider = (init = {}) => memoizeChain([
  async () => {
    const profile = init.profile ?? process.env[ENV_PROFILE];
    if (profile) {
      const envStaticCredentialsAreSet = process.env[ENV_KEY] && process.env[ENV_SECRET];
      if (envStaticCredentialsAreSet) {
        if (!multipleCredentialSourceWarningEmitted) {
          const warnFn = init.logger?.warn && init.logger?.constructor?.name !== "NoOpLogger" ? init.logger.warn.bind(init.logger) : console.warn;
          warnFn(`@aws-sdk/credential-provider-node - defaultProvider::fromEnv WARNING:
    Multiple credential sources detected: 
    Both AWS_PROFILE and the pair AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY static credentials are set.
    This SDK will proceed with the AWS_PROFILE value.
    
    However, a future version may change this behavior to prefer the ENV static credentials.
    Please ensure that your environment only sets either the AWS_PROFILE or the
    AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY pair.
`);
          multipleCredentialSourceWarningEmitted = true;
        }
      }
      throw new CredentialsProviderError("AWS_PROFILE is set, skipping fromEnv provider.", {
        logger: init.logger,
        tryNextLink: true
      });
    }
    init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromEnv");
    return fromEnv(init)();
  },
  async (awsIdentityProperties) => {
    init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromSSO");
    const { ssoStartUrl, ssoAccountId, ssoRegion, ssoRoleName, ssoSession } = init;
    if (!ssoStartUrl && !ssoAccountId && !ssoRegion && !ssoRoleName && !ssoSession) {
      throw new CredentialsProviderError("Skipping SSO provider in default chain (inputs do not include SSO fields).", { logger: init.logger });
    }
    const { fromSSO } = await import("./chunks/dist-es-PAQVSQS6.js");
    return fromSSO(init)(awsIdentityProperties);
  },
  async (awsIdentityProperties) => {
    init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromIni");
    const { fromIni } = await import("./chunks/dist-es-ZNEBS7YK.js");
    return fromIni(init)(awsIdentityProperties);
  },
  async (awsIdentityProperties) => {
    init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromProcess");
    const { fromProcess } = await import("./chunks/dist-es-H35F3JWN.js");
    return fromProcess(init)(awsIdentityProperties);
  },
  async (awsIdentityProperties) => {
    init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromTokenFile");
    const { fromTokenFile } = await import("./chunks/dist-es-A5VOLUYM.js");
    return fromTokenFile(init)(awsIdentityProperties);
  },
  async () => {
    init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::remoteProvider");
    return (await remoteProvider(init))();
  },
  async () => {
    throw new CredentialsProviderError("Could not load credentials from any providers", {
      tryNextLink: false,
      logger: init.logger
    });
  }
], credentialsTreatedAsExpired);
var credentialsTreatedAsExpired = (credentials) => credentials?.expiration !== void 0 && credentials.expiration.getTime() - Date.now() < 3e5;

// node_modules/@aws-sdk/client-lambda/dist-es/endpoint/bdd.js
var k = "ref";
var a = -1;
var b = true;
var c = "isSet";
var d = "PartitionResult";
var e = "booleanEquals";
var f = "getAttr";
var g = { [k]: "Endpoint" };
var h = { [k]: d };
var i = {};
var j = [{ [k]: "Region" }];
var _data = {
  conditions: [
    [c, [g]],
    [c, j],
    ["aws.partition", j, d],
    [e, [{ [k]: "UseFIPS" }, b]],
    [e, [{ [k]: "UseDualStack" }, b]],
    [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]],
    [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]]
  ],
  results: [
    [a],
    [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
    [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
    [g, i],
    ["https://lambda-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
    [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://lambda-fips.{Region}.{PartitionResult#dnsSuffix}", i],
    [a, "FIPS is enabled but this partition does not support FIPS"],
    ["https://lambda.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
    [a, "DualStack is enabled but this partition does not support DualStack"],
    ["https://lambda.{Region}.{PartitionResult#dnsSuffix}", i],
    [a, "Invalid Configuration: Missing Region"]
  ]
};
var root = 2;
var r = 1e8;
var nodes = new Int32Array([
  -1,
  1,
  -1,
  0,
  12,
  3,
  1,
  4,
  r + 11,
  2,
  5,
  r + 11,
  3,
  8,
  6,
  4,
  7,
  r + 10,
  5,
  r + 8,
  r + 9,
  4,
  10,
  9,
  6,
  r + 6,
  r + 7,
  5,
  11,
  r + 5,
  6,
  r + 4,
  r + 5,
  3,
  r + 1,
  13,
  4,
  r + 2,
  r + 3
]);
var bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

// node_modules/@aws-sdk/client-lambda/dist-es/endpoint/endpointResolver.js
var cache = new EndpointCache({
  size: 50,
  params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"]
});
var defaultEndpointResolver = (endpointParams, context = {}) => {
  return cache.get(endpointParams, () => decideEndpoint(bdd, {
    endpointParams,
    logger: context.logger
  }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

// node_modules/@aws-sdk/client-lambda/dist-es/models/LambdaServiceException.js
var LambdaServiceException = class _LambdaServiceException extends ServiceException {
  static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.lambda#LambdaServiceException";
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _LambdaServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-lambda/dist-es/models/errors.js
var InvalidParameterValueException = class _InvalidParameterValueException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#InvalidParameterValueException";
  name = "InvalidParameterValueException";
  $fault = "client";
  Type;
  constructor(opts) {
    super({
      name: "InvalidParameterValueException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidParameterValueException.prototype);
    this.Type = opts.Type;
  }
};
var PolicyLengthExceededException = class _PolicyLengthExceededException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#PolicyLengthExceededException";
  name = "PolicyLengthExceededException";
  $fault = "client";
  Type;
  constructor(opts) {
    super({
      name: "PolicyLengthExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _PolicyLengthExceededException.prototype);
    this.Type = opts.Type;
  }
};
var PreconditionFailedException = class _PreconditionFailedException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#PreconditionFailedException";
  name = "PreconditionFailedException";
  $fault = "client";
  Type;
  constructor(opts) {
    super({
      name: "PreconditionFailedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _PreconditionFailedException.prototype);
    this.Type = opts.Type;
  }
};
var ResourceConflictException = class _ResourceConflictException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#ResourceConflictException";
  name = "ResourceConflictException";
  $fault = "client";
  Type;
  constructor(opts) {
    super({
      name: "ResourceConflictException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceConflictException.prototype);
    this.Type = opts.Type;
  }
};
var ResourceNotFoundException = class _ResourceNotFoundException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#ResourceNotFoundException";
  name = "ResourceNotFoundException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "ResourceNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceNotFoundException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var ServiceException2 = class _ServiceException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#ServiceException";
  name = "ServiceException";
  $fault = "server";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "ServiceException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _ServiceException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var TooManyRequestsException = class _TooManyRequestsException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#TooManyRequestsException";
  name = "TooManyRequestsException";
  $fault = "client";
  retryAfterSeconds;
  Type;
  Reason;
  constructor(opts) {
    super({
      name: "TooManyRequestsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyRequestsException.prototype);
    this.retryAfterSeconds = opts.retryAfterSeconds;
    this.Type = opts.Type;
    this.Reason = opts.Reason;
  }
};
var PublicPolicyException = class _PublicPolicyException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#PublicPolicyException";
  name = "PublicPolicyException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "PublicPolicyException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _PublicPolicyException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var AliasLimitExceededException = class _AliasLimitExceededException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#AliasLimitExceededException";
  name = "AliasLimitExceededException";
  $fault = "client";
  Type;
  constructor(opts) {
    super({
      name: "AliasLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AliasLimitExceededException.prototype);
    this.Type = opts.Type;
  }
};
var CapacityProviderLimitExceededException = class _CapacityProviderLimitExceededException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#CapacityProviderLimitExceededException";
  name = "CapacityProviderLimitExceededException";
  $fault = "client";
  Type;
  constructor(opts) {
    super({
      name: "CapacityProviderLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CapacityProviderLimitExceededException.prototype);
    this.Type = opts.Type;
  }
};
var KMSAccessDeniedException = class _KMSAccessDeniedException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#KMSAccessDeniedException";
  name = "KMSAccessDeniedException";
  $fault = "server";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "KMSAccessDeniedException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _KMSAccessDeniedException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var KMSDisabledException = class _KMSDisabledException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#KMSDisabledException";
  name = "KMSDisabledException";
  $fault = "server";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "KMSDisabledException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _KMSDisabledException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var KMSInvalidStateException = class _KMSInvalidStateException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#KMSInvalidStateException";
  name = "KMSInvalidStateException";
  $fault = "server";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "KMSInvalidStateException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _KMSInvalidStateException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var KMSNotFoundException = class _KMSNotFoundException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#KMSNotFoundException";
  name = "KMSNotFoundException";
  $fault = "server";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "KMSNotFoundException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _KMSNotFoundException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var ResourceInUseException = class _ResourceInUseException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#ResourceInUseException";
  name = "ResourceInUseException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "ResourceInUseException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceInUseException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var CodeSigningConfigNotFoundException = class _CodeSigningConfigNotFoundException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#CodeSigningConfigNotFoundException";
  name = "CodeSigningConfigNotFoundException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "CodeSigningConfigNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CodeSigningConfigNotFoundException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var CodeStorageExceededException = class _CodeStorageExceededException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#CodeStorageExceededException";
  name = "CodeStorageExceededException";
  $fault = "client";
  Type;
  constructor(opts) {
    super({
      name: "CodeStorageExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CodeStorageExceededException.prototype);
    this.Type = opts.Type;
  }
};
var CodeVerificationFailedException = class _CodeVerificationFailedException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#CodeVerificationFailedException";
  name = "CodeVerificationFailedException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "CodeVerificationFailedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CodeVerificationFailedException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var FunctionVersionsPerCapacityProviderLimitExceededException = class _FunctionVersionsPerCapacityProviderLimitExceededException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#FunctionVersionsPerCapacityProviderLimitExceededException";
  name = "FunctionVersionsPerCapacityProviderLimitExceededException";
  $fault = "client";
  Type;
  constructor(opts) {
    super({
      name: "FunctionVersionsPerCapacityProviderLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _FunctionVersionsPerCapacityProviderLimitExceededException.prototype);
    this.Type = opts.Type;
  }
};
var InvalidCodeSignatureException = class _InvalidCodeSignatureException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#InvalidCodeSignatureException";
  name = "InvalidCodeSignatureException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "InvalidCodeSignatureException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidCodeSignatureException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var CodeArtifactUserDeletedException = class _CodeArtifactUserDeletedException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#CodeArtifactUserDeletedException";
  name = "CodeArtifactUserDeletedException";
  $fault = "client";
  Type;
  constructor(opts) {
    super({
      name: "CodeArtifactUserDeletedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CodeArtifactUserDeletedException.prototype);
    this.Type = opts.Type;
  }
};
var CodeArtifactUserFailedException = class _CodeArtifactUserFailedException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#CodeArtifactUserFailedException";
  name = "CodeArtifactUserFailedException";
  $fault = "client";
  Type;
  constructor(opts) {
    super({
      name: "CodeArtifactUserFailedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CodeArtifactUserFailedException.prototype);
    this.Type = opts.Type;
  }
};
var CodeArtifactUserPendingException = class _CodeArtifactUserPendingException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#CodeArtifactUserPendingException";
  name = "CodeArtifactUserPendingException";
  $fault = "client";
  Type;
  constructor(opts) {
    super({
      name: "CodeArtifactUserPendingException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CodeArtifactUserPendingException.prototype);
    this.Type = opts.Type;
  }
};
var DurableExecutionAlreadyStartedException = class _DurableExecutionAlreadyStartedException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#DurableExecutionAlreadyStartedException";
  name = "DurableExecutionAlreadyStartedException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "DurableExecutionAlreadyStartedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DurableExecutionAlreadyStartedException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var EC2AccessDeniedException = class _EC2AccessDeniedException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#EC2AccessDeniedException";
  name = "EC2AccessDeniedException";
  $fault = "server";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "EC2AccessDeniedException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _EC2AccessDeniedException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var EC2ThrottledException = class _EC2ThrottledException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#EC2ThrottledException";
  name = "EC2ThrottledException";
  $fault = "server";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "EC2ThrottledException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _EC2ThrottledException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var EC2UnexpectedException = class _EC2UnexpectedException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#EC2UnexpectedException";
  name = "EC2UnexpectedException";
  $fault = "server";
  Type;
  Message;
  EC2ErrorCode;
  constructor(opts) {
    super({
      name: "EC2UnexpectedException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _EC2UnexpectedException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
    this.EC2ErrorCode = opts.EC2ErrorCode;
  }
};
var EFSIOException = class _EFSIOException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#EFSIOException";
  name = "EFSIOException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "EFSIOException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _EFSIOException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var EFSMountConnectivityException = class _EFSMountConnectivityException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#EFSMountConnectivityException";
  name = "EFSMountConnectivityException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "EFSMountConnectivityException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _EFSMountConnectivityException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var EFSMountFailureException = class _EFSMountFailureException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#EFSMountFailureException";
  name = "EFSMountFailureException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "EFSMountFailureException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _EFSMountFailureException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var EFSMountTimeoutException = class _EFSMountTimeoutException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#EFSMountTimeoutException";
  name = "EFSMountTimeoutException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "EFSMountTimeoutException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _EFSMountTimeoutException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var ENILimitReachedException = class _ENILimitReachedException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#ENILimitReachedException";
  name = "ENILimitReachedException";
  $fault = "server";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "ENILimitReachedException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _ENILimitReachedException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var ENINotReadyException = class _ENINotReadyException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#ENINotReadyException";
  name = "ENINotReadyException";
  $fault = "server";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "ENINotReadyException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _ENINotReadyException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var InvalidRequestContentException = class _InvalidRequestContentException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#InvalidRequestContentException";
  name = "InvalidRequestContentException";
  $fault = "client";
  Type;
  constructor(opts) {
    super({
      name: "InvalidRequestContentException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidRequestContentException.prototype);
    this.Type = opts.Type;
  }
};
var InvalidRuntimeException = class _InvalidRuntimeException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#InvalidRuntimeException";
  name = "InvalidRuntimeException";
  $fault = "server";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "InvalidRuntimeException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidRuntimeException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var InvalidSecurityGroupIDException = class _InvalidSecurityGroupIDException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#InvalidSecurityGroupIDException";
  name = "InvalidSecurityGroupIDException";
  $fault = "server";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "InvalidSecurityGroupIDException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidSecurityGroupIDException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var InvalidSubnetIDException = class _InvalidSubnetIDException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#InvalidSubnetIDException";
  name = "InvalidSubnetIDException";
  $fault = "server";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "InvalidSubnetIDException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidSubnetIDException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var InvalidZipFileException = class _InvalidZipFileException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#InvalidZipFileException";
  name = "InvalidZipFileException";
  $fault = "server";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "InvalidZipFileException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidZipFileException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var ModeNotSupportedException = class _ModeNotSupportedException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#ModeNotSupportedException";
  name = "ModeNotSupportedException";
  $fault = "client";
  Type;
  constructor(opts) {
    super({
      name: "ModeNotSupportedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ModeNotSupportedException.prototype);
    this.Type = opts.Type;
  }
};
var NoPublishedVersionException = class _NoPublishedVersionException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#NoPublishedVersionException";
  name = "NoPublishedVersionException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "NoPublishedVersionException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoPublishedVersionException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var RecursiveInvocationException = class _RecursiveInvocationException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#RecursiveInvocationException";
  name = "RecursiveInvocationException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "RecursiveInvocationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _RecursiveInvocationException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var RequestTooLargeException = class _RequestTooLargeException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#RequestTooLargeException";
  name = "RequestTooLargeException";
  $fault = "client";
  Type;
  constructor(opts) {
    super({
      name: "RequestTooLargeException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _RequestTooLargeException.prototype);
    this.Type = opts.Type;
  }
};
var ResourceNotReadyException = class _ResourceNotReadyException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#ResourceNotReadyException";
  name = "ResourceNotReadyException";
  $fault = "server";
  Type;
  constructor(opts) {
    super({
      name: "ResourceNotReadyException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceNotReadyException.prototype);
    this.Type = opts.Type;
  }
};
var S3FilesMountConnectivityException = class _S3FilesMountConnectivityException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#S3FilesMountConnectivityException";
  name = "S3FilesMountConnectivityException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "S3FilesMountConnectivityException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _S3FilesMountConnectivityException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var S3FilesMountFailureException = class _S3FilesMountFailureException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#S3FilesMountFailureException";
  name = "S3FilesMountFailureException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "S3FilesMountFailureException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _S3FilesMountFailureException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var S3FilesMountTimeoutException = class _S3FilesMountTimeoutException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#S3FilesMountTimeoutException";
  name = "S3FilesMountTimeoutException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "S3FilesMountTimeoutException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _S3FilesMountTimeoutException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var SerializedRequestEntityTooLargeException = class _SerializedRequestEntityTooLargeException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#SerializedRequestEntityTooLargeException";
  name = "SerializedRequestEntityTooLargeException";
  $fault = "client";
  Type;
  constructor(opts) {
    super({
      name: "SerializedRequestEntityTooLargeException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SerializedRequestEntityTooLargeException.prototype);
    this.Type = opts.Type;
  }
};
var ServiceQuotaExceededException = class _ServiceQuotaExceededException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#ServiceQuotaExceededException";
  name = "ServiceQuotaExceededException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "ServiceQuotaExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ServiceQuotaExceededException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var SnapStartException = class _SnapStartException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#SnapStartException";
  name = "SnapStartException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "SnapStartException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SnapStartException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var SnapStartNotReadyException = class _SnapStartNotReadyException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#SnapStartNotReadyException";
  name = "SnapStartNotReadyException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "SnapStartNotReadyException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SnapStartNotReadyException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var SnapStartRegenerationFailureException = class _SnapStartRegenerationFailureException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#SnapStartRegenerationFailureException";
  name = "SnapStartRegenerationFailureException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "SnapStartRegenerationFailureException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SnapStartRegenerationFailureException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var SnapStartTimeoutException = class _SnapStartTimeoutException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#SnapStartTimeoutException";
  name = "SnapStartTimeoutException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "SnapStartTimeoutException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SnapStartTimeoutException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var SubnetIPAddressLimitReachedException = class _SubnetIPAddressLimitReachedException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#SubnetIPAddressLimitReachedException";
  name = "SubnetIPAddressLimitReachedException";
  $fault = "server";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "SubnetIPAddressLimitReachedException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _SubnetIPAddressLimitReachedException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var UnsupportedMediaTypeException = class _UnsupportedMediaTypeException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#UnsupportedMediaTypeException";
  name = "UnsupportedMediaTypeException";
  $fault = "client";
  Type;
  constructor(opts) {
    super({
      name: "UnsupportedMediaTypeException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnsupportedMediaTypeException.prototype);
    this.Type = opts.Type;
  }
};
var ProvisionedConcurrencyConfigNotFoundException = class _ProvisionedConcurrencyConfigNotFoundException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#ProvisionedConcurrencyConfigNotFoundException";
  name = "ProvisionedConcurrencyConfigNotFoundException";
  $fault = "client";
  Type;
  constructor(opts) {
    super({
      name: "ProvisionedConcurrencyConfigNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ProvisionedConcurrencyConfigNotFoundException.prototype);
    this.Type = opts.Type;
  }
};
var CallbackTimeoutException = class _CallbackTimeoutException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#CallbackTimeoutException";
  name = "CallbackTimeoutException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "CallbackTimeoutException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CallbackTimeoutException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};

// node_modules/@aws-sdk/client-lambda/dist-es/schemas/schemas_0.js
var _A = "Action";
var _AA = "AliasArn";
var _AC = "AliasConfiguration";
var _ACc = "AccessConfigs";
var _ACl = "AllowCredentials";
var _AFSC = "AppliedFunctionScalingConfig";
var _AH = "AllowHeaders";
var _AIT = "AllowedInstanceTypes";
var _AL = "AccountLimit";
var _ALEE = "AliasLimitExceededException";
var _ALL = "ApplicationLogLevel";
var _ALVP = "AddLayerVersionPermission";
var _ALVPR = "AddLayerVersionPermissionRequest";
var _ALVPRd = "AddLayerVersionPermissionResponse";
var _ALl = "AliasList";
var _AM = "AllowMethods";
var _AMKESC = "AmazonManagedKafkaEventSourceConfig";
var _AO = "AllowOrigins";
var _AOp = "ApplyOn";
var _AP = "AllowedPublishers";
var _APCE = "AvailableProvisionedConcurrentExecutions";
var _APCEl = "AllocatedProvisionedConcurrentExecutions";
var _APR = "AddPermissionRequest";
var _APRd = "AddPermissionResponse";
var _APd = "AddPermission";
var _ARC = "AliasRoutingConfiguration";
var _AT = "AuthType";
var _AU = "AccountUsage";
var _AVW = "AdditionalVersionWeights";
var _Al = "Aliases";
var _Ar = "Architectures";
var _Arn = "Arn";
var _At = "Attribute";
var _Att = "Attempt";
var _B = "Blob";
var _BBOFE = "BisectBatchOnFunctionError";
var _BOP = "BinaryOperationPayload";
var _BS = "BlobStream";
var _BSa = "BatchSize";
var _C = "Concurrency";
var _CA = "CompatibleArchitectures";
var _CAR = "CreateAliasRequest";
var _CAUDE = "CodeArtifactUserDeletedException";
var _CAUFE = "CodeArtifactUserFailedException";
var _CAUPE = "CodeArtifactUserPendingException";
var _CAo = "CompatibleArchitecture";
var _CAr = "CreateAlias";
var _CAu = "CurrentAttempt";
var _CC = "ClientContext";
var _CCP = "CreateCapacityProvider";
var _CCPR = "CreateCapacityProviderRequest";
var _CCPRr = "CreateCapacityProviderResponse";
var _CCSC = "CreateCodeSigningConfig";
var _CCSCR = "CreateCodeSigningConfigRequest";
var _CCSCRr = "CreateCodeSigningConfigResponse";
var _CD = "CallbackDetails";
var _CDE = "CheckpointDurableExecution";
var _CDER = "CheckpointDurableExecutionRequest";
var _CDERh = "CheckpointDurableExecutionResponse";
var _CDo = "ContextDetails";
var _CDr = "CreatedDate";
var _CE = "ConcurrentExecutions";
var _CESM = "CreateEventSourceMapping";
var _CESMR = "CreateEventSourceMappingRequest";
var _CF = "CreateFunction";
var _CFD = "CallbackFailedDetails";
var _CFDo = "ContextFailedDetails";
var _CFR = "CreateFunctionRequest";
var _CFUC = "CreateFunctionUrlConfig";
var _CFUCR = "CreateFunctionUrlConfigRequest";
var _CFUCRr = "CreateFunctionUrlConfigResponse";
var _CGI = "ConsumerGroupId";
var _CI = "CallbackId";
var _CID = "ChainedInvokeDetails";
var _CIFD = "ChainedInvokeFailedDetails";
var _CIO = "ChainedInvokeOptions";
var _CISD = "ChainedInvokeStartedDetails";
var _CISDh = "ChainedInvokeStoppedDetails";
var _CISDha = "ChainedInvokeSucceededDetails";
var _CITOD = "ChainedInvokeTimedOutDetails";
var _CM = "ConsumptionMode";
var _CN = "CollectionName";
var _CO = "CallbackOptions";
var _COo = "ContextOptions";
var _CP = "CapacityProvider";
var _CPA = "CapacityProviderArn";
var _CPC = "CapacityProviderConfig";
var _CPL = "CapacityProvidersList";
var _CPLC = "CapacityProviderLoggingConfig";
var _CPLEE = "CapacityProviderLimitExceededException";
var _CPN = "CapacityProviderName";
var _CPORA = "CapacityProviderOperatorRoleArn";
var _CPPC = "CapacityProviderPermissionsConfig";
var _CPSC = "CapacityProviderScalingConfig";
var _CPSPL = "CapacityProviderScalingPoliciesList";
var _CPTC = "CapacityProviderTelemetryConfig";
var _CPVC = "CapacityProviderVpcConfig";
var _CPa = "CapacityProviders";
var _CR = "CompatibleRuntimes";
var _CRo = "CompatibleRuntime";
var _CS = "CodeSize";
var _CSC = "CodeSigningConfig";
var _CSCA = "CodeSigningConfigArn";
var _CSCI = "CodeSigningConfigId";
var _CSCL = "CodeSigningConfigList";
var _CSCNFE = "CodeSigningConfigNotFoundException";
var _CSCo = "CodeSigningConfigs";
var _CSD = "CallbackStartedDetails";
var _CSDa = "CallbackSucceededDetails";
var _CSDo = "ContextStartedDetails";
var _CSDon = "ContextSucceededDetails";
var _CSEE = "CodeStorageExceededException";
var _CSP = "CodeSigningPolicies";
var _CSU = "CodeSizeUnzipped";
var _CSZ = "CodeSizeZipped";
var _CSo = "CodeSha256";
var _CSon = "ConfigSha256";
var _CT = "CheckpointToken";
var _CTE = "CallbackTimeoutException";
var _CTOD = "CallbackTimedOutDetails";
var _CT_ = "Content-Type";
var _CTl = "ClientToken";
var _CTr = "CreationTime";
var _CUES = "CheckpointUpdatedExecutionState";
var _CVFE = "CodeVerificationFailedException";
var _Co = "Cors";
var _Cod = "Code";
var _Com = "Command";
var _Con = "Configuration";
var _Cont = "Content";
var _D = "Description";
var _DA = "DeleteAlias";
var _DAR = "DeleteAliasRequest";
var _DC = "DestinationConfig";
var _DCP = "DeleteCapacityProvider";
var _DCPR = "DeleteCapacityProviderRequest";
var _DCPRe = "DeleteCapacityProviderResponse";
var _DCSC = "DeleteCodeSigningConfig";
var _DCSCR = "DeleteCodeSigningConfigRequest";
var _DCSCRe = "DeleteCodeSigningConfigResponse";
var _DCu = "DurableConfig";
var _DDBESC = "DocumentDBEventSourceConfig";
var _DE = "DurableExecutions";
var _DEA = "DurableExecutionArn";
var _DEASE = "DurableExecutionAlreadyStartedException";
var _DEN = "DurableExecutionName";
var _DESM = "DeleteEventSourceMapping";
var _DESMR = "DeleteEventSourceMappingRequest";
var _DF = "DeleteFunction";
var _DFC = "DeleteFunctionConcurrency";
var _DFCR = "DeleteFunctionConcurrencyRequest";
var _DFCSC = "DeleteFunctionCodeSigningConfig";
var _DFCSCR = "DeleteFunctionCodeSigningConfigRequest";
var _DFEIC = "DeleteFunctionEventInvokeConfig";
var _DFEICR = "DeleteFunctionEventInvokeConfigRequest";
var _DFR = "DeleteFunctionRequest";
var _DFRe = "DeleteFunctionResponse";
var _DFUC = "DeleteFunctionUrlConfig";
var _DFUCR = "DeleteFunctionUrlConfigRequest";
var _DLC = "DeadLetterConfig";
var _DLV = "DeleteLayerVersion";
var _DLVR = "DeleteLayerVersionRequest";
var _DN = "DatabaseName";
var _DPCC = "DeleteProvisionedConcurrencyConfig";
var _DPCCR = "DeleteProvisionedConcurrencyConfigRequest";
var _DR = "DryRun";
var _DRP = "DeleteResourcePolicy";
var _DRPR = "DeleteResourcePolicyRequest";
var _DSR = "DirectS3Read";
var _De = "Destination";
var _Du = "Duration";
var _E = "Error";
var _EC = "ErrorCode";
var _ECADE = "EC2AccessDeniedException";
var _ECEC = "EC2ErrorCode";
var _ECTE = "EC2ThrottledException";
var _ECUE = "EC2UnexpectedException";
var _ED = "ErrorData";
var _EDI = "ExecutionDataIncluded";
var _EDr = "ErrorDetails";
var _EDx = "ExecutionDetails";
var _EE = "EnvironmentError";
var _EEMGBPVC = "ExecutionEnvironmentMemoryGiBPerVCpu";
var _EEv = "EventError";
var _EFD = "ExecutionFailedDetails";
var _EFSIOE = "EFSIOException";
var _EFSMCE = "EFSMountConnectivityException";
var _EFSMFE = "EFSMountFailureException";
var _EFSMTE = "EFSMountTimeoutException";
var _EH = "ExposeHeaders";
var _EI = "EventId";
var _EIT = "ExcludedInstanceTypes";
var _EIv = "EventInput";
var _EM = "ErrorMessage";
var _ENILRE = "ENILimitReachedException";
var _ENINRE = "ENINotReadyException";
var _EO = "ErrorObject";
var _EP = "EntryPoint";
var _ER = "EnvironmentResponse";
var _ERF = "EventRecordFormat";
var _ERv = "EventResult";
var _ES = "EphemeralStorage";
var _ESA = "EventSourceArn";
var _ESD = "ExecutionStartedDetails";
var _ESDx = "ExecutionSucceededDetails";
var _ESDxe = "ExecutionStoppedDetails";
var _ESM = "EventSourceMappings";
var _ESMA = "EventSourceMappingArn";
var _ESMC = "EventSourceMappingConfiguration";
var _ESML = "EventSourceMappingsList";
var _ESMLC = "EventSourceMappingLoggingConfig";
var _ESMMC = "EventSourceMappingMetricsConfig";
var _EST = "EventSourceToken";
var _ESv = "EventStream";
var _ET = "ErrorType";
var _ETOD = "ExecutionTimedOutDetails";
var _ETn = "EndTimestamp";
var _ETv = "EventType";
var _ETve = "EventTimestamp";
var _ETx = "ExecutionTimeout";
var _ETxp = "ExplicitTags";
var _EV = "ExecutedVersion";
var _EVN = "EnvironmentVariableName";
var _EVV = "EnvironmentVariableValue";
var _EVn = "EnvironmentVariables";
var _En = "Enabled";
var _End = "Endpoints";
var _Env = "Environment";
var _Ev = "Event";
var _Eve = "Events";
var _Ex = "Execution";
var _F = "Filter";
var _FA = "FunctionArn";
var _FAu = "FunctionArns";
var _FC = "FunctionCount";
var _FCE = "FilterCriteriaError";
var _FCL = "FunctionCodeLocation";
var _FCLE = "FunctionCodeLocationError";
var _FCi = "FilterCriteria";
var _FCu = "FunctionCode";
var _FCun = "FunctionConfiguration";
var _FD = "FullDocument";
var _FE = "FunctionError";
var _FEIC = "FunctionEventInvokeConfig";
var _FEICL = "FunctionEventInvokeConfigList";
var _FEICu = "FunctionEventInvokeConfigs";
var _FL = "FilterList";
var _FLu = "FunctionList";
var _FN = "FunctionName";
var _FRT = "FunctionResponseTypes";
var _FS = "FunctionState";
var _FSC = "FileSystemConfigs";
var _FSCL = "FileSystemConfigList";
var _FSCi = "FileSystemConfig";
var _FSCu = "FunctionScalingConfig";
var _FU = "FunctionUrl";
var _FUAT = "FunctionUrlAuthType";
var _FUC = "FunctionUrlConfig";
var _FUCL = "FunctionUrlConfigList";
var _FUCu = "FunctionUrlConfigs";
var _FV = "FunctionVersion";
var _FVBCPL = "FunctionVersionsByCapacityProviderList";
var _FVBCPLI = "FunctionVersionsByCapacityProviderListItem";
var _FVPCPLEE = "FunctionVersionsPerCapacityProviderLimitExceededException";
var _FVu = "FunctionVersions";
var _Fi = "Filters";
var _Fu = "Functions";
var _GA = "GetAlias";
var _GAR = "GetAliasRequest";
var _GAS = "GetAccountSettings";
var _GASR = "GetAccountSettingsRequest";
var _GASRe = "GetAccountSettingsResponse";
var _GCP = "GetCapacityProvider";
var _GCPR = "GetCapacityProviderRequest";
var _GCPRe = "GetCapacityProviderResponse";
var _GCSC = "GetCodeSigningConfig";
var _GCSCR = "GetCodeSigningConfigRequest";
var _GCSCRe = "GetCodeSigningConfigResponse";
var _GDE = "GetDurableExecution";
var _GDEH = "GetDurableExecutionHistory";
var _GDEHR = "GetDurableExecutionHistoryRequest";
var _GDEHRe = "GetDurableExecutionHistoryResponse";
var _GDER = "GetDurableExecutionRequest";
var _GDERe = "GetDurableExecutionResponse";
var _GDES = "GetDurableExecutionState";
var _GDESR = "GetDurableExecutionStateRequest";
var _GDESRe = "GetDurableExecutionStateResponse";
var _GESM = "GetEventSourceMapping";
var _GESMR = "GetEventSourceMappingRequest";
var _GF = "GetFunction";
var _GFC = "GetFunctionConcurrency";
var _GFCR = "GetFunctionConcurrencyRequest";
var _GFCRe = "GetFunctionConcurrencyResponse";
var _GFCRet = "GetFunctionConfigurationRequest";
var _GFCSC = "GetFunctionCodeSigningConfig";
var _GFCSCR = "GetFunctionCodeSigningConfigRequest";
var _GFCSCRe = "GetFunctionCodeSigningConfigResponse";
var _GFCe = "GetFunctionConfiguration";
var _GFEIC = "GetFunctionEventInvokeConfig";
var _GFEICR = "GetFunctionEventInvokeConfigRequest";
var _GFR = "GetFunctionRequest";
var _GFRC = "GetFunctionRecursionConfig";
var _GFRCR = "GetFunctionRecursionConfigRequest";
var _GFRCRe = "GetFunctionRecursionConfigResponse";
var _GFRe = "GetFunctionResponse";
var _GFSC = "GetFunctionScalingConfig";
var _GFSCR = "GetFunctionScalingConfigRequest";
var _GFSCRe = "GetFunctionScalingConfigResponse";
var _GFUC = "GetFunctionUrlConfig";
var _GFUCR = "GetFunctionUrlConfigRequest";
var _GFUCRe = "GetFunctionUrlConfigResponse";
var _GLV = "GetLayerVersion";
var _GLVBA = "GetLayerVersionByArn";
var _GLVBAR = "GetLayerVersionByArnRequest";
var _GLVP = "GetLayerVersionPolicy";
var _GLVPR = "GetLayerVersionPolicyRequest";
var _GLVPRe = "GetLayerVersionPolicyResponse";
var _GLVR = "GetLayerVersionRequest";
var _GLVRe = "GetLayerVersionResponse";
var _GP = "GetPolicy";
var _GPCC = "GetProvisionedConcurrencyConfig";
var _GPCCR = "GetProvisionedConcurrencyConfigRequest";
var _GPCCRe = "GetProvisionedConcurrencyConfigResponse";
var _GPR = "GetPolicyRequest";
var _GPRe = "GetPolicyResponse";
var _GRMC = "GetRuntimeManagementConfig";
var _GRMCR = "GetRuntimeManagementConfigRequest";
var _GRMCRe = "GetRuntimeManagementConfigResponse";
var _GRP = "GetResourcePolicy";
var _GRPR = "GetResourcePolicyRequest";
var _GRPRe = "GetResourcePolicyResponse";
var _H = "Handler";
var _HT = "HeartbeatTimeout";
var _HTS = "HeartbeatTimeoutSeconds";
var _I = "Input";
var _IA = "InvokeArgs";
var _IAFDS = "Ipv6AllowedForDualStack";
var _IAR = "InvokeAsyncRequest";
var _IARn = "InvokeAsyncResponse";
var _IAn = "InvokeAsync";
var _IC = "ImageConfig";
var _ICD = "InvocationCompletedDetails";
var _ICE = "ImageConfigError";
var _ICR = "ImageConfigResponse";
var _ICSE = "InvalidCodeSignatureException";
var _ICn = "InvokeComplete";
var _IED = "IncludeExecutionData";
var _IM = "InvokeMode";
var _IP = "InputPayload";
var _IPVE = "InvalidParameterValueException";
var _IR = "InstanceRequirements";
var _IRCE = "InvalidRequestContentException";
var _IRE = "InvalidRuntimeException";
var _IRSU = "InvokeResponseStreamUpdate";
var _IRn = "InvocationRequest";
var _IRnv = "InvocationResponse";
var _ISGIDE = "InvalidSecurityGroupIDException";
var _ISIDE = "InvalidSubnetIDException";
var _IT = "InvocationType";
var _IU = "ImageUri";
var _IVFU = "InvokedViaFunctionUrl";
var _IWRS = "InvokeWithResponseStream";
var _IWRSCE = "InvokeWithResponseStreamCompleteEvent";
var _IWRSR = "InvokeWithResponseStreamRequest";
var _IWRSRE = "InvokeWithResponseStreamResponseEvent";
var _IWRSRn = "InvokeWithResponseStreamResponse";
var _IZFE = "InvalidZipFileException";
var _Id = "Id";
var _In = "Invoke";
var _K = "Key";
var _KKA = "KmsKeyArn";
var _KMSADE = "KMSAccessDeniedException";
var _KMSDE = "KMSDisabledException";
var _KMSISE = "KMSInvalidStateException";
var _KMSKA = "KMSKeyArn";
var _KMSNFE = "KMSNotFoundException";
var _KSRAC = "KafkaSchemaRegistryAccessConfig";
var _KSRACL = "KafkaSchemaRegistryAccessConfigList";
var _KSRC = "KafkaSchemaRegistryConfig";
var _KSVC = "KafkaSchemaValidationConfig";
var _KSVCL = "KafkaSchemaValidationConfigList";
var _L = "Layers";
var _LA = "LayerArn";
var _LAR = "ListAliasesRequest";
var _LARi = "ListAliasesResponse";
var _LAi = "ListAliases";
var _LC = "LoggingConfig";
var _LCP = "ListCapacityProviders";
var _LCPR = "ListCapacityProvidersRequest";
var _LCPRi = "ListCapacityProvidersResponse";
var _LCSC = "ListCodeSigningConfigs";
var _LCSCR = "ListCodeSigningConfigsRequest";
var _LCSCRi = "ListCodeSigningConfigsResponse";
var _LDEBF = "ListDurableExecutionsByFunction";
var _LDEBFR = "ListDurableExecutionsByFunctionRequest";
var _LDEBFRi = "ListDurableExecutionsByFunctionResponse";
var _LESM = "ListEventSourceMappings";
var _LESMR = "ListEventSourceMappingsRequest";
var _LESMRi = "ListEventSourceMappingsResponse";
var _LF = "LogFormat";
var _LFBCSC = "ListFunctionsByCodeSigningConfig";
var _LFBCSCR = "ListFunctionsByCodeSigningConfigRequest";
var _LFBCSCRi = "ListFunctionsByCodeSigningConfigResponse";
var _LFEIC = "ListFunctionEventInvokeConfigs";
var _LFEICR = "ListFunctionEventInvokeConfigsRequest";
var _LFEICRi = "ListFunctionEventInvokeConfigsResponse";
var _LFR = "ListFunctionsRequest";
var _LFRi = "ListFunctionsResponse";
var _LFUC = "ListFunctionUrlConfigs";
var _LFUCR = "ListFunctionUrlConfigsRequest";
var _LFUCRi = "ListFunctionUrlConfigsResponse";
var _LFVBCP = "ListFunctionVersionsByCapacityProvider";
var _LFVBCPR = "ListFunctionVersionsByCapacityProviderRequest";
var _LFVBCPRi = "ListFunctionVersionsByCapacityProviderResponse";
var _LFi = "ListFunctions";
var _LG = "LogGroup";
var _LI = "LicenseInfo";
var _LL = "LayersList";
var _LLI = "LayersListItem";
var _LLR = "ListLayersRequest";
var _LLRi = "ListLayersResponse";
var _LLV = "ListLayerVersions";
var _LLVR = "ListLayerVersionsRequest";
var _LLVRi = "ListLayerVersionsResponse";
var _LLi = "ListLayers";
var _LM = "LastModified";
var _LMICPC = "LambdaManagedInstancesCapacityProviderConfig";
var _LMP = "LocalMountPath";
var _LMT = "LastModifiedTime";
var _LMV = "LatestMatchingVersion";
var _LN = "LayerName";
var _LPCC = "ListProvisionedConcurrencyConfigs";
var _LPCCR = "ListProvisionedConcurrencyConfigsRequest";
var _LPCCRi = "ListProvisionedConcurrencyConfigsResponse";
var _LPR = "LastProcessingResult";
var _LR = "LogResult";
var _LRL = "LayersReferenceList";
var _LT = "LogType";
var _LTR = "ListTagsRequest";
var _LTRi = "ListTagsResponse";
var _LTi = "ListTags";
var _LUS = "LastUpdateStatus";
var _LUSR = "LastUpdateStatusReason";
var _LUSRC = "LastUpdateStatusReasonCode";
var _LV = "LayerVersions";
var _LVA = "LayerVersionArn";
var _LVBF = "ListVersionsByFunction";
var _LVBFR = "ListVersionsByFunctionRequest";
var _LVBFRi = "ListVersionsByFunctionResponse";
var _LVCI = "LayerVersionContentInput";
var _LVCO = "LayerVersionContentOutput";
var _LVL = "LayerVersionsList";
var _LVLI = "LayerVersionsListItem";
var _La = "Layer";
var _Lo = "Location";
var _M = "Message";
var _MA = "MaxAge";
var _MAa = "MasterArn";
var _MBWIS = "MaximumBatchingWindowInSeconds";
var _MC = "MetricsConfig";
var _MCa = "MaximumConcurrency";
var _MEAIS = "MaximumEventAgeInSeconds";
var _MEE = "MinExecutionEnvironments";
var _MEEa = "MaxExecutionEnvironments";
var _MI = "MaxItems";
var _MNSE = "ModeNotSupportedException";
var _MP = "MinimumPollers";
var _MPa = "MaximumPollers";
var _MR = "MasterRegion";
var _MRA = "MaximumRetryAttempts";
var _MRAIS = "MaximumRecordAgeInSeconds";
var _MS = "MemorySize";
var _MVCC = "MaxVCpuCount";
var _Ma = "Marker";
var _Me = "Metrics";
var _Mo = "Mode";
var _N = "Name";
var _NADS = "NextAttemptDelaySeconds";
var _NAT = "NextAttemptTimestamp";
var _NES = "NewExecutionState";
var _NM = "NextMarker";
var _NPVE = "NoPublishedVersionException";
var _O = "Operations";
var _OF = "OnFailure";
var _OI = "OrganizationId";
var _OP = "OperationPayload";
var _OPu = "OutputPayload";
var _OS = "OnSuccess";
var _OSp = "OptimizationStatus";
var _OU = "OperationUpdate";
var _OUp = "OperationUpdates";
var _Op = "Operation";
var _P = "Principal";
var _PC = "PermissionsConfig";
var _PCC = "ProvisionedConcurrencyConfigs";
var _PCCL = "ProvisionedConcurrencyConfigList";
var _PCCLI = "ProvisionedConcurrencyConfigListItem";
var _PCCNFE = "ProvisionedConcurrencyConfigNotFoundException";
var _PCE = "ProvisionedConcurrentExecutions";
var _PCa = "PayloadChunk";
var _PEEMC = "PerExecutionEnvironmentMaxConcurrency";
var _PF = "ParallelizationFactor";
var _PFC = "PutFunctionConcurrency";
var _PFCR = "PutFunctionConcurrencyRequest";
var _PFCSC = "PutFunctionCodeSigningConfig";
var _PFCSCR = "PutFunctionCodeSigningConfigRequest";
var _PFCSCRu = "PutFunctionCodeSigningConfigResponse";
var _PFE = "PreconditionFailedException";
var _PFEIC = "PutFunctionEventInvokeConfig";
var _PFEICR = "PutFunctionEventInvokeConfigRequest";
var _PFRC = "PutFunctionRecursionConfig";
var _PFRCR = "PutFunctionRecursionConfigRequest";
var _PFRCRu = "PutFunctionRecursionConfigResponse";
var _PFSC = "PutFunctionScalingConfig";
var _PFSCR = "PutFunctionScalingConfigRequest";
var _PFSCRu = "PutFunctionScalingConfigResponse";
var _PGN = "PollerGroupName";
var _PI = "ParentId";
var _PLEE = "PolicyLengthExceededException";
var _PLV = "PublishLayerVersion";
var _PLVR = "PublishLayerVersionRequest";
var _PLVRu = "PublishLayerVersionResponse";
var _PMT = "PredefinedMetricType";
var _POID = "PrincipalOrgID";
var _PPC = "ProvisionedPollerConfig";
var _PPCC = "PutProvisionedConcurrencyConfig";
var _PPCCR = "PutProvisionedConcurrencyConfigRequest";
var _PPCCRu = "PutProvisionedConcurrencyConfigResponse";
var _PPE = "PublicPolicyException";
var _PRMC = "PutRuntimeManagementConfig";
var _PRMCR = "PutRuntimeManagementConfigRequest";
var _PRMCRu = "PutRuntimeManagementConfigResponse";
var _PRP = "PutResourcePolicy";
var _PRPR = "PutResourcePolicyRequest";
var _PRPRu = "PutResourcePolicyResponse";
var _PT = "PropagateTags";
var _PTa = "PackageType";
var _PTu = "PublishTo";
var _PV = "PublishVersion";
var _PVR = "PublishVersionRequest";
var _Pa = "Payload";
var _Pat = "Pattern";
var _Po = "Policy";
var _Pu = "Publish";
var _Q = "Qualifier";
var _Qu = "Queues";
var _R = "Reason";
var _RA = "Retry-After";
var _RAe = "ResourceArn";
var _RC = "RoutingConfig";
var _RCE = "ResourceConflictException";
var _RCEe = "ReservedConcurrentExecutions";
var _RCe = "ReplayChildren";
var _RD = "RetryDetails";
var _RFSC = "RequestedFunctionScalingConfig";
var _RI = "RevisionId";
var _RIE = "RecursiveInvocationException";
var _RIU = "ResolvedImageUri";
var _RIUE = "ResourceInUseException";
var _RIe = "RequestId";
var _RL = "RecursiveLoop";
var _RLVP = "RemoveLayerVersionPermission";
var _RLVPR = "RemoveLayerVersionPermissionRequest";
var _RNFE = "ResourceNotFoundException";
var _RNRE = "ResourceNotReadyException";
var _RO = "ReverseOrder";
var _RP = "RemovePermission";
var _RPCE = "RequestedProvisionedConcurrentExecutions";
var _RPID = "RetentionPeriodInDays";
var _RPR = "RemovePermissionRequest";
var _RSCT = "ResponseStreamContentType";
var _RSO = "ResolvedS3Object";
var _RT = "RepositoryType";
var _RTLE = "RequestTooLargeException";
var _RVA = "RuntimeVersionArn";
var _RVC = "RuntimeVersionConfig";
var _RVE = "RuntimeVersionError";
var _Re = "Result";
var _Res = "Resource";
var _Ro = "Role";
var _Ru = "Runtime";
var _S = "Statement";
var _SA = "SourceArn";
var _SAC = "SourceAccessConfigurations";
var _SACo = "SourceAccessConfiguration";
var _SAo = "SourceAccount";
var _SAt = "StartedAfter";
var _SB = "S3Bucket";
var _SBt = "StartedBefore";
var _SC = "ScalingConfig";
var _SCt = "StatusCode";
var _SD = "StepDetails";
var _SDE = "StopDurableExecution";
var _SDECF = "SendDurableExecutionCallbackFailure";
var _SDECFR = "SendDurableExecutionCallbackFailureRequest";
var _SDECFRe = "SendDurableExecutionCallbackFailureResponse";
var _SDECH = "SendDurableExecutionCallbackHeartbeat";
var _SDECHR = "SendDurableExecutionCallbackHeartbeatRequest";
var _SDECHRe = "SendDurableExecutionCallbackHeartbeatResponse";
var _SDECS = "SendDurableExecutionCallbackSuccess";
var _SDECSR = "SendDurableExecutionCallbackSuccessRequest";
var _SDECSRe = "SendDurableExecutionCallbackSuccessResponse";
var _SDER = "StopDurableExecutionRequest";
var _SDERt = "StopDurableExecutionResponse";
var _SE = "ServiceException";
var _SET = "ScheduledEndTimestamp";
var _SFC = "S3FilesConfig";
var _SFD = "StepFailedDetails";
var _SFMCE = "S3FilesMountConnectivityException";
var _SFMFE = "S3FilesMountFailureException";
var _SFMTE = "S3FilesMountTimeoutException";
var _SGI = "SecurityGroupIds";
var _SI = "StatementId";
var _SIPALRE = "SubnetIPAddressLimitReachedException";
var _SIu = "SubnetIds";
var _SJA = "SigningJobArn";
var _SK = "S3Key";
var _SKMSKA = "SourceKMSKeyArn";
var _SLL = "SystemLogLevel";
var _SM = "ScalingMode";
var _SMES = "SelfManagedEventSource";
var _SMKESC = "SelfManagedKafkaEventSourceConfig";
var _SO = "StepOptions";
var _SOSM = "S3ObjectStorageMode";
var _SOV = "S3ObjectVersion";
var _SP = "ScalingPolicies";
var _SPT = "StartingPositionTimestamp";
var _SPVA = "SigningProfileVersionArns";
var _SPVAi = "SigningProfileVersionArn";
var _SPt = "StartingPosition";
var _SQEE = "ServiceQuotaExceededException";
var _SR = "StateReason";
var _SRC = "SchemaRegistryConfig";
var _SRCt = "StateReasonCode";
var _SRETLE = "SerializedRequestEntityTooLargeException";
var _SRURI = "SchemaRegistryURI";
var _SRt = "StatusReason";
var _SS = "SensitiveString";
var _SSD = "StepStartedDetails";
var _SSDt = "StepSucceededDetails";
var _SSE = "SnapStartException";
var _SSNRE = "SnapStartNotReadyException";
var _SSR = "SnapStartResponse";
var _SSRFE = "SnapStartRegenerationFailureException";
var _SSTE = "SnapStartTimeoutException";
var _SSn = "SnapStart";
var _ST = "StackTrace";
var _STE = "StackTraceEntry";
var _STEt = "StackTraceEntries";
var _STR = "StateTransitionReason";
var _STt = "StartTimestamp";
var _STto = "StopTimestamp";
var _STu = "SubType";
var _SVC = "SchemaValidationConfigs";
var _Si = "Size";
var _St = "State";
var _Sta = "Status";
var _Stat = "Statuses";
var _T = "Type";
var _TA = "TargetArn";
var _TC = "TelemetryConfig";
var _TCR = "TracingConfigResponse";
var _TCS = "TotalCodeSize";
var _TCe = "TenancyConfig";
var _TCr = "TracingConfig";
var _TE = "TagsError";
var _TH = "TraceHeader";
var _TI = "TenantId";
var _TIM = "TenantIsolationMode";
var _TK = "TagKeys";
var _TKL = "TagKeyList";
var _TMRE = "TooManyRequestsException";
var _TR = "TagResource";
var _TRR = "TagResourceRequest";
var _TS = "TimeoutSeconds";
var _TTSP = "TargetTrackingScalingPolicy";
var _TV = "TargetValue";
var _TWIS = "TumblingWindowInSeconds";
var _Ta = "Tags";
var _Ti = "Timeout";
var _To = "Topics";
var _Tr = "Truncated";
var _U = "Updates";
var _UA = "UpdateAlias";
var _UAOD = "UntrustedArtifactOnDeployment";
var _UAR = "UpdateAliasRequest";
var _UCE = "UnreservedConcurrentExecutions";
var _UCP = "UpdateCapacityProvider";
var _UCPR = "UpdateCapacityProviderRequest";
var _UCPRp = "UpdateCapacityProviderResponse";
var _UCSC = "UpdateCodeSigningConfig";
var _UCSCR = "UpdateCodeSigningConfigRequest";
var _UCSCRp = "UpdateCodeSigningConfigResponse";
var _UESM = "UpdateEventSourceMapping";
var _UESMR = "UpdateEventSourceMappingRequest";
var _UFC = "UpdateFunctionCode";
var _UFCR = "UpdateFunctionCodeRequest";
var _UFCRp = "UpdateFunctionConfigurationRequest";
var _UFCp = "UpdateFunctionConfiguration";
var _UFEIC = "UpdateFunctionEventInvokeConfig";
var _UFEICR = "UpdateFunctionEventInvokeConfigRequest";
var _UFUC = "UpdateFunctionUrlConfig";
var _UFUCR = "UpdateFunctionUrlConfigRequest";
var _UFUCRp = "UpdateFunctionUrlConfigResponse";
var _UMTE = "UnsupportedMediaTypeException";
var _UR = "UntagResource";
var _URI = "URI";
var _URO = "UpdateRuntimeOn";
var _URR = "UntagResourceRequest";
var _UUID = "UUID";
var _V = "Variables";
var _VC = "VpcConfig";
var _VCR = "VpcConfigResponse";
var _VI = "VpcId";
var _VN = "VersionNumber";
var _Ve = "Version";
var _Ver = "Versions";
var _WCD = "WaitCancelledDetails";
var _WD = "WorkingDirectory";
var _WDa = "WaitDetails";
var _WO = "WaitOptions";
var _WS = "WaitSeconds";
var _WSD = "WaitStartedDetails";
var _WSDa = "WaitSucceededDetails";
var _XACC = "X-Amz-Client-Context";
var _XADEA = "X-Amz-Durable-Execution-Arn";
var _XADEN = "X-Amz-Durable-Execution-Name";
var _XAEV = "X-Amz-Executed-Version";
var _XAFE = "X-Amz-Function-Error";
var _XAIT = "X-Amz-Invocation-Type";
var _XALR = "X-Amz-Log-Result";
var _XALT = "X-Amz-Log-Type";
var _XATI = "XAmznTraceId";
var _XATI_ = "X-Amz-Tenant-Id";
var _ZF = "ZipFile";
var _c = "client";
var _e = "error";
var _eP = "eventPayload";
var _h = "http";
var _hE = "httpError";
var _hH = "httpHeader";
var _hQ = "httpQuery";
var _m = "message";
var _rAS = "retryAfterSeconds";
var _s = "smithy.ts.sdk.synthetic.com.amazonaws.lambda";
var _se = "server";
var _st = "streaming";
var _tK = "tagKeys";
var _xN = "xmlName";
var n0 = "com.amazonaws.lambda";
var _s_registry = new TypeRegistry(_s);
var LambdaServiceException$ = [-3, _s, "LambdaServiceException", 0, [], []];
_s_registry.registerError(LambdaServiceException$, LambdaServiceException);
var n0_registry = new TypeRegistry(n0);
var AliasLimitExceededException$ = [
  -3,
  n0,
  _ALEE,
  { [_e]: _c, [_hE]: 400 },
  [_T, _m],
  [0, 0]
];
n0_registry.registerError(AliasLimitExceededException$, AliasLimitExceededException);
var CallbackTimeoutException$ = [
  -3,
  n0,
  _CTE,
  { [_e]: _c, [_hE]: 400 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(CallbackTimeoutException$, CallbackTimeoutException);
var CapacityProviderLimitExceededException$ = [
  -3,
  n0,
  _CPLEE,
  { [_e]: _c, [_hE]: 400 },
  [_T, _m],
  [0, 0]
];
n0_registry.registerError(CapacityProviderLimitExceededException$, CapacityProviderLimitExceededException);
var CodeArtifactUserDeletedException$ = [
  -3,
  n0,
  _CAUDE,
  { [_e]: _c, [_hE]: 409 },
  [_T, _m],
  [0, 0]
];
n0_registry.registerError(CodeArtifactUserDeletedException$, CodeArtifactUserDeletedException);
var CodeArtifactUserFailedException$ = [
  -3,
  n0,
  _CAUFE,
  { [_e]: _c, [_hE]: 409 },
  [_T, _m],
  [0, 0]
];
n0_registry.registerError(CodeArtifactUserFailedException$, CodeArtifactUserFailedException);
var CodeArtifactUserPendingException$ = [
  -3,
  n0,
  _CAUPE,
  { [_e]: _c, [_hE]: 409 },
  [_T, _m],
  [0, 0]
];
n0_registry.registerError(CodeArtifactUserPendingException$, CodeArtifactUserPendingException);
var CodeSigningConfigNotFoundException$ = [
  -3,
  n0,
  _CSCNFE,
  { [_e]: _c, [_hE]: 404 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(CodeSigningConfigNotFoundException$, CodeSigningConfigNotFoundException);
var CodeStorageExceededException$ = [
  -3,
  n0,
  _CSEE,
  { [_e]: _c, [_hE]: 400 },
  [_T, _m],
  [0, 0]
];
n0_registry.registerError(CodeStorageExceededException$, CodeStorageExceededException);
var CodeVerificationFailedException$ = [
  -3,
  n0,
  _CVFE,
  { [_e]: _c, [_hE]: 400 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(CodeVerificationFailedException$, CodeVerificationFailedException);
var DurableExecutionAlreadyStartedException$ = [
  -3,
  n0,
  _DEASE,
  { [_e]: _c, [_hE]: 409 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(DurableExecutionAlreadyStartedException$, DurableExecutionAlreadyStartedException);
var EC2AccessDeniedException$ = [
  -3,
  n0,
  _ECADE,
  { [_e]: _se, [_hE]: 502 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(EC2AccessDeniedException$, EC2AccessDeniedException);
var EC2ThrottledException$ = [
  -3,
  n0,
  _ECTE,
  { [_e]: _se, [_hE]: 502 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(EC2ThrottledException$, EC2ThrottledException);
var EC2UnexpectedException$ = [
  -3,
  n0,
  _ECUE,
  { [_e]: _se, [_hE]: 502 },
  [_T, _M, _ECEC],
  [0, 0, 0]
];
n0_registry.registerError(EC2UnexpectedException$, EC2UnexpectedException);
var EFSIOException$ = [
  -3,
  n0,
  _EFSIOE,
  { [_e]: _c, [_hE]: 410 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(EFSIOException$, EFSIOException);
var EFSMountConnectivityException$ = [
  -3,
  n0,
  _EFSMCE,
  { [_e]: _c, [_hE]: 408 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(EFSMountConnectivityException$, EFSMountConnectivityException);
var EFSMountFailureException$ = [
  -3,
  n0,
  _EFSMFE,
  { [_e]: _c, [_hE]: 403 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(EFSMountFailureException$, EFSMountFailureException);
var EFSMountTimeoutException$ = [
  -3,
  n0,
  _EFSMTE,
  { [_e]: _c, [_hE]: 408 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(EFSMountTimeoutException$, EFSMountTimeoutException);
var ENILimitReachedException$ = [
  -3,
  n0,
  _ENILRE,
  { [_e]: _se, [_hE]: 502 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(ENILimitReachedException$, ENILimitReachedException);
var ENINotReadyException$ = [
  -3,
  n0,
  _ENINRE,
  { [_e]: _se, [_hE]: 502 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(ENINotReadyException$, ENINotReadyException);
var FunctionVersionsPerCapacityProviderLimitExceededException$ = [
  -3,
  n0,
  _FVPCPLEE,
  { [_e]: _c, [_hE]: 400 },
  [_T, _m],
  [0, 0]
];
n0_registry.registerError(FunctionVersionsPerCapacityProviderLimitExceededException$, FunctionVersionsPerCapacityProviderLimitExceededException);
var InvalidCodeSignatureException$ = [
  -3,
  n0,
  _ICSE,
  { [_e]: _c, [_hE]: 400 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(InvalidCodeSignatureException$, InvalidCodeSignatureException);
var InvalidParameterValueException$ = [
  -3,
  n0,
  _IPVE,
  { [_e]: _c, [_hE]: 400 },
  [_T, _m],
  [0, 0]
];
n0_registry.registerError(InvalidParameterValueException$, InvalidParameterValueException);
var InvalidRequestContentException$ = [
  -3,
  n0,
  _IRCE,
  { [_e]: _c, [_hE]: 400 },
  [_T, _m],
  [0, 0]
];
n0_registry.registerError(InvalidRequestContentException$, InvalidRequestContentException);
var InvalidRuntimeException$ = [
  -3,
  n0,
  _IRE,
  { [_e]: _se, [_hE]: 502 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(InvalidRuntimeException$, InvalidRuntimeException);
var InvalidSecurityGroupIDException$ = [
  -3,
  n0,
  _ISGIDE,
  { [_e]: _se, [_hE]: 502 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(InvalidSecurityGroupIDException$, InvalidSecurityGroupIDException);
var InvalidSubnetIDException$ = [
  -3,
  n0,
  _ISIDE,
  { [_e]: _se, [_hE]: 502 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(InvalidSubnetIDException$, InvalidSubnetIDException);
var InvalidZipFileException$ = [
  -3,
  n0,
  _IZFE,
  { [_e]: _se, [_hE]: 502 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(InvalidZipFileException$, InvalidZipFileException);
var KMSAccessDeniedException$ = [
  -3,
  n0,
  _KMSADE,
  { [_e]: _se, [_hE]: 502 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(KMSAccessDeniedException$, KMSAccessDeniedException);
var KMSDisabledException$ = [
  -3,
  n0,
  _KMSDE,
  { [_e]: _se, [_hE]: 502 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(KMSDisabledException$, KMSDisabledException);
var KMSInvalidStateException$ = [
  -3,
  n0,
  _KMSISE,
  { [_e]: _se, [_hE]: 502 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(KMSInvalidStateException$, KMSInvalidStateException);
var KMSNotFoundException$ = [
  -3,
  n0,
  _KMSNFE,
  { [_e]: _se, [_hE]: 502 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(KMSNotFoundException$, KMSNotFoundException);
var ModeNotSupportedException$ = [
  -3,
  n0,
  _MNSE,
  { [_e]: _c, [_hE]: 400 },
  [_T, _m],
  [0, 0]
];
n0_registry.registerError(ModeNotSupportedException$, ModeNotSupportedException);
var NoPublishedVersionException$ = [
  -3,
  n0,
  _NPVE,
  { [_e]: _c, [_hE]: 400 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(NoPublishedVersionException$, NoPublishedVersionException);
var PolicyLengthExceededException$ = [
  -3,
  n0,
  _PLEE,
  { [_e]: _c, [_hE]: 400 },
  [_T, _m],
  [0, 0]
];
n0_registry.registerError(PolicyLengthExceededException$, PolicyLengthExceededException);
var PreconditionFailedException$ = [
  -3,
  n0,
  _PFE,
  { [_e]: _c, [_hE]: 412 },
  [_T, _m],
  [0, 0]
];
n0_registry.registerError(PreconditionFailedException$, PreconditionFailedException);
var ProvisionedConcurrencyConfigNotFoundException$ = [
  -3,
  n0,
  _PCCNFE,
  { [_e]: _c, [_hE]: 404 },
  [_T, _m],
  [0, 0]
];
n0_registry.registerError(ProvisionedConcurrencyConfigNotFoundException$, ProvisionedConcurrencyConfigNotFoundException);
var PublicPolicyException$ = [
  -3,
  n0,
  _PPE,
  { [_e]: _c, [_hE]: 400 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(PublicPolicyException$, PublicPolicyException);
var RecursiveInvocationException$ = [
  -3,
  n0,
  _RIE,
  { [_e]: _c, [_hE]: 400 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(RecursiveInvocationException$, RecursiveInvocationException);
var RequestTooLargeException$ = [
  -3,
  n0,
  _RTLE,
  { [_e]: _c, [_hE]: 413 },
  [_T, _m],
  [0, 0]
];
n0_registry.registerError(RequestTooLargeException$, RequestTooLargeException);
var ResourceConflictException$ = [
  -3,
  n0,
  _RCE,
  { [_e]: _c, [_hE]: 409 },
  [_T, _m],
  [0, 0]
];
n0_registry.registerError(ResourceConflictException$, ResourceConflictException);
var ResourceInUseException$ = [
  -3,
  n0,
  _RIUE,
  { [_e]: _c, [_hE]: 400 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(ResourceInUseException$, ResourceInUseException);
var ResourceNotFoundException$ = [
  -3,
  n0,
  _RNFE,
  { [_e]: _c, [_hE]: 404 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
var ResourceNotReadyException$ = [
  -3,
  n0,
  _RNRE,
  { [_e]: _se, [_hE]: 502 },
  [_T, _m],
  [0, 0]
];
n0_registry.registerError(ResourceNotReadyException$, ResourceNotReadyException);
var S3FilesMountConnectivityException$ = [
  -3,
  n0,
  _SFMCE,
  { [_e]: _c, [_hE]: 408 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(S3FilesMountConnectivityException$, S3FilesMountConnectivityException);
var S3FilesMountFailureException$ = [
  -3,
  n0,
  _SFMFE,
  { [_e]: _c, [_hE]: 403 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(S3FilesMountFailureException$, S3FilesMountFailureException);
var S3FilesMountTimeoutException$ = [
  -3,
  n0,
  _SFMTE,
  { [_e]: _c, [_hE]: 408 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(S3FilesMountTimeoutException$, S3FilesMountTimeoutException);
var SerializedRequestEntityTooLargeException$ = [
  -3,
  n0,
  _SRETLE,
  { [_e]: _c, [_hE]: 413 },
  [_T, _m],
  [0, 0]
];
n0_registry.registerError(SerializedRequestEntityTooLargeException$, SerializedRequestEntityTooLargeException);
var ServiceException$ = [
  -3,
  n0,
  _SE,
  { [_e]: _se, [_hE]: 500 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(ServiceException$, ServiceException2);
var ServiceQuotaExceededException$ = [
  -3,
  n0,
  _SQEE,
  { [_e]: _c, [_hE]: 402 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(ServiceQuotaExceededException$, ServiceQuotaExceededException);
var SnapStartException$ = [
  -3,
  n0,
  _SSE,
  { [_e]: _c, [_hE]: 400 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(SnapStartException$, SnapStartException);
var SnapStartNotReadyException$ = [
  -3,
  n0,
  _SSNRE,
  { [_e]: _c, [_hE]: 409 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(SnapStartNotReadyException$, SnapStartNotReadyException);
var SnapStartRegenerationFailureException$ = [
  -3,
  n0,
  _SSRFE,
  { [_e]: _c, [_hE]: 409 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(SnapStartRegenerationFailureException$, SnapStartRegenerationFailureException);
var SnapStartTimeoutException$ = [
  -3,
  n0,
  _SSTE,
  { [_e]: _c, [_hE]: 408 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(SnapStartTimeoutException$, SnapStartTimeoutException);
var SubnetIPAddressLimitReachedException$ = [
  -3,
  n0,
  _SIPALRE,
  { [_e]: _se, [_hE]: 502 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(SubnetIPAddressLimitReachedException$, SubnetIPAddressLimitReachedException);
var TooManyRequestsException$ = [
  -3,
  n0,
  _TMRE,
  { [_e]: _c, [_hE]: 429 },
  [_rAS, _T, _m, _R],
  [[0, { [_hH]: _RA }], 0, 0, 0]
];
n0_registry.registerError(TooManyRequestsException$, TooManyRequestsException);
var UnsupportedMediaTypeException$ = [
  -3,
  n0,
  _UMTE,
  { [_e]: _c, [_hE]: 415 },
  [_T, _m],
  [0, 0]
];
n0_registry.registerError(UnsupportedMediaTypeException$, UnsupportedMediaTypeException);
var errorTypeRegistries = [
  _s_registry,
  n0_registry
];
var BinaryOperationPayload = [0, n0, _BOP, 8, 21];
var _Blob = [0, n0, _B, 8, 21];
var BlobStream = [0, n0, _BS, { [_st]: 1 }, 42];
var EnvironmentVariableName = [0, n0, _EVN, 8, 0];
var EnvironmentVariableValue = [0, n0, _EVV, 8, 0];
var ErrorData = [0, n0, _ED, 8, 0];
var ErrorMessage = [0, n0, _EM, 8, 0];
var ErrorType = [0, n0, _ET, 8, 0];
var InputPayload = [0, n0, _IP, 8, 0];
var OperationPayload = [0, n0, _OP, 8, 0];
var OutputPayload = [0, n0, _OPu, 8, 0];
var SensitiveString = [0, n0, _SS, 8, 0];
var StackTraceEntry = [0, n0, _STE, 8, 0];
var AccountLimit$ = [
  3,
  n0,
  _AL,
  0,
  [_TCS, _CSU, _CSZ, _CE, _UCE],
  [1, 1, 1, 1, 1]
];
var AccountUsage$ = [
  3,
  n0,
  _AU,
  0,
  [_TCS, _FC],
  [1, 1]
];
var AddLayerVersionPermissionRequest$ = [
  3,
  n0,
  _ALVPR,
  0,
  [_LN, _VN, _SI, _A, _P, _OI, _RI],
  [[0, 1], [1, 1], 0, 0, 0, 0, [0, { [_hQ]: _RI }]],
  5
];
var AddLayerVersionPermissionResponse$ = [
  3,
  n0,
  _ALVPRd,
  0,
  [_S, _RI],
  [0, 0]
];
var AddPermissionRequest$ = [
  3,
  n0,
  _APR,
  0,
  [_FN, _SI, _A, _P, _SA, _FUAT, _IVFU, _SAo, _EST, _Q, _RI, _POID],
  [[0, 1], 0, 0, 0, 0, 0, 2, 0, 0, [0, { [_hQ]: _Q }], 0, 0],
  4
];
var AddPermissionResponse$ = [
  3,
  n0,
  _APRd,
  0,
  [_S],
  [0]
];
var AliasConfiguration$ = [
  3,
  n0,
  _AC,
  0,
  [_AA, _N, _FV, _D, _RC, _RI],
  [0, 0, 0, 0, () => AliasRoutingConfiguration$, 0]
];
var AliasRoutingConfiguration$ = [
  3,
  n0,
  _ARC,
  0,
  [_AVW],
  [128 | 1]
];
var AllowedPublishers$ = [
  3,
  n0,
  _AP,
  0,
  [_SPVA],
  [64 | 0],
  1
];
var AmazonManagedKafkaEventSourceConfig$ = [
  3,
  n0,
  _AMKESC,
  0,
  [_CGI, _SRC],
  [0, () => KafkaSchemaRegistryConfig$]
];
var CallbackDetails$ = [
  3,
  n0,
  _CD,
  0,
  [_CI, _Re, _E],
  [0, [() => OperationPayload, 0], [() => ErrorObject$, 0]]
];
var CallbackFailedDetails$ = [
  3,
  n0,
  _CFD,
  0,
  [_E],
  [[() => EventError$, 0]],
  1
];
var CallbackOptions$ = [
  3,
  n0,
  _CO,
  0,
  [_TS, _HTS],
  [1, 1]
];
var CallbackStartedDetails$ = [
  3,
  n0,
  _CSD,
  0,
  [_CI, _HT, _Ti],
  [0, 1, 1],
  1
];
var CallbackSucceededDetails$ = [
  3,
  n0,
  _CSDa,
  0,
  [_Re],
  [[() => EventResult$, 0]],
  1
];
var CallbackTimedOutDetails$ = [
  3,
  n0,
  _CTOD,
  0,
  [_E],
  [[() => EventError$, 0]],
  1
];
var CapacityProvider$ = [
  3,
  n0,
  _CP,
  0,
  [_CPA, _St, _VC, _PC, _IR, _CPSC, _KKA, _LM, _PT, _TC],
  [0, 0, () => CapacityProviderVpcConfig$, () => CapacityProviderPermissionsConfig$, () => InstanceRequirements$, () => CapacityProviderScalingConfig$, 0, 0, () => PropagateTags$, () => CapacityProviderTelemetryConfig$],
  4
];
var CapacityProviderConfig$ = [
  3,
  n0,
  _CPC,
  0,
  [_LMICPC],
  [() => LambdaManagedInstancesCapacityProviderConfig$],
  1
];
var CapacityProviderLoggingConfig$ = [
  3,
  n0,
  _CPLC,
  0,
  [_SLL, _LG],
  [0, 0]
];
var CapacityProviderPermissionsConfig$ = [
  3,
  n0,
  _CPPC,
  0,
  [_CPORA],
  [0],
  1
];
var CapacityProviderScalingConfig$ = [
  3,
  n0,
  _CPSC,
  0,
  [_MVCC, _SM, _SP],
  [1, 0, () => CapacityProviderScalingPoliciesList]
];
var CapacityProviderTelemetryConfig$ = [
  3,
  n0,
  _CPTC,
  0,
  [_LC],
  [() => CapacityProviderLoggingConfig$]
];
var CapacityProviderVpcConfig$ = [
  3,
  n0,
  _CPVC,
  0,
  [_SIu, _SGI],
  [64 | 0, 64 | 0],
  2
];
var ChainedInvokeDetails$ = [
  3,
  n0,
  _CID,
  0,
  [_Re, _E],
  [[() => OperationPayload, 0], [() => ErrorObject$, 0]]
];
var ChainedInvokeFailedDetails$ = [
  3,
  n0,
  _CIFD,
  0,
  [_E],
  [[() => EventError$, 0]],
  1
];
var ChainedInvokeOptions$ = [
  3,
  n0,
  _CIO,
  0,
  [_FN, _TI, _XATI],
  [0, 0, 0],
  1
];
var ChainedInvokeStartedDetails$ = [
  3,
  n0,
  _CISD,
  0,
  [_FN, _TI, _I, _EV, _DEA],
  [0, 0, [() => EventInput$, 0], 0, 0],
  1
];
var ChainedInvokeStoppedDetails$ = [
  3,
  n0,
  _CISDh,
  0,
  [_E],
  [[() => EventError$, 0]],
  1
];
var ChainedInvokeSucceededDetails$ = [
  3,
  n0,
  _CISDha,
  0,
  [_Re],
  [[() => EventResult$, 0]],
  1
];
var ChainedInvokeTimedOutDetails$ = [
  3,
  n0,
  _CITOD,
  0,
  [_E],
  [[() => EventError$, 0]],
  1
];
var CheckpointDurableExecutionRequest$ = [
  3,
  n0,
  _CDER,
  0,
  [_DEA, _CT, _U, _CTl],
  [[0, 1], 0, [() => OperationUpdates, 0], [0, 4]],
  2
];
var CheckpointDurableExecutionResponse$ = [
  3,
  n0,
  _CDERh,
  0,
  [_NES, _CT],
  [[() => CheckpointUpdatedExecutionState$, 0], 0],
  1
];
var CheckpointUpdatedExecutionState$ = [
  3,
  n0,
  _CUES,
  0,
  [_O, _NM],
  [[() => Operations, 0], 0]
];
var CodeSigningConfig$ = [
  3,
  n0,
  _CSC,
  0,
  [_CSCI, _CSCA, _AP, _CSP, _LM, _D],
  [0, 0, () => AllowedPublishers$, () => CodeSigningPolicies$, 0, 0],
  5
];
var CodeSigningPolicies$ = [
  3,
  n0,
  _CSP,
  0,
  [_UAOD],
  [0]
];
var Concurrency$ = [
  3,
  n0,
  _C,
  0,
  [_RCEe],
  [1]
];
var ContextDetails$ = [
  3,
  n0,
  _CDo,
  0,
  [_RCe, _Re, _E],
  [2, [() => OperationPayload, 0], [() => ErrorObject$, 0]]
];
var ContextFailedDetails$ = [
  3,
  n0,
  _CFDo,
  0,
  [_E],
  [[() => EventError$, 0]],
  1
];
var ContextOptions$ = [
  3,
  n0,
  _COo,
  0,
  [_RCe],
  [2]
];
var ContextStartedDetails$ = [
  3,
  n0,
  _CSDo,
  0,
  [],
  []
];
var ContextSucceededDetails$ = [
  3,
  n0,
  _CSDon,
  0,
  [_Re],
  [[() => EventResult$, 0]],
  1
];
var Cors$ = [
  3,
  n0,
  _Co,
  0,
  [_ACl, _AH, _AM, _AO, _EH, _MA],
  [2, 64 | 0, 64 | 0, 64 | 0, 64 | 0, 1]
];
var CreateAliasRequest$ = [
  3,
  n0,
  _CAR,
  0,
  [_FN, _N, _FV, _D, _RC],
  [[0, 1], 0, 0, 0, () => AliasRoutingConfiguration$],
  3
];
var CreateCapacityProviderRequest$ = [
  3,
  n0,
  _CCPR,
  0,
  [_CPN, _VC, _PC, _IR, _CPSC, _KKA, _Ta, _PT, _TC],
  [0, () => CapacityProviderVpcConfig$, () => CapacityProviderPermissionsConfig$, () => InstanceRequirements$, () => CapacityProviderScalingConfig$, 0, 128 | 0, () => PropagateTags$, () => CapacityProviderTelemetryConfig$],
  3
];
var CreateCapacityProviderResponse$ = [
  3,
  n0,
  _CCPRr,
  0,
  [_CP],
  [() => CapacityProvider$],
  1
];
var CreateCodeSigningConfigRequest$ = [
  3,
  n0,
  _CCSCR,
  0,
  [_AP, _D, _CSP, _Ta],
  [() => AllowedPublishers$, 0, () => CodeSigningPolicies$, 128 | 0],
  1
];
var CreateCodeSigningConfigResponse$ = [
  3,
  n0,
  _CCSCRr,
  0,
  [_CSC],
  [() => CodeSigningConfig$],
  1
];
var CreateEventSourceMappingRequest$ = [
  3,
  n0,
  _CESMR,
  0,
  [_FN, _ESA, _En, _BSa, _FCi, _KMSKA, _MC, _LC, _SC, _MBWIS, _PF, _SPt, _SPT, _DC, _MRAIS, _BBOFE, _MRA, _Ta, _TWIS, _To, _Qu, _SAC, _SMES, _FRT, _AMKESC, _SMKESC, _DDBESC, _PPC],
  [0, 0, 2, 1, () => FilterCriteria$, 0, () => EventSourceMappingMetricsConfig$, () => EventSourceMappingLoggingConfig$, () => ScalingConfig$, 1, 1, 0, 4, () => DestinationConfig$, 1, 2, 1, 128 | 0, 1, 64 | 0, 64 | 0, () => SourceAccessConfigurations, () => SelfManagedEventSource$, 64 | 0, () => AmazonManagedKafkaEventSourceConfig$, () => SelfManagedKafkaEventSourceConfig$, () => DocumentDBEventSourceConfig$, () => ProvisionedPollerConfig$],
  1
];
var CreateFunctionRequest$ = [
  3,
  n0,
  _CFR,
  0,
  [_FN, _Ro, _Cod, _Ru, _H, _D, _Ti, _MS, _Pu, _PTu, _VC, _PTa, _DLC, _Env, _KMSKA, _TCr, _Ta, _L, _FSC, _CSCA, _IC, _Ar, _ES, _SSn, _LC, _TCe, _CPC, _DCu],
  [0, 0, [() => FunctionCode$, 0], 0, 0, 0, 1, 1, 2, 0, () => VpcConfig$, 0, () => DeadLetterConfig$, [() => Environment$, 0], 0, () => TracingConfig$, 128 | 0, 64 | 0, () => FileSystemConfigList, 0, () => ImageConfig$, 64 | 0, () => EphemeralStorage$, () => SnapStart$, () => LoggingConfig$, () => TenancyConfig$, () => CapacityProviderConfig$, () => DurableConfig$],
  3
];
var CreateFunctionUrlConfigRequest$ = [
  3,
  n0,
  _CFUCR,
  0,
  [_FN, _AT, _Q, _Co, _IM],
  [[0, 1], 0, [0, { [_hQ]: _Q }], () => Cors$, 0],
  2
];
var CreateFunctionUrlConfigResponse$ = [
  3,
  n0,
  _CFUCRr,
  0,
  [_FU, _FA, _AT, _CTr, _Co, _IM],
  [0, 0, 0, 0, () => Cors$, 0],
  4
];
var DeadLetterConfig$ = [
  3,
  n0,
  _DLC,
  0,
  [_TA],
  [0]
];
var DeleteAliasRequest$ = [
  3,
  n0,
  _DAR,
  0,
  [_FN, _N],
  [[0, 1], [0, 1]],
  2
];
var DeleteCapacityProviderRequest$ = [
  3,
  n0,
  _DCPR,
  0,
  [_CPN],
  [[0, 1]],
  1
];
var DeleteCapacityProviderResponse$ = [
  3,
  n0,
  _DCPRe,
  0,
  [_CP],
  [() => CapacityProvider$],
  1
];
var DeleteCodeSigningConfigRequest$ = [
  3,
  n0,
  _DCSCR,
  0,
  [_CSCA],
  [[0, 1]],
  1
];
var DeleteCodeSigningConfigResponse$ = [
  3,
  n0,
  _DCSCRe,
  0,
  [],
  []
];
var DeleteEventSourceMappingRequest$ = [
  3,
  n0,
  _DESMR,
  0,
  [_UUID],
  [[0, 1]],
  1
];
var DeleteFunctionCodeSigningConfigRequest$ = [
  3,
  n0,
  _DFCSCR,
  0,
  [_FN],
  [[0, 1]],
  1
];
var DeleteFunctionConcurrencyRequest$ = [
  3,
  n0,
  _DFCR,
  0,
  [_FN],
  [[0, 1]],
  1
];
var DeleteFunctionEventInvokeConfigRequest$ = [
  3,
  n0,
  _DFEICR,
  0,
  [_FN, _Q],
  [[0, 1], [0, { [_hQ]: _Q }]],
  1
];
var DeleteFunctionRequest$ = [
  3,
  n0,
  _DFR,
  0,
  [_FN, _Q],
  [[0, 1], [0, { [_hQ]: _Q }]],
  1
];
var DeleteFunctionResponse$ = [
  3,
  n0,
  _DFRe,
  0,
  [_SCt],
  [[1, 32]]
];
var DeleteFunctionUrlConfigRequest$ = [
  3,
  n0,
  _DFUCR,
  0,
  [_FN, _Q],
  [[0, 1], [0, { [_hQ]: _Q }]],
  1
];
var DeleteLayerVersionRequest$ = [
  3,
  n0,
  _DLVR,
  0,
  [_LN, _VN],
  [[0, 1], [1, 1]],
  2
];
var DeleteProvisionedConcurrencyConfigRequest$ = [
  3,
  n0,
  _DPCCR,
  0,
  [_FN, _Q],
  [[0, 1], [0, { [_hQ]: _Q }]],
  2
];
var DeleteResourcePolicyRequest$ = [
  3,
  n0,
  _DRPR,
  0,
  [_RAe, _RI],
  [[0, 1], [0, { [_hQ]: _RI }]],
  1
];
var DestinationConfig$ = [
  3,
  n0,
  _DC,
  0,
  [_OS, _OF],
  [() => OnSuccess$, () => OnFailure$]
];
var DocumentDBEventSourceConfig$ = [
  3,
  n0,
  _DDBESC,
  0,
  [_DN, _CN, _FD],
  [0, 0, 0]
];
var DurableConfig$ = [
  3,
  n0,
  _DCu,
  0,
  [_KMSKA, _RPID, _ETx],
  [0, 1, 1]
];
var Environment$ = [
  3,
  n0,
  _Env,
  0,
  [_V],
  [[() => EnvironmentVariables, 0]]
];
var EnvironmentError$ = [
  3,
  n0,
  _EE,
  0,
  [_EC, _M],
  [0, [() => SensitiveString, 0]]
];
var EnvironmentResponse$ = [
  3,
  n0,
  _ER,
  0,
  [_V, _E],
  [[() => EnvironmentVariables, 0], [() => EnvironmentError$, 0]]
];
var EphemeralStorage$ = [
  3,
  n0,
  _ES,
  0,
  [_Si],
  [1],
  1
];
var ErrorObject$ = [
  3,
  n0,
  _EO,
  0,
  [_EM, _ET, _ED, _ST],
  [[() => ErrorMessage, 0], [() => ErrorType, 0], [() => ErrorData, 0], [() => StackTraceEntries, 0]]
];
var Event$ = [
  3,
  n0,
  _Ev,
  0,
  [_ETv, _STu, _EI, _Id, _N, _ETve, _PI, _ESD, _ESDx, _EFD, _ETOD, _ESDxe, _CSDo, _CSDon, _CFDo, _WSD, _WSDa, _WCD, _SSD, _SSDt, _SFD, _CISD, _CISDha, _CIFD, _CITOD, _CISDh, _CSD, _CSDa, _CFD, _CTOD, _ICD],
  [0, 0, 1, 0, 0, 4, 0, [() => ExecutionStartedDetails$, 0], [() => ExecutionSucceededDetails$, 0], [() => ExecutionFailedDetails$, 0], [() => ExecutionTimedOutDetails$, 0], [() => ExecutionStoppedDetails$, 0], () => ContextStartedDetails$, [() => ContextSucceededDetails$, 0], [() => ContextFailedDetails$, 0], () => WaitStartedDetails$, () => WaitSucceededDetails$, [() => WaitCancelledDetails$, 0], () => StepStartedDetails$, [() => StepSucceededDetails$, 0], [() => StepFailedDetails$, 0], [() => ChainedInvokeStartedDetails$, 0], [() => ChainedInvokeSucceededDetails$, 0], [() => ChainedInvokeFailedDetails$, 0], [() => ChainedInvokeTimedOutDetails$, 0], [() => ChainedInvokeStoppedDetails$, 0], () => CallbackStartedDetails$, [() => CallbackSucceededDetails$, 0], [() => CallbackFailedDetails$, 0], [() => CallbackTimedOutDetails$, 0], [() => InvocationCompletedDetails$, 0]]
];
var EventError$ = [
  3,
  n0,
  _EEv,
  0,
  [_Pa, _Tr],
  [[() => ErrorObject$, 0], 2]
];
var EventInput$ = [
  3,
  n0,
  _EIv,
  0,
  [_Pa, _Tr],
  [[() => InputPayload, 0], 2]
];
var EventResult$ = [
  3,
  n0,
  _ERv,
  0,
  [_Pa, _Tr],
  [[() => OperationPayload, 0], 2]
];
var EventSourceMappingConfiguration$ = [
  3,
  n0,
  _ESMC,
  0,
  [_UUID, _SPt, _SPT, _BSa, _MBWIS, _PF, _ESA, _FCi, _FCE, _KMSKA, _MC, _LC, _SC, _FA, _LM, _LPR, _St, _STR, _DC, _To, _Qu, _SAC, _SMES, _MRAIS, _BBOFE, _MRA, _TWIS, _FRT, _AMKESC, _SMKESC, _DDBESC, _ESMA, _PPC],
  [0, 0, 4, 1, 1, 1, 0, () => FilterCriteria$, () => FilterCriteriaError$, 0, () => EventSourceMappingMetricsConfig$, () => EventSourceMappingLoggingConfig$, () => ScalingConfig$, 0, 4, 0, 0, 0, () => DestinationConfig$, 64 | 0, 64 | 0, () => SourceAccessConfigurations, () => SelfManagedEventSource$, 1, 2, 1, 1, 64 | 0, () => AmazonManagedKafkaEventSourceConfig$, () => SelfManagedKafkaEventSourceConfig$, () => DocumentDBEventSourceConfig$, 0, () => ProvisionedPollerConfig$]
];
var EventSourceMappingLoggingConfig$ = [
  3,
  n0,
  _ESMLC,
  0,
  [_SLL],
  [0]
];
var EventSourceMappingMetricsConfig$ = [
  3,
  n0,
  _ESMMC,
  0,
  [_Me],
  [64 | 0]
];
var Execution$ = [
  3,
  n0,
  _Ex,
  0,
  [_DEA, _DEN, _FA, _Sta, _STt, _ETn, _KMSKA],
  [0, 0, 0, 0, 4, 4, 0],
  5
];
var ExecutionDetails$ = [
  3,
  n0,
  _EDx,
  0,
  [_IP],
  [[() => InputPayload, 0]]
];
var ExecutionFailedDetails$ = [
  3,
  n0,
  _EFD,
  0,
  [_E],
  [[() => EventError$, 0]],
  1
];
var ExecutionStartedDetails$ = [
  3,
  n0,
  _ESD,
  0,
  [_I, _ETx],
  [[() => EventInput$, 0], 1],
  2
];
var ExecutionStoppedDetails$ = [
  3,
  n0,
  _ESDxe,
  0,
  [_E],
  [[() => EventError$, 0]],
  1
];
var ExecutionSucceededDetails$ = [
  3,
  n0,
  _ESDx,
  0,
  [_Re],
  [[() => EventResult$, 0]],
  1
];
var ExecutionTimedOutDetails$ = [
  3,
  n0,
  _ETOD,
  0,
  [_E],
  [[() => EventError$, 0]]
];
var FileSystemConfig$ = [
  3,
  n0,
  _FSCi,
  0,
  [_Arn, _LMP, _SFC],
  [0, 0, () => S3FilesConfig$],
  2
];
var Filter$ = [
  3,
  n0,
  _F,
  0,
  [_Pat],
  [0]
];
var FilterCriteria$ = [
  3,
  n0,
  _FCi,
  0,
  [_Fi],
  [() => FilterList]
];
var FilterCriteriaError$ = [
  3,
  n0,
  _FCE,
  0,
  [_EC, _M],
  [0, 0]
];
var FunctionCode$ = [
  3,
  n0,
  _FCu,
  0,
  [_ZF, _SB, _SK, _SOV, _SOSM, _IU, _SKMSKA],
  [[() => _Blob, 0], 0, 0, 0, 0, 0, 0]
];
var FunctionCodeLocation$ = [
  3,
  n0,
  _FCL,
  0,
  [_RT, _Lo, _IU, _RIU, _RSO, _SKMSKA, _E],
  [0, 0, 0, 0, () => ResolvedS3Object$, 0, [() => FunctionCodeLocationError$, 0]]
];
var FunctionCodeLocationError$ = [
  3,
  n0,
  _FCLE,
  0,
  [_EC, _M],
  [0, [() => SensitiveString, 0]]
];
var FunctionConfiguration$ = [
  3,
  n0,
  _FCun,
  0,
  [_FN, _FA, _Ru, _Ro, _H, _CS, _D, _Ti, _MS, _LM, _CSo, _Ve, _VC, _DLC, _Env, _KMSKA, _TCr, _MAa, _RI, _L, _St, _SR, _SRCt, _LUS, _LUSR, _LUSRC, _FSC, _SPVAi, _SJA, _PTa, _ICR, _Ar, _ES, _SSn, _RVC, _LC, _TCe, _CPC, _CSon, _DCu],
  [0, 0, 0, 0, 0, 1, 0, 1, 1, 0, 0, 0, () => VpcConfigResponse$, () => DeadLetterConfig$, [() => EnvironmentResponse$, 0], 0, () => TracingConfigResponse$, 0, 0, () => LayersReferenceList, 0, 0, 0, 0, 0, 0, () => FileSystemConfigList, 0, 0, 0, [() => ImageConfigResponse$, 0], 64 | 0, () => EphemeralStorage$, () => SnapStartResponse$, [() => RuntimeVersionConfig$, 0], () => LoggingConfig$, () => TenancyConfig$, () => CapacityProviderConfig$, 0, () => DurableConfig$]
];
var FunctionEventInvokeConfig$ = [
  3,
  n0,
  _FEIC,
  0,
  [_LM, _FA, _MRA, _MEAIS, _DC],
  [4, 0, 1, 1, () => DestinationConfig$]
];
var FunctionScalingConfig$ = [
  3,
  n0,
  _FSCu,
  0,
  [_MEE, _MEEa],
  [1, 1]
];
var FunctionUrlConfig$ = [
  3,
  n0,
  _FUC,
  0,
  [_FU, _FA, _CTr, _LMT, _AT, _Co, _IM],
  [0, 0, 0, 0, 0, () => Cors$, 0],
  5
];
var FunctionVersionsByCapacityProviderListItem$ = [
  3,
  n0,
  _FVBCPLI,
  0,
  [_FA, _St],
  [0, 0],
  2
];
var GetAccountSettingsRequest$ = [
  3,
  n0,
  _GASR,
  0,
  [],
  []
];
var GetAccountSettingsResponse$ = [
  3,
  n0,
  _GASRe,
  0,
  [_AL, _AU],
  [() => AccountLimit$, () => AccountUsage$]
];
var GetAliasRequest$ = [
  3,
  n0,
  _GAR,
  0,
  [_FN, _N],
  [[0, 1], [0, 1]],
  2
];
var GetCapacityProviderRequest$ = [
  3,
  n0,
  _GCPR,
  0,
  [_CPN],
  [[0, 1]],
  1
];
var GetCapacityProviderResponse$ = [
  3,
  n0,
  _GCPRe,
  0,
  [_CP],
  [() => CapacityProvider$],
  1
];
var GetCodeSigningConfigRequest$ = [
  3,
  n0,
  _GCSCR,
  0,
  [_CSCA],
  [[0, 1]],
  1
];
var GetCodeSigningConfigResponse$ = [
  3,
  n0,
  _GCSCRe,
  0,
  [_CSC],
  [() => CodeSigningConfig$],
  1
];
var GetDurableExecutionHistoryRequest$ = [
  3,
  n0,
  _GDEHR,
  0,
  [_DEA, _IED, _MI, _Ma, _RO],
  [[0, 1], [2, { [_hQ]: _IED }], [1, { [_hQ]: _MI }], [0, { [_hQ]: _Ma }], [2, { [_hQ]: _RO }]],
  1
];
var GetDurableExecutionHistoryResponse$ = [
  3,
  n0,
  _GDEHRe,
  0,
  [_Eve, _NM],
  [[() => Events, 0], 0],
  1
];
var GetDurableExecutionRequest$ = [
  3,
  n0,
  _GDER,
  0,
  [_DEA, _IED],
  [[0, 1], [2, { [_hQ]: _IED }]],
  1
];
var GetDurableExecutionResponse$ = [
  3,
  n0,
  _GDERe,
  0,
  [_DEA, _DEN, _FA, _STt, _Sta, _IP, _Re, _E, _ETn, _Ve, _TH, _EDI, _DCu],
  [0, 0, 0, 4, 0, [() => InputPayload, 0], [() => OutputPayload, 0], [() => ErrorObject$, 0], 4, 0, () => TraceHeader$, 2, () => DurableConfig$],
  5
];
var GetDurableExecutionStateRequest$ = [
  3,
  n0,
  _GDESR,
  0,
  [_DEA, _CT, _Ma, _MI],
  [[0, 1], [0, { [_hQ]: _CT }], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]],
  2
];
var GetDurableExecutionStateResponse$ = [
  3,
  n0,
  _GDESRe,
  0,
  [_O, _NM],
  [[() => Operations, 0], 0],
  1
];
var GetEventSourceMappingRequest$ = [
  3,
  n0,
  _GESMR,
  0,
  [_UUID],
  [[0, 1]],
  1
];
var GetFunctionCodeSigningConfigRequest$ = [
  3,
  n0,
  _GFCSCR,
  0,
  [_FN],
  [[0, 1]],
  1
];
var GetFunctionCodeSigningConfigResponse$ = [
  3,
  n0,
  _GFCSCRe,
  0,
  [_CSCA, _FN],
  [0, 0],
  2
];
var GetFunctionConcurrencyRequest$ = [
  3,
  n0,
  _GFCR,
  0,
  [_FN],
  [[0, 1]],
  1
];
var GetFunctionConcurrencyResponse$ = [
  3,
  n0,
  _GFCRe,
  0,
  [_RCEe],
  [1]
];
var GetFunctionConfigurationRequest$ = [
  3,
  n0,
  _GFCRet,
  0,
  [_FN, _Q],
  [[0, 1], [0, { [_hQ]: _Q }]],
  1
];
var GetFunctionEventInvokeConfigRequest$ = [
  3,
  n0,
  _GFEICR,
  0,
  [_FN, _Q],
  [[0, 1], [0, { [_hQ]: _Q }]],
  1
];
var GetFunctionRecursionConfigRequest$ = [
  3,
  n0,
  _GFRCR,
  0,
  [_FN],
  [[0, 1]],
  1
];
var GetFunctionRecursionConfigResponse$ = [
  3,
  n0,
  _GFRCRe,
  0,
  [_RL],
  [0]
];
var GetFunctionRequest$ = [
  3,
  n0,
  _GFR,
  0,
  [_FN, _Q],
  [[0, 1], [0, { [_hQ]: _Q }]],
  1
];
var GetFunctionResponse$ = [
  3,
  n0,
  _GFRe,
  0,
  [_Con, _Cod, _Ta, _TE, _C],
  [[() => FunctionConfiguration$, 0], [() => FunctionCodeLocation$, 0], 128 | 0, () => TagsError$, () => Concurrency$]
];
var GetFunctionScalingConfigRequest$ = [
  3,
  n0,
  _GFSCR,
  0,
  [_FN, _Q],
  [[0, 1], [0, { [_hQ]: _Q }]],
  2
];
var GetFunctionScalingConfigResponse$ = [
  3,
  n0,
  _GFSCRe,
  0,
  [_FA, _AFSC, _RFSC],
  [0, () => FunctionScalingConfig$, () => FunctionScalingConfig$]
];
var GetFunctionUrlConfigRequest$ = [
  3,
  n0,
  _GFUCR,
  0,
  [_FN, _Q],
  [[0, 1], [0, { [_hQ]: _Q }]],
  1
];
var GetFunctionUrlConfigResponse$ = [
  3,
  n0,
  _GFUCRe,
  0,
  [_FU, _FA, _AT, _CTr, _LMT, _Co, _IM],
  [0, 0, 0, 0, 0, () => Cors$, 0],
  5
];
var GetLayerVersionByArnRequest$ = [
  3,
  n0,
  _GLVBAR,
  0,
  [_Arn],
  [[0, { [_hQ]: _Arn }]],
  1
];
var GetLayerVersionPolicyRequest$ = [
  3,
  n0,
  _GLVPR,
  0,
  [_LN, _VN],
  [[0, 1], [1, 1]],
  2
];
var GetLayerVersionPolicyResponse$ = [
  3,
  n0,
  _GLVPRe,
  0,
  [_Po, _RI],
  [0, 0]
];
var GetLayerVersionRequest$ = [
  3,
  n0,
  _GLVR,
  0,
  [_LN, _VN],
  [[0, 1], [1, 1]],
  2
];
var GetLayerVersionResponse$ = [
  3,
  n0,
  _GLVRe,
  0,
  [_Cont, _LA, _LVA, _D, _CDr, _Ve, _CA, _CR, _LI],
  [() => LayerVersionContentOutput$, 0, 0, 0, 0, 1, 64 | 0, 64 | 0, 0]
];
var GetPolicyRequest$ = [
  3,
  n0,
  _GPR,
  0,
  [_FN, _Q],
  [[0, 1], [0, { [_hQ]: _Q }]],
  1
];
var GetPolicyResponse$ = [
  3,
  n0,
  _GPRe,
  0,
  [_Po, _RI],
  [0, 0]
];
var GetProvisionedConcurrencyConfigRequest$ = [
  3,
  n0,
  _GPCCR,
  0,
  [_FN, _Q],
  [[0, 1], [0, { [_hQ]: _Q }]],
  2
];
var GetProvisionedConcurrencyConfigResponse$ = [
  3,
  n0,
  _GPCCRe,
  0,
  [_RPCE, _APCE, _APCEl, _Sta, _SRt, _LM],
  [1, 1, 1, 0, 0, 0]
];
var GetResourcePolicyRequest$ = [
  3,
  n0,
  _GRPR,
  0,
  [_RAe],
  [[0, 1]],
  1
];
var GetResourcePolicyResponse$ = [
  3,
  n0,
  _GRPRe,
  0,
  [_Po, _RI],
  [0, 0]
];
var GetRuntimeManagementConfigRequest$ = [
  3,
  n0,
  _GRMCR,
  0,
  [_FN, _Q],
  [[0, 1], [0, { [_hQ]: _Q }]],
  1
];
var GetRuntimeManagementConfigResponse$ = [
  3,
  n0,
  _GRMCRe,
  0,
  [_URO, _FA, _RVA],
  [0, 0, 0]
];
var ImageConfig$ = [
  3,
  n0,
  _IC,
  0,
  [_EP, _Com, _WD],
  [64 | 0, 64 | 0, 0]
];
var ImageConfigError$ = [
  3,
  n0,
  _ICE,
  0,
  [_EC, _M],
  [0, [() => SensitiveString, 0]]
];
var ImageConfigResponse$ = [
  3,
  n0,
  _ICR,
  0,
  [_IC, _E],
  [() => ImageConfig$, [() => ImageConfigError$, 0]]
];
var InstanceRequirements$ = [
  3,
  n0,
  _IR,
  0,
  [_Ar, _AIT, _EIT],
  [64 | 0, 64 | 0, 64 | 0]
];
var InvocationCompletedDetails$ = [
  3,
  n0,
  _ICD,
  0,
  [_STt, _ETn, _RIe, _E],
  [4, 4, 0, [() => EventError$, 0]],
  3
];
var InvocationRequest$ = [
  3,
  n0,
  _IRn,
  0,
  [_FN, _IT, _LT, _CC, _DEN, _Pa, _Q, _TI],
  [[0, 1], [0, { [_hH]: _XAIT }], [0, { [_hH]: _XALT }], [0, { [_hH]: _XACC }], [0, { [_hH]: _XADEN }], [() => _Blob, 16], [0, { [_hQ]: _Q }], [0, { [_hH]: _XATI_ }]],
  1
];
var InvocationResponse$ = [
  3,
  n0,
  _IRnv,
  0,
  [_SCt, _FE, _LR, _Pa, _EV, _DEA],
  [[1, 32], [0, { [_hH]: _XAFE }], [0, { [_hH]: _XALR }], [() => _Blob, 16], [0, { [_hH]: _XAEV }], [0, { [_hH]: _XADEA }]]
];
var InvokeAsyncRequest$ = [
  3,
  n0,
  _IAR,
  0,
  [_FN, _IA],
  [[0, 1], [() => BlobStream, 16]],
  2
];
var InvokeAsyncResponse$ = [
  3,
  n0,
  _IARn,
  0,
  [_Sta],
  [[1, 32]]
];
var InvokeResponseStreamUpdate$ = [
  3,
  n0,
  _IRSU,
  0,
  [_Pa],
  [[() => _Blob, { [_eP]: 1 }]]
];
var InvokeWithResponseStreamCompleteEvent$ = [
  3,
  n0,
  _IWRSCE,
  0,
  [_EC, _EDr, _LR],
  [0, 0, 0]
];
var InvokeWithResponseStreamRequest$ = [
  3,
  n0,
  _IWRSR,
  0,
  [_FN, _LT, _CC, _Q, _Pa, _TI, _IT],
  [[0, 1], [0, { [_hH]: _XALT }], [0, { [_hH]: _XACC }], [0, { [_hQ]: _Q }], [() => _Blob, 16], [0, { [_hH]: _XATI_ }], [0, { [_hH]: _XAIT }]],
  1
];
var InvokeWithResponseStreamResponse$ = [
  3,
  n0,
  _IWRSRn,
  0,
  [_SCt, _EV, _ESv, _RSCT],
  [[1, 32], [0, { [_hH]: _XAEV }], [() => InvokeWithResponseStreamResponseEvent$, 16], [0, { [_hH]: _CT_ }]]
];
var KafkaSchemaRegistryAccessConfig$ = [
  3,
  n0,
  _KSRAC,
  0,
  [_T, _URI],
  [0, 0]
];
var KafkaSchemaRegistryConfig$ = [
  3,
  n0,
  _KSRC,
  0,
  [_SRURI, _ERF, _ACc, _SVC],
  [0, 0, () => KafkaSchemaRegistryAccessConfigList, () => KafkaSchemaValidationConfigList]
];
var KafkaSchemaValidationConfig$ = [
  3,
  n0,
  _KSVC,
  0,
  [_At],
  [0]
];
var LambdaManagedInstancesCapacityProviderConfig$ = [
  3,
  n0,
  _LMICPC,
  0,
  [_CPA, _PEEMC, _EEMGBPVC],
  [0, 1, 1],
  1
];
var Layer$ = [
  3,
  n0,
  _La,
  0,
  [_Arn, _CS, _SPVAi, _SJA],
  [0, 1, 0, 0]
];
var LayersListItem$ = [
  3,
  n0,
  _LLI,
  0,
  [_LN, _LA, _LMV],
  [0, 0, () => LayerVersionsListItem$]
];
var LayerVersionContentInput$ = [
  3,
  n0,
  _LVCI,
  0,
  [_SB, _SK, _SOV, _SOSM, _ZF],
  [0, 0, 0, 0, [() => _Blob, 0]]
];
var LayerVersionContentOutput$ = [
  3,
  n0,
  _LVCO,
  0,
  [_Lo, _CSo, _CS, _SPVAi, _SJA, _RSO],
  [0, 0, 1, 0, 0, () => ResolvedS3Object$]
];
var LayerVersionsListItem$ = [
  3,
  n0,
  _LVLI,
  0,
  [_LVA, _Ve, _D, _CDr, _CA, _CR, _LI],
  [0, 1, 0, 0, 64 | 0, 64 | 0, 0]
];
var ListAliasesRequest$ = [
  3,
  n0,
  _LAR,
  0,
  [_FN, _FV, _Ma, _MI],
  [[0, 1], [0, { [_hQ]: _FV }], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]],
  1
];
var ListAliasesResponse$ = [
  3,
  n0,
  _LARi,
  0,
  [_NM, _Al],
  [0, () => AliasList]
];
var ListCapacityProvidersRequest$ = [
  3,
  n0,
  _LCPR,
  0,
  [_St, _Ma, _MI],
  [[0, { [_hQ]: _St }], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]]
];
var ListCapacityProvidersResponse$ = [
  3,
  n0,
  _LCPRi,
  0,
  [_CPa, _NM],
  [() => CapacityProvidersList, 0],
  1
];
var ListCodeSigningConfigsRequest$ = [
  3,
  n0,
  _LCSCR,
  0,
  [_Ma, _MI],
  [[0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]]
];
var ListCodeSigningConfigsResponse$ = [
  3,
  n0,
  _LCSCRi,
  0,
  [_NM, _CSCo],
  [0, () => CodeSigningConfigList]
];
var ListDurableExecutionsByFunctionRequest$ = [
  3,
  n0,
  _LDEBFR,
  0,
  [_FN, _Q, _DEN, _Stat, _SAt, _SBt, _RO, _Ma, _MI],
  [[0, 1], [0, { [_hQ]: _Q }], [0, { [_hQ]: _DEN }], [64 | 0, { [_hQ]: _Stat }], [4, { [_hQ]: _SAt }], [4, { [_hQ]: _SBt }], [2, { [_hQ]: _RO }], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]],
  1
];
var ListDurableExecutionsByFunctionResponse$ = [
  3,
  n0,
  _LDEBFRi,
  0,
  [_DE, _NM],
  [() => DurableExecutions, 0]
];
var ListEventSourceMappingsRequest$ = [
  3,
  n0,
  _LESMR,
  0,
  [_ESA, _FN, _Ma, _MI],
  [[0, { [_hQ]: _ESA }], [0, { [_hQ]: _FN }], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]]
];
var ListEventSourceMappingsResponse$ = [
  3,
  n0,
  _LESMRi,
  0,
  [_NM, _ESM],
  [0, () => EventSourceMappingsList]
];
var ListFunctionEventInvokeConfigsRequest$ = [
  3,
  n0,
  _LFEICR,
  0,
  [_FN, _Ma, _MI],
  [[0, 1], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]],
  1
];
var ListFunctionEventInvokeConfigsResponse$ = [
  3,
  n0,
  _LFEICRi,
  0,
  [_FEICu, _NM],
  [() => FunctionEventInvokeConfigList, 0]
];
var ListFunctionsByCodeSigningConfigRequest$ = [
  3,
  n0,
  _LFBCSCR,
  0,
  [_CSCA, _Ma, _MI],
  [[0, 1], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]],
  1
];
var ListFunctionsByCodeSigningConfigResponse$ = [
  3,
  n0,
  _LFBCSCRi,
  0,
  [_NM, _FAu],
  [0, 64 | 0]
];
var ListFunctionsRequest$ = [
  3,
  n0,
  _LFR,
  0,
  [_MR, _FV, _Ma, _MI],
  [[0, { [_hQ]: _MR }], [0, { [_hQ]: _FV }], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]]
];
var ListFunctionsResponse$ = [
  3,
  n0,
  _LFRi,
  0,
  [_NM, _Fu],
  [0, [() => FunctionList, 0]]
];
var ListFunctionUrlConfigsRequest$ = [
  3,
  n0,
  _LFUCR,
  0,
  [_FN, _Ma, _MI],
  [[0, 1], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]],
  1
];
var ListFunctionUrlConfigsResponse$ = [
  3,
  n0,
  _LFUCRi,
  0,
  [_FUCu, _NM],
  [() => FunctionUrlConfigList, 0],
  1
];
var ListFunctionVersionsByCapacityProviderRequest$ = [
  3,
  n0,
  _LFVBCPR,
  0,
  [_CPN, _Ma, _MI],
  [[0, 1], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]],
  1
];
var ListFunctionVersionsByCapacityProviderResponse$ = [
  3,
  n0,
  _LFVBCPRi,
  0,
  [_CPA, _FVu, _NM],
  [0, () => FunctionVersionsByCapacityProviderList, 0],
  2
];
var ListLayersRequest$ = [
  3,
  n0,
  _LLR,
  0,
  [_CAo, _CRo, _Ma, _MI],
  [[0, { [_hQ]: _CAo }], [0, { [_hQ]: _CRo }], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]]
];
var ListLayersResponse$ = [
  3,
  n0,
  _LLRi,
  0,
  [_NM, _L],
  [0, () => LayersList]
];
var ListLayerVersionsRequest$ = [
  3,
  n0,
  _LLVR,
  0,
  [_LN, _CAo, _CRo, _Ma, _MI],
  [[0, 1], [0, { [_hQ]: _CAo }], [0, { [_hQ]: _CRo }], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]],
  1
];
var ListLayerVersionsResponse$ = [
  3,
  n0,
  _LLVRi,
  0,
  [_NM, _LV],
  [0, () => LayerVersionsList]
];
var ListProvisionedConcurrencyConfigsRequest$ = [
  3,
  n0,
  _LPCCR,
  0,
  [_FN, _Ma, _MI],
  [[0, 1], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]],
  1
];
var ListProvisionedConcurrencyConfigsResponse$ = [
  3,
  n0,
  _LPCCRi,
  0,
  [_PCC, _NM],
  [() => ProvisionedConcurrencyConfigList, 0]
];
var ListTagsRequest$ = [
  3,
  n0,
  _LTR,
  0,
  [_Res],
  [[0, 1]],
  1
];
var ListTagsResponse$ = [
  3,
  n0,
  _LTRi,
  0,
  [_Ta],
  [128 | 0]
];
var ListVersionsByFunctionRequest$ = [
  3,
  n0,
  _LVBFR,
  0,
  [_FN, _Ma, _MI],
  [[0, 1], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]],
  1
];
var ListVersionsByFunctionResponse$ = [
  3,
  n0,
  _LVBFRi,
  0,
  [_NM, _Ver],
  [0, [() => FunctionList, 0]]
];
var LoggingConfig$ = [
  3,
  n0,
  _LC,
  0,
  [_LF, _ALL, _SLL, _LG],
  [0, 0, 0, 0]
];
var OnFailure$ = [
  3,
  n0,
  _OF,
  0,
  [_De],
  [0]
];
var OnSuccess$ = [
  3,
  n0,
  _OS,
  0,
  [_De],
  [0]
];
var Operation$ = [
  3,
  n0,
  _Op,
  0,
  [_Id, _T, _STt, _Sta, _PI, _N, _STu, _ETn, _EDx, _CDo, _SD, _WDa, _CD, _CID],
  [0, 0, 4, 0, 0, 0, 0, 4, [() => ExecutionDetails$, 0], [() => ContextDetails$, 0], [() => StepDetails$, 0], () => WaitDetails$, [() => CallbackDetails$, 0], [() => ChainedInvokeDetails$, 0]],
  4
];
var OperationUpdate$ = [
  3,
  n0,
  _OU,
  0,
  [_Id, _T, _A, _PI, _N, _STu, _Pa, _E, _COo, _SO, _WO, _CO, _CIO],
  [0, 0, 0, 0, 0, 0, [() => OperationPayload, 0], [() => ErrorObject$, 0], () => ContextOptions$, () => StepOptions$, () => WaitOptions$, () => CallbackOptions$, () => ChainedInvokeOptions$],
  3
];
var PropagateTags$ = [
  3,
  n0,
  _PT,
  0,
  [_Mo, _ETxp],
  [0, 128 | 0]
];
var ProvisionedConcurrencyConfigListItem$ = [
  3,
  n0,
  _PCCLI,
  0,
  [_FA, _RPCE, _APCE, _APCEl, _Sta, _SRt, _LM],
  [0, 1, 1, 1, 0, 0, 0]
];
var ProvisionedPollerConfig$ = [
  3,
  n0,
  _PPC,
  0,
  [_MP, _MPa, _PGN],
  [1, 1, 0]
];
var PublishLayerVersionRequest$ = [
  3,
  n0,
  _PLVR,
  0,
  [_LN, _Cont, _D, _CA, _CR, _LI],
  [[0, 1], [() => LayerVersionContentInput$, 0], 0, 64 | 0, 64 | 0, 0],
  2
];
var PublishLayerVersionResponse$ = [
  3,
  n0,
  _PLVRu,
  0,
  [_Cont, _LA, _LVA, _D, _CDr, _Ve, _CA, _CR, _LI],
  [() => LayerVersionContentOutput$, 0, 0, 0, 0, 1, 64 | 0, 64 | 0, 0]
];
var PublishVersionRequest$ = [
  3,
  n0,
  _PVR,
  0,
  [_FN, _CSo, _D, _RI, _PTu],
  [[0, 1], 0, 0, 0, 0],
  1
];
var PutFunctionCodeSigningConfigRequest$ = [
  3,
  n0,
  _PFCSCR,
  0,
  [_CSCA, _FN],
  [0, [0, 1]],
  2
];
var PutFunctionCodeSigningConfigResponse$ = [
  3,
  n0,
  _PFCSCRu,
  0,
  [_CSCA, _FN],
  [0, 0],
  2
];
var PutFunctionConcurrencyRequest$ = [
  3,
  n0,
  _PFCR,
  0,
  [_FN, _RCEe],
  [[0, 1], 1],
  2
];
var PutFunctionEventInvokeConfigRequest$ = [
  3,
  n0,
  _PFEICR,
  0,
  [_FN, _Q, _MRA, _MEAIS, _DC],
  [[0, 1], [0, { [_hQ]: _Q }], 1, 1, () => DestinationConfig$],
  1
];
var PutFunctionRecursionConfigRequest$ = [
  3,
  n0,
  _PFRCR,
  0,
  [_FN, _RL],
  [[0, 1], 0],
  2
];
var PutFunctionRecursionConfigResponse$ = [
  3,
  n0,
  _PFRCRu,
  0,
  [_RL],
  [0]
];
var PutFunctionScalingConfigRequest$ = [
  3,
  n0,
  _PFSCR,
  0,
  [_FN, _Q, _FSCu],
  [[0, 1], [0, { [_hQ]: _Q }], () => FunctionScalingConfig$],
  2
];
var PutFunctionScalingConfigResponse$ = [
  3,
  n0,
  _PFSCRu,
  0,
  [_FS],
  [0]
];
var PutProvisionedConcurrencyConfigRequest$ = [
  3,
  n0,
  _PPCCR,
  0,
  [_FN, _Q, _PCE],
  [[0, 1], [0, { [_hQ]: _Q }], 1],
  3
];
var PutProvisionedConcurrencyConfigResponse$ = [
  3,
  n0,
  _PPCCRu,
  0,
  [_RPCE, _APCEl, _APCE, _Sta, _SRt, _LM],
  [1, 1, 1, 0, 0, 0]
];
var PutResourcePolicyRequest$ = [
  3,
  n0,
  _PRPR,
  0,
  [_RAe, _Po, _RI],
  [[0, 1], 0, 0],
  2
];
var PutResourcePolicyResponse$ = [
  3,
  n0,
  _PRPRu,
  0,
  [_Po, _RI],
  [0, 0]
];
var PutRuntimeManagementConfigRequest$ = [
  3,
  n0,
  _PRMCR,
  0,
  [_FN, _URO, _Q, _RVA],
  [[0, 1], 0, [0, { [_hQ]: _Q }], 0],
  2
];
var PutRuntimeManagementConfigResponse$ = [
  3,
  n0,
  _PRMCRu,
  0,
  [_URO, _FA, _RVA],
  [0, 0, 0],
  2
];
var RemoveLayerVersionPermissionRequest$ = [
  3,
  n0,
  _RLVPR,
  0,
  [_LN, _VN, _SI, _RI],
  [[0, 1], [1, 1], [0, 1], [0, { [_hQ]: _RI }]],
  3
];
var RemovePermissionRequest$ = [
  3,
  n0,
  _RPR,
  0,
  [_FN, _SI, _Q, _RI],
  [[0, 1], [0, 1], [0, { [_hQ]: _Q }], [0, { [_hQ]: _RI }]],
  2
];
var ResolvedS3Object$ = [
  3,
  n0,
  _RSO,
  0,
  [_SB, _SK, _SOV],
  [0, 0, 0]
];
var RetryDetails$ = [
  3,
  n0,
  _RD,
  0,
  [_CAu, _NADS],
  [1, 1]
];
var RuntimeVersionConfig$ = [
  3,
  n0,
  _RVC,
  0,
  [_RVA, _E],
  [0, [() => RuntimeVersionError$, 0]]
];
var RuntimeVersionError$ = [
  3,
  n0,
  _RVE,
  0,
  [_EC, _M],
  [0, [() => SensitiveString, 0]]
];
var S3FilesConfig$ = [
  3,
  n0,
  _SFC,
  0,
  [_DSR],
  [0]
];
var ScalingConfig$ = [
  3,
  n0,
  _SC,
  0,
  [_MCa],
  [1]
];
var SelfManagedEventSource$ = [
  3,
  n0,
  _SMES,
  0,
  [_End],
  [[2, n0, _End, 0, 0, 64 | 0]]
];
var SelfManagedKafkaEventSourceConfig$ = [
  3,
  n0,
  _SMKESC,
  0,
  [_CGI, _SRC, _CM],
  [0, () => KafkaSchemaRegistryConfig$, 0]
];
var SendDurableExecutionCallbackFailureRequest$ = [
  3,
  n0,
  _SDECFR,
  0,
  [_CI, _E],
  [[0, 1], [() => ErrorObject$, 16]],
  1
];
var SendDurableExecutionCallbackFailureResponse$ = [
  3,
  n0,
  _SDECFRe,
  0,
  [],
  []
];
var SendDurableExecutionCallbackHeartbeatRequest$ = [
  3,
  n0,
  _SDECHR,
  0,
  [_CI],
  [[0, 1]],
  1
];
var SendDurableExecutionCallbackHeartbeatResponse$ = [
  3,
  n0,
  _SDECHRe,
  0,
  [],
  []
];
var SendDurableExecutionCallbackSuccessRequest$ = [
  3,
  n0,
  _SDECSR,
  0,
  [_CI, _Re],
  [[0, 1], [() => BinaryOperationPayload, 16]],
  1
];
var SendDurableExecutionCallbackSuccessResponse$ = [
  3,
  n0,
  _SDECSRe,
  0,
  [],
  []
];
var SnapStart$ = [
  3,
  n0,
  _SSn,
  0,
  [_AOp],
  [0]
];
var SnapStartResponse$ = [
  3,
  n0,
  _SSR,
  0,
  [_AOp, _OSp],
  [0, 0]
];
var SourceAccessConfiguration$ = [
  3,
  n0,
  _SACo,
  0,
  [_T, _URI],
  [0, 0]
];
var StepDetails$ = [
  3,
  n0,
  _SD,
  0,
  [_Att, _NAT, _Re, _E],
  [1, 4, [() => OperationPayload, 0], [() => ErrorObject$, 0]]
];
var StepFailedDetails$ = [
  3,
  n0,
  _SFD,
  0,
  [_E, _RD],
  [[() => EventError$, 0], () => RetryDetails$],
  2
];
var StepOptions$ = [
  3,
  n0,
  _SO,
  0,
  [_NADS],
  [1]
];
var StepStartedDetails$ = [
  3,
  n0,
  _SSD,
  0,
  [],
  []
];
var StepSucceededDetails$ = [
  3,
  n0,
  _SSDt,
  0,
  [_Re, _RD],
  [[() => EventResult$, 0], () => RetryDetails$],
  2
];
var StopDurableExecutionRequest$ = [
  3,
  n0,
  _SDER,
  0,
  [_DEA, _E],
  [[0, 1], [() => ErrorObject$, 16]],
  1
];
var StopDurableExecutionResponse$ = [
  3,
  n0,
  _SDERt,
  0,
  [_STto],
  [4],
  1
];
var TagResourceRequest$ = [
  3,
  n0,
  _TRR,
  0,
  [_Res, _Ta],
  [[0, 1], 128 | 0],
  2
];
var TagsError$ = [
  3,
  n0,
  _TE,
  0,
  [_EC, _M],
  [0, 0],
  2
];
var TargetTrackingScalingPolicy$ = [
  3,
  n0,
  _TTSP,
  0,
  [_PMT, _TV],
  [0, 1],
  2
];
var TenancyConfig$ = [
  3,
  n0,
  _TCe,
  0,
  [_TIM],
  [0],
  1
];
var TraceHeader$ = [
  3,
  n0,
  _TH,
  0,
  [_XATI],
  [0]
];
var TracingConfig$ = [
  3,
  n0,
  _TCr,
  0,
  [_Mo],
  [0]
];
var TracingConfigResponse$ = [
  3,
  n0,
  _TCR,
  0,
  [_Mo],
  [0]
];
var UntagResourceRequest$ = [
  3,
  n0,
  _URR,
  0,
  [_Res, _TK],
  [[0, 1], [() => TagKeyList, { [_hQ]: _tK }]],
  2
];
var UpdateAliasRequest$ = [
  3,
  n0,
  _UAR,
  0,
  [_FN, _N, _FV, _D, _RC, _RI],
  [[0, 1], [0, 1], 0, 0, () => AliasRoutingConfiguration$, 0],
  2
];
var UpdateCapacityProviderRequest$ = [
  3,
  n0,
  _UCPR,
  0,
  [_CPN, _CPSC, _PT, _TC],
  [[0, 1], () => CapacityProviderScalingConfig$, () => PropagateTags$, () => CapacityProviderTelemetryConfig$],
  1
];
var UpdateCapacityProviderResponse$ = [
  3,
  n0,
  _UCPRp,
  0,
  [_CP],
  [() => CapacityProvider$],
  1
];
var UpdateCodeSigningConfigRequest$ = [
  3,
  n0,
  _UCSCR,
  0,
  [_CSCA, _D, _AP, _CSP],
  [[0, 1], 0, () => AllowedPublishers$, () => CodeSigningPolicies$],
  1
];
var UpdateCodeSigningConfigResponse$ = [
  3,
  n0,
  _UCSCRp,
  0,
  [_CSC],
  [() => CodeSigningConfig$],
  1
];
var UpdateEventSourceMappingRequest$ = [
  3,
  n0,
  _UESMR,
  0,
  [_UUID, _FN, _En, _BSa, _FCi, _KMSKA, _MC, _LC, _SC, _MBWIS, _PF, _DC, _MRAIS, _BBOFE, _MRA, _TWIS, _SAC, _FRT, _AMKESC, _SMKESC, _DDBESC, _PPC],
  [[0, 1], 0, 2, 1, () => FilterCriteria$, 0, () => EventSourceMappingMetricsConfig$, () => EventSourceMappingLoggingConfig$, () => ScalingConfig$, 1, 1, () => DestinationConfig$, 1, 2, 1, 1, () => SourceAccessConfigurations, 64 | 0, () => AmazonManagedKafkaEventSourceConfig$, () => SelfManagedKafkaEventSourceConfig$, () => DocumentDBEventSourceConfig$, () => ProvisionedPollerConfig$],
  1
];
var UpdateFunctionCodeRequest$ = [
  3,
  n0,
  _UFCR,
  0,
  [_FN, _ZF, _SB, _SK, _SOV, _SOSM, _IU, _Ar, _Pu, _PTu, _DR, _RI, _SKMSKA],
  [[0, 1], [() => _Blob, 0], 0, 0, 0, 0, 0, 64 | 0, 2, 0, 2, 0, 0],
  1
];
var UpdateFunctionConfigurationRequest$ = [
  3,
  n0,
  _UFCRp,
  0,
  [_FN, _Ro, _H, _D, _Ti, _MS, _VC, _Env, _Ru, _DLC, _KMSKA, _TCr, _RI, _L, _FSC, _IC, _ES, _SSn, _LC, _CPC, _DCu],
  [[0, 1], 0, 0, 0, 1, 1, () => VpcConfig$, [() => Environment$, 0], 0, () => DeadLetterConfig$, 0, () => TracingConfig$, 0, 64 | 0, () => FileSystemConfigList, () => ImageConfig$, () => EphemeralStorage$, () => SnapStart$, () => LoggingConfig$, () => CapacityProviderConfig$, () => DurableConfig$],
  1
];
var UpdateFunctionEventInvokeConfigRequest$ = [
  3,
  n0,
  _UFEICR,
  0,
  [_FN, _Q, _MRA, _MEAIS, _DC],
  [[0, 1], [0, { [_hQ]: _Q }], 1, 1, () => DestinationConfig$],
  1
];
var UpdateFunctionUrlConfigRequest$ = [
  3,
  n0,
  _UFUCR,
  0,
  [_FN, _Q, _AT, _Co, _IM],
  [[0, 1], [0, { [_hQ]: _Q }], 0, () => Cors$, 0],
  1
];
var UpdateFunctionUrlConfigResponse$ = [
  3,
  n0,
  _UFUCRp,
  0,
  [_FU, _FA, _AT, _CTr, _LMT, _Co, _IM],
  [0, 0, 0, 0, 0, () => Cors$, 0],
  5
];
var VpcConfig$ = [
  3,
  n0,
  _VC,
  0,
  [_SIu, _SGI, _IAFDS],
  [64 | 0, 64 | 0, 2]
];
var VpcConfigResponse$ = [
  3,
  n0,
  _VCR,
  0,
  [_SIu, _SGI, _VI, _IAFDS],
  [64 | 0, 64 | 0, 0, 2]
];
var WaitCancelledDetails$ = [
  3,
  n0,
  _WCD,
  0,
  [_E],
  [[() => EventError$, 0]]
];
var WaitDetails$ = [
  3,
  n0,
  _WDa,
  0,
  [_SET],
  [4]
];
var WaitOptions$ = [
  3,
  n0,
  _WO,
  0,
  [_WS],
  [1]
];
var WaitStartedDetails$ = [
  3,
  n0,
  _WSD,
  0,
  [_Du, _SET],
  [1, 4],
  2
];
var WaitSucceededDetails$ = [
  3,
  n0,
  _WSDa,
  0,
  [_Du],
  [1]
];
var __Unit = "unit";
var AliasList = [
  1,
  n0,
  _ALl,
  0,
  () => AliasConfiguration$
];
var AllowMethodsList = 64 | 0;
var AllowOriginsList = 64 | 0;
var ArchitecturesList = 64 | 0;
var CapacityProviderScalingPoliciesList = [
  1,
  n0,
  _CPSPL,
  0,
  () => TargetTrackingScalingPolicy$
];
var CapacityProviderSecurityGroupIds = 64 | 0;
var CapacityProvidersList = [
  1,
  n0,
  _CPL,
  0,
  () => CapacityProvider$
];
var CapacityProviderSubnetIds = 64 | 0;
var CodeSigningConfigList = [
  1,
  n0,
  _CSCL,
  0,
  () => CodeSigningConfig$
];
var CompatibleArchitectures = 64 | 0;
var CompatibleRuntimes = 64 | 0;
var DurableExecutions = [
  1,
  n0,
  _DE,
  0,
  () => Execution$
];
var EndpointLists = 64 | 0;
var Events = [
  1,
  n0,
  _Eve,
  0,
  [
    () => Event$,
    0
  ]
];
var EventSourceMappingMetricList = 64 | 0;
var EventSourceMappingsList = [
  1,
  n0,
  _ESML,
  0,
  () => EventSourceMappingConfiguration$
];
var ExecutionStatusList = 64 | 0;
var FileSystemConfigList = [
  1,
  n0,
  _FSCL,
  0,
  () => FileSystemConfig$
];
var FilterList = [
  1,
  n0,
  _FL,
  0,
  () => Filter$
];
var FunctionArnList = 64 | 0;
var FunctionEventInvokeConfigList = [
  1,
  n0,
  _FEICL,
  0,
  () => FunctionEventInvokeConfig$
];
var FunctionList = [
  1,
  n0,
  _FLu,
  0,
  [
    () => FunctionConfiguration$,
    0
  ]
];
var FunctionResponseTypeList = 64 | 0;
var FunctionUrlConfigList = [
  1,
  n0,
  _FUCL,
  0,
  () => FunctionUrlConfig$
];
var FunctionVersionsByCapacityProviderList = [
  1,
  n0,
  _FVBCPL,
  0,
  () => FunctionVersionsByCapacityProviderListItem$
];
var HeadersList = 64 | 0;
var InstanceTypeSet = 64 | 0;
var KafkaSchemaRegistryAccessConfigList = [
  1,
  n0,
  _KSRACL,
  0,
  () => KafkaSchemaRegistryAccessConfig$
];
var KafkaSchemaValidationConfigList = [
  1,
  n0,
  _KSVCL,
  0,
  () => KafkaSchemaValidationConfig$
];
var LayerList = 64 | 0;
var LayersList = [
  1,
  n0,
  _LL,
  0,
  () => LayersListItem$
];
var LayersReferenceList = [
  1,
  n0,
  _LRL,
  0,
  () => Layer$
];
var LayerVersionsList = [
  1,
  n0,
  _LVL,
  0,
  () => LayerVersionsListItem$
];
var Operations = [
  1,
  n0,
  _O,
  0,
  [
    () => Operation$,
    0
  ]
];
var OperationUpdates = [
  1,
  n0,
  _OUp,
  0,
  [
    () => OperationUpdate$,
    0
  ]
];
var ProvisionedConcurrencyConfigList = [
  1,
  n0,
  _PCCL,
  0,
  () => ProvisionedConcurrencyConfigListItem$
];
var Queues = 64 | 0;
var SecurityGroupIds = 64 | 0;
var SigningProfileVersionArns = 64 | 0;
var SourceAccessConfigurations = [
  1,
  n0,
  _SAC,
  0,
  () => SourceAccessConfiguration$
];
var StackTraceEntries = [
  1,
  n0,
  _STEt,
  0,
  [
    () => StackTraceEntry,
    0
  ]
];
var StringList = 64 | 0;
var SubnetIds = 64 | 0;
var TagKeyList = [
  1,
  n0,
  _TKL,
  0,
  [
    0,
    { [_xN]: _K }
  ]
];
var Topics = 64 | 0;
var AdditionalVersionWeights = 128 | 1;
var Endpoints = [
  2,
  n0,
  _End,
  0,
  0,
  64 | 0
];
var EnvironmentVariables = [
  2,
  n0,
  _EVn,
  8,
  [
    () => EnvironmentVariableName,
    0
  ],
  [
    () => EnvironmentVariableValue,
    0
  ]
];
var Tags = 128 | 0;
var InvokeWithResponseStreamResponseEvent$ = [
  4,
  n0,
  _IWRSRE,
  { [_st]: 1 },
  [_PCa, _ICn],
  [[() => InvokeResponseStreamUpdate$, 0], () => InvokeWithResponseStreamCompleteEvent$]
];
var AddLayerVersionPermission$ = [
  9,
  n0,
  _ALVP,
  { [_h]: ["POST", "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy", 201] },
  () => AddLayerVersionPermissionRequest$,
  () => AddLayerVersionPermissionResponse$
];
var AddPermission$ = [
  9,
  n0,
  _APd,
  { [_h]: ["POST", "/2015-03-31/functions/{FunctionName}/policy", 201] },
  () => AddPermissionRequest$,
  () => AddPermissionResponse$
];
var CheckpointDurableExecution$ = [
  9,
  n0,
  _CDE,
  { [_h]: ["POST", "/2025-12-01/durable-executions/{DurableExecutionArn}/checkpoint", 200] },
  () => CheckpointDurableExecutionRequest$,
  () => CheckpointDurableExecutionResponse$
];
var CreateAlias$ = [
  9,
  n0,
  _CAr,
  { [_h]: ["POST", "/2015-03-31/functions/{FunctionName}/aliases", 201] },
  () => CreateAliasRequest$,
  () => AliasConfiguration$
];
var CreateCapacityProvider$ = [
  9,
  n0,
  _CCP,
  { [_h]: ["POST", "/2025-11-30/capacity-providers", 202] },
  () => CreateCapacityProviderRequest$,
  () => CreateCapacityProviderResponse$
];
var CreateCodeSigningConfig$ = [
  9,
  n0,
  _CCSC,
  { [_h]: ["POST", "/2020-04-22/code-signing-configs", 201] },
  () => CreateCodeSigningConfigRequest$,
  () => CreateCodeSigningConfigResponse$
];
var CreateEventSourceMapping$ = [
  9,
  n0,
  _CESM,
  { [_h]: ["POST", "/2015-03-31/event-source-mappings", 202] },
  () => CreateEventSourceMappingRequest$,
  () => EventSourceMappingConfiguration$
];
var CreateFunction$ = [
  9,
  n0,
  _CF,
  { [_h]: ["POST", "/2015-03-31/functions", 201] },
  () => CreateFunctionRequest$,
  () => FunctionConfiguration$
];
var CreateFunctionUrlConfig$ = [
  9,
  n0,
  _CFUC,
  { [_h]: ["POST", "/2021-10-31/functions/{FunctionName}/url", 201] },
  () => CreateFunctionUrlConfigRequest$,
  () => CreateFunctionUrlConfigResponse$
];
var DeleteAlias$ = [
  9,
  n0,
  _DA,
  { [_h]: ["DELETE", "/2015-03-31/functions/{FunctionName}/aliases/{Name}", 204] },
  () => DeleteAliasRequest$,
  () => __Unit
];
var DeleteCapacityProvider$ = [
  9,
  n0,
  _DCP,
  { [_h]: ["DELETE", "/2025-11-30/capacity-providers/{CapacityProviderName}", 202] },
  () => DeleteCapacityProviderRequest$,
  () => DeleteCapacityProviderResponse$
];
var DeleteCodeSigningConfig$ = [
  9,
  n0,
  _DCSC,
  { [_h]: ["DELETE", "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}", 204] },
  () => DeleteCodeSigningConfigRequest$,
  () => DeleteCodeSigningConfigResponse$
];
var DeleteEventSourceMapping$ = [
  9,
  n0,
  _DESM,
  { [_h]: ["DELETE", "/2015-03-31/event-source-mappings/{UUID}", 202] },
  () => DeleteEventSourceMappingRequest$,
  () => EventSourceMappingConfiguration$
];
var DeleteFunction$ = [
  9,
  n0,
  _DF,
  { [_h]: ["DELETE", "/2015-03-31/functions/{FunctionName}", 200] },
  () => DeleteFunctionRequest$,
  () => DeleteFunctionResponse$
];
var DeleteFunctionCodeSigningConfig$ = [
  9,
  n0,
  _DFCSC,
  { [_h]: ["DELETE", "/2020-06-30/functions/{FunctionName}/code-signing-config", 204] },
  () => DeleteFunctionCodeSigningConfigRequest$,
  () => __Unit
];
var DeleteFunctionConcurrency$ = [
  9,
  n0,
  _DFC,
  { [_h]: ["DELETE", "/2017-10-31/functions/{FunctionName}/concurrency", 204] },
  () => DeleteFunctionConcurrencyRequest$,
  () => __Unit
];
var DeleteFunctionEventInvokeConfig$ = [
  9,
  n0,
  _DFEIC,
  { [_h]: ["DELETE", "/2019-09-25/functions/{FunctionName}/event-invoke-config", 204] },
  () => DeleteFunctionEventInvokeConfigRequest$,
  () => __Unit
];
var DeleteFunctionUrlConfig$ = [
  9,
  n0,
  _DFUC,
  { [_h]: ["DELETE", "/2021-10-31/functions/{FunctionName}/url", 204] },
  () => DeleteFunctionUrlConfigRequest$,
  () => __Unit
];
var DeleteLayerVersion$ = [
  9,
  n0,
  _DLV,
  { [_h]: ["DELETE", "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}", 204] },
  () => DeleteLayerVersionRequest$,
  () => __Unit
];
var DeleteProvisionedConcurrencyConfig$ = [
  9,
  n0,
  _DPCC,
  { [_h]: ["DELETE", "/2019-09-30/functions/{FunctionName}/provisioned-concurrency", 204] },
  () => DeleteProvisionedConcurrencyConfigRequest$,
  () => __Unit
];
var DeleteResourcePolicy$ = [
  9,
  n0,
  _DRP,
  { [_h]: ["DELETE", "/2026-07-09/resource-policy/{ResourceArn}", 204] },
  () => DeleteResourcePolicyRequest$,
  () => __Unit
];
var GetAccountSettings$ = [
  9,
  n0,
  _GAS,
  { [_h]: ["GET", "/2016-08-19/account-settings", 200] },
  () => GetAccountSettingsRequest$,
  () => GetAccountSettingsResponse$
];
var GetAlias$ = [
  9,
  n0,
  _GA,
  { [_h]: ["GET", "/2015-03-31/functions/{FunctionName}/aliases/{Name}", 200] },
  () => GetAliasRequest$,
  () => AliasConfiguration$
];
var GetCapacityProvider$ = [
  9,
  n0,
  _GCP,
  { [_h]: ["GET", "/2025-11-30/capacity-providers/{CapacityProviderName}", 200] },
  () => GetCapacityProviderRequest$,
  () => GetCapacityProviderResponse$
];
var GetCodeSigningConfig$ = [
  9,
  n0,
  _GCSC,
  { [_h]: ["GET", "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}", 200] },
  () => GetCodeSigningConfigRequest$,
  () => GetCodeSigningConfigResponse$
];
var GetDurableExecution$ = [
  9,
  n0,
  _GDE,
  { [_h]: ["GET", "/2025-12-01/durable-executions/{DurableExecutionArn}", 200] },
  () => GetDurableExecutionRequest$,
  () => GetDurableExecutionResponse$
];
var GetDurableExecutionHistory$ = [
  9,
  n0,
  _GDEH,
  { [_h]: ["GET", "/2025-12-01/durable-executions/{DurableExecutionArn}/history", 200] },
  () => GetDurableExecutionHistoryRequest$,
  () => GetDurableExecutionHistoryResponse$
];
var GetDurableExecutionState$ = [
  9,
  n0,
  _GDES,
  { [_h]: ["GET", "/2025-12-01/durable-executions/{DurableExecutionArn}/state", 200] },
  () => GetDurableExecutionStateRequest$,
  () => GetDurableExecutionStateResponse$
];
var GetEventSourceMapping$ = [
  9,
  n0,
  _GESM,
  { [_h]: ["GET", "/2015-03-31/event-source-mappings/{UUID}", 200] },
  () => GetEventSourceMappingRequest$,
  () => EventSourceMappingConfiguration$
];
var GetFunction$ = [
  9,
  n0,
  _GF,
  { [_h]: ["GET", "/2015-03-31/functions/{FunctionName}", 200] },
  () => GetFunctionRequest$,
  () => GetFunctionResponse$
];
var GetFunctionCodeSigningConfig$ = [
  9,
  n0,
  _GFCSC,
  { [_h]: ["GET", "/2020-06-30/functions/{FunctionName}/code-signing-config", 200] },
  () => GetFunctionCodeSigningConfigRequest$,
  () => GetFunctionCodeSigningConfigResponse$
];
var GetFunctionConcurrency$ = [
  9,
  n0,
  _GFC,
  { [_h]: ["GET", "/2019-09-30/functions/{FunctionName}/concurrency", 200] },
  () => GetFunctionConcurrencyRequest$,
  () => GetFunctionConcurrencyResponse$
];
var GetFunctionConfiguration$ = [
  9,
  n0,
  _GFCe,
  { [_h]: ["GET", "/2015-03-31/functions/{FunctionName}/configuration", 200] },
  () => GetFunctionConfigurationRequest$,
  () => FunctionConfiguration$
];
var GetFunctionEventInvokeConfig$ = [
  9,
  n0,
  _GFEIC,
  { [_h]: ["GET", "/2019-09-25/functions/{FunctionName}/event-invoke-config", 200] },
  () => GetFunctionEventInvokeConfigRequest$,
  () => FunctionEventInvokeConfig$
];
var GetFunctionRecursionConfig$ = [
  9,
  n0,
  _GFRC,
  { [_h]: ["GET", "/2024-08-31/functions/{FunctionName}/recursion-config", 200] },
  () => GetFunctionRecursionConfigRequest$,
  () => GetFunctionRecursionConfigResponse$
];
var GetFunctionScalingConfig$ = [
  9,
  n0,
  _GFSC,
  { [_h]: ["GET", "/2025-11-30/functions/{FunctionName}/function-scaling-config", 200] },
  () => GetFunctionScalingConfigRequest$,
  () => GetFunctionScalingConfigResponse$
];
var GetFunctionUrlConfig$ = [
  9,
  n0,
  _GFUC,
  { [_h]: ["GET", "/2021-10-31/functions/{FunctionName}/url", 200] },
  () => GetFunctionUrlConfigRequest$,
  () => GetFunctionUrlConfigResponse$
];
var GetLayerVersion$ = [
  9,
  n0,
  _GLV,
  { [_h]: ["GET", "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}", 200] },
  () => GetLayerVersionRequest$,
  () => GetLayerVersionResponse$
];
var GetLayerVersionByArn$ = [
  9,
  n0,
  _GLVBA,
  { [_h]: ["GET", "/2018-10-31/layers?find=LayerVersion", 200] },
  () => GetLayerVersionByArnRequest$,
  () => GetLayerVersionResponse$
];
var GetLayerVersionPolicy$ = [
  9,
  n0,
  _GLVP,
  { [_h]: ["GET", "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy", 200] },
  () => GetLayerVersionPolicyRequest$,
  () => GetLayerVersionPolicyResponse$
];
var GetPolicy$ = [
  9,
  n0,
  _GP,
  { [_h]: ["GET", "/2015-03-31/functions/{FunctionName}/policy", 200] },
  () => GetPolicyRequest$,
  () => GetPolicyResponse$
];
var GetProvisionedConcurrencyConfig$ = [
  9,
  n0,
  _GPCC,
  { [_h]: ["GET", "/2019-09-30/functions/{FunctionName}/provisioned-concurrency", 200] },
  () => GetProvisionedConcurrencyConfigRequest$,
  () => GetProvisionedConcurrencyConfigResponse$
];
var GetResourcePolicy$ = [
  9,
  n0,
  _GRP,
  { [_h]: ["GET", "/2026-07-09/resource-policy/{ResourceArn}", 200] },
  () => GetResourcePolicyRequest$,
  () => GetResourcePolicyResponse$
];
var GetRuntimeManagementConfig$ = [
  9,
  n0,
  _GRMC,
  { [_h]: ["GET", "/2021-07-20/functions/{FunctionName}/runtime-management-config", 200] },
  () => GetRuntimeManagementConfigRequest$,
  () => GetRuntimeManagementConfigResponse$
];
var Invoke$ = [
  9,
  n0,
  _In,
  { [_h]: ["POST", "/2015-03-31/functions/{FunctionName}/invocations", 200] },
  () => InvocationRequest$,
  () => InvocationResponse$
];
var InvokeAsync$ = [
  9,
  n0,
  _IAn,
  { [_h]: ["POST", "/2014-11-13/functions/{FunctionName}/invoke-async", 202] },
  () => InvokeAsyncRequest$,
  () => InvokeAsyncResponse$
];
var InvokeWithResponseStream$ = [
  9,
  n0,
  _IWRS,
  { [_h]: ["POST", "/2021-11-15/functions/{FunctionName}/response-streaming-invocations", 200] },
  () => InvokeWithResponseStreamRequest$,
  () => InvokeWithResponseStreamResponse$
];
var ListAliases$ = [
  9,
  n0,
  _LAi,
  { [_h]: ["GET", "/2015-03-31/functions/{FunctionName}/aliases", 200] },
  () => ListAliasesRequest$,
  () => ListAliasesResponse$
];
var ListCapacityProviders$ = [
  9,
  n0,
  _LCP,
  { [_h]: ["GET", "/2025-11-30/capacity-providers", 200] },
  () => ListCapacityProvidersRequest$,
  () => ListCapacityProvidersResponse$
];
var ListCodeSigningConfigs$ = [
  9,
  n0,
  _LCSC,
  { [_h]: ["GET", "/2020-04-22/code-signing-configs", 200] },
  () => ListCodeSigningConfigsRequest$,
  () => ListCodeSigningConfigsResponse$
];
var ListDurableExecutionsByFunction$ = [
  9,
  n0,
  _LDEBF,
  { [_h]: ["GET", "/2025-12-01/functions/{FunctionName}/durable-executions", 200] },
  () => ListDurableExecutionsByFunctionRequest$,
  () => ListDurableExecutionsByFunctionResponse$
];
var ListEventSourceMappings$ = [
  9,
  n0,
  _LESM,
  { [_h]: ["GET", "/2015-03-31/event-source-mappings", 200] },
  () => ListEventSourceMappingsRequest$,
  () => ListEventSourceMappingsResponse$
];
var ListFunctionEventInvokeConfigs$ = [
  9,
  n0,
  _LFEIC,
  { [_h]: ["GET", "/2019-09-25/functions/{FunctionName}/event-invoke-config/list", 200] },
  () => ListFunctionEventInvokeConfigsRequest$,
  () => ListFunctionEventInvokeConfigsResponse$
];
var ListFunctions$ = [
  9,
  n0,
  _LFi,
  { [_h]: ["GET", "/2015-03-31/functions", 200] },
  () => ListFunctionsRequest$,
  () => ListFunctionsResponse$
];
var ListFunctionsByCodeSigningConfig$ = [
  9,
  n0,
  _LFBCSC,
  { [_h]: ["GET", "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}/functions", 200] },
  () => ListFunctionsByCodeSigningConfigRequest$,
  () => ListFunctionsByCodeSigningConfigResponse$
];
var ListFunctionUrlConfigs$ = [
  9,
  n0,
  _LFUC,
  { [_h]: ["GET", "/2021-10-31/functions/{FunctionName}/urls", 200] },
  () => ListFunctionUrlConfigsRequest$,
  () => ListFunctionUrlConfigsResponse$
];
var ListFunctionVersionsByCapacityProvider$ = [
  9,
  n0,
  _LFVBCP,
  { [_h]: ["GET", "/2025-11-30/capacity-providers/{CapacityProviderName}/function-versions", 200] },
  () => ListFunctionVersionsByCapacityProviderRequest$,
  () => ListFunctionVersionsByCapacityProviderResponse$
];
var ListLayers$ = [
  9,
  n0,
  _LLi,
  { [_h]: ["GET", "/2018-10-31/layers", 200] },
  () => ListLayersRequest$,
  () => ListLayersResponse$
];
var ListLayerVersions$ = [
  9,
  n0,
  _LLV,
  { [_h]: ["GET", "/2018-10-31/layers/{LayerName}/versions", 200] },
  () => ListLayerVersionsRequest$,
  () => ListLayerVersionsResponse$
];
var ListProvisionedConcurrencyConfigs$ = [
  9,
  n0,
  _LPCC,
  { [_h]: ["GET", "/2019-09-30/functions/{FunctionName}/provisioned-concurrency?List=ALL", 200] },
  () => ListProvisionedConcurrencyConfigsRequest$,
  () => ListProvisionedConcurrencyConfigsResponse$
];
var ListTags$ = [
  9,
  n0,
  _LTi,
  { [_h]: ["GET", "/2017-03-31/tags/{Resource}", 200] },
  () => ListTagsRequest$,
  () => ListTagsResponse$
];
var ListVersionsByFunction$ = [
  9,
  n0,
  _LVBF,
  { [_h]: ["GET", "/2015-03-31/functions/{FunctionName}/versions", 200] },
  () => ListVersionsByFunctionRequest$,
  () => ListVersionsByFunctionResponse$
];
var PublishLayerVersion$ = [
  9,
  n0,
  _PLV,
  { [_h]: ["POST", "/2018-10-31/layers/{LayerName}/versions", 201] },
  () => PublishLayerVersionRequest$,
  () => PublishLayerVersionResponse$
];
var PublishVersion$ = [
  9,
  n0,
  _PV,
  { [_h]: ["POST", "/2015-03-31/functions/{FunctionName}/versions", 201] },
  () => PublishVersionRequest$,
  () => FunctionConfiguration$
];
var PutFunctionCodeSigningConfig$ = [
  9,
  n0,
  _PFCSC,
  { [_h]: ["PUT", "/2020-06-30/functions/{FunctionName}/code-signing-config", 200] },
  () => PutFunctionCodeSigningConfigRequest$,
  () => PutFunctionCodeSigningConfigResponse$
];
var PutFunctionConcurrency$ = [
  9,
  n0,
  _PFC,
  { [_h]: ["PUT", "/2017-10-31/functions/{FunctionName}/concurrency", 200] },
  () => PutFunctionConcurrencyRequest$,
  () => Concurrency$
];
var PutFunctionEventInvokeConfig$ = [
  9,
  n0,
  _PFEIC,
  { [_h]: ["PUT", "/2019-09-25/functions/{FunctionName}/event-invoke-config", 200] },
  () => PutFunctionEventInvokeConfigRequest$,
  () => FunctionEventInvokeConfig$
];
var PutFunctionRecursionConfig$ = [
  9,
  n0,
  _PFRC,
  { [_h]: ["PUT", "/2024-08-31/functions/{FunctionName}/recursion-config", 200] },
  () => PutFunctionRecursionConfigRequest$,
  () => PutFunctionRecursionConfigResponse$
];
var PutFunctionScalingConfig$ = [
  9,
  n0,
  _PFSC,
  { [_h]: ["PUT", "/2025-11-30/functions/{FunctionName}/function-scaling-config", 202] },
  () => PutFunctionScalingConfigRequest$,
  () => PutFunctionScalingConfigResponse$
];
var PutProvisionedConcurrencyConfig$ = [
  9,
  n0,
  _PPCC,
  { [_h]: ["PUT", "/2019-09-30/functions/{FunctionName}/provisioned-concurrency", 202] },
  () => PutProvisionedConcurrencyConfigRequest$,
  () => PutProvisionedConcurrencyConfigResponse$
];
var PutResourcePolicy$ = [
  9,
  n0,
  _PRP,
  { [_h]: ["PUT", "/2026-07-09/resource-policy/{ResourceArn}", 200] },
  () => PutResourcePolicyRequest$,
  () => PutResourcePolicyResponse$
];
var PutRuntimeManagementConfig$ = [
  9,
  n0,
  _PRMC,
  { [_h]: ["PUT", "/2021-07-20/functions/{FunctionName}/runtime-management-config", 200] },
  () => PutRuntimeManagementConfigRequest$,
  () => PutRuntimeManagementConfigResponse$
];
var RemoveLayerVersionPermission$ = [
  9,
  n0,
  _RLVP,
  { [_h]: ["DELETE", "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy/{StatementId}", 204] },
  () => RemoveLayerVersionPermissionRequest$,
  () => __Unit
];
var RemovePermission$ = [
  9,
  n0,
  _RP,
  { [_h]: ["DELETE", "/2015-03-31/functions/{FunctionName}/policy/{StatementId}", 204] },
  () => RemovePermissionRequest$,
  () => __Unit
];
var SendDurableExecutionCallbackFailure$ = [
  9,
  n0,
  _SDECF,
  { [_h]: ["POST", "/2025-12-01/durable-execution-callbacks/{CallbackId}/fail", 200] },
  () => SendDurableExecutionCallbackFailureRequest$,
  () => SendDurableExecutionCallbackFailureResponse$
];
var SendDurableExecutionCallbackHeartbeat$ = [
  9,
  n0,
  _SDECH,
  { [_h]: ["POST", "/2025-12-01/durable-execution-callbacks/{CallbackId}/heartbeat", 200] },
  () => SendDurableExecutionCallbackHeartbeatRequest$,
  () => SendDurableExecutionCallbackHeartbeatResponse$
];
var SendDurableExecutionCallbackSuccess$ = [
  9,
  n0,
  _SDECS,
  { [_h]: ["POST", "/2025-12-01/durable-execution-callbacks/{CallbackId}/succeed", 200] },
  () => SendDurableExecutionCallbackSuccessRequest$,
  () => SendDurableExecutionCallbackSuccessResponse$
];
var StopDurableExecution$ = [
  9,
  n0,
  _SDE,
  { [_h]: ["POST", "/2025-12-01/durable-executions/{DurableExecutionArn}/stop", 200] },
  () => StopDurableExecutionRequest$,
  () => StopDurableExecutionResponse$
];
var TagResource$ = [
  9,
  n0,
  _TR,
  { [_h]: ["POST", "/2017-03-31/tags/{Resource}", 204] },
  () => TagResourceRequest$,
  () => __Unit
];
var UntagResource$ = [
  9,
  n0,
  _UR,
  { [_h]: ["DELETE", "/2017-03-31/tags/{Resource}", 204] },
  () => UntagResourceRequest$,
  () => __Unit
];
var UpdateAlias$ = [
  9,
  n0,
  _UA,
  { [_h]: ["PUT", "/2015-03-31/functions/{FunctionName}/aliases/{Name}", 200] },
  () => UpdateAliasRequest$,
  () => AliasConfiguration$
];
var UpdateCapacityProvider$ = [
  9,
  n0,
  _UCP,
  { [_h]: ["PUT", "/2025-11-30/capacity-providers/{CapacityProviderName}", 202] },
  () => UpdateCapacityProviderRequest$,
  () => UpdateCapacityProviderResponse$
];
var UpdateCodeSigningConfig$ = [
  9,
  n0,
  _UCSC,
  { [_h]: ["PUT", "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}", 200] },
  () => UpdateCodeSigningConfigRequest$,
  () => UpdateCodeSigningConfigResponse$
];
var UpdateEventSourceMapping$ = [
  9,
  n0,
  _UESM,
  { [_h]: ["PUT", "/2015-03-31/event-source-mappings/{UUID}", 202] },
  () => UpdateEventSourceMappingRequest$,
  () => EventSourceMappingConfiguration$
];
var UpdateFunctionCode$ = [
  9,
  n0,
  _UFC,
  { [_h]: ["PUT", "/2015-03-31/functions/{FunctionName}/code", 200] },
  () => UpdateFunctionCodeRequest$,
  () => FunctionConfiguration$
];
var UpdateFunctionConfiguration$ = [
  9,
  n0,
  _UFCp,
  { [_h]: ["PUT", "/2015-03-31/functions/{FunctionName}/configuration", 200] },
  () => UpdateFunctionConfigurationRequest$,
  () => FunctionConfiguration$
];
var UpdateFunctionEventInvokeConfig$ = [
  9,
  n0,
  _UFEIC,
  { [_h]: ["POST", "/2019-09-25/functions/{FunctionName}/event-invoke-config", 200] },
  () => UpdateFunctionEventInvokeConfigRequest$,
  () => FunctionEventInvokeConfig$
];
var UpdateFunctionUrlConfig$ = [
  9,
  n0,
  _UFUC,
  { [_h]: ["PUT", "/2021-10-31/functions/{FunctionName}/url", 200] },
  () => UpdateFunctionUrlConfigRequest$,
  () => UpdateFunctionUrlConfigResponse$
];

// node_modules/@aws-sdk/client-lambda/dist-es/runtimeConfig.shared.js
var getRuntimeConfig = (config) => {
  return {
    apiVersion: "2015-03-31",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultLambdaHttpAuthSchemeProvider,
    httpAuthSchemes: config?.httpAuthSchemes ?? [
      {
        schemeId: "aws.auth#sigv4",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer()
      }
    ],
    logger: config?.logger ?? new NoOpLogger(),
    protocol: config?.protocol ?? AwsRestJsonProtocol,
    protocolSettings: config?.protocolSettings ?? {
      defaultNamespace: "com.amazonaws.lambda",
      errorTypeRegistries,
      version: "2015-03-31",
      serviceTarget: "AWSGirApiService"
    },
    serviceId: config?.serviceId ?? "Lambda",
    sha256: config?.sha256 ?? Sha256Node,
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// node_modules/@aws-sdk/client-lambda/dist-es/runtimeConfig.js
var getRuntimeConfig2 = (config) => {
  emitWarningIfUnsupportedVersion2(process.version);
  const defaultsMode = resolveDefaultsModeConfig(config);
  const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
  const clientSharedValues = getRuntimeConfig(config);
  emitWarningIfUnsupportedVersion(process.version);
  const loaderConfig = {
    profile: config?.profile,
    logger: clientSharedValues.logger
  };
  return {
    ...clientSharedValues,
    ...config,
    runtime: "node",
    defaultsMode,
    authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
    bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
    credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
    defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: package_default.version }),
    eventStreamSerdeProvider: config?.eventStreamSerdeProvider ?? eventStreamSerdeProvider,
    maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
    region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
    requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
    retryMode: config?.retryMode ?? loadConfig({
      ...NODE_RETRY_MODE_CONFIG_OPTIONS,
      default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
    }, config),
    streamCollector: config?.streamCollector ?? streamCollector,
    useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
  };
};

// node_modules/@aws-sdk/client-lambda/dist-es/auth/httpAuthExtensionConfiguration.js
var getHttpAuthExtensionConfiguration = (runtimeConfig) => {
  const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
  let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
  let _credentials = runtimeConfig.credentials;
  return {
    setHttpAuthScheme(httpAuthScheme) {
      const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
      if (index === -1) {
        _httpAuthSchemes.push(httpAuthScheme);
      } else {
        _httpAuthSchemes.splice(index, 1, httpAuthScheme);
      }
    },
    httpAuthSchemes() {
      return _httpAuthSchemes;
    },
    setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
      _httpAuthSchemeProvider = httpAuthSchemeProvider;
    },
    httpAuthSchemeProvider() {
      return _httpAuthSchemeProvider;
    },
    setCredentials(credentials) {
      _credentials = credentials;
    },
    credentials() {
      return _credentials;
    }
  };
};
var resolveHttpAuthRuntimeConfig = (config) => {
  return {
    httpAuthSchemes: config.httpAuthSchemes(),
    httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
    credentials: config.credentials()
  };
};

// node_modules/@aws-sdk/client-lambda/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

// node_modules/@aws-sdk/client-lambda/dist-es/LambdaClient.js
var LambdaClient = class extends Client {
  config;
  constructor(...[configuration]) {
    const _config_0 = getRuntimeConfig2(configuration || {});
    super(_config_0);
    this.initConfig = _config_0;
    const _config_1 = resolveClientEndpointParameters(_config_0);
    const _config_2 = resolveUserAgentConfig(_config_1);
    const _config_3 = resolveRetryConfig(_config_2);
    const _config_4 = resolveRegionConfig(_config_3);
    const _config_5 = resolveHostHeaderConfig(_config_4);
    const _config_6 = resolveEndpointConfig(_config_5);
    const _config_7 = resolveEventStreamSerdeConfig(_config_6);
    const _config_8 = resolveHttpAuthSchemeConfig(_config_7);
    const _config_9 = resolveRuntimeExtensions(_config_8, configuration?.extensions || []);
    this.config = _config_9;
    this.middlewareStack.use(getSchemaSerdePlugin(this.config));
    this.middlewareStack.use(getUserAgentPlugin(this.config));
    this.middlewareStack.use(getRetryPlugin(this.config));
    this.middlewareStack.use(getContentLengthPlugin(this.config));
    this.middlewareStack.use(getHostHeaderPlugin(this.config));
    this.middlewareStack.use(getLoggerPlugin(this.config));
    this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
    this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
      httpAuthSchemeParametersProvider: defaultLambdaHttpAuthSchemeParametersProvider,
      identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
        "aws.auth#sigv4": config.credentials
      })
    }));
    this.middlewareStack.use(getHttpSigningPlugin(this.config));
  }
  destroy() {
    super.destroy();
  }
};

// node_modules/@aws-sdk/client-lambda/dist-es/commandBuilder.js
var command = makeBuilder(commonParams, "AWSGirApiService", "LambdaClient", getEndpointPlugin);
var _ep0 = {};
var _mw0 = (Command, cs, config, o) => [];

// node_modules/@aws-sdk/client-lambda/dist-es/commands/GetAliasCommand.js
var GetAliasCommand = class extends command(_ep0, _mw0, "GetAlias", GetAlias$) {
};

// node_modules/@aws-sdk/client-lambda/dist-es/commands/GetFunctionCommand.js
var GetFunctionCommand = class extends command(_ep0, _mw0, "GetFunction", GetFunction$) {
};

// node_modules/@aws-sdk/client-lambda/dist-es/commands/GetFunctionConfigurationCommand.js
var GetFunctionConfigurationCommand = class extends command(_ep0, _mw0, "GetFunctionConfiguration", GetFunctionConfiguration$) {
};

// node_modules/@aws-sdk/client-lambda/dist-es/commands/InvokeCommand.js
var InvokeCommand = class extends command(_ep0, _mw0, "Invoke", Invoke$) {
};

// node_modules/@aws-sdk/client-lambda/dist-es/commands/ListVersionsByFunctionCommand.js
var ListVersionsByFunctionCommand = class extends command(_ep0, _mw0, "ListVersionsByFunction", ListVersionsByFunction$) {
};

// node_modules/@aws-sdk/client-lambda/dist-es/commands/PublishVersionCommand.js
var PublishVersionCommand = class extends command(_ep0, _mw0, "PublishVersion", PublishVersion$) {
};

// node_modules/@aws-sdk/client-lambda/dist-es/commands/UpdateAliasCommand.js
var UpdateAliasCommand = class extends command(_ep0, _mw0, "UpdateAlias", UpdateAlias$) {
};

// node_modules/@aws-sdk/client-lambda/dist-es/commands/UpdateFunctionCodeCommand.js
var UpdateFunctionCodeCommand = class extends command(_ep0, _mw0, "UpdateFunctionCode", UpdateFunctionCode$) {
};

// node_modules/@aws-sdk/client-lambda/dist-es/pagination/ListVersionsByFunctionPaginator.js
var paginateListVersionsByFunction = createPaginator(LambdaClient, ListVersionsByFunctionCommand, "Marker", "NextMarker", "MaxItems");

// actions/chain-checks/src/chain.ts
import { randomUUID } from "node:crypto";

// actions/chain-checks/src/ping-event.ts
var PING_MESSAGE = "__ping__";
var pingBody = JSON.stringify({ message: PING_MESSAGE });
function pingInvocationEvent(requestId, now) {
  const userAgent = "trip-assistant-toolkit/chain-ping";
  return {
    version: "2.0",
    routeKey: "$default",
    rawPath: "/api/messages",
    rawQueryString: "",
    headers: {
      accept: "application/json",
      "content-type": "application/json",
      "content-length": String(Buffer.byteLength(pingBody)),
      "user-agent": userAgent
    },
    requestContext: {
      accountId: "anonymous",
      apiId: "chain-ping",
      domainName: "chain-ping.local",
      domainPrefix: "chain-ping",
      http: {
        method: "POST",
        path: "/api/messages",
        protocol: "HTTP/1.1",
        sourceIp: "127.0.0.1",
        userAgent
      },
      requestId,
      routeKey: "$default",
      stage: "$default",
      time: gatewayTime(now),
      timeEpoch: now.getTime()
    },
    body: pingBody,
    isBase64Encoded: false
  };
}
function gatewayTime(now) {
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const pad = (n) => String(n).padStart(2, "0");
  return `${pad(now.getUTCDate())}/${months[now.getUTCMonth()]}/${now.getUTCFullYear()}:${pad(now.getUTCHours())}:${pad(now.getUTCMinutes())}:${pad(now.getUTCSeconds())} +0000`;
}

// actions/chain-checks/src/chain.ts
var MAX_BACKOFF_MS = 1e4;
var MAX_BODY_CHARS = 300;
async function checkChain(target2, deps) {
  if (!Number.isInteger(deps.attempts) || deps.attempts < 1) {
    throw new Error(`attempts: expected a whole number of at least 1, got ${deps.attempts}`);
  }
  if (!(deps.timeoutSeconds > 0)) {
    throw new Error(`timeoutSeconds: expected a positive number, got ${deps.timeoutSeconds}`);
  }
  if (target2.functionName && !deps.lambda) {
    throw new Error("functionName was given without a Lambda client to invoke it with");
  }
  const hops = planHops(target2, deps);
  if (hops.length === 0) {
    throw new Error("Nothing to check: give an API URL, a function name, or both");
  }
  const results = [];
  const token = target2.token;
  const redact = (text) => token ? text.split(token).join("***") : text;
  for (const hop of hops) results.push(await runHop(hop, deps, redact));
  return { ok: results.every((r2) => r2.ok), hops: results };
}
function planHops(target2, deps) {
  const hops = [];
  const doFetch = deps.fetch ?? fetch;
  const token = target2.token;
  if (target2.apiUrl) {
    const base = normaliseApiUrl(target2.apiUrl);
    hops.push({ name: "health", attempt: (signal) => checkHealth(doFetch, base, signal) });
    hops.push({
      name: "auth-required",
      attempt: (signal) => checkAuthRequired(doFetch, base, signal)
    });
    if (token) {
      hops.push({
        name: "token-ping",
        attempt: (signal) => checkTokenPing(doFetch, base, token, signal)
      });
    }
  }
  if (target2.functionName && deps.lambda) {
    const lambda = deps.lambda;
    const functionName = target2.functionName;
    hops.push({
      name: "direct-invoke",
      attempt: (signal) => checkDirectInvoke(lambda, functionName, target2.qualifier, signal)
    });
  }
  return hops;
}
function normaliseApiUrl(apiUrl) {
  return apiUrl.trim().replace(/\/+$/, "");
}
var HopFailure = class extends Error {
  constructor(attempt) {
    super(attempt.detail);
    this.attempt = attempt;
  }
  attempt;
};
async function runHop(hop, deps, redact) {
  let latencyMs = 0;
  let attempts = 0;
  const of = (n) => `attempt ${n}/${deps.attempts}`;
  const statusOf = (attempt2) => attempt2.status === void 0 ? "" : ` ${attempt2.status}`;
  const once = async (n) => {
    attempts = n;
    const timeout = AbortSignal.timeout(deps.timeoutSeconds * 1e3);
    const signal = deps.signal ? AbortSignal.any([deps.signal, timeout]) : timeout;
    const started = performance.now();
    let attempt2;
    try {
      attempt2 = await hop.attempt(signal);
    } catch (error2) {
      deps.signal?.throwIfAborted();
      attempt2 = describeError(error2, timeout.aborted, deps.timeoutSeconds);
    }
    attempt2 = { ...attempt2, detail: redact(attempt2.detail) };
    latencyMs = Math.round(performance.now() - started);
    if (!attempt2.ok) throw new HopFailure(attempt2);
    deps.log?.(`${hop.name}: ok${statusOf(attempt2)} in ${latencyMs} ms (${of(n)})`);
    return attempt2;
  };
  let attempt;
  try {
    attempt = await retry(once, {
      attempts: deps.attempts,
      shouldRetry: ({ error: error2 }) => error2 instanceof HopFailure && error2.attempt.retry,
      minDelayMs: deps.backoffMs ?? 1e3,
      maxDelayMs: MAX_BACKOFF_MS,
      onRetry: ({ error: error2, attempt: n, delayMs }) => {
        const failed = error2.attempt;
        deps.log?.(
          `${hop.name}: ${of(n)} failed${statusOf(failed)} (${failed.detail}); retrying in ${formatDuration(delayMs)}`
        );
      },
      ...deps.signal ? { signal: deps.signal } : {},
      ...deps.clock ? { clock: deps.clock } : {}
    });
  } catch (error2) {
    if (!(error2 instanceof HopFailure)) throw error2;
    attempt = error2.attempt;
    deps.log?.(`${hop.name}: failed${statusOf(attempt)} (${of(attempts)}): ${attempt.detail}`);
  }
  return {
    hop: hop.name,
    ok: attempt.ok,
    ...attempt.status === void 0 ? {} : { status: attempt.status },
    latencyMs,
    attempts,
    detail: attempt.detail
  };
}
function describeError(error2, timedOut, timeoutSeconds) {
  if (timedOut) {
    return { ok: false, retry: true, status: "timeout", detail: `no answer within ${timeoutSeconds}s` };
  }
  const { name = "Error", message = String(error2), cause, $metadata } = asErrorLike(error2);
  const httpStatus = $metadata?.httpStatusCode;
  const retry2 = name === "TypeError" || httpStatus === void 0 || httpStatus >= 500;
  const causeMessage = asErrorLike(cause).message;
  return {
    ok: false,
    retry: retry2,
    status: name === "TypeError" ? "network error" : name,
    detail: causeMessage ? `${message}: ${causeMessage}` : message
  };
}
var asErrorLike = (value) => typeof value === "object" && value !== null ? value : {};
var transientStatus = (status) => status === 429 || status >= 500;
function trimBody(text) {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat === "") return "(empty body)";
  return flat.length > MAX_BODY_CHARS ? `${flat.slice(0, MAX_BODY_CHARS)}\u2026` : flat;
}
async function checkHealth(doFetch, base, signal) {
  const response = await doFetch(`${base}/api/health`, { headers: { accept: "application/json" }, signal });
  const text = await response.text();
  const body = parseJson(text);
  if (response.status === 200 && isRecord(body) && body.status === "ok") {
    return { ok: true, retry: false, status: 200, detail: `version ${String(body.version ?? "unknown")}` };
  }
  const expected = response.status === 200 ? 'expected {"status":"ok"}' : "expected 200";
  return {
    ok: false,
    retry: transientStatus(response.status),
    status: response.status,
    detail: `${expected}, got ${response.status}: ${trimBody(text)}`
  };
}
async function checkAuthRequired(doFetch, base, signal) {
  const response = await doFetch(`${base}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: pingBody,
    signal
  });
  const text = await response.text();
  if (response.status === 401) {
    return { ok: true, retry: false, status: 401, detail: "rejected without a token, as it should be" };
  }
  const why = response.status < 300 ? "the authorizer let a request without a token through" : "expected 401";
  return {
    ok: false,
    retry: transientStatus(response.status),
    status: response.status,
    detail: `${why}, got ${response.status}: ${trimBody(text)}`
  };
}
async function checkTokenPing(doFetch, base, token, signal) {
  const response = await doFetch(`${base}/api/messages`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/json",
      authorization: `Bearer ${token}`
    },
    body: pingBody,
    signal
  });
  const text = await response.text();
  if (response.status !== 200) {
    return {
      ok: false,
      retry: transientStatus(response.status),
      status: response.status,
      detail: `expected 200, got ${response.status}: ${trimBody(text)}`
    };
  }
  return { ...judgePing(parseJson(text), text), status: 200 };
}
function judgePing(body, text) {
  const ping = isRecord(body) && isRecord(body.ping) ? body.ping : void 0;
  if (!ping) {
    return { ok: false, retry: false, detail: `expected a ping answer, got: ${trimBody(text)}` };
  }
  const missing = ["ok", "graphCompiled", "parameterReachable"].filter(
    (key) => ping[key] !== true
  );
  if (missing.length > 0) {
    return { ok: false, retry: true, detail: `ping reported ${missing.join(", ")} false: ${trimBody(text)}` };
  }
  const agentMs = typeof ping.durationMs === "number" ? `, agent ${ping.durationMs} ms` : "";
  return { ok: true, retry: false, detail: `version ${String(ping.version ?? "unknown")}${agentMs}` };
}
async function checkDirectInvoke(lambda, functionName, qualifier, signal) {
  const event = pingInvocationEvent(randomUUID(), /* @__PURE__ */ new Date());
  const response = await lambda.send(
    new InvokeCommand({
      FunctionName: functionName,
      ...qualifier ? { Qualifier: qualifier } : {},
      InvocationType: "RequestResponse",
      Payload: new TextEncoder().encode(JSON.stringify(event))
    }),
    { abortSignal: signal }
  );
  const text = response.Payload ? new TextDecoder().decode(response.Payload) : "";
  if (response.FunctionError) {
    return {
      ok: false,
      retry: true,
      status: `FunctionError ${response.FunctionError}`,
      detail: `the function failed: ${trimBody(text)}`
    };
  }
  const payload = parseJson(text);
  const statusCode = isRecord(payload) && typeof payload.statusCode === "number" ? payload.statusCode : void 0;
  if (statusCode === void 0) {
    return { ok: false, retry: false, detail: `expected an HTTP API response, got: ${trimBody(text)}` };
  }
  const bodyText = isRecord(payload) && typeof payload.body === "string" ? payload.body : "";
  if (statusCode !== 200) {
    return {
      ok: false,
      retry: transientStatus(statusCode),
      status: statusCode,
      detail: `expected statusCode 200, got ${statusCode}: ${trimBody(bodyText)}`
    };
  }
  return { ...judgePing(parseJson(bodyText), bodyText), status: 200 };
}

// actions/chain-checks/src/function-name.ts
var FUNCTION = /^(arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:)?[A-Za-z0-9_-]{1,64}$/;
function checkFunctionName(input, value) {
  if (!FUNCTION.test(value)) {
    throw new InputError(input, `expected a function name or unqualified function ARN, got "${value}"`);
  }
  return value;
}

// actions/chain-checks/src/report.ts
function describeFailure(result) {
  const failed = result.hops.filter((hop) => !hop.ok);
  if (failed.length === 0) return `All ${result.hops.length} chain checks passed`;
  const parts = failed.map((hop) => {
    const status = hop.status === void 0 ? "" : ` with ${hop.status}`;
    const tries = hop.attempts === 1 ? "1 attempt" : `${hop.attempts} attempts`;
    return `hop "${hop.hop}" failed${status} after ${tries}: ${hop.detail}`;
  });
  return `Chain check failed: ${parts.join("; ")}`;
}
function chainSummary(result) {
  return table(
    ["hop", "status", "latency", "attempts", "detail"],
    result.hops.map((hop) => [
      `${hop.ok ? "\u2705" : "\u274C"} ${hop.hop}`,
      hop.status === void 0 ? "\u2014" : String(hop.status),
      `${hop.latencyMs} ms`,
      String(hop.attempts),
      hop.detail
    ])
  );
}

// actions/shift-alias/src/strategy.ts
var MAX_STEP_MINUTES = 60;
var MAX_TOTAL_MINUTES = 300;
var INPUT = "strategy";
var EXPECTED = 'expected "all-at-once", "canary PCT MINUTES" or "linear PCT MINUTES" (e.g. "canary 10 5")';
function parseStrategy(text) {
  const words = text.trim().split(/\s+/);
  const [kind, pct, minutes, ...rest] = words;
  if (kind === "all-at-once" && words.length === 1) {
    return { kind, steps: [{ weight: 100, waitMinutes: 0 }] };
  }
  if (kind !== "canary" && kind !== "linear" || pct === void 0 || minutes === void 0 || rest.length) {
    throw new InputError(INPUT, `${EXPECTED}, got "${text}"`);
  }
  const weight = wholeNumber(pct, "percentage", text);
  const waitMinutes = wholeNumber(minutes, "minutes", text);
  if (weight < 1 || weight > 99) {
    throw new InputError(INPUT, `percentage must be from 1 to 99, got ${weight} in "${text}"`);
  }
  if (waitMinutes > MAX_STEP_MINUTES) {
    throw new InputError(
      INPUT,
      `minutes must be from 0 to ${MAX_STEP_MINUTES}, got ${waitMinutes} in "${text}"`
    );
  }
  const weights = kind === "canary" ? [weight] : Array.from({ length: Math.ceil(100 / weight) - 1 }, (_, i2) => weight * (i2 + 1));
  const steps = [...weights.map((w) => ({ weight: w, waitMinutes })), { weight: 100, waitMinutes: 0 }];
  const total = totalMinutes({ kind, steps });
  if (total > MAX_TOTAL_MINUTES) {
    throw new InputError(
      INPUT,
      `"${text}" waits ${total} minutes in all, more than the ${MAX_TOTAL_MINUTES} a job can spare; use a larger percentage or fewer minutes`
    );
  }
  return { kind, steps };
}
function wholeNumber(word, what, text) {
  if (!/^\d+$/.test(word))
    throw new InputError(INPUT, `${what} must be a whole number, got "${word}" in "${text}"`);
  return Number(word);
}
function totalMinutes(strategy) {
  return strategy.steps.reduce((sum, step) => sum + step.waitMinutes, 0);
}
function describeStrategy(strategy) {
  if (strategy.kind === "all-at-once") return "all at once";
  const weights = strategy.steps.map((s) => `${s.weight}%`).join(" \u2192 ");
  return `${strategy.kind} ${weights}, ${strategy.steps[0]?.waitMinutes ?? 0} min between steps`;
}

// actions/shift-alias/src/options.ts
var ALIAS = /^(?!\d+$)[A-Za-z0-9_-]{1,128}$/;
var IMAGE = /^[^\s@/]+\/[^\s@]+(:[\w][\w.-]{0,127}|@sha256:[0-9a-f]{64})$/;
function readOptions(inputs) {
  const functionName = checkFunctionName("function-name", inputs.required("function-name"));
  const alias = matching(
    inputs.required("alias"),
    "alias",
    ALIAS,
    "an alias name (letters, digits, - and _, not only digits)"
  );
  const imageUri = inputs.optional("image-uri");
  const toVersion = inputs.optional("to-version");
  if (imageUri !== void 0 && toVersion !== void 0) {
    throw new InputError(
      "to-version",
      'cannot be combined with "image-uri": roll out new code or move to an existing version, not both'
    );
  }
  const strategy = parseStrategy(inputs.required("strategy"));
  const apiUrl = inputs.url("api-url", "https://abc123.execute-api.us-east-2.amazonaws.com");
  const pingFunction = inputs.optional("ping-function");
  if (pingFunction !== void 0) checkFunctionName("ping-function", pingFunction);
  const token = inputs.secret("ping-token");
  if (token !== void 0 && apiUrl === void 0) {
    throw new InputError("ping-token", 'is only used with "api-url", which is empty');
  }
  return {
    functionName,
    alias,
    target: target(imageUri, toVersion),
    strategy,
    checks: {
      ...apiUrl === void 0 ? {} : { apiUrl },
      ...pingFunction === void 0 ? {} : { pingFunction },
      ...token === void 0 ? {} : { token },
      attempts: inputs.integer("check-attempts", { min: 1, max: 20 }),
      timeoutSeconds: inputs.integer("check-timeout-seconds", { min: 1, max: 300 })
    },
    rollbackOnFailure: inputs.boolean("rollback-on-failure"),
    updateTimeoutSeconds: inputs.integer("update-timeout-minutes", { min: 1, max: 60 }) * 60
  };
}
function target(imageUri, toVersion) {
  if (imageUri !== void 0) {
    matching(
      imageUri,
      "image-uri",
      IMAGE,
      "an image URI with a tag or digest (\u2026/repo:tag or \u2026/repo@sha256:\u2026)"
    );
    return { kind: "image", imageUri };
  }
  if (toVersion === void 0) return { kind: "latest" };
  if (toVersion === "previous") return { kind: "previous" };
  if (/^[1-9]\d*$/.test(toVersion)) return { kind: "version", version: toVersion };
  throw new InputError(
    "to-version",
    `expected a published version number (1, 2, \u2026) or "previous", got "${toVersion}"`
  );
}
function matching(value, input, pattern, expected) {
  if (!pattern.test(value)) throw new InputError(input, `expected ${expected}, got "${value}"`);
  return value;
}

// actions/shift-alias/src/checks.ts
function functionNameOf(nameOrArn) {
  const match = /:function:([^:]+)$/.exec(nameOrArn);
  return match?.[1] ?? nameOrArn;
}
function planChecks(functionName, alias, checks, version) {
  const { apiUrl, pingFunction, token } = checks;
  const publicPath = apiUrl ? { apiUrl, ...token ? { token } : {} } : {};
  if (!pingFunction) {
    if (!apiUrl) {
      return {
        notes: ["No checks configured (api-url and ping-function are empty): the shift verifies nothing."]
      };
    }
    return {
      during: publicPath,
      notes: [
        "No pre-shift check: api-url reaches the function only through its alias, which sends the new version no traffic yet.",
        `After each step: health, 401 without a token${token ? ", token ping" : ""} through the public API; under weighted routing each request may be served by either version.`
      ]
    };
  }
  if (functionNameOf(pingFunction) === functionNameOf(functionName)) {
    const direct = { functionName: pingFunction, qualifier: version };
    return {
      preShift: direct,
      during: { ...publicPath, ...direct },
      notes: [
        `Before the shift: version ${version} invoked directly with an API Gateway event carrying the ping; a pass proves the new code and its frozen configuration answer a real request and reach the agent, before any user does.`,
        `After each step: the same direct invocation of version ${version}${apiUrl ? ", plus the public API (health, 401" + (token ? ", token ping" : "") + ") whose requests may be served by either version while weighted" : ""}.`
      ]
    };
  }
  return {
    during: { ...publicPath, functionName: pingFunction, qualifier: alias },
    notes: [
      `No pre-shift check: ${pingFunction} reaches ${functionNameOf(functionName)} only through its ${alias} alias, which sends version ${version} no traffic yet.`,
      `After each step: ${pingFunction}:${alias} invoked directly${apiUrl ? " and the public API checked" : ""}; while weighted, a pass may come from the old version (a retried hop can land on either), so only the check at 100% proves version ${version}.`
    ]
  };
}

// actions/shift-alias/src/lambda.ts
var RevisionConflictError = class extends Error {
  constructor(functionName, alias) {
    super(
      `Alias "${alias}" of ${functionName} was changed by someone else after this run read it (its revision id no longer matches); not overwriting it. Check who moved it, then re-run.`
    );
    this.name = "RevisionConflictError";
  }
};
var ConcurrentChangeError = class extends Error {
  constructor(functionName, codeSha256, cause) {
    super(
      `$LATEST of ${functionName} changed while this run was deploying (expected code ${codeSha256}): another deploy or a stack update got in between, so nothing was published. AWS said: ${cause.message}`
    );
    this.name = "ConcurrentChangeError";
  }
};
var UpdateFailedError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "UpdateFailedError";
  }
};
var CONFLICT_ATTEMPTS = 4;
var POLL = { minDelaySeconds: 2, maxDelaySeconds: 15 };
var FunctionOps = class _FunctionOps {
  constructor(options) {
    this.options = options;
  }
  options;
  /** The same operations without the cancellation signal: a rollback must finish even then. */
  uncancellable() {
    return new _FunctionOps({ ...this.options, signal: void 0 });
  }
  get name() {
    return this.options.functionName;
  }
  get sendOptions() {
    return this.options.signal ? { abortSignal: this.options.signal } : {};
  }
  async getAlias() {
    try {
      const alias = await this.options.lambda.send(
        new GetAliasCommand({ FunctionName: this.name, Name: this.options.alias }),
        this.sendOptions
      );
      if (!alias.FunctionVersion || !alias.RevisionId) {
        throw new Error(
          `GetAlias for "${this.options.alias}" of ${this.name} returned no version or revision id`
        );
      }
      return {
        version: alias.FunctionVersion,
        weights: alias.RoutingConfig?.AdditionalVersionWeights ?? {},
        description: alias.Description ?? "",
        revisionId: alias.RevisionId
      };
    } catch (error2) {
      if (isAwsError(error2, "ResourceNotFoundException")) {
        throw new Error(
          `Alias "${this.options.alias}" of ${this.name} not found (${error2.message}). The app stack creates the function and its alias; deploy it first.`,
          { cause: error2 }
        );
      }
      throw error2;
    }
  }
  async getLatest() {
    const found = await this.options.lambda.send(
      new GetFunctionCommand({ FunctionName: this.name }),
      this.sendOptions
    );
    const codeSha256 = found.Configuration?.CodeSha256;
    if (!codeSha256) throw new Error(`GetFunction for ${this.name} returned no CodeSha256`);
    const resolvedImageUri = found.Code?.ResolvedImageUri;
    return { codeSha256, ...resolvedImageUri ? { resolvedImageUri } : {} };
  }
  /** Points $LATEST at the image and waits until Lambda has it; returns what to publish. */
  async updateCode(imageUri) {
    const updated = await this.retryOnConflict(
      "UpdateFunctionCode",
      () => this.options.lambda.send(
        new UpdateFunctionCodeCommand({ FunctionName: this.name, ImageUri: imageUri, Publish: false }),
        this.sendOptions
      )
    );
    if (!updated.CodeSha256) throw new Error(`UpdateFunctionCode for ${this.name} returned no CodeSha256`);
    this.options.log(`Updating the code of ${this.name} to ${imageUri}; waiting for Lambda to finish`);
    const settled = await this.settle();
    const resolvedImageUri = settled.Code?.ResolvedImageUri;
    return { codeSha256: updated.CodeSha256, ...resolvedImageUri ? { resolvedImageUri } : {} };
  }
  /**
   * Publishes $LATEST if its code is still `codeSha256`. When nothing changed since the last
   * publish, Lambda returns that version instead of creating one.
   */
  async publish(codeSha256, description) {
    let published;
    try {
      published = await this.retryOnConflict(
        "PublishVersion",
        () => this.options.lambda.send(
          new PublishVersionCommand({
            FunctionName: this.name,
            CodeSha256: codeSha256,
            Description: description
          }),
          this.sendOptions
        )
      );
    } catch (error2) {
      if (isAwsError(error2, "PreconditionFailedException") || isAwsError(error2, "InvalidParameterValueException", /CodeSha256/i)) {
        throw new ConcurrentChangeError(this.name, codeSha256, error2);
      }
      throw error2;
    }
    if (!published.Version) throw new Error(`PublishVersion for ${this.name} returned no version`);
    if (published.State && published.State !== "Active") {
      this.options.log(`Version ${published.Version} is ${published.State}; waiting until it is Active`);
      await this.activated(published.Version);
    }
    return published.Version;
  }
  /** Confirms a published version exists before anything points at it. */
  async requireVersion(version) {
    try {
      await this.options.lambda.send(
        new GetFunctionConfigurationCommand({ FunctionName: this.name, Qualifier: version }),
        this.sendOptions
      );
    } catch (error2) {
      if (isAwsError(error2, "ResourceNotFoundException")) {
        throw new Error(`Version ${version} of ${this.name} does not exist`, { cause: error2 });
      }
      throw error2;
    }
  }
  /** Published version numbers, ascending ($LATEST left out). */
  async listVersions() {
    const versions = [];
    const pages = paginateListVersionsByFunction(
      { client: this.options.lambda, ...this.options.signal ? { abortSignal: this.options.signal } : {} },
      { FunctionName: this.name }
    );
    for await (const page of pages) {
      for (const v of page.Versions ?? []) {
        if (v.Version && /^\d+$/.test(v.Version)) versions.push(Number(v.Version));
      }
    }
    return versions.sort((a2, b2) => a2 - b2);
  }
  /**
   * Moves the alias, guarded by the revision this run last saw; returns the new revision.
   * Not cancellable: an interrupted request would leave this run unsure where the alias is.
   */
  async updateAlias(change) {
    try {
      const updated = await this.retryOnConflict(
        "UpdateAlias",
        () => this.options.lambda.send(
          new UpdateAliasCommand({
            FunctionName: this.name,
            Name: this.options.alias,
            FunctionVersion: change.version,
            RoutingConfig: { AdditionalVersionWeights: change.weights },
            ...change.description === void 0 ? {} : { Description: change.description },
            RevisionId: change.revisionId
          })
        )
      );
      if (!updated.RevisionId) throw new Error(`UpdateAlias for ${this.name} returned no revision id`);
      return updated.RevisionId;
    } catch (error2) {
      if (isAwsError(error2, "PreconditionFailedException")) {
        throw new RevisionConflictError(this.name, this.options.alias);
      }
      throw error2;
    }
  }
  /** Runs `call`, waiting out the update in progress that a `ResourceConflictException` reports. */
  retryOnConflict(what, call) {
    return retry(call, {
      attempts: CONFLICT_ATTEMPTS,
      shouldRetry: ({ error: error2 }) => isAwsError(error2, "ResourceConflictException"),
      // No backoff of its own: waiting for the update to finish is the delay.
      minDelayMs: 0,
      maxDelayMs: 0,
      onRetry: async ({ error: error2, attempt }) => {
        this.options.log(
          `${what}: ${error2.message} Waiting for ${this.name} to finish updating, then retrying (attempt ${attempt + 1}/${CONFLICT_ATTEMPTS}).`
        );
        await this.settle();
      },
      ...this.timing
    });
  }
  /** Waits until $LATEST's last update is Successful; a failed update fails with Lambda's reason. */
  settle() {
    return this.poll(`${this.name} to finish updating`, async () => {
      const found = await this.options.lambda.send(
        new GetFunctionCommand({ FunctionName: this.name }),
        this.sendOptions
      );
      const config = found.Configuration;
      switch (config?.LastUpdateStatus) {
        case "Successful":
          return { state: "done", value: found };
        case "Failed": {
          const code2 = config.LastUpdateStatusReasonCode ? `${config.LastUpdateStatusReasonCode}: ` : "";
          throw new UpdateFailedError(
            `Updating ${this.name} failed (LastUpdateStatus Failed): ${code2}${config.LastUpdateStatusReason ?? "no reason given"}`
          );
        }
        default:
          return { state: "retry", progress: `LastUpdateStatus ${config?.LastUpdateStatus ?? "unknown"}` };
      }
    });
  }
  /** Waits until a just-published version's State is Active. */
  activated(version) {
    return this.poll(`version ${version} to become active`, async () => {
      const config = await this.options.lambda.send(
        new GetFunctionConfigurationCommand({ FunctionName: this.name, Qualifier: version }),
        this.sendOptions
      );
      if (config.State === "Active") return { state: "done", value: void 0 };
      if (config.State === "Failed") {
        return {
          state: "failed",
          reason: `${config.StateReasonCode ?? "Failed"}: ${config.StateReason ?? ""}`
        };
      }
      return { state: "retry", progress: `State ${config.State ?? "unknown"}` };
    });
  }
  poll(what, poll) {
    return waitFor(
      {
        what,
        timeoutSeconds: this.options.updateTimeoutSeconds,
        ...POLL,
        log: this.options.log,
        ...this.timing
      },
      poll
    );
  }
  get timing() {
    return {
      ...this.options.clock ? { clock: this.options.clock } : {},
      ...this.options.signal ? { signal: this.options.signal } : {}
    };
  }
};

// actions/shift-alias/src/provenance.ts
var MAX_DESCRIPTION = 256;
var clip = (text) => text.length <= MAX_DESCRIPTION ? text : `${text.slice(0, MAX_DESCRIPTION - 1)}\u2026`;
function origin(provenance) {
  return [
    provenance.sha ? `by ${provenance.sha.slice(0, 12)}` : void 0,
    provenance.runId ? `run ${provenance.runId}` : void 0
  ].filter(Boolean).join(" ");
}
function aliasDescription(previous, deployed, provenance, note2) {
  return clip(
    [`previous=${previous} deployed=${deployed}`, origin(provenance), note2 ? `(${note2})` : void 0].filter(Boolean).join(" ")
  );
}
function parseAliasDescription(description) {
  const match = /^previous=(\d+) deployed=(\d+)\b/.exec(description ?? "");
  return match?.[1] && match[2] ? { previous: match[1], deployed: match[2] } : void 0;
}
function versionDescription(code2, provenance) {
  return clip([`shift-alias: ${code2}`, origin(provenance)].filter(Boolean).join(" "));
}
function imageDigest(uri) {
  return /@(sha256:[0-9a-f]{64})$/.exec(uri ?? "")?.[1];
}
function imageRepository(uri) {
  const withoutDigest = uri.split("@")[0] ?? uri;
  const lastSlash = withoutDigest.lastIndexOf("/");
  const colon = withoutDigest.indexOf(":", lastSlash + 1);
  return colon === -1 ? withoutDigest : withoutDigest.slice(0, colon);
}
function sameImage(wanted, resolved) {
  const digest = imageDigest(wanted);
  return digest !== void 0 && resolved !== void 0 && imageDigest(resolved) === digest && imageRepository(resolved) === imageRepository(wanted);
}

// actions/shift-alias/src/shift.ts
var CheckFailedError = class extends Error {
  constructor(where, result) {
    super(`${where}: ${describeFailure(result)}`);
    this.name = "CheckFailedError";
  }
};
async function shiftAlias(options, deps) {
  const outcome = {
    functionName: options.functionName,
    alias: options.alias,
    changed: false,
    rolledBack: false,
    steps: [],
    notes: []
  };
  const ops = new FunctionOps({
    lambda: deps.lambda,
    functionName: options.functionName,
    alias: options.alias,
    updateTimeoutSeconds: options.updateTimeoutSeconds,
    log: deps.log,
    ...deps.signal ? { signal: deps.signal } : {},
    ...deps.clock ? { clock: deps.clock } : {}
  });
  const progress = { stage: "reading the alias" };
  try {
    const alias = await ops.getAlias();
    outcome.previousVersion = alias.version;
    outcome.aliasNow = { version: alias.version, weights: alias.weights };
    if (alias.version === "$LATEST") {
      throw new Error(
        `Alias "${options.alias}" points at $LATEST, which cannot be rolled back to; point it at a published version first`
      );
    }
    progress.stage = "preparing the version to roll out";
    const version = await resolveVersion(options, alias, ops, deps);
    outcome.version = version;
    const weighted = Object.keys(alias.weights).length > 0;
    if (version === alias.version && !weighted) {
      note(outcome, deps, `Alias "${options.alias}" already serves version ${version}: nothing to do.`);
      return outcome;
    }
    const plan = planChecks(options.functionName, options.alias, options.checks, version);
    outcome.plan = plan;
    plan.notes.forEach((line) => deps.log(line));
    if (plan.preShift) {
      progress.stage = `pre-shift check of version ${version}`;
      outcome.preCheck = await deps.check(plan.preShift, deps.signal);
      if (!outcome.preCheck.ok) {
        throw new CheckFailedError(`Version ${version}, before any traffic moved`, outcome.preCheck);
      }
    }
    await moveTraffic({ options, deps, ops, alias, version, plan, outcome, progress });
  } catch (error2) {
    outcome.failure = { stage: progress.stage, message: errorMessage(error2) };
    deps.log(`Failed while ${progress.stage}: ${outcome.failure.message}`);
  }
  return outcome;
}
async function moveTraffic({ options, deps, ops, alias, version, plan, outcome, progress }) {
  const steps = version === alias.version ? [{ weight: 100, waitMinutes: 0 }] : options.strategy.steps;
  const manual = options.target.kind === "version" || options.target.kind === "previous";
  let revisionId = alias.revisionId;
  try {
    for (const step of steps) {
      deps.signal?.throwIfAborted();
      progress.stage = `shifting ${step.weight}% of traffic to version ${version}`;
      const full = step.weight === 100;
      const position = full ? { version, weights: {} } : { version: alias.version, weights: { [version]: step.weight / 100 } };
      const description = full ? aliasDescription(alias.version, version, deps.provenance, manual ? "to-version" : void 0) : void 0;
      revisionId = await ops.updateAlias({
        ...position,
        revisionId,
        ...description ? { description } : {}
      });
      outcome.aliasNow = position;
      deps.log(`Alias "${options.alias}": ${describePosition(position)}`);
      const record = { weight: step.weight };
      outcome.steps.push(record);
      if (plan.during) {
        progress.stage = `check with ${step.weight}% of traffic on version ${version}`;
        record.check = await deps.check(plan.during, deps.signal);
        if (!record.check.ok) {
          throw new CheckFailedError(`With ${step.weight}% of traffic on version ${version}`, record.check);
        }
      }
      if (step.waitMinutes > 0) {
        progress.stage = `waiting ${step.waitMinutes} min with ${step.weight}% of traffic on version ${version}`;
        deps.log(`Waiting ${step.waitMinutes} min before the next step`);
        await deps.sleep(step.waitMinutes * 6e4, deps.signal);
      }
    }
    outcome.changed = true;
  } catch (error2) {
    const moved = revisionId !== alias.revisionId;
    if (moved && !(error2 instanceof RevisionConflictError)) {
      if (options.rollbackOnFailure) {
        await rollBack(ops, alias, revisionId, outcome, deps, errorMessage(error2));
      } else {
        note(outcome, deps, `rollback-on-failure is off: alias "${options.alias}" is left where it is.`);
      }
    }
    throw error2;
  }
}
function note(outcome, deps, line) {
  outcome.notes.push(line);
  deps.log(line);
}
async function resolveVersion(options, alias, ops, deps) {
  const target2 = options.target;
  switch (target2.kind) {
    case "image": {
      const latest = await ops.getLatest();
      const code2 = sameImage(target2.imageUri, latest.resolvedImageUri) ? (deps.log(`$LATEST already runs ${target2.imageUri}; no code update needed`), latest) : await ops.updateCode(target2.imageUri);
      const image = imageDigest(code2.resolvedImageUri) ?? target2.imageUri;
      return ops.publish(code2.codeSha256, versionDescription(`image ${image}`, deps.provenance));
    }
    case "latest": {
      const latest = await ops.getLatest();
      const image = imageDigest(latest.resolvedImageUri) ?? latest.codeSha256;
      return ops.publish(latest.codeSha256, versionDescription(`$LATEST (code ${image})`, deps.provenance));
    }
    case "version":
      await ops.requireVersion(target2.version);
      return target2.version;
    case "previous":
      return previousVersion(alias, ops, deps);
  }
}
async function previousVersion(alias, ops, deps) {
  const record = parseAliasDescription(alias.description);
  if (record && record.deployed === alias.version) {
    deps.log(
      `The alias description records version ${record.previous} as served before version ${alias.version}`
    );
    await ops.requireVersion(record.previous);
    return record.previous;
  }
  deps.log(
    record ? `The alias description records a shift to version ${record.deployed}, but the alias serves ${alias.version}: using the version list` : "The alias description records no previous version: using the version list"
  );
  const current = Number(alias.version);
  const earlier = (await ops.listVersions()).filter((v) => v < current);
  const previous = earlier.at(-1);
  if (previous === void 0) {
    throw new Error(
      `No previous version to roll back to: the alias serves version ${alias.version} and no earlier version exists`
    );
  }
  return String(previous);
}
async function rollBack(ops, alias, revisionId, outcome, deps, reason) {
  deps.log(`Rolling back: alias "${outcome.alias}" goes back to version ${alias.version} (${reason})`);
  try {
    await ops.uncancellable().updateAlias({
      version: alias.version,
      weights: {},
      description: alias.description,
      revisionId
    });
    outcome.rolledBack = true;
    outcome.aliasNow = { version: alias.version, weights: {} };
    deps.log(`Rolled back: alias "${outcome.alias}" serves version ${alias.version} again`);
  } catch (error2) {
    note(outcome, deps, `Rollback failed, the alias is left as it was: ${errorMessage(error2)}`);
  }
}
function describePosition(position) {
  const extra = Object.entries(position.weights);
  if (extra.length === 0) return `version ${position.version} (100%)`;
  const shares = extra.map(([v, w]) => `version ${v} ${Math.round(w * 100)}%`);
  const rest = Math.round((1 - extra.reduce((sum, [, w]) => sum + w, 0)) * 100);
  return `version ${position.version} ${rest}%, ${shares.join(", ")}`;
}

// actions/shift-alias/src/report.ts
function outputsOf(outcome) {
  return {
    "previous-version": outcome.previousVersion ?? "",
    version: outcome.version ?? "",
    "rolled-back": String(outcome.rolledBack),
    changed: String(outcome.changed)
  };
}
function headline(outcome) {
  const target2 = code(`${outcome.functionName}:${outcome.alias}`);
  if (outcome.failure && outcome.rolledBack)
    return `\u274C ${target2}: rolled back to version ${outcome.previousVersion}`;
  if (outcome.failure) return `\u274C ${target2}: shift to version ${outcome.version ?? "?"} failed`;
  if (!outcome.changed) return `\u2796 ${target2}: already on version ${outcome.version}, nothing changed`;
  return `\u2705 ${target2}: version ${outcome.previousVersion} \u2192 ${outcome.version}`;
}
function checkCell(check) {
  if (!check) return "\u2014";
  return check.ok ? "\u2705 passed" : "\u274C failed";
}
function renderSummary(outcome, strategy) {
  const parts = [`### shift-alias ${headline(outcome)}`];
  parts.push(
    table(
      ["alias", code(`${outcome.functionName}:${outcome.alias}`)],
      [
        ["served before", outcome.previousVersion ?? "\u2014"],
        ["rolled out", outcome.version ?? "\u2014"],
        ["strategy", describeStrategy(strategy)],
        ["now serves", outcome.aliasNow ? describePosition(outcome.aliasNow) : "unknown"]
      ]
    )
  );
  if (outcome.failure) {
    parts.push(`**Failed while ${outcome.failure.stage}:** ${outcome.failure.message}`);
  }
  if (outcome.notes.length > 0) parts.push(outcome.notes.map((line) => `- ${line}`).join("\n"));
  if (outcome.steps.length > 0) {
    parts.push(
      table(
        ["step", `traffic on version ${outcome.version}`, "check"],
        outcome.steps.map((step, i2) => [String(i2 + 1), `${step.weight}%`, checkCell(step.check)])
      )
    );
  }
  if (outcome.plan) {
    parts.push(details("What the checks prove", outcome.plan.notes.map((line) => `- ${line}`).join("\n")));
  }
  const checks = [
    ...outcome.preCheck ? [["Pre-shift check", outcome.preCheck]] : [],
    ...outcome.steps.flatMap(
      (step) => step.check ? [[`Check at ${step.weight}%`, step.check]] : []
    )
  ];
  for (const [title, result] of checks) {
    parts.push(details(`${result.ok ? "\u2705" : "\u274C"} ${title}`, chainSummary(result)));
  }
  return `${parts.join("\n\n")}
`;
}

// actions/shift-alias/src/main.ts
async function main({ inputs, signal }, deps = {}) {
  const options = readOptions(inputs);
  const lambda = deps.lambda ?? new LambdaClient(awsClientConfig(spec.name));
  const env = deps.env ?? process.env;
  const outcome = await shiftAlias(options, {
    lambda,
    signal,
    sleep,
    log: (line) => info(line),
    provenance: {
      ...env.GITHUB_SHA ? { sha: env.GITHUB_SHA } : {},
      ...env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID } : {}
    },
    check: (target2, checkSignal) => checkChain(target2, {
      lambda,
      attempts: options.checks.attempts,
      timeoutSeconds: options.checks.timeoutSeconds,
      log: (line) => info(`  ${line}`),
      ...checkSignal ? { signal: checkSignal } : {}
    })
  });
  for (const [name, value] of Object.entries(outputsOf(outcome))) setOutput(name, value);
  await writeSummary(renderSummary(outcome, options.strategy));
  if (outcome.failure) throw new Error(`Failed while ${outcome.failure.stage}: ${outcome.failure.message}`);
}

// actions/shift-alias/src/index.ts
await runAction(spec, main);
//# sourceMappingURL=index.js.map
