import { createRequire as __createRequire } from "node:module";
import { fileURLToPath as __fileURLToPath } from "node:url";
import { dirname as __pathDirname } from "node:path";
const require = __createRequire(import.meta.url);
const __filename = __fileURLToPath(import.meta.url);
const __dirname = __pathDirname(__filename);
import {
  InputError,
  WaitFailedError,
  WaitTimeoutError,
  awsClientConfig,
  code,
  describeAwsError,
  details,
  formatDuration,
  isAwsError,
  parseKeyValueLines,
  require_dist,
  runAction,
  splitLines,
  table,
  waitFor,
  writeSummary
} from "./chunks/chunk-DJUTORB7.js";
import {
  defaultProvider
} from "./chunks/chunk-A5XEVN34.js";
import {
  group,
  info,
  setOutput,
  setSecret,
  warning
} from "./chunks/chunk-HDB4D5I3.js";
import "./chunks/chunk-JEC3WW5M.js";
import {
  AwsQueryProtocol,
  AwsSdkSigV4Signer,
  NODE_AUTH_SCHEME_PREFERENCE_OPTIONS,
  resolveAwsSdkSigV4Config
} from "./chunks/chunk-VQRMC3ZL.js";
import {
  Sha256Node
} from "./chunks/chunk-RNFZFXQ5.js";
import {
  NodeHttpHandler
} from "./chunks/chunk-FWTF4GZJ.js";
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
  customEndpointFunctions,
  decideEndpoint,
  emitWarningIfUnsupportedVersion,
  emitWarningIfUnsupportedVersion2,
  getAwsRegionExtensionConfiguration,
  getDefaultExtensionConfiguration,
  getDefaultSocketTimeout,
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
} from "./chunks/chunk-BZVENGQ6.js";
import {
  NODE_REGION_CONFIG_FILE_OPTIONS,
  NODE_REGION_CONFIG_OPTIONS,
  NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS,
  NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS,
  getContentLengthPlugin,
  getHttpHandlerExtensionConfiguration,
  loadConfig,
  resolveDefaultsModeConfig,
  resolveHttpHandlerRuntimeConfig,
  resolveRegionConfig
} from "./chunks/chunk-3GEYPOZW.js";
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
} from "./chunks/chunk-D3P25JV5.js";
import {
  __toESM
} from "./chunks/chunk-KBKFM6ES.js";

// actions/deploy-stack/src/action-spec.ts
var spec = {
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
    "template-bucket": { required: false, default: "" }
  },
  outputs: ["stack-id", "status", "has-changes", "change-set-id", "outputs"]
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/auth/httpAuthSchemeProvider.js
var defaultCloudFormationHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
      name: "cloudformation",
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
var defaultCloudFormationHttpAuthSchemeProvider = (authParameters) => {
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

// node_modules/@aws-sdk/client-cloudformation/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "cloudformation"
  });
};
var commonParams = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-cloudformation/package.json
var package_default = {
  name: "@aws-sdk/client-cloudformation",
  version: "3.1169.0",
  description: "AWS SDK for JavaScript Cloudformation Client for Node.js, Browser and React Native",
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-cloudformation",
  license: "Apache-2.0",
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-cloudformation"
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
    "test:e2e": "yarn g:vitest run -c vitest.config.e2e.mts",
    "test:e2e:watch": "yarn g:vitest watch -c vitest.config.e2e.mts",
    "test:index": "tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs"
  },
  dependencies: {
    "@aws-sdk/core": "^3.981.0",
    "@aws-sdk/credential-provider-node": "^3.972.97",
    "@aws-sdk/types": "^3.975.1",
    "@smithy/core": "^3.40.0",
    "@smithy/fetch-http-handler": "^5.8.1",
    "@smithy/node-http-handler": "^4.14.2",
    "@smithy/types": "^4.20.0",
    tslib: "^2.6.2"
  },
  devDependencies: {
    "@tsconfig/node20": "20.1.8",
    "@types/node": "^20.14.8",
    concurrently: "7.0.0",
    "downlevel-dts": "0.10.1",
    premove: "4.0.0",
    typescript: "~7.0.2"
  },
  engines: {
    node: ">=20.0.0"
  }
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/endpoint/bdd.js
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
    [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]],
    ["stringEquals", [{ fn: f, argv: [h, "name"] }, "aws-us-gov"]]
  ],
  results: [
    [a],
    [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
    [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
    [g, i],
    ["https://cloudformation-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
    [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://cloudformation.{Region}.amazonaws.com", i],
    ["https://cloudformation-fips.{Region}.{PartitionResult#dnsSuffix}", i],
    [a, "FIPS is enabled but this partition does not support FIPS"],
    ["https://cloudformation.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
    [a, "DualStack is enabled but this partition does not support DualStack"],
    ["https://cloudformation.{Region}.{PartitionResult#dnsSuffix}", i],
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
  13,
  3,
  1,
  4,
  r + 12,
  2,
  5,
  r + 12,
  3,
  8,
  6,
  4,
  7,
  r + 11,
  5,
  r + 9,
  r + 10,
  4,
  11,
  9,
  6,
  10,
  r + 8,
  7,
  r + 6,
  r + 7,
  5,
  12,
  r + 5,
  6,
  r + 4,
  r + 5,
  3,
  r + 1,
  14,
  4,
  r + 2,
  r + 3
]);
var bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

// node_modules/@aws-sdk/client-cloudformation/dist-es/endpoint/endpointResolver.js
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

// node_modules/@aws-sdk/client-cloudformation/dist-es/models/CloudFormationServiceException.js
var CloudFormationServiceException = class _CloudFormationServiceException extends ServiceException {
  static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.cloudformation#CloudFormationServiceException";
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _CloudFormationServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/models/errors.js
var InvalidOperationException = class _InvalidOperationException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#InvalidOperationException";
  name = "InvalidOperationException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidOperationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidOperationException.prototype);
    this.Message = opts.Message;
  }
};
var OperationNotFoundException = class _OperationNotFoundException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#OperationNotFoundException";
  name = "OperationNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "OperationNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OperationNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var CFNRegistryException = class _CFNRegistryException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#CFNRegistryException";
  name = "CFNRegistryException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "CFNRegistryException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CFNRegistryException.prototype);
    this.Message = opts.Message;
  }
};
var TypeNotFoundException = class _TypeNotFoundException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#TypeNotFoundException";
  name = "TypeNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TypeNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TypeNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var AlreadyExistsException = class _AlreadyExistsException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#AlreadyExistsException";
  name = "AlreadyExistsException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "AlreadyExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AlreadyExistsException.prototype);
    this.Message = opts.Message;
  }
};
var TypeConfigurationNotFoundException = class _TypeConfigurationNotFoundException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#TypeConfigurationNotFoundException";
  name = "TypeConfigurationNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TypeConfigurationNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TypeConfigurationNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var TokenAlreadyExistsException = class _TokenAlreadyExistsException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#TokenAlreadyExistsException";
  name = "TokenAlreadyExistsException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TokenAlreadyExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TokenAlreadyExistsException.prototype);
    this.Message = opts.Message;
  }
};
var ChangeSetNotFoundException = class _ChangeSetNotFoundException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#ChangeSetNotFoundException";
  name = "ChangeSetNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ChangeSetNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ChangeSetNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var InsufficientCapabilitiesException = class _InsufficientCapabilitiesException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#InsufficientCapabilitiesException";
  name = "InsufficientCapabilitiesException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InsufficientCapabilitiesException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InsufficientCapabilitiesException.prototype);
    this.Message = opts.Message;
  }
};
var LimitExceededException = class _LimitExceededException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#LimitExceededException";
  name = "LimitExceededException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "LimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _LimitExceededException.prototype);
    this.Message = opts.Message;
  }
};
var ConcurrentResourcesLimitExceededException = class _ConcurrentResourcesLimitExceededException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#ConcurrentResourcesLimitExceededException";
  name = "ConcurrentResourcesLimitExceededException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ConcurrentResourcesLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ConcurrentResourcesLimitExceededException.prototype);
    this.Message = opts.Message;
  }
};
var OperationIdAlreadyExistsException = class _OperationIdAlreadyExistsException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#OperationIdAlreadyExistsException";
  name = "OperationIdAlreadyExistsException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "OperationIdAlreadyExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OperationIdAlreadyExistsException.prototype);
    this.Message = opts.Message;
  }
};
var OperationInProgressException = class _OperationInProgressException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#OperationInProgressException";
  name = "OperationInProgressException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "OperationInProgressException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OperationInProgressException.prototype);
    this.Message = opts.Message;
  }
};
var StackSetNotFoundException = class _StackSetNotFoundException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#StackSetNotFoundException";
  name = "StackSetNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "StackSetNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _StackSetNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var StaleRequestException = class _StaleRequestException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#StaleRequestException";
  name = "StaleRequestException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "StaleRequestException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _StaleRequestException.prototype);
    this.Message = opts.Message;
  }
};
var CreatedButModifiedException = class _CreatedButModifiedException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#CreatedButModifiedException";
  name = "CreatedButModifiedException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "CreatedButModifiedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CreatedButModifiedException.prototype);
    this.Message = opts.Message;
  }
};
var NameAlreadyExistsException = class _NameAlreadyExistsException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#NameAlreadyExistsException";
  name = "NameAlreadyExistsException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "NameAlreadyExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NameAlreadyExistsException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidChangeSetStatusException = class _InvalidChangeSetStatusException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#InvalidChangeSetStatusException";
  name = "InvalidChangeSetStatusException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidChangeSetStatusException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidChangeSetStatusException.prototype);
    this.Message = opts.Message;
  }
};
var GeneratedTemplateNotFoundException = class _GeneratedTemplateNotFoundException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#GeneratedTemplateNotFoundException";
  name = "GeneratedTemplateNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "GeneratedTemplateNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _GeneratedTemplateNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var StackSetNotEmptyException = class _StackSetNotEmptyException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#StackSetNotEmptyException";
  name = "StackSetNotEmptyException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "StackSetNotEmptyException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _StackSetNotEmptyException.prototype);
    this.Message = opts.Message;
  }
};
var ResourceScanNotFoundException = class _ResourceScanNotFoundException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#ResourceScanNotFoundException";
  name = "ResourceScanNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ResourceScanNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceScanNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var StackInstanceNotFoundException = class _StackInstanceNotFoundException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#StackInstanceNotFoundException";
  name = "StackInstanceNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "StackInstanceNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _StackInstanceNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var StackRefactorNotFoundException = class _StackRefactorNotFoundException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#StackRefactorNotFoundException";
  name = "StackRefactorNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "StackRefactorNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _StackRefactorNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var HookResultNotFoundException = class _HookResultNotFoundException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#HookResultNotFoundException";
  name = "HookResultNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "HookResultNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _HookResultNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var StackNotFoundException = class _StackNotFoundException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#StackNotFoundException";
  name = "StackNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "StackNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _StackNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var ResourceScanInProgressException = class _ResourceScanInProgressException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#ResourceScanInProgressException";
  name = "ResourceScanInProgressException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ResourceScanInProgressException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceScanInProgressException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidStateTransitionException = class _InvalidStateTransitionException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#InvalidStateTransitionException";
  name = "InvalidStateTransitionException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidStateTransitionException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidStateTransitionException.prototype);
    this.Message = opts.Message;
  }
};
var OperationStatusCheckFailedException = class _OperationStatusCheckFailedException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#OperationStatusCheckFailedException";
  name = "OperationStatusCheckFailedException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "OperationStatusCheckFailedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OperationStatusCheckFailedException.prototype);
    this.Message = opts.Message;
  }
};
var ResourceScanLimitExceededException = class _ResourceScanLimitExceededException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#ResourceScanLimitExceededException";
  name = "ResourceScanLimitExceededException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ResourceScanLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceScanLimitExceededException.prototype);
    this.Message = opts.Message;
  }
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/schemas/schemas_0.js
var _A = "Arn";
var _AC = "AfterContext";
var _ACT = "AttributeChangeType";
var _AD = "AutoDeployment";
var _AEE = "AlreadyExistsException";
var _AFT = "AccountFilterType";
var _ANl = "AliasName";
var _AR = "AddResources";
var _ARARN = "AdministrationRoleARN";
var _AUc = "AccountsUrl";
var _AV = "ActualValue";
var _AVF = "AfterValueFrom";
var _AVf = "AfterValue";
var _AVl = "AllowedValues";
var _Ac = "Accounts";
var _Act = "Action";
var _Acti = "Active";
var _At = "Attribute";
var _BC = "BeforeContext";
var _BV = "BeforeValue";
var _BVF = "BeforeValueFrom";
var _C = "Change";
var _CA = "CallAs";
var _CBME = "CreatedButModifiedException";
var _CCS = "CreateChangeSet";
var _CCSI = "CreateChangeSetInput";
var _CCSO = "CreateChangeSetOutput";
var _CE = "CausingEntity";
var _CFNRE = "CFNRegistryException";
var _CM = "ConcurrencyMode";
var _CR = "CapabilitiesReason";
var _CRLEE = "ConcurrentResourcesLimitExceededException";
var _CRT = "ClientRequestToken";
var _CSI = "ChangeSetId";
var _CSII = "CreateStackInstancesInput";
var _CSIr = "CreateStackInput";
var _CSN = "ChangeSetName";
var _CSNFE = "ChangeSetNotFoundException";
var _CSSI = "CreateStackSetInput";
var _CST = "ChangeSetType";
var _CSh = "ChangeSource";
var _CT = "CreationTime";
var _CTl = "ClientToken";
var _CURI = "ContinueUpdateRollbackInput";
var _Ca = "Capabilities";
var _Ch = "Changes";
var _D = "Description";
var _DC = "DeploymentConfig";
var _DCS = "DeleteChangeSet";
var _DCSI = "DeleteChangeSetInput";
var _DCSIe = "DescribeChangeSetInput";
var _DCSO = "DeleteChangeSetOutput";
var _DCSOe = "DescribeChangeSetOutput";
var _DCSe = "DescribeChangeSet";
var _DDS = "DriftDetectionStatus";
var _DDT = "DriftDetectionTimestamp";
var _DI = "DriftInformation";
var _DM = "DeploymentMode";
var _DMe = "DeletionMode";
var _DO = "DependsOn";
var _DP = "DeletionPolicy";
var _DR = "DisableRollback";
var _DRSO = "DescribeResourceScanOutput";
var _DRe = "DetectionReason";
var _DSDI = "DetectStackDriftInput";
var _DSE = "DescribeStackEvents";
var _DSEI = "DescribeStackEventsInput";
var _DSEO = "DescribeStackEventsOutput";
var _DSI = "DeleteStackInput";
var _DSIC = "DriftedStackInstancesCount";
var _DSII = "DeleteStackInstancesInput";
var _DSIe = "DescribeStacksInput";
var _DSO = "DescribeStacksOutput";
var _DSRDI = "DescribeStackResourceDriftsInput";
var _DSRO = "DescribeStackRefactorOutput";
var _DSel = "DeleteStack";
var _DSes = "DescribeStacks";
var _DSet = "DetailedStatus";
var _DSr = "DriftStatus";
var _DT = "DeploymentTargets";
var _DTe = "DeclaredTransforms";
var _DTel = "DeletionTime";
var _DV = "DisableValidation";
var _DVe = "DefaultValue";
var _De = "Details";
var _Des = "Destination";
var _Det = "Detection";
var _Dr = "Drift";
var _E = "Enabled";
var _ECS = "ExecuteChangeSet";
var _ECSI = "ExecuteChangeSetInput";
var _ECSO = "ExecuteChangeSetOutput";
var _EI = "EventId";
var _EN = "ExportName";
var _ERN = "ExecutionRoleName";
var _ES = "ExecutionStatus";
var _ESF = "ExecutionStatusFilter";
var _ESR = "ExecutionStatusReason";
var _ET = "EndTime";
var _ETP = "EnableTerminationProtection";
var _En = "Entity";
var _Ev = "Evaluation";
var _FR = "ForceRollback";
var _FSIC = "FailedStackInstancesCount";
var _FTC = "FailureToleranceCount";
var _FTP = "FailureTolerancePercentage";
var _GTN = "GeneratedTemplateName";
var _GTNFE = "GeneratedTemplateNotFoundException";
var _GTO = "GetTemplateOutput";
var _GTSO = "GetTemplateSummaryOutput";
var _HFM = "HookFailureMode";
var _HIC = "HookInvocationCount";
var _HII = "HookInvocationId";
var _HIP = "HookInvocationPoint";
var _HRNFE = "HookResultNotFoundException";
var _HS = "HookStatus";
var _HSR = "HookStatusReason";
var _HTo = "HookType";
var _I = "Id";
var _ICE = "InsufficientCapabilitiesException";
var _ICSSE = "InvalidChangeSetStatusException";
var _IER = "ImportExistingResources";
var _INS = "IncludeNestedStacks";
var _IOE = "InvalidOperationException";
var _IPSIC = "InProgressStackInstancesCount";
var _IPV = "IncludePropertyValues";
var _ISSIC = "InSyncStackInstancesCount";
var _ISTE = "InvalidStateTransitionException";
var _ISTSSI = "ImportStacksToStackSetInput";
var _Im = "Imports";
var _K = "Key";
var _LCT = "LastCheckTimestamp";
var _LDCT = "LastDriftCheckTimestamp";
var _LEE = "LimitExceededException";
var _LIH = "LogicalIdHierarchy";
var _LIO = "ListImportsOutput";
var _LO = "LastOperations";
var _LRD = "LiveResourceDrift";
var _LRI = "LogicalResourceId";
var _LRIo = "LogicalResourceIds";
var _LSI = "ListStacksInput";
var _LSIRDI = "ListStackInstanceResourceDriftsInput";
var _LSRI = "ListStackRefactorsInput";
var _LTRO = "ListTypeRegistrationsOutput";
var _LUT = "LastUpdatedTime";
var _M = "Message";
var _MBS = "ManagedByStack";
var _MCC = "MaxConcurrentCount";
var _MCP = "MaxConcurrentPercentage";
var _ME = "ManagedExecution";
var _MI = "ModuleInfo";
var _MR = "MaxResults";
var _MTIM = "MonitoringTimeInMinutes";
var _Me = "Metadata";
var _Mo = "Mode";
var _N = "Name";
var _NAEE = "NameAlreadyExistsException";
var _NARN = "NotificationARNs";
var _NE = "NoEcho";
var _NGTN = "NewGeneratedTemplateName";
var _NT = "NextToken";
var _O = "Output";
var _OEp = "OperationEntry";
var _OF = "OnFailure";
var _OI = "OperationId";
var _OIAEE = "OperationIdAlreadyExistsException";
var _OIPE = "OperationInProgressException";
var _OK = "OutputKey";
var _ONFE = "OperationNotFoundException";
var _OP = "OperationPreferences";
var _OSCFE = "OperationStatusCheckFailedException";
var _OSF = "OnStackFailure";
var _OT = "OperationType";
var _OTN = "OriginalTypeName";
var _OUI = "OrganizationalUnitIds";
var _OUIr = "OrganizationalUnitId";
var _OV = "OutputValue";
var _Ou = "Outputs";
var _P = "Parameters";
var _PA = "PolicyAction";
var _PC = "PercentageCompleted";
var _PCSI = "ParentChangeSetId";
var _PCa = "ParameterConstraints";
var _PD = "ParameterDeclaration";
var _PDC = "PreviousDeploymentContext";
var _PDa = "ParameterDeclarations";
var _PI = "PublisherId";
var _PIa = "ParentId";
var _PK = "ParameterKey";
var _PM = "PermissionModel";
var _PO = "ParameterOverrides";
var _PPr = "PropertyPath";
var _PRI = "PhysicalResourceId";
var _PTa = "ParameterType";
var _PV = "PreviousValue";
var _PVa = "ParameterValue";
var _Pa = "Parameter";
var _Pat = "Path";
var _Pro = "Properties";
var _RAR = "RefreshAllResources";
var _RARN = "RoleARN";
var _RATe = "RequiredActivatedType";
var _RC = "ResourceChange";
var _RCD = "ResourceChangeDetail";
var _RCDe = "ResourceChangeDetails";
var _RCSI = "RootChangeSetId";
var _RCT = "RegionConcurrencyType";
var _RCo = "RollbackConfiguration";
var _RD = "ResourceDefinition";
var _RDIA = "ResourceDriftIgnoredAttributes";
var _RDIAe = "ResourceDriftIgnoredAttribute";
var _RDS = "ResourceDriftStatus";
var _RDe = "ResourceDetail";
var _RDes = "ResourceDefinitions";
var _REOC = "RetainExceptOnCreate";
var _RI = "ResourceIdentifier";
var _RIS = "ResourceIdentifierSummaries";
var _RISe = "ResourceIdentifierSummary";
var _RIe = "ResourceIdentifiers";
var _RIo = "RootId";
var _RLe = "ResourceLocation";
var _RMeso = "ResourceMapping";
var _RO = "RegionOrder";
var _RP = "ResourceProperties";
var _RR = "RetainResources";
var _RRe = "ResourcesRead";
var _RRem = "RemoveResources";
var _RReq = "RequiresRecreation";
var _RS = "RetainStacks";
var _RSI = "ResourceScanId";
var _RSIPE = "ResourceScanInProgressException";
var _RSLEE = "ResourceScanLimitExceededException";
var _RSNFE = "ResourceScanNotFoundException";
var _RSOAR = "RetainStacksOnAccountRemoval";
var _RSR = "ResourceStatusReason";
var _RSe = "ResourcesScanned";
var _RSes = "ResourceStatus";
var _RT = "ResourceType";
var _RTDe = "ResourceTargetDefinition";
var _RTI = "ResourcesToImport";
var _RTIes = "ResourceToImport";
var _RTL = "RegistrationTokenList";
var _RTS = "ResourcesToSkip";
var _RTe = "ResourceTypes";
var _RTo = "RollbackTriggers";
var _RTol = "RollbackTrigger";
var _RV = "ResolvedValue";
var _Re = "Regions";
var _Rea = "Reason";
var _Rep = "Replacement";
var _Req = "Required";
var _S = "Status";
var _SA = "StagesAvailable";
var _SDI = "StackDriftInformation";
var _SDS = "StackDriftStatus";
var _SE = "StackEvents";
var _SEt = "StackEvent";
var _SF = "ScanFilters";
var _SFc = "ScanFilter";
var _SI = "StackId";
var _SIA = "StackInstanceAccount";
var _SINFE = "StackInstanceNotFoundException";
var _SIR = "StackInstanceRegion";
var _SIRDS = "StackInstanceResourceDriftStatuses";
var _SIU = "StackIdsUrl";
var _SIta = "StackIds";
var _SMV = "SupportedMajorVersions";
var _SN = "StackName";
var _SNFE = "StackNotFoundException";
var _SPB = "StackPolicyBody";
var _SPDUB = "StackPolicyDuringUpdateBody";
var _SPDUURL = "StackPolicyDuringUpdateURL";
var _SPURL = "StackPolicyURL";
var _SR = "StatusReason";
var _SRAt = "StackRefactorAction";
var _SRDSF = "StackResourceDriftStatusFilters";
var _SRE = "StaleRequestException";
var _SRI = "StackRefactorId";
var _SRIc = "ScannedResourceIdentifier";
var _SRNFE = "StackRefactorNotFoundException";
var _SRTR = "StackRefactorTagResources";
var _SRc = "ScannedResource";
var _SS = "StackSet";
var _SSADTS = "StackSetAutoDeploymentTargetSummary";
var _SSARN = "StackSetARN";
var _SSDDD = "StackSetDriftDetectionDetails";
var _SSF = "StackStatusFilter";
var _SSI = "StackSetId";
var _SSN = "StackSetName";
var _SSNEE = "StackSetNotEmptyException";
var _SSNFE = "StackSetNotFoundException";
var _SSOP = "StackSetOperationPreferences";
var _SSR = "StackStatusReason";
var _SSta = "StackStatus";
var _ST = "StartTime";
var _Sco = "Scope";
var _So = "Source";
var _St = "Stacks";
var _Sta = "Stack";
var _T = "Type";
var _TAEE = "TokenAlreadyExistsException";
var _TB = "TemplateBody";
var _TCNFE = "TypeConfigurationNotFoundException";
var _TCe = "TemplateConfiguration";
var _TH = "TypeHierarchy";
var _TIM = "TimeoutInMinutes";
var _TNA = "TypeNameAlias";
var _TNFE = "TypeNotFoundException";
var _TP = "TemplateParameter";
var _TPem = "TemplateParameters";
var _TR = "TagResources";
var _TSIC = "TotalStackInstancesCount";
var _TURL = "TemplateURL";
var _Ta = "Tags";
var _Tag = "Tag";
var _Tar = "Target";
var _Ti = "Timestamp";
var _Ty = "Types";
var _UGTI = "UpdateGeneratedTemplateInput";
var _UPT = "UsePreviousTemplate";
var _UPV = "UsePreviousValue";
var _UR = "UntagResources";
var _URP = "UpdateReplacePolicy";
var _URT = "UnrecognizedResourceTypes";
var _USI = "UpdateStackInput";
var _USII = "UpdateStackInstancesInput";
var _USSI = "UpdateStackSetInput";
var _UTP = "UpdateTerminationProtection";
var _UTPI = "UpdateTerminationProtectionInput";
var _UTPO = "UpdateTerminationProtectionOutput";
var _V = "Value";
var _VTO = "ValidateTemplateOutput";
var _Ve = "Version";
var _W = "Warnings";
var _WD = "WarningDetail";
var _WDa = "WarningDetails";
var _WP = "WarningProperty";
var _WPa = "WarningProperties";
var _aQE = "awsQueryError";
var _c = "client";
var _e = "error";
var _hE = "httpError";
var _s = "smithy.ts.sdk.synthetic.com.amazonaws.cloudformation";
var n0 = "com.amazonaws.cloudformation";
var _s_registry = new TypeRegistry(_s);
var CloudFormationServiceException$ = [-3, _s, "CloudFormationServiceException", 0, [], []];
_s_registry.registerError(CloudFormationServiceException$, CloudFormationServiceException);
var n0_registry = new TypeRegistry(n0);
var AlreadyExistsException$ = [
  -3,
  n0,
  _AEE,
  { [_aQE]: [`AlreadyExistsException`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(AlreadyExistsException$, AlreadyExistsException);
var CFNRegistryException$ = [
  -3,
  n0,
  _CFNRE,
  { [_aQE]: [`CFNRegistryException`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(CFNRegistryException$, CFNRegistryException);
var ChangeSetNotFoundException$ = [
  -3,
  n0,
  _CSNFE,
  { [_aQE]: [`ChangeSetNotFound`, 404], [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(ChangeSetNotFoundException$, ChangeSetNotFoundException);
var ConcurrentResourcesLimitExceededException$ = [
  -3,
  n0,
  _CRLEE,
  { [_aQE]: [`ConcurrentResourcesLimitExceeded`, 429], [_e]: _c, [_hE]: 429 },
  [_M],
  [0]
];
n0_registry.registerError(ConcurrentResourcesLimitExceededException$, ConcurrentResourcesLimitExceededException);
var CreatedButModifiedException$ = [
  -3,
  n0,
  _CBME,
  { [_aQE]: [`CreatedButModifiedException`, 409], [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(CreatedButModifiedException$, CreatedButModifiedException);
var GeneratedTemplateNotFoundException$ = [
  -3,
  n0,
  _GTNFE,
  { [_aQE]: [`GeneratedTemplateNotFound`, 404], [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(GeneratedTemplateNotFoundException$, GeneratedTemplateNotFoundException);
var HookResultNotFoundException$ = [
  -3,
  n0,
  _HRNFE,
  { [_aQE]: [`HookResultNotFound`, 404], [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(HookResultNotFoundException$, HookResultNotFoundException);
var InsufficientCapabilitiesException$ = [
  -3,
  n0,
  _ICE,
  { [_aQE]: [`InsufficientCapabilitiesException`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InsufficientCapabilitiesException$, InsufficientCapabilitiesException);
var InvalidChangeSetStatusException$ = [
  -3,
  n0,
  _ICSSE,
  { [_aQE]: [`InvalidChangeSetStatus`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidChangeSetStatusException$, InvalidChangeSetStatusException);
var InvalidOperationException$ = [
  -3,
  n0,
  _IOE,
  { [_aQE]: [`InvalidOperationException`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidOperationException$, InvalidOperationException);
var InvalidStateTransitionException$ = [
  -3,
  n0,
  _ISTE,
  { [_aQE]: [`InvalidStateTransition`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidStateTransitionException$, InvalidStateTransitionException);
var LimitExceededException$ = [
  -3,
  n0,
  _LEE,
  { [_aQE]: [`LimitExceededException`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(LimitExceededException$, LimitExceededException);
var NameAlreadyExistsException$ = [
  -3,
  n0,
  _NAEE,
  { [_aQE]: [`NameAlreadyExistsException`, 409], [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(NameAlreadyExistsException$, NameAlreadyExistsException);
var OperationIdAlreadyExistsException$ = [
  -3,
  n0,
  _OIAEE,
  { [_aQE]: [`OperationIdAlreadyExistsException`, 409], [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(OperationIdAlreadyExistsException$, OperationIdAlreadyExistsException);
var OperationInProgressException$ = [
  -3,
  n0,
  _OIPE,
  { [_aQE]: [`OperationInProgressException`, 409], [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(OperationInProgressException$, OperationInProgressException);
var OperationNotFoundException$ = [
  -3,
  n0,
  _ONFE,
  { [_aQE]: [`OperationNotFoundException`, 404], [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(OperationNotFoundException$, OperationNotFoundException);
var OperationStatusCheckFailedException$ = [
  -3,
  n0,
  _OSCFE,
  { [_aQE]: [`ConditionalCheckFailed`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(OperationStatusCheckFailedException$, OperationStatusCheckFailedException);
var ResourceScanInProgressException$ = [
  -3,
  n0,
  _RSIPE,
  { [_aQE]: [`ResourceScanInProgress`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(ResourceScanInProgressException$, ResourceScanInProgressException);
var ResourceScanLimitExceededException$ = [
  -3,
  n0,
  _RSLEE,
  { [_aQE]: [`ResourceScanLimitExceeded`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(ResourceScanLimitExceededException$, ResourceScanLimitExceededException);
var ResourceScanNotFoundException$ = [
  -3,
  n0,
  _RSNFE,
  { [_aQE]: [`ResourceScanNotFound`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(ResourceScanNotFoundException$, ResourceScanNotFoundException);
var StackInstanceNotFoundException$ = [
  -3,
  n0,
  _SINFE,
  { [_aQE]: [`StackInstanceNotFoundException`, 404], [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(StackInstanceNotFoundException$, StackInstanceNotFoundException);
var StackNotFoundException$ = [
  -3,
  n0,
  _SNFE,
  { [_aQE]: [`StackNotFoundException`, 404], [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(StackNotFoundException$, StackNotFoundException);
var StackRefactorNotFoundException$ = [
  -3,
  n0,
  _SRNFE,
  { [_aQE]: [`StackRefactorNotFoundException`, 404], [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(StackRefactorNotFoundException$, StackRefactorNotFoundException);
var StackSetNotEmptyException$ = [
  -3,
  n0,
  _SSNEE,
  { [_aQE]: [`StackSetNotEmptyException`, 409], [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(StackSetNotEmptyException$, StackSetNotEmptyException);
var StackSetNotFoundException$ = [
  -3,
  n0,
  _SSNFE,
  { [_aQE]: [`StackSetNotFoundException`, 404], [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(StackSetNotFoundException$, StackSetNotFoundException);
var StaleRequestException$ = [
  -3,
  n0,
  _SRE,
  { [_aQE]: [`StaleRequestException`, 409], [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(StaleRequestException$, StaleRequestException);
var TokenAlreadyExistsException$ = [
  -3,
  n0,
  _TAEE,
  { [_aQE]: [`TokenAlreadyExistsException`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TokenAlreadyExistsException$, TokenAlreadyExistsException);
var TypeConfigurationNotFoundException$ = [
  -3,
  n0,
  _TCNFE,
  { [_aQE]: [`TypeConfigurationNotFoundException`, 404], [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(TypeConfigurationNotFoundException$, TypeConfigurationNotFoundException);
var TypeNotFoundException$ = [
  -3,
  n0,
  _TNFE,
  { [_aQE]: [`TypeNotFoundException`, 404], [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(TypeNotFoundException$, TypeNotFoundException);
var errorTypeRegistries = [
  _s_registry,
  n0_registry
];
var AutoDeployment$ = [
  3,
  n0,
  _AD,
  0,
  [_E, _RSOAR, _DO],
  [2, 2, 64 | 0]
];
var Change$ = [
  3,
  n0,
  _C,
  0,
  [_T, _HIC, _RC],
  [0, 1, () => ResourceChange$]
];
var ContinueUpdateRollbackInput$ = [
  3,
  n0,
  _CURI,
  0,
  [_SN, _RARN, _RTS, _CRT, _FR],
  [0, 0, 64 | 0, 0, 2],
  1
];
var CreateChangeSetInput$ = [
  3,
  n0,
  _CCSI,
  0,
  [_SN, _CSN, _TB, _TURL, _UPT, _P, _Ca, _RTe, _RARN, _RCo, _NARN, _Ta, _CTl, _D, _CST, _RTI, _INS, _OSF, _IER, _DM, _DC, _DV],
  [0, 0, 0, 0, 2, () => _Parameters, 64 | 0, 64 | 0, 0, () => RollbackConfiguration$, 64 | 0, () => Tags, 0, 0, 0, () => ResourcesToImport, 2, 0, 2, 0, () => DeploymentConfig$, 2],
  2
];
var CreateChangeSetOutput$ = [
  3,
  n0,
  _CCSO,
  0,
  [_I, _SI],
  [0, 0]
];
var CreateStackInput$ = [
  3,
  n0,
  _CSIr,
  0,
  [_SN, _TB, _TURL, _P, _DR, _RCo, _TIM, _NARN, _Ca, _RTe, _RARN, _OF, _SPB, _SPURL, _Ta, _CRT, _ETP, _REOC, _DC, _DV],
  [0, 0, 0, () => _Parameters, 2, () => RollbackConfiguration$, 1, 64 | 0, 64 | 0, 64 | 0, 0, 0, 0, 0, () => Tags, 0, 2, 2, () => DeploymentConfig$, 2],
  1
];
var CreateStackInstancesInput$ = [
  3,
  n0,
  _CSII,
  0,
  [_SSN, _Re, _Ac, _DT, _PO, _OP, _OI, _CA],
  [0, 64 | 0, 64 | 0, () => DeploymentTargets$, () => _Parameters, () => StackSetOperationPreferences$, [0, 4], 0],
  2
];
var CreateStackSetInput$ = [
  3,
  n0,
  _CSSI,
  0,
  [_SSN, _D, _TB, _TURL, _SI, _P, _Ca, _Ta, _ARARN, _ERN, _PM, _AD, _CA, _CRT, _ME],
  [0, 0, 0, 0, 0, () => _Parameters, 64 | 0, () => Tags, 0, 0, 0, () => AutoDeployment$, 0, [0, 4], () => ManagedExecution$],
  1
];
var DeleteChangeSetInput$ = [
  3,
  n0,
  _DCSI,
  0,
  [_CSN, _SN],
  [0, 0],
  1
];
var DeleteChangeSetOutput$ = [
  3,
  n0,
  _DCSO,
  0,
  [],
  []
];
var DeleteStackInput$ = [
  3,
  n0,
  _DSI,
  0,
  [_SN, _RR, _RARN, _CRT, _DMe, _DC],
  [0, 64 | 0, 0, 0, 0, () => DeploymentConfig$],
  1
];
var DeleteStackInstancesInput$ = [
  3,
  n0,
  _DSII,
  0,
  [_SSN, _Re, _RS, _Ac, _DT, _OP, _OI, _CA],
  [0, 64 | 0, 2, 64 | 0, () => DeploymentTargets$, () => StackSetOperationPreferences$, [0, 4], 0],
  3
];
var DeploymentConfig$ = [
  3,
  n0,
  _DC,
  0,
  [_Mo, _DR],
  [0, 2]
];
var DeploymentTargets$ = [
  3,
  n0,
  _DT,
  0,
  [_Ac, _AUc, _OUI, _AFT],
  [64 | 0, 0, 64 | 0, 0]
];
var DescribeChangeSetInput$ = [
  3,
  n0,
  _DCSIe,
  0,
  [_CSN, _SN, _NT, _IPV],
  [0, 0, 0, 2],
  1
];
var DescribeChangeSetOutput$ = [
  3,
  n0,
  _DCSOe,
  0,
  [_CSN, _CSI, _SI, _SN, _D, _P, _CT, _ES, _S, _SR, _SDS, _NARN, _RCo, _Ca, _Ta, _Ch, _NT, _INS, _PCSI, _RCSI, _OSF, _IER, _DM, _DC],
  [0, 0, 0, 0, 0, () => _Parameters, 4, 0, 0, 0, 0, 64 | 0, () => RollbackConfiguration$, 64 | 0, () => Tags, () => Changes, 0, 2, 0, 0, 0, 2, 0, () => DeploymentConfig$]
];
var DescribeResourceScanOutput$ = [
  3,
  n0,
  _DRSO,
  0,
  [_RSI, _S, _SR, _ST, _ET, _PC, _RTe, _RSe, _RRe, _SF],
  [0, 0, 0, 4, 4, 1, 64 | 0, 1, 1, () => ScanFilters]
];
var DescribeStackEventsInput$ = [
  3,
  n0,
  _DSEI,
  0,
  [_SN, _NT],
  [0, 0],
  1
];
var DescribeStackEventsOutput$ = [
  3,
  n0,
  _DSEO,
  0,
  [_SE, _NT],
  [() => StackEvents, 0]
];
var DescribeStackRefactorOutput$ = [
  3,
  n0,
  _DSRO,
  0,
  [_D, _SRI, _SIta, _ES, _ESR, _S, _SR],
  [0, 0, 64 | 0, 0, 0, 0, 0]
];
var DescribeStackResourceDriftsInput$ = [
  3,
  n0,
  _DSRDI,
  0,
  [_SN, _SRDSF, _NT, _MR],
  [0, 64 | 0, 0, 1],
  1
];
var DescribeStacksInput$ = [
  3,
  n0,
  _DSIe,
  0,
  [_SN, _NT],
  [0, 0]
];
var DescribeStacksOutput$ = [
  3,
  n0,
  _DSO,
  0,
  [_St, _NT],
  [() => Stacks, 0]
];
var DetectStackDriftInput$ = [
  3,
  n0,
  _DSDI,
  0,
  [_SN, _LRIo],
  [0, 64 | 0],
  1
];
var ExecuteChangeSetInput$ = [
  3,
  n0,
  _ECSI,
  0,
  [_CSN, _SN, _CRT, _DR, _REOC],
  [0, 0, 0, 2, 2],
  1
];
var ExecuteChangeSetOutput$ = [
  3,
  n0,
  _ECSO,
  0,
  [],
  []
];
var GetTemplateOutput$ = [
  3,
  n0,
  _GTO,
  0,
  [_TB, _SA],
  [0, 64 | 0]
];
var GetTemplateSummaryOutput$ = [
  3,
  n0,
  _GTSO,
  0,
  [_P, _D, _Ca, _CR, _RTe, _Ve, _Me, _DTe, _RIS, _W],
  [() => ParameterDeclarations, 0, 64 | 0, 0, 64 | 0, 0, 0, 64 | 0, () => ResourceIdentifierSummaries, () => Warnings$]
];
var ImportStacksToStackSetInput$ = [
  3,
  n0,
  _ISTSSI,
  0,
  [_SSN, _SIta, _SIU, _OUI, _OP, _OI, _CA],
  [0, 64 | 0, 0, 64 | 0, () => StackSetOperationPreferences$, [0, 4], 0],
  1
];
var ListImportsOutput$ = [
  3,
  n0,
  _LIO,
  0,
  [_Im, _NT],
  [64 | 0, 0]
];
var ListStackInstanceResourceDriftsInput$ = [
  3,
  n0,
  _LSIRDI,
  0,
  [_SSN, _SIA, _SIR, _OI, _NT, _MR, _SIRDS, _CA],
  [0, 0, 0, 0, 0, 1, 64 | 0, 0],
  4
];
var ListStackRefactorsInput$ = [
  3,
  n0,
  _LSRI,
  0,
  [_ESF, _NT, _MR],
  [64 | 0, 0, 1]
];
var ListStacksInput$ = [
  3,
  n0,
  _LSI,
  0,
  [_NT, _SSF],
  [0, 64 | 0]
];
var ListTypeRegistrationsOutput$ = [
  3,
  n0,
  _LTRO,
  0,
  [_RTL, _NT],
  [64 | 0, 0]
];
var LiveResourceDrift$ = [
  3,
  n0,
  _LRD,
  0,
  [_PV, _AV, _DDT],
  [0, 0, 4]
];
var ManagedExecution$ = [
  3,
  n0,
  _ME,
  0,
  [_Acti],
  [2]
];
var ModuleInfo$ = [
  3,
  n0,
  _MI,
  0,
  [_TH, _LIH],
  [0, 0]
];
var OperationEntry$ = [
  3,
  n0,
  _OEp,
  0,
  [_OT, _OI],
  [0, 0]
];
var Output$ = [
  3,
  n0,
  _O,
  0,
  [_OK, _OV, _D, _EN],
  [0, 0, 0, 0]
];
var Parameter$ = [
  3,
  n0,
  _Pa,
  0,
  [_PK, _PVa, _UPV, _RV],
  [0, 0, 2, 0]
];
var ParameterConstraints$ = [
  3,
  n0,
  _PCa,
  0,
  [_AVl],
  [64 | 0]
];
var ParameterDeclaration$ = [
  3,
  n0,
  _PD,
  0,
  [_PK, _DVe, _PTa, _NE, _D, _PCa],
  [0, 0, 0, 2, 0, () => ParameterConstraints$]
];
var RequiredActivatedType$ = [
  3,
  n0,
  _RATe,
  0,
  [_TNA, _OTN, _PI, _SMV],
  [0, 0, 0, 64 | 1]
];
var ResourceChange$ = [
  3,
  n0,
  _RC,
  0,
  [_PA, _Act, _LRI, _PRI, _RT, _Rep, _Sco, _RDS, _RDIA, _De, _CSI, _MI, _BC, _AC, _PDC],
  [0, 0, 0, 0, 0, 0, 64 | 0, 0, () => ResourceDriftIgnoredAttributes, () => ResourceChangeDetails, 0, () => ModuleInfo$, 0, 0, 0]
];
var ResourceChangeDetail$ = [
  3,
  n0,
  _RCD,
  0,
  [_Tar, _Ev, _CSh, _CE],
  [() => ResourceTargetDefinition$, 0, 0, 0]
];
var ResourceDefinition$ = [
  3,
  n0,
  _RD,
  0,
  [_RT, _RI, _LRI],
  [0, 128 | 0, 0],
  2
];
var ResourceDetail$ = [
  3,
  n0,
  _RDe,
  0,
  [_RT, _LRI, _RI, _RSes, _RSR, _W],
  [0, 0, 128 | 0, 0, 0, () => WarningDetails]
];
var ResourceDriftIgnoredAttribute$ = [
  3,
  n0,
  _RDIAe,
  0,
  [_Pat, _Rea],
  [0, 0]
];
var ResourceIdentifierSummary$ = [
  3,
  n0,
  _RISe,
  0,
  [_RT, _LRIo, _RIe],
  [0, 64 | 0, 64 | 0]
];
var ResourceLocation$ = [
  3,
  n0,
  _RLe,
  0,
  [_SN, _LRI],
  [0, 0],
  2
];
var ResourceMapping$ = [
  3,
  n0,
  _RMeso,
  0,
  [_So, _Des],
  [() => ResourceLocation$, () => ResourceLocation$],
  2
];
var ResourceTargetDefinition$ = [
  3,
  n0,
  _RTDe,
  0,
  [_At, _N, _RReq, _Pat, _BV, _AVf, _BVF, _AVF, _Dr, _ACT],
  [0, 0, 0, 0, 0, 0, 0, 0, () => LiveResourceDrift$, 0]
];
var ResourceToImport$ = [
  3,
  n0,
  _RTIes,
  0,
  [_RT, _LRI, _RI],
  [0, 0, 128 | 0],
  3
];
var RollbackConfiguration$ = [
  3,
  n0,
  _RCo,
  0,
  [_RTo, _MTIM],
  [() => RollbackTriggers, 1]
];
var RollbackTrigger$ = [
  3,
  n0,
  _RTol,
  0,
  [_A, _T],
  [0, 0],
  2
];
var ScanFilter$ = [
  3,
  n0,
  _SFc,
  0,
  [_Ty],
  [64 | 0]
];
var ScannedResource$ = [
  3,
  n0,
  _SRc,
  0,
  [_RT, _RI, _MBS],
  [0, 128 | 0, 2]
];
var ScannedResourceIdentifier$ = [
  3,
  n0,
  _SRIc,
  0,
  [_RT, _RI],
  [0, 128 | 0],
  2
];
var Stack$ = [
  3,
  n0,
  _Sta,
  0,
  [_SN, _CT, _SSta, _SI, _CSI, _D, _P, _DTel, _LUT, _RCo, _SSR, _DR, _DC, _NARN, _TIM, _Ca, _Ou, _RARN, _Ta, _ETP, _PIa, _RIo, _DI, _REOC, _DMe, _DSet, _LO, _ANl],
  [0, 4, 0, 0, 0, 0, () => _Parameters, 4, 4, () => RollbackConfiguration$, 0, 2, () => DeploymentConfig$, 64 | 0, 1, 64 | 0, () => Outputs, 0, () => Tags, 2, 0, 0, () => StackDriftInformation$, 2, 0, 0, () => LastOperations, 0],
  3
];
var StackDriftInformation$ = [
  3,
  n0,
  _SDI,
  0,
  [_SDS, _LCT],
  [0, 4],
  1
];
var StackEvent$ = [
  3,
  n0,
  _SEt,
  0,
  [_SI, _EI, _SN, _Ti, _OI, _LRI, _PRI, _RT, _RSes, _RSR, _RP, _CRT, _HTo, _HS, _HSR, _HIP, _HII, _HFM, _DSet],
  [0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  4
];
var StackRefactorAction$ = [
  3,
  n0,
  _SRAt,
  0,
  [_Act, _En, _PRI, _RI, _D, _Det, _DRe, _TR, _UR, _RMeso],
  [0, 0, 0, 0, 0, 0, 0, () => StackRefactorTagResources, 64 | 0, () => ResourceMapping$]
];
var StackSet$ = [
  3,
  n0,
  _SS,
  0,
  [_SSN, _SSI, _D, _S, _TB, _P, _Ca, _Ta, _SSARN, _ARARN, _ERN, _SSDDD, _AD, _PM, _OUI, _ME, _Re],
  [0, 0, 0, 0, 0, () => _Parameters, 64 | 0, () => Tags, 0, 0, 0, () => StackSetDriftDetectionDetails$, () => AutoDeployment$, 0, 64 | 0, () => ManagedExecution$, 64 | 0]
];
var StackSetAutoDeploymentTargetSummary$ = [
  3,
  n0,
  _SSADTS,
  0,
  [_OUIr, _Re],
  [0, 64 | 0]
];
var StackSetDriftDetectionDetails$ = [
  3,
  n0,
  _SSDDD,
  0,
  [_DSr, _DDS, _LDCT, _TSIC, _DSIC, _ISSIC, _IPSIC, _FSIC],
  [0, 0, 4, 1, 1, 1, 1, 1]
];
var StackSetOperationPreferences$ = [
  3,
  n0,
  _SSOP,
  0,
  [_RCT, _RO, _FTC, _FTP, _MCC, _MCP, _CM],
  [0, 64 | 0, 1, 1, 1, 1, 0]
];
var Tag$ = [
  3,
  n0,
  _Tag,
  0,
  [_K, _V],
  [0, 0],
  2
];
var TemplateConfiguration$ = [
  3,
  n0,
  _TCe,
  0,
  [_DP, _URP],
  [0, 0]
];
var TemplateParameter$ = [
  3,
  n0,
  _TP,
  0,
  [_PK, _DVe, _NE, _D],
  [0, 0, 2, 0]
];
var UpdateGeneratedTemplateInput$ = [
  3,
  n0,
  _UGTI,
  0,
  [_GTN, _NGTN, _AR, _RRem, _RAR, _TCe],
  [0, 0, () => ResourceDefinitions, 64 | 0, 2, () => TemplateConfiguration$],
  1
];
var UpdateStackInput$ = [
  3,
  n0,
  _USI,
  0,
  [_SN, _TB, _TURL, _UPT, _SPDUB, _SPDUURL, _P, _Ca, _RTe, _RARN, _RCo, _SPB, _SPURL, _NARN, _Ta, _DR, _CRT, _REOC, _DC, _DV],
  [0, 0, 0, 2, 0, 0, () => _Parameters, 64 | 0, 64 | 0, 0, () => RollbackConfiguration$, 0, 0, 64 | 0, () => Tags, 2, 0, 2, () => DeploymentConfig$, 2],
  1
];
var UpdateStackInstancesInput$ = [
  3,
  n0,
  _USII,
  0,
  [_SSN, _Re, _Ac, _DT, _PO, _OP, _OI, _CA],
  [0, 64 | 0, 64 | 0, () => DeploymentTargets$, () => _Parameters, () => StackSetOperationPreferences$, [0, 4], 0],
  2
];
var UpdateStackSetInput$ = [
  3,
  n0,
  _USSI,
  0,
  [_SSN, _D, _TB, _TURL, _UPT, _P, _Ca, _Ta, _OP, _ARARN, _ERN, _DT, _PM, _AD, _OI, _Ac, _Re, _CA, _ME],
  [0, 0, 0, 0, 2, () => _Parameters, 64 | 0, () => Tags, () => StackSetOperationPreferences$, 0, 0, () => DeploymentTargets$, 0, () => AutoDeployment$, [0, 4], 64 | 0, 64 | 0, 0, () => ManagedExecution$],
  1
];
var UpdateTerminationProtectionInput$ = [
  3,
  n0,
  _UTPI,
  0,
  [_ETP, _SN],
  [2, 0],
  2
];
var UpdateTerminationProtectionOutput$ = [
  3,
  n0,
  _UTPO,
  0,
  [_SI],
  [0]
];
var ValidateTemplateOutput$ = [
  3,
  n0,
  _VTO,
  0,
  [_P, _D, _Ca, _CR, _DTe],
  [() => TemplateParameters, 0, 64 | 0, 0, 64 | 0]
];
var WarningDetail$ = [
  3,
  n0,
  _WD,
  0,
  [_T, _Pro],
  [0, () => WarningProperties]
];
var WarningProperty$ = [
  3,
  n0,
  _WP,
  0,
  [_PPr, _Req, _D],
  [0, 2, 0]
];
var Warnings$ = [
  3,
  n0,
  _W,
  0,
  [_URT],
  [64 | 0]
];
var __Unit = "unit";
var AccountList = 64 | 0;
var AllowedValues = 64 | 0;
var Capabilities = 64 | 0;
var Changes = [
  1,
  n0,
  _Ch,
  0,
  () => Change$
];
var Imports = 64 | 0;
var JazzLogicalResourceIds = 64 | 0;
var LastOperations = [
  1,
  n0,
  _LO,
  0,
  () => OperationEntry$
];
var LogicalResourceIds = 64 | 0;
var NotificationARNs = 64 | 0;
var OrganizationalUnitIdList = 64 | 0;
var Outputs = [
  1,
  n0,
  _Ou,
  0,
  () => Output$
];
var ParameterDeclarations = [
  1,
  n0,
  _PDa,
  0,
  () => ParameterDeclaration$
];
var _Parameters = [
  1,
  n0,
  _P,
  0,
  () => Parameter$
];
var RegionList = 64 | 0;
var RegistrationTokenList = 64 | 0;
var ResourceChangeDetails = [
  1,
  n0,
  _RCDe,
  0,
  () => ResourceChangeDetail$
];
var ResourceDefinitions = [
  1,
  n0,
  _RDes,
  0,
  () => ResourceDefinition$
];
var ResourceDriftIgnoredAttributes = [
  1,
  n0,
  _RDIA,
  0,
  () => ResourceDriftIgnoredAttribute$
];
var ResourceIdentifiers = 64 | 0;
var ResourceIdentifierSummaries = [
  1,
  n0,
  _RIS,
  0,
  () => ResourceIdentifierSummary$
];
var ResourcesToImport = [
  1,
  n0,
  _RTI,
  0,
  () => ResourceToImport$
];
var ResourcesToSkip = 64 | 0;
var ResourceTypeFilters = 64 | 0;
var ResourceTypes = 64 | 0;
var RetainResources = 64 | 0;
var RollbackTriggers = [
  1,
  n0,
  _RTo,
  0,
  () => RollbackTrigger$
];
var ScanFilters = [
  1,
  n0,
  _SF,
  0,
  () => ScanFilter$
];
var Scope = 64 | 0;
var StackEvents = [
  1,
  n0,
  _SE,
  0,
  () => StackEvent$
];
var StackIdList = 64 | 0;
var StackIds = 64 | 0;
var StackRefactorExecutionStatusFilter = 64 | 0;
var StackRefactorTagResources = [
  1,
  n0,
  _SRTR,
  0,
  () => Tag$
];
var StackRefactorUntagResources = 64 | 0;
var StackResourceDriftStatusFilters = 64 | 0;
var Stacks = [
  1,
  n0,
  _St,
  0,
  () => Stack$
];
var StackSetARNList = 64 | 0;
var StackStatusFilter = 64 | 0;
var StageList = 64 | 0;
var SupportedMajorVersions = 64 | 1;
var Tags = [
  1,
  n0,
  _Ta,
  0,
  () => Tag$
];
var TemplateParameters = [
  1,
  n0,
  _TPem,
  0,
  () => TemplateParameter$
];
var TransformsList = 64 | 0;
var WarningDetails = [
  1,
  n0,
  _WDa,
  0,
  () => WarningDetail$
];
var WarningProperties = [
  1,
  n0,
  _WPa,
  0,
  () => WarningProperty$
];
var JazzResourceIdentifierProperties = 128 | 0;
var ResourceIdentifierProperties = 128 | 0;
var CreateChangeSet$ = [
  9,
  n0,
  _CCS,
  0,
  () => CreateChangeSetInput$,
  () => CreateChangeSetOutput$
];
var DeleteChangeSet$ = [
  9,
  n0,
  _DCS,
  0,
  () => DeleteChangeSetInput$,
  () => DeleteChangeSetOutput$
];
var DeleteStack$ = [
  9,
  n0,
  _DSel,
  0,
  () => DeleteStackInput$,
  () => __Unit
];
var DescribeChangeSet$ = [
  9,
  n0,
  _DCSe,
  0,
  () => DescribeChangeSetInput$,
  () => DescribeChangeSetOutput$
];
var DescribeStackEvents$ = [
  9,
  n0,
  _DSE,
  0,
  () => DescribeStackEventsInput$,
  () => DescribeStackEventsOutput$
];
var DescribeStacks$ = [
  9,
  n0,
  _DSes,
  0,
  () => DescribeStacksInput$,
  () => DescribeStacksOutput$
];
var ExecuteChangeSet$ = [
  9,
  n0,
  _ECS,
  0,
  () => ExecuteChangeSetInput$,
  () => ExecuteChangeSetOutput$
];
var UpdateTerminationProtection$ = [
  9,
  n0,
  _UTP,
  0,
  () => UpdateTerminationProtectionInput$,
  () => UpdateTerminationProtectionOutput$
];

// node_modules/@aws-sdk/client-cloudformation/dist-es/runtimeConfig.shared.js
var getRuntimeConfig = (config) => {
  return {
    apiVersion: "2010-05-15",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultCloudFormationHttpAuthSchemeProvider,
    httpAuthSchemes: config?.httpAuthSchemes ?? [
      {
        schemeId: "aws.auth#sigv4",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer()
      }
    ],
    logger: config?.logger ?? new NoOpLogger(),
    protocol: config?.protocol ?? AwsQueryProtocol,
    protocolSettings: config?.protocolSettings ?? {
      defaultNamespace: "com.amazonaws.cloudformation",
      errorTypeRegistries,
      xmlNamespace: "http://cloudformation.amazonaws.com/doc/2010-05-15/",
      version: "2010-05-15",
      serviceTarget: "CloudFormation"
    },
    serviceId: config?.serviceId ?? "CloudFormation",
    sha256: config?.sha256 ?? Sha256Node,
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/runtimeConfig.js
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
    defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 9e5),
    defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: package_default.version }),
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

// node_modules/@aws-sdk/client-cloudformation/dist-es/auth/httpAuthExtensionConfiguration.js
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

// node_modules/@aws-sdk/client-cloudformation/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/CloudFormationClient.js
var CloudFormationClient = class extends Client {
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
    const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
    const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
    this.config = _config_8;
    this.middlewareStack.use(getSchemaSerdePlugin(this.config));
    this.middlewareStack.use(getUserAgentPlugin(this.config));
    this.middlewareStack.use(getRetryPlugin(this.config));
    this.middlewareStack.use(getContentLengthPlugin(this.config));
    this.middlewareStack.use(getHostHeaderPlugin(this.config));
    this.middlewareStack.use(getLoggerPlugin(this.config));
    this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
    this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
      httpAuthSchemeParametersProvider: defaultCloudFormationHttpAuthSchemeParametersProvider,
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

// node_modules/@aws-sdk/client-cloudformation/dist-es/commandBuilder.js
var command = makeBuilder(commonParams, "CloudFormation", "CloudFormationClient", getEndpointPlugin);
var _ep0 = {};
var _mw0 = (Command, cs, config, o) => [];

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/CreateChangeSetCommand.js
var CreateChangeSetCommand = class extends command(_ep0, _mw0, "CreateChangeSet", CreateChangeSet$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/DeleteChangeSetCommand.js
var DeleteChangeSetCommand = class extends command(_ep0, _mw0, "DeleteChangeSet", DeleteChangeSet$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/DeleteStackCommand.js
var DeleteStackCommand = class extends command(_ep0, _mw0, "DeleteStack", DeleteStack$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/DescribeChangeSetCommand.js
var DescribeChangeSetCommand = class extends command(_ep0, _mw0, "DescribeChangeSet", DescribeChangeSet$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/DescribeStackEventsCommand.js
var DescribeStackEventsCommand = class extends command(_ep0, _mw0, "DescribeStackEvents", DescribeStackEvents$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/DescribeStacksCommand.js
var DescribeStacksCommand = class extends command(_ep0, _mw0, "DescribeStacks", DescribeStacks$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/ExecuteChangeSetCommand.js
var ExecuteChangeSetCommand = class extends command(_ep0, _mw0, "ExecuteChangeSet", ExecuteChangeSet$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/UpdateTerminationProtectionCommand.js
var UpdateTerminationProtectionCommand = class extends command(_ep0, _mw0, "UpdateTerminationProtection", UpdateTerminationProtection$) {
};

// actions/deploy-stack/src/aws-failures.ts
var MIDDLEWARE = "deploy-stack-name-failures";
var nameOf = (nameOrArn) => /^arn:[^:]*:cloudformation:[^:]*:[^:]*:[^/]+\/([^/]+)\//.exec(nameOrArn)?.[1] ?? nameOrArn;
function describeResource(input) {
  const text = (key) => typeof input[key] === "string" ? input[key] : void 0;
  const parts = [
    text("StackName") && `stack ${nameOf(text("StackName") ?? "")}`,
    text("ChangeSetName") && `change set ${nameOf(text("ChangeSetName") ?? "")}`,
    text("Bucket") && `s3://${text("Bucket")}/${text("Key") ?? ""}`
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(", ") : void 0;
}
function nameFailures(client) {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      try {
        return await next(args);
      } catch (error) {
        const failure = error;
        if (typeof error === "object" && error !== null && typeof failure.message === "string") {
          const service = String(context.clientName ?? "").replace(/Client$/, "");
          const operation = String(context.commandName ?? "").replace(/Command$/, "");
          const resource = describeResource(args.input ?? {});
          failure.message = `${failure.message} (${[`${service} ${operation}`.trim(), resource].filter(Boolean).join(", ")})`;
        }
        throw error;
      }
    },
    { step: "initialize", name: MIDDLEWARE, override: true }
  );
  return client;
}

// actions/deploy-stack/src/changeset.ts
var NO_CHANGES = [/didn't contain changes/i, /No updates are to be performed/i];
var isNoChangesReason = (reason) => reason !== void 0 && NO_CHANGES.some((pattern) => pattern.test(reason));
async function createChangeSet(cfn, input, signal) {
  const created = await cfn.send(new CreateChangeSetCommand(input), { abortSignal: signal });
  return { id: created.Id ?? "", stackId: created.StackId ?? "" };
}
async function waitForChangeSet(cfn, id, options) {
  return waitFor({ ...options, what: "the change set to be created" }, async () => {
    const described = await cfn.send(new DescribeChangeSetCommand({ ChangeSetName: id }), {
      abortSignal: options.signal
    });
    if (described.Status === "CREATE_COMPLETE") return { state: "done", value: { ready: true } };
    if (described.Status === "FAILED") {
      const reason = described.StatusReason ?? "no reason given";
      if (isNoChangesReason(reason)) return { state: "done", value: { ready: false, reason } };
      return { state: "failed", reason };
    }
    return { state: "retry", progress: `change set ${described.Status}` };
  });
}
async function describeChangeSet(cfn, id, signal) {
  let first;
  const changes = [];
  let nextToken;
  do {
    const page = await cfn.send(new DescribeChangeSetCommand({ ChangeSetName: id, NextToken: nextToken }), {
      abortSignal: signal
    });
    first ??= page;
    changes.push(...page.Changes ?? []);
    nextToken = page.NextToken;
  } while (nextToken);
  return { ...first, Changes: changes, NextToken: void 0 };
}
async function deleteChangeSet(cfn, id, signal) {
  await cfn.send(new DeleteChangeSetCommand({ ChangeSetName: id }), { abortSignal: signal });
}

// actions/deploy-stack/src/execute.ts
import { createHash } from "node:crypto";

// actions/deploy-stack/src/events.ts
var CASCADE = [
  /^Resource (creation|update|deletion) cancelled/i,
  /^The following resource\(s\) failed to/i,
  /^Resource update cancelled/i
];
var CLOCK_SKEW_MS = 5 * 6e4;
var isCascade = (reason) => CASCADE.some((pattern) => pattern.test(reason));
var isFailure = (event) => event.ResourceStatus?.endsWith("_FAILED") ?? false;
function rootCause(events) {
  const failures = events.filter(isFailure);
  return failures.find((event) => event.ResourceStatusReason && !isCascade(event.ResourceStatusReason)) ?? failures[0];
}
function describeEvent(event) {
  const reason = event.ResourceStatusReason ? `: ${event.ResourceStatusReason}` : "";
  return `${event.LogicalResourceId} (${event.ResourceType}) ${event.ResourceStatus}${reason}`;
}
function formatEvent(event, startedAt) {
  const elapsed = (event.Timestamp?.getTime() ?? startedAt.getTime()) - startedAt.getTime();
  return `[${formatDuration(elapsed)}] ${describeEvent(event)}`;
}
function unseenEvents(page, seen, since) {
  const fresh = [];
  for (const event of page) {
    const old = (event.Timestamp?.getTime() ?? 0) < since.getTime();
    if (event.EventId && seen.has(event.EventId) || old)
      return { fresh: fresh.reverse(), reachedKnown: true };
    fresh.push(event);
  }
  return { fresh: fresh.reverse(), reachedKnown: false };
}
var StackEventStream = class {
  constructor(cfn, stackName, startedAt, signal) {
    this.cfn = cfn;
    this.stackName = stackName;
    this.signal = signal;
    this.since = new Date(startedAt.getTime() - CLOCK_SKEW_MS);
  }
  cfn;
  stackName;
  signal;
  events = [];
  seen = /* @__PURE__ */ new Set();
  since;
  async prime() {
    const page = await this.cfn.send(new DescribeStackEventsCommand({ StackName: this.stackName }), {
      abortSignal: this.signal
    });
    for (const event of page.StackEvents ?? []) if (event.EventId) this.seen.add(event.EventId);
  }
  async poll() {
    const collected = [];
    let nextToken;
    do {
      const page = await this.cfn.send(
        new DescribeStackEventsCommand({ StackName: this.stackName, NextToken: nextToken }),
        { abortSignal: this.signal }
      );
      const { fresh: fresh2, reachedKnown } = unseenEvents(page.StackEvents ?? [], this.seen, this.since);
      collected.unshift(fresh2);
      nextToken = reachedKnown ? void 0 : page.NextToken;
    } while (nextToken);
    const fresh = collected.flat();
    for (const event of fresh) if (event.EventId) this.seen.add(event.EventId);
    this.events.push(...fresh);
    return fresh;
  }
};

// actions/deploy-stack/src/stack-state.ts
function classifyStack(status) {
  if (status === void 0 || status === "DELETE_COMPLETE") return { action: "create" };
  if (status === "REVIEW_IN_PROGRESS") return { action: "create-in-review" };
  if (status === "ROLLBACK_COMPLETE") return { action: "recreate" };
  if (status.endsWith("_IN_PROGRESS")) return { action: "wait" };
  switch (status) {
    case "ROLLBACK_FAILED":
    case "DELETE_FAILED":
      return {
        action: "blocked",
        reason: `the stack is in ${status}: delete it by hand (retaining the resources that failed), then run again`
      };
    case "UPDATE_ROLLBACK_FAILED":
      return {
        action: "blocked",
        reason: `the stack is in ${status}: continue the rollback (aws cloudformation continue-update-rollback) and run again`
      };
    case "CREATE_FAILED":
      return {
        action: "blocked",
        reason: `the stack is in ${status} (created with rollback disabled): roll it back or delete it, then run again`
      };
    default:
      return { action: "update" };
  }
}
var SUCCEEDED = /* @__PURE__ */ new Set(["CREATE_COMPLETE", "UPDATE_COMPLETE", "IMPORT_COMPLETE", "DELETE_COMPLETE"]);
function operationState(status) {
  if (status.endsWith("_IN_PROGRESS")) return "running";
  return SUCCEEDED.has(status) ? "succeeded" : "failed";
}

// actions/deploy-stack/src/stack.ts
async function describeStack(session, name) {
  try {
    const { Stacks: Stacks2 } = await session.cfn.send(new DescribeStacksCommand({ StackName: name }), {
      abortSignal: session.signal
    });
    return Stacks2?.[0];
  } catch (error) {
    if (isAwsError(error, "ValidationError", /does not exist/)) return void 0;
    throw error;
  }
}
async function settleStack(session) {
  const { stackName } = session;
  let stack = await describeStack(session, stackName);
  let decision = classifyStack(stack?.StackStatus);
  if (decision.action === "wait") {
    session.log(
      `Stack ${stackName} is ${stack?.StackStatus}: waiting for that operation to end before starting another`
    );
    stack = await waitFor(
      session.waitOptions(`stack ${stackName} to leave ${stack?.StackStatus}`),
      async () => {
        const current = await describeStack(session, stackName);
        const status = current?.StackStatus;
        if (classifyStack(status).action === "wait") return { state: "retry", progress: status };
        return { state: "done", value: current };
      }
    );
    decision = classifyStack(stack?.StackStatus);
  }
  return { stack, decision };
}
async function deleteFailedStack(session, stackId, roleArn) {
  const { stackName } = session;
  await session.cfn.send(new DeleteStackCommand({ StackName: stackId, RoleARN: roleArn }), {
    abortSignal: session.signal
  });
  await waitFor(session.waitOptions(`stack ${stackName} to be deleted`), async () => {
    const status = (await describeStack(session, stackId))?.StackStatus ?? "DELETE_COMPLETE";
    if (status === "DELETE_COMPLETE") return { state: "done", value: void 0 };
    if (status === "DELETE_FAILED") return { state: "failed", reason: status };
    return { state: "retry", progress: status };
  });
  session.log(`Deleted stack ${stackName}; creating it again`);
}
async function applyTerminationProtection(session, current, enabled) {
  if (!current || (current.EnableTerminationProtection ?? false) === enabled) return void 0;
  try {
    await session.cfn.send(
      new UpdateTerminationProtectionCommand({
        StackName: current.StackId ?? session.stackName,
        EnableTerminationProtection: enabled
      }),
      { abortSignal: session.signal }
    );
  } catch (error) {
    return {
      message: `Stack ${session.stackName} is ${current.StackStatus}, but ${enabled ? "enabling" : "disabling"} its termination protection failed: ${describeAwsError(error)}. A re-run sets it (nothing else is left to change).`
    };
  }
  session.log(`Termination protection ${enabled ? "enabled" : "disabled"} on ${session.stackName}`);
  return void 0;
}
function stackFacts(stack, fallbackId) {
  const outputs = {};
  for (const output of stack?.Outputs ?? []) {
    if (output.OutputKey) outputs[output.OutputKey] = output.OutputValue ?? "";
  }
  return { stackId: stack?.StackId ?? fallbackId, status: stack?.StackStatus ?? "NONE", outputs };
}

// actions/deploy-stack/src/execute.ts
var executionToken = (changeSetId) => `deploy-stack-${createHash("sha256").update(changeSetId).digest("hex").slice(0, 40)}`;
async function executeChangeSet(session, changeSet, options) {
  const { cfn, log, signal, stackName } = session;
  const startedAt = /* @__PURE__ */ new Date();
  const stream = new StackEventStream(cfn, changeSet.stackId, startedAt, signal);
  await stream.prime();
  await cfn.send(
    new ExecuteChangeSetCommand({
      ChangeSetName: changeSet.id,
      ClientRequestToken: executionToken(changeSet.id)
    }),
    { abortSignal: signal }
  );
  const what = `stack ${stackName} to finish its ${options.operation}`;
  const printNewEvents = async () => {
    for (const event of await stream.poll()) log(formatEvent(event, startedAt));
  };
  try {
    const status = await options.group(`${options.operation} ${stackName}: stack events`, async () => {
      const status2 = await waitFor({ ...session.waitOptions(what), log: void 0 }, async () => {
        await printNewEvents();
        const status3 = (await describeStack(session, changeSet.stackId))?.StackStatus ?? "UNKNOWN";
        const state = operationState(status3);
        if (state === "running") return { state: "retry" };
        if (state === "succeeded") return { state: "done", value: status3 };
        return { state: "failed", reason: status3 };
      });
      await printNewEvents();
      return status2;
    });
    log(`Stack ${stackName} is ${status}`);
    return { ok: true, stack: await describeStack(session, changeSet.stackId) };
  } catch (error) {
    if (error instanceof WaitTimeoutError) {
      throw new Error(
        // Said with the whole timeout-minutes, not the part left when this wait began.
        `${new WaitTimeoutError(what, options.timeoutSeconds).message}. Only the waiting stopped: the stack operation carries on in CloudFormation.`,
        { cause: error }
      );
    }
    if (!(error instanceof WaitFailedError)) throw error;
    await printNewEvents();
    const cause = rootCause(stream.events);
    const stack = await describeStack(session, changeSet.stackId);
    const reason = cause ? `. Root cause: ${describeEvent(cause)}` : stack?.StackStatusReason ? `: ${stack.StackStatusReason}` : "";
    return {
      ok: false,
      stack,
      message: `Stack ${stackName} ended in ${error.reason}${reason}`,
      ...cause ? { rootCause: cause } : {}
    };
  }
}

// actions/deploy-stack/src/gate.ts
var STATEFUL_TYPES = [
  "AWS::S3::Bucket",
  "AWS::Cognito::UserPool",
  "AWS::ECR::Repository",
  "AWS::Logs::LogGroup",
  "AWS::SSM::Parameter",
  "AWS::DynamoDB::Table",
  "AWS::RDS::DBInstance",
  "AWS::RDS::DBCluster",
  "AWS::EFS::FileSystem",
  "AWS::KMS::Key",
  "AWS::SQS::Queue",
  "AWS::SecretsManager::Secret",
  "AWS::Kinesis::Stream",
  "AWS::ElastiCache::ReplicationGroup",
  "AWS::OpenSearchService::Domain"
];
function effectOf(change) {
  if (change.Action === "Remove") return "Remove";
  if (change.Action === "Modify" && change.Replacement === "True") return "Replace";
  if (change.Action === "Modify" && change.Replacement === "Conditional") return "May replace";
  return void 0;
}
function evaluateGate(changes, options) {
  const stateful = /* @__PURE__ */ new Set([...STATEFUL_TYPES, ...options.statefulTypes]);
  const allow = new Set(options.allow);
  const destructive = [];
  for (const change of changes) {
    const effect = effectOf(change);
    const type = change.ResourceType ?? "";
    if (!effect || !stateful.has(type)) continue;
    const logicalId = change.LogicalResourceId ?? "";
    destructive.push({ logicalId, type, effect, allowed: allow.has(logicalId) || allow.has(type) });
  }
  return { destructive, blocked: destructive.filter((change) => !change.allowed) };
}
function describeBlocked(blocked) {
  const list = blocked.map((change) => `${change.logicalId} (${change.type}): ${change.effect}`).join("; ");
  return `The change set would replace or remove stateful resources: ${list}. If that is intended, name them (logical id or type) in allow-replacement.`;
}

// actions/deploy-stack/src/parameters.ts
function checkDeclared(given, declared) {
  for (const key of [...given.values.keys(), ...given.usePrevious]) {
    if (!declared.has(key)) {
      const names = [...declared.keys()];
      throw new InputError(
        "parameters",
        `"${key}" is not a parameter of the template (it declares ${names.length > 0 ? names.join(", ") : "none"})`
      );
    }
  }
}
function planParameters({ given, keepPrevious, declared, existing }) {
  checkDeclared(given, declared);
  const parameters = [];
  for (const { name, hasDefault } of declared.values()) {
    const value = given.values.get(name);
    const wantsPrevious = keepPrevious.has(name) || given.usePrevious.has(name);
    if (existing?.has(name) && (wantsPrevious || value === void 0)) {
      parameters.push({ ParameterKey: name, UsePreviousValue: true });
    } else if (value !== void 0) {
      parameters.push({ ParameterKey: name, ParameterValue: value });
    } else if (wantsPrevious) {
      const why = existing ? "the stack has no previous value for it" : "the stack is being created";
      throw new InputError("keep-previous", `"${name}" needs a value in parameters: ${why}`);
    } else if (!hasDefault) {
      throw new InputError("parameters", `"${name}" needs a value: the template gives it no Default`);
    }
  }
  return parameters;
}

// actions/deploy-stack/src/render.ts
var COMMENT_LIMIT = 65536;
var ACTIONS = ["Add", "Modify", "Remove", "Import", "Dynamic"];
var VERBS = {
  Add: "to add",
  Modify: "to modify",
  Remove: "to remove",
  Import: "to import",
  Dynamic: "decided at deploy time"
};
function diffParameters(previous, planned, resolved, noEcho) {
  const before = new Map((previous ?? []).map((p) => [p.ParameterKey ?? "", p.ParameterValue]));
  const plannedByKey = new Map(planned.map((p) => [p.ParameterKey ?? "", p]));
  const keys = [.../* @__PURE__ */ new Set([...resolved.map((p) => p.ParameterKey ?? ""), ...plannedByKey.keys()])];
  const after = new Map(resolved.map((p) => [p.ParameterKey ?? "", p.ParameterValue]));
  const diffs = [];
  for (const key of keys) {
    const plan = plannedByKey.get(key);
    const hidden = noEcho.has(key) || after.get(key) === "****";
    const next = after.get(key) ?? plan?.ParameterValue;
    if (hidden) {
      if (plan?.UsePreviousValue) continue;
      diffs.push({ key, before: void 0, after: void 0, hidden });
    } else if (plan?.UsePreviousValue && previous) {
      continue;
    } else if (!previous || before.get(key) !== next) {
      diffs.push({ key, before: before.get(key), after: next, hidden });
    }
  }
  return diffs;
}
var isReplacement = (change) => change.Replacement === "True" || change.Replacement === "Conditional";
function summaryLine(changes) {
  if (changes.length === 0) return "no changes";
  const parts = [];
  for (const action of ACTIONS) {
    const matching = changes.filter((change) => change.Action === action);
    if (matching.length === 0) continue;
    const replacements = matching.filter(isReplacement).length;
    parts.push(
      `${matching.length} ${VERBS[action]}${replacements > 0 ? ` (\u26A0\uFE0F ${replacements} replacement${replacements > 1 ? "s" : ""})` : ""}`
    );
  }
  return parts.join(", ");
}
function replacementCell(change) {
  if (change.Action !== "Modify") return "";
  if (isReplacement(change)) return `\u26A0\uFE0F ${change.Replacement}`;
  return change.Replacement ?? "";
}
function describeDetail(detail) {
  const target = detail.Target ?? {};
  const name = [target.Attribute, target.Name].filter(Boolean).join(".");
  const recreation = target.RequiresRecreation && target.RequiresRecreation !== "Never" ? ` \xB7 \u26A0\uFE0F requires recreation: ${target.RequiresRecreation}` : "";
  const cause = detail.CausingEntity ? ` \xB7 caused by ${detail.ChangeSource ?? ""} ${code(detail.CausingEntity)}` : "";
  return `- ${code(name || "(unnamed)")}${recreation}${cause}`;
}
function propertyDetails(change) {
  const lines = [...new Set((change.Details ?? []).map(describeDetail))];
  if (lines.length === 0) return void 0;
  return details(
    `${code(change.LogicalResourceId ?? "")}: ${lines.length} changed ${lines.length === 1 ? "property" : "properties"}`,
    lines.join("\n")
  );
}
function gateSection(gate) {
  if (gate.destructive.length === 0) return void 0;
  const list = (items) => items.map((c2) => `> - ${code(c2.logicalId)} (${c2.type}): ${c2.effect}`).join("\n");
  const allowed = gate.destructive.filter((change) => change.allowed);
  const sections = [];
  if (gate.blocked.length > 0) {
    sections.push(
      `> [!CAUTION]
> **Deploy will refuse this change set**: it replaces or removes stateful resources. Name them in \`allow-replacement\` if that is intended.
${list(gate.blocked)}`
    );
  }
  if (allowed.length > 0) {
    sections.push(`> [!WARNING]
> Replaced or removed, allowed by \`allow-replacement\`:
${list(allowed)}`);
  }
  return sections.join("\n\n");
}
function parameterSection(diffs) {
  if (diffs.length === 0) return void 0;
  const value = (text) => text === void 0 ? "\u2014" : code(text);
  const rows = diffs.map(
    (d2) => d2.hidden ? [code(d2.key), "(NoEcho: hidden)", "(new value, hidden)"] : [code(d2.key), value(d2.before), value(d2.after)]
  );
  return details(`Parameters: ${diffs.length} changed`, table(["Parameter", "Before", "After"], rows));
}
function renderPreview(preview) {
  const heading = `### ${code(preview.stackName)}: ${summaryLine(preview.changes)}`;
  const changeSet = preview.changeSetName ? `Change set ${code(preview.changeSetName)}${preview.changeSetType ? ` (${preview.changeSetType})` : ""}` : void 0;
  const rows = preview.changes.map((change) => [
    change.Action ?? "",
    code(change.LogicalResourceId ?? ""),
    change.ResourceType ?? "",
    replacementCell(change)
  ]);
  const properties = preview.changes.map(propertyDetails).filter((block) => block !== void 0);
  return [
    heading,
    preview.note,
    changeSet,
    gateSection(preview.gate),
    rows.length > 0 ? table(["Action", "Logical id", "Type", "Replacement"], rows) : void 0,
    properties.length > 0 ? properties.join("\n\n") : void 0,
    parameterSection(preview.parameters)
  ].filter((section) => section !== void 0).join("\n\n");
}
function truncate(markdown, limit, pointer) {
  if (markdown.length <= limit) return markdown;
  const closer = "\n\n</details>";
  const notice = `

> [!NOTE]
> Truncated: the rest did not fit in a pull-request comment. ${pointer}`;
  const budget = limit - notice.length;
  const kept = [];
  let used = 0;
  let open = 0;
  for (const line of markdown.split("\n")) {
    const openAfter = open + (line.match(/<details>/g) ?? []).length - (line.match(/<\/details>/g) ?? []).length;
    if (used + line.length + 1 + closer.length * Math.max(0, openAfter) > budget) break;
    kept.push(line);
    used += line.length + 1;
    open = openAfter;
  }
  return kept.join("\n") + closer.repeat(Math.max(0, open)) + notice;
}

// actions/deploy-stack/src/template.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFile } from "node:fs/promises";
var INLINE_TEMPLATE_LIMIT = 51200;
var isRecord = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
function parseTemplate(path, body) {
  const document = (0, import_yaml.parseDocument)(body, { prettyErrors: false });
  const [firstError] = document.errors;
  if (firstError) {
    throw new InputError("template", `${path} is not valid YAML or JSON: ${firstError.message}`);
  }
  const root2 = document.toJS();
  if (!isRecord(root2) || !isRecord(root2.Resources)) {
    throw new InputError(
      "template",
      `${path} is not a CloudFormation template: expected a "Resources" mapping`
    );
  }
  const declared = isRecord(root2.Parameters) ? root2.Parameters : {};
  const parameters = /* @__PURE__ */ new Map();
  for (const [name, definition] of Object.entries(declared)) {
    const spec2 = isRecord(definition) ? definition : {};
    parameters.set(name, {
      name,
      hasDefault: spec2.Default !== void 0,
      noEcho: spec2.NoEcho === true || spec2.NoEcho === "true"
    });
  }
  return { path, body, bytes: Buffer.byteLength(body, "utf8"), parameters };
}
var TemplateTooLargeError = class extends InputError {
  constructor(template) {
    super(
      "template",
      `${template.path} is ${template.bytes} bytes, over CloudFormation's ${INLINE_TEMPLATE_LIMIT}-byte limit for inline templates: set template-bucket to upload it to S3`
    );
  }
};
function checkTemplateSize(template, templateBucket) {
  if (template.bytes > INLINE_TEMPLATE_LIMIT && !templateBucket) throw new TemplateTooLargeError(template);
}
async function readTemplate(path) {
  let body;
  try {
    body = await readFile(path, "utf8");
  } catch (error) {
    const reason = error.code === "ENOENT" ? "does not exist" : String(error);
    throw new InputError("template", `expected a path to a template file; ${path} ${reason}`);
  }
  return parseTemplate(path, body);
}

// actions/deploy-stack/src/deploy.ts
var noGate = { destructive: [], blocked: [] };
async function deployStack(options, deps) {
  checkTemplateSize(options.template, options.templateBucket);
  const session = startSession(options, deps);
  const { stackName } = options;
  const { stack, decision } = await settleStack(session);
  if (decision.action === "blocked") throw new Error(`Cannot deploy stack ${stackName}: ${decision.reason}`);
  if (decision.action === "recreate") {
    const why = `Stack ${stackName} is in ROLLBACK_COMPLETE: its first create failed and it holds no resources`;
    if (options.mode === "preview")
      return recreatePreview(stackName, stack, `\u26A0\uFE0F ${why}; deploy will delete it and create it again.`);
    session.log(`${why}, so it is deleted and created again.`);
    await deleteFailedStack(session, stack?.StackId ?? stackName, options.roleArn);
  }
  const existing = decision.action === "update" ? stack : void 0;
  const request = await changeSetRequest(options, deps, existing);
  const created = await createChangeSet(session.cfn, request, session.signal).catch((error) => {
    if (isAwsError(error, "ValidationError", /No updates are to be performed/)) return void 0;
    throw error;
  });
  if (!created) {
    session.log(`No changes to ${stackName}: CreateChangeSet answered "No updates are to be performed."`);
    return finishUnchanged(session, options, existing, existing?.StackId ?? "");
  }
  session.log(`Created ${request.ChangeSetType} change set ${options.changeSetName} for ${stackName}`);
  const outcome = await waitForChangeSet(
    session.cfn,
    created.id,
    session.waitOptions("the change set to be created")
  );
  if (!outcome.ready) {
    session.log(`No changes to ${stackName}: ${outcome.reason}`);
    await deleteChangeSet(session.cfn, created.id, session.signal);
    return finishUnchanged(session, options, existing, created.stackId);
  }
  const preview = await reviewChangeSet(session, options, created, existing, request);
  if (options.mode === "preview" || preview.gate.blocked.length > 0) {
    await deleteChangeSet(session.cfn, created.id, session.signal);
    const result2 = {
      ...stackFacts(await describeStack(session, stackName), created.stackId),
      hasChanges: true,
      changeSetId: created.id,
      preview
    };
    if (options.mode === "preview") return result2;
    return { ...result2, failure: { message: describeBlocked(preview.gate.blocked), gate: preview.gate } };
  }
  const execution = await executeChangeSet(session, created, {
    operation: request.ChangeSetType ?? "UPDATE",
    timeoutSeconds: options.timeoutSeconds,
    group: deps.group
  });
  const result = {
    ...stackFacts(execution.stack, created.stackId),
    hasChanges: true,
    changeSetId: created.id,
    preview
  };
  if (!execution.ok)
    return { ...result, failure: { message: execution.message, rootCause: execution.rootCause } };
  const protection = await applyTerminationProtection(
    session,
    execution.stack,
    options.terminationProtection
  );
  return protection ? { ...result, failure: protection } : result;
}
function startSession(options, deps) {
  const deadline = Date.now() + options.timeoutSeconds * 1e3;
  const minDelaySeconds = options.minDelaySeconds ?? 3;
  return {
    cfn: deps.cfn,
    stackName: options.stackName,
    log: deps.log,
    signal: deps.signal,
    waitOptions: (what) => {
      const remaining = (deadline - Date.now()) / 1e3;
      if (remaining <= minDelaySeconds) throw new WaitTimeoutError(what, options.timeoutSeconds);
      return {
        what,
        timeoutSeconds: remaining,
        minDelaySeconds,
        maxDelaySeconds: options.maxDelaySeconds ?? 10,
        signal: deps.signal,
        log: deps.log
      };
    }
  };
}
function recreatePreview(stackName, stack, note) {
  return {
    stackId: stack?.StackId ?? "",
    status: stack?.StackStatus ?? "",
    hasChanges: true,
    outputs: {},
    preview: { stackName, changes: [], parameters: [], gate: noGate, note }
  };
}
async function changeSetRequest(options, deps, existing) {
  const parameters = planParameters({
    given: options.parameters,
    keepPrevious: options.keepPrevious,
    declared: options.template.parameters,
    existing: existing ? new Set((existing.Parameters ?? []).map((p) => p.ParameterKey ?? "")) : void 0
  });
  const templateSource = options.template.bytes > INLINE_TEMPLATE_LIMIT && options.templateBucket && deps.uploadTemplate ? { TemplateURL: await deps.uploadTemplate(options.templateBucket, options.template) } : { TemplateBody: options.template.body };
  return {
    StackName: options.stackName,
    ChangeSetName: options.changeSetName,
    ChangeSetType: existing ? "UPDATE" : "CREATE",
    ...templateSource,
    Parameters: parameters,
    Capabilities: options.capabilities,
    Tags: options.tags.length > 0 ? options.tags : void 0,
    RoleARN: options.roleArn,
    Description: `deploy-stack ${options.mode}`
  };
}
async function finishUnchanged(session, options, existing, stackId) {
  const protection = options.mode === "deploy" ? await applyTerminationProtection(session, existing, options.terminationProtection) : void 0;
  const final = await describeStack(session, options.stackName) ?? existing;
  return {
    ...stackFacts(final, stackId),
    hasChanges: false,
    preview: { stackName: options.stackName, changes: [], parameters: [], gate: noGate, note: "No changes." },
    ...protection ? { failure: protection } : {}
  };
}
async function reviewChangeSet(session, options, created, existing, request) {
  const changeSet = await describeChangeSet(session.cfn, created.id, session.signal);
  const changes = (changeSet.Changes ?? []).flatMap(
    (change) => change.ResourceChange ? [change.ResourceChange] : []
  );
  const noEcho = new Set(
    [...options.template.parameters.values()].filter((p) => p.noEcho).map((p) => p.name)
  );
  const planned = request.Parameters ?? [];
  return {
    stackName: options.stackName,
    changeSetName: options.changeSetName,
    changeSetType: request.ChangeSetType,
    changes,
    parameters: diffParameters(existing?.Parameters, planned, changeSet.Parameters ?? [], noEcho),
    gate: evaluateGate(changes, options.gate)
  };
}

// actions/deploy-stack/src/options.ts
import { existsSync, readFileSync } from "node:fs";
var CAPABILITIES = [
  "CAPABILITY_IAM",
  "CAPABILITY_NAMED_IAM",
  "CAPABILITY_AUTO_EXPAND"
];
var COMMENT_MODES = ["true", "changes-only", "false"];
var readIfExists = (path) => existsSync(path) ? readFileSync(path, "utf8") : void 0;
var isExpression = (value) => /^\$\{\{.*\}\}$/s.test(value);
async function readOptions(inputs, env = process.env, now = Date.now) {
  const stackName = inputs.required("stack-name");
  if (!/^[A-Za-z][-A-Za-z0-9]{0,127}$/.test(stackName)) {
    throw new InputError(
      "stack-name",
      `expected a letter then letters, digits or hyphens (at most 128 characters), got "${stackName}"`
    );
  }
  const mode = inputs.oneOf("mode", ["deploy", "preview"]);
  const comment = inputs.oneOf("comment", COMMENT_MODES);
  const capabilities = inputs.list("capabilities");
  for (const capability of capabilities) {
    if (!CAPABILITIES.includes(capability)) {
      throw new InputError("capabilities", `expected any of ${CAPABILITIES.join(", ")}, got "${capability}"`);
    }
  }
  const roleArn = inputs.optional("role-arn");
  if (roleArn !== void 0 && !/^arn:aws[a-z-]*:iam::\d{12}:role\/.+$/.test(roleArn)) {
    throw new InputError(
      "role-arn",
      `expected an IAM role ARN (arn:aws:iam::123456789012:role/name), got "${roleArn}"`
    );
  }
  const timeoutMinutes = inputs.integer("timeout-minutes", { min: 1, max: 360 });
  const terminationProtection = inputs.boolean("termination-protection");
  const template = await readTemplate(inputs.required("template"));
  const templateBucket = inputs.optional("template-bucket");
  checkTemplateSize(template, templateBucket);
  const parameters = await parseParameters(inputs.lines("parameters").join("\n"), readIfExists);
  checkDeclared(parameters, template.parameters);
  checkKeepPrevious(inputs.list("keep-previous"), template);
  const tags = unique("tags", inputs.keyValues("tags")).map(([Key, Value]) => ({ Key, Value }));
  const secrets = [...parameters.values].filter(([key, value]) => template.parameters.get(key)?.noEcho && value !== "").map(([, value]) => value);
  const token = inputs.optional("github-token");
  const run = [env.GITHUB_RUN_ID, env.GITHUB_RUN_ATTEMPT].filter(Boolean).join("-");
  return {
    stackName,
    template,
    parameters,
    keepPrevious: new Set(inputs.list("keep-previous")),
    capabilities,
    tags,
    roleArn,
    mode,
    terminationProtection,
    timeoutSeconds: timeoutMinutes * 60,
    gate: { allow: inputs.list("allow-replacement"), statefulTypes: inputs.list("stateful-types") },
    changeSetName: `deploy-stack-${mode}-${run ? `${run}-` : ""}${now().toString(36)}`,
    templateBucket,
    comment,
    githubToken: token === void 0 || isExpression(token) ? void 0 : inputs.secret("github-token"),
    secrets
  };
}
async function parseParameters(text, readFile2) {
  const lines = splitLines(text);
  const only = lines.length === 1 ? lines[0] : void 0;
  if (only !== void 0 && (!only.includes("=") || /\.(json|ya?ml)$/i.test(only))) {
    const content = readFile2(only);
    if (content === void 0) {
      throw new InputError(
        "parameters",
        `expected Key=Value lines or a path to a JSON/YAML file; ${only} does not exist`
      );
    }
    const { parseParameterFile } = await import("./chunks/parameter-file-QCVWEUF4.js");
    return parseParameterFile(only, content);
  }
  const values = /* @__PURE__ */ new Map();
  for (const [key, value] of unique("parameters", parseKeyValueLines("parameters", text)))
    values.set(key, value);
  return { values, usePrevious: /* @__PURE__ */ new Set() };
}
function unique(input, pairs) {
  const seen = /* @__PURE__ */ new Set();
  for (const [key] of pairs) {
    if (seen.has(key)) throw new InputError(input, `"${key}" is given more than once`);
    seen.add(key);
  }
  return pairs;
}
function checkKeepPrevious(names, template) {
  for (const name of names) {
    if (!template.parameters.has(name)) {
      const declared = [...template.parameters.keys()];
      throw new InputError(
        "keep-previous",
        `"${name}" is not a parameter of ${template.path} (it declares ${declared.length > 0 ? declared.join(", ") : "none"})`
      );
    }
  }
}

// actions/deploy-stack/src/comment.ts
var commentMarker = (stackName) => `<!-- deploy-stack:${stackName} -->`;
var isForbidden = (error) => error instanceof Error && error.status === 403 && /Resource not accessible by integration/i.test(error.message);
async function findComment(octokit, target, marker) {
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100
  });
  for await (const { data } of pages) {
    const found = data.find((comment) => comment.body?.startsWith(marker));
    if (found) return found;
  }
  return void 0;
}
async function upsertComment(octokit, target, stackName, body, options = { createIfMissing: true }) {
  const marker = commentMarker(stackName);
  const full = `${marker}
${body}`;
  try {
    const existing = await findComment(octokit, target, marker);
    if (existing) {
      const { data: data2 } = await octokit.rest.issues.updateComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: existing.id,
        body: full
      });
      return { action: "updated", id: data2.id, url: data2.html_url };
    }
    if (!options.createIfMissing) return { action: "skipped" };
    const { data } = await octokit.rest.issues.createComment({
      owner: target.owner,
      repo: target.repo,
      issue_number: target.issueNumber,
      body: full
    });
    return { action: "created", id: data.id, url: data.html_url };
  } catch (error) {
    if (isForbidden(error)) return { action: "forbidden", message: error.message };
    throw error;
  }
}

// actions/deploy-stack/src/publish.ts
var OWN_OUTPUTS = /* @__PURE__ */ new Set(["stack-id", "status", "has-changes", "change-set-id", "outputs"]);
function setOutputs(result, setOutput2) {
  setOutput2("stack-id", result.stackId);
  setOutput2("status", result.status);
  setOutput2("has-changes", String(result.hasChanges));
  setOutput2("change-set-id", result.hasChanges ? result.changeSetId ?? "" : "");
  setOutput2("outputs", JSON.stringify(result.outputs));
  for (const [name, value] of Object.entries(result.outputs)) {
    if (OWN_OUTPUTS.has(name)) warning(`Stack output "${name}" is only in "outputs": the name is taken`);
    else setOutput2(name, value);
  }
}
function summaryMarkdown(result, mode) {
  const sections = [renderPreview(result.preview)];
  if (result.failure) {
    sections.push(`> [!CAUTION]
> **${mode} failed**: ${result.failure.message}`);
  } else if (mode === "deploy") {
    sections.push(`Stack status: ${code(result.status)}`);
  }
  return sections.join("\n\n");
}
function runUrl(env) {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = env;
  if (!GITHUB_SERVER_URL || !GITHUB_REPOSITORY || !GITHUB_RUN_ID) return void 0;
  return `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`;
}
async function postPreviewComment(octokit, target, result, options) {
  if (options.mode === "false") return { action: "skipped" };
  const pointer = options.runUrl ? `The whole preview is in the [job summary](${options.runUrl}).` : "The whole preview is in the job summary.";
  const limit = COMMENT_LIMIT - commentMarker(options.stackName).length - 1;
  return upsertComment(octokit, target, options.stackName, truncate(options.markdown, limit, pointer), {
    createIfMissing: options.mode === "true" || result.hasChanges
  });
}

// actions/deploy-stack/src/main.ts
async function main({ inputs, signal }, deps = {}) {
  const env = deps.env ?? process.env;
  const options = await readOptions(inputs, env);
  for (const secret of options.secrets) setSecret(secret);
  const cfn = nameFailures(deps.cfn ?? new CloudFormationClient(awsClientConfig(spec.name)));
  const result = await deployStack(options, {
    cfn,
    uploadTemplate: (bucket, template) => uploadTemplate(deps.s3, bucket, template),
    log: (line) => info(line),
    group: (title, body) => group(title, body),
    signal
  }).catch((error) => {
    throw error instanceof Error && "$metadata" in error ? new Error(describeAwsError(error), { cause: error }) : error;
  });
  setOutputs(result, setOutput);
  const markdown = summaryMarkdown(result, options.mode);
  await writeSummary(markdown);
  if (options.mode === "preview" && options.comment !== "false") {
    await commentOnPullRequest(
      options,
      await (deps.github ?? githubFromRunner)(),
      (octokit, target) => postPreviewComment(octokit, target, result, {
        mode: options.comment,
        stackName: options.stackName,
        markdown,
        runUrl: runUrl(env)
      })
    );
  }
  if (result.failure) throw new Error(result.failure.message);
}
async function uploadTemplate(s3, bucket, template) {
  const upload = await import("./chunks/template-upload-SKS5PC5E.js");
  const client = nameFailures(
    s3 ?? new (await import("./chunks/dist-es-JG5UYW2D.js")).S3Client(awsClientConfig(spec.name))
  );
  const url = await upload.uploadTemplate(client, bucket, template);
  info(`Uploaded ${template.path} (${template.bytes} bytes) to ${url}`);
  return url;
}
async function githubFromRunner() {
  const { context, getOctokit } = await import("./chunks/github-FN4JFCIK.js");
  const number = context.payload.pull_request?.number;
  return {
    ...context.repo,
    sha: context.sha,
    ...number === void 0 ? {} : { pullRequest: number },
    octokit: (token) => getOctokit(token)
  };
}
async function commentOnPullRequest(options, github, post) {
  const number = github.pullRequest;
  if (number === void 0) {
    info("Not a pull request: the preview is in the job summary only");
    return;
  }
  if (!options.githubToken) {
    warning("No github-token: the preview is in the job summary only");
    return;
  }
  const target = { owner: github.owner, repo: github.repo, issueNumber: number };
  const comment = await post(github.octokit(options.githubToken), target);
  if (comment.action === "forbidden") {
    warning(
      `Could not comment on pull request #${number} (${comment.message}): a pull request from a fork gets a read-only token. The preview is in the job summary.`
    );
  } else if (comment.action !== "skipped") {
    info(`Preview comment ${comment.action}: ${comment.url}`);
  }
}

// actions/deploy-stack/src/index.ts
await runAction(spec, main);
//# sourceMappingURL=index.js.map
