import { createRequire as __createRequire } from "node:module";
import { fileURLToPath as __fileURLToPath } from "node:url";
import { dirname as __pathDirname } from "node:path";
const require = __createRequire(import.meta.url);
const __filename = __fileURLToPath(import.meta.url);
const __dirname = __pathDirname(__filename);
import {
  SignatureV4MultiRegion
} from "./chunks/chunk-JVDXWX3S.js";
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
} from "./chunks/chunk-MABHUZ75.js";
import {
  ENV_KEY,
  ENV_SECRET,
  fromEnv
} from "./chunks/chunk-X7H3FD4B.js";
import {
  AwsRestXmlProtocol,
  AwsSdkSigV4ASigner,
  AwsSdkSigV4Signer,
  NODE_AUTH_SCHEME_PREFERENCE_OPTIONS,
  NODE_SIGV4A_CONFIG_OPTIONS,
  resolveAwsSdkSigV4AConfig,
  resolveAwsSdkSigV4Config
} from "./chunks/chunk-IVLMJSDC.js";
import {
  Crc32Node,
  Md5Node,
  Sha256Node,
  readableStreamHasher
} from "./chunks/chunk-RNFZFXQ5.js";
import {
  NodeHttpHandler
} from "./chunks/chunk-XB2HSRWH.js";
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
  getDefaultSocketTimeout,
  getEndpointPlugin,
  getHostHeaderPlugin,
  getHttpAuthSchemeEndpointRuleSetPlugin,
  getHttpSigningPlugin,
  getLoggerPlugin,
  getRecursionDetectionPlugin,
  getRetryPlugin,
  getUserAgentPlugin,
  httpSigningMiddlewareOptions,
  loadConfigsForDefaultMode,
  makeBuilder,
  resolveAwsRegionExtensionConfiguration,
  resolveDefaultRuntimeConfig,
  resolveEndpointConfig,
  resolveHostHeaderConfig,
  resolveParams,
  resolveRetryConfig,
  resolveUserAgentConfig,
  setFeature
} from "./chunks/chunk-X62Z7VPU.js";
import {
  CredentialsProviderError,
  ENV_PROFILE,
  NODE_REGION_CONFIG_FILE_OPTIONS,
  NODE_REGION_CONFIG_OPTIONS,
  NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS,
  NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS,
  SelectorType,
  booleanSelector,
  chain,
  getContentLengthPlugin,
  getHttpHandlerExtensionConfiguration,
  loadConfig,
  resolveDefaultsModeConfig,
  resolveHttpHandlerRuntimeConfig,
  resolveRegionConfig
} from "./chunks/chunk-DM24LCF3.js";
import {
  HttpRequest,
  HttpResponse,
  NormalizedSchema,
  TypeRegistry,
  calculateBodyLength,
  createBufferedReadable,
  createChecksumStream,
  fromBase64,
  fromUtf8,
  getAwsChunkedEncodingStream,
  getSchemaSerdePlugin,
  getSmithyContext,
  isArrayBuffer,
  normalizeProvider,
  parseUrl,
  sdkStreamMixin,
  streamCollector,
  toBase64,
  toUint8Array,
  toUtf8
} from "./chunks/chunk-D3P25JV5.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunks/chunk-JNL6YW74.js";

// node_modules/mime-db/db.json
var require_db = __commonJS({
  "node_modules/mime-db/db.json"(exports, module) {
    module.exports = {
      "application/1d-interleaved-parityfec": {
        source: "iana"
      },
      "application/3gpdash-qoe-report+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/3gpp-ims+xml": {
        source: "iana",
        compressible: true
      },
      "application/3gpphal+json": {
        source: "iana",
        compressible: true
      },
      "application/3gpphalforms+json": {
        source: "iana",
        compressible: true
      },
      "application/a2l": {
        source: "iana"
      },
      "application/ace+cbor": {
        source: "iana"
      },
      "application/ace+json": {
        source: "iana",
        compressible: true
      },
      "application/ace-groupcomm+cbor": {
        source: "iana"
      },
      "application/ace-trl+cbor": {
        source: "iana"
      },
      "application/activemessage": {
        source: "iana"
      },
      "application/activity+json": {
        source: "iana",
        compressible: true
      },
      "application/aif+cbor": {
        source: "iana"
      },
      "application/aif+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-cdni+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-cdnifilter+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-costmap+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-costmapfilter+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-directory+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-endpointcost+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-endpointcostparams+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-endpointprop+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-endpointpropparams+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-error+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-networkmap+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-networkmapfilter+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-propmap+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-propmapparams+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-tips+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-tipsparams+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-updatestreamcontrol+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-updatestreamparams+json": {
        source: "iana",
        compressible: true
      },
      "application/aml": {
        source: "iana"
      },
      "application/andrew-inset": {
        source: "iana",
        extensions: ["ez"]
      },
      "application/appinstaller": {
        compressible: false,
        extensions: ["appinstaller"]
      },
      "application/applefile": {
        source: "iana"
      },
      "application/applixware": {
        source: "apache",
        extensions: ["aw"]
      },
      "application/appx": {
        compressible: false,
        extensions: ["appx"]
      },
      "application/appxbundle": {
        compressible: false,
        extensions: ["appxbundle"]
      },
      "application/at+jwt": {
        source: "iana"
      },
      "application/atf": {
        source: "iana"
      },
      "application/atfx": {
        source: "iana"
      },
      "application/atom+xml": {
        source: "iana",
        compressible: true,
        extensions: ["atom"]
      },
      "application/atomcat+xml": {
        source: "iana",
        compressible: true,
        extensions: ["atomcat"]
      },
      "application/atomdeleted+xml": {
        source: "iana",
        compressible: true,
        extensions: ["atomdeleted"]
      },
      "application/atomicmail": {
        source: "iana"
      },
      "application/atomsvc+xml": {
        source: "iana",
        compressible: true,
        extensions: ["atomsvc"]
      },
      "application/atsc-dwd+xml": {
        source: "iana",
        compressible: true,
        extensions: ["dwd"]
      },
      "application/atsc-dynamic-event-message": {
        source: "iana"
      },
      "application/atsc-held+xml": {
        source: "iana",
        compressible: true,
        extensions: ["held"]
      },
      "application/atsc-rdt+json": {
        source: "iana",
        compressible: true
      },
      "application/atsc-rsat+xml": {
        source: "iana",
        compressible: true,
        extensions: ["rsat"]
      },
      "application/atxml": {
        source: "iana"
      },
      "application/auth-policy+xml": {
        source: "iana",
        compressible: true
      },
      "application/automationml-aml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["aml"]
      },
      "application/automationml-amlx+zip": {
        source: "iana",
        compressible: false,
        extensions: ["amlx"]
      },
      "application/bacnet-xdd+zip": {
        source: "iana",
        compressible: false
      },
      "application/batch-smtp": {
        source: "iana"
      },
      "application/bdoc": {
        compressible: false,
        extensions: ["bdoc"]
      },
      "application/beep+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/bufr": {
        source: "iana"
      },
      "application/c2pa": {
        source: "iana"
      },
      "application/calendar+json": {
        source: "iana",
        compressible: true
      },
      "application/calendar+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xcs"]
      },
      "application/call-completion": {
        source: "iana"
      },
      "application/cals-1840": {
        source: "iana"
      },
      "application/captive+json": {
        source: "iana",
        compressible: true
      },
      "application/cbor": {
        source: "iana"
      },
      "application/cbor-seq": {
        source: "iana"
      },
      "application/cccex": {
        source: "iana"
      },
      "application/ccmp+xml": {
        source: "iana",
        compressible: true
      },
      "application/ccxml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["ccxml"]
      },
      "application/cda+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/cdfx+xml": {
        source: "iana",
        compressible: true,
        extensions: ["cdfx"]
      },
      "application/cdmi-capability": {
        source: "iana",
        extensions: ["cdmia"]
      },
      "application/cdmi-container": {
        source: "iana",
        extensions: ["cdmic"]
      },
      "application/cdmi-domain": {
        source: "iana",
        extensions: ["cdmid"]
      },
      "application/cdmi-object": {
        source: "iana",
        extensions: ["cdmio"]
      },
      "application/cdmi-queue": {
        source: "iana",
        extensions: ["cdmiq"]
      },
      "application/cdni": {
        source: "iana"
      },
      "application/ce+cbor": {
        source: "iana"
      },
      "application/cea": {
        source: "iana"
      },
      "application/cea-2018+xml": {
        source: "iana",
        compressible: true
      },
      "application/cellml+xml": {
        source: "iana",
        compressible: true
      },
      "application/cfw": {
        source: "iana"
      },
      "application/cid-edhoc+cbor-seq": {
        source: "iana"
      },
      "application/city+json": {
        source: "iana",
        compressible: true
      },
      "application/city+json-seq": {
        source: "iana"
      },
      "application/clr": {
        source: "iana"
      },
      "application/clue+xml": {
        source: "iana",
        compressible: true
      },
      "application/clue_info+xml": {
        source: "iana",
        compressible: true
      },
      "application/cms": {
        source: "iana"
      },
      "application/cnrp+xml": {
        source: "iana",
        compressible: true
      },
      "application/coap-eap": {
        source: "iana"
      },
      "application/coap-group+json": {
        source: "iana",
        compressible: true
      },
      "application/coap-payload": {
        source: "iana"
      },
      "application/commonground": {
        source: "iana"
      },
      "application/concise-problem-details+cbor": {
        source: "iana"
      },
      "application/conference-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/cose": {
        source: "iana"
      },
      "application/cose-key": {
        source: "iana"
      },
      "application/cose-key-set": {
        source: "iana"
      },
      "application/cose-x509": {
        source: "iana"
      },
      "application/cpl+xml": {
        source: "iana",
        compressible: true,
        extensions: ["cpl"]
      },
      "application/csrattrs": {
        source: "iana"
      },
      "application/csta+xml": {
        source: "iana",
        compressible: true
      },
      "application/cstadata+xml": {
        source: "iana",
        compressible: true
      },
      "application/csvm+json": {
        source: "iana",
        compressible: true
      },
      "application/cu-seeme": {
        source: "apache",
        extensions: ["cu"]
      },
      "application/cwl": {
        source: "iana",
        extensions: ["cwl"]
      },
      "application/cwl+json": {
        source: "iana",
        compressible: true
      },
      "application/cwl+yaml": {
        source: "iana"
      },
      "application/cwt": {
        source: "iana"
      },
      "application/cybercash": {
        source: "iana"
      },
      "application/dart": {
        compressible: true
      },
      "application/dash+xml": {
        source: "iana",
        compressible: true,
        extensions: ["mpd"]
      },
      "application/dash-patch+xml": {
        source: "iana",
        compressible: true,
        extensions: ["mpp"]
      },
      "application/dashdelta": {
        source: "iana"
      },
      "application/davmount+xml": {
        source: "iana",
        compressible: true,
        extensions: ["davmount"]
      },
      "application/dca-rft": {
        source: "iana"
      },
      "application/dcd": {
        source: "iana"
      },
      "application/dec-dx": {
        source: "iana"
      },
      "application/dialog-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/dicom": {
        source: "iana",
        extensions: ["dcm"]
      },
      "application/dicom+json": {
        source: "iana",
        compressible: true
      },
      "application/dicom+xml": {
        source: "iana",
        compressible: true
      },
      "application/dii": {
        source: "iana"
      },
      "application/dit": {
        source: "iana"
      },
      "application/dns": {
        source: "iana"
      },
      "application/dns+json": {
        source: "iana",
        compressible: true
      },
      "application/dns-message": {
        source: "iana"
      },
      "application/docbook+xml": {
        source: "apache",
        compressible: true,
        extensions: ["dbk"]
      },
      "application/dots+cbor": {
        source: "iana"
      },
      "application/dpop+jwt": {
        source: "iana"
      },
      "application/dskpp+xml": {
        source: "iana",
        compressible: true
      },
      "application/dssc+der": {
        source: "iana",
        extensions: ["dssc"]
      },
      "application/dssc+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xdssc"]
      },
      "application/dvcs": {
        source: "iana"
      },
      "application/eat+cwt": {
        source: "iana"
      },
      "application/eat+jwt": {
        source: "iana"
      },
      "application/eat-bun+cbor": {
        source: "iana"
      },
      "application/eat-bun+json": {
        source: "iana",
        compressible: true
      },
      "application/eat-ucs+cbor": {
        source: "iana"
      },
      "application/eat-ucs+json": {
        source: "iana",
        compressible: true
      },
      "application/ecmascript": {
        source: "apache",
        compressible: true,
        extensions: ["ecma"]
      },
      "application/edhoc+cbor-seq": {
        source: "iana"
      },
      "application/edi-consent": {
        source: "iana"
      },
      "application/edi-x12": {
        source: "iana",
        compressible: false
      },
      "application/edifact": {
        source: "iana",
        compressible: false
      },
      "application/efi": {
        source: "iana"
      },
      "application/elm+json": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/elm+xml": {
        source: "iana",
        compressible: true
      },
      "application/emergencycalldata.cap+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/emergencycalldata.comment+xml": {
        source: "iana",
        compressible: true
      },
      "application/emergencycalldata.control+xml": {
        source: "iana",
        compressible: true
      },
      "application/emergencycalldata.deviceinfo+xml": {
        source: "iana",
        compressible: true
      },
      "application/emergencycalldata.ecall.msd": {
        source: "iana"
      },
      "application/emergencycalldata.legacyesn+json": {
        source: "iana",
        compressible: true
      },
      "application/emergencycalldata.providerinfo+xml": {
        source: "iana",
        compressible: true
      },
      "application/emergencycalldata.serviceinfo+xml": {
        source: "iana",
        compressible: true
      },
      "application/emergencycalldata.subscriberinfo+xml": {
        source: "iana",
        compressible: true
      },
      "application/emergencycalldata.veds+xml": {
        source: "iana",
        compressible: true
      },
      "application/emma+xml": {
        source: "iana",
        compressible: true,
        extensions: ["emma"]
      },
      "application/emotionml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["emotionml"]
      },
      "application/encaprtp": {
        source: "iana"
      },
      "application/entity-statement+jwt": {
        source: "iana"
      },
      "application/epp+xml": {
        source: "iana",
        compressible: true
      },
      "application/epub+zip": {
        source: "iana",
        compressible: false,
        extensions: ["epub"]
      },
      "application/eshop": {
        source: "iana"
      },
      "application/exi": {
        source: "iana",
        extensions: ["exi"]
      },
      "application/expect-ct-report+json": {
        source: "iana",
        compressible: true
      },
      "application/express": {
        source: "iana",
        extensions: ["exp"]
      },
      "application/fastinfoset": {
        source: "iana"
      },
      "application/fastsoap": {
        source: "iana"
      },
      "application/fdf": {
        source: "iana",
        extensions: ["fdf"]
      },
      "application/fdt+xml": {
        source: "iana",
        compressible: true,
        extensions: ["fdt"]
      },
      "application/fhir+json": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/fhir+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/fido.trusted-apps+json": {
        compressible: true
      },
      "application/fits": {
        source: "iana"
      },
      "application/flexfec": {
        source: "iana"
      },
      "application/font-sfnt": {
        source: "iana"
      },
      "application/font-tdpfr": {
        source: "iana",
        extensions: ["pfr"]
      },
      "application/font-woff": {
        source: "iana",
        compressible: false
      },
      "application/framework-attributes+xml": {
        source: "iana",
        compressible: true
      },
      "application/geo+json": {
        source: "iana",
        compressible: true,
        extensions: ["geojson"]
      },
      "application/geo+json-seq": {
        source: "iana"
      },
      "application/geopackage+sqlite3": {
        source: "iana"
      },
      "application/geopose+json": {
        source: "iana",
        compressible: true
      },
      "application/geoxacml+json": {
        source: "iana",
        compressible: true
      },
      "application/geoxacml+xml": {
        source: "iana",
        compressible: true
      },
      "application/gltf-buffer": {
        source: "iana"
      },
      "application/gml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["gml"]
      },
      "application/gnap-binding-jws": {
        source: "iana"
      },
      "application/gnap-binding-jwsd": {
        source: "iana"
      },
      "application/gnap-binding-rotation-jws": {
        source: "iana"
      },
      "application/gnap-binding-rotation-jwsd": {
        source: "iana"
      },
      "application/gpx+xml": {
        source: "apache",
        compressible: true,
        extensions: ["gpx"]
      },
      "application/grib": {
        source: "iana"
      },
      "application/gxf": {
        source: "apache",
        extensions: ["gxf"]
      },
      "application/gzip": {
        source: "iana",
        compressible: false,
        extensions: ["gz"]
      },
      "application/h224": {
        source: "iana"
      },
      "application/held+xml": {
        source: "iana",
        compressible: true
      },
      "application/hjson": {
        extensions: ["hjson"]
      },
      "application/hl7v2+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/http": {
        source: "iana"
      },
      "application/hyperstudio": {
        source: "iana",
        extensions: ["stk"]
      },
      "application/ibe-key-request+xml": {
        source: "iana",
        compressible: true
      },
      "application/ibe-pkg-reply+xml": {
        source: "iana",
        compressible: true
      },
      "application/ibe-pp-data": {
        source: "iana"
      },
      "application/iges": {
        source: "iana"
      },
      "application/im-iscomposing+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/index": {
        source: "iana"
      },
      "application/index.cmd": {
        source: "iana"
      },
      "application/index.obj": {
        source: "iana"
      },
      "application/index.response": {
        source: "iana"
      },
      "application/index.vnd": {
        source: "iana"
      },
      "application/inkml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["ink", "inkml"]
      },
      "application/iotp": {
        source: "iana"
      },
      "application/ipfix": {
        source: "iana",
        extensions: ["ipfix"]
      },
      "application/ipp": {
        source: "iana"
      },
      "application/isup": {
        source: "iana"
      },
      "application/its+xml": {
        source: "iana",
        compressible: true,
        extensions: ["its"]
      },
      "application/java-archive": {
        source: "iana",
        compressible: false,
        extensions: ["jar", "war", "ear"]
      },
      "application/java-serialized-object": {
        source: "apache",
        compressible: false,
        extensions: ["ser"]
      },
      "application/java-vm": {
        source: "apache",
        compressible: false,
        extensions: ["class"]
      },
      "application/javascript": {
        source: "apache",
        charset: "UTF-8",
        compressible: true,
        extensions: ["js"]
      },
      "application/jf2feed+json": {
        source: "iana",
        compressible: true
      },
      "application/jose": {
        source: "iana"
      },
      "application/jose+json": {
        source: "iana",
        compressible: true
      },
      "application/jrd+json": {
        source: "iana",
        compressible: true
      },
      "application/jscalendar+json": {
        source: "iana",
        compressible: true
      },
      "application/jscontact+json": {
        source: "iana",
        compressible: true
      },
      "application/json": {
        source: "iana",
        charset: "UTF-8",
        compressible: true,
        extensions: ["json", "map"]
      },
      "application/json-patch+json": {
        source: "iana",
        compressible: true
      },
      "application/json-seq": {
        source: "iana"
      },
      "application/json5": {
        extensions: ["json5"]
      },
      "application/jsonml+json": {
        source: "apache",
        compressible: true,
        extensions: ["jsonml"]
      },
      "application/jsonpath": {
        source: "iana"
      },
      "application/jwk+json": {
        source: "iana",
        compressible: true
      },
      "application/jwk-set+json": {
        source: "iana",
        compressible: true
      },
      "application/jwk-set+jwt": {
        source: "iana"
      },
      "application/jwt": {
        source: "iana"
      },
      "application/kpml-request+xml": {
        source: "iana",
        compressible: true
      },
      "application/kpml-response+xml": {
        source: "iana",
        compressible: true
      },
      "application/ld+json": {
        source: "iana",
        compressible: true,
        extensions: ["jsonld"]
      },
      "application/lgr+xml": {
        source: "iana",
        compressible: true,
        extensions: ["lgr"]
      },
      "application/link-format": {
        source: "iana"
      },
      "application/linkset": {
        source: "iana"
      },
      "application/linkset+json": {
        source: "iana",
        compressible: true
      },
      "application/load-control+xml": {
        source: "iana",
        compressible: true
      },
      "application/logout+jwt": {
        source: "iana"
      },
      "application/lost+xml": {
        source: "iana",
        compressible: true,
        extensions: ["lostxml"]
      },
      "application/lostsync+xml": {
        source: "iana",
        compressible: true
      },
      "application/lpf+zip": {
        source: "iana",
        compressible: false
      },
      "application/lxf": {
        source: "iana"
      },
      "application/mac-binhex40": {
        source: "iana",
        extensions: ["hqx"]
      },
      "application/mac-compactpro": {
        source: "apache",
        extensions: ["cpt"]
      },
      "application/macwriteii": {
        source: "iana"
      },
      "application/mads+xml": {
        source: "iana",
        compressible: true,
        extensions: ["mads"]
      },
      "application/manifest+json": {
        source: "iana",
        charset: "UTF-8",
        compressible: true,
        extensions: ["webmanifest"]
      },
      "application/marc": {
        source: "iana",
        extensions: ["mrc"]
      },
      "application/marcxml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["mrcx"]
      },
      "application/mathematica": {
        source: "iana",
        extensions: ["ma", "nb", "mb"]
      },
      "application/mathml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["mathml"]
      },
      "application/mathml-content+xml": {
        source: "iana",
        compressible: true
      },
      "application/mathml-presentation+xml": {
        source: "iana",
        compressible: true
      },
      "application/mbms-associated-procedure-description+xml": {
        source: "iana",
        compressible: true
      },
      "application/mbms-deregister+xml": {
        source: "iana",
        compressible: true
      },
      "application/mbms-envelope+xml": {
        source: "iana",
        compressible: true
      },
      "application/mbms-msk+xml": {
        source: "iana",
        compressible: true
      },
      "application/mbms-msk-response+xml": {
        source: "iana",
        compressible: true
      },
      "application/mbms-protection-description+xml": {
        source: "iana",
        compressible: true
      },
      "application/mbms-reception-report+xml": {
        source: "iana",
        compressible: true
      },
      "application/mbms-register+xml": {
        source: "iana",
        compressible: true
      },
      "application/mbms-register-response+xml": {
        source: "iana",
        compressible: true
      },
      "application/mbms-schedule+xml": {
        source: "iana",
        compressible: true
      },
      "application/mbms-user-service-description+xml": {
        source: "iana",
        compressible: true
      },
      "application/mbox": {
        source: "iana",
        extensions: ["mbox"]
      },
      "application/media-policy-dataset+xml": {
        source: "iana",
        compressible: true,
        extensions: ["mpf"]
      },
      "application/media_control+xml": {
        source: "iana",
        compressible: true
      },
      "application/mediaservercontrol+xml": {
        source: "iana",
        compressible: true,
        extensions: ["mscml"]
      },
      "application/merge-patch+json": {
        source: "iana",
        compressible: true
      },
      "application/metalink+xml": {
        source: "apache",
        compressible: true,
        extensions: ["metalink"]
      },
      "application/metalink4+xml": {
        source: "iana",
        compressible: true,
        extensions: ["meta4"]
      },
      "application/mets+xml": {
        source: "iana",
        compressible: true,
        extensions: ["mets"]
      },
      "application/mf4": {
        source: "iana"
      },
      "application/mikey": {
        source: "iana"
      },
      "application/mipc": {
        source: "iana"
      },
      "application/missing-blocks+cbor-seq": {
        source: "iana"
      },
      "application/mmt-aei+xml": {
        source: "iana",
        compressible: true,
        extensions: ["maei"]
      },
      "application/mmt-usd+xml": {
        source: "iana",
        compressible: true,
        extensions: ["musd"]
      },
      "application/mods+xml": {
        source: "iana",
        compressible: true,
        extensions: ["mods"]
      },
      "application/moss-keys": {
        source: "iana"
      },
      "application/moss-signature": {
        source: "iana"
      },
      "application/mosskey-data": {
        source: "iana"
      },
      "application/mosskey-request": {
        source: "iana"
      },
      "application/mp21": {
        source: "iana",
        extensions: ["m21", "mp21"]
      },
      "application/mp4": {
        source: "iana",
        extensions: ["mp4", "mpg4", "mp4s", "m4p"]
      },
      "application/mpeg4-generic": {
        source: "iana"
      },
      "application/mpeg4-iod": {
        source: "iana"
      },
      "application/mpeg4-iod-xmt": {
        source: "iana"
      },
      "application/mrb-consumer+xml": {
        source: "iana",
        compressible: true
      },
      "application/mrb-publish+xml": {
        source: "iana",
        compressible: true
      },
      "application/msc-ivr+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/msc-mixer+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/msix": {
        compressible: false,
        extensions: ["msix"]
      },
      "application/msixbundle": {
        compressible: false,
        extensions: ["msixbundle"]
      },
      "application/msword": {
        source: "iana",
        compressible: false,
        extensions: ["doc", "dot"]
      },
      "application/mud+json": {
        source: "iana",
        compressible: true
      },
      "application/multipart-core": {
        source: "iana"
      },
      "application/mxf": {
        source: "iana",
        extensions: ["mxf"]
      },
      "application/n-quads": {
        source: "iana",
        extensions: ["nq"]
      },
      "application/n-triples": {
        source: "iana",
        extensions: ["nt"]
      },
      "application/nasdata": {
        source: "iana"
      },
      "application/news-checkgroups": {
        source: "iana",
        charset: "US-ASCII"
      },
      "application/news-groupinfo": {
        source: "iana",
        charset: "US-ASCII"
      },
      "application/news-transmission": {
        source: "iana"
      },
      "application/nlsml+xml": {
        source: "iana",
        compressible: true
      },
      "application/node": {
        source: "iana",
        extensions: ["cjs"]
      },
      "application/nss": {
        source: "iana"
      },
      "application/oauth-authz-req+jwt": {
        source: "iana"
      },
      "application/oblivious-dns-message": {
        source: "iana"
      },
      "application/ocsp-request": {
        source: "iana"
      },
      "application/ocsp-response": {
        source: "iana"
      },
      "application/octet-stream": {
        source: "iana",
        compressible: true,
        extensions: ["bin", "dms", "lrf", "mar", "so", "dist", "distz", "pkg", "bpk", "dump", "elc", "deploy", "exe", "dll", "deb", "dmg", "iso", "img", "msi", "msp", "msm", "buffer"]
      },
      "application/oda": {
        source: "iana",
        extensions: ["oda"]
      },
      "application/odm+xml": {
        source: "iana",
        compressible: true
      },
      "application/odx": {
        source: "iana"
      },
      "application/oebps-package+xml": {
        source: "iana",
        compressible: true,
        extensions: ["opf"]
      },
      "application/ogg": {
        source: "iana",
        compressible: false,
        extensions: ["ogx"]
      },
      "application/ohttp-keys": {
        source: "iana"
      },
      "application/omdoc+xml": {
        source: "apache",
        compressible: true,
        extensions: ["omdoc"]
      },
      "application/onenote": {
        source: "apache",
        extensions: ["onetoc", "onetoc2", "onetmp", "onepkg", "one", "onea"]
      },
      "application/opc-nodeset+xml": {
        source: "iana",
        compressible: true
      },
      "application/oscore": {
        source: "iana"
      },
      "application/oxps": {
        source: "iana",
        extensions: ["oxps"]
      },
      "application/p21": {
        source: "iana"
      },
      "application/p21+zip": {
        source: "iana",
        compressible: false
      },
      "application/p2p-overlay+xml": {
        source: "iana",
        compressible: true,
        extensions: ["relo"]
      },
      "application/parityfec": {
        source: "iana"
      },
      "application/passport": {
        source: "iana"
      },
      "application/patch-ops-error+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xer"]
      },
      "application/pdf": {
        source: "iana",
        compressible: false,
        extensions: ["pdf"]
      },
      "application/pdx": {
        source: "iana"
      },
      "application/pem-certificate-chain": {
        source: "iana"
      },
      "application/pgp-encrypted": {
        source: "iana",
        compressible: false,
        extensions: ["pgp"]
      },
      "application/pgp-keys": {
        source: "iana",
        extensions: ["asc"]
      },
      "application/pgp-signature": {
        source: "iana",
        extensions: ["sig", "asc"]
      },
      "application/pics-rules": {
        source: "apache",
        extensions: ["prf"]
      },
      "application/pidf+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/pidf-diff+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/pkcs10": {
        source: "iana",
        extensions: ["p10"]
      },
      "application/pkcs12": {
        source: "iana"
      },
      "application/pkcs7-mime": {
        source: "iana",
        extensions: ["p7m", "p7c"]
      },
      "application/pkcs7-signature": {
        source: "iana",
        extensions: ["p7s"]
      },
      "application/pkcs8": {
        source: "iana",
        extensions: ["p8"]
      },
      "application/pkcs8-encrypted": {
        source: "iana"
      },
      "application/pkix-attr-cert": {
        source: "iana",
        extensions: ["ac"]
      },
      "application/pkix-cert": {
        source: "iana",
        extensions: ["cer"]
      },
      "application/pkix-crl": {
        source: "iana",
        extensions: ["crl"]
      },
      "application/pkix-pkipath": {
        source: "iana",
        extensions: ["pkipath"]
      },
      "application/pkixcmp": {
        source: "iana",
        extensions: ["pki"]
      },
      "application/pls+xml": {
        source: "iana",
        compressible: true,
        extensions: ["pls"]
      },
      "application/poc-settings+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/postscript": {
        source: "iana",
        compressible: true,
        extensions: ["ai", "eps", "ps"]
      },
      "application/ppsp-tracker+json": {
        source: "iana",
        compressible: true
      },
      "application/private-token-issuer-directory": {
        source: "iana"
      },
      "application/private-token-request": {
        source: "iana"
      },
      "application/private-token-response": {
        source: "iana"
      },
      "application/problem+json": {
        source: "iana",
        compressible: true
      },
      "application/problem+xml": {
        source: "iana",
        compressible: true
      },
      "application/provenance+xml": {
        source: "iana",
        compressible: true,
        extensions: ["provx"]
      },
      "application/provided-claims+jwt": {
        source: "iana"
      },
      "application/prs.alvestrand.titrax-sheet": {
        source: "iana"
      },
      "application/prs.cww": {
        source: "iana",
        extensions: ["cww"]
      },
      "application/prs.cyn": {
        source: "iana",
        charset: "7-BIT"
      },
      "application/prs.hpub+zip": {
        source: "iana",
        compressible: false
      },
      "application/prs.implied-document+xml": {
        source: "iana",
        compressible: true
      },
      "application/prs.implied-executable": {
        source: "iana"
      },
      "application/prs.implied-object+json": {
        source: "iana",
        compressible: true
      },
      "application/prs.implied-object+json-seq": {
        source: "iana"
      },
      "application/prs.implied-object+yaml": {
        source: "iana"
      },
      "application/prs.implied-structure": {
        source: "iana"
      },
      "application/prs.mayfile": {
        source: "iana"
      },
      "application/prs.nprend": {
        source: "iana"
      },
      "application/prs.plucker": {
        source: "iana"
      },
      "application/prs.rdf-xml-crypt": {
        source: "iana"
      },
      "application/prs.vcfbzip2": {
        source: "iana"
      },
      "application/prs.xsf+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xsf"]
      },
      "application/pskc+xml": {
        source: "iana",
        compressible: true,
        extensions: ["pskcxml"]
      },
      "application/pvd+json": {
        source: "iana",
        compressible: true
      },
      "application/qsig": {
        source: "iana"
      },
      "application/raml+yaml": {
        compressible: true,
        extensions: ["raml"]
      },
      "application/raptorfec": {
        source: "iana"
      },
      "application/rdap+json": {
        source: "iana",
        compressible: true
      },
      "application/rdf+xml": {
        source: "iana",
        compressible: true,
        extensions: ["rdf", "owl"]
      },
      "application/reginfo+xml": {
        source: "iana",
        compressible: true,
        extensions: ["rif"]
      },
      "application/relax-ng-compact-syntax": {
        source: "iana",
        extensions: ["rnc"]
      },
      "application/remote-printing": {
        source: "apache"
      },
      "application/reputon+json": {
        source: "iana",
        compressible: true
      },
      "application/resolve-response+jwt": {
        source: "iana"
      },
      "application/resource-lists+xml": {
        source: "iana",
        compressible: true,
        extensions: ["rl"]
      },
      "application/resource-lists-diff+xml": {
        source: "iana",
        compressible: true,
        extensions: ["rld"]
      },
      "application/rfc+xml": {
        source: "iana",
        compressible: true
      },
      "application/riscos": {
        source: "iana"
      },
      "application/rlmi+xml": {
        source: "iana",
        compressible: true
      },
      "application/rls-services+xml": {
        source: "iana",
        compressible: true,
        extensions: ["rs"]
      },
      "application/route-apd+xml": {
        source: "iana",
        compressible: true,
        extensions: ["rapd"]
      },
      "application/route-s-tsid+xml": {
        source: "iana",
        compressible: true,
        extensions: ["sls"]
      },
      "application/route-usd+xml": {
        source: "iana",
        compressible: true,
        extensions: ["rusd"]
      },
      "application/rpki-checklist": {
        source: "iana"
      },
      "application/rpki-ghostbusters": {
        source: "iana",
        extensions: ["gbr"]
      },
      "application/rpki-manifest": {
        source: "iana",
        extensions: ["mft"]
      },
      "application/rpki-publication": {
        source: "iana"
      },
      "application/rpki-roa": {
        source: "iana",
        extensions: ["roa"]
      },
      "application/rpki-signed-tal": {
        source: "iana"
      },
      "application/rpki-updown": {
        source: "iana"
      },
      "application/rsd+xml": {
        source: "apache",
        compressible: true,
        extensions: ["rsd"]
      },
      "application/rss+xml": {
        source: "apache",
        compressible: true,
        extensions: ["rss"]
      },
      "application/rtf": {
        source: "iana",
        compressible: true,
        extensions: ["rtf"]
      },
      "application/rtploopback": {
        source: "iana"
      },
      "application/rtx": {
        source: "iana"
      },
      "application/samlassertion+xml": {
        source: "iana",
        compressible: true
      },
      "application/samlmetadata+xml": {
        source: "iana",
        compressible: true
      },
      "application/sarif+json": {
        source: "iana",
        compressible: true
      },
      "application/sarif-external-properties+json": {
        source: "iana",
        compressible: true
      },
      "application/sbe": {
        source: "iana"
      },
      "application/sbml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["sbml"]
      },
      "application/scaip+xml": {
        source: "iana",
        compressible: true
      },
      "application/scim+json": {
        source: "iana",
        compressible: true
      },
      "application/scvp-cv-request": {
        source: "iana",
        extensions: ["scq"]
      },
      "application/scvp-cv-response": {
        source: "iana",
        extensions: ["scs"]
      },
      "application/scvp-vp-request": {
        source: "iana",
        extensions: ["spq"]
      },
      "application/scvp-vp-response": {
        source: "iana",
        extensions: ["spp"]
      },
      "application/sdp": {
        source: "iana",
        extensions: ["sdp"]
      },
      "application/secevent+jwt": {
        source: "iana"
      },
      "application/senml+cbor": {
        source: "iana"
      },
      "application/senml+json": {
        source: "iana",
        compressible: true
      },
      "application/senml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["senmlx"]
      },
      "application/senml-etch+cbor": {
        source: "iana"
      },
      "application/senml-etch+json": {
        source: "iana",
        compressible: true
      },
      "application/senml-exi": {
        source: "iana"
      },
      "application/sensml+cbor": {
        source: "iana"
      },
      "application/sensml+json": {
        source: "iana",
        compressible: true
      },
      "application/sensml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["sensmlx"]
      },
      "application/sensml-exi": {
        source: "iana"
      },
      "application/sep+xml": {
        source: "iana",
        compressible: true
      },
      "application/sep-exi": {
        source: "iana"
      },
      "application/session-info": {
        source: "iana"
      },
      "application/set-payment": {
        source: "iana"
      },
      "application/set-payment-initiation": {
        source: "iana",
        extensions: ["setpay"]
      },
      "application/set-registration": {
        source: "iana"
      },
      "application/set-registration-initiation": {
        source: "iana",
        extensions: ["setreg"]
      },
      "application/sgml": {
        source: "iana"
      },
      "application/sgml-open-catalog": {
        source: "iana"
      },
      "application/shf+xml": {
        source: "iana",
        compressible: true,
        extensions: ["shf"]
      },
      "application/sieve": {
        source: "iana",
        extensions: ["siv", "sieve"]
      },
      "application/simple-filter+xml": {
        source: "iana",
        compressible: true
      },
      "application/simple-message-summary": {
        source: "iana"
      },
      "application/simplesymbolcontainer": {
        source: "iana"
      },
      "application/sipc": {
        source: "iana"
      },
      "application/slate": {
        source: "iana"
      },
      "application/smil": {
        source: "apache"
      },
      "application/smil+xml": {
        source: "iana",
        compressible: true,
        extensions: ["smi", "smil"]
      },
      "application/smpte336m": {
        source: "iana"
      },
      "application/soap+fastinfoset": {
        source: "iana"
      },
      "application/soap+xml": {
        source: "iana",
        compressible: true
      },
      "application/sparql-query": {
        source: "iana",
        extensions: ["rq"]
      },
      "application/sparql-results+xml": {
        source: "iana",
        compressible: true,
        extensions: ["srx"]
      },
      "application/spdx+json": {
        source: "iana",
        compressible: true
      },
      "application/spirits-event+xml": {
        source: "iana",
        compressible: true
      },
      "application/sql": {
        source: "iana",
        extensions: ["sql"]
      },
      "application/srgs": {
        source: "iana",
        extensions: ["gram"]
      },
      "application/srgs+xml": {
        source: "iana",
        compressible: true,
        extensions: ["grxml"]
      },
      "application/sru+xml": {
        source: "iana",
        compressible: true,
        extensions: ["sru"]
      },
      "application/ssdl+xml": {
        source: "apache",
        compressible: true,
        extensions: ["ssdl"]
      },
      "application/sslkeylogfile": {
        source: "iana"
      },
      "application/ssml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["ssml"]
      },
      "application/st2110-41": {
        source: "iana"
      },
      "application/stix+json": {
        source: "iana",
        compressible: true
      },
      "application/stratum": {
        source: "iana"
      },
      "application/swid+cbor": {
        source: "iana"
      },
      "application/swid+xml": {
        source: "iana",
        compressible: true,
        extensions: ["swidtag"]
      },
      "application/tamp-apex-update": {
        source: "iana"
      },
      "application/tamp-apex-update-confirm": {
        source: "iana"
      },
      "application/tamp-community-update": {
        source: "iana"
      },
      "application/tamp-community-update-confirm": {
        source: "iana"
      },
      "application/tamp-error": {
        source: "iana"
      },
      "application/tamp-sequence-adjust": {
        source: "iana"
      },
      "application/tamp-sequence-adjust-confirm": {
        source: "iana"
      },
      "application/tamp-status-query": {
        source: "iana"
      },
      "application/tamp-status-response": {
        source: "iana"
      },
      "application/tamp-update": {
        source: "iana"
      },
      "application/tamp-update-confirm": {
        source: "iana"
      },
      "application/tar": {
        compressible: true
      },
      "application/taxii+json": {
        source: "iana",
        compressible: true
      },
      "application/td+json": {
        source: "iana",
        compressible: true
      },
      "application/tei+xml": {
        source: "iana",
        compressible: true,
        extensions: ["tei", "teicorpus"]
      },
      "application/tetra_isi": {
        source: "iana"
      },
      "application/thraud+xml": {
        source: "iana",
        compressible: true,
        extensions: ["tfi"]
      },
      "application/timestamp-query": {
        source: "iana"
      },
      "application/timestamp-reply": {
        source: "iana"
      },
      "application/timestamped-data": {
        source: "iana",
        extensions: ["tsd"]
      },
      "application/tlsrpt+gzip": {
        source: "iana"
      },
      "application/tlsrpt+json": {
        source: "iana",
        compressible: true
      },
      "application/tm+json": {
        source: "iana",
        compressible: true
      },
      "application/tnauthlist": {
        source: "iana"
      },
      "application/toc+cbor": {
        source: "iana"
      },
      "application/token-introspection+jwt": {
        source: "iana"
      },
      "application/toml": {
        source: "iana",
        compressible: true,
        extensions: ["toml"]
      },
      "application/trickle-ice-sdpfrag": {
        source: "iana"
      },
      "application/trig": {
        source: "iana",
        extensions: ["trig"]
      },
      "application/trust-chain+json": {
        source: "iana",
        compressible: true
      },
      "application/trust-mark+jwt": {
        source: "iana"
      },
      "application/trust-mark-delegation+jwt": {
        source: "iana"
      },
      "application/ttml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["ttml"]
      },
      "application/tve-trigger": {
        source: "iana"
      },
      "application/tzif": {
        source: "iana"
      },
      "application/tzif-leap": {
        source: "iana"
      },
      "application/ubjson": {
        compressible: false,
        extensions: ["ubj"]
      },
      "application/uccs+cbor": {
        source: "iana"
      },
      "application/ujcs+json": {
        source: "iana",
        compressible: true
      },
      "application/ulpfec": {
        source: "iana"
      },
      "application/urc-grpsheet+xml": {
        source: "iana",
        compressible: true
      },
      "application/urc-ressheet+xml": {
        source: "iana",
        compressible: true,
        extensions: ["rsheet"]
      },
      "application/urc-targetdesc+xml": {
        source: "iana",
        compressible: true,
        extensions: ["td"]
      },
      "application/urc-uisocketdesc+xml": {
        source: "iana",
        compressible: true
      },
      "application/vc": {
        source: "iana"
      },
      "application/vc+cose": {
        source: "iana"
      },
      "application/vc+jwt": {
        source: "iana"
      },
      "application/vcard+json": {
        source: "iana",
        compressible: true
      },
      "application/vcard+xml": {
        source: "iana",
        compressible: true
      },
      "application/vemmi": {
        source: "iana"
      },
      "application/vividence.scriptfile": {
        source: "apache"
      },
      "application/vnd.1000minds.decision-model+xml": {
        source: "iana",
        compressible: true,
        extensions: ["1km"]
      },
      "application/vnd.1ob": {
        source: "iana"
      },
      "application/vnd.3gpp-prose+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp-prose-pc3a+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp-prose-pc3ach+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp-prose-pc3ch+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp-prose-pc8+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp-v2x-local-service-information": {
        source: "iana"
      },
      "application/vnd.3gpp.5gnas": {
        source: "iana"
      },
      "application/vnd.3gpp.5gsa2x": {
        source: "iana"
      },
      "application/vnd.3gpp.5gsa2x-local-service-information": {
        source: "iana"
      },
      "application/vnd.3gpp.5gsv2x": {
        source: "iana"
      },
      "application/vnd.3gpp.5gsv2x-local-service-information": {
        source: "iana"
      },
      "application/vnd.3gpp.access-transfer-events+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.bsf+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.crs+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.current-location-discovery+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.gmop+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.gtpc": {
        source: "iana"
      },
      "application/vnd.3gpp.interworking-data": {
        source: "iana"
      },
      "application/vnd.3gpp.lpp": {
        source: "iana"
      },
      "application/vnd.3gpp.mc-signalling-ear": {
        source: "iana"
      },
      "application/vnd.3gpp.mcdata-affiliation-command+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcdata-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcdata-msgstore-ctrl-request+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcdata-payload": {
        source: "iana"
      },
      "application/vnd.3gpp.mcdata-regroup+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcdata-service-config+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcdata-signalling": {
        source: "iana"
      },
      "application/vnd.3gpp.mcdata-ue-config+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcdata-user-profile+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcptt-affiliation-command+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcptt-floor-request+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcptt-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcptt-location-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcptt-mbms-usage-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcptt-regroup+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcptt-service-config+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcptt-signed+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcptt-ue-config+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcptt-ue-init-config+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcptt-user-profile+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcvideo-affiliation-command+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcvideo-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcvideo-location-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcvideo-mbms-usage-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcvideo-regroup+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcvideo-service-config+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcvideo-transmission-request+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcvideo-ue-config+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcvideo-user-profile+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mid-call+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.ngap": {
        source: "iana"
      },
      "application/vnd.3gpp.pfcp": {
        source: "iana"
      },
      "application/vnd.3gpp.pic-bw-large": {
        source: "iana",
        extensions: ["plb"]
      },
      "application/vnd.3gpp.pic-bw-small": {
        source: "iana",
        extensions: ["psb"]
      },
      "application/vnd.3gpp.pic-bw-var": {
        source: "iana",
        extensions: ["pvb"]
      },
      "application/vnd.3gpp.pinapp-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.s1ap": {
        source: "iana"
      },
      "application/vnd.3gpp.seal-group-doc+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.seal-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.seal-location-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.seal-mbms-usage-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.seal-network-qos-management-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.seal-ue-config-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.seal-unicast-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.seal-user-profile-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.sms": {
        source: "iana"
      },
      "application/vnd.3gpp.sms+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.srvcc-ext+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.srvcc-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.state-and-event-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.ussd+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.v2x": {
        source: "iana"
      },
      "application/vnd.3gpp.vae-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp2.bcmcsinfo+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp2.sms": {
        source: "iana"
      },
      "application/vnd.3gpp2.tcap": {
        source: "iana",
        extensions: ["tcap"]
      },
      "application/vnd.3lightssoftware.imagescal": {
        source: "iana"
      },
      "application/vnd.3m.post-it-notes": {
        source: "iana",
        extensions: ["pwn"]
      },
      "application/vnd.accpac.simply.aso": {
        source: "iana",
        extensions: ["aso"]
      },
      "application/vnd.accpac.simply.imp": {
        source: "iana",
        extensions: ["imp"]
      },
      "application/vnd.acm.addressxfer+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.acm.chatbot+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.acucobol": {
        source: "iana",
        extensions: ["acu"]
      },
      "application/vnd.acucorp": {
        source: "iana",
        extensions: ["atc", "acutc"]
      },
      "application/vnd.adobe.air-application-installer-package+zip": {
        source: "apache",
        compressible: false,
        extensions: ["air"]
      },
      "application/vnd.adobe.flash.movie": {
        source: "iana"
      },
      "application/vnd.adobe.formscentral.fcdt": {
        source: "iana",
        extensions: ["fcdt"]
      },
      "application/vnd.adobe.fxp": {
        source: "iana",
        extensions: ["fxp", "fxpl"]
      },
      "application/vnd.adobe.partial-upload": {
        source: "iana"
      },
      "application/vnd.adobe.xdp+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xdp"]
      },
      "application/vnd.adobe.xfdf": {
        source: "apache",
        extensions: ["xfdf"]
      },
      "application/vnd.aether.imp": {
        source: "iana"
      },
      "application/vnd.afpc.afplinedata": {
        source: "iana"
      },
      "application/vnd.afpc.afplinedata-pagedef": {
        source: "iana"
      },
      "application/vnd.afpc.cmoca-cmresource": {
        source: "iana"
      },
      "application/vnd.afpc.foca-charset": {
        source: "iana"
      },
      "application/vnd.afpc.foca-codedfont": {
        source: "iana"
      },
      "application/vnd.afpc.foca-codepage": {
        source: "iana"
      },
      "application/vnd.afpc.modca": {
        source: "iana"
      },
      "application/vnd.afpc.modca-cmtable": {
        source: "iana"
      },
      "application/vnd.afpc.modca-formdef": {
        source: "iana"
      },
      "application/vnd.afpc.modca-mediummap": {
        source: "iana"
      },
      "application/vnd.afpc.modca-objectcontainer": {
        source: "iana"
      },
      "application/vnd.afpc.modca-overlay": {
        source: "iana"
      },
      "application/vnd.afpc.modca-pagesegment": {
        source: "iana"
      },
      "application/vnd.age": {
        source: "iana",
        extensions: ["age"]
      },
      "application/vnd.ah-barcode": {
        source: "apache"
      },
      "application/vnd.ahead.space": {
        source: "iana",
        extensions: ["ahead"]
      },
      "application/vnd.airzip.filesecure.azf": {
        source: "iana",
        extensions: ["azf"]
      },
      "application/vnd.airzip.filesecure.azs": {
        source: "iana",
        extensions: ["azs"]
      },
      "application/vnd.amadeus+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.amazon.ebook": {
        source: "apache",
        extensions: ["azw"]
      },
      "application/vnd.amazon.mobi8-ebook": {
        source: "iana"
      },
      "application/vnd.americandynamics.acc": {
        source: "iana",
        extensions: ["acc"]
      },
      "application/vnd.amiga.ami": {
        source: "iana",
        extensions: ["ami"]
      },
      "application/vnd.amundsen.maze+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.android.ota": {
        source: "iana"
      },
      "application/vnd.android.package-archive": {
        source: "apache",
        compressible: false,
        extensions: ["apk"]
      },
      "application/vnd.anki": {
        source: "iana"
      },
      "application/vnd.anser-web-certificate-issue-initiation": {
        source: "iana",
        extensions: ["cii"]
      },
      "application/vnd.anser-web-funds-transfer-initiation": {
        source: "apache",
        extensions: ["fti"]
      },
      "application/vnd.antix.game-component": {
        source: "iana",
        extensions: ["atx"]
      },
      "application/vnd.apache.arrow.file": {
        source: "iana"
      },
      "application/vnd.apache.arrow.stream": {
        source: "iana"
      },
      "application/vnd.apache.parquet": {
        source: "iana"
      },
      "application/vnd.apache.thrift.binary": {
        source: "iana"
      },
      "application/vnd.apache.thrift.compact": {
        source: "iana"
      },
      "application/vnd.apache.thrift.json": {
        source: "iana"
      },
      "application/vnd.apexlang": {
        source: "iana"
      },
      "application/vnd.api+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.aplextor.warrp+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.apothekende.reservation+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.apple.installer+xml": {
        source: "iana",
        compressible: true,
        extensions: ["mpkg"]
      },
      "application/vnd.apple.keynote": {
        source: "iana",
        extensions: ["key"]
      },
      "application/vnd.apple.mpegurl": {
        source: "iana",
        extensions: ["m3u8"]
      },
      "application/vnd.apple.numbers": {
        source: "iana",
        extensions: ["numbers"]
      },
      "application/vnd.apple.pages": {
        source: "iana",
        extensions: ["pages"]
      },
      "application/vnd.apple.pkpass": {
        compressible: false,
        extensions: ["pkpass"]
      },
      "application/vnd.arastra.swi": {
        source: "apache"
      },
      "application/vnd.aristanetworks.swi": {
        source: "iana",
        extensions: ["swi"]
      },
      "application/vnd.artisan+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.artsquare": {
        source: "iana"
      },
      "application/vnd.astraea-software.iota": {
        source: "iana",
        extensions: ["iota"]
      },
      "application/vnd.audiograph": {
        source: "iana",
        extensions: ["aep"]
      },
      "application/vnd.autodesk.fbx": {
        extensions: ["fbx"]
      },
      "application/vnd.autopackage": {
        source: "iana"
      },
      "application/vnd.avalon+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.avistar+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.balsamiq.bmml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["bmml"]
      },
      "application/vnd.balsamiq.bmpr": {
        source: "iana"
      },
      "application/vnd.banana-accounting": {
        source: "iana"
      },
      "application/vnd.bbf.usp.error": {
        source: "iana"
      },
      "application/vnd.bbf.usp.msg": {
        source: "iana"
      },
      "application/vnd.bbf.usp.msg+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.bekitzur-stech+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.belightsoft.lhzd+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.belightsoft.lhzl+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.bint.med-content": {
        source: "iana"
      },
      "application/vnd.biopax.rdf+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.blink-idb-value-wrapper": {
        source: "iana"
      },
      "application/vnd.blueice.multipass": {
        source: "iana",
        extensions: ["mpm"]
      },
      "application/vnd.bluetooth.ep.oob": {
        source: "iana"
      },
      "application/vnd.bluetooth.le.oob": {
        source: "iana"
      },
      "application/vnd.bmi": {
        source: "iana",
        extensions: ["bmi"]
      },
      "application/vnd.bpf": {
        source: "iana"
      },
      "application/vnd.bpf3": {
        source: "iana"
      },
      "application/vnd.businessobjects": {
        source: "iana",
        extensions: ["rep"]
      },
      "application/vnd.byu.uapi+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.bzip3": {
        source: "iana"
      },
      "application/vnd.c3voc.schedule+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.cab-jscript": {
        source: "iana"
      },
      "application/vnd.canon-cpdl": {
        source: "iana"
      },
      "application/vnd.canon-lips": {
        source: "iana"
      },
      "application/vnd.capasystems-pg+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.cendio.thinlinc.clientconf": {
        source: "iana"
      },
      "application/vnd.century-systems.tcp_stream": {
        source: "iana"
      },
      "application/vnd.chemdraw+xml": {
        source: "iana",
        compressible: true,
        extensions: ["cdxml"]
      },
      "application/vnd.chess-pgn": {
        source: "iana"
      },
      "application/vnd.chipnuts.karaoke-mmd": {
        source: "iana",
        extensions: ["mmd"]
      },
      "application/vnd.ciedi": {
        source: "iana"
      },
      "application/vnd.cinderella": {
        source: "iana",
        extensions: ["cdy"]
      },
      "application/vnd.cirpack.isdn-ext": {
        source: "iana"
      },
      "application/vnd.citationstyles.style+xml": {
        source: "iana",
        compressible: true,
        extensions: ["csl"]
      },
      "application/vnd.claymore": {
        source: "iana",
        extensions: ["cla"]
      },
      "application/vnd.cloanto.rp9": {
        source: "iana",
        extensions: ["rp9"]
      },
      "application/vnd.clonk.c4group": {
        source: "iana",
        extensions: ["c4g", "c4d", "c4f", "c4p", "c4u"]
      },
      "application/vnd.cluetrust.cartomobile-config": {
        source: "iana",
        extensions: ["c11amc"]
      },
      "application/vnd.cluetrust.cartomobile-config-pkg": {
        source: "iana",
        extensions: ["c11amz"]
      },
      "application/vnd.cncf.helm.chart.content.v1.tar+gzip": {
        source: "iana"
      },
      "application/vnd.cncf.helm.chart.provenance.v1.prov": {
        source: "iana"
      },
      "application/vnd.cncf.helm.config.v1+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.coffeescript": {
        source: "iana"
      },
      "application/vnd.collabio.xodocuments.document": {
        source: "iana"
      },
      "application/vnd.collabio.xodocuments.document-template": {
        source: "iana"
      },
      "application/vnd.collabio.xodocuments.presentation": {
        source: "iana"
      },
      "application/vnd.collabio.xodocuments.presentation-template": {
        source: "iana"
      },
      "application/vnd.collabio.xodocuments.spreadsheet": {
        source: "iana"
      },
      "application/vnd.collabio.xodocuments.spreadsheet-template": {
        source: "iana"
      },
      "application/vnd.collection+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.collection.doc+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.collection.next+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.comicbook+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.comicbook-rar": {
        source: "iana"
      },
      "application/vnd.commerce-battelle": {
        source: "iana"
      },
      "application/vnd.commonspace": {
        source: "iana",
        extensions: ["csp"]
      },
      "application/vnd.contact.cmsg": {
        source: "iana",
        extensions: ["cdbcmsg"]
      },
      "application/vnd.coreos.ignition+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.cosmocaller": {
        source: "iana",
        extensions: ["cmc"]
      },
      "application/vnd.crick.clicker": {
        source: "iana",
        extensions: ["clkx"]
      },
      "application/vnd.crick.clicker.keyboard": {
        source: "iana",
        extensions: ["clkk"]
      },
      "application/vnd.crick.clicker.palette": {
        source: "iana",
        extensions: ["clkp"]
      },
      "application/vnd.crick.clicker.template": {
        source: "iana",
        extensions: ["clkt"]
      },
      "application/vnd.crick.clicker.wordbank": {
        source: "iana",
        extensions: ["clkw"]
      },
      "application/vnd.criticaltools.wbs+xml": {
        source: "iana",
        compressible: true,
        extensions: ["wbs"]
      },
      "application/vnd.cryptii.pipe+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.crypto-shade-file": {
        source: "iana"
      },
      "application/vnd.cryptomator.encrypted": {
        source: "iana"
      },
      "application/vnd.cryptomator.vault": {
        source: "iana"
      },
      "application/vnd.ctc-posml": {
        source: "iana",
        extensions: ["pml"]
      },
      "application/vnd.ctct.ws+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.cups-pdf": {
        source: "iana"
      },
      "application/vnd.cups-postscript": {
        source: "iana"
      },
      "application/vnd.cups-ppd": {
        source: "iana",
        extensions: ["ppd"]
      },
      "application/vnd.cups-raster": {
        source: "iana"
      },
      "application/vnd.cups-raw": {
        source: "iana"
      },
      "application/vnd.curl": {
        source: "iana"
      },
      "application/vnd.curl.car": {
        source: "apache",
        extensions: ["car"]
      },
      "application/vnd.curl.pcurl": {
        source: "apache",
        extensions: ["pcurl"]
      },
      "application/vnd.cyan.dean.root+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.cybank": {
        source: "iana"
      },
      "application/vnd.cyclonedx+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.cyclonedx+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.d2l.coursepackage1p0+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.d3m-dataset": {
        source: "iana"
      },
      "application/vnd.d3m-problem": {
        source: "iana"
      },
      "application/vnd.dart": {
        source: "iana",
        compressible: true,
        extensions: ["dart"]
      },
      "application/vnd.data-vision.rdz": {
        source: "iana",
        extensions: ["rdz"]
      },
      "application/vnd.datalog": {
        source: "iana"
      },
      "application/vnd.datapackage+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.dataresource+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.dbf": {
        source: "iana",
        extensions: ["dbf"]
      },
      "application/vnd.dcmp+xml": {
        source: "iana",
        compressible: true,
        extensions: ["dcmp"]
      },
      "application/vnd.debian.binary-package": {
        source: "iana"
      },
      "application/vnd.dece.data": {
        source: "iana",
        extensions: ["uvf", "uvvf", "uvd", "uvvd"]
      },
      "application/vnd.dece.ttml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["uvt", "uvvt"]
      },
      "application/vnd.dece.unspecified": {
        source: "iana",
        extensions: ["uvx", "uvvx"]
      },
      "application/vnd.dece.zip": {
        source: "iana",
        extensions: ["uvz", "uvvz"]
      },
      "application/vnd.denovo.fcselayout-link": {
        source: "iana",
        extensions: ["fe_launch"]
      },
      "application/vnd.desmume.movie": {
        source: "iana"
      },
      "application/vnd.dir-bi.plate-dl-nosuffix": {
        source: "iana"
      },
      "application/vnd.dm.delegation+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.dna": {
        source: "iana",
        extensions: ["dna"]
      },
      "application/vnd.document+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.dolby.mlp": {
        source: "apache",
        extensions: ["mlp"]
      },
      "application/vnd.dolby.mobile.1": {
        source: "iana"
      },
      "application/vnd.dolby.mobile.2": {
        source: "iana"
      },
      "application/vnd.doremir.scorecloud-binary-document": {
        source: "iana"
      },
      "application/vnd.dpgraph": {
        source: "iana",
        extensions: ["dpg"]
      },
      "application/vnd.dreamfactory": {
        source: "iana",
        extensions: ["dfac"]
      },
      "application/vnd.drive+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.ds-keypoint": {
        source: "apache",
        extensions: ["kpxx"]
      },
      "application/vnd.dtg.local": {
        source: "iana"
      },
      "application/vnd.dtg.local.flash": {
        source: "iana"
      },
      "application/vnd.dtg.local.html": {
        source: "iana"
      },
      "application/vnd.dvb.ait": {
        source: "iana",
        extensions: ["ait"]
      },
      "application/vnd.dvb.dvbisl+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.dvb.dvbj": {
        source: "iana"
      },
      "application/vnd.dvb.esgcontainer": {
        source: "iana"
      },
      "application/vnd.dvb.ipdcdftnotifaccess": {
        source: "iana"
      },
      "application/vnd.dvb.ipdcesgaccess": {
        source: "iana"
      },
      "application/vnd.dvb.ipdcesgaccess2": {
        source: "iana"
      },
      "application/vnd.dvb.ipdcesgpdd": {
        source: "iana"
      },
      "application/vnd.dvb.ipdcroaming": {
        source: "iana"
      },
      "application/vnd.dvb.iptv.alfec-base": {
        source: "iana"
      },
      "application/vnd.dvb.iptv.alfec-enhancement": {
        source: "iana"
      },
      "application/vnd.dvb.notif-aggregate-root+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.dvb.notif-container+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.dvb.notif-generic+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.dvb.notif-ia-msglist+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.dvb.notif-ia-registration-request+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.dvb.notif-ia-registration-response+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.dvb.notif-init+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.dvb.pfr": {
        source: "iana"
      },
      "application/vnd.dvb.service": {
        source: "iana",
        extensions: ["svc"]
      },
      "application/vnd.dxr": {
        source: "iana"
      },
      "application/vnd.dynageo": {
        source: "iana",
        extensions: ["geo"]
      },
      "application/vnd.dzr": {
        source: "iana"
      },
      "application/vnd.easykaraoke.cdgdownload": {
        source: "iana"
      },
      "application/vnd.ecdis-update": {
        source: "iana"
      },
      "application/vnd.ecip.rlp": {
        source: "iana"
      },
      "application/vnd.eclipse.ditto+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.ecowin.chart": {
        source: "iana",
        extensions: ["mag"]
      },
      "application/vnd.ecowin.filerequest": {
        source: "iana"
      },
      "application/vnd.ecowin.fileupdate": {
        source: "iana"
      },
      "application/vnd.ecowin.series": {
        source: "iana"
      },
      "application/vnd.ecowin.seriesrequest": {
        source: "iana"
      },
      "application/vnd.ecowin.seriesupdate": {
        source: "iana"
      },
      "application/vnd.efi.img": {
        source: "iana"
      },
      "application/vnd.efi.iso": {
        source: "iana"
      },
      "application/vnd.eln+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.emclient.accessrequest+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.enliven": {
        source: "iana",
        extensions: ["nml"]
      },
      "application/vnd.enphase.envoy": {
        source: "iana"
      },
      "application/vnd.eprints.data+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.epson.esf": {
        source: "iana",
        extensions: ["esf"]
      },
      "application/vnd.epson.msf": {
        source: "iana",
        extensions: ["msf"]
      },
      "application/vnd.epson.quickanime": {
        source: "iana",
        extensions: ["qam"]
      },
      "application/vnd.epson.salt": {
        source: "iana",
        extensions: ["slt"]
      },
      "application/vnd.epson.ssf": {
        source: "iana",
        extensions: ["ssf"]
      },
      "application/vnd.ericsson.quickcall": {
        source: "iana"
      },
      "application/vnd.erofs": {
        source: "iana"
      },
      "application/vnd.espass-espass+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.eszigno3+xml": {
        source: "iana",
        compressible: true,
        extensions: ["es3", "et3"]
      },
      "application/vnd.etsi.aoc+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.asic-e+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.etsi.asic-s+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.etsi.cug+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.iptvcommand+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.iptvdiscovery+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.iptvprofile+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.iptvsad-bc+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.iptvsad-cod+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.iptvsad-npvr+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.iptvservice+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.iptvsync+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.iptvueprofile+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.mcid+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.mheg5": {
        source: "iana"
      },
      "application/vnd.etsi.overload-control-policy-dataset+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.pstn+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.sci+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.simservs+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.timestamp-token": {
        source: "iana"
      },
      "application/vnd.etsi.tsl+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.tsl.der": {
        source: "iana"
      },
      "application/vnd.eu.kasparian.car+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.eudora.data": {
        source: "iana"
      },
      "application/vnd.evolv.ecig.profile": {
        source: "iana"
      },
      "application/vnd.evolv.ecig.settings": {
        source: "iana"
      },
      "application/vnd.evolv.ecig.theme": {
        source: "iana"
      },
      "application/vnd.exstream-empower+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.exstream-package": {
        source: "iana"
      },
      "application/vnd.ezpix-album": {
        source: "iana",
        extensions: ["ez2"]
      },
      "application/vnd.ezpix-package": {
        source: "iana",
        extensions: ["ez3"]
      },
      "application/vnd.f-secure.mobile": {
        source: "iana"
      },
      "application/vnd.familysearch.gedcom+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.fastcopy-disk-image": {
        source: "iana"
      },
      "application/vnd.fdf": {
        source: "apache",
        extensions: ["fdf"]
      },
      "application/vnd.fdsn.mseed": {
        source: "iana",
        extensions: ["mseed"]
      },
      "application/vnd.fdsn.seed": {
        source: "iana",
        extensions: ["seed", "dataless"]
      },
      "application/vnd.fdsn.stationxml+xml": {
        source: "iana",
        charset: "XML-BASED",
        compressible: true
      },
      "application/vnd.ffsns": {
        source: "iana"
      },
      "application/vnd.ficlab.flb+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.filmit.zfc": {
        source: "iana"
      },
      "application/vnd.fints": {
        source: "iana"
      },
      "application/vnd.firemonkeys.cloudcell": {
        source: "iana"
      },
      "application/vnd.flographit": {
        source: "iana",
        extensions: ["gph"]
      },
      "application/vnd.fluxtime.clip": {
        source: "iana",
        extensions: ["ftc"]
      },
      "application/vnd.font-fontforge-sfd": {
        source: "iana"
      },
      "application/vnd.framemaker": {
        source: "iana",
        extensions: ["fm", "frame", "maker", "book"]
      },
      "application/vnd.freelog.comic": {
        source: "iana"
      },
      "application/vnd.frogans.fnc": {
        source: "apache",
        extensions: ["fnc"]
      },
      "application/vnd.frogans.ltf": {
        source: "apache",
        extensions: ["ltf"]
      },
      "application/vnd.fsc.weblaunch": {
        source: "iana",
        extensions: ["fsc"]
      },
      "application/vnd.fujifilm.fb.docuworks": {
        source: "iana"
      },
      "application/vnd.fujifilm.fb.docuworks.binder": {
        source: "iana"
      },
      "application/vnd.fujifilm.fb.docuworks.container": {
        source: "iana"
      },
      "application/vnd.fujifilm.fb.jfi+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.fujitsu.oasys": {
        source: "iana",
        extensions: ["oas"]
      },
      "application/vnd.fujitsu.oasys2": {
        source: "iana",
        extensions: ["oa2"]
      },
      "application/vnd.fujitsu.oasys3": {
        source: "iana",
        extensions: ["oa3"]
      },
      "application/vnd.fujitsu.oasysgp": {
        source: "iana",
        extensions: ["fg5"]
      },
      "application/vnd.fujitsu.oasysprs": {
        source: "iana",
        extensions: ["bh2"]
      },
      "application/vnd.fujixerox.art-ex": {
        source: "iana"
      },
      "application/vnd.fujixerox.art4": {
        source: "iana"
      },
      "application/vnd.fujixerox.ddd": {
        source: "iana",
        extensions: ["ddd"]
      },
      "application/vnd.fujixerox.docuworks": {
        source: "iana",
        extensions: ["xdw"]
      },
      "application/vnd.fujixerox.docuworks.binder": {
        source: "iana",
        extensions: ["xbd"]
      },
      "application/vnd.fujixerox.docuworks.container": {
        source: "iana"
      },
      "application/vnd.fujixerox.hbpl": {
        source: "iana"
      },
      "application/vnd.fut-misnet": {
        source: "iana"
      },
      "application/vnd.futoin+cbor": {
        source: "iana"
      },
      "application/vnd.futoin+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.fuzzysheet": {
        source: "iana",
        extensions: ["fzs"]
      },
      "application/vnd.ga4gh.passport+jwt": {
        source: "iana"
      },
      "application/vnd.genomatix.tuxedo": {
        source: "iana",
        extensions: ["txd"]
      },
      "application/vnd.genozip": {
        source: "iana"
      },
      "application/vnd.gentics.grd+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.gentoo.catmetadata+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.gentoo.ebuild": {
        source: "iana"
      },
      "application/vnd.gentoo.eclass": {
        source: "iana"
      },
      "application/vnd.gentoo.gpkg": {
        source: "iana"
      },
      "application/vnd.gentoo.manifest": {
        source: "iana"
      },
      "application/vnd.gentoo.pkgmetadata+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.gentoo.xpak": {
        source: "iana"
      },
      "application/vnd.geo+json": {
        source: "apache",
        compressible: true
      },
      "application/vnd.geocube+xml": {
        source: "apache",
        compressible: true
      },
      "application/vnd.geogebra.file": {
        source: "iana",
        extensions: ["ggb"]
      },
      "application/vnd.geogebra.pinboard": {
        source: "iana"
      },
      "application/vnd.geogebra.slides": {
        source: "iana",
        extensions: ["ggs"]
      },
      "application/vnd.geogebra.tool": {
        source: "iana",
        extensions: ["ggt"]
      },
      "application/vnd.geometry-explorer": {
        source: "iana",
        extensions: ["gex", "gre"]
      },
      "application/vnd.geonext": {
        source: "iana",
        extensions: ["gxt"]
      },
      "application/vnd.geoplan": {
        source: "iana",
        extensions: ["g2w"]
      },
      "application/vnd.geospace": {
        source: "iana",
        extensions: ["g3w"]
      },
      "application/vnd.gerber": {
        source: "iana"
      },
      "application/vnd.globalplatform.card-content-mgt": {
        source: "iana"
      },
      "application/vnd.globalplatform.card-content-mgt-response": {
        source: "iana"
      },
      "application/vnd.gmx": {
        source: "iana",
        extensions: ["gmx"]
      },
      "application/vnd.gnu.taler.exchange+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.gnu.taler.merchant+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.google-apps.audio": {},
      "application/vnd.google-apps.document": {
        compressible: false,
        extensions: ["gdoc"]
      },
      "application/vnd.google-apps.drawing": {
        compressible: false,
        extensions: ["gdraw"]
      },
      "application/vnd.google-apps.drive-sdk": {
        compressible: false
      },
      "application/vnd.google-apps.file": {},
      "application/vnd.google-apps.folder": {
        compressible: false
      },
      "application/vnd.google-apps.form": {
        compressible: false,
        extensions: ["gform"]
      },
      "application/vnd.google-apps.fusiontable": {},
      "application/vnd.google-apps.jam": {
        compressible: false,
        extensions: ["gjam"]
      },
      "application/vnd.google-apps.mail-layout": {},
      "application/vnd.google-apps.map": {
        compressible: false,
        extensions: ["gmap"]
      },
      "application/vnd.google-apps.photo": {},
      "application/vnd.google-apps.presentation": {
        compressible: false,
        extensions: ["gslides"]
      },
      "application/vnd.google-apps.script": {
        compressible: false,
        extensions: ["gscript"]
      },
      "application/vnd.google-apps.shortcut": {},
      "application/vnd.google-apps.site": {
        compressible: false,
        extensions: ["gsite"]
      },
      "application/vnd.google-apps.spreadsheet": {
        compressible: false,
        extensions: ["gsheet"]
      },
      "application/vnd.google-apps.unknown": {},
      "application/vnd.google-apps.video": {},
      "application/vnd.google-earth.kml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["kml"]
      },
      "application/vnd.google-earth.kmz": {
        source: "iana",
        compressible: false,
        extensions: ["kmz"]
      },
      "application/vnd.gov.sk.e-form+xml": {
        source: "apache",
        compressible: true
      },
      "application/vnd.gov.sk.e-form+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.gov.sk.xmldatacontainer+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xdcf"]
      },
      "application/vnd.gpxsee.map+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.grafeq": {
        source: "iana",
        extensions: ["gqf", "gqs"]
      },
      "application/vnd.gridmp": {
        source: "iana"
      },
      "application/vnd.groove-account": {
        source: "iana",
        extensions: ["gac"]
      },
      "application/vnd.groove-help": {
        source: "iana",
        extensions: ["ghf"]
      },
      "application/vnd.groove-identity-message": {
        source: "iana",
        extensions: ["gim"]
      },
      "application/vnd.groove-injector": {
        source: "iana",
        extensions: ["grv"]
      },
      "application/vnd.groove-tool-message": {
        source: "iana",
        extensions: ["gtm"]
      },
      "application/vnd.groove-tool-template": {
        source: "iana",
        extensions: ["tpl"]
      },
      "application/vnd.groove-vcard": {
        source: "iana",
        extensions: ["vcg"]
      },
      "application/vnd.hal+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.hal+xml": {
        source: "iana",
        compressible: true,
        extensions: ["hal"]
      },
      "application/vnd.handheld-entertainment+xml": {
        source: "iana",
        compressible: true,
        extensions: ["zmm"]
      },
      "application/vnd.hbci": {
        source: "iana",
        extensions: ["hbci"]
      },
      "application/vnd.hc+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.hcl-bireports": {
        source: "iana"
      },
      "application/vnd.hdt": {
        source: "iana"
      },
      "application/vnd.heroku+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.hhe.lesson-player": {
        source: "iana",
        extensions: ["les"]
      },
      "application/vnd.hp-hpgl": {
        source: "iana",
        extensions: ["hpgl"]
      },
      "application/vnd.hp-hpid": {
        source: "iana",
        extensions: ["hpid"]
      },
      "application/vnd.hp-hps": {
        source: "iana",
        extensions: ["hps"]
      },
      "application/vnd.hp-jlyt": {
        source: "iana",
        extensions: ["jlt"]
      },
      "application/vnd.hp-pcl": {
        source: "iana",
        extensions: ["pcl"]
      },
      "application/vnd.hp-pclxl": {
        source: "iana",
        extensions: ["pclxl"]
      },
      "application/vnd.hsl": {
        source: "iana"
      },
      "application/vnd.httphone": {
        source: "iana"
      },
      "application/vnd.hydrostatix.sof-data": {
        source: "iana",
        extensions: ["sfd-hdstx"]
      },
      "application/vnd.hyper+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.hyper-item+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.hyperdrive+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.hzn-3d-crossword": {
        source: "iana"
      },
      "application/vnd.ibm.afplinedata": {
        source: "apache"
      },
      "application/vnd.ibm.electronic-media": {
        source: "iana"
      },
      "application/vnd.ibm.minipay": {
        source: "iana",
        extensions: ["mpy"]
      },
      "application/vnd.ibm.modcap": {
        source: "apache",
        extensions: ["afp", "listafp", "list3820"]
      },
      "application/vnd.ibm.rights-management": {
        source: "iana",
        extensions: ["irm"]
      },
      "application/vnd.ibm.secure-container": {
        source: "iana",
        extensions: ["sc"]
      },
      "application/vnd.iccprofile": {
        source: "iana",
        extensions: ["icc", "icm"]
      },
      "application/vnd.ieee.1905": {
        source: "iana"
      },
      "application/vnd.igloader": {
        source: "iana",
        extensions: ["igl"]
      },
      "application/vnd.imagemeter.folder+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.imagemeter.image+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.immervision-ivp": {
        source: "iana",
        extensions: ["ivp"]
      },
      "application/vnd.immervision-ivu": {
        source: "iana",
        extensions: ["ivu"]
      },
      "application/vnd.ims.imsccv1p1": {
        source: "iana"
      },
      "application/vnd.ims.imsccv1p2": {
        source: "iana"
      },
      "application/vnd.ims.imsccv1p3": {
        source: "iana"
      },
      "application/vnd.ims.lis.v2.result+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.ims.lti.v2.toolconsumerprofile+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.ims.lti.v2.toolproxy+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.ims.lti.v2.toolproxy.id+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.ims.lti.v2.toolsettings+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.ims.lti.v2.toolsettings.simple+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.informedcontrol.rms+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.informix-visionary": {
        source: "apache"
      },
      "application/vnd.infotech.project": {
        source: "iana"
      },
      "application/vnd.infotech.project+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.innopath.wamp.notification": {
        source: "iana"
      },
      "application/vnd.insors.igm": {
        source: "iana",
        extensions: ["igm"]
      },
      "application/vnd.intercon.formnet": {
        source: "iana",
        extensions: ["xpw", "xpx"]
      },
      "application/vnd.intergeo": {
        source: "iana",
        extensions: ["i2g"]
      },
      "application/vnd.intertrust.digibox": {
        source: "iana"
      },
      "application/vnd.intertrust.nncp": {
        source: "iana"
      },
      "application/vnd.intu.qbo": {
        source: "iana",
        extensions: ["qbo"]
      },
      "application/vnd.intu.qfx": {
        source: "iana",
        extensions: ["qfx"]
      },
      "application/vnd.ipfs.ipns-record": {
        source: "iana"
      },
      "application/vnd.ipld.car": {
        source: "iana"
      },
      "application/vnd.ipld.dag-cbor": {
        source: "iana"
      },
      "application/vnd.ipld.dag-json": {
        source: "iana"
      },
      "application/vnd.ipld.raw": {
        source: "iana"
      },
      "application/vnd.iptc.g2.catalogitem+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.iptc.g2.conceptitem+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.iptc.g2.knowledgeitem+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.iptc.g2.newsitem+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.iptc.g2.newsmessage+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.iptc.g2.packageitem+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.iptc.g2.planningitem+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.ipunplugged.rcprofile": {
        source: "iana",
        extensions: ["rcprofile"]
      },
      "application/vnd.irepository.package+xml": {
        source: "iana",
        compressible: true,
        extensions: ["irp"]
      },
      "application/vnd.is-xpr": {
        source: "iana",
        extensions: ["xpr"]
      },
      "application/vnd.isac.fcs": {
        source: "iana",
        extensions: ["fcs"]
      },
      "application/vnd.iso11783-10+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.jam": {
        source: "iana",
        extensions: ["jam"]
      },
      "application/vnd.japannet-directory-service": {
        source: "iana"
      },
      "application/vnd.japannet-jpnstore-wakeup": {
        source: "iana"
      },
      "application/vnd.japannet-payment-wakeup": {
        source: "iana"
      },
      "application/vnd.japannet-registration": {
        source: "iana"
      },
      "application/vnd.japannet-registration-wakeup": {
        source: "iana"
      },
      "application/vnd.japannet-setstore-wakeup": {
        source: "iana"
      },
      "application/vnd.japannet-verification": {
        source: "iana"
      },
      "application/vnd.japannet-verification-wakeup": {
        source: "iana"
      },
      "application/vnd.jcp.javame.midlet-rms": {
        source: "iana",
        extensions: ["rms"]
      },
      "application/vnd.jisp": {
        source: "iana",
        extensions: ["jisp"]
      },
      "application/vnd.joost.joda-archive": {
        source: "iana",
        extensions: ["joda"]
      },
      "application/vnd.jsk.isdn-ngn": {
        source: "iana"
      },
      "application/vnd.kahootz": {
        source: "iana",
        extensions: ["ktz", "ktr"]
      },
      "application/vnd.kde.karbon": {
        source: "iana",
        extensions: ["karbon"]
      },
      "application/vnd.kde.kchart": {
        source: "iana",
        extensions: ["chrt"]
      },
      "application/vnd.kde.kformula": {
        source: "iana",
        extensions: ["kfo"]
      },
      "application/vnd.kde.kivio": {
        source: "iana",
        extensions: ["flw"]
      },
      "application/vnd.kde.kontour": {
        source: "iana",
        extensions: ["kon"]
      },
      "application/vnd.kde.kpresenter": {
        source: "iana",
        extensions: ["kpr", "kpt"]
      },
      "application/vnd.kde.kspread": {
        source: "iana",
        extensions: ["ksp"]
      },
      "application/vnd.kde.kword": {
        source: "iana",
        extensions: ["kwd", "kwt"]
      },
      "application/vnd.kdl": {
        source: "iana"
      },
      "application/vnd.kenameaapp": {
        source: "iana",
        extensions: ["htke"]
      },
      "application/vnd.keyman.kmp+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.keyman.kmx": {
        source: "iana"
      },
      "application/vnd.kidspiration": {
        source: "iana",
        extensions: ["kia"]
      },
      "application/vnd.kinar": {
        source: "iana",
        extensions: ["kne", "knp"]
      },
      "application/vnd.koan": {
        source: "iana",
        extensions: ["skp", "skd", "skt", "skm"]
      },
      "application/vnd.kodak-descriptor": {
        source: "iana",
        extensions: ["sse"]
      },
      "application/vnd.las": {
        source: "iana"
      },
      "application/vnd.las.las+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.las.las+xml": {
        source: "iana",
        compressible: true,
        extensions: ["lasxml"]
      },
      "application/vnd.laszip": {
        source: "iana"
      },
      "application/vnd.ldev.productlicensing": {
        source: "iana"
      },
      "application/vnd.leap+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.liberty-request+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.llamagraphics.life-balance.desktop": {
        source: "iana",
        extensions: ["lbd"]
      },
      "application/vnd.llamagraphics.life-balance.exchange+xml": {
        source: "iana",
        compressible: true,
        extensions: ["lbe"]
      },
      "application/vnd.logipipe.circuit+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.loom": {
        source: "iana"
      },
      "application/vnd.lotus-1-2-3": {
        source: "iana",
        extensions: ["123"]
      },
      "application/vnd.lotus-approach": {
        source: "iana",
        extensions: ["apr"]
      },
      "application/vnd.lotus-freelance": {
        source: "iana",
        extensions: ["pre"]
      },
      "application/vnd.lotus-notes": {
        source: "iana",
        extensions: ["nsf"]
      },
      "application/vnd.lotus-organizer": {
        source: "iana",
        extensions: ["org"]
      },
      "application/vnd.lotus-screencam": {
        source: "iana",
        extensions: ["scm"]
      },
      "application/vnd.lotus-wordpro": {
        source: "iana",
        extensions: ["lwp"]
      },
      "application/vnd.macports.portpkg": {
        source: "iana",
        extensions: ["portpkg"]
      },
      "application/vnd.mapbox-vector-tile": {
        source: "iana",
        extensions: ["mvt"]
      },
      "application/vnd.marlin.drm.actiontoken+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.marlin.drm.conftoken+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.marlin.drm.license+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.marlin.drm.mdcf": {
        source: "iana"
      },
      "application/vnd.mason+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.maxar.archive.3tz+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.maxmind.maxmind-db": {
        source: "iana"
      },
      "application/vnd.mcd": {
        source: "iana",
        extensions: ["mcd"]
      },
      "application/vnd.mdl": {
        source: "iana"
      },
      "application/vnd.mdl-mbsdf": {
        source: "iana"
      },
      "application/vnd.medcalcdata": {
        source: "iana",
        extensions: ["mc1"]
      },
      "application/vnd.mediastation.cdkey": {
        source: "iana",
        extensions: ["cdkey"]
      },
      "application/vnd.medicalholodeck.recordxr": {
        source: "iana"
      },
      "application/vnd.meridian-slingshot": {
        source: "iana"
      },
      "application/vnd.mermaid": {
        source: "iana"
      },
      "application/vnd.mfer": {
        source: "iana",
        extensions: ["mwf"]
      },
      "application/vnd.mfmp": {
        source: "iana",
        extensions: ["mfm"]
      },
      "application/vnd.micro+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.micrografx.flo": {
        source: "iana",
        extensions: ["flo"]
      },
      "application/vnd.micrografx.igx": {
        source: "iana",
        extensions: ["igx"]
      },
      "application/vnd.microsoft.portable-executable": {
        source: "iana"
      },
      "application/vnd.microsoft.windows.thumbnail-cache": {
        source: "iana"
      },
      "application/vnd.miele+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.mif": {
        source: "iana",
        extensions: ["mif"]
      },
      "application/vnd.minisoft-hp3000-save": {
        source: "iana"
      },
      "application/vnd.mitsubishi.misty-guard.trustweb": {
        source: "iana"
      },
      "application/vnd.mobius.daf": {
        source: "iana",
        extensions: ["daf"]
      },
      "application/vnd.mobius.dis": {
        source: "iana",
        extensions: ["dis"]
      },
      "application/vnd.mobius.mbk": {
        source: "iana",
        extensions: ["mbk"]
      },
      "application/vnd.mobius.mqy": {
        source: "iana",
        extensions: ["mqy"]
      },
      "application/vnd.mobius.msl": {
        source: "iana",
        extensions: ["msl"]
      },
      "application/vnd.mobius.plc": {
        source: "iana",
        extensions: ["plc"]
      },
      "application/vnd.mobius.txf": {
        source: "iana",
        extensions: ["txf"]
      },
      "application/vnd.modl": {
        source: "iana"
      },
      "application/vnd.mophun.application": {
        source: "iana",
        extensions: ["mpn"]
      },
      "application/vnd.mophun.certificate": {
        source: "iana",
        extensions: ["mpc"]
      },
      "application/vnd.motorola.flexsuite": {
        source: "iana"
      },
      "application/vnd.motorola.flexsuite.adsi": {
        source: "iana"
      },
      "application/vnd.motorola.flexsuite.fis": {
        source: "iana"
      },
      "application/vnd.motorola.flexsuite.gotap": {
        source: "iana"
      },
      "application/vnd.motorola.flexsuite.kmr": {
        source: "iana"
      },
      "application/vnd.motorola.flexsuite.ttc": {
        source: "iana"
      },
      "application/vnd.motorola.flexsuite.wem": {
        source: "iana"
      },
      "application/vnd.motorola.iprm": {
        source: "iana"
      },
      "application/vnd.mozilla.xul+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xul"]
      },
      "application/vnd.ms-3mfdocument": {
        source: "iana"
      },
      "application/vnd.ms-artgalry": {
        source: "iana",
        extensions: ["cil"]
      },
      "application/vnd.ms-asf": {
        source: "iana"
      },
      "application/vnd.ms-cab-compressed": {
        source: "iana",
        extensions: ["cab"]
      },
      "application/vnd.ms-color.iccprofile": {
        source: "apache"
      },
      "application/vnd.ms-excel": {
        source: "iana",
        compressible: false,
        extensions: ["xls", "xlm", "xla", "xlc", "xlt", "xlw"]
      },
      "application/vnd.ms-excel.addin.macroenabled.12": {
        source: "iana",
        extensions: ["xlam"]
      },
      "application/vnd.ms-excel.sheet.binary.macroenabled.12": {
        source: "iana",
        extensions: ["xlsb"]
      },
      "application/vnd.ms-excel.sheet.macroenabled.12": {
        source: "iana",
        extensions: ["xlsm"]
      },
      "application/vnd.ms-excel.template.macroenabled.12": {
        source: "iana",
        extensions: ["xltm"]
      },
      "application/vnd.ms-fontobject": {
        source: "iana",
        compressible: true,
        extensions: ["eot"]
      },
      "application/vnd.ms-htmlhelp": {
        source: "iana",
        extensions: ["chm"]
      },
      "application/vnd.ms-ims": {
        source: "iana",
        extensions: ["ims"]
      },
      "application/vnd.ms-lrm": {
        source: "iana",
        extensions: ["lrm"]
      },
      "application/vnd.ms-office.activex+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.ms-officetheme": {
        source: "iana",
        extensions: ["thmx"]
      },
      "application/vnd.ms-opentype": {
        source: "apache",
        compressible: true
      },
      "application/vnd.ms-outlook": {
        compressible: false,
        extensions: ["msg"]
      },
      "application/vnd.ms-package.obfuscated-opentype": {
        source: "apache"
      },
      "application/vnd.ms-pki.seccat": {
        source: "apache",
        extensions: ["cat"]
      },
      "application/vnd.ms-pki.stl": {
        source: "apache",
        extensions: ["stl"]
      },
      "application/vnd.ms-playready.initiator+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.ms-powerpoint": {
        source: "iana",
        compressible: false,
        extensions: ["ppt", "pps", "pot"]
      },
      "application/vnd.ms-powerpoint.addin.macroenabled.12": {
        source: "iana",
        extensions: ["ppam"]
      },
      "application/vnd.ms-powerpoint.presentation.macroenabled.12": {
        source: "iana",
        extensions: ["pptm"]
      },
      "application/vnd.ms-powerpoint.slide.macroenabled.12": {
        source: "iana",
        extensions: ["sldm"]
      },
      "application/vnd.ms-powerpoint.slideshow.macroenabled.12": {
        source: "iana",
        extensions: ["ppsm"]
      },
      "application/vnd.ms-powerpoint.template.macroenabled.12": {
        source: "iana",
        extensions: ["potm"]
      },
      "application/vnd.ms-printdevicecapabilities+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.ms-printing.printticket+xml": {
        source: "apache",
        compressible: true
      },
      "application/vnd.ms-printschematicket+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.ms-project": {
        source: "iana",
        extensions: ["mpp", "mpt"]
      },
      "application/vnd.ms-tnef": {
        source: "iana"
      },
      "application/vnd.ms-visio.viewer": {
        extensions: ["vdx"]
      },
      "application/vnd.ms-windows.devicepairing": {
        source: "iana"
      },
      "application/vnd.ms-windows.nwprinting.oob": {
        source: "iana"
      },
      "application/vnd.ms-windows.printerpairing": {
        source: "iana"
      },
      "application/vnd.ms-windows.wsd.oob": {
        source: "iana"
      },
      "application/vnd.ms-wmdrm.lic-chlg-req": {
        source: "iana"
      },
      "application/vnd.ms-wmdrm.lic-resp": {
        source: "iana"
      },
      "application/vnd.ms-wmdrm.meter-chlg-req": {
        source: "iana"
      },
      "application/vnd.ms-wmdrm.meter-resp": {
        source: "iana"
      },
      "application/vnd.ms-word.document.macroenabled.12": {
        source: "iana",
        extensions: ["docm"]
      },
      "application/vnd.ms-word.template.macroenabled.12": {
        source: "iana",
        extensions: ["dotm"]
      },
      "application/vnd.ms-works": {
        source: "iana",
        extensions: ["wps", "wks", "wcm", "wdb"]
      },
      "application/vnd.ms-wpl": {
        source: "iana",
        extensions: ["wpl"]
      },
      "application/vnd.ms-xpsdocument": {
        source: "iana",
        compressible: false,
        extensions: ["xps"]
      },
      "application/vnd.msa-disk-image": {
        source: "iana"
      },
      "application/vnd.mseq": {
        source: "iana",
        extensions: ["mseq"]
      },
      "application/vnd.msgpack": {
        source: "iana"
      },
      "application/vnd.msign": {
        source: "iana"
      },
      "application/vnd.multiad.creator": {
        source: "iana"
      },
      "application/vnd.multiad.creator.cif": {
        source: "iana"
      },
      "application/vnd.music-niff": {
        source: "iana"
      },
      "application/vnd.musician": {
        source: "iana",
        extensions: ["mus"]
      },
      "application/vnd.muvee.style": {
        source: "iana",
        extensions: ["msty"]
      },
      "application/vnd.mynfc": {
        source: "iana",
        extensions: ["taglet"]
      },
      "application/vnd.nacamar.ybrid+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.nato.bindingdataobject+cbor": {
        source: "iana"
      },
      "application/vnd.nato.bindingdataobject+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.nato.bindingdataobject+xml": {
        source: "iana",
        compressible: true,
        extensions: ["bdo"]
      },
      "application/vnd.nato.openxmlformats-package.iepd+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.ncd.control": {
        source: "iana"
      },
      "application/vnd.ncd.reference": {
        source: "iana"
      },
      "application/vnd.nearst.inv+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.nebumind.line": {
        source: "iana"
      },
      "application/vnd.nervana": {
        source: "iana"
      },
      "application/vnd.netfpx": {
        source: "iana"
      },
      "application/vnd.neurolanguage.nlu": {
        source: "iana",
        extensions: ["nlu"]
      },
      "application/vnd.nimn": {
        source: "iana"
      },
      "application/vnd.nintendo.nitro.rom": {
        source: "iana"
      },
      "application/vnd.nintendo.snes.rom": {
        source: "iana"
      },
      "application/vnd.nitf": {
        source: "iana",
        extensions: ["ntf", "nitf"]
      },
      "application/vnd.noblenet-directory": {
        source: "iana",
        extensions: ["nnd"]
      },
      "application/vnd.noblenet-sealer": {
        source: "iana",
        extensions: ["nns"]
      },
      "application/vnd.noblenet-web": {
        source: "iana",
        extensions: ["nnw"]
      },
      "application/vnd.nokia.catalogs": {
        source: "iana"
      },
      "application/vnd.nokia.conml+wbxml": {
        source: "iana"
      },
      "application/vnd.nokia.conml+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.nokia.iptv.config+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.nokia.isds-radio-presets": {
        source: "iana"
      },
      "application/vnd.nokia.landmark+wbxml": {
        source: "iana"
      },
      "application/vnd.nokia.landmark+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.nokia.landmarkcollection+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.nokia.n-gage.ac+xml": {
        source: "iana",
        compressible: true,
        extensions: ["ac"]
      },
      "application/vnd.nokia.n-gage.data": {
        source: "iana",
        extensions: ["ngdat"]
      },
      "application/vnd.nokia.n-gage.symbian.install": {
        source: "apache",
        extensions: ["n-gage"]
      },
      "application/vnd.nokia.ncd": {
        source: "iana"
      },
      "application/vnd.nokia.pcd+wbxml": {
        source: "iana"
      },
      "application/vnd.nokia.pcd+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.nokia.radio-preset": {
        source: "iana",
        extensions: ["rpst"]
      },
      "application/vnd.nokia.radio-presets": {
        source: "iana",
        extensions: ["rpss"]
      },
      "application/vnd.novadigm.edm": {
        source: "iana",
        extensions: ["edm"]
      },
      "application/vnd.novadigm.edx": {
        source: "iana",
        extensions: ["edx"]
      },
      "application/vnd.novadigm.ext": {
        source: "iana",
        extensions: ["ext"]
      },
      "application/vnd.ntt-local.content-share": {
        source: "iana"
      },
      "application/vnd.ntt-local.file-transfer": {
        source: "iana"
      },
      "application/vnd.ntt-local.ogw_remote-access": {
        source: "iana"
      },
      "application/vnd.ntt-local.sip-ta_remote": {
        source: "iana"
      },
      "application/vnd.ntt-local.sip-ta_tcp_stream": {
        source: "iana"
      },
      "application/vnd.oai.workflows": {
        source: "iana"
      },
      "application/vnd.oai.workflows+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oai.workflows+yaml": {
        source: "iana"
      },
      "application/vnd.oasis.opendocument.base": {
        source: "iana"
      },
      "application/vnd.oasis.opendocument.chart": {
        source: "iana",
        extensions: ["odc"]
      },
      "application/vnd.oasis.opendocument.chart-template": {
        source: "iana",
        extensions: ["otc"]
      },
      "application/vnd.oasis.opendocument.database": {
        source: "apache",
        extensions: ["odb"]
      },
      "application/vnd.oasis.opendocument.formula": {
        source: "iana",
        extensions: ["odf"]
      },
      "application/vnd.oasis.opendocument.formula-template": {
        source: "iana",
        extensions: ["odft"]
      },
      "application/vnd.oasis.opendocument.graphics": {
        source: "iana",
        compressible: false,
        extensions: ["odg"]
      },
      "application/vnd.oasis.opendocument.graphics-template": {
        source: "iana",
        extensions: ["otg"]
      },
      "application/vnd.oasis.opendocument.image": {
        source: "iana",
        extensions: ["odi"]
      },
      "application/vnd.oasis.opendocument.image-template": {
        source: "iana",
        extensions: ["oti"]
      },
      "application/vnd.oasis.opendocument.presentation": {
        source: "iana",
        compressible: false,
        extensions: ["odp"]
      },
      "application/vnd.oasis.opendocument.presentation-template": {
        source: "iana",
        extensions: ["otp"]
      },
      "application/vnd.oasis.opendocument.spreadsheet": {
        source: "iana",
        compressible: false,
        extensions: ["ods"]
      },
      "application/vnd.oasis.opendocument.spreadsheet-template": {
        source: "iana",
        extensions: ["ots"]
      },
      "application/vnd.oasis.opendocument.text": {
        source: "iana",
        compressible: false,
        extensions: ["odt"]
      },
      "application/vnd.oasis.opendocument.text-master": {
        source: "iana",
        extensions: ["odm"]
      },
      "application/vnd.oasis.opendocument.text-master-template": {
        source: "iana"
      },
      "application/vnd.oasis.opendocument.text-template": {
        source: "iana",
        extensions: ["ott"]
      },
      "application/vnd.oasis.opendocument.text-web": {
        source: "iana",
        extensions: ["oth"]
      },
      "application/vnd.obn": {
        source: "iana"
      },
      "application/vnd.ocf+cbor": {
        source: "iana"
      },
      "application/vnd.oci.image.manifest.v1+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oftn.l10n+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oipf.contentaccessdownload+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oipf.contentaccessstreaming+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oipf.cspg-hexbinary": {
        source: "iana"
      },
      "application/vnd.oipf.dae.svg+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oipf.dae.xhtml+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oipf.mippvcontrolmessage+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oipf.pae.gem": {
        source: "iana"
      },
      "application/vnd.oipf.spdiscovery+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oipf.spdlist+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oipf.ueprofile+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oipf.userprofile+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.olpc-sugar": {
        source: "iana",
        extensions: ["xo"]
      },
      "application/vnd.oma-scws-config": {
        source: "iana"
      },
      "application/vnd.oma-scws-http-request": {
        source: "iana"
      },
      "application/vnd.oma-scws-http-response": {
        source: "iana"
      },
      "application/vnd.oma.bcast.associated-procedure-parameter+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.bcast.drm-trigger+xml": {
        source: "apache",
        compressible: true
      },
      "application/vnd.oma.bcast.imd+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.bcast.ltkm": {
        source: "iana"
      },
      "application/vnd.oma.bcast.notification+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.bcast.provisioningtrigger": {
        source: "iana"
      },
      "application/vnd.oma.bcast.sgboot": {
        source: "iana"
      },
      "application/vnd.oma.bcast.sgdd+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.bcast.sgdu": {
        source: "iana"
      },
      "application/vnd.oma.bcast.simple-symbol-container": {
        source: "iana"
      },
      "application/vnd.oma.bcast.smartcard-trigger+xml": {
        source: "apache",
        compressible: true
      },
      "application/vnd.oma.bcast.sprov+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.bcast.stkm": {
        source: "iana"
      },
      "application/vnd.oma.cab-address-book+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.cab-feature-handler+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.cab-pcc+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.cab-subs-invite+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.cab-user-prefs+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.dcd": {
        source: "iana"
      },
      "application/vnd.oma.dcdc": {
        source: "iana"
      },
      "application/vnd.oma.dd2+xml": {
        source: "iana",
        compressible: true,
        extensions: ["dd2"]
      },
      "application/vnd.oma.drm.risd+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.group-usage-list+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.lwm2m+cbor": {
        source: "iana"
      },
      "application/vnd.oma.lwm2m+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.lwm2m+tlv": {
        source: "iana"
      },
      "application/vnd.oma.pal+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.poc.detailed-progress-report+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.poc.final-report+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.poc.groups+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.poc.invocation-descriptor+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.poc.optimized-progress-report+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.push": {
        source: "iana"
      },
      "application/vnd.oma.scidm.messages+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.xcap-directory+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.omads-email+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/vnd.omads-file+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/vnd.omads-folder+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/vnd.omaloc-supl-init": {
        source: "iana"
      },
      "application/vnd.onepager": {
        source: "iana"
      },
      "application/vnd.onepagertamp": {
        source: "iana"
      },
      "application/vnd.onepagertamx": {
        source: "iana"
      },
      "application/vnd.onepagertat": {
        source: "iana"
      },
      "application/vnd.onepagertatp": {
        source: "iana"
      },
      "application/vnd.onepagertatx": {
        source: "iana"
      },
      "application/vnd.onvif.metadata": {
        source: "iana"
      },
      "application/vnd.openblox.game+xml": {
        source: "iana",
        compressible: true,
        extensions: ["obgx"]
      },
      "application/vnd.openblox.game-binary": {
        source: "iana"
      },
      "application/vnd.openeye.oeb": {
        source: "iana"
      },
      "application/vnd.openofficeorg.extension": {
        source: "apache",
        extensions: ["oxt"]
      },
      "application/vnd.openstreetmap.data+xml": {
        source: "iana",
        compressible: true,
        extensions: ["osm"]
      },
      "application/vnd.opentimestamps.ots": {
        source: "iana"
      },
      "application/vnd.openvpi.dspx+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.custom-properties+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.customxmlproperties+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.drawing+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.drawingml.chart+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.drawingml.chartshapes+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.drawingml.diagramcolors+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.drawingml.diagramdata+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.drawingml.diagramlayout+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.drawingml.diagramstyle+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.extended-properties+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.commentauthors+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.comments+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.handoutmaster+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.notesmaster+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.notesslide+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.presentation": {
        source: "iana",
        compressible: false,
        extensions: ["pptx"]
      },
      "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.presprops+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.slide": {
        source: "iana",
        extensions: ["sldx"]
      },
      "application/vnd.openxmlformats-officedocument.presentationml.slide+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.slidelayout+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.slidemaster+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.slideshow": {
        source: "iana",
        extensions: ["ppsx"]
      },
      "application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.slideupdateinfo+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.tablestyles+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.tags+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.template": {
        source: "iana",
        extensions: ["potx"]
      },
      "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.viewprops+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.calcchain+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.connections+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.dialogsheet+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.externallink+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotcachedefinition+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotcacherecords+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.pivottable+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.querytable+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.revisionheaders+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.revisionlog+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedstrings+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
        source: "iana",
        compressible: false,
        extensions: ["xlsx"]
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheetmetadata+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.tablesinglecells+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.template": {
        source: "iana",
        extensions: ["xltx"]
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.usernames+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.volatiledependencies+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.theme+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.themeoverride+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.vmldrawing": {
        source: "iana"
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
        source: "iana",
        compressible: false,
        extensions: ["docx"]
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.fonttable+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.template": {
        source: "iana",
        extensions: ["dotx"]
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.websettings+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-package.core-properties+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-package.digital-signature-xmlsignature+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-package.relationships+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oracle.resource+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.orange.indata": {
        source: "iana"
      },
      "application/vnd.osa.netdeploy": {
        source: "iana"
      },
      "application/vnd.osgeo.mapguide.package": {
        source: "iana",
        extensions: ["mgp"]
      },
      "application/vnd.osgi.bundle": {
        source: "iana"
      },
      "application/vnd.osgi.dp": {
        source: "iana",
        extensions: ["dp"]
      },
      "application/vnd.osgi.subsystem": {
        source: "iana",
        extensions: ["esa"]
      },
      "application/vnd.otps.ct-kip+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oxli.countgraph": {
        source: "iana"
      },
      "application/vnd.pagerduty+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.palm": {
        source: "iana",
        extensions: ["pdb", "pqa", "oprc"]
      },
      "application/vnd.panoply": {
        source: "iana"
      },
      "application/vnd.paos.xml": {
        source: "iana"
      },
      "application/vnd.patentdive": {
        source: "iana"
      },
      "application/vnd.patientecommsdoc": {
        source: "iana"
      },
      "application/vnd.pawaafile": {
        source: "iana",
        extensions: ["paw"]
      },
      "application/vnd.pcos": {
        source: "iana"
      },
      "application/vnd.pg.format": {
        source: "iana",
        extensions: ["str"]
      },
      "application/vnd.pg.osasli": {
        source: "iana",
        extensions: ["ei6"]
      },
      "application/vnd.piaccess.application-licence": {
        source: "iana"
      },
      "application/vnd.picsel": {
        source: "iana",
        extensions: ["efif"]
      },
      "application/vnd.pmi.widget": {
        source: "iana",
        extensions: ["wg"]
      },
      "application/vnd.poc.group-advertisement+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.pocketlearn": {
        source: "iana",
        extensions: ["plf"]
      },
      "application/vnd.powerbuilder6": {
        source: "iana",
        extensions: ["pbd"]
      },
      "application/vnd.powerbuilder6-s": {
        source: "iana"
      },
      "application/vnd.powerbuilder7": {
        source: "iana"
      },
      "application/vnd.powerbuilder7-s": {
        source: "iana"
      },
      "application/vnd.powerbuilder75": {
        source: "iana"
      },
      "application/vnd.powerbuilder75-s": {
        source: "iana"
      },
      "application/vnd.preminet": {
        source: "iana"
      },
      "application/vnd.previewsystems.box": {
        source: "iana",
        extensions: ["box"]
      },
      "application/vnd.procrate.brushset": {
        extensions: ["brushset"]
      },
      "application/vnd.procreate.brush": {
        extensions: ["brush"]
      },
      "application/vnd.procreate.dream": {
        extensions: ["drm"]
      },
      "application/vnd.proteus.magazine": {
        source: "iana",
        extensions: ["mgz"]
      },
      "application/vnd.psfs": {
        source: "iana"
      },
      "application/vnd.pt.mundusmundi": {
        source: "iana"
      },
      "application/vnd.publishare-delta-tree": {
        source: "iana",
        extensions: ["qps"]
      },
      "application/vnd.pvi.ptid1": {
        source: "iana",
        extensions: ["ptid"]
      },
      "application/vnd.pwg-multiplexed": {
        source: "iana"
      },
      "application/vnd.pwg-xhtml-print+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xhtm"]
      },
      "application/vnd.qualcomm.brew-app-res": {
        source: "iana"
      },
      "application/vnd.quarantainenet": {
        source: "iana"
      },
      "application/vnd.quark.quarkxpress": {
        source: "iana",
        extensions: ["qxd", "qxt", "qwd", "qwt", "qxl", "qxb"]
      },
      "application/vnd.quobject-quoxdocument": {
        source: "iana"
      },
      "application/vnd.radisys.moml+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml-audit+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml-audit-conf+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml-audit-conn+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml-audit-dialog+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml-audit-stream+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml-conf+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml-dialog+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml-dialog-base+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml-dialog-fax-detect+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml-dialog-fax-sendrecv+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml-dialog-group+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml-dialog-speech+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml-dialog-transform+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.rainstor.data": {
        source: "iana"
      },
      "application/vnd.rapid": {
        source: "iana"
      },
      "application/vnd.rar": {
        source: "iana",
        extensions: ["rar"]
      },
      "application/vnd.realvnc.bed": {
        source: "iana",
        extensions: ["bed"]
      },
      "application/vnd.recordare.musicxml": {
        source: "iana",
        extensions: ["mxl"]
      },
      "application/vnd.recordare.musicxml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["musicxml"]
      },
      "application/vnd.relpipe": {
        source: "iana"
      },
      "application/vnd.renlearn.rlprint": {
        source: "iana"
      },
      "application/vnd.resilient.logic": {
        source: "iana"
      },
      "application/vnd.restful+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.rig.cryptonote": {
        source: "iana",
        extensions: ["cryptonote"]
      },
      "application/vnd.rim.cod": {
        source: "apache",
        extensions: ["cod"]
      },
      "application/vnd.rn-realmedia": {
        source: "apache",
        extensions: ["rm"]
      },
      "application/vnd.rn-realmedia-vbr": {
        source: "apache",
        extensions: ["rmvb"]
      },
      "application/vnd.route66.link66+xml": {
        source: "iana",
        compressible: true,
        extensions: ["link66"]
      },
      "application/vnd.rs-274x": {
        source: "iana"
      },
      "application/vnd.ruckus.download": {
        source: "iana"
      },
      "application/vnd.s3sms": {
        source: "iana"
      },
      "application/vnd.sailingtracker.track": {
        source: "iana",
        extensions: ["st"]
      },
      "application/vnd.sar": {
        source: "iana"
      },
      "application/vnd.sbm.cid": {
        source: "iana"
      },
      "application/vnd.sbm.mid2": {
        source: "iana"
      },
      "application/vnd.scribus": {
        source: "iana"
      },
      "application/vnd.sealed.3df": {
        source: "iana"
      },
      "application/vnd.sealed.csf": {
        source: "iana"
      },
      "application/vnd.sealed.doc": {
        source: "iana"
      },
      "application/vnd.sealed.eml": {
        source: "iana"
      },
      "application/vnd.sealed.mht": {
        source: "iana"
      },
      "application/vnd.sealed.net": {
        source: "iana"
      },
      "application/vnd.sealed.ppt": {
        source: "iana"
      },
      "application/vnd.sealed.tiff": {
        source: "iana"
      },
      "application/vnd.sealed.xls": {
        source: "iana"
      },
      "application/vnd.sealedmedia.softseal.html": {
        source: "iana"
      },
      "application/vnd.sealedmedia.softseal.pdf": {
        source: "iana"
      },
      "application/vnd.seemail": {
        source: "iana",
        extensions: ["see"]
      },
      "application/vnd.seis+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.sema": {
        source: "iana",
        extensions: ["sema"]
      },
      "application/vnd.semd": {
        source: "iana",
        extensions: ["semd"]
      },
      "application/vnd.semf": {
        source: "iana",
        extensions: ["semf"]
      },
      "application/vnd.shade-save-file": {
        source: "iana"
      },
      "application/vnd.shana.informed.formdata": {
        source: "iana",
        extensions: ["ifm"]
      },
      "application/vnd.shana.informed.formtemplate": {
        source: "iana",
        extensions: ["itp"]
      },
      "application/vnd.shana.informed.interchange": {
        source: "iana",
        extensions: ["iif"]
      },
      "application/vnd.shana.informed.package": {
        source: "iana",
        extensions: ["ipk"]
      },
      "application/vnd.shootproof+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.shopkick+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.shp": {
        source: "iana"
      },
      "application/vnd.shx": {
        source: "iana"
      },
      "application/vnd.sigrok.session": {
        source: "iana"
      },
      "application/vnd.simtech-mindmapper": {
        source: "iana",
        extensions: ["twd", "twds"]
      },
      "application/vnd.siren+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.sketchometry": {
        source: "iana"
      },
      "application/vnd.smaf": {
        source: "iana",
        extensions: ["mmf"]
      },
      "application/vnd.smart.notebook": {
        source: "iana"
      },
      "application/vnd.smart.teacher": {
        source: "iana",
        extensions: ["teacher"]
      },
      "application/vnd.smintio.portals.archive": {
        source: "iana"
      },
      "application/vnd.snesdev-page-table": {
        source: "iana"
      },
      "application/vnd.software602.filler.form+xml": {
        source: "iana",
        compressible: true,
        extensions: ["fo"]
      },
      "application/vnd.software602.filler.form-xml-zip": {
        source: "iana"
      },
      "application/vnd.solent.sdkm+xml": {
        source: "iana",
        compressible: true,
        extensions: ["sdkm", "sdkd"]
      },
      "application/vnd.spotfire.dxp": {
        source: "iana",
        extensions: ["dxp"]
      },
      "application/vnd.spotfire.sfs": {
        source: "iana",
        extensions: ["sfs"]
      },
      "application/vnd.sqlite3": {
        source: "iana"
      },
      "application/vnd.sss-cod": {
        source: "iana"
      },
      "application/vnd.sss-dtf": {
        source: "iana"
      },
      "application/vnd.sss-ntf": {
        source: "iana"
      },
      "application/vnd.stardivision.calc": {
        source: "apache",
        extensions: ["sdc"]
      },
      "application/vnd.stardivision.draw": {
        source: "apache",
        extensions: ["sda"]
      },
      "application/vnd.stardivision.impress": {
        source: "apache",
        extensions: ["sdd"]
      },
      "application/vnd.stardivision.math": {
        source: "apache",
        extensions: ["smf"]
      },
      "application/vnd.stardivision.writer": {
        source: "apache",
        extensions: ["sdw", "vor"]
      },
      "application/vnd.stardivision.writer-global": {
        source: "apache",
        extensions: ["sgl"]
      },
      "application/vnd.stepmania.package": {
        source: "iana",
        extensions: ["smzip"]
      },
      "application/vnd.stepmania.stepchart": {
        source: "iana",
        extensions: ["sm"]
      },
      "application/vnd.street-stream": {
        source: "iana"
      },
      "application/vnd.sun.wadl+xml": {
        source: "iana",
        compressible: true,
        extensions: ["wadl"]
      },
      "application/vnd.sun.xml.calc": {
        source: "apache",
        extensions: ["sxc"]
      },
      "application/vnd.sun.xml.calc.template": {
        source: "apache",
        extensions: ["stc"]
      },
      "application/vnd.sun.xml.draw": {
        source: "apache",
        extensions: ["sxd"]
      },
      "application/vnd.sun.xml.draw.template": {
        source: "apache",
        extensions: ["std"]
      },
      "application/vnd.sun.xml.impress": {
        source: "apache",
        extensions: ["sxi"]
      },
      "application/vnd.sun.xml.impress.template": {
        source: "apache",
        extensions: ["sti"]
      },
      "application/vnd.sun.xml.math": {
        source: "apache",
        extensions: ["sxm"]
      },
      "application/vnd.sun.xml.writer": {
        source: "apache",
        extensions: ["sxw"]
      },
      "application/vnd.sun.xml.writer.global": {
        source: "apache",
        extensions: ["sxg"]
      },
      "application/vnd.sun.xml.writer.template": {
        source: "apache",
        extensions: ["stw"]
      },
      "application/vnd.sus-calendar": {
        source: "iana",
        extensions: ["sus", "susp"]
      },
      "application/vnd.svd": {
        source: "iana",
        extensions: ["svd"]
      },
      "application/vnd.swiftview-ics": {
        source: "iana"
      },
      "application/vnd.sybyl.mol2": {
        source: "iana"
      },
      "application/vnd.sycle+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.syft+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.symbian.install": {
        source: "apache",
        extensions: ["sis", "sisx"]
      },
      "application/vnd.syncml+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true,
        extensions: ["xsm"]
      },
      "application/vnd.syncml.dm+wbxml": {
        source: "iana",
        charset: "UTF-8",
        extensions: ["bdm"]
      },
      "application/vnd.syncml.dm+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true,
        extensions: ["xdm"]
      },
      "application/vnd.syncml.dm.notification": {
        source: "iana"
      },
      "application/vnd.syncml.dmddf+wbxml": {
        source: "iana"
      },
      "application/vnd.syncml.dmddf+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true,
        extensions: ["ddf"]
      },
      "application/vnd.syncml.dmtnds+wbxml": {
        source: "iana"
      },
      "application/vnd.syncml.dmtnds+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/vnd.syncml.ds.notification": {
        source: "iana"
      },
      "application/vnd.tableschema+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.tao.intent-module-archive": {
        source: "iana",
        extensions: ["tao"]
      },
      "application/vnd.tcpdump.pcap": {
        source: "iana",
        extensions: ["pcap", "cap", "dmp"]
      },
      "application/vnd.think-cell.ppttc+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.tmd.mediaflex.api+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.tml": {
        source: "iana"
      },
      "application/vnd.tmobile-livetv": {
        source: "iana",
        extensions: ["tmo"]
      },
      "application/vnd.tri.onesource": {
        source: "iana"
      },
      "application/vnd.trid.tpt": {
        source: "iana",
        extensions: ["tpt"]
      },
      "application/vnd.triscape.mxs": {
        source: "iana",
        extensions: ["mxs"]
      },
      "application/vnd.trueapp": {
        source: "iana",
        extensions: ["tra"]
      },
      "application/vnd.truedoc": {
        source: "iana"
      },
      "application/vnd.ubisoft.webplayer": {
        source: "iana"
      },
      "application/vnd.ufdl": {
        source: "iana",
        extensions: ["ufd", "ufdl"]
      },
      "application/vnd.uic.osdm+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.uiq.theme": {
        source: "iana",
        extensions: ["utz"]
      },
      "application/vnd.umajin": {
        source: "iana",
        extensions: ["umj"]
      },
      "application/vnd.unity": {
        source: "iana",
        extensions: ["unityweb"]
      },
      "application/vnd.uoml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["uoml", "uo"]
      },
      "application/vnd.uplanet.alert": {
        source: "iana"
      },
      "application/vnd.uplanet.alert-wbxml": {
        source: "iana"
      },
      "application/vnd.uplanet.bearer-choice": {
        source: "iana"
      },
      "application/vnd.uplanet.bearer-choice-wbxml": {
        source: "iana"
      },
      "application/vnd.uplanet.cacheop": {
        source: "iana"
      },
      "application/vnd.uplanet.cacheop-wbxml": {
        source: "iana"
      },
      "application/vnd.uplanet.channel": {
        source: "iana"
      },
      "application/vnd.uplanet.channel-wbxml": {
        source: "iana"
      },
      "application/vnd.uplanet.list": {
        source: "iana"
      },
      "application/vnd.uplanet.list-wbxml": {
        source: "iana"
      },
      "application/vnd.uplanet.listcmd": {
        source: "iana"
      },
      "application/vnd.uplanet.listcmd-wbxml": {
        source: "iana"
      },
      "application/vnd.uplanet.signal": {
        source: "iana"
      },
      "application/vnd.uri-map": {
        source: "iana"
      },
      "application/vnd.valve.source.material": {
        source: "iana"
      },
      "application/vnd.vcx": {
        source: "iana",
        extensions: ["vcx"]
      },
      "application/vnd.vd-study": {
        source: "iana"
      },
      "application/vnd.vectorworks": {
        source: "iana"
      },
      "application/vnd.vel+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.veraison.tsm-report+cbor": {
        source: "iana"
      },
      "application/vnd.veraison.tsm-report+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.verimatrix.vcas": {
        source: "iana"
      },
      "application/vnd.veritone.aion+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.veryant.thin": {
        source: "iana"
      },
      "application/vnd.ves.encrypted": {
        source: "iana"
      },
      "application/vnd.vidsoft.vidconference": {
        source: "iana"
      },
      "application/vnd.visio": {
        source: "iana",
        extensions: ["vsd", "vst", "vss", "vsw", "vsdx", "vtx"]
      },
      "application/vnd.visionary": {
        source: "iana",
        extensions: ["vis"]
      },
      "application/vnd.vividence.scriptfile": {
        source: "iana"
      },
      "application/vnd.vocalshaper.vsp4": {
        source: "iana"
      },
      "application/vnd.vsf": {
        source: "iana",
        extensions: ["vsf"]
      },
      "application/vnd.wap.sic": {
        source: "iana"
      },
      "application/vnd.wap.slc": {
        source: "iana"
      },
      "application/vnd.wap.wbxml": {
        source: "iana",
        charset: "UTF-8",
        extensions: ["wbxml"]
      },
      "application/vnd.wap.wmlc": {
        source: "iana",
        extensions: ["wmlc"]
      },
      "application/vnd.wap.wmlscriptc": {
        source: "iana",
        extensions: ["wmlsc"]
      },
      "application/vnd.wasmflow.wafl": {
        source: "iana"
      },
      "application/vnd.webturbo": {
        source: "iana",
        extensions: ["wtb"]
      },
      "application/vnd.wfa.dpp": {
        source: "iana"
      },
      "application/vnd.wfa.p2p": {
        source: "iana"
      },
      "application/vnd.wfa.wsc": {
        source: "iana"
      },
      "application/vnd.windows.devicepairing": {
        source: "iana"
      },
      "application/vnd.wmc": {
        source: "iana"
      },
      "application/vnd.wmf.bootstrap": {
        source: "iana"
      },
      "application/vnd.wolfram.mathematica": {
        source: "iana"
      },
      "application/vnd.wolfram.mathematica.package": {
        source: "iana"
      },
      "application/vnd.wolfram.player": {
        source: "iana",
        extensions: ["nbp"]
      },
      "application/vnd.wordlift": {
        source: "iana"
      },
      "application/vnd.wordperfect": {
        source: "iana",
        extensions: ["wpd"]
      },
      "application/vnd.wqd": {
        source: "iana",
        extensions: ["wqd"]
      },
      "application/vnd.wrq-hp3000-labelled": {
        source: "iana"
      },
      "application/vnd.wt.stf": {
        source: "iana",
        extensions: ["stf"]
      },
      "application/vnd.wv.csp+wbxml": {
        source: "iana"
      },
      "application/vnd.wv.csp+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.wv.ssp+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.xacml+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.xara": {
        source: "iana",
        extensions: ["xar"]
      },
      "application/vnd.xarin.cpj": {
        source: "iana"
      },
      "application/vnd.xecrets-encrypted": {
        source: "iana"
      },
      "application/vnd.xfdl": {
        source: "iana",
        extensions: ["xfdl"]
      },
      "application/vnd.xfdl.webform": {
        source: "iana"
      },
      "application/vnd.xmi+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.xmpie.cpkg": {
        source: "iana"
      },
      "application/vnd.xmpie.dpkg": {
        source: "iana"
      },
      "application/vnd.xmpie.plan": {
        source: "iana"
      },
      "application/vnd.xmpie.ppkg": {
        source: "iana"
      },
      "application/vnd.xmpie.xlim": {
        source: "iana"
      },
      "application/vnd.yamaha.hv-dic": {
        source: "iana",
        extensions: ["hvd"]
      },
      "application/vnd.yamaha.hv-script": {
        source: "iana",
        extensions: ["hvs"]
      },
      "application/vnd.yamaha.hv-voice": {
        source: "iana",
        extensions: ["hvp"]
      },
      "application/vnd.yamaha.openscoreformat": {
        source: "iana",
        extensions: ["osf"]
      },
      "application/vnd.yamaha.openscoreformat.osfpvg+xml": {
        source: "iana",
        compressible: true,
        extensions: ["osfpvg"]
      },
      "application/vnd.yamaha.remote-setup": {
        source: "iana"
      },
      "application/vnd.yamaha.smaf-audio": {
        source: "iana",
        extensions: ["saf"]
      },
      "application/vnd.yamaha.smaf-phrase": {
        source: "iana",
        extensions: ["spf"]
      },
      "application/vnd.yamaha.through-ngn": {
        source: "iana"
      },
      "application/vnd.yamaha.tunnel-udpencap": {
        source: "iana"
      },
      "application/vnd.yaoweme": {
        source: "iana"
      },
      "application/vnd.yellowriver-custom-menu": {
        source: "iana",
        extensions: ["cmp"]
      },
      "application/vnd.zul": {
        source: "iana",
        extensions: ["zir", "zirz"]
      },
      "application/vnd.zzazz.deck+xml": {
        source: "iana",
        compressible: true,
        extensions: ["zaz"]
      },
      "application/voicexml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["vxml"]
      },
      "application/voucher-cms+json": {
        source: "iana",
        compressible: true
      },
      "application/voucher-jws+json": {
        source: "iana",
        compressible: true
      },
      "application/vp": {
        source: "iana"
      },
      "application/vp+cose": {
        source: "iana"
      },
      "application/vp+jwt": {
        source: "iana"
      },
      "application/vq-rtcpxr": {
        source: "iana"
      },
      "application/wasm": {
        source: "iana",
        compressible: true,
        extensions: ["wasm"]
      },
      "application/watcherinfo+xml": {
        source: "iana",
        compressible: true,
        extensions: ["wif"]
      },
      "application/webpush-options+json": {
        source: "iana",
        compressible: true
      },
      "application/whoispp-query": {
        source: "iana"
      },
      "application/whoispp-response": {
        source: "iana"
      },
      "application/widget": {
        source: "iana",
        extensions: ["wgt"]
      },
      "application/winhlp": {
        source: "apache",
        extensions: ["hlp"]
      },
      "application/wita": {
        source: "iana"
      },
      "application/wordperfect5.1": {
        source: "iana"
      },
      "application/wsdl+xml": {
        source: "iana",
        compressible: true,
        extensions: ["wsdl"]
      },
      "application/wspolicy+xml": {
        source: "iana",
        compressible: true,
        extensions: ["wspolicy"]
      },
      "application/x-7z-compressed": {
        source: "apache",
        compressible: false,
        extensions: ["7z"]
      },
      "application/x-abiword": {
        source: "apache",
        extensions: ["abw"]
      },
      "application/x-ace-compressed": {
        source: "apache",
        extensions: ["ace"]
      },
      "application/x-amf": {
        source: "apache"
      },
      "application/x-apple-diskimage": {
        source: "apache",
        extensions: ["dmg"]
      },
      "application/x-arj": {
        compressible: false,
        extensions: ["arj"]
      },
      "application/x-authorware-bin": {
        source: "apache",
        extensions: ["aab", "x32", "u32", "vox"]
      },
      "application/x-authorware-map": {
        source: "apache",
        extensions: ["aam"]
      },
      "application/x-authorware-seg": {
        source: "apache",
        extensions: ["aas"]
      },
      "application/x-bcpio": {
        source: "apache",
        extensions: ["bcpio"]
      },
      "application/x-bdoc": {
        compressible: false,
        extensions: ["bdoc"]
      },
      "application/x-bittorrent": {
        source: "apache",
        extensions: ["torrent"]
      },
      "application/x-blender": {
        extensions: ["blend"]
      },
      "application/x-blorb": {
        source: "apache",
        extensions: ["blb", "blorb"]
      },
      "application/x-bzip": {
        source: "apache",
        compressible: false,
        extensions: ["bz"]
      },
      "application/x-bzip2": {
        source: "apache",
        compressible: false,
        extensions: ["bz2", "boz"]
      },
      "application/x-cbr": {
        source: "apache",
        extensions: ["cbr", "cba", "cbt", "cbz", "cb7"]
      },
      "application/x-cdlink": {
        source: "apache",
        extensions: ["vcd"]
      },
      "application/x-cfs-compressed": {
        source: "apache",
        extensions: ["cfs"]
      },
      "application/x-chat": {
        source: "apache",
        extensions: ["chat"]
      },
      "application/x-chess-pgn": {
        source: "apache",
        extensions: ["pgn"]
      },
      "application/x-chrome-extension": {
        extensions: ["crx"]
      },
      "application/x-cocoa": {
        source: "nginx",
        extensions: ["cco"]
      },
      "application/x-compress": {
        source: "apache"
      },
      "application/x-compressed": {
        extensions: ["rar"]
      },
      "application/x-conference": {
        source: "apache",
        extensions: ["nsc"]
      },
      "application/x-cpio": {
        source: "apache",
        extensions: ["cpio"]
      },
      "application/x-csh": {
        source: "apache",
        extensions: ["csh"]
      },
      "application/x-deb": {
        compressible: false
      },
      "application/x-debian-package": {
        source: "apache",
        extensions: ["deb", "udeb"]
      },
      "application/x-dgc-compressed": {
        source: "apache",
        extensions: ["dgc"]
      },
      "application/x-director": {
        source: "apache",
        extensions: ["dir", "dcr", "dxr", "cst", "cct", "cxt", "w3d", "fgd", "swa"]
      },
      "application/x-doom": {
        source: "apache",
        extensions: ["wad"]
      },
      "application/x-dtbncx+xml": {
        source: "apache",
        compressible: true,
        extensions: ["ncx"]
      },
      "application/x-dtbook+xml": {
        source: "apache",
        compressible: true,
        extensions: ["dtb"]
      },
      "application/x-dtbresource+xml": {
        source: "apache",
        compressible: true,
        extensions: ["res"]
      },
      "application/x-dvi": {
        source: "apache",
        compressible: false,
        extensions: ["dvi"]
      },
      "application/x-envoy": {
        source: "apache",
        extensions: ["evy"]
      },
      "application/x-eva": {
        source: "apache",
        extensions: ["eva"]
      },
      "application/x-font-bdf": {
        source: "apache",
        extensions: ["bdf"]
      },
      "application/x-font-dos": {
        source: "apache"
      },
      "application/x-font-framemaker": {
        source: "apache"
      },
      "application/x-font-ghostscript": {
        source: "apache",
        extensions: ["gsf"]
      },
      "application/x-font-libgrx": {
        source: "apache"
      },
      "application/x-font-linux-psf": {
        source: "apache",
        extensions: ["psf"]
      },
      "application/x-font-pcf": {
        source: "apache",
        extensions: ["pcf"]
      },
      "application/x-font-snf": {
        source: "apache",
        extensions: ["snf"]
      },
      "application/x-font-speedo": {
        source: "apache"
      },
      "application/x-font-sunos-news": {
        source: "apache"
      },
      "application/x-font-type1": {
        source: "apache",
        extensions: ["pfa", "pfb", "pfm", "afm"]
      },
      "application/x-font-vfont": {
        source: "apache"
      },
      "application/x-freearc": {
        source: "apache",
        extensions: ["arc"]
      },
      "application/x-futuresplash": {
        source: "apache",
        extensions: ["spl"]
      },
      "application/x-gca-compressed": {
        source: "apache",
        extensions: ["gca"]
      },
      "application/x-glulx": {
        source: "apache",
        extensions: ["ulx"]
      },
      "application/x-gnumeric": {
        source: "apache",
        extensions: ["gnumeric"]
      },
      "application/x-gramps-xml": {
        source: "apache",
        extensions: ["gramps"]
      },
      "application/x-gtar": {
        source: "apache",
        extensions: ["gtar"]
      },
      "application/x-gzip": {
        source: "apache"
      },
      "application/x-hdf": {
        source: "apache",
        extensions: ["hdf"]
      },
      "application/x-httpd-php": {
        compressible: true,
        extensions: ["php"]
      },
      "application/x-install-instructions": {
        source: "apache",
        extensions: ["install"]
      },
      "application/x-ipynb+json": {
        compressible: true,
        extensions: ["ipynb"]
      },
      "application/x-iso9660-image": {
        source: "apache",
        extensions: ["iso"]
      },
      "application/x-iwork-keynote-sffkey": {
        extensions: ["key"]
      },
      "application/x-iwork-numbers-sffnumbers": {
        extensions: ["numbers"]
      },
      "application/x-iwork-pages-sffpages": {
        extensions: ["pages"]
      },
      "application/x-java-archive-diff": {
        source: "nginx",
        extensions: ["jardiff"]
      },
      "application/x-java-jnlp-file": {
        source: "apache",
        compressible: false,
        extensions: ["jnlp"]
      },
      "application/x-javascript": {
        compressible: true
      },
      "application/x-keepass2": {
        extensions: ["kdbx"]
      },
      "application/x-latex": {
        source: "apache",
        compressible: false,
        extensions: ["latex"]
      },
      "application/x-lua-bytecode": {
        extensions: ["luac"]
      },
      "application/x-lzh-compressed": {
        source: "apache",
        extensions: ["lzh", "lha"]
      },
      "application/x-makeself": {
        source: "nginx",
        extensions: ["run"]
      },
      "application/x-mie": {
        source: "apache",
        extensions: ["mie"]
      },
      "application/x-mobipocket-ebook": {
        source: "apache",
        extensions: ["prc", "mobi"]
      },
      "application/x-mpegurl": {
        compressible: false
      },
      "application/x-ms-application": {
        source: "apache",
        extensions: ["application"]
      },
      "application/x-ms-shortcut": {
        source: "apache",
        extensions: ["lnk"]
      },
      "application/x-ms-wmd": {
        source: "apache",
        extensions: ["wmd"]
      },
      "application/x-ms-wmz": {
        source: "apache",
        extensions: ["wmz"]
      },
      "application/x-ms-xbap": {
        source: "apache",
        extensions: ["xbap"]
      },
      "application/x-msaccess": {
        source: "apache",
        extensions: ["mdb"]
      },
      "application/x-msbinder": {
        source: "apache",
        extensions: ["obd"]
      },
      "application/x-mscardfile": {
        source: "apache",
        extensions: ["crd"]
      },
      "application/x-msclip": {
        source: "apache",
        extensions: ["clp"]
      },
      "application/x-msdos-program": {
        extensions: ["exe"]
      },
      "application/x-msdownload": {
        source: "apache",
        extensions: ["exe", "dll", "com", "bat", "msi"]
      },
      "application/x-msmediaview": {
        source: "apache",
        extensions: ["mvb", "m13", "m14"]
      },
      "application/x-msmetafile": {
        source: "apache",
        extensions: ["wmf", "wmz", "emf", "emz"]
      },
      "application/x-msmoney": {
        source: "apache",
        extensions: ["mny"]
      },
      "application/x-mspublisher": {
        source: "apache",
        extensions: ["pub"]
      },
      "application/x-msschedule": {
        source: "apache",
        extensions: ["scd"]
      },
      "application/x-msterminal": {
        source: "apache",
        extensions: ["trm"]
      },
      "application/x-mswrite": {
        source: "apache",
        extensions: ["wri"]
      },
      "application/x-netcdf": {
        source: "apache",
        extensions: ["nc", "cdf"]
      },
      "application/x-ns-proxy-autoconfig": {
        compressible: true,
        extensions: ["pac"]
      },
      "application/x-nzb": {
        source: "apache",
        extensions: ["nzb"]
      },
      "application/x-perl": {
        source: "nginx",
        extensions: ["pl", "pm"]
      },
      "application/x-pilot": {
        source: "nginx",
        extensions: ["prc", "pdb"]
      },
      "application/x-pkcs12": {
        source: "apache",
        compressible: false,
        extensions: ["p12", "pfx"]
      },
      "application/x-pkcs7-certificates": {
        source: "apache",
        extensions: ["p7b", "spc"]
      },
      "application/x-pkcs7-certreqresp": {
        source: "apache",
        extensions: ["p7r"]
      },
      "application/x-pki-message": {
        source: "iana"
      },
      "application/x-rar-compressed": {
        source: "apache",
        compressible: false,
        extensions: ["rar"]
      },
      "application/x-redhat-package-manager": {
        source: "nginx",
        extensions: ["rpm"]
      },
      "application/x-research-info-systems": {
        source: "apache",
        extensions: ["ris"]
      },
      "application/x-sea": {
        source: "nginx",
        extensions: ["sea"]
      },
      "application/x-sh": {
        source: "apache",
        compressible: true,
        extensions: ["sh"]
      },
      "application/x-shar": {
        source: "apache",
        extensions: ["shar"]
      },
      "application/x-shockwave-flash": {
        source: "apache",
        compressible: false,
        extensions: ["swf"]
      },
      "application/x-silverlight-app": {
        source: "apache",
        extensions: ["xap"]
      },
      "application/x-sql": {
        source: "apache",
        extensions: ["sql"]
      },
      "application/x-stuffit": {
        source: "apache",
        compressible: false,
        extensions: ["sit"]
      },
      "application/x-stuffitx": {
        source: "apache",
        extensions: ["sitx"]
      },
      "application/x-subrip": {
        source: "apache",
        extensions: ["srt"]
      },
      "application/x-sv4cpio": {
        source: "apache",
        extensions: ["sv4cpio"]
      },
      "application/x-sv4crc": {
        source: "apache",
        extensions: ["sv4crc"]
      },
      "application/x-t3vm-image": {
        source: "apache",
        extensions: ["t3"]
      },
      "application/x-tads": {
        source: "apache",
        extensions: ["gam"]
      },
      "application/x-tar": {
        source: "apache",
        compressible: true,
        extensions: ["tar"]
      },
      "application/x-tcl": {
        source: "apache",
        extensions: ["tcl", "tk"]
      },
      "application/x-tex": {
        source: "apache",
        extensions: ["tex"]
      },
      "application/x-tex-tfm": {
        source: "apache",
        extensions: ["tfm"]
      },
      "application/x-texinfo": {
        source: "apache",
        extensions: ["texinfo", "texi"]
      },
      "application/x-tgif": {
        source: "apache",
        extensions: ["obj"]
      },
      "application/x-ustar": {
        source: "apache",
        extensions: ["ustar"]
      },
      "application/x-virtualbox-hdd": {
        compressible: true,
        extensions: ["hdd"]
      },
      "application/x-virtualbox-ova": {
        compressible: true,
        extensions: ["ova"]
      },
      "application/x-virtualbox-ovf": {
        compressible: true,
        extensions: ["ovf"]
      },
      "application/x-virtualbox-vbox": {
        compressible: true,
        extensions: ["vbox"]
      },
      "application/x-virtualbox-vbox-extpack": {
        compressible: false,
        extensions: ["vbox-extpack"]
      },
      "application/x-virtualbox-vdi": {
        compressible: true,
        extensions: ["vdi"]
      },
      "application/x-virtualbox-vhd": {
        compressible: true,
        extensions: ["vhd"]
      },
      "application/x-virtualbox-vmdk": {
        compressible: true,
        extensions: ["vmdk"]
      },
      "application/x-wais-source": {
        source: "apache",
        extensions: ["src"]
      },
      "application/x-web-app-manifest+json": {
        compressible: true,
        extensions: ["webapp"]
      },
      "application/x-www-form-urlencoded": {
        source: "iana",
        compressible: true
      },
      "application/x-x509-ca-cert": {
        source: "iana",
        extensions: ["der", "crt", "pem"]
      },
      "application/x-x509-ca-ra-cert": {
        source: "iana"
      },
      "application/x-x509-next-ca-cert": {
        source: "iana"
      },
      "application/x-xfig": {
        source: "apache",
        extensions: ["fig"]
      },
      "application/x-xliff+xml": {
        source: "apache",
        compressible: true,
        extensions: ["xlf"]
      },
      "application/x-xpinstall": {
        source: "apache",
        compressible: false,
        extensions: ["xpi"]
      },
      "application/x-xz": {
        source: "apache",
        extensions: ["xz"]
      },
      "application/x-zip-compressed": {
        extensions: ["zip"]
      },
      "application/x-zmachine": {
        source: "apache",
        extensions: ["z1", "z2", "z3", "z4", "z5", "z6", "z7", "z8"]
      },
      "application/x400-bp": {
        source: "iana"
      },
      "application/xacml+xml": {
        source: "iana",
        compressible: true
      },
      "application/xaml+xml": {
        source: "apache",
        compressible: true,
        extensions: ["xaml"]
      },
      "application/xcap-att+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xav"]
      },
      "application/xcap-caps+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xca"]
      },
      "application/xcap-diff+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xdf"]
      },
      "application/xcap-el+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xel"]
      },
      "application/xcap-error+xml": {
        source: "iana",
        compressible: true
      },
      "application/xcap-ns+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xns"]
      },
      "application/xcon-conference-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/xcon-conference-info-diff+xml": {
        source: "iana",
        compressible: true
      },
      "application/xenc+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xenc"]
      },
      "application/xfdf": {
        source: "iana",
        extensions: ["xfdf"]
      },
      "application/xhtml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xhtml", "xht"]
      },
      "application/xhtml-voice+xml": {
        source: "apache",
        compressible: true
      },
      "application/xliff+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xlf"]
      },
      "application/xml": {
        source: "iana",
        compressible: true,
        extensions: ["xml", "xsl", "xsd", "rng"]
      },
      "application/xml-dtd": {
        source: "iana",
        compressible: true,
        extensions: ["dtd"]
      },
      "application/xml-external-parsed-entity": {
        source: "iana"
      },
      "application/xml-patch+xml": {
        source: "iana",
        compressible: true
      },
      "application/xmpp+xml": {
        source: "iana",
        compressible: true
      },
      "application/xop+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xop"]
      },
      "application/xproc+xml": {
        source: "apache",
        compressible: true,
        extensions: ["xpl"]
      },
      "application/xslt+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xsl", "xslt"]
      },
      "application/xspf+xml": {
        source: "apache",
        compressible: true,
        extensions: ["xspf"]
      },
      "application/xv+xml": {
        source: "iana",
        compressible: true,
        extensions: ["mxml", "xhvml", "xvml", "xvm"]
      },
      "application/yaml": {
        source: "iana"
      },
      "application/yang": {
        source: "iana",
        extensions: ["yang"]
      },
      "application/yang-data+cbor": {
        source: "iana"
      },
      "application/yang-data+json": {
        source: "iana",
        compressible: true
      },
      "application/yang-data+xml": {
        source: "iana",
        compressible: true
      },
      "application/yang-patch+json": {
        source: "iana",
        compressible: true
      },
      "application/yang-patch+xml": {
        source: "iana",
        compressible: true
      },
      "application/yang-sid+json": {
        source: "iana",
        compressible: true
      },
      "application/yin+xml": {
        source: "iana",
        compressible: true,
        extensions: ["yin"]
      },
      "application/zip": {
        source: "iana",
        compressible: false,
        extensions: ["zip"]
      },
      "application/zip+dotlottie": {
        extensions: ["lottie"]
      },
      "application/zlib": {
        source: "iana"
      },
      "application/zstd": {
        source: "iana"
      },
      "audio/1d-interleaved-parityfec": {
        source: "iana"
      },
      "audio/32kadpcm": {
        source: "iana"
      },
      "audio/3gpp": {
        source: "iana",
        compressible: false,
        extensions: ["3gpp"]
      },
      "audio/3gpp2": {
        source: "iana"
      },
      "audio/aac": {
        source: "iana",
        extensions: ["adts", "aac"]
      },
      "audio/ac3": {
        source: "iana"
      },
      "audio/adpcm": {
        source: "apache",
        extensions: ["adp"]
      },
      "audio/amr": {
        source: "iana",
        extensions: ["amr"]
      },
      "audio/amr-wb": {
        source: "iana"
      },
      "audio/amr-wb+": {
        source: "iana"
      },
      "audio/aptx": {
        source: "iana"
      },
      "audio/asc": {
        source: "iana"
      },
      "audio/atrac-advanced-lossless": {
        source: "iana"
      },
      "audio/atrac-x": {
        source: "iana"
      },
      "audio/atrac3": {
        source: "iana"
      },
      "audio/basic": {
        source: "iana",
        compressible: false,
        extensions: ["au", "snd"]
      },
      "audio/bv16": {
        source: "iana"
      },
      "audio/bv32": {
        source: "iana"
      },
      "audio/clearmode": {
        source: "iana"
      },
      "audio/cn": {
        source: "iana"
      },
      "audio/dat12": {
        source: "iana"
      },
      "audio/dls": {
        source: "iana"
      },
      "audio/dsr-es201108": {
        source: "iana"
      },
      "audio/dsr-es202050": {
        source: "iana"
      },
      "audio/dsr-es202211": {
        source: "iana"
      },
      "audio/dsr-es202212": {
        source: "iana"
      },
      "audio/dv": {
        source: "iana"
      },
      "audio/dvi4": {
        source: "iana"
      },
      "audio/eac3": {
        source: "iana"
      },
      "audio/encaprtp": {
        source: "iana"
      },
      "audio/evrc": {
        source: "iana"
      },
      "audio/evrc-qcp": {
        source: "iana"
      },
      "audio/evrc0": {
        source: "iana"
      },
      "audio/evrc1": {
        source: "iana"
      },
      "audio/evrcb": {
        source: "iana"
      },
      "audio/evrcb0": {
        source: "iana"
      },
      "audio/evrcb1": {
        source: "iana"
      },
      "audio/evrcnw": {
        source: "iana"
      },
      "audio/evrcnw0": {
        source: "iana"
      },
      "audio/evrcnw1": {
        source: "iana"
      },
      "audio/evrcwb": {
        source: "iana"
      },
      "audio/evrcwb0": {
        source: "iana"
      },
      "audio/evrcwb1": {
        source: "iana"
      },
      "audio/evs": {
        source: "iana"
      },
      "audio/flac": {
        source: "iana"
      },
      "audio/flexfec": {
        source: "iana"
      },
      "audio/fwdred": {
        source: "iana"
      },
      "audio/g711-0": {
        source: "iana"
      },
      "audio/g719": {
        source: "iana"
      },
      "audio/g722": {
        source: "iana"
      },
      "audio/g7221": {
        source: "iana"
      },
      "audio/g723": {
        source: "iana"
      },
      "audio/g726-16": {
        source: "iana"
      },
      "audio/g726-24": {
        source: "iana"
      },
      "audio/g726-32": {
        source: "iana"
      },
      "audio/g726-40": {
        source: "iana"
      },
      "audio/g728": {
        source: "iana"
      },
      "audio/g729": {
        source: "iana"
      },
      "audio/g7291": {
        source: "iana"
      },
      "audio/g729d": {
        source: "iana"
      },
      "audio/g729e": {
        source: "iana"
      },
      "audio/gsm": {
        source: "iana"
      },
      "audio/gsm-efr": {
        source: "iana"
      },
      "audio/gsm-hr-08": {
        source: "iana"
      },
      "audio/ilbc": {
        source: "iana"
      },
      "audio/ip-mr_v2.5": {
        source: "iana"
      },
      "audio/isac": {
        source: "apache"
      },
      "audio/l16": {
        source: "iana"
      },
      "audio/l20": {
        source: "iana"
      },
      "audio/l24": {
        source: "iana",
        compressible: false
      },
      "audio/l8": {
        source: "iana"
      },
      "audio/lpc": {
        source: "iana"
      },
      "audio/matroska": {
        source: "iana"
      },
      "audio/melp": {
        source: "iana"
      },
      "audio/melp1200": {
        source: "iana"
      },
      "audio/melp2400": {
        source: "iana"
      },
      "audio/melp600": {
        source: "iana"
      },
      "audio/mhas": {
        source: "iana"
      },
      "audio/midi": {
        source: "apache",
        extensions: ["mid", "midi", "kar", "rmi"]
      },
      "audio/midi-clip": {
        source: "iana"
      },
      "audio/mobile-xmf": {
        source: "iana",
        extensions: ["mxmf"]
      },
      "audio/mp3": {
        compressible: false,
        extensions: ["mp3"]
      },
      "audio/mp4": {
        source: "iana",
        compressible: false,
        extensions: ["m4a", "mp4a", "m4b"]
      },
      "audio/mp4a-latm": {
        source: "iana"
      },
      "audio/mpa": {
        source: "iana"
      },
      "audio/mpa-robust": {
        source: "iana"
      },
      "audio/mpeg": {
        source: "iana",
        compressible: false,
        extensions: ["mpga", "mp2", "mp2a", "mp3", "m2a", "m3a"]
      },
      "audio/mpeg4-generic": {
        source: "iana"
      },
      "audio/musepack": {
        source: "apache"
      },
      "audio/ogg": {
        source: "iana",
        compressible: false,
        extensions: ["oga", "ogg", "spx", "opus"]
      },
      "audio/opus": {
        source: "iana"
      },
      "audio/parityfec": {
        source: "iana"
      },
      "audio/pcma": {
        source: "iana"
      },
      "audio/pcma-wb": {
        source: "iana"
      },
      "audio/pcmu": {
        source: "iana"
      },
      "audio/pcmu-wb": {
        source: "iana"
      },
      "audio/prs.sid": {
        source: "iana"
      },
      "audio/qcelp": {
        source: "iana"
      },
      "audio/raptorfec": {
        source: "iana"
      },
      "audio/red": {
        source: "iana"
      },
      "audio/rtp-enc-aescm128": {
        source: "iana"
      },
      "audio/rtp-midi": {
        source: "iana"
      },
      "audio/rtploopback": {
        source: "iana"
      },
      "audio/rtx": {
        source: "iana"
      },
      "audio/s3m": {
        source: "apache",
        extensions: ["s3m"]
      },
      "audio/scip": {
        source: "iana"
      },
      "audio/silk": {
        source: "apache",
        extensions: ["sil"]
      },
      "audio/smv": {
        source: "iana"
      },
      "audio/smv-qcp": {
        source: "iana"
      },
      "audio/smv0": {
        source: "iana"
      },
      "audio/sofa": {
        source: "iana"
      },
      "audio/sp-midi": {
        source: "iana"
      },
      "audio/speex": {
        source: "iana"
      },
      "audio/t140c": {
        source: "iana"
      },
      "audio/t38": {
        source: "iana"
      },
      "audio/telephone-event": {
        source: "iana"
      },
      "audio/tetra_acelp": {
        source: "iana"
      },
      "audio/tetra_acelp_bb": {
        source: "iana"
      },
      "audio/tone": {
        source: "iana"
      },
      "audio/tsvcis": {
        source: "iana"
      },
      "audio/uemclip": {
        source: "iana"
      },
      "audio/ulpfec": {
        source: "iana"
      },
      "audio/usac": {
        source: "iana"
      },
      "audio/vdvi": {
        source: "iana"
      },
      "audio/vmr-wb": {
        source: "iana"
      },
      "audio/vnd.3gpp.iufp": {
        source: "iana"
      },
      "audio/vnd.4sb": {
        source: "iana"
      },
      "audio/vnd.audiokoz": {
        source: "iana"
      },
      "audio/vnd.celp": {
        source: "iana"
      },
      "audio/vnd.cisco.nse": {
        source: "iana"
      },
      "audio/vnd.cmles.radio-events": {
        source: "iana"
      },
      "audio/vnd.cns.anp1": {
        source: "iana"
      },
      "audio/vnd.cns.inf1": {
        source: "iana"
      },
      "audio/vnd.dece.audio": {
        source: "iana",
        extensions: ["uva", "uvva"]
      },
      "audio/vnd.digital-winds": {
        source: "iana",
        extensions: ["eol"]
      },
      "audio/vnd.dlna.adts": {
        source: "iana"
      },
      "audio/vnd.dolby.heaac.1": {
        source: "iana"
      },
      "audio/vnd.dolby.heaac.2": {
        source: "iana"
      },
      "audio/vnd.dolby.mlp": {
        source: "iana"
      },
      "audio/vnd.dolby.mps": {
        source: "iana"
      },
      "audio/vnd.dolby.pl2": {
        source: "iana"
      },
      "audio/vnd.dolby.pl2x": {
        source: "iana"
      },
      "audio/vnd.dolby.pl2z": {
        source: "iana"
      },
      "audio/vnd.dolby.pulse.1": {
        source: "iana"
      },
      "audio/vnd.dra": {
        source: "iana",
        extensions: ["dra"]
      },
      "audio/vnd.dts": {
        source: "iana",
        extensions: ["dts"]
      },
      "audio/vnd.dts.hd": {
        source: "iana",
        extensions: ["dtshd"]
      },
      "audio/vnd.dts.uhd": {
        source: "iana"
      },
      "audio/vnd.dvb.file": {
        source: "iana"
      },
      "audio/vnd.everad.plj": {
        source: "iana"
      },
      "audio/vnd.hns.audio": {
        source: "iana"
      },
      "audio/vnd.lucent.voice": {
        source: "iana",
        extensions: ["lvp"]
      },
      "audio/vnd.ms-playready.media.pya": {
        source: "iana",
        extensions: ["pya"]
      },
      "audio/vnd.nokia.mobile-xmf": {
        source: "iana"
      },
      "audio/vnd.nortel.vbk": {
        source: "iana"
      },
      "audio/vnd.nuera.ecelp4800": {
        source: "iana",
        extensions: ["ecelp4800"]
      },
      "audio/vnd.nuera.ecelp7470": {
        source: "iana",
        extensions: ["ecelp7470"]
      },
      "audio/vnd.nuera.ecelp9600": {
        source: "iana",
        extensions: ["ecelp9600"]
      },
      "audio/vnd.octel.sbc": {
        source: "iana"
      },
      "audio/vnd.presonus.multitrack": {
        source: "iana"
      },
      "audio/vnd.qcelp": {
        source: "apache"
      },
      "audio/vnd.rhetorex.32kadpcm": {
        source: "iana"
      },
      "audio/vnd.rip": {
        source: "iana",
        extensions: ["rip"]
      },
      "audio/vnd.rn-realaudio": {
        compressible: false
      },
      "audio/vnd.sealedmedia.softseal.mpeg": {
        source: "iana"
      },
      "audio/vnd.vmx.cvsd": {
        source: "iana"
      },
      "audio/vnd.wave": {
        compressible: false
      },
      "audio/vorbis": {
        source: "iana",
        compressible: false
      },
      "audio/vorbis-config": {
        source: "iana"
      },
      "audio/wav": {
        compressible: false,
        extensions: ["wav"]
      },
      "audio/wave": {
        compressible: false,
        extensions: ["wav"]
      },
      "audio/webm": {
        source: "apache",
        compressible: false,
        extensions: ["weba"]
      },
      "audio/x-aac": {
        source: "apache",
        compressible: false,
        extensions: ["aac"]
      },
      "audio/x-aiff": {
        source: "apache",
        extensions: ["aif", "aiff", "aifc"]
      },
      "audio/x-caf": {
        source: "apache",
        compressible: false,
        extensions: ["caf"]
      },
      "audio/x-flac": {
        source: "apache",
        extensions: ["flac"]
      },
      "audio/x-m4a": {
        source: "nginx",
        extensions: ["m4a"]
      },
      "audio/x-matroska": {
        source: "apache",
        extensions: ["mka"]
      },
      "audio/x-mpegurl": {
        source: "apache",
        extensions: ["m3u"]
      },
      "audio/x-ms-wax": {
        source: "apache",
        extensions: ["wax"]
      },
      "audio/x-ms-wma": {
        source: "apache",
        extensions: ["wma"]
      },
      "audio/x-pn-realaudio": {
        source: "apache",
        extensions: ["ram", "ra"]
      },
      "audio/x-pn-realaudio-plugin": {
        source: "apache",
        extensions: ["rmp"]
      },
      "audio/x-realaudio": {
        source: "nginx",
        extensions: ["ra"]
      },
      "audio/x-tta": {
        source: "apache"
      },
      "audio/x-wav": {
        source: "apache",
        extensions: ["wav"]
      },
      "audio/xm": {
        source: "apache",
        extensions: ["xm"]
      },
      "chemical/x-cdx": {
        source: "apache",
        extensions: ["cdx"]
      },
      "chemical/x-cif": {
        source: "apache",
        extensions: ["cif"]
      },
      "chemical/x-cmdf": {
        source: "apache",
        extensions: ["cmdf"]
      },
      "chemical/x-cml": {
        source: "apache",
        extensions: ["cml"]
      },
      "chemical/x-csml": {
        source: "apache",
        extensions: ["csml"]
      },
      "chemical/x-pdb": {
        source: "apache"
      },
      "chemical/x-xyz": {
        source: "apache",
        extensions: ["xyz"]
      },
      "font/collection": {
        source: "iana",
        extensions: ["ttc"]
      },
      "font/otf": {
        source: "iana",
        compressible: true,
        extensions: ["otf"]
      },
      "font/sfnt": {
        source: "iana"
      },
      "font/ttf": {
        source: "iana",
        compressible: true,
        extensions: ["ttf"]
      },
      "font/woff": {
        source: "iana",
        extensions: ["woff"]
      },
      "font/woff2": {
        source: "iana",
        extensions: ["woff2"]
      },
      "image/aces": {
        source: "iana",
        extensions: ["exr"]
      },
      "image/apng": {
        source: "iana",
        compressible: false,
        extensions: ["apng"]
      },
      "image/avci": {
        source: "iana",
        extensions: ["avci"]
      },
      "image/avcs": {
        source: "iana",
        extensions: ["avcs"]
      },
      "image/avif": {
        source: "iana",
        compressible: false,
        extensions: ["avif"]
      },
      "image/bmp": {
        source: "iana",
        compressible: true,
        extensions: ["bmp", "dib"]
      },
      "image/cgm": {
        source: "iana",
        extensions: ["cgm"]
      },
      "image/dicom-rle": {
        source: "iana",
        extensions: ["drle"]
      },
      "image/dpx": {
        source: "iana",
        extensions: ["dpx"]
      },
      "image/emf": {
        source: "iana",
        extensions: ["emf"]
      },
      "image/fits": {
        source: "iana",
        extensions: ["fits"]
      },
      "image/g3fax": {
        source: "iana",
        extensions: ["g3"]
      },
      "image/gif": {
        source: "iana",
        compressible: false,
        extensions: ["gif"]
      },
      "image/heic": {
        source: "iana",
        extensions: ["heic"]
      },
      "image/heic-sequence": {
        source: "iana",
        extensions: ["heics"]
      },
      "image/heif": {
        source: "iana",
        extensions: ["heif"]
      },
      "image/heif-sequence": {
        source: "iana",
        extensions: ["heifs"]
      },
      "image/hej2k": {
        source: "iana",
        extensions: ["hej2"]
      },
      "image/ief": {
        source: "iana",
        extensions: ["ief"]
      },
      "image/j2c": {
        source: "iana"
      },
      "image/jaii": {
        source: "iana",
        extensions: ["jaii"]
      },
      "image/jais": {
        source: "iana",
        extensions: ["jais"]
      },
      "image/jls": {
        source: "iana",
        extensions: ["jls"]
      },
      "image/jp2": {
        source: "iana",
        compressible: false,
        extensions: ["jp2", "jpg2"]
      },
      "image/jpeg": {
        source: "iana",
        compressible: false,
        extensions: ["jpg", "jpeg", "jpe"]
      },
      "image/jph": {
        source: "iana",
        extensions: ["jph"]
      },
      "image/jphc": {
        source: "iana",
        extensions: ["jhc"]
      },
      "image/jpm": {
        source: "iana",
        compressible: false,
        extensions: ["jpm", "jpgm"]
      },
      "image/jpx": {
        source: "iana",
        compressible: false,
        extensions: ["jpx", "jpf"]
      },
      "image/jxl": {
        source: "iana",
        extensions: ["jxl"]
      },
      "image/jxr": {
        source: "iana",
        extensions: ["jxr"]
      },
      "image/jxra": {
        source: "iana",
        extensions: ["jxra"]
      },
      "image/jxrs": {
        source: "iana",
        extensions: ["jxrs"]
      },
      "image/jxs": {
        source: "iana",
        extensions: ["jxs"]
      },
      "image/jxsc": {
        source: "iana",
        extensions: ["jxsc"]
      },
      "image/jxsi": {
        source: "iana",
        extensions: ["jxsi"]
      },
      "image/jxss": {
        source: "iana",
        extensions: ["jxss"]
      },
      "image/ktx": {
        source: "iana",
        extensions: ["ktx"]
      },
      "image/ktx2": {
        source: "iana",
        extensions: ["ktx2"]
      },
      "image/naplps": {
        source: "iana"
      },
      "image/pjpeg": {
        compressible: false,
        extensions: ["jfif"]
      },
      "image/png": {
        source: "iana",
        compressible: false,
        extensions: ["png"]
      },
      "image/prs.btif": {
        source: "iana",
        extensions: ["btif", "btf"]
      },
      "image/prs.pti": {
        source: "iana",
        extensions: ["pti"]
      },
      "image/pwg-raster": {
        source: "iana"
      },
      "image/sgi": {
        source: "apache",
        extensions: ["sgi"]
      },
      "image/svg+xml": {
        source: "iana",
        compressible: true,
        extensions: ["svg", "svgz"]
      },
      "image/t38": {
        source: "iana",
        extensions: ["t38"]
      },
      "image/tiff": {
        source: "iana",
        compressible: false,
        extensions: ["tif", "tiff"]
      },
      "image/tiff-fx": {
        source: "iana",
        extensions: ["tfx"]
      },
      "image/vnd.adobe.photoshop": {
        source: "iana",
        compressible: true,
        extensions: ["psd"]
      },
      "image/vnd.airzip.accelerator.azv": {
        source: "iana",
        extensions: ["azv"]
      },
      "image/vnd.clip": {
        source: "iana"
      },
      "image/vnd.cns.inf2": {
        source: "iana"
      },
      "image/vnd.dece.graphic": {
        source: "iana",
        extensions: ["uvi", "uvvi", "uvg", "uvvg"]
      },
      "image/vnd.djvu": {
        source: "iana",
        extensions: ["djvu", "djv"]
      },
      "image/vnd.dvb.subtitle": {
        source: "iana",
        extensions: ["sub"]
      },
      "image/vnd.dwg": {
        source: "iana",
        extensions: ["dwg"]
      },
      "image/vnd.dxf": {
        source: "iana",
        extensions: ["dxf"]
      },
      "image/vnd.fastbidsheet": {
        source: "iana",
        extensions: ["fbs"]
      },
      "image/vnd.fpx": {
        source: "iana",
        extensions: ["fpx"]
      },
      "image/vnd.fst": {
        source: "iana",
        extensions: ["fst"]
      },
      "image/vnd.fujixerox.edmics-mmr": {
        source: "iana",
        extensions: ["mmr"]
      },
      "image/vnd.fujixerox.edmics-rlc": {
        source: "iana",
        extensions: ["rlc"]
      },
      "image/vnd.globalgraphics.pgb": {
        source: "iana"
      },
      "image/vnd.microsoft.icon": {
        source: "iana",
        compressible: true,
        extensions: ["ico"]
      },
      "image/vnd.mix": {
        source: "iana"
      },
      "image/vnd.mozilla.apng": {
        source: "iana"
      },
      "image/vnd.ms-dds": {
        compressible: true,
        extensions: ["dds"]
      },
      "image/vnd.ms-modi": {
        source: "iana",
        extensions: ["mdi"]
      },
      "image/vnd.ms-photo": {
        source: "apache",
        extensions: ["wdp"]
      },
      "image/vnd.net-fpx": {
        source: "iana",
        extensions: ["npx"]
      },
      "image/vnd.pco.b16": {
        source: "iana",
        extensions: ["b16"]
      },
      "image/vnd.radiance": {
        source: "iana"
      },
      "image/vnd.sealed.png": {
        source: "iana"
      },
      "image/vnd.sealedmedia.softseal.gif": {
        source: "iana"
      },
      "image/vnd.sealedmedia.softseal.jpg": {
        source: "iana"
      },
      "image/vnd.svf": {
        source: "iana"
      },
      "image/vnd.tencent.tap": {
        source: "iana",
        extensions: ["tap"]
      },
      "image/vnd.valve.source.texture": {
        source: "iana",
        extensions: ["vtf"]
      },
      "image/vnd.wap.wbmp": {
        source: "iana",
        extensions: ["wbmp"]
      },
      "image/vnd.xiff": {
        source: "iana",
        extensions: ["xif"]
      },
      "image/vnd.zbrush.pcx": {
        source: "iana",
        extensions: ["pcx"]
      },
      "image/webp": {
        source: "iana",
        extensions: ["webp"]
      },
      "image/wmf": {
        source: "iana",
        extensions: ["wmf"]
      },
      "image/x-3ds": {
        source: "apache",
        extensions: ["3ds"]
      },
      "image/x-adobe-dng": {
        extensions: ["dng"]
      },
      "image/x-cmu-raster": {
        source: "apache",
        extensions: ["ras"]
      },
      "image/x-cmx": {
        source: "apache",
        extensions: ["cmx"]
      },
      "image/x-emf": {
        source: "iana"
      },
      "image/x-freehand": {
        source: "apache",
        extensions: ["fh", "fhc", "fh4", "fh5", "fh7"]
      },
      "image/x-icon": {
        source: "apache",
        compressible: true,
        extensions: ["ico"]
      },
      "image/x-jng": {
        source: "nginx",
        extensions: ["jng"]
      },
      "image/x-mrsid-image": {
        source: "apache",
        extensions: ["sid"]
      },
      "image/x-ms-bmp": {
        source: "nginx",
        compressible: true,
        extensions: ["bmp"]
      },
      "image/x-pcx": {
        source: "apache",
        extensions: ["pcx"]
      },
      "image/x-pict": {
        source: "apache",
        extensions: ["pic", "pct"]
      },
      "image/x-portable-anymap": {
        source: "apache",
        extensions: ["pnm"]
      },
      "image/x-portable-bitmap": {
        source: "apache",
        extensions: ["pbm"]
      },
      "image/x-portable-graymap": {
        source: "apache",
        extensions: ["pgm"]
      },
      "image/x-portable-pixmap": {
        source: "apache",
        extensions: ["ppm"]
      },
      "image/x-rgb": {
        source: "apache",
        extensions: ["rgb"]
      },
      "image/x-tga": {
        source: "apache",
        extensions: ["tga"]
      },
      "image/x-wmf": {
        source: "iana"
      },
      "image/x-xbitmap": {
        source: "apache",
        extensions: ["xbm"]
      },
      "image/x-xcf": {
        compressible: false
      },
      "image/x-xpixmap": {
        source: "apache",
        extensions: ["xpm"]
      },
      "image/x-xwindowdump": {
        source: "apache",
        extensions: ["xwd"]
      },
      "message/bhttp": {
        source: "iana"
      },
      "message/cpim": {
        source: "iana"
      },
      "message/delivery-status": {
        source: "iana"
      },
      "message/disposition-notification": {
        source: "iana",
        extensions: [
          "disposition-notification"
        ]
      },
      "message/external-body": {
        source: "iana"
      },
      "message/feedback-report": {
        source: "iana"
      },
      "message/global": {
        source: "iana",
        extensions: ["u8msg"]
      },
      "message/global-delivery-status": {
        source: "iana",
        extensions: ["u8dsn"]
      },
      "message/global-disposition-notification": {
        source: "iana",
        extensions: ["u8mdn"]
      },
      "message/global-headers": {
        source: "iana",
        extensions: ["u8hdr"]
      },
      "message/http": {
        source: "iana",
        compressible: false
      },
      "message/imdn+xml": {
        source: "iana",
        compressible: true
      },
      "message/mls": {
        source: "iana"
      },
      "message/news": {
        source: "apache"
      },
      "message/ohttp-req": {
        source: "iana"
      },
      "message/ohttp-res": {
        source: "iana"
      },
      "message/partial": {
        source: "iana",
        compressible: false
      },
      "message/rfc822": {
        source: "iana",
        compressible: true,
        extensions: ["eml", "mime", "mht", "mhtml"]
      },
      "message/s-http": {
        source: "apache"
      },
      "message/sip": {
        source: "iana"
      },
      "message/sipfrag": {
        source: "iana"
      },
      "message/tracking-status": {
        source: "iana"
      },
      "message/vnd.si.simp": {
        source: "apache"
      },
      "message/vnd.wfa.wsc": {
        source: "iana",
        extensions: ["wsc"]
      },
      "model/3mf": {
        source: "iana",
        extensions: ["3mf"]
      },
      "model/e57": {
        source: "iana"
      },
      "model/gltf+json": {
        source: "iana",
        compressible: true,
        extensions: ["gltf"]
      },
      "model/gltf-binary": {
        source: "iana",
        compressible: true,
        extensions: ["glb"]
      },
      "model/iges": {
        source: "iana",
        compressible: false,
        extensions: ["igs", "iges"]
      },
      "model/jt": {
        source: "iana",
        extensions: ["jt"]
      },
      "model/mesh": {
        source: "iana",
        compressible: false,
        extensions: ["msh", "mesh", "silo"]
      },
      "model/mtl": {
        source: "iana",
        extensions: ["mtl"]
      },
      "model/obj": {
        source: "iana",
        extensions: ["obj"]
      },
      "model/prc": {
        source: "iana",
        extensions: ["prc"]
      },
      "model/step": {
        source: "iana",
        extensions: ["step", "stp", "stpnc", "p21", "210"]
      },
      "model/step+xml": {
        source: "iana",
        compressible: true,
        extensions: ["stpx"]
      },
      "model/step+zip": {
        source: "iana",
        compressible: false,
        extensions: ["stpz"]
      },
      "model/step-xml+zip": {
        source: "iana",
        compressible: false,
        extensions: ["stpxz"]
      },
      "model/stl": {
        source: "iana",
        extensions: ["stl"]
      },
      "model/u3d": {
        source: "iana",
        extensions: ["u3d"]
      },
      "model/vnd.bary": {
        source: "iana",
        extensions: ["bary"]
      },
      "model/vnd.cld": {
        source: "iana",
        extensions: ["cld"]
      },
      "model/vnd.collada+xml": {
        source: "iana",
        compressible: true,
        extensions: ["dae"]
      },
      "model/vnd.dwf": {
        source: "iana",
        extensions: ["dwf"]
      },
      "model/vnd.flatland.3dml": {
        source: "iana"
      },
      "model/vnd.gdl": {
        source: "iana",
        extensions: ["gdl"]
      },
      "model/vnd.gs-gdl": {
        source: "apache"
      },
      "model/vnd.gs.gdl": {
        source: "iana"
      },
      "model/vnd.gtw": {
        source: "iana",
        extensions: ["gtw"]
      },
      "model/vnd.moml+xml": {
        source: "iana",
        compressible: true
      },
      "model/vnd.mts": {
        source: "iana",
        extensions: ["mts"]
      },
      "model/vnd.opengex": {
        source: "iana",
        extensions: ["ogex"]
      },
      "model/vnd.parasolid.transmit.binary": {
        source: "iana",
        extensions: ["x_b"]
      },
      "model/vnd.parasolid.transmit.text": {
        source: "iana",
        extensions: ["x_t"]
      },
      "model/vnd.pytha.pyox": {
        source: "iana",
        extensions: ["pyo", "pyox"]
      },
      "model/vnd.rosette.annotated-data-model": {
        source: "iana"
      },
      "model/vnd.sap.vds": {
        source: "iana",
        extensions: ["vds"]
      },
      "model/vnd.usda": {
        source: "iana",
        extensions: ["usda"]
      },
      "model/vnd.usdz+zip": {
        source: "iana",
        compressible: false,
        extensions: ["usdz"]
      },
      "model/vnd.valve.source.compiled-map": {
        source: "iana",
        extensions: ["bsp"]
      },
      "model/vnd.vtu": {
        source: "iana",
        extensions: ["vtu"]
      },
      "model/vrml": {
        source: "iana",
        compressible: false,
        extensions: ["wrl", "vrml"]
      },
      "model/x3d+binary": {
        source: "apache",
        compressible: false,
        extensions: ["x3db", "x3dbz"]
      },
      "model/x3d+fastinfoset": {
        source: "iana",
        extensions: ["x3db"]
      },
      "model/x3d+vrml": {
        source: "apache",
        compressible: false,
        extensions: ["x3dv", "x3dvz"]
      },
      "model/x3d+xml": {
        source: "iana",
        compressible: true,
        extensions: ["x3d", "x3dz"]
      },
      "model/x3d-vrml": {
        source: "iana",
        extensions: ["x3dv"]
      },
      "multipart/alternative": {
        source: "iana",
        compressible: false
      },
      "multipart/appledouble": {
        source: "iana"
      },
      "multipart/byteranges": {
        source: "iana"
      },
      "multipart/digest": {
        source: "iana"
      },
      "multipart/encrypted": {
        source: "iana",
        compressible: false
      },
      "multipart/form-data": {
        source: "iana",
        compressible: false
      },
      "multipart/header-set": {
        source: "iana"
      },
      "multipart/mixed": {
        source: "iana"
      },
      "multipart/multilingual": {
        source: "iana"
      },
      "multipart/parallel": {
        source: "iana"
      },
      "multipart/related": {
        source: "iana",
        compressible: false
      },
      "multipart/report": {
        source: "iana"
      },
      "multipart/signed": {
        source: "iana",
        compressible: false
      },
      "multipart/vnd.bint.med-plus": {
        source: "iana"
      },
      "multipart/voice-message": {
        source: "iana"
      },
      "multipart/x-mixed-replace": {
        source: "iana"
      },
      "text/1d-interleaved-parityfec": {
        source: "iana"
      },
      "text/cache-manifest": {
        source: "iana",
        compressible: true,
        extensions: ["appcache", "manifest"]
      },
      "text/calendar": {
        source: "iana",
        extensions: ["ics", "ifb"]
      },
      "text/calender": {
        compressible: true
      },
      "text/cmd": {
        compressible: true
      },
      "text/coffeescript": {
        extensions: ["coffee", "litcoffee"]
      },
      "text/cql": {
        source: "iana"
      },
      "text/cql-expression": {
        source: "iana"
      },
      "text/cql-identifier": {
        source: "iana"
      },
      "text/css": {
        source: "iana",
        charset: "UTF-8",
        compressible: true,
        extensions: ["css"]
      },
      "text/csv": {
        source: "iana",
        compressible: true,
        extensions: ["csv"]
      },
      "text/csv-schema": {
        source: "iana"
      },
      "text/directory": {
        source: "iana"
      },
      "text/dns": {
        source: "iana"
      },
      "text/ecmascript": {
        source: "apache"
      },
      "text/encaprtp": {
        source: "iana"
      },
      "text/enriched": {
        source: "iana"
      },
      "text/fhirpath": {
        source: "iana"
      },
      "text/flexfec": {
        source: "iana"
      },
      "text/fwdred": {
        source: "iana"
      },
      "text/gff3": {
        source: "iana"
      },
      "text/grammar-ref-list": {
        source: "iana"
      },
      "text/hl7v2": {
        source: "iana"
      },
      "text/html": {
        source: "iana",
        compressible: true,
        extensions: ["html", "htm", "shtml"]
      },
      "text/jade": {
        extensions: ["jade"]
      },
      "text/javascript": {
        source: "iana",
        charset: "UTF-8",
        compressible: true,
        extensions: ["js", "mjs"]
      },
      "text/jcr-cnd": {
        source: "iana"
      },
      "text/jsx": {
        compressible: true,
        extensions: ["jsx"]
      },
      "text/less": {
        compressible: true,
        extensions: ["less"]
      },
      "text/markdown": {
        source: "iana",
        compressible: true,
        extensions: ["md", "markdown"]
      },
      "text/mathml": {
        source: "nginx",
        extensions: ["mml"]
      },
      "text/mdx": {
        compressible: true,
        extensions: ["mdx"]
      },
      "text/mizar": {
        source: "iana"
      },
      "text/n3": {
        source: "iana",
        charset: "UTF-8",
        compressible: true,
        extensions: ["n3"]
      },
      "text/parameters": {
        source: "iana",
        charset: "UTF-8"
      },
      "text/parityfec": {
        source: "iana"
      },
      "text/plain": {
        source: "iana",
        compressible: true,
        extensions: ["txt", "text", "conf", "def", "list", "log", "in", "ini"]
      },
      "text/provenance-notation": {
        source: "iana",
        charset: "UTF-8"
      },
      "text/prs.fallenstein.rst": {
        source: "iana"
      },
      "text/prs.lines.tag": {
        source: "iana",
        extensions: ["dsc"]
      },
      "text/prs.prop.logic": {
        source: "iana"
      },
      "text/prs.texi": {
        source: "iana"
      },
      "text/raptorfec": {
        source: "iana"
      },
      "text/red": {
        source: "iana"
      },
      "text/rfc822-headers": {
        source: "iana"
      },
      "text/richtext": {
        source: "iana",
        compressible: true,
        extensions: ["rtx"]
      },
      "text/rtf": {
        source: "iana",
        compressible: true,
        extensions: ["rtf"]
      },
      "text/rtp-enc-aescm128": {
        source: "iana"
      },
      "text/rtploopback": {
        source: "iana"
      },
      "text/rtx": {
        source: "iana"
      },
      "text/sgml": {
        source: "iana",
        extensions: ["sgml", "sgm"]
      },
      "text/shaclc": {
        source: "iana"
      },
      "text/shex": {
        source: "iana",
        extensions: ["shex"]
      },
      "text/slim": {
        extensions: ["slim", "slm"]
      },
      "text/spdx": {
        source: "iana",
        extensions: ["spdx"]
      },
      "text/strings": {
        source: "iana"
      },
      "text/stylus": {
        extensions: ["stylus", "styl"]
      },
      "text/t140": {
        source: "iana"
      },
      "text/tab-separated-values": {
        source: "iana",
        compressible: true,
        extensions: ["tsv"]
      },
      "text/troff": {
        source: "iana",
        extensions: ["t", "tr", "roff", "man", "me", "ms"]
      },
      "text/turtle": {
        source: "iana",
        charset: "UTF-8",
        extensions: ["ttl"]
      },
      "text/ulpfec": {
        source: "iana"
      },
      "text/uri-list": {
        source: "iana",
        compressible: true,
        extensions: ["uri", "uris", "urls"]
      },
      "text/vcard": {
        source: "iana",
        compressible: true,
        extensions: ["vcard"]
      },
      "text/vnd.a": {
        source: "iana"
      },
      "text/vnd.abc": {
        source: "iana"
      },
      "text/vnd.ascii-art": {
        source: "iana"
      },
      "text/vnd.curl": {
        source: "iana",
        extensions: ["curl"]
      },
      "text/vnd.curl.dcurl": {
        source: "apache",
        extensions: ["dcurl"]
      },
      "text/vnd.curl.mcurl": {
        source: "apache",
        extensions: ["mcurl"]
      },
      "text/vnd.curl.scurl": {
        source: "apache",
        extensions: ["scurl"]
      },
      "text/vnd.debian.copyright": {
        source: "iana",
        charset: "UTF-8"
      },
      "text/vnd.dmclientscript": {
        source: "iana"
      },
      "text/vnd.dvb.subtitle": {
        source: "iana",
        extensions: ["sub"]
      },
      "text/vnd.esmertec.theme-descriptor": {
        source: "iana",
        charset: "UTF-8"
      },
      "text/vnd.exchangeable": {
        source: "iana"
      },
      "text/vnd.familysearch.gedcom": {
        source: "iana",
        extensions: ["ged"]
      },
      "text/vnd.ficlab.flt": {
        source: "iana"
      },
      "text/vnd.fly": {
        source: "iana",
        extensions: ["fly"]
      },
      "text/vnd.fmi.flexstor": {
        source: "iana",
        extensions: ["flx"]
      },
      "text/vnd.gml": {
        source: "iana"
      },
      "text/vnd.graphviz": {
        source: "iana",
        extensions: ["gv"]
      },
      "text/vnd.hans": {
        source: "iana"
      },
      "text/vnd.hgl": {
        source: "iana"
      },
      "text/vnd.in3d.3dml": {
        source: "iana",
        extensions: ["3dml"]
      },
      "text/vnd.in3d.spot": {
        source: "iana",
        extensions: ["spot"]
      },
      "text/vnd.iptc.newsml": {
        source: "iana"
      },
      "text/vnd.iptc.nitf": {
        source: "iana"
      },
      "text/vnd.latex-z": {
        source: "iana"
      },
      "text/vnd.motorola.reflex": {
        source: "iana"
      },
      "text/vnd.ms-mediapackage": {
        source: "iana"
      },
      "text/vnd.net2phone.commcenter.command": {
        source: "iana"
      },
      "text/vnd.radisys.msml-basic-layout": {
        source: "iana"
      },
      "text/vnd.senx.warpscript": {
        source: "iana"
      },
      "text/vnd.si.uricatalogue": {
        source: "apache"
      },
      "text/vnd.sosi": {
        source: "iana"
      },
      "text/vnd.sun.j2me.app-descriptor": {
        source: "iana",
        charset: "UTF-8",
        extensions: ["jad"]
      },
      "text/vnd.trolltech.linguist": {
        source: "iana",
        charset: "UTF-8"
      },
      "text/vnd.vcf": {
        source: "iana"
      },
      "text/vnd.wap.si": {
        source: "iana"
      },
      "text/vnd.wap.sl": {
        source: "iana"
      },
      "text/vnd.wap.wml": {
        source: "iana",
        extensions: ["wml"]
      },
      "text/vnd.wap.wmlscript": {
        source: "iana",
        extensions: ["wmls"]
      },
      "text/vnd.zoo.kcl": {
        source: "iana"
      },
      "text/vtt": {
        source: "iana",
        charset: "UTF-8",
        compressible: true,
        extensions: ["vtt"]
      },
      "text/wgsl": {
        source: "iana",
        extensions: ["wgsl"]
      },
      "text/x-asm": {
        source: "apache",
        extensions: ["s", "asm"]
      },
      "text/x-c": {
        source: "apache",
        extensions: ["c", "cc", "cxx", "cpp", "h", "hh", "dic"]
      },
      "text/x-component": {
        source: "nginx",
        extensions: ["htc"]
      },
      "text/x-fortran": {
        source: "apache",
        extensions: ["f", "for", "f77", "f90"]
      },
      "text/x-gwt-rpc": {
        compressible: true
      },
      "text/x-handlebars-template": {
        extensions: ["hbs"]
      },
      "text/x-java-source": {
        source: "apache",
        extensions: ["java"]
      },
      "text/x-jquery-tmpl": {
        compressible: true
      },
      "text/x-lua": {
        extensions: ["lua"]
      },
      "text/x-markdown": {
        compressible: true,
        extensions: ["mkd"]
      },
      "text/x-nfo": {
        source: "apache",
        extensions: ["nfo"]
      },
      "text/x-opml": {
        source: "apache",
        extensions: ["opml"]
      },
      "text/x-org": {
        compressible: true,
        extensions: ["org"]
      },
      "text/x-pascal": {
        source: "apache",
        extensions: ["p", "pas"]
      },
      "text/x-processing": {
        compressible: true,
        extensions: ["pde"]
      },
      "text/x-sass": {
        extensions: ["sass"]
      },
      "text/x-scss": {
        extensions: ["scss"]
      },
      "text/x-setext": {
        source: "apache",
        extensions: ["etx"]
      },
      "text/x-sfv": {
        source: "apache",
        extensions: ["sfv"]
      },
      "text/x-suse-ymp": {
        compressible: true,
        extensions: ["ymp"]
      },
      "text/x-uuencode": {
        source: "apache",
        extensions: ["uu"]
      },
      "text/x-vcalendar": {
        source: "apache",
        extensions: ["vcs"]
      },
      "text/x-vcard": {
        source: "apache",
        extensions: ["vcf"]
      },
      "text/xml": {
        source: "iana",
        compressible: true,
        extensions: ["xml"]
      },
      "text/xml-external-parsed-entity": {
        source: "iana"
      },
      "text/yaml": {
        compressible: true,
        extensions: ["yaml", "yml"]
      },
      "video/1d-interleaved-parityfec": {
        source: "iana"
      },
      "video/3gpp": {
        source: "iana",
        extensions: ["3gp", "3gpp"]
      },
      "video/3gpp-tt": {
        source: "iana"
      },
      "video/3gpp2": {
        source: "iana",
        extensions: ["3g2"]
      },
      "video/av1": {
        source: "iana"
      },
      "video/bmpeg": {
        source: "iana"
      },
      "video/bt656": {
        source: "iana"
      },
      "video/celb": {
        source: "iana"
      },
      "video/dv": {
        source: "iana"
      },
      "video/encaprtp": {
        source: "iana"
      },
      "video/evc": {
        source: "iana"
      },
      "video/ffv1": {
        source: "iana"
      },
      "video/flexfec": {
        source: "iana"
      },
      "video/h261": {
        source: "iana",
        extensions: ["h261"]
      },
      "video/h263": {
        source: "iana",
        extensions: ["h263"]
      },
      "video/h263-1998": {
        source: "iana"
      },
      "video/h263-2000": {
        source: "iana"
      },
      "video/h264": {
        source: "iana",
        extensions: ["h264"]
      },
      "video/h264-rcdo": {
        source: "iana"
      },
      "video/h264-svc": {
        source: "iana"
      },
      "video/h265": {
        source: "iana"
      },
      "video/h266": {
        source: "iana"
      },
      "video/iso.segment": {
        source: "iana",
        extensions: ["m4s"]
      },
      "video/jpeg": {
        source: "iana",
        extensions: ["jpgv"]
      },
      "video/jpeg2000": {
        source: "iana"
      },
      "video/jpm": {
        source: "apache",
        extensions: ["jpm", "jpgm"]
      },
      "video/jxsv": {
        source: "iana"
      },
      "video/lottie+json": {
        source: "iana",
        compressible: true
      },
      "video/matroska": {
        source: "iana"
      },
      "video/matroska-3d": {
        source: "iana"
      },
      "video/mj2": {
        source: "iana",
        extensions: ["mj2", "mjp2"]
      },
      "video/mp1s": {
        source: "iana"
      },
      "video/mp2p": {
        source: "iana"
      },
      "video/mp2t": {
        source: "iana",
        extensions: ["ts", "m2t", "m2ts", "mts"]
      },
      "video/mp4": {
        source: "iana",
        compressible: false,
        extensions: ["mp4", "mp4v", "mpg4"]
      },
      "video/mp4v-es": {
        source: "iana"
      },
      "video/mpeg": {
        source: "iana",
        compressible: false,
        extensions: ["mpeg", "mpg", "mpe", "m1v", "m2v"]
      },
      "video/mpeg4-generic": {
        source: "iana"
      },
      "video/mpv": {
        source: "iana"
      },
      "video/nv": {
        source: "iana"
      },
      "video/ogg": {
        source: "iana",
        compressible: false,
        extensions: ["ogv"]
      },
      "video/parityfec": {
        source: "iana"
      },
      "video/pointer": {
        source: "iana"
      },
      "video/quicktime": {
        source: "iana",
        compressible: false,
        extensions: ["qt", "mov"]
      },
      "video/raptorfec": {
        source: "iana"
      },
      "video/raw": {
        source: "iana"
      },
      "video/rtp-enc-aescm128": {
        source: "iana"
      },
      "video/rtploopback": {
        source: "iana"
      },
      "video/rtx": {
        source: "iana"
      },
      "video/scip": {
        source: "iana"
      },
      "video/smpte291": {
        source: "iana"
      },
      "video/smpte292m": {
        source: "iana"
      },
      "video/ulpfec": {
        source: "iana"
      },
      "video/vc1": {
        source: "iana"
      },
      "video/vc2": {
        source: "iana"
      },
      "video/vnd.cctv": {
        source: "iana"
      },
      "video/vnd.dece.hd": {
        source: "iana",
        extensions: ["uvh", "uvvh"]
      },
      "video/vnd.dece.mobile": {
        source: "iana",
        extensions: ["uvm", "uvvm"]
      },
      "video/vnd.dece.mp4": {
        source: "iana"
      },
      "video/vnd.dece.pd": {
        source: "iana",
        extensions: ["uvp", "uvvp"]
      },
      "video/vnd.dece.sd": {
        source: "iana",
        extensions: ["uvs", "uvvs"]
      },
      "video/vnd.dece.video": {
        source: "iana",
        extensions: ["uvv", "uvvv"]
      },
      "video/vnd.directv.mpeg": {
        source: "iana"
      },
      "video/vnd.directv.mpeg-tts": {
        source: "iana"
      },
      "video/vnd.dlna.mpeg-tts": {
        source: "iana"
      },
      "video/vnd.dvb.file": {
        source: "iana",
        extensions: ["dvb"]
      },
      "video/vnd.fvt": {
        source: "iana",
        extensions: ["fvt"]
      },
      "video/vnd.hns.video": {
        source: "iana"
      },
      "video/vnd.iptvforum.1dparityfec-1010": {
        source: "iana"
      },
      "video/vnd.iptvforum.1dparityfec-2005": {
        source: "iana"
      },
      "video/vnd.iptvforum.2dparityfec-1010": {
        source: "iana"
      },
      "video/vnd.iptvforum.2dparityfec-2005": {
        source: "iana"
      },
      "video/vnd.iptvforum.ttsavc": {
        source: "iana"
      },
      "video/vnd.iptvforum.ttsmpeg2": {
        source: "iana"
      },
      "video/vnd.motorola.video": {
        source: "iana"
      },
      "video/vnd.motorola.videop": {
        source: "iana"
      },
      "video/vnd.mpegurl": {
        source: "iana",
        extensions: ["mxu", "m4u"]
      },
      "video/vnd.ms-playready.media.pyv": {
        source: "iana",
        extensions: ["pyv"]
      },
      "video/vnd.nokia.interleaved-multimedia": {
        source: "iana"
      },
      "video/vnd.nokia.mp4vr": {
        source: "iana"
      },
      "video/vnd.nokia.videovoip": {
        source: "iana"
      },
      "video/vnd.objectvideo": {
        source: "iana"
      },
      "video/vnd.planar": {
        source: "iana"
      },
      "video/vnd.radgamettools.bink": {
        source: "iana"
      },
      "video/vnd.radgamettools.smacker": {
        source: "apache"
      },
      "video/vnd.sealed.mpeg1": {
        source: "iana"
      },
      "video/vnd.sealed.mpeg4": {
        source: "iana"
      },
      "video/vnd.sealed.swf": {
        source: "iana"
      },
      "video/vnd.sealedmedia.softseal.mov": {
        source: "iana"
      },
      "video/vnd.uvvu.mp4": {
        source: "iana",
        extensions: ["uvu", "uvvu"]
      },
      "video/vnd.vivo": {
        source: "iana",
        extensions: ["viv"]
      },
      "video/vnd.youtube.yt": {
        source: "iana"
      },
      "video/vp8": {
        source: "iana"
      },
      "video/vp9": {
        source: "iana"
      },
      "video/webm": {
        source: "apache",
        compressible: false,
        extensions: ["webm"]
      },
      "video/x-f4v": {
        source: "apache",
        extensions: ["f4v"]
      },
      "video/x-fli": {
        source: "apache",
        extensions: ["fli"]
      },
      "video/x-flv": {
        source: "apache",
        compressible: false,
        extensions: ["flv"]
      },
      "video/x-m4v": {
        source: "apache",
        extensions: ["m4v"]
      },
      "video/x-matroska": {
        source: "apache",
        compressible: false,
        extensions: ["mkv", "mk3d", "mks"]
      },
      "video/x-mng": {
        source: "apache",
        extensions: ["mng"]
      },
      "video/x-ms-asf": {
        source: "apache",
        extensions: ["asf", "asx"]
      },
      "video/x-ms-vob": {
        source: "apache",
        extensions: ["vob"]
      },
      "video/x-ms-wm": {
        source: "apache",
        extensions: ["wm"]
      },
      "video/x-ms-wmv": {
        source: "apache",
        compressible: false,
        extensions: ["wmv"]
      },
      "video/x-ms-wmx": {
        source: "apache",
        extensions: ["wmx"]
      },
      "video/x-ms-wvx": {
        source: "apache",
        extensions: ["wvx"]
      },
      "video/x-msvideo": {
        source: "apache",
        extensions: ["avi"]
      },
      "video/x-sgi-movie": {
        source: "apache",
        extensions: ["movie"]
      },
      "video/x-smv": {
        source: "apache",
        extensions: ["smv"]
      },
      "x-conference/x-cooltalk": {
        source: "apache",
        extensions: ["ice"]
      },
      "x-shader/x-fragment": {
        compressible: true
      },
      "x-shader/x-vertex": {
        compressible: true
      }
    };
  }
});

// node_modules/mime-db/index.js
var require_mime_db = __commonJS({
  "node_modules/mime-db/index.js"(exports, module) {
    module.exports = require_db();
  }
});

// node_modules/mime-types/mimeScore.js
var require_mimeScore = __commonJS({
  "node_modules/mime-types/mimeScore.js"(exports, module) {
    var FACET_SCORES = {
      "prs.": 100,
      "x-": 200,
      "x.": 300,
      "vnd.": 400,
      default: 900
    };
    var SOURCE_SCORES = {
      nginx: 10,
      apache: 20,
      iana: 40,
      default: 30
      // definitions added by `jshttp/mime-db` project?
    };
    var TYPE_SCORES = {
      // prefer application/xml over text/xml
      // prefer application/rtf over text/rtf
      application: 1,
      // prefer font/woff over application/font-woff
      font: 2,
      // prefer video/mp4 over audio/mp4 over application/mp4
      // See https://www.rfc-editor.org/rfc/rfc4337.html#section-2
      audio: 2,
      video: 3,
      default: 0
    };
    module.exports = function mimeScore(mimeType, source = "default") {
      if (mimeType === "application/octet-stream") {
        return 0;
      }
      const [type, subtype] = mimeType.split("/");
      const facet = subtype.replace(/(\.|x-).*/, "$1");
      const facetScore = FACET_SCORES[facet] || FACET_SCORES.default;
      const sourceScore = SOURCE_SCORES[source] || SOURCE_SCORES.default;
      const typeScore = TYPE_SCORES[type] || TYPE_SCORES.default;
      const lengthScore = 1 - mimeType.length / 100;
      return facetScore + sourceScore + typeScore + lengthScore;
    };
  }
});

// node_modules/mime-types/index.js
var require_mime_types = __commonJS({
  "node_modules/mime-types/index.js"(exports) {
    "use strict";
    var db = require_mime_db();
    var extname = __require("path").extname;
    var mimeScore = require_mimeScore();
    var EXTRACT_TYPE_REGEXP = /^\s*([^;\s]*)(?:;|\s|$)/;
    var TEXT_TYPE_REGEXP = /^text\//i;
    exports.charset = charset;
    exports.charsets = { lookup: charset };
    exports.contentType = contentType2;
    exports.extension = extension;
    exports.extensions = /* @__PURE__ */ Object.create(null);
    exports.lookup = lookup;
    exports.types = /* @__PURE__ */ Object.create(null);
    exports._extensionConflicts = [];
    populateMaps(exports.extensions, exports.types);
    function charset(type) {
      if (!type || typeof type !== "string") {
        return false;
      }
      var match = EXTRACT_TYPE_REGEXP.exec(type);
      var mime = match && db[match[1].toLowerCase()];
      if (mime && mime.charset) {
        return mime.charset;
      }
      if (match && TEXT_TYPE_REGEXP.test(match[1])) {
        return "UTF-8";
      }
      return false;
    }
    function contentType2(str) {
      if (!str || typeof str !== "string") {
        return false;
      }
      var mime = str.indexOf("/") === -1 ? exports.lookup(str) : str;
      if (!mime) {
        return false;
      }
      if (mime.indexOf("charset") === -1) {
        var charset2 = exports.charset(mime);
        if (charset2) mime += "; charset=" + charset2.toLowerCase();
      }
      return mime;
    }
    function extension(type) {
      if (!type || typeof type !== "string") {
        return false;
      }
      var match = EXTRACT_TYPE_REGEXP.exec(type);
      var exts = match && exports.extensions[match[1].toLowerCase()];
      if (!exts || !exts.length) {
        return false;
      }
      return exts[0];
    }
    function lookup(path) {
      if (!path || typeof path !== "string") {
        return false;
      }
      var extension2 = extname("x." + path).toLowerCase().slice(1);
      if (!extension2) {
        return false;
      }
      return exports.types[extension2] || false;
    }
    function populateMaps(extensions, types) {
      Object.keys(db).forEach(function forEachMimeType(type) {
        var mime = db[type];
        var exts = mime.extensions;
        if (!exts || !exts.length) {
          return;
        }
        extensions[type] = exts;
        for (var i3 = 0; i3 < exts.length; i3++) {
          var extension2 = exts[i3];
          types[extension2] = _preferredType(extension2, types[extension2], type);
          const legacyType = _preferredTypeLegacy(
            extension2,
            types[extension2],
            type
          );
          if (legacyType !== types[extension2]) {
            exports._extensionConflicts.push([extension2, legacyType, types[extension2]]);
          }
        }
      });
    }
    function _preferredType(ext, type0, type1) {
      var score0 = type0 ? mimeScore(type0, db[type0].source) : 0;
      var score1 = type1 ? mimeScore(type1, db[type1].source) : 0;
      return score0 > score1 ? type0 : type1;
    }
    function _preferredTypeLegacy(ext, type0, type1) {
      var SOURCE_RANK = ["nginx", "apache", void 0, "iana"];
      var score0 = type0 ? SOURCE_RANK.indexOf(db[type0].source) : 0;
      var score1 = type1 ? SOURCE_RANK.indexOf(db[type1].source) : 0;
      if (exports.types[extension] !== "application/octet-stream" && (score0 > score1 || score0 === score1 && exports.types[extension]?.slice(0, 12) === "application/")) {
        return type0;
      }
      return score0 > score1 ? type0 : type1;
    }
  }
});

// node_modules/@aws-sdk/client-cloudfront/dist-es/auth/httpAuthSchemeProvider.js
var defaultCloudFrontHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
      name: "cloudfront",
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
var defaultCloudFrontHttpAuthSchemeProvider = (authParameters) => {
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

// node_modules/@aws-sdk/client-cloudfront/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "cloudfront"
  });
};
var commonParams = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-cloudfront/package.json
var package_default = {
  name: "@aws-sdk/client-cloudfront",
  version: "3.1164.0",
  description: "AWS SDK for JavaScript Cloudfront Client for Node.js, Browser and React Native",
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-cloudfront",
  license: "Apache-2.0",
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-cloudfront"
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
  const { ENV_CMDS_FULL_URI, ENV_CMDS_RELATIVE_URI, fromContainerMetadata, fromInstanceMetadata } = await import("./chunks/dist-es-ID5EOK6V.js");
  if (process.env[ENV_CMDS_RELATIVE_URI] || process.env[ENV_CMDS_FULL_URI]) {
    init.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromHttp/fromContainerMetadata");
    const { fromHttp } = await import("./chunks/dist-es-X6UA3JXX.js");
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
        forceRefreshLock = chain2(options).then((c3) => {
          credentials = c3;
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
          passiveLock = chain2(options).then((c3) => {
            credentials = c3;
          }).catch(() => {
          }).finally(() => {
            passiveLock = void 0;
          });
        }
      } else {
        activeLock = chain2(options).then((c3) => {
          credentials = c3;
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
    const { fromSSO } = await import("./chunks/dist-es-TZMIJEVQ.js");
    return fromSSO(init)(awsIdentityProperties);
  },
  async (awsIdentityProperties) => {
    init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromIni");
    const { fromIni } = await import("./chunks/dist-es-IVJQ3ET5.js");
    return fromIni(init)(awsIdentityProperties);
  },
  async (awsIdentityProperties) => {
    init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromProcess");
    const { fromProcess } = await import("./chunks/dist-es-M737OG3T.js");
    return fromProcess(init)(awsIdentityProperties);
  },
  async (awsIdentityProperties) => {
    init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromTokenFile");
    const { fromTokenFile } = await import("./chunks/dist-es-VW2VPPI4.js");
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

// node_modules/@aws-sdk/client-cloudfront/dist-es/endpoint/bdd.js
var o = "ref";
var p = "authSchemes";
var q = "name";
var s = "signingRegion";
var a = -1;
var b = true;
var c = "isSet";
var d = "PartitionResult";
var e = "booleanEquals";
var f = "stringEquals";
var g = "getAttr";
var h = { [o]: "Endpoint" };
var i = { "fn": g, "argv": [{ [o]: d }, "name"] };
var j = { [o]: d };
var k = { [p]: [{ [q]: "sigv4", [s]: "us-east-1" }] };
var l = { [p]: [{ [q]: "sigv4", [s]: "cn-northwest-1" }] };
var m = { [p]: [{ [q]: "sigv4", [s]: "{PartitionResult#implicitGlobalRegion}" }] };
var n = [{ [o]: "Region" }];
var _data = {
  conditions: [
    [c, [h]],
    [c, n],
    ["aws.partition", n, d],
    [e, [{ [o]: "UseFIPS" }, b]],
    [e, [{ [o]: "UseDualStack" }, b]],
    [f, [i, "aws"]],
    [f, [i, "aws-cn"]],
    [e, [{ fn: g, argv: [j, "supportsDualStack"] }, b]],
    [e, [{ fn: g, argv: [j, "supportsFIPS"] }, b]]
  ],
  results: [
    [a],
    [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
    [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
    [h, {}],
    ["https://cloudfront.global.api.aws", k],
    ["https://cloudfront-fips.global.api.aws", k],
    ["https://cloudfront.cn-northwest-1.amazonaws.com.cn", l],
    ["https://cloudfront-fips.cn-northwest-1.amazonaws.com.cn", l],
    ["https://cloudfront-fips.{PartitionResult#dualStackDnsSuffix}", m],
    [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://cloudfront-fips.{PartitionResult#dnsSuffix}", m],
    [a, "FIPS is enabled but this partition does not support FIPS"],
    ["https://cloudfront.{PartitionResult#dualStackDnsSuffix}", m],
    [a, "DualStack is enabled but this partition does not support DualStack"],
    ["https://cloudfront.{PartitionResult#dnsSuffix}", m],
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
  16,
  3,
  1,
  4,
  r + 15,
  2,
  5,
  r + 15,
  3,
  10,
  6,
  4,
  8,
  7,
  6,
  r + 6,
  r + 14,
  5,
  r + 4,
  9,
  7,
  r + 12,
  r + 13,
  4,
  13,
  11,
  6,
  r + 7,
  12,
  8,
  r + 10,
  r + 11,
  5,
  r + 5,
  14,
  7,
  15,
  r + 9,
  8,
  r + 8,
  r + 9,
  3,
  r + 1,
  17,
  4,
  r + 2,
  r + 3
]);
var bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

// node_modules/@aws-sdk/client-cloudfront/dist-es/endpoint/endpointResolver.js
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

// node_modules/@aws-sdk/client-cloudfront/dist-es/models/CloudFrontServiceException.js
var CloudFrontServiceException = class _CloudFrontServiceException extends ServiceException {
  static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.cloudfront#CloudFrontServiceException";
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _CloudFrontServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-cloudfront/dist-es/models/errors.js
var AccessDenied = class _AccessDenied extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#AccessDenied";
  name = "AccessDenied";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "AccessDenied",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AccessDenied.prototype);
    this.Message = opts.Message;
  }
};
var IllegalUpdate = class _IllegalUpdate extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#IllegalUpdate";
  name = "IllegalUpdate";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "IllegalUpdate",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _IllegalUpdate.prototype);
    this.Message = opts.Message;
  }
};
var InvalidArgument = class _InvalidArgument extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#InvalidArgument";
  name = "InvalidArgument";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidArgument",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidArgument.prototype);
    this.Message = opts.Message;
  }
};
var NoSuchDistribution = class _NoSuchDistribution extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#NoSuchDistribution";
  name = "NoSuchDistribution";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "NoSuchDistribution",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchDistribution.prototype);
    this.Message = opts.Message;
  }
};
var TooManyDistributionCNAMEs = class _TooManyDistributionCNAMEs extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#TooManyDistributionCNAMEs";
  name = "TooManyDistributionCNAMEs";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyDistributionCNAMEs",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyDistributionCNAMEs.prototype);
    this.Message = opts.Message;
  }
};
var EntityLimitExceeded = class _EntityLimitExceeded extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#EntityLimitExceeded";
  name = "EntityLimitExceeded";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "EntityLimitExceeded",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _EntityLimitExceeded.prototype);
    this.Message = opts.Message;
  }
};
var EntityNotFound = class _EntityNotFound extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#EntityNotFound";
  name = "EntityNotFound";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "EntityNotFound",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _EntityNotFound.prototype);
    this.Message = opts.Message;
  }
};
var InvalidIfMatchVersion = class _InvalidIfMatchVersion extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#InvalidIfMatchVersion";
  name = "InvalidIfMatchVersion";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidIfMatchVersion",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidIfMatchVersion.prototype);
    this.Message = opts.Message;
  }
};
var PreconditionFailed = class _PreconditionFailed extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#PreconditionFailed";
  name = "PreconditionFailed";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "PreconditionFailed",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _PreconditionFailed.prototype);
    this.Message = opts.Message;
  }
};
var BatchTooLarge = class _BatchTooLarge extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#BatchTooLarge";
  name = "BatchTooLarge";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "BatchTooLarge",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _BatchTooLarge.prototype);
    this.Message = opts.Message;
  }
};
var CachePolicyAlreadyExists = class _CachePolicyAlreadyExists extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#CachePolicyAlreadyExists";
  name = "CachePolicyAlreadyExists";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "CachePolicyAlreadyExists",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CachePolicyAlreadyExists.prototype);
    this.Message = opts.Message;
  }
};
var CachePolicyInUse = class _CachePolicyInUse extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#CachePolicyInUse";
  name = "CachePolicyInUse";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "CachePolicyInUse",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CachePolicyInUse.prototype);
    this.Message = opts.Message;
  }
};
var CannotChangeImmutablePublicKeyFields = class _CannotChangeImmutablePublicKeyFields extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#CannotChangeImmutablePublicKeyFields";
  name = "CannotChangeImmutablePublicKeyFields";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "CannotChangeImmutablePublicKeyFields",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CannotChangeImmutablePublicKeyFields.prototype);
    this.Message = opts.Message;
  }
};
var CannotDeleteEntityWhileInUse = class _CannotDeleteEntityWhileInUse extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#CannotDeleteEntityWhileInUse";
  name = "CannotDeleteEntityWhileInUse";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "CannotDeleteEntityWhileInUse",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CannotDeleteEntityWhileInUse.prototype);
    this.Message = opts.Message;
  }
};
var CannotUpdateEntityWhileInUse = class _CannotUpdateEntityWhileInUse extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#CannotUpdateEntityWhileInUse";
  name = "CannotUpdateEntityWhileInUse";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "CannotUpdateEntityWhileInUse",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CannotUpdateEntityWhileInUse.prototype);
    this.Message = opts.Message;
  }
};
var CNAMEAlreadyExists = class _CNAMEAlreadyExists extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#CNAMEAlreadyExists";
  name = "CNAMEAlreadyExists";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "CNAMEAlreadyExists",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CNAMEAlreadyExists.prototype);
    this.Message = opts.Message;
  }
};
var DistributionAlreadyExists = class _DistributionAlreadyExists extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#DistributionAlreadyExists";
  name = "DistributionAlreadyExists";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "DistributionAlreadyExists",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DistributionAlreadyExists.prototype);
    this.Message = opts.Message;
  }
};
var IllegalFieldLevelEncryptionConfigAssociationWithCacheBehavior = class _IllegalFieldLevelEncryptionConfigAssociationWithCacheBehavior extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#IllegalFieldLevelEncryptionConfigAssociationWithCacheBehavior";
  name = "IllegalFieldLevelEncryptionConfigAssociationWithCacheBehavior";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "IllegalFieldLevelEncryptionConfigAssociationWithCacheBehavior",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _IllegalFieldLevelEncryptionConfigAssociationWithCacheBehavior.prototype);
    this.Message = opts.Message;
  }
};
var InconsistentQuantities = class _InconsistentQuantities extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#InconsistentQuantities";
  name = "InconsistentQuantities";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InconsistentQuantities",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InconsistentQuantities.prototype);
    this.Message = opts.Message;
  }
};
var InvalidDefaultRootObject = class _InvalidDefaultRootObject extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#InvalidDefaultRootObject";
  name = "InvalidDefaultRootObject";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidDefaultRootObject",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDefaultRootObject.prototype);
    this.Message = opts.Message;
  }
};
var InvalidErrorCode = class _InvalidErrorCode extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#InvalidErrorCode";
  name = "InvalidErrorCode";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidErrorCode",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidErrorCode.prototype);
    this.Message = opts.Message;
  }
};
var InvalidForwardCookies = class _InvalidForwardCookies extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#InvalidForwardCookies";
  name = "InvalidForwardCookies";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidForwardCookies",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidForwardCookies.prototype);
    this.Message = opts.Message;
  }
};
var InvalidFunctionAssociation = class _InvalidFunctionAssociation extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#InvalidFunctionAssociation";
  name = "InvalidFunctionAssociation";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidFunctionAssociation",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidFunctionAssociation.prototype);
    this.Message = opts.Message;
  }
};
var InvalidGeoRestrictionParameter = class _InvalidGeoRestrictionParameter extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#InvalidGeoRestrictionParameter";
  name = "InvalidGeoRestrictionParameter";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidGeoRestrictionParameter",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidGeoRestrictionParameter.prototype);
    this.Message = opts.Message;
  }
};
var InvalidHeadersForS3Origin = class _InvalidHeadersForS3Origin extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#InvalidHeadersForS3Origin";
  name = "InvalidHeadersForS3Origin";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidHeadersForS3Origin",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidHeadersForS3Origin.prototype);
    this.Message = opts.Message;
  }
};
var InvalidLambdaFunctionAssociation = class _InvalidLambdaFunctionAssociation extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#InvalidLambdaFunctionAssociation";
  name = "InvalidLambdaFunctionAssociation";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidLambdaFunctionAssociation",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidLambdaFunctionAssociation.prototype);
    this.Message = opts.Message;
  }
};
var InvalidLocationCode = class _InvalidLocationCode extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#InvalidLocationCode";
  name = "InvalidLocationCode";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidLocationCode",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidLocationCode.prototype);
    this.Message = opts.Message;
  }
};
var InvalidMinimumProtocolVersion = class _InvalidMinimumProtocolVersion extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#InvalidMinimumProtocolVersion";
  name = "InvalidMinimumProtocolVersion";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidMinimumProtocolVersion",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidMinimumProtocolVersion.prototype);
    this.Message = opts.Message;
  }
};
var InvalidOrigin = class _InvalidOrigin extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#InvalidOrigin";
  name = "InvalidOrigin";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidOrigin",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidOrigin.prototype);
    this.Message = opts.Message;
  }
};
var InvalidOriginAccessControl = class _InvalidOriginAccessControl extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#InvalidOriginAccessControl";
  name = "InvalidOriginAccessControl";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidOriginAccessControl",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidOriginAccessControl.prototype);
    this.Message = opts.Message;
  }
};
var InvalidOriginAccessIdentity = class _InvalidOriginAccessIdentity extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#InvalidOriginAccessIdentity";
  name = "InvalidOriginAccessIdentity";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidOriginAccessIdentity",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidOriginAccessIdentity.prototype);
    this.Message = opts.Message;
  }
};
var InvalidOriginKeepaliveTimeout = class _InvalidOriginKeepaliveTimeout extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#InvalidOriginKeepaliveTimeout";
  name = "InvalidOriginKeepaliveTimeout";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidOriginKeepaliveTimeout",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidOriginKeepaliveTimeout.prototype);
    this.Message = opts.Message;
  }
};
var InvalidOriginReadTimeout = class _InvalidOriginReadTimeout extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#InvalidOriginReadTimeout";
  name = "InvalidOriginReadTimeout";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidOriginReadTimeout",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidOriginReadTimeout.prototype);
    this.Message = opts.Message;
  }
};
var InvalidProtocolSettings = class _InvalidProtocolSettings extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#InvalidProtocolSettings";
  name = "InvalidProtocolSettings";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidProtocolSettings",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidProtocolSettings.prototype);
    this.Message = opts.Message;
  }
};
var InvalidQueryStringParameters = class _InvalidQueryStringParameters extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#InvalidQueryStringParameters";
  name = "InvalidQueryStringParameters";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidQueryStringParameters",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidQueryStringParameters.prototype);
    this.Message = opts.Message;
  }
};
var InvalidRelativePath = class _InvalidRelativePath extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#InvalidRelativePath";
  name = "InvalidRelativePath";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidRelativePath",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidRelativePath.prototype);
    this.Message = opts.Message;
  }
};
var InvalidRequiredProtocol = class _InvalidRequiredProtocol extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#InvalidRequiredProtocol";
  name = "InvalidRequiredProtocol";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidRequiredProtocol",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidRequiredProtocol.prototype);
    this.Message = opts.Message;
  }
};
var InvalidResponseCode = class _InvalidResponseCode extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#InvalidResponseCode";
  name = "InvalidResponseCode";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidResponseCode",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidResponseCode.prototype);
    this.Message = opts.Message;
  }
};
var InvalidTTLOrder = class _InvalidTTLOrder extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#InvalidTTLOrder";
  name = "InvalidTTLOrder";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidTTLOrder",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidTTLOrder.prototype);
    this.Message = opts.Message;
  }
};
var InvalidViewerCertificate = class _InvalidViewerCertificate extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#InvalidViewerCertificate";
  name = "InvalidViewerCertificate";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidViewerCertificate",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidViewerCertificate.prototype);
    this.Message = opts.Message;
  }
};
var InvalidWebACLId = class _InvalidWebACLId extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#InvalidWebACLId";
  name = "InvalidWebACLId";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidWebACLId",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidWebACLId.prototype);
    this.Message = opts.Message;
  }
};
var MissingBody = class _MissingBody extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#MissingBody";
  name = "MissingBody";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "MissingBody",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _MissingBody.prototype);
    this.Message = opts.Message;
  }
};
var NoSuchCachePolicy = class _NoSuchCachePolicy extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#NoSuchCachePolicy";
  name = "NoSuchCachePolicy";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "NoSuchCachePolicy",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchCachePolicy.prototype);
    this.Message = opts.Message;
  }
};
var NoSuchFieldLevelEncryptionConfig = class _NoSuchFieldLevelEncryptionConfig extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#NoSuchFieldLevelEncryptionConfig";
  name = "NoSuchFieldLevelEncryptionConfig";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "NoSuchFieldLevelEncryptionConfig",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchFieldLevelEncryptionConfig.prototype);
    this.Message = opts.Message;
  }
};
var NoSuchOrigin = class _NoSuchOrigin extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#NoSuchOrigin";
  name = "NoSuchOrigin";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "NoSuchOrigin",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchOrigin.prototype);
    this.Message = opts.Message;
  }
};
var NoSuchOriginRequestPolicy = class _NoSuchOriginRequestPolicy extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#NoSuchOriginRequestPolicy";
  name = "NoSuchOriginRequestPolicy";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "NoSuchOriginRequestPolicy",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchOriginRequestPolicy.prototype);
    this.Message = opts.Message;
  }
};
var NoSuchRealtimeLogConfig = class _NoSuchRealtimeLogConfig extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#NoSuchRealtimeLogConfig";
  name = "NoSuchRealtimeLogConfig";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "NoSuchRealtimeLogConfig",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchRealtimeLogConfig.prototype);
    this.Message = opts.Message;
  }
};
var NoSuchResponseHeadersPolicy = class _NoSuchResponseHeadersPolicy extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#NoSuchResponseHeadersPolicy";
  name = "NoSuchResponseHeadersPolicy";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "NoSuchResponseHeadersPolicy",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchResponseHeadersPolicy.prototype);
    this.Message = opts.Message;
  }
};
var RealtimeLogConfigOwnerMismatch = class _RealtimeLogConfigOwnerMismatch extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#RealtimeLogConfigOwnerMismatch";
  name = "RealtimeLogConfigOwnerMismatch";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "RealtimeLogConfigOwnerMismatch",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _RealtimeLogConfigOwnerMismatch.prototype);
    this.Message = opts.Message;
  }
};
var TooManyCacheBehaviors = class _TooManyCacheBehaviors extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#TooManyCacheBehaviors";
  name = "TooManyCacheBehaviors";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyCacheBehaviors",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyCacheBehaviors.prototype);
    this.Message = opts.Message;
  }
};
var TooManyCertificates = class _TooManyCertificates extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#TooManyCertificates";
  name = "TooManyCertificates";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyCertificates",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyCertificates.prototype);
    this.Message = opts.Message;
  }
};
var TooManyCookieNamesInWhiteList = class _TooManyCookieNamesInWhiteList extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#TooManyCookieNamesInWhiteList";
  name = "TooManyCookieNamesInWhiteList";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyCookieNamesInWhiteList",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyCookieNamesInWhiteList.prototype);
    this.Message = opts.Message;
  }
};
var TooManyDistributions = class _TooManyDistributions extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#TooManyDistributions";
  name = "TooManyDistributions";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyDistributions",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyDistributions.prototype);
    this.Message = opts.Message;
  }
};
var TooManyDistributionsAssociatedToCachePolicy = class _TooManyDistributionsAssociatedToCachePolicy extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#TooManyDistributionsAssociatedToCachePolicy";
  name = "TooManyDistributionsAssociatedToCachePolicy";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyDistributionsAssociatedToCachePolicy",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyDistributionsAssociatedToCachePolicy.prototype);
    this.Message = opts.Message;
  }
};
var TooManyDistributionsAssociatedToFieldLevelEncryptionConfig = class _TooManyDistributionsAssociatedToFieldLevelEncryptionConfig extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#TooManyDistributionsAssociatedToFieldLevelEncryptionConfig";
  name = "TooManyDistributionsAssociatedToFieldLevelEncryptionConfig";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyDistributionsAssociatedToFieldLevelEncryptionConfig",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyDistributionsAssociatedToFieldLevelEncryptionConfig.prototype);
    this.Message = opts.Message;
  }
};
var TooManyDistributionsAssociatedToKeyGroup = class _TooManyDistributionsAssociatedToKeyGroup extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#TooManyDistributionsAssociatedToKeyGroup";
  name = "TooManyDistributionsAssociatedToKeyGroup";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyDistributionsAssociatedToKeyGroup",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyDistributionsAssociatedToKeyGroup.prototype);
    this.Message = opts.Message;
  }
};
var TooManyDistributionsAssociatedToOriginAccessControl = class _TooManyDistributionsAssociatedToOriginAccessControl extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#TooManyDistributionsAssociatedToOriginAccessControl";
  name = "TooManyDistributionsAssociatedToOriginAccessControl";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyDistributionsAssociatedToOriginAccessControl",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyDistributionsAssociatedToOriginAccessControl.prototype);
    this.Message = opts.Message;
  }
};
var TooManyDistributionsAssociatedToOriginRequestPolicy = class _TooManyDistributionsAssociatedToOriginRequestPolicy extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#TooManyDistributionsAssociatedToOriginRequestPolicy";
  name = "TooManyDistributionsAssociatedToOriginRequestPolicy";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyDistributionsAssociatedToOriginRequestPolicy",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyDistributionsAssociatedToOriginRequestPolicy.prototype);
    this.Message = opts.Message;
  }
};
var TooManyDistributionsAssociatedToResponseHeadersPolicy = class _TooManyDistributionsAssociatedToResponseHeadersPolicy extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#TooManyDistributionsAssociatedToResponseHeadersPolicy";
  name = "TooManyDistributionsAssociatedToResponseHeadersPolicy";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyDistributionsAssociatedToResponseHeadersPolicy",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyDistributionsAssociatedToResponseHeadersPolicy.prototype);
    this.Message = opts.Message;
  }
};
var TooManyDistributionsWithFunctionAssociations = class _TooManyDistributionsWithFunctionAssociations extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#TooManyDistributionsWithFunctionAssociations";
  name = "TooManyDistributionsWithFunctionAssociations";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyDistributionsWithFunctionAssociations",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyDistributionsWithFunctionAssociations.prototype);
    this.Message = opts.Message;
  }
};
var TooManyDistributionsWithLambdaAssociations = class _TooManyDistributionsWithLambdaAssociations extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#TooManyDistributionsWithLambdaAssociations";
  name = "TooManyDistributionsWithLambdaAssociations";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyDistributionsWithLambdaAssociations",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyDistributionsWithLambdaAssociations.prototype);
    this.Message = opts.Message;
  }
};
var TooManyDistributionsWithSingleFunctionARN = class _TooManyDistributionsWithSingleFunctionARN extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#TooManyDistributionsWithSingleFunctionARN";
  name = "TooManyDistributionsWithSingleFunctionARN";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyDistributionsWithSingleFunctionARN",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyDistributionsWithSingleFunctionARN.prototype);
    this.Message = opts.Message;
  }
};
var TooManyFunctionAssociations = class _TooManyFunctionAssociations extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#TooManyFunctionAssociations";
  name = "TooManyFunctionAssociations";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyFunctionAssociations",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyFunctionAssociations.prototype);
    this.Message = opts.Message;
  }
};
var TooManyHeadersInForwardedValues = class _TooManyHeadersInForwardedValues extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#TooManyHeadersInForwardedValues";
  name = "TooManyHeadersInForwardedValues";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyHeadersInForwardedValues",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyHeadersInForwardedValues.prototype);
    this.Message = opts.Message;
  }
};
var TooManyKeyGroupsAssociatedToDistribution = class _TooManyKeyGroupsAssociatedToDistribution extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#TooManyKeyGroupsAssociatedToDistribution";
  name = "TooManyKeyGroupsAssociatedToDistribution";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyKeyGroupsAssociatedToDistribution",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyKeyGroupsAssociatedToDistribution.prototype);
    this.Message = opts.Message;
  }
};
var TooManyLambdaFunctionAssociations = class _TooManyLambdaFunctionAssociations extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#TooManyLambdaFunctionAssociations";
  name = "TooManyLambdaFunctionAssociations";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyLambdaFunctionAssociations",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyLambdaFunctionAssociations.prototype);
    this.Message = opts.Message;
  }
};
var TooManyOriginCustomHeaders = class _TooManyOriginCustomHeaders extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#TooManyOriginCustomHeaders";
  name = "TooManyOriginCustomHeaders";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyOriginCustomHeaders",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyOriginCustomHeaders.prototype);
    this.Message = opts.Message;
  }
};
var TooManyOriginGroupsPerDistribution = class _TooManyOriginGroupsPerDistribution extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#TooManyOriginGroupsPerDistribution";
  name = "TooManyOriginGroupsPerDistribution";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyOriginGroupsPerDistribution",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyOriginGroupsPerDistribution.prototype);
    this.Message = opts.Message;
  }
};
var TooManyOrigins = class _TooManyOrigins extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#TooManyOrigins";
  name = "TooManyOrigins";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyOrigins",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyOrigins.prototype);
    this.Message = opts.Message;
  }
};
var TooManyQueryStringParameters = class _TooManyQueryStringParameters extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#TooManyQueryStringParameters";
  name = "TooManyQueryStringParameters";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyQueryStringParameters",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyQueryStringParameters.prototype);
    this.Message = opts.Message;
  }
};
var TooManyTrustedSigners = class _TooManyTrustedSigners extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#TooManyTrustedSigners";
  name = "TooManyTrustedSigners";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyTrustedSigners",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyTrustedSigners.prototype);
    this.Message = opts.Message;
  }
};
var TrustedKeyGroupDoesNotExist = class _TrustedKeyGroupDoesNotExist extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#TrustedKeyGroupDoesNotExist";
  name = "TrustedKeyGroupDoesNotExist";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TrustedKeyGroupDoesNotExist",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TrustedKeyGroupDoesNotExist.prototype);
    this.Message = opts.Message;
  }
};
var TrustedSignerDoesNotExist = class _TrustedSignerDoesNotExist extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#TrustedSignerDoesNotExist";
  name = "TrustedSignerDoesNotExist";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TrustedSignerDoesNotExist",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TrustedSignerDoesNotExist.prototype);
    this.Message = opts.Message;
  }
};
var EntityAlreadyExists = class _EntityAlreadyExists extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#EntityAlreadyExists";
  name = "EntityAlreadyExists";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "EntityAlreadyExists",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _EntityAlreadyExists.prototype);
    this.Message = opts.Message;
  }
};
var InvalidTagging = class _InvalidTagging extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#InvalidTagging";
  name = "InvalidTagging";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidTagging",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidTagging.prototype);
    this.Message = opts.Message;
  }
};
var UnsupportedOperation = class _UnsupportedOperation extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#UnsupportedOperation";
  name = "UnsupportedOperation";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "UnsupportedOperation",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnsupportedOperation.prototype);
    this.Message = opts.Message;
  }
};
var TooManyCachePolicies = class _TooManyCachePolicies extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#TooManyCachePolicies";
  name = "TooManyCachePolicies";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyCachePolicies",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyCachePolicies.prototype);
    this.Message = opts.Message;
  }
};
var TooManyCookiesInCachePolicy = class _TooManyCookiesInCachePolicy extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#TooManyCookiesInCachePolicy";
  name = "TooManyCookiesInCachePolicy";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyCookiesInCachePolicy",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyCookiesInCachePolicy.prototype);
    this.Message = opts.Message;
  }
};
var TooManyHeadersInCachePolicy = class _TooManyHeadersInCachePolicy extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#TooManyHeadersInCachePolicy";
  name = "TooManyHeadersInCachePolicy";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyHeadersInCachePolicy",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyHeadersInCachePolicy.prototype);
    this.Message = opts.Message;
  }
};
var TooManyQueryStringsInCachePolicy = class _TooManyQueryStringsInCachePolicy extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#TooManyQueryStringsInCachePolicy";
  name = "TooManyQueryStringsInCachePolicy";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyQueryStringsInCachePolicy",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyQueryStringsInCachePolicy.prototype);
    this.Message = opts.Message;
  }
};
var CloudFrontOriginAccessIdentityAlreadyExists = class _CloudFrontOriginAccessIdentityAlreadyExists extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#CloudFrontOriginAccessIdentityAlreadyExists";
  name = "CloudFrontOriginAccessIdentityAlreadyExists";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "CloudFrontOriginAccessIdentityAlreadyExists",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CloudFrontOriginAccessIdentityAlreadyExists.prototype);
    this.Message = opts.Message;
  }
};
var TooManyCloudFrontOriginAccessIdentities = class _TooManyCloudFrontOriginAccessIdentities extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#TooManyCloudFrontOriginAccessIdentities";
  name = "TooManyCloudFrontOriginAccessIdentities";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyCloudFrontOriginAccessIdentities",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyCloudFrontOriginAccessIdentities.prototype);
    this.Message = opts.Message;
  }
};
var EntitySizeLimitExceeded = class _EntitySizeLimitExceeded extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#EntitySizeLimitExceeded";
  name = "EntitySizeLimitExceeded";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "EntitySizeLimitExceeded",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _EntitySizeLimitExceeded.prototype);
    this.Message = opts.Message;
  }
};
var ContinuousDeploymentPolicyAlreadyExists = class _ContinuousDeploymentPolicyAlreadyExists extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#ContinuousDeploymentPolicyAlreadyExists";
  name = "ContinuousDeploymentPolicyAlreadyExists";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ContinuousDeploymentPolicyAlreadyExists",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ContinuousDeploymentPolicyAlreadyExists.prototype);
    this.Message = opts.Message;
  }
};
var StagingDistributionInUse = class _StagingDistributionInUse extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#StagingDistributionInUse";
  name = "StagingDistributionInUse";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "StagingDistributionInUse",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _StagingDistributionInUse.prototype);
    this.Message = opts.Message;
  }
};
var TooManyContinuousDeploymentPolicies = class _TooManyContinuousDeploymentPolicies extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#TooManyContinuousDeploymentPolicies";
  name = "TooManyContinuousDeploymentPolicies";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyContinuousDeploymentPolicies",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyContinuousDeploymentPolicies.prototype);
    this.Message = opts.Message;
  }
};
var ContinuousDeploymentPolicyInUse = class _ContinuousDeploymentPolicyInUse extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#ContinuousDeploymentPolicyInUse";
  name = "ContinuousDeploymentPolicyInUse";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ContinuousDeploymentPolicyInUse",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ContinuousDeploymentPolicyInUse.prototype);
    this.Message = opts.Message;
  }
};
var IllegalOriginAccessConfiguration = class _IllegalOriginAccessConfiguration extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#IllegalOriginAccessConfiguration";
  name = "IllegalOriginAccessConfiguration";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "IllegalOriginAccessConfiguration",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _IllegalOriginAccessConfiguration.prototype);
    this.Message = opts.Message;
  }
};
var InvalidDomainNameForOriginAccessControl = class _InvalidDomainNameForOriginAccessControl extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#InvalidDomainNameForOriginAccessControl";
  name = "InvalidDomainNameForOriginAccessControl";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidDomainNameForOriginAccessControl",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDomainNameForOriginAccessControl.prototype);
    this.Message = opts.Message;
  }
};
var NoSuchContinuousDeploymentPolicy = class _NoSuchContinuousDeploymentPolicy extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#NoSuchContinuousDeploymentPolicy";
  name = "NoSuchContinuousDeploymentPolicy";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "NoSuchContinuousDeploymentPolicy",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchContinuousDeploymentPolicy.prototype);
    this.Message = opts.Message;
  }
};
var InvalidAssociation = class _InvalidAssociation extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#InvalidAssociation";
  name = "InvalidAssociation";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidAssociation",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidAssociation.prototype);
    this.Message = opts.Message;
  }
};
var FieldLevelEncryptionConfigAlreadyExists = class _FieldLevelEncryptionConfigAlreadyExists extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#FieldLevelEncryptionConfigAlreadyExists";
  name = "FieldLevelEncryptionConfigAlreadyExists";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "FieldLevelEncryptionConfigAlreadyExists",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _FieldLevelEncryptionConfigAlreadyExists.prototype);
    this.Message = opts.Message;
  }
};
var NoSuchFieldLevelEncryptionProfile = class _NoSuchFieldLevelEncryptionProfile extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#NoSuchFieldLevelEncryptionProfile";
  name = "NoSuchFieldLevelEncryptionProfile";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "NoSuchFieldLevelEncryptionProfile",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchFieldLevelEncryptionProfile.prototype);
    this.Message = opts.Message;
  }
};
var QueryArgProfileEmpty = class _QueryArgProfileEmpty extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#QueryArgProfileEmpty";
  name = "QueryArgProfileEmpty";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "QueryArgProfileEmpty",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _QueryArgProfileEmpty.prototype);
    this.Message = opts.Message;
  }
};
var TooManyFieldLevelEncryptionConfigs = class _TooManyFieldLevelEncryptionConfigs extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#TooManyFieldLevelEncryptionConfigs";
  name = "TooManyFieldLevelEncryptionConfigs";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyFieldLevelEncryptionConfigs",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyFieldLevelEncryptionConfigs.prototype);
    this.Message = opts.Message;
  }
};
var TooManyFieldLevelEncryptionContentTypeProfiles = class _TooManyFieldLevelEncryptionContentTypeProfiles extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#TooManyFieldLevelEncryptionContentTypeProfiles";
  name = "TooManyFieldLevelEncryptionContentTypeProfiles";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyFieldLevelEncryptionContentTypeProfiles",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyFieldLevelEncryptionContentTypeProfiles.prototype);
    this.Message = opts.Message;
  }
};
var TooManyFieldLevelEncryptionQueryArgProfiles = class _TooManyFieldLevelEncryptionQueryArgProfiles extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#TooManyFieldLevelEncryptionQueryArgProfiles";
  name = "TooManyFieldLevelEncryptionQueryArgProfiles";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyFieldLevelEncryptionQueryArgProfiles",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyFieldLevelEncryptionQueryArgProfiles.prototype);
    this.Message = opts.Message;
  }
};
var FieldLevelEncryptionProfileAlreadyExists = class _FieldLevelEncryptionProfileAlreadyExists extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#FieldLevelEncryptionProfileAlreadyExists";
  name = "FieldLevelEncryptionProfileAlreadyExists";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "FieldLevelEncryptionProfileAlreadyExists",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _FieldLevelEncryptionProfileAlreadyExists.prototype);
    this.Message = opts.Message;
  }
};
var FieldLevelEncryptionProfileSizeExceeded = class _FieldLevelEncryptionProfileSizeExceeded extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#FieldLevelEncryptionProfileSizeExceeded";
  name = "FieldLevelEncryptionProfileSizeExceeded";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "FieldLevelEncryptionProfileSizeExceeded",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _FieldLevelEncryptionProfileSizeExceeded.prototype);
    this.Message = opts.Message;
  }
};
var NoSuchPublicKey = class _NoSuchPublicKey extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#NoSuchPublicKey";
  name = "NoSuchPublicKey";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "NoSuchPublicKey",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchPublicKey.prototype);
    this.Message = opts.Message;
  }
};
var TooManyFieldLevelEncryptionEncryptionEntities = class _TooManyFieldLevelEncryptionEncryptionEntities extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#TooManyFieldLevelEncryptionEncryptionEntities";
  name = "TooManyFieldLevelEncryptionEncryptionEntities";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyFieldLevelEncryptionEncryptionEntities",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyFieldLevelEncryptionEncryptionEntities.prototype);
    this.Message = opts.Message;
  }
};
var TooManyFieldLevelEncryptionFieldPatterns = class _TooManyFieldLevelEncryptionFieldPatterns extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#TooManyFieldLevelEncryptionFieldPatterns";
  name = "TooManyFieldLevelEncryptionFieldPatterns";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyFieldLevelEncryptionFieldPatterns",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyFieldLevelEncryptionFieldPatterns.prototype);
    this.Message = opts.Message;
  }
};
var TooManyFieldLevelEncryptionProfiles = class _TooManyFieldLevelEncryptionProfiles extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#TooManyFieldLevelEncryptionProfiles";
  name = "TooManyFieldLevelEncryptionProfiles";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyFieldLevelEncryptionProfiles",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyFieldLevelEncryptionProfiles.prototype);
    this.Message = opts.Message;
  }
};
var FunctionAlreadyExists = class _FunctionAlreadyExists extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#FunctionAlreadyExists";
  name = "FunctionAlreadyExists";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "FunctionAlreadyExists",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _FunctionAlreadyExists.prototype);
    this.Message = opts.Message;
  }
};
var FunctionSizeLimitExceeded = class _FunctionSizeLimitExceeded extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#FunctionSizeLimitExceeded";
  name = "FunctionSizeLimitExceeded";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "FunctionSizeLimitExceeded",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _FunctionSizeLimitExceeded.prototype);
    this.Message = opts.Message;
  }
};
var TooManyFunctions = class _TooManyFunctions extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#TooManyFunctions";
  name = "TooManyFunctions";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyFunctions",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyFunctions.prototype);
    this.Message = opts.Message;
  }
};
var TooManyInvalidationsInProgress = class _TooManyInvalidationsInProgress extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#TooManyInvalidationsInProgress";
  name = "TooManyInvalidationsInProgress";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyInvalidationsInProgress",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyInvalidationsInProgress.prototype);
    this.Message = opts.Message;
  }
};
var KeyGroupAlreadyExists = class _KeyGroupAlreadyExists extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#KeyGroupAlreadyExists";
  name = "KeyGroupAlreadyExists";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "KeyGroupAlreadyExists",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _KeyGroupAlreadyExists.prototype);
    this.Message = opts.Message;
  }
};
var TooManyKeyGroups = class _TooManyKeyGroups extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#TooManyKeyGroups";
  name = "TooManyKeyGroups";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyKeyGroups",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyKeyGroups.prototype);
    this.Message = opts.Message;
  }
};
var TooManyPublicKeysInKeyGroup = class _TooManyPublicKeysInKeyGroup extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#TooManyPublicKeysInKeyGroup";
  name = "TooManyPublicKeysInKeyGroup";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyPublicKeysInKeyGroup",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyPublicKeysInKeyGroup.prototype);
    this.Message = opts.Message;
  }
};
var MonitoringSubscriptionAlreadyExists = class _MonitoringSubscriptionAlreadyExists extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#MonitoringSubscriptionAlreadyExists";
  name = "MonitoringSubscriptionAlreadyExists";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "MonitoringSubscriptionAlreadyExists",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _MonitoringSubscriptionAlreadyExists.prototype);
    this.Message = opts.Message;
  }
};
var OriginAccessControlAlreadyExists = class _OriginAccessControlAlreadyExists extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#OriginAccessControlAlreadyExists";
  name = "OriginAccessControlAlreadyExists";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "OriginAccessControlAlreadyExists",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OriginAccessControlAlreadyExists.prototype);
    this.Message = opts.Message;
  }
};
var TooManyOriginAccessControls = class _TooManyOriginAccessControls extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#TooManyOriginAccessControls";
  name = "TooManyOriginAccessControls";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyOriginAccessControls",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyOriginAccessControls.prototype);
    this.Message = opts.Message;
  }
};
var OriginRequestPolicyAlreadyExists = class _OriginRequestPolicyAlreadyExists extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#OriginRequestPolicyAlreadyExists";
  name = "OriginRequestPolicyAlreadyExists";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "OriginRequestPolicyAlreadyExists",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OriginRequestPolicyAlreadyExists.prototype);
    this.Message = opts.Message;
  }
};
var TooManyCookiesInOriginRequestPolicy = class _TooManyCookiesInOriginRequestPolicy extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#TooManyCookiesInOriginRequestPolicy";
  name = "TooManyCookiesInOriginRequestPolicy";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyCookiesInOriginRequestPolicy",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyCookiesInOriginRequestPolicy.prototype);
    this.Message = opts.Message;
  }
};
var TooManyHeadersInOriginRequestPolicy = class _TooManyHeadersInOriginRequestPolicy extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#TooManyHeadersInOriginRequestPolicy";
  name = "TooManyHeadersInOriginRequestPolicy";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyHeadersInOriginRequestPolicy",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyHeadersInOriginRequestPolicy.prototype);
    this.Message = opts.Message;
  }
};
var TooManyOriginRequestPolicies = class _TooManyOriginRequestPolicies extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#TooManyOriginRequestPolicies";
  name = "TooManyOriginRequestPolicies";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyOriginRequestPolicies",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyOriginRequestPolicies.prototype);
    this.Message = opts.Message;
  }
};
var TooManyQueryStringsInOriginRequestPolicy = class _TooManyQueryStringsInOriginRequestPolicy extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#TooManyQueryStringsInOriginRequestPolicy";
  name = "TooManyQueryStringsInOriginRequestPolicy";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyQueryStringsInOriginRequestPolicy",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyQueryStringsInOriginRequestPolicy.prototype);
    this.Message = opts.Message;
  }
};
var PublicKeyAlreadyExists = class _PublicKeyAlreadyExists extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#PublicKeyAlreadyExists";
  name = "PublicKeyAlreadyExists";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "PublicKeyAlreadyExists",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _PublicKeyAlreadyExists.prototype);
    this.Message = opts.Message;
  }
};
var TooManyPublicKeys = class _TooManyPublicKeys extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#TooManyPublicKeys";
  name = "TooManyPublicKeys";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyPublicKeys",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyPublicKeys.prototype);
    this.Message = opts.Message;
  }
};
var RealtimeLogConfigAlreadyExists = class _RealtimeLogConfigAlreadyExists extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#RealtimeLogConfigAlreadyExists";
  name = "RealtimeLogConfigAlreadyExists";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "RealtimeLogConfigAlreadyExists",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _RealtimeLogConfigAlreadyExists.prototype);
    this.Message = opts.Message;
  }
};
var TooManyRealtimeLogConfigs = class _TooManyRealtimeLogConfigs extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#TooManyRealtimeLogConfigs";
  name = "TooManyRealtimeLogConfigs";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyRealtimeLogConfigs",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyRealtimeLogConfigs.prototype);
    this.Message = opts.Message;
  }
};
var ResponseHeadersPolicyAlreadyExists = class _ResponseHeadersPolicyAlreadyExists extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#ResponseHeadersPolicyAlreadyExists";
  name = "ResponseHeadersPolicyAlreadyExists";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ResponseHeadersPolicyAlreadyExists",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResponseHeadersPolicyAlreadyExists.prototype);
    this.Message = opts.Message;
  }
};
var TooLongCSPInResponseHeadersPolicy = class _TooLongCSPInResponseHeadersPolicy extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#TooLongCSPInResponseHeadersPolicy";
  name = "TooLongCSPInResponseHeadersPolicy";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooLongCSPInResponseHeadersPolicy",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooLongCSPInResponseHeadersPolicy.prototype);
    this.Message = opts.Message;
  }
};
var TooManyCustomHeadersInResponseHeadersPolicy = class _TooManyCustomHeadersInResponseHeadersPolicy extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#TooManyCustomHeadersInResponseHeadersPolicy";
  name = "TooManyCustomHeadersInResponseHeadersPolicy";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyCustomHeadersInResponseHeadersPolicy",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyCustomHeadersInResponseHeadersPolicy.prototype);
    this.Message = opts.Message;
  }
};
var TooManyRemoveHeadersInResponseHeadersPolicy = class _TooManyRemoveHeadersInResponseHeadersPolicy extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#TooManyRemoveHeadersInResponseHeadersPolicy";
  name = "TooManyRemoveHeadersInResponseHeadersPolicy";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyRemoveHeadersInResponseHeadersPolicy",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyRemoveHeadersInResponseHeadersPolicy.prototype);
    this.Message = opts.Message;
  }
};
var TooManyResponseHeadersPolicies = class _TooManyResponseHeadersPolicies extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#TooManyResponseHeadersPolicies";
  name = "TooManyResponseHeadersPolicies";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyResponseHeadersPolicies",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyResponseHeadersPolicies.prototype);
    this.Message = opts.Message;
  }
};
var StreamingDistributionAlreadyExists = class _StreamingDistributionAlreadyExists extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#StreamingDistributionAlreadyExists";
  name = "StreamingDistributionAlreadyExists";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "StreamingDistributionAlreadyExists",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _StreamingDistributionAlreadyExists.prototype);
    this.Message = opts.Message;
  }
};
var TooManyStreamingDistributionCNAMEs = class _TooManyStreamingDistributionCNAMEs extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#TooManyStreamingDistributionCNAMEs";
  name = "TooManyStreamingDistributionCNAMEs";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyStreamingDistributionCNAMEs",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyStreamingDistributionCNAMEs.prototype);
    this.Message = opts.Message;
  }
};
var TooManyStreamingDistributions = class _TooManyStreamingDistributions extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#TooManyStreamingDistributions";
  name = "TooManyStreamingDistributions";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyStreamingDistributions",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyStreamingDistributions.prototype);
    this.Message = opts.Message;
  }
};
var IllegalDelete = class _IllegalDelete extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#IllegalDelete";
  name = "IllegalDelete";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "IllegalDelete",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _IllegalDelete.prototype);
    this.Message = opts.Message;
  }
};
var CloudFrontOriginAccessIdentityInUse = class _CloudFrontOriginAccessIdentityInUse extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#CloudFrontOriginAccessIdentityInUse";
  name = "CloudFrontOriginAccessIdentityInUse";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "CloudFrontOriginAccessIdentityInUse",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CloudFrontOriginAccessIdentityInUse.prototype);
    this.Message = opts.Message;
  }
};
var NoSuchCloudFrontOriginAccessIdentity = class _NoSuchCloudFrontOriginAccessIdentity extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#NoSuchCloudFrontOriginAccessIdentity";
  name = "NoSuchCloudFrontOriginAccessIdentity";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "NoSuchCloudFrontOriginAccessIdentity",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchCloudFrontOriginAccessIdentity.prototype);
    this.Message = opts.Message;
  }
};
var ResourceNotDisabled = class _ResourceNotDisabled extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#ResourceNotDisabled";
  name = "ResourceNotDisabled";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ResourceNotDisabled",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceNotDisabled.prototype);
    this.Message = opts.Message;
  }
};
var DistributionNotDisabled = class _DistributionNotDisabled extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#DistributionNotDisabled";
  name = "DistributionNotDisabled";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "DistributionNotDisabled",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DistributionNotDisabled.prototype);
    this.Message = opts.Message;
  }
};
var ResourceInUse = class _ResourceInUse extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#ResourceInUse";
  name = "ResourceInUse";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ResourceInUse",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceInUse.prototype);
    this.Message = opts.Message;
  }
};
var FieldLevelEncryptionConfigInUse = class _FieldLevelEncryptionConfigInUse extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#FieldLevelEncryptionConfigInUse";
  name = "FieldLevelEncryptionConfigInUse";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "FieldLevelEncryptionConfigInUse",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _FieldLevelEncryptionConfigInUse.prototype);
    this.Message = opts.Message;
  }
};
var FieldLevelEncryptionProfileInUse = class _FieldLevelEncryptionProfileInUse extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#FieldLevelEncryptionProfileInUse";
  name = "FieldLevelEncryptionProfileInUse";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "FieldLevelEncryptionProfileInUse",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _FieldLevelEncryptionProfileInUse.prototype);
    this.Message = opts.Message;
  }
};
var FunctionInUse = class _FunctionInUse extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#FunctionInUse";
  name = "FunctionInUse";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "FunctionInUse",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _FunctionInUse.prototype);
    this.Message = opts.Message;
  }
};
var NoSuchFunctionExists = class _NoSuchFunctionExists extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#NoSuchFunctionExists";
  name = "NoSuchFunctionExists";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "NoSuchFunctionExists",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchFunctionExists.prototype);
    this.Message = opts.Message;
  }
};
var NoSuchResource = class _NoSuchResource extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#NoSuchResource";
  name = "NoSuchResource";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "NoSuchResource",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchResource.prototype);
    this.Message = opts.Message;
  }
};
var NoSuchMonitoringSubscription = class _NoSuchMonitoringSubscription extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#NoSuchMonitoringSubscription";
  name = "NoSuchMonitoringSubscription";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "NoSuchMonitoringSubscription",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchMonitoringSubscription.prototype);
    this.Message = opts.Message;
  }
};
var NoSuchOriginAccessControl = class _NoSuchOriginAccessControl extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#NoSuchOriginAccessControl";
  name = "NoSuchOriginAccessControl";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "NoSuchOriginAccessControl",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchOriginAccessControl.prototype);
    this.Message = opts.Message;
  }
};
var OriginAccessControlInUse = class _OriginAccessControlInUse extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#OriginAccessControlInUse";
  name = "OriginAccessControlInUse";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "OriginAccessControlInUse",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OriginAccessControlInUse.prototype);
    this.Message = opts.Message;
  }
};
var OriginRequestPolicyInUse = class _OriginRequestPolicyInUse extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#OriginRequestPolicyInUse";
  name = "OriginRequestPolicyInUse";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "OriginRequestPolicyInUse",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OriginRequestPolicyInUse.prototype);
    this.Message = opts.Message;
  }
};
var PublicKeyInUse = class _PublicKeyInUse extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#PublicKeyInUse";
  name = "PublicKeyInUse";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "PublicKeyInUse",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _PublicKeyInUse.prototype);
    this.Message = opts.Message;
  }
};
var RealtimeLogConfigInUse = class _RealtimeLogConfigInUse extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#RealtimeLogConfigInUse";
  name = "RealtimeLogConfigInUse";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "RealtimeLogConfigInUse",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _RealtimeLogConfigInUse.prototype);
    this.Message = opts.Message;
  }
};
var ResponseHeadersPolicyInUse = class _ResponseHeadersPolicyInUse extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#ResponseHeadersPolicyInUse";
  name = "ResponseHeadersPolicyInUse";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ResponseHeadersPolicyInUse",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResponseHeadersPolicyInUse.prototype);
    this.Message = opts.Message;
  }
};
var NoSuchStreamingDistribution = class _NoSuchStreamingDistribution extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#NoSuchStreamingDistribution";
  name = "NoSuchStreamingDistribution";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "NoSuchStreamingDistribution",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchStreamingDistribution.prototype);
    this.Message = opts.Message;
  }
};
var StreamingDistributionNotDisabled = class _StreamingDistributionNotDisabled extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#StreamingDistributionNotDisabled";
  name = "StreamingDistributionNotDisabled";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "StreamingDistributionNotDisabled",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _StreamingDistributionNotDisabled.prototype);
    this.Message = opts.Message;
  }
};
var NoSuchInvalidation = class _NoSuchInvalidation extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#NoSuchInvalidation";
  name = "NoSuchInvalidation";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "NoSuchInvalidation",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchInvalidation.prototype);
    this.Message = opts.Message;
  }
};
var TestFunctionFailed = class _TestFunctionFailed extends CloudFrontServiceException {
  static shapeId = "com.amazonaws.cloudfront#TestFunctionFailed";
  name = "TestFunctionFailed";
  $fault = "server";
  Message;
  constructor(opts) {
    super({
      name: "TestFunctionFailed",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _TestFunctionFailed.prototype);
    this.Message = opts.Message;
  }
};

// node_modules/@aws-sdk/client-cloudfront/dist-es/schemas/schemas_0.js
var _A = "Aliases";
var _AA = "AssociateAlias";
var _AAN = "AwsAccountNumber";
var _AANL = "AwsAccountNumberList";
var _AAR = "AssociateAliasRequest";
var _ACAC = "AccessControlAllowCredentials";
var _ACAH = "AccessControlAllowHeaders";
var _ACAHL = "AccessControlAllowHeadersList";
var _ACAM = "AccessControlAllowMethods";
var _ACAML = "AccessControlAllowMethodsList";
var _ACAO = "AccessControlAllowOrigins";
var _ACAOL = "AccessControlAllowOriginsList";
var _ACEH = "AccessControlExposeHeaders";
var _ACEHL = "AccessControlExposeHeadersList";
var _ACMAS = "AccessControlMaxAgeSec";
var _ACMCA = "ACMCertificateArn";
var _AD = "AccessDenied";
var _ADTWACL = "AssociateDistributionTenantWebACL";
var _ADTWACLR = "AssociateDistributionTenantWebACLRequest";
var _ADTWACLRs = "AssociateDistributionTenantWebACLResult";
var _ADWACL = "AssociateDistributionWebACL";
var _ADWACLR = "AssociateDistributionWebACLRequest";
var _ADWACLRs = "AssociateDistributionWebACLResult";
var _AF = "AssociationFilter";
var _AI = "AnycastIps";
var _AICPR = "AliasICPRecordal";
var _AICPRl = "AliasICPRecordals";
var _AIL = "AnycastIpList";
var _AILC = "AnycastIpListCollection";
var _AILI = "AnycastIpListId";
var _AILS = "AnycastIpListSummary";
var _AILSn = "AnycastIpListSummaries";
var _AILn = "AnycastIpLists";
var _AIc = "AccountId";
var _AIn = "AnycastIp";
var _AL = "AliasList";
var _AM = "AllowedMethods";
var _ARN = "ARN";
var _ATKG = "ActiveTrustedKeyGroups";
var _ATS = "ActiveTrustedSigners";
var _ATSCN = "AdvertiseTrustStoreCaNames";
var _Ac = "Action";
var _Al = "Alias";
var _Ar = "Arn";
var _B = "Bucket";
var _BTL = "BatchTooLarge";
var _C = "Compress";
var _CA = "ConflictingAlias";
var _CAIL = "CreateAnycastIpList";
var _CAILR = "CreateAnycastIpListRequest";
var _CAILRr = "CreateAnycastIpListResult";
var _CAL = "ConflictingAliasesList";
var _CAe = "CertificateArn";
var _CAo = "ConnectionAttempts";
var _CAon = "ConflictingAliases";
var _CB = "CacheBehavior";
var _CBL = "CacheBehaviorList";
var _CBa = "CacheBehaviors";
var _CBo = "CookieBehavior";
var _CC = "CookiesConfig";
var _CCA = "ClientCertificateArn";
var _CCBS = "CaCertificatesBundleSource";
var _CCBSL = "CaCertificatesBundleS3Location";
var _CCDP = "CreateContinuousDeploymentPolicy";
var _CCDPR = "CreateContinuousDeploymentPolicyRequest";
var _CCDPRr = "CreateContinuousDeploymentPolicyResult";
var _CCF = "CreateConnectionFunction";
var _CCFOAI = "CreateCloudFrontOriginAccessIdentity";
var _CCFOAIR = "CreateCloudFrontOriginAccessIdentityRequest";
var _CCFOAIRr = "CreateCloudFrontOriginAccessIdentityResult";
var _CCFR = "CreateConnectionFunctionRequest";
var _CCFRr = "CreateConnectionFunctionResult";
var _CCG = "CreateConnectionGroup";
var _CCGR = "CreateConnectionGroupRequest";
var _CCGRr = "CreateConnectionGroupResult";
var _CCIPKF = "CannotChangeImmutablePublicKeyFields";
var _CCP = "CreateCachePolicy";
var _CCPR = "CreateCachePolicyRequest";
var _CCPRr = "CreateCachePolicyResult";
var _CCo = "CorsConfig";
var _CD = "CopyDistribution";
var _CDEWIU = "CannotDeleteEntityWhileInUse";
var _CDP = "ContinuousDeploymentPolicy";
var _CDPAE = "ContinuousDeploymentPolicyAlreadyExists";
var _CDPC = "ContinuousDeploymentPolicyConfig";
var _CDPI = "ContinuousDeploymentPolicyId";
var _CDPIU = "ContinuousDeploymentPolicyInUse";
var _CDPL = "ContinuousDeploymentPolicyList";
var _CDPS = "ContinuousDeploymentPolicySummary";
var _CDPSL = "ContinuousDeploymentPolicySummaryList";
var _CDR = "CopyDistributionRequest";
var _CDRo = "CopyDistributionResult";
var _CDRr = "CreateDistributionRequest";
var _CDRre = "CreateDistributionResult";
var _CDSHC = "ContinuousDeploymentSingleHeaderConfig";
var _CDSWC = "ContinuousDeploymentSingleWeightConfig";
var _CDT = "CreateDistributionTenant";
var _CDTR = "CreateDistributionTenantRequest";
var _CDTRr = "CreateDistributionTenantResult";
var _CDWT = "CreateDistributionWithTags";
var _CDWTR = "CreateDistributionWithTagsRequest";
var _CDWTRr = "CreateDistributionWithTagsResult";
var _CDr = "CreateDistribution";
var _CER = "CustomErrorResponse";
var _CERL = "CustomErrorResponseList";
var _CERu = "CustomErrorResponses";
var _CF = "ConnectionFunctions";
var _CFA = "ConnectionFunctionAssociation";
var _CFAo = "ConnectionFunctionArn";
var _CFC = "ConnectionFunctionConfig";
var _CFCo = "ConnectionFunctionCode";
var _CFDC = "CloudFrontDefaultCertificate";
var _CFEL = "ConnectionFunctionExecutionLogs";
var _CFEM = "ConnectionFunctionErrorMessage";
var _CFI = "ConnectionFunctionIdentifier";
var _CFLEC = "CreateFieldLevelEncryptionConfig";
var _CFLECR = "CreateFieldLevelEncryptionConfigRequest";
var _CFLECRr = "CreateFieldLevelEncryptionConfigResult";
var _CFLEP = "CreateFieldLevelEncryptionProfile";
var _CFLEPR = "CreateFieldLevelEncryptionProfileRequest";
var _CFLEPRr = "CreateFieldLevelEncryptionProfileResult";
var _CFO = "ConnectionFunctionOutput";
var _CFOAI = "CloudFrontOriginAccessIdentity";
var _CFOAIAE = "CloudFrontOriginAccessIdentityAlreadyExists";
var _CFOAIC = "CloudFrontOriginAccessIdentityConfig";
var _CFOAIIU = "CloudFrontOriginAccessIdentityInUse";
var _CFOAIL = "CloudFrontOriginAccessIdentityList";
var _CFOAIS = "CloudFrontOriginAccessIdentitySummary";
var _CFOAISL = "CloudFrontOriginAccessIdentitySummaryList";
var _CFR = "CreateFunctionRequest";
var _CFRr = "CreateFunctionResult";
var _CFS = "ConnectionFunctionSummary";
var _CFSL = "ConnectionFunctionSummaryList";
var _CFTR = "ConnectionFunctionTestResult";
var _CFr = "CreateFunction";
var _CG = "ConnectionGroup";
var _CGAF = "ConnectionGroupAssociationFilter";
var _CGI = "ConnectionGroupId";
var _CGS = "ConnectionGroupSummary";
var _CGSL = "ConnectionGroupSummaryList";
var _CGo = "ConnectionGroups";
var _CH = "CustomHeaders";
var _CHC = "CustomHeadersConfig";
var _CI = "CreateInvalidation";
var _CIFDT = "CreateInvalidationForDistributionTenant";
var _CIFDTR = "CreateInvalidationForDistributionTenantRequest";
var _CIFDTRr = "CreateInvalidationForDistributionTenantResult";
var _CIR = "CreateInvalidationRequest";
var _CIRr = "CreateInvalidationResult";
var _CKG = "CreateKeyGroup";
var _CKGR = "CreateKeyGroupRequest";
var _CKGRr = "CreateKeyGroupResult";
var _CKVS = "CreateKeyValueStore";
var _CKVSR = "CreateKeyValueStoreRequest";
var _CKVSRr = "CreateKeyValueStoreResult";
var _CM = "CachedMethods";
var _CMS = "CreateMonitoringSubscription";
var _CMSR = "CreateMonitoringSubscriptionRequest";
var _CMSRr = "CreateMonitoringSubscriptionResult";
var _CMo = "ConnectionMode";
var _CN = "CookieNames";
var _CNAME = "CNAME";
var _CNAMEAE = "CNAMEAlreadyExists";
var _CNL = "CookieNameList";
var _CO = "ConnectionObject";
var _COAC = "CreateOriginAccessControl";
var _COACR = "CreateOriginAccessControlRequest";
var _COACRr = "CreateOriginAccessControlResult";
var _COC = "CustomOriginConfig";
var _CORP = "CreateOriginRequestPolicy";
var _CORPR = "CreateOriginRequestPolicyRequest";
var _CORPRr = "CreateOriginRequestPolicyResult";
var _CP = "CachePolicy";
var _CPAE = "CachePolicyAlreadyExists";
var _CPC = "CachePolicyConfig";
var _CPCC = "CachePolicyCookiesConfig";
var _CPHC = "CachePolicyHeadersConfig";
var _CPI = "CachePolicyId";
var _CPIU = "CachePolicyInUse";
var _CPK = "CreatePublicKey";
var _CPKR = "CreatePublicKeyRequest";
var _CPKRr = "CreatePublicKeyResult";
var _CPL = "CachePolicyList";
var _CPQSC = "CachePolicyQueryStringsConfig";
var _CPS = "CachePolicySummary";
var _CPSL = "CachePolicySummaryList";
var _CPo = "CookiePreference";
var _CR = "CallerReference";
var _CRHP = "CreateResponseHeadersPolicy";
var _CRHPR = "CreateResponseHeadersPolicyRequest";
var _CRHPRr = "CreateResponseHeadersPolicyResult";
var _CRLC = "CreateRealtimeLogConfig";
var _CRLCR = "CreateRealtimeLogConfigRequest";
var _CRLCRr = "CreateRealtimeLogConfigResult";
var _CS = "CertificateStatus";
var _CSD = "CreateStreamingDistribution";
var _CSDR = "CreateStreamingDistributionRequest";
var _CSDRr = "CreateStreamingDistributionResult";
var _CSDWT = "CreateStreamingDistributionWithTags";
var _CSDWTR = "CreateStreamingDistributionWithTagsRequest";
var _CSDWTRr = "CreateStreamingDistributionWithTagsResult";
var _CSP = "ContentSecurityPolicy";
var _CSe = "CertificateSource";
var _CT = "CommentType";
var _CTC = "CacheTagConfig";
var _CTLP = "CertificateTransparencyLoggingPreference";
var _CTO = "ContentTypeOptions";
var _CTP = "ContentTypeProfile";
var _CTPC = "ContentTypeProfileConfig";
var _CTPL = "ContentTypeProfileList";
var _CTPo = "ContentTypeProfiles";
var _CTS = "CreateTrustStore";
var _CTSR = "CreateTrustStoreRequest";
var _CTSRr = "CreateTrustStoreResult";
var _CT_ = "Content-Type";
var _CTo = "ContentType";
var _CTon = "ConnectionTimeout";
var _CTr = "CreatedTime";
var _CTre = "CreateTime";
var _CU = "ComputeUtilization";
var _CUEWIU = "CannotUpdateEntityWhileInUse";
var _CVO = "CreateVpcOrigin";
var _CVOR = "CreateVpcOriginRequest";
var _CVORr = "CreateVpcOriginResult";
var _Ce = "Certificate";
var _Ci = "Cidr";
var _Co = "Comment";
var _Coo = "Cookies";
var _Cu = "Customizations";
var _D = "Distribution";
var _DAE = "DistributionAlreadyExists";
var _DAIL = "DeleteAnycastIpList";
var _DAILR = "DeleteAnycastIpListRequest";
var _DC = "DistributionConfig";
var _DCB = "DefaultCacheBehavior";
var _DCDP = "DeleteContinuousDeploymentPolicy";
var _DCDPR = "DeleteContinuousDeploymentPolicyRequest";
var _DCF = "DeleteConnectionFunction";
var _DCFOAI = "DeleteCloudFrontOriginAccessIdentity";
var _DCFOAIR = "DeleteCloudFrontOriginAccessIdentityRequest";
var _DCFR = "DeleteConnectionFunctionRequest";
var _DCFRe = "DescribeConnectionFunctionRequest";
var _DCFRes = "DescribeConnectionFunctionResult";
var _DCFe = "DescribeConnectionFunction";
var _DCG = "DeleteConnectionGroup";
var _DCGR = "DeleteConnectionGroupRequest";
var _DCL = "DnsConfigurationList";
var _DCLo = "DomainConflictsList";
var _DCP = "DeleteCachePolicy";
var _DCPR = "DeleteCachePolicyRequest";
var _DCVR = "DomainControlValidationResource";
var _DCWT = "DistributionConfigWithTags";
var _DCn = "DnsConfiguration";
var _DCo = "DomainConflict";
var _DCom = "DomainConflicts";
var _DD = "DeleteDistribution";
var _DDR = "DeleteDistributionRequest";
var _DDT = "DeleteDistributionTenant";
var _DDTR = "DeleteDistributionTenantRequest";
var _DDTWACL = "DisassociateDistributionTenantWebACL";
var _DDTWACLR = "DisassociateDistributionTenantWebACLRequest";
var _DDTWACLRi = "DisassociateDistributionTenantWebACLResult";
var _DDWACL = "DisassociateDistributionWebACL";
var _DDWACLR = "DisassociateDistributionWebACLRequest";
var _DDWACLRi = "DisassociateDistributionWebACLResult";
var _DF = "DeleteFunction";
var _DFLEC = "DeleteFieldLevelEncryptionConfig";
var _DFLECR = "DeleteFieldLevelEncryptionConfigRequest";
var _DFLEP = "DeleteFieldLevelEncryptionProfile";
var _DFLEPR = "DeleteFieldLevelEncryptionProfileRequest";
var _DFR = "DeleteFunctionRequest";
var _DFRe = "DescribeFunctionRequest";
var _DFRes = "DescribeFunctionResult";
var _DFe = "DescribeFunction";
var _DI = "DistributionId";
var _DIL = "DistributionIdList";
var _DILS = "DistributionIdListSummary";
var _DIO = "DistributionIdOwner";
var _DIOIL = "DistributionIdOwnerItemList";
var _DIOL = "DistributionIdOwnerList";
var _DIo = "DomainItem";
var _DKG = "DeleteKeyGroup";
var _DKGR = "DeleteKeyGroupRequest";
var _DKVS = "DeleteKeyValueStore";
var _DKVSR = "DeleteKeyValueStoreRequest";
var _DKVSRe = "DescribeKeyValueStoreRequest";
var _DKVSRes = "DescribeKeyValueStoreResult";
var _DKVSe = "DescribeKeyValueStore";
var _DL = "DistributionList";
var _DLo = "DomainList";
var _DMS = "DeleteMonitoringSubscription";
var _DMSR = "DeleteMonitoringSubscriptionRequest";
var _DMSRe = "DeleteMonitoringSubscriptionResult";
var _DN = "DomainName";
var _DND = "DistributionNotDisabled";
var _DNn = "DnsName";
var _DOAC = "DeleteOriginAccessControl";
var _DOACR = "DeleteOriginAccessControlRequest";
var _DORP = "DeleteOriginRequestPolicy";
var _DORPR = "DeleteOriginRequestPolicyRequest";
var _DPK = "DeletePublicKey";
var _DPKR = "DeletePublicKeyRequest";
var _DR = "DomainResult";
var _DRHP = "DeleteResponseHeadersPolicy";
var _DRHPR = "DeleteResponseHeadersPolicyRequest";
var _DRI = "DistributionResourceId";
var _DRL = "DomainResultList";
var _DRLC = "DeleteRealtimeLogConfig";
var _DRLCR = "DeleteRealtimeLogConfigRequest";
var _DRO = "DefaultRootObject";
var _DRP = "DeleteResourcePolicy";
var _DRPR = "DeleteResourcePolicyRequest";
var _DS = "DistributionSummary";
var _DSD = "DeleteStreamingDistribution";
var _DSDR = "DeleteStreamingDistributionRequest";
var _DSL = "DistributionSummaryList";
var _DT = "DistributionTenant";
var _DTAF = "DistributionTenantAssociationFilter";
var _DTI = "DistributionTenantId";
var _DTL = "DistributionTenantList";
var _DTS = "DistributionTenantSummary";
var _DTSR = "DeleteTrustStoreRequest";
var _DTSe = "DeleteTrustStore";
var _DTTL = "DefaultTTL";
var _DV = "DefaultValue";
var _DVO = "DeleteVpcOrigin";
var _DVOR = "DeleteVpcOriginRequest";
var _DVORe = "DeleteVpcOriginResult";
var _De = "Description";
var _Def = "Definition";
var _Do = "Domains";
var _Dom = "Domain";
var _E = "Enabled";
var _EAE = "EntityAlreadyExists";
var _EAEB = "EnableAcceptEncodingBrotli";
var _EAEG = "EnableAcceptEncodingGzip";
var _EC = "ErrorCode";
var _ECMTTL = "ErrorCachingMinTTL";
var _EE = "EncryptionEntities";
var _EEL = "EncryptionEntityList";
var _EEn = "EncryptionEntity";
var _EK = "EncodedKey";
var _ELE = "EntityLimitExceeded";
var _ENF = "EntityNotFound";
var _EO = "EventObject";
var _EP = "EndPoints";
var _EPL = "EndPointList";
var _EPn = "EndPoint";
var _ESLE = "EntitySizeLimitExceeded";
var _ET = "ETag";
var _ETt = "ETtag";
var _ETv = "EventType";
var _F = "Format";
var _FA = "FunctionAssociations";
var _FAE = "FunctionAlreadyExists";
var _FAL = "FunctionAssociationList";
var _FARN = "FunctionARN";
var _FAu = "FunctionAssociation";
var _FB = "FunctionBlob";
var _FC = "FunctionConfig";
var _FCa = "FailoverCriteria";
var _FCu = "FunctionCode";
var _FEL = "FunctionExecutionLogs";
var _FELL = "FunctionExecutionLogList";
var _FEM = "FunctionErrorMessage";
var _FEO = "FunctionEventObject";
var _FIU = "FunctionInUse";
var _FL = "FunctionList";
var _FLE = "FieldLevelEncryption";
var _FLEC = "FieldLevelEncryptionConfig";
var _FLECAE = "FieldLevelEncryptionConfigAlreadyExists";
var _FLECIU = "FieldLevelEncryptionConfigInUse";
var _FLEI = "FieldLevelEncryptionId";
var _FLEL = "FieldLevelEncryptionList";
var _FLEP = "FieldLevelEncryptionProfile";
var _FLEPAE = "FieldLevelEncryptionProfileAlreadyExists";
var _FLEPC = "FieldLevelEncryptionProfileConfig";
var _FLEPIU = "FieldLevelEncryptionProfileInUse";
var _FLEPL = "FieldLevelEncryptionProfileList";
var _FLEPS = "FieldLevelEncryptionProfileSummary";
var _FLEPSE = "FieldLevelEncryptionProfileSizeExceeded";
var _FLEPSL = "FieldLevelEncryptionProfileSummaryList";
var _FLES = "FieldLevelEncryptionSummary";
var _FLESL = "FieldLevelEncryptionSummaryList";
var _FLi = "FieldList";
var _FM = "FunctionMetadata";
var _FO = "FrameOption";
var _FOr = "FrameOptions";
var _FOu = "FunctionOutput";
var _FP = "FieldPatterns";
var _FPL = "FieldPatternList";
var _FPi = "FieldPattern";
var _FS = "FunctionSummary";
var _FSL = "FunctionSummaryList";
var _FSLE = "FunctionSizeLimitExceeded";
var _FV = "ForwardedValues";
var _FWCTIU = "ForwardWhenContentTypeIsUnknown";
var _FWQAPIU = "ForwardWhenQueryArgProfileIsUnknown";
var _Fi = "Fields";
var _Fie = "Field";
var _Fo = "Forward";
var _GAIL = "GetAnycastIpList";
var _GAILR = "GetAnycastIpListRequest";
var _GAILRe = "GetAnycastIpListResult";
var _GC = "GrpcConfig";
var _GCDP = "GetContinuousDeploymentPolicy";
var _GCDPC = "GetContinuousDeploymentPolicyConfig";
var _GCDPCR = "GetContinuousDeploymentPolicyConfigRequest";
var _GCDPCRe = "GetContinuousDeploymentPolicyConfigResult";
var _GCDPR = "GetContinuousDeploymentPolicyRequest";
var _GCDPRe = "GetContinuousDeploymentPolicyResult";
var _GCF = "GetConnectionFunction";
var _GCFOAI = "GetCloudFrontOriginAccessIdentity";
var _GCFOAIC = "GetCloudFrontOriginAccessIdentityConfig";
var _GCFOAICR = "GetCloudFrontOriginAccessIdentityConfigRequest";
var _GCFOAICRe = "GetCloudFrontOriginAccessIdentityConfigResult";
var _GCFOAIR = "GetCloudFrontOriginAccessIdentityRequest";
var _GCFOAIRe = "GetCloudFrontOriginAccessIdentityResult";
var _GCFR = "GetConnectionFunctionRequest";
var _GCFRe = "GetConnectionFunctionResult";
var _GCG = "GetConnectionGroup";
var _GCGBRE = "GetConnectionGroupByRoutingEndpoint";
var _GCGBRER = "GetConnectionGroupByRoutingEndpointRequest";
var _GCGBRERe = "GetConnectionGroupByRoutingEndpointResult";
var _GCGR = "GetConnectionGroupRequest";
var _GCGRe = "GetConnectionGroupResult";
var _GCP = "GetCachePolicy";
var _GCPC = "GetCachePolicyConfig";
var _GCPCR = "GetCachePolicyConfigRequest";
var _GCPCRe = "GetCachePolicyConfigResult";
var _GCPR = "GetCachePolicyRequest";
var _GCPRe = "GetCachePolicyResult";
var _GD = "GetDistribution";
var _GDC = "GetDistributionConfig";
var _GDCR = "GetDistributionConfigRequest";
var _GDCRe = "GetDistributionConfigResult";
var _GDR = "GetDistributionRequest";
var _GDRe = "GetDistributionResult";
var _GDT = "GetDistributionTenant";
var _GDTBD = "GetDistributionTenantByDomain";
var _GDTBDR = "GetDistributionTenantByDomainRequest";
var _GDTBDRe = "GetDistributionTenantByDomainResult";
var _GDTR = "GetDistributionTenantRequest";
var _GDTRe = "GetDistributionTenantResult";
var _GF = "GetFunction";
var _GFLE = "GetFieldLevelEncryption";
var _GFLEC = "GetFieldLevelEncryptionConfig";
var _GFLECR = "GetFieldLevelEncryptionConfigRequest";
var _GFLECRe = "GetFieldLevelEncryptionConfigResult";
var _GFLEP = "GetFieldLevelEncryptionProfile";
var _GFLEPC = "GetFieldLevelEncryptionProfileConfig";
var _GFLEPCR = "GetFieldLevelEncryptionProfileConfigRequest";
var _GFLEPCRe = "GetFieldLevelEncryptionProfileConfigResult";
var _GFLEPR = "GetFieldLevelEncryptionProfileRequest";
var _GFLEPRe = "GetFieldLevelEncryptionProfileResult";
var _GFLER = "GetFieldLevelEncryptionRequest";
var _GFLERe = "GetFieldLevelEncryptionResult";
var _GFR = "GetFunctionRequest";
var _GFRe = "GetFunctionResult";
var _GI = "GetInvalidation";
var _GIFDT = "GetInvalidationForDistributionTenant";
var _GIFDTR = "GetInvalidationForDistributionTenantRequest";
var _GIFDTRe = "GetInvalidationForDistributionTenantResult";
var _GIR = "GetInvalidationRequest";
var _GIRe = "GetInvalidationResult";
var _GKG = "GetKeyGroup";
var _GKGC = "GetKeyGroupConfig";
var _GKGCR = "GetKeyGroupConfigRequest";
var _GKGCRe = "GetKeyGroupConfigResult";
var _GKGR = "GetKeyGroupRequest";
var _GKGRe = "GetKeyGroupResult";
var _GMCD = "GetManagedCertificateDetails";
var _GMCDR = "GetManagedCertificateDetailsRequest";
var _GMCDRe = "GetManagedCertificateDetailsResult";
var _GMS = "GetMonitoringSubscription";
var _GMSR = "GetMonitoringSubscriptionRequest";
var _GMSRe = "GetMonitoringSubscriptionResult";
var _GOAC = "GetOriginAccessControl";
var _GOACC = "GetOriginAccessControlConfig";
var _GOACCR = "GetOriginAccessControlConfigRequest";
var _GOACCRe = "GetOriginAccessControlConfigResult";
var _GOACR = "GetOriginAccessControlRequest";
var _GOACRe = "GetOriginAccessControlResult";
var _GORP = "GetOriginRequestPolicy";
var _GORPC = "GetOriginRequestPolicyConfig";
var _GORPCR = "GetOriginRequestPolicyConfigRequest";
var _GORPCRe = "GetOriginRequestPolicyConfigResult";
var _GORPR = "GetOriginRequestPolicyRequest";
var _GORPRe = "GetOriginRequestPolicyResult";
var _GPK = "GetPublicKey";
var _GPKC = "GetPublicKeyConfig";
var _GPKCR = "GetPublicKeyConfigRequest";
var _GPKCRe = "GetPublicKeyConfigResult";
var _GPKR = "GetPublicKeyRequest";
var _GPKRe = "GetPublicKeyResult";
var _GR = "GeoRestrictions";
var _GRC = "GeoRestrictionCustomization";
var _GRHP = "GetResponseHeadersPolicy";
var _GRHPC = "GetResponseHeadersPolicyConfig";
var _GRHPCR = "GetResponseHeadersPolicyConfigRequest";
var _GRHPCRe = "GetResponseHeadersPolicyConfigResult";
var _GRHPR = "GetResponseHeadersPolicyRequest";
var _GRHPRe = "GetResponseHeadersPolicyResult";
var _GRLC = "GetRealtimeLogConfig";
var _GRLCR = "GetRealtimeLogConfigRequest";
var _GRLCRe = "GetRealtimeLogConfigResult";
var _GRP = "GetResourcePolicy";
var _GRPR = "GetResourcePolicyRequest";
var _GRPRe = "GetResourcePolicyResult";
var _GRe = "GeoRestriction";
var _GSD = "GetStreamingDistribution";
var _GSDC = "GetStreamingDistributionConfig";
var _GSDCR = "GetStreamingDistributionConfigRequest";
var _GSDCRe = "GetStreamingDistributionConfigResult";
var _GSDR = "GetStreamingDistributionRequest";
var _GSDRe = "GetStreamingDistributionResult";
var _GTS = "GetTrustStore";
var _GTSR = "GetTrustStoreRequest";
var _GTSRe = "GetTrustStoreResult";
var _GVO = "GetVpcOrigin";
var _GVOR = "GetVpcOriginRequest";
var _GVORe = "GetVpcOriginResult";
var _H = "Headers";
var _HB = "HeaderBehavior";
var _HC = "HeadersConfig";
var _HL = "HeaderList";
var _HN = "HeaderName";
var _HTTPP = "HTTPPort";
var _HTTPSP = "HTTPSPort";
var _HV = "HttpVersion";
var _HVe = "HeaderValue";
var _He = "Header";
var _I = "Items";
var _IA = "InvalidArgument";
var _IAMCI = "IAMCertificateId";
var _IAT = "IpAddressType";
var _IAn = "InvalidAssociation";
var _IB = "InvalidationBatch";
var _IBn = "IncludeBody";
var _IC = "IpCount";
var _ICC = "IpamCidrConfigs";
var _ICCL = "IpamCidrConfigList";
var _ICCp = "IpamCidrConfig";
var _ICE = "IgnoreCertificateExpiry";
var _ICPRS = "ICPRecordalStatus";
var _ICn = "IncludeCookies";
var _ICp = "IpamConfig";
var _ID = "IllegalDelete";
var _IDNFOAC = "InvalidDomainNameForOriginAccessControl";
var _IDRO = "InvalidDefaultRootObject";
var _IDs = "IsDefault";
var _IE = "Ipv6Enabled";
var _IEC = "InvalidErrorCode";
var _IFA = "InvalidFunctionAssociation";
var _IFC = "InvalidForwardCookies";
var _IFLECAWCB = "IllegalFieldLevelEncryptionConfigAssociationWithCacheBehavior";
var _IGRP = "InvalidGeoRestrictionParameter";
var _IHFSO = "InvalidHeadersForS3Origin";
var _IIMV = "InvalidIfMatchVersion";
var _IIPVE = "IsIPV6Enabled";
var _IL = "InvalidationList";
var _ILC = "InvalidLocationCode";
var _ILFA = "InvalidLambdaFunctionAssociation";
var _IM = "IfMatch";
var _IMPV = "InvalidMinimumProtocolVersion";
var _IM_ = "If-Match";
var _IO = "InvalidOrigin";
var _IOAC = "IllegalOriginAccessConfiguration";
var _IOACn = "InvalidOriginAccessControl";
var _IOAI = "InvalidOriginAccessIdentity";
var _IOKT = "InvalidOriginKeepaliveTimeout";
var _IORT = "InvalidOriginReadTimeout";
var _IPA = "IpamPoolArn";
var _IPIB = "InProgressInvalidationBatches";
var _IPS = "InvalidProtocolSettings";
var _IQ = "InconsistentQuantities";
var _IQSP = "InvalidQueryStringParameters";
var _IRC = "InvalidResponseCode";
var _IRP = "InvalidRelativePath";
var _IRPn = "InvalidRequiredProtocol";
var _IS = "ImportSource";
var _ISL = "InvalidationSummaryList";
var _ISn = "InvalidationSummary";
var _ISnc = "IncludeSubdomains";
var _IT = "InvalidTagging";
var _ITTL = "IdleTTL";
var _ITTLO = "InvalidTTLOrder";
var _ITs = "IsTruncated";
var _IU = "IllegalUpdate";
var _IVC = "InvalidViewerCertificate";
var _IWACLI = "InvalidWebACLId";
var _Id = "Id";
var _Ide = "Identifier";
var _In = "Invalidation";
var _K = "Key";
var _KG = "KeyGroup";
var _KGAE = "KeyGroupAlreadyExists";
var _KGC = "KeyGroupConfig";
var _KGI = "KeyGroupId";
var _KGKPI = "KGKeyPairIds";
var _KGKPIL = "KGKeyPairIdsList";
var _KGL = "KeyGroupList";
var _KGS = "KeyGroupSummary";
var _KGSL = "KeyGroupSummaryList";
var _KPI = "KeyPairIds";
var _KPIL = "KeyPairIdList";
var _KPIe = "KeyPairId";
var _KSC = "KinesisStreamConfig";
var _KVS = "KeyValueStore";
var _KVSA = "KeyValueStoreAssociations";
var _KVSAL = "KeyValueStoreAssociationList";
var _KVSARN = "KeyValueStoreARN";
var _KVSAe = "KeyValueStoreAssociation";
var _KVSL = "KeyValueStoreList";
var _KVSSL = "KeyValueStoreSummaryList";
var _L = "Location";
var _LAIL = "ListAnycastIpLists";
var _LAILR = "ListAnycastIpListsRequest";
var _LAILRi = "ListAnycastIpListsResult";
var _LC = "LoggingConfig";
var _LCA = "ListConflictingAliases";
var _LCAR = "ListConflictingAliasesRequest";
var _LCARi = "ListConflictingAliasesResult";
var _LCDP = "ListContinuousDeploymentPolicies";
var _LCDPR = "ListContinuousDeploymentPoliciesRequest";
var _LCDPRi = "ListContinuousDeploymentPoliciesResult";
var _LCF = "ListConnectionFunctions";
var _LCFOAI = "ListCloudFrontOriginAccessIdentities";
var _LCFOAIR = "ListCloudFrontOriginAccessIdentitiesRequest";
var _LCFOAIRi = "ListCloudFrontOriginAccessIdentitiesResult";
var _LCFR = "ListConnectionFunctionsRequest";
var _LCFRi = "ListConnectionFunctionsResult";
var _LCG = "ListConnectionGroups";
var _LCGR = "ListConnectionGroupsRequest";
var _LCGRi = "ListConnectionGroupsResult";
var _LCP = "ListCachePolicies";
var _LCPR = "ListCachePoliciesRequest";
var _LCPRi = "ListCachePoliciesResult";
var _LD = "ListDistributions";
var _LDBAILI = "ListDistributionsByAnycastIpListId";
var _LDBAILIR = "ListDistributionsByAnycastIpListIdRequest";
var _LDBAILIRi = "ListDistributionsByAnycastIpListIdResult";
var _LDBCF = "ListDistributionsByConnectionFunction";
var _LDBCFR = "ListDistributionsByConnectionFunctionRequest";
var _LDBCFRi = "ListDistributionsByConnectionFunctionResult";
var _LDBCM = "ListDistributionsByConnectionMode";
var _LDBCMR = "ListDistributionsByConnectionModeRequest";
var _LDBCMRi = "ListDistributionsByConnectionModeResult";
var _LDBCPI = "ListDistributionsByCachePolicyId";
var _LDBCPIR = "ListDistributionsByCachePolicyIdRequest";
var _LDBCPIRi = "ListDistributionsByCachePolicyIdResult";
var _LDBKG = "ListDistributionsByKeyGroup";
var _LDBKGR = "ListDistributionsByKeyGroupRequest";
var _LDBKGRi = "ListDistributionsByKeyGroupResult";
var _LDBOR = "ListDistributionsByOwnedResource";
var _LDBORPI = "ListDistributionsByOriginRequestPolicyId";
var _LDBORPIR = "ListDistributionsByOriginRequestPolicyIdRequest";
var _LDBORPIRi = "ListDistributionsByOriginRequestPolicyIdResult";
var _LDBORR = "ListDistributionsByOwnedResourceRequest";
var _LDBORRi = "ListDistributionsByOwnedResourceResult";
var _LDBRHPI = "ListDistributionsByResponseHeadersPolicyId";
var _LDBRHPIR = "ListDistributionsByResponseHeadersPolicyIdRequest";
var _LDBRHPIRi = "ListDistributionsByResponseHeadersPolicyIdResult";
var _LDBRLC = "ListDistributionsByRealtimeLogConfig";
var _LDBRLCR = "ListDistributionsByRealtimeLogConfigRequest";
var _LDBRLCRi = "ListDistributionsByRealtimeLogConfigResult";
var _LDBTS = "ListDistributionsByTrustStore";
var _LDBTSR = "ListDistributionsByTrustStoreRequest";
var _LDBTSRi = "ListDistributionsByTrustStoreResult";
var _LDBVOI = "ListDistributionsByVpcOriginId";
var _LDBVOIR = "ListDistributionsByVpcOriginIdRequest";
var _LDBVOIRi = "ListDistributionsByVpcOriginIdResult";
var _LDBWACLI = "ListDistributionsByWebACLId";
var _LDBWACLIR = "ListDistributionsByWebACLIdRequest";
var _LDBWACLIRi = "ListDistributionsByWebACLIdResult";
var _LDC = "ListDomainConflicts";
var _LDCR = "ListDomainConflictsRequest";
var _LDCRi = "ListDomainConflictsResult";
var _LDR = "ListDistributionsRequest";
var _LDRi = "ListDistributionsResult";
var _LDT = "ListDistributionTenants";
var _LDTBC = "ListDistributionTenantsByCustomization";
var _LDTBCR = "ListDistributionTenantsByCustomizationRequest";
var _LDTBCRi = "ListDistributionTenantsByCustomizationResult";
var _LDTR = "ListDistributionTenantsRequest";
var _LDTRi = "ListDistributionTenantsResult";
var _LF = "ListFunctions";
var _LFA = "LambdaFunctionAssociations";
var _LFAL = "LambdaFunctionAssociationList";
var _LFARN = "LambdaFunctionARN";
var _LFAa = "LambdaFunctionAssociation";
var _LFLEC = "ListFieldLevelEncryptionConfigs";
var _LFLECR = "ListFieldLevelEncryptionConfigsRequest";
var _LFLECRi = "ListFieldLevelEncryptionConfigsResult";
var _LFLEP = "ListFieldLevelEncryptionProfiles";
var _LFLEPR = "ListFieldLevelEncryptionProfilesRequest";
var _LFLEPRi = "ListFieldLevelEncryptionProfilesResult";
var _LFR = "ListFunctionsRequest";
var _LFRi = "ListFunctionsResult";
var _LI = "ListInvalidations";
var _LIFDT = "ListInvalidationsForDistributionTenant";
var _LIFDTR = "ListInvalidationsForDistributionTenantRequest";
var _LIFDTRi = "ListInvalidationsForDistributionTenantResult";
var _LIR = "ListInvalidationsRequest";
var _LIRi = "ListInvalidationsResult";
var _LKG = "ListKeyGroups";
var _LKGR = "ListKeyGroupsRequest";
var _LKGRi = "ListKeyGroupsResult";
var _LKVS = "ListKeyValueStores";
var _LKVSR = "ListKeyValueStoresRequest";
var _LKVSRi = "ListKeyValueStoresResult";
var _LL = "LocationList";
var _LMT = "LastModifiedTime";
var _LOAC = "ListOriginAccessControls";
var _LOACR = "ListOriginAccessControlsRequest";
var _LOACRi = "ListOriginAccessControlsResult";
var _LORP = "ListOriginRequestPolicies";
var _LORPR = "ListOriginRequestPoliciesRequest";
var _LORPRi = "ListOriginRequestPoliciesResult";
var _LPK = "ListPublicKeys";
var _LPKR = "ListPublicKeysRequest";
var _LPKRi = "ListPublicKeysResult";
var _LRHP = "ListResponseHeadersPolicies";
var _LRHPR = "ListResponseHeadersPoliciesRequest";
var _LRHPRi = "ListResponseHeadersPoliciesResult";
var _LRLC = "ListRealtimeLogConfigs";
var _LRLCR = "ListRealtimeLogConfigsRequest";
var _LRLCRi = "ListRealtimeLogConfigsResult";
var _LSD = "ListStreamingDistributions";
var _LSDR = "ListStreamingDistributionsRequest";
var _LSDRi = "ListStreamingDistributionsResult";
var _LTFR = "ListTagsForResource";
var _LTFRR = "ListTagsForResourceRequest";
var _LTFRRi = "ListTagsForResourceResult";
var _LTS = "ListTrustStores";
var _LTSR = "ListTrustStoresRequest";
var _LTSRi = "ListTrustStoresResult";
var _LVO = "ListVpcOrigins";
var _LVOR = "ListVpcOriginsRequest";
var _LVORi = "ListVpcOriginsResult";
var _Lo = "Logging";
var _Loc = "Locations";
var _M = "Message";
var _MB = "MissingBody";
var _MBo = "ModeBlock";
var _MCD = "ManagedCertificateDetails";
var _MCR = "ManagedCertificateRequest";
var _MI = "MaxItems";
var _ML = "MethodsList";
var _MPV = "MinimumProtocolVersion";
var _MS = "MonitoringSubscription";
var _MSAE = "MonitoringSubscriptionAlreadyExists";
var _MTTL = "MinTTL";
var _MTTLa = "MaxTTL";
var _MTTLax = "MaximumTTL";
var _Ma = "Marker";
var _Me = "Members";
var _Met = "Method";
var _Mo = "Mode";
var _N = "Name";
var _NM = "NextMarker";
var _NOCC = "NumberOfCaCertificates";
var _NSCDP = "NoSuchContinuousDeploymentPolicy";
var _NSCFOAI = "NoSuchCloudFrontOriginAccessIdentity";
var _NSCP = "NoSuchCachePolicy";
var _NSD = "NoSuchDistribution";
var _NSFE = "NoSuchFunctionExists";
var _NSFLEC = "NoSuchFieldLevelEncryptionConfig";
var _NSFLEP = "NoSuchFieldLevelEncryptionProfile";
var _NSI = "NoSuchInvalidation";
var _NSMS = "NoSuchMonitoringSubscription";
var _NSO = "NoSuchOrigin";
var _NSOAC = "NoSuchOriginAccessControl";
var _NSORP = "NoSuchOriginRequestPolicy";
var _NSPK = "NoSuchPublicKey";
var _NSR = "NoSuchResource";
var _NSRHP = "NoSuchResponseHeadersPolicy";
var _NSRLC = "NoSuchRealtimeLogConfig";
var _NSSD = "NoSuchStreamingDistribution";
var _O = "Origins";
var _OAC = "OriginAccessControl";
var _OACAE = "OriginAccessControlAlreadyExists";
var _OACC = "OriginAccessControlConfig";
var _OACI = "OriginAccessControlId";
var _OACIU = "OriginAccessControlInUse";
var _OACL = "OriginAccessControlList";
var _OACOT = "OriginAccessControlOriginType";
var _OACS = "OriginAccessControlSummary";
var _OACSL = "OriginAccessControlSummaryList";
var _OAI = "OwnerAccountId";
var _OAIr = "OriginAccessIdentity";
var _OCH = "OriginCustomHeader";
var _OCHL = "OriginCustomHeadersList";
var _OEA = "OriginEndpointArn";
var _OG = "OriginGroups";
var _OGFC = "OriginGroupFailoverCriteria";
var _OGL = "OriginGroupList";
var _OGM = "OriginGroupMember";
var _OGML = "OriginGroupMemberList";
var _OGMr = "OriginGroupMembers";
var _OGr = "OriginGroup";
var _OI = "OriginId";
var _OKT = "OriginKeepaliveTimeout";
var _OL = "OriginList";
var _OMC = "OriginMtlsConfig";
var _OO = "OriginOverride";
var _OP = "OriginPath";
var _OPP = "OriginProtocolPolicy";
var _ORP = "OriginRequestPolicy";
var _ORPAE = "OriginRequestPolicyAlreadyExists";
var _ORPC = "OriginRequestPolicyConfig";
var _ORPCC = "OriginRequestPolicyCookiesConfig";
var _ORPHC = "OriginRequestPolicyHeadersConfig";
var _ORPI = "OriginRequestPolicyId";
var _ORPIU = "OriginRequestPolicyInUse";
var _ORPL = "OriginRequestPolicyList";
var _ORPQSC = "OriginRequestPolicyQueryStringsConfig";
var _ORPS = "OriginRequestPolicySummary";
var _ORPSL = "OriginRequestPolicySummaryList";
var _ORT = "OriginReadTimeout";
var _OS = "OriginShield";
var _OSP = "OriginSslProtocols";
var _OSR = "OriginShieldRegion";
var _Or = "Origin";
var _Ov = "Override";
var _P = "Parameters";
var _PC = "PriceClass";
var _PCF = "PublishConnectionFunction";
var _PCFR = "PublishConnectionFunctionRequest";
var _PCFRu = "PublishConnectionFunctionResult";
var _PD = "PolicyDocument";
var _PDI = "PrimaryDistributionId";
var _PDN = "PrimaryDomainName";
var _PDS = "ParameterDefinitionSchema";
var _PDa = "ParameterDefinition";
var _PDar = "ParameterDefinitions";
var _PF = "PreconditionFailed";
var _PFR = "PublishFunctionRequest";
var _PFRu = "PublishFunctionResult";
var _PFu = "PublishFunction";
var _PI = "ProfileId";
var _PICKAFTO = "ParametersInCacheKeyAndForwardedToOrigin";
var _PIr = "ProviderId";
var _PK = "PublicKey";
var _PKAE = "PublicKeyAlreadyExists";
var _PKC = "PublicKeyConfig";
var _PKI = "PublicKeyId";
var _PKIL = "PublicKeyIdList";
var _PKIU = "PublicKeyInUse";
var _PKL = "PublicKeyList";
var _PKS = "PublicKeySummary";
var _PKSL = "PublicKeySummaryList";
var _PL = "PathList";
var _PP = "PathPattern";
var _PRP = "PutResourcePolicy";
var _PRPR = "PutResourcePolicyRequest";
var _PRPRu = "PutResourcePolicyResult";
var _Pa = "Paths";
var _Par = "Parameter";
var _Pat = "Path";
var _Pr = "Prefix";
var _Pre = "Preload";
var _Pro = "Protection";
var _Q = "Quantity";
var _QA = "QueryArg";
var _QAP = "QueryArgProfile";
var _QAPC = "QueryArgProfileConfig";
var _QAPE = "QueryArgProfileEmpty";
var _QAPL = "QueryArgProfileList";
var _QAPu = "QueryArgProfiles";
var _QS = "QueryStrings";
var _QSB = "QueryStringBehavior";
var _QSC = "QueryStringsConfig";
var _QSCK = "QueryStringCacheKeys";
var _QSCKL = "QueryStringCacheKeysList";
var _QSN = "QueryStringNames";
var _QSNL = "QueryStringNamesList";
var _QSu = "QueryString";
var _R = "Region";
var _RA = "ResourceArn";
var _RARN = "RoleARN";
var _RC = "ResponseCode";
var _RCT = "ResponseCompletionTimeout";
var _RE = "RoutingEndpoint";
var _RF = "RedirectFrom";
var _RHC = "RemoveHeadersConfig";
var _RHP = "ResponseHeadersPolicy";
var _RHPACAH = "ResponseHeadersPolicyAccessControlAllowHeaders";
var _RHPACAM = "ResponseHeadersPolicyAccessControlAllowMethods";
var _RHPACAO = "ResponseHeadersPolicyAccessControlAllowOrigins";
var _RHPACEH = "ResponseHeadersPolicyAccessControlExposeHeaders";
var _RHPAE = "ResponseHeadersPolicyAlreadyExists";
var _RHPC = "ResponseHeadersPolicyConfig";
var _RHPCC = "ResponseHeadersPolicyCorsConfig";
var _RHPCH = "ResponseHeadersPolicyCustomHeader";
var _RHPCHC = "ResponseHeadersPolicyCustomHeadersConfig";
var _RHPCHL = "ResponseHeadersPolicyCustomHeaderList";
var _RHPCSP = "ResponseHeadersPolicyContentSecurityPolicy";
var _RHPCTO = "ResponseHeadersPolicyContentTypeOptions";
var _RHPFO = "ResponseHeadersPolicyFrameOptions";
var _RHPI = "ResponseHeadersPolicyId";
var _RHPIU = "ResponseHeadersPolicyInUse";
var _RHPL = "ResponseHeadersPolicyList";
var _RHPRH = "ResponseHeadersPolicyRemoveHeader";
var _RHPRHC = "ResponseHeadersPolicyRemoveHeadersConfig";
var _RHPRHL = "ResponseHeadersPolicyRemoveHeaderList";
var _RHPRP = "ResponseHeadersPolicyReferrerPolicy";
var _RHPS = "ResponseHeadersPolicySummary";
var _RHPSHC = "ResponseHeadersPolicySecurityHeadersConfig";
var _RHPSL = "ResponseHeadersPolicySummaryList";
var _RHPSTHC = "ResponseHeadersPolicyServerTimingHeadersConfig";
var _RHPSTS = "ResponseHeadersPolicyStrictTransportSecurity";
var _RHPXSSP = "ResponseHeadersPolicyXSSProtection";
var _RI = "ResourceId";
var _RIU = "ResourceInUse";
var _RLC = "RealtimeLogConfig";
var _RLCA = "RealtimeLogConfigArn";
var _RLCAE = "RealtimeLogConfigAlreadyExists";
var _RLCIU = "RealtimeLogConfigInUse";
var _RLCL = "RealtimeLogConfigList";
var _RLCN = "RealtimeLogConfigName";
var _RLCOM = "RealtimeLogConfigOwnerMismatch";
var _RLCe = "RealtimeLogConfigs";
var _RMSC = "RealtimeMetricsSubscriptionConfig";
var _RMSS = "RealtimeMetricsSubscriptionStatus";
var _RND = "ResourceNotDisabled";
var _RP = "ReferrerPolicy";
var _RPP = "ResponsePagePath";
var _RT = "ResourceType";
var _RTe = "RestrictionType";
var _RTed = "RedirectTo";
var _RU = "ReportUri";
var _Re = "Restrictions";
var _Rea = "Reason";
var _Req = "Required";
var _Res = "Resource";
var _Ru = "Runtime";
var _S = "Status";
var _SARN = "SourceARN";
var _SARNt = "StreamARN";
var _SB = "SigningBehavior";
var _SC = "SelectionCriteria";
var _SCL = "StatusCodeList";
var _SCUI = "S3CanonicalUserId";
var _SCt = "StatusCodes";
var _SCta = "StatusCode";
var _SD = "StreamingDistribution";
var _SDAE = "StreamingDistributionAlreadyExists";
var _SDC = "StreamingDistributionConfig";
var _SDCWT = "StreamingDistributionConfigWithTags";
var _SDDN = "StagingDistributionDnsNames";
var _SDDNL = "StagingDistributionDnsNameList";
var _SDI = "StagingDistributionId";
var _SDIU = "StagingDistributionInUse";
var _SDL = "StreamingDistributionList";
var _SDND = "StreamingDistributionNotDisabled";
var _SDS = "StreamingDistributionSummary";
var _SDSL = "StreamingDistributionSummaryList";
var _SHC = "SecurityHeadersConfig";
var _SHCi = "SingleHeaderConfig";
var _SL = "SignerList";
var _SLC = "StreamingLoggingConfig";
var _SO = "S3Origin";
var _SOC = "S3OriginConfig";
var _SP = "SigningProtocol";
var _SPL = "SslProtocolsList";
var _SPs = "SslProtocol";
var _SR = "SamplingRate";
var _SS = "SmoothStreaming";
var _SSC = "SessionStickinessConfig";
var _SSCt = "StringSchemaConfig";
var _SSLSM = "SSLSupportMethod";
var _SSt = "StringSchema";
var _ST = "StreamType";
var _STHC = "ServerTimingHeadersConfig";
var _STS = "StrictTransportSecurity";
var _STo = "SourceType";
var _SWC = "SingleWeightConfig";
var _Si = "Signer";
var _St = "Stage";
var _Sta = "Staging";
var _T = "Type";
var _TC = "TrafficConfig";
var _TCF = "TestConnectionFunction";
var _TCFR = "TestConnectionFunctionRequest";
var _TCFRe = "TestConnectionFunctionResult";
var _TCe = "TenantConfig";
var _TDI = "TargetDistributionId";
var _TF = "TestFunction";
var _TFF = "TestFunctionFailed";
var _TFR = "TestFunctionRequest";
var _TFRe = "TestFunctionResult";
var _TK = "TagKeys";
var _TKG = "TrustedKeyGroups";
var _TKGDNE = "TrustedKeyGroupDoesNotExist";
var _TKGIL = "TrustedKeyGroupIdList";
var _TKL = "TagKeyList";
var _TL = "TagList";
var _TLCSPIRHP = "TooLongCSPInResponseHeadersPolicy";
var _TMC = "TooManyCertificates";
var _TMCB = "TooManyCacheBehaviors";
var _TMCDP = "TooManyContinuousDeploymentPolicies";
var _TMCFOAI = "TooManyCloudFrontOriginAccessIdentities";
var _TMCHIRHP = "TooManyCustomHeadersInResponseHeadersPolicy";
var _TMCICP = "TooManyCookiesInCachePolicy";
var _TMCIORP = "TooManyCookiesInOriginRequestPolicy";
var _TMCNIWL = "TooManyCookieNamesInWhiteList";
var _TMCP = "TooManyCachePolicies";
var _TMD = "TooManyDistributions";
var _TMDATCP = "TooManyDistributionsAssociatedToCachePolicy";
var _TMDATFLEC = "TooManyDistributionsAssociatedToFieldLevelEncryptionConfig";
var _TMDATKG = "TooManyDistributionsAssociatedToKeyGroup";
var _TMDATOAC = "TooManyDistributionsAssociatedToOriginAccessControl";
var _TMDATORP = "TooManyDistributionsAssociatedToOriginRequestPolicy";
var _TMDATRHP = "TooManyDistributionsAssociatedToResponseHeadersPolicy";
var _TMDCNAME = "TooManyDistributionCNAMEs";
var _TMDWFA = "TooManyDistributionsWithFunctionAssociations";
var _TMDWLA = "TooManyDistributionsWithLambdaAssociations";
var _TMDWSFARN = "TooManyDistributionsWithSingleFunctionARN";
var _TMF = "TooManyFunctions";
var _TMFA = "TooManyFunctionAssociations";
var _TMFLEC = "TooManyFieldLevelEncryptionConfigs";
var _TMFLECTP = "TooManyFieldLevelEncryptionContentTypeProfiles";
var _TMFLEEE = "TooManyFieldLevelEncryptionEncryptionEntities";
var _TMFLEFP = "TooManyFieldLevelEncryptionFieldPatterns";
var _TMFLEP = "TooManyFieldLevelEncryptionProfiles";
var _TMFLEQAP = "TooManyFieldLevelEncryptionQueryArgProfiles";
var _TMHICP = "TooManyHeadersInCachePolicy";
var _TMHIFV = "TooManyHeadersInForwardedValues";
var _TMHIORP = "TooManyHeadersInOriginRequestPolicy";
var _TMIIP = "TooManyInvalidationsInProgress";
var _TMKG = "TooManyKeyGroups";
var _TMKGATD = "TooManyKeyGroupsAssociatedToDistribution";
var _TMLFA = "TooManyLambdaFunctionAssociations";
var _TMO = "TooManyOrigins";
var _TMOAC = "TooManyOriginAccessControls";
var _TMOCH = "TooManyOriginCustomHeaders";
var _TMOGPD = "TooManyOriginGroupsPerDistribution";
var _TMORP = "TooManyOriginRequestPolicies";
var _TMPK = "TooManyPublicKeys";
var _TMPKIKG = "TooManyPublicKeysInKeyGroup";
var _TMQSICP = "TooManyQueryStringsInCachePolicy";
var _TMQSIORP = "TooManyQueryStringsInOriginRequestPolicy";
var _TMQSP = "TooManyQueryStringParameters";
var _TMRHIRHP = "TooManyRemoveHeadersInResponseHeadersPolicy";
var _TMRHP = "TooManyResponseHeadersPolicies";
var _TMRLC = "TooManyRealtimeLogConfigs";
var _TMSD = "TooManyStreamingDistributions";
var _TMSDCNAME = "TooManyStreamingDistributionCNAMEs";
var _TMTS = "TooManyTrustedSigners";
var _TOI = "TargetOriginId";
var _TR = "TestResult";
var _TRR = "TagResourceRequest";
var _TRa = "TargetResource";
var _TRag = "TagResource";
var _TS = "TrustedSigners";
var _TSC = "TrustStoreConfig";
var _TSDNE = "TrustedSignerDoesNotExist";
var _TSI = "TrustStoreIdentifier";
var _TSIr = "TrustStoreId";
var _TSL = "TrustStoreList";
var _TSS = "TrustStoreSummary";
var _TSr = "TrustStore";
var _Ta = "Tags";
var _Tag = "Tag";
var _UAIL = "UpdateAnycastIpList";
var _UAILR = "UpdateAnycastIpListRequest";
var _UAILRp = "UpdateAnycastIpListResult";
var _UCCOCSPE = "UseClientCertificateOCSPEndpoint";
var _UCDP = "UpdateContinuousDeploymentPolicy";
var _UCDPR = "UpdateContinuousDeploymentPolicyRequest";
var _UCDPRp = "UpdateContinuousDeploymentPolicyResult";
var _UCF = "UpdateConnectionFunction";
var _UCFOAI = "UpdateCloudFrontOriginAccessIdentity";
var _UCFOAIR = "UpdateCloudFrontOriginAccessIdentityRequest";
var _UCFOAIRp = "UpdateCloudFrontOriginAccessIdentityResult";
var _UCFR = "UpdateConnectionFunctionRequest";
var _UCFRp = "UpdateConnectionFunctionResult";
var _UCG = "UpdateConnectionGroup";
var _UCGR = "UpdateConnectionGroupRequest";
var _UCGRp = "UpdateConnectionGroupResult";
var _UCP = "UpdateCachePolicy";
var _UCPR = "UpdateCachePolicyRequest";
var _UCPRp = "UpdateCachePolicyResult";
var _UD = "UpdateDistribution";
var _UDA = "UpdateDomainAssociation";
var _UDAR = "UpdateDomainAssociationRequest";
var _UDARp = "UpdateDomainAssociationResult";
var _UDR = "UpdateDistributionRequest";
var _UDRp = "UpdateDistributionResult";
var _UDT = "UpdateDistributionTenant";
var _UDTR = "UpdateDistributionTenantRequest";
var _UDTRp = "UpdateDistributionTenantResult";
var _UDWSC = "UpdateDistributionWithStagingConfig";
var _UDWSCR = "UpdateDistributionWithStagingConfigRequest";
var _UDWSCRp = "UpdateDistributionWithStagingConfigResult";
var _UF = "UpdateFunction";
var _UFLEC = "UpdateFieldLevelEncryptionConfig";
var _UFLECR = "UpdateFieldLevelEncryptionConfigRequest";
var _UFLECRp = "UpdateFieldLevelEncryptionConfigResult";
var _UFLEP = "UpdateFieldLevelEncryptionProfile";
var _UFLEPR = "UpdateFieldLevelEncryptionProfileRequest";
var _UFLEPRp = "UpdateFieldLevelEncryptionProfileResult";
var _UFR = "UpdateFunctionRequest";
var _UFRp = "UpdateFunctionResult";
var _UKG = "UpdateKeyGroup";
var _UKGR = "UpdateKeyGroupRequest";
var _UKGRp = "UpdateKeyGroupResult";
var _UKVS = "UpdateKeyValueStore";
var _UKVSR = "UpdateKeyValueStoreRequest";
var _UKVSRp = "UpdateKeyValueStoreResult";
var _UO = "UnsupportedOperation";
var _UOAC = "UpdateOriginAccessControl";
var _UOACR = "UpdateOriginAccessControlRequest";
var _UOACRp = "UpdateOriginAccessControlResult";
var _UORP = "UpdateOriginRequestPolicy";
var _UORPR = "UpdateOriginRequestPolicyRequest";
var _UORPRp = "UpdateOriginRequestPolicyResult";
var _UPK = "UpdatePublicKey";
var _UPKR = "UpdatePublicKeyRequest";
var _UPKRp = "UpdatePublicKeyResult";
var _UR = "UntagResource";
var _URHP = "UpdateResponseHeadersPolicy";
var _URHPR = "UpdateResponseHeadersPolicyRequest";
var _URHPRp = "UpdateResponseHeadersPolicyResult";
var _URLC = "UpdateRealtimeLogConfig";
var _URLCR = "UpdateRealtimeLogConfigRequest";
var _URLCRp = "UpdateRealtimeLogConfigResult";
var _URR = "UntagResourceRequest";
var _USD = "UpdateStreamingDistribution";
var _USDR = "UpdateStreamingDistributionRequest";
var _USDRp = "UpdateStreamingDistributionResult";
var _UTS = "UpdateTrustStore";
var _UTSR = "UpdateTrustStoreRequest";
var _UTSRp = "UpdateTrustStoreResult";
var _UVO = "UpdateVpcOrigin";
var _UVOR = "UpdateVpcOriginRequest";
var _UVORp = "UpdateVpcOriginResult";
var _V = "Version";
var _VC = "ViewerCertificate";
var _VDC = "VerifyDnsConfiguration";
var _VDCR = "VerifyDnsConfigurationRequest";
var _VDCRe = "VerifyDnsConfigurationResult";
var _VMC = "ViewerMtlsConfig";
var _VO = "VpcOrigin";
var _VOC = "VpcOriginConfig";
var _VOEC = "VpcOriginEndpointConfig";
var _VOI = "VpcOriginId";
var _VOL = "VpcOriginList";
var _VOS = "VpcOriginSummary";
var _VOSL = "VpcOriginSummaryList";
var _VPP = "ViewerProtocolPolicy";
var _VTD = "ValidationTokenDetails";
var _VTDL = "ValidationTokenDetailList";
var _VTDa = "ValidationTokenDetail";
var _VTH = "ValidationTokenHost";
var _Va = "Value";
var _W = "Weight";
var _WA = "WebAcl";
var _WAC = "WebAclCustomization";
var _WACLA = "WebACLArn";
var _WACLI = "WebACLId";
var _WN = "WhitelistedNames";
var _XSSP = "XSSProtection";
var _c = "client";
var _d = "domain";
var _e = "error";
var _h = "http";
var _hE = "httpError";
var _hH = "httpHeader";
var _hP = "httpPayload";
var _hQ = "httpQuery";
var _s = "smithy.ts.sdk.synthetic.com.amazonaws.cloudfront";
var _sST = "sensitiveStringType";
var _se = "server";
var _xN = "xmlName";
var n0 = "com.amazonaws.cloudfront";
var _s_registry = new TypeRegistry(_s);
var CloudFrontServiceException$ = [-3, _s, "CloudFrontServiceException", 0, [], []];
_s_registry.registerError(CloudFrontServiceException$, CloudFrontServiceException);
var n0_registry = new TypeRegistry(n0);
var AccessDenied$ = [
  -3,
  n0,
  _AD,
  { [_e]: _c, [_hE]: 403 },
  [_M],
  [0]
];
n0_registry.registerError(AccessDenied$, AccessDenied);
var BatchTooLarge$ = [
  -3,
  n0,
  _BTL,
  { [_e]: _c, [_hE]: 413 },
  [_M],
  [0]
];
n0_registry.registerError(BatchTooLarge$, BatchTooLarge);
var CachePolicyAlreadyExists$ = [
  -3,
  n0,
  _CPAE,
  { [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(CachePolicyAlreadyExists$, CachePolicyAlreadyExists);
var CachePolicyInUse$ = [
  -3,
  n0,
  _CPIU,
  { [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(CachePolicyInUse$, CachePolicyInUse);
var CannotChangeImmutablePublicKeyFields$ = [
  -3,
  n0,
  _CCIPKF,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(CannotChangeImmutablePublicKeyFields$, CannotChangeImmutablePublicKeyFields);
var CannotDeleteEntityWhileInUse$ = [
  -3,
  n0,
  _CDEWIU,
  { [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(CannotDeleteEntityWhileInUse$, CannotDeleteEntityWhileInUse);
var CannotUpdateEntityWhileInUse$ = [
  -3,
  n0,
  _CUEWIU,
  { [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(CannotUpdateEntityWhileInUse$, CannotUpdateEntityWhileInUse);
var CloudFrontOriginAccessIdentityAlreadyExists$ = [
  -3,
  n0,
  _CFOAIAE,
  { [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(CloudFrontOriginAccessIdentityAlreadyExists$, CloudFrontOriginAccessIdentityAlreadyExists);
var CloudFrontOriginAccessIdentityInUse$ = [
  -3,
  n0,
  _CFOAIIU,
  { [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(CloudFrontOriginAccessIdentityInUse$, CloudFrontOriginAccessIdentityInUse);
var CNAMEAlreadyExists$ = [
  -3,
  n0,
  _CNAMEAE,
  { [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(CNAMEAlreadyExists$, CNAMEAlreadyExists);
var ContinuousDeploymentPolicyAlreadyExists$ = [
  -3,
  n0,
  _CDPAE,
  { [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(ContinuousDeploymentPolicyAlreadyExists$, ContinuousDeploymentPolicyAlreadyExists);
var ContinuousDeploymentPolicyInUse$ = [
  -3,
  n0,
  _CDPIU,
  { [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(ContinuousDeploymentPolicyInUse$, ContinuousDeploymentPolicyInUse);
var DistributionAlreadyExists$ = [
  -3,
  n0,
  _DAE,
  { [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(DistributionAlreadyExists$, DistributionAlreadyExists);
var DistributionNotDisabled$ = [
  -3,
  n0,
  _DND,
  { [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(DistributionNotDisabled$, DistributionNotDisabled);
var EntityAlreadyExists$ = [
  -3,
  n0,
  _EAE,
  { [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(EntityAlreadyExists$, EntityAlreadyExists);
var EntityLimitExceeded$ = [
  -3,
  n0,
  _ELE,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(EntityLimitExceeded$, EntityLimitExceeded);
var EntityNotFound$ = [
  -3,
  n0,
  _ENF,
  { [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(EntityNotFound$, EntityNotFound);
var EntitySizeLimitExceeded$ = [
  -3,
  n0,
  _ESLE,
  { [_e]: _c, [_hE]: 413 },
  [_M],
  [0]
];
n0_registry.registerError(EntitySizeLimitExceeded$, EntitySizeLimitExceeded);
var FieldLevelEncryptionConfigAlreadyExists$ = [
  -3,
  n0,
  _FLECAE,
  { [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(FieldLevelEncryptionConfigAlreadyExists$, FieldLevelEncryptionConfigAlreadyExists);
var FieldLevelEncryptionConfigInUse$ = [
  -3,
  n0,
  _FLECIU,
  { [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(FieldLevelEncryptionConfigInUse$, FieldLevelEncryptionConfigInUse);
var FieldLevelEncryptionProfileAlreadyExists$ = [
  -3,
  n0,
  _FLEPAE,
  { [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(FieldLevelEncryptionProfileAlreadyExists$, FieldLevelEncryptionProfileAlreadyExists);
var FieldLevelEncryptionProfileInUse$ = [
  -3,
  n0,
  _FLEPIU,
  { [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(FieldLevelEncryptionProfileInUse$, FieldLevelEncryptionProfileInUse);
var FieldLevelEncryptionProfileSizeExceeded$ = [
  -3,
  n0,
  _FLEPSE,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(FieldLevelEncryptionProfileSizeExceeded$, FieldLevelEncryptionProfileSizeExceeded);
var FunctionAlreadyExists$ = [
  -3,
  n0,
  _FAE,
  { [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(FunctionAlreadyExists$, FunctionAlreadyExists);
var FunctionInUse$ = [
  -3,
  n0,
  _FIU,
  { [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(FunctionInUse$, FunctionInUse);
var FunctionSizeLimitExceeded$ = [
  -3,
  n0,
  _FSLE,
  { [_e]: _c, [_hE]: 413 },
  [_M],
  [0]
];
n0_registry.registerError(FunctionSizeLimitExceeded$, FunctionSizeLimitExceeded);
var IllegalDelete$ = [
  -3,
  n0,
  _ID,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(IllegalDelete$, IllegalDelete);
var IllegalFieldLevelEncryptionConfigAssociationWithCacheBehavior$ = [
  -3,
  n0,
  _IFLECAWCB,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(IllegalFieldLevelEncryptionConfigAssociationWithCacheBehavior$, IllegalFieldLevelEncryptionConfigAssociationWithCacheBehavior);
var IllegalOriginAccessConfiguration$ = [
  -3,
  n0,
  _IOAC,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(IllegalOriginAccessConfiguration$, IllegalOriginAccessConfiguration);
var IllegalUpdate$ = [
  -3,
  n0,
  _IU,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(IllegalUpdate$, IllegalUpdate);
var InconsistentQuantities$ = [
  -3,
  n0,
  _IQ,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InconsistentQuantities$, InconsistentQuantities);
var InvalidArgument$ = [
  -3,
  n0,
  _IA,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidArgument$, InvalidArgument);
var InvalidAssociation$ = [
  -3,
  n0,
  _IAn,
  { [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidAssociation$, InvalidAssociation);
var InvalidDefaultRootObject$ = [
  -3,
  n0,
  _IDRO,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidDefaultRootObject$, InvalidDefaultRootObject);
var InvalidDomainNameForOriginAccessControl$ = [
  -3,
  n0,
  _IDNFOAC,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidDomainNameForOriginAccessControl$, InvalidDomainNameForOriginAccessControl);
var InvalidErrorCode$ = [
  -3,
  n0,
  _IEC,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidErrorCode$, InvalidErrorCode);
var InvalidForwardCookies$ = [
  -3,
  n0,
  _IFC,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidForwardCookies$, InvalidForwardCookies);
var InvalidFunctionAssociation$ = [
  -3,
  n0,
  _IFA,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidFunctionAssociation$, InvalidFunctionAssociation);
var InvalidGeoRestrictionParameter$ = [
  -3,
  n0,
  _IGRP,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidGeoRestrictionParameter$, InvalidGeoRestrictionParameter);
var InvalidHeadersForS3Origin$ = [
  -3,
  n0,
  _IHFSO,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidHeadersForS3Origin$, InvalidHeadersForS3Origin);
var InvalidIfMatchVersion$ = [
  -3,
  n0,
  _IIMV,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidIfMatchVersion$, InvalidIfMatchVersion);
var InvalidLambdaFunctionAssociation$ = [
  -3,
  n0,
  _ILFA,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidLambdaFunctionAssociation$, InvalidLambdaFunctionAssociation);
var InvalidLocationCode$ = [
  -3,
  n0,
  _ILC,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidLocationCode$, InvalidLocationCode);
var InvalidMinimumProtocolVersion$ = [
  -3,
  n0,
  _IMPV,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidMinimumProtocolVersion$, InvalidMinimumProtocolVersion);
var InvalidOrigin$ = [
  -3,
  n0,
  _IO,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidOrigin$, InvalidOrigin);
var InvalidOriginAccessControl$ = [
  -3,
  n0,
  _IOACn,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidOriginAccessControl$, InvalidOriginAccessControl);
var InvalidOriginAccessIdentity$ = [
  -3,
  n0,
  _IOAI,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidOriginAccessIdentity$, InvalidOriginAccessIdentity);
var InvalidOriginKeepaliveTimeout$ = [
  -3,
  n0,
  _IOKT,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidOriginKeepaliveTimeout$, InvalidOriginKeepaliveTimeout);
var InvalidOriginReadTimeout$ = [
  -3,
  n0,
  _IORT,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidOriginReadTimeout$, InvalidOriginReadTimeout);
var InvalidProtocolSettings$ = [
  -3,
  n0,
  _IPS,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidProtocolSettings$, InvalidProtocolSettings);
var InvalidQueryStringParameters$ = [
  -3,
  n0,
  _IQSP,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidQueryStringParameters$, InvalidQueryStringParameters);
var InvalidRelativePath$ = [
  -3,
  n0,
  _IRP,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidRelativePath$, InvalidRelativePath);
var InvalidRequiredProtocol$ = [
  -3,
  n0,
  _IRPn,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidRequiredProtocol$, InvalidRequiredProtocol);
var InvalidResponseCode$ = [
  -3,
  n0,
  _IRC,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidResponseCode$, InvalidResponseCode);
var InvalidTagging$ = [
  -3,
  n0,
  _IT,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidTagging$, InvalidTagging);
var InvalidTTLOrder$ = [
  -3,
  n0,
  _ITTLO,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidTTLOrder$, InvalidTTLOrder);
var InvalidViewerCertificate$ = [
  -3,
  n0,
  _IVC,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidViewerCertificate$, InvalidViewerCertificate);
var InvalidWebACLId$ = [
  -3,
  n0,
  _IWACLI,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidWebACLId$, InvalidWebACLId);
var KeyGroupAlreadyExists$ = [
  -3,
  n0,
  _KGAE,
  { [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(KeyGroupAlreadyExists$, KeyGroupAlreadyExists);
var MissingBody$ = [
  -3,
  n0,
  _MB,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(MissingBody$, MissingBody);
var MonitoringSubscriptionAlreadyExists$ = [
  -3,
  n0,
  _MSAE,
  { [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(MonitoringSubscriptionAlreadyExists$, MonitoringSubscriptionAlreadyExists);
var NoSuchCachePolicy$ = [
  -3,
  n0,
  _NSCP,
  { [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(NoSuchCachePolicy$, NoSuchCachePolicy);
var NoSuchCloudFrontOriginAccessIdentity$ = [
  -3,
  n0,
  _NSCFOAI,
  { [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(NoSuchCloudFrontOriginAccessIdentity$, NoSuchCloudFrontOriginAccessIdentity);
var NoSuchContinuousDeploymentPolicy$ = [
  -3,
  n0,
  _NSCDP,
  { [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(NoSuchContinuousDeploymentPolicy$, NoSuchContinuousDeploymentPolicy);
var NoSuchDistribution$ = [
  -3,
  n0,
  _NSD,
  { [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(NoSuchDistribution$, NoSuchDistribution);
var NoSuchFieldLevelEncryptionConfig$ = [
  -3,
  n0,
  _NSFLEC,
  { [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(NoSuchFieldLevelEncryptionConfig$, NoSuchFieldLevelEncryptionConfig);
var NoSuchFieldLevelEncryptionProfile$ = [
  -3,
  n0,
  _NSFLEP,
  { [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(NoSuchFieldLevelEncryptionProfile$, NoSuchFieldLevelEncryptionProfile);
var NoSuchFunctionExists$ = [
  -3,
  n0,
  _NSFE,
  { [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(NoSuchFunctionExists$, NoSuchFunctionExists);
var NoSuchInvalidation$ = [
  -3,
  n0,
  _NSI,
  { [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(NoSuchInvalidation$, NoSuchInvalidation);
var NoSuchMonitoringSubscription$ = [
  -3,
  n0,
  _NSMS,
  { [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(NoSuchMonitoringSubscription$, NoSuchMonitoringSubscription);
var NoSuchOrigin$ = [
  -3,
  n0,
  _NSO,
  { [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(NoSuchOrigin$, NoSuchOrigin);
var NoSuchOriginAccessControl$ = [
  -3,
  n0,
  _NSOAC,
  { [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(NoSuchOriginAccessControl$, NoSuchOriginAccessControl);
var NoSuchOriginRequestPolicy$ = [
  -3,
  n0,
  _NSORP,
  { [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(NoSuchOriginRequestPolicy$, NoSuchOriginRequestPolicy);
var NoSuchPublicKey$ = [
  -3,
  n0,
  _NSPK,
  { [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(NoSuchPublicKey$, NoSuchPublicKey);
var NoSuchRealtimeLogConfig$ = [
  -3,
  n0,
  _NSRLC,
  { [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(NoSuchRealtimeLogConfig$, NoSuchRealtimeLogConfig);
var NoSuchResource$ = [
  -3,
  n0,
  _NSR,
  { [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(NoSuchResource$, NoSuchResource);
var NoSuchResponseHeadersPolicy$ = [
  -3,
  n0,
  _NSRHP,
  { [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(NoSuchResponseHeadersPolicy$, NoSuchResponseHeadersPolicy);
var NoSuchStreamingDistribution$ = [
  -3,
  n0,
  _NSSD,
  { [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(NoSuchStreamingDistribution$, NoSuchStreamingDistribution);
var OriginAccessControlAlreadyExists$ = [
  -3,
  n0,
  _OACAE,
  { [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(OriginAccessControlAlreadyExists$, OriginAccessControlAlreadyExists);
var OriginAccessControlInUse$ = [
  -3,
  n0,
  _OACIU,
  { [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(OriginAccessControlInUse$, OriginAccessControlInUse);
var OriginRequestPolicyAlreadyExists$ = [
  -3,
  n0,
  _ORPAE,
  { [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(OriginRequestPolicyAlreadyExists$, OriginRequestPolicyAlreadyExists);
var OriginRequestPolicyInUse$ = [
  -3,
  n0,
  _ORPIU,
  { [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(OriginRequestPolicyInUse$, OriginRequestPolicyInUse);
var PreconditionFailed$ = [
  -3,
  n0,
  _PF,
  { [_e]: _c, [_hE]: 412 },
  [_M],
  [0]
];
n0_registry.registerError(PreconditionFailed$, PreconditionFailed);
var PublicKeyAlreadyExists$ = [
  -3,
  n0,
  _PKAE,
  { [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(PublicKeyAlreadyExists$, PublicKeyAlreadyExists);
var PublicKeyInUse$ = [
  -3,
  n0,
  _PKIU,
  { [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(PublicKeyInUse$, PublicKeyInUse);
var QueryArgProfileEmpty$ = [
  -3,
  n0,
  _QAPE,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(QueryArgProfileEmpty$, QueryArgProfileEmpty);
var RealtimeLogConfigAlreadyExists$ = [
  -3,
  n0,
  _RLCAE,
  { [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(RealtimeLogConfigAlreadyExists$, RealtimeLogConfigAlreadyExists);
var RealtimeLogConfigInUse$ = [
  -3,
  n0,
  _RLCIU,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(RealtimeLogConfigInUse$, RealtimeLogConfigInUse);
var RealtimeLogConfigOwnerMismatch$ = [
  -3,
  n0,
  _RLCOM,
  { [_e]: _c, [_hE]: 401 },
  [_M],
  [0]
];
n0_registry.registerError(RealtimeLogConfigOwnerMismatch$, RealtimeLogConfigOwnerMismatch);
var ResourceInUse$ = [
  -3,
  n0,
  _RIU,
  { [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(ResourceInUse$, ResourceInUse);
var ResourceNotDisabled$ = [
  -3,
  n0,
  _RND,
  { [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(ResourceNotDisabled$, ResourceNotDisabled);
var ResponseHeadersPolicyAlreadyExists$ = [
  -3,
  n0,
  _RHPAE,
  { [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(ResponseHeadersPolicyAlreadyExists$, ResponseHeadersPolicyAlreadyExists);
var ResponseHeadersPolicyInUse$ = [
  -3,
  n0,
  _RHPIU,
  { [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(ResponseHeadersPolicyInUse$, ResponseHeadersPolicyInUse);
var StagingDistributionInUse$ = [
  -3,
  n0,
  _SDIU,
  { [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(StagingDistributionInUse$, StagingDistributionInUse);
var StreamingDistributionAlreadyExists$ = [
  -3,
  n0,
  _SDAE,
  { [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(StreamingDistributionAlreadyExists$, StreamingDistributionAlreadyExists);
var StreamingDistributionNotDisabled$ = [
  -3,
  n0,
  _SDND,
  { [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(StreamingDistributionNotDisabled$, StreamingDistributionNotDisabled);
var TestFunctionFailed$ = [
  -3,
  n0,
  _TFF,
  { [_e]: _se, [_hE]: 500 },
  [_M],
  [0]
];
n0_registry.registerError(TestFunctionFailed$, TestFunctionFailed);
var TooLongCSPInResponseHeadersPolicy$ = [
  -3,
  n0,
  _TLCSPIRHP,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooLongCSPInResponseHeadersPolicy$, TooLongCSPInResponseHeadersPolicy);
var TooManyCacheBehaviors$ = [
  -3,
  n0,
  _TMCB,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyCacheBehaviors$, TooManyCacheBehaviors);
var TooManyCachePolicies$ = [
  -3,
  n0,
  _TMCP,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyCachePolicies$, TooManyCachePolicies);
var TooManyCertificates$ = [
  -3,
  n0,
  _TMC,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyCertificates$, TooManyCertificates);
var TooManyCloudFrontOriginAccessIdentities$ = [
  -3,
  n0,
  _TMCFOAI,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyCloudFrontOriginAccessIdentities$, TooManyCloudFrontOriginAccessIdentities);
var TooManyContinuousDeploymentPolicies$ = [
  -3,
  n0,
  _TMCDP,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyContinuousDeploymentPolicies$, TooManyContinuousDeploymentPolicies);
var TooManyCookieNamesInWhiteList$ = [
  -3,
  n0,
  _TMCNIWL,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyCookieNamesInWhiteList$, TooManyCookieNamesInWhiteList);
var TooManyCookiesInCachePolicy$ = [
  -3,
  n0,
  _TMCICP,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyCookiesInCachePolicy$, TooManyCookiesInCachePolicy);
var TooManyCookiesInOriginRequestPolicy$ = [
  -3,
  n0,
  _TMCIORP,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyCookiesInOriginRequestPolicy$, TooManyCookiesInOriginRequestPolicy);
var TooManyCustomHeadersInResponseHeadersPolicy$ = [
  -3,
  n0,
  _TMCHIRHP,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyCustomHeadersInResponseHeadersPolicy$, TooManyCustomHeadersInResponseHeadersPolicy);
var TooManyDistributionCNAMEs$ = [
  -3,
  n0,
  _TMDCNAME,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyDistributionCNAMEs$, TooManyDistributionCNAMEs);
var TooManyDistributions$ = [
  -3,
  n0,
  _TMD,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyDistributions$, TooManyDistributions);
var TooManyDistributionsAssociatedToCachePolicy$ = [
  -3,
  n0,
  _TMDATCP,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyDistributionsAssociatedToCachePolicy$, TooManyDistributionsAssociatedToCachePolicy);
var TooManyDistributionsAssociatedToFieldLevelEncryptionConfig$ = [
  -3,
  n0,
  _TMDATFLEC,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyDistributionsAssociatedToFieldLevelEncryptionConfig$, TooManyDistributionsAssociatedToFieldLevelEncryptionConfig);
var TooManyDistributionsAssociatedToKeyGroup$ = [
  -3,
  n0,
  _TMDATKG,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyDistributionsAssociatedToKeyGroup$, TooManyDistributionsAssociatedToKeyGroup);
var TooManyDistributionsAssociatedToOriginAccessControl$ = [
  -3,
  n0,
  _TMDATOAC,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyDistributionsAssociatedToOriginAccessControl$, TooManyDistributionsAssociatedToOriginAccessControl);
var TooManyDistributionsAssociatedToOriginRequestPolicy$ = [
  -3,
  n0,
  _TMDATORP,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyDistributionsAssociatedToOriginRequestPolicy$, TooManyDistributionsAssociatedToOriginRequestPolicy);
var TooManyDistributionsAssociatedToResponseHeadersPolicy$ = [
  -3,
  n0,
  _TMDATRHP,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyDistributionsAssociatedToResponseHeadersPolicy$, TooManyDistributionsAssociatedToResponseHeadersPolicy);
var TooManyDistributionsWithFunctionAssociations$ = [
  -3,
  n0,
  _TMDWFA,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyDistributionsWithFunctionAssociations$, TooManyDistributionsWithFunctionAssociations);
var TooManyDistributionsWithLambdaAssociations$ = [
  -3,
  n0,
  _TMDWLA,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyDistributionsWithLambdaAssociations$, TooManyDistributionsWithLambdaAssociations);
var TooManyDistributionsWithSingleFunctionARN$ = [
  -3,
  n0,
  _TMDWSFARN,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyDistributionsWithSingleFunctionARN$, TooManyDistributionsWithSingleFunctionARN);
var TooManyFieldLevelEncryptionConfigs$ = [
  -3,
  n0,
  _TMFLEC,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyFieldLevelEncryptionConfigs$, TooManyFieldLevelEncryptionConfigs);
var TooManyFieldLevelEncryptionContentTypeProfiles$ = [
  -3,
  n0,
  _TMFLECTP,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyFieldLevelEncryptionContentTypeProfiles$, TooManyFieldLevelEncryptionContentTypeProfiles);
var TooManyFieldLevelEncryptionEncryptionEntities$ = [
  -3,
  n0,
  _TMFLEEE,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyFieldLevelEncryptionEncryptionEntities$, TooManyFieldLevelEncryptionEncryptionEntities);
var TooManyFieldLevelEncryptionFieldPatterns$ = [
  -3,
  n0,
  _TMFLEFP,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyFieldLevelEncryptionFieldPatterns$, TooManyFieldLevelEncryptionFieldPatterns);
var TooManyFieldLevelEncryptionProfiles$ = [
  -3,
  n0,
  _TMFLEP,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyFieldLevelEncryptionProfiles$, TooManyFieldLevelEncryptionProfiles);
var TooManyFieldLevelEncryptionQueryArgProfiles$ = [
  -3,
  n0,
  _TMFLEQAP,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyFieldLevelEncryptionQueryArgProfiles$, TooManyFieldLevelEncryptionQueryArgProfiles);
var TooManyFunctionAssociations$ = [
  -3,
  n0,
  _TMFA,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyFunctionAssociations$, TooManyFunctionAssociations);
var TooManyFunctions$ = [
  -3,
  n0,
  _TMF,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyFunctions$, TooManyFunctions);
var TooManyHeadersInCachePolicy$ = [
  -3,
  n0,
  _TMHICP,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyHeadersInCachePolicy$, TooManyHeadersInCachePolicy);
var TooManyHeadersInForwardedValues$ = [
  -3,
  n0,
  _TMHIFV,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyHeadersInForwardedValues$, TooManyHeadersInForwardedValues);
var TooManyHeadersInOriginRequestPolicy$ = [
  -3,
  n0,
  _TMHIORP,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyHeadersInOriginRequestPolicy$, TooManyHeadersInOriginRequestPolicy);
var TooManyInvalidationsInProgress$ = [
  -3,
  n0,
  _TMIIP,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyInvalidationsInProgress$, TooManyInvalidationsInProgress);
var TooManyKeyGroups$ = [
  -3,
  n0,
  _TMKG,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyKeyGroups$, TooManyKeyGroups);
var TooManyKeyGroupsAssociatedToDistribution$ = [
  -3,
  n0,
  _TMKGATD,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyKeyGroupsAssociatedToDistribution$, TooManyKeyGroupsAssociatedToDistribution);
var TooManyLambdaFunctionAssociations$ = [
  -3,
  n0,
  _TMLFA,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyLambdaFunctionAssociations$, TooManyLambdaFunctionAssociations);
var TooManyOriginAccessControls$ = [
  -3,
  n0,
  _TMOAC,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyOriginAccessControls$, TooManyOriginAccessControls);
var TooManyOriginCustomHeaders$ = [
  -3,
  n0,
  _TMOCH,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyOriginCustomHeaders$, TooManyOriginCustomHeaders);
var TooManyOriginGroupsPerDistribution$ = [
  -3,
  n0,
  _TMOGPD,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyOriginGroupsPerDistribution$, TooManyOriginGroupsPerDistribution);
var TooManyOriginRequestPolicies$ = [
  -3,
  n0,
  _TMORP,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyOriginRequestPolicies$, TooManyOriginRequestPolicies);
var TooManyOrigins$ = [
  -3,
  n0,
  _TMO,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyOrigins$, TooManyOrigins);
var TooManyPublicKeys$ = [
  -3,
  n0,
  _TMPK,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyPublicKeys$, TooManyPublicKeys);
var TooManyPublicKeysInKeyGroup$ = [
  -3,
  n0,
  _TMPKIKG,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyPublicKeysInKeyGroup$, TooManyPublicKeysInKeyGroup);
var TooManyQueryStringParameters$ = [
  -3,
  n0,
  _TMQSP,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyQueryStringParameters$, TooManyQueryStringParameters);
var TooManyQueryStringsInCachePolicy$ = [
  -3,
  n0,
  _TMQSICP,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyQueryStringsInCachePolicy$, TooManyQueryStringsInCachePolicy);
var TooManyQueryStringsInOriginRequestPolicy$ = [
  -3,
  n0,
  _TMQSIORP,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyQueryStringsInOriginRequestPolicy$, TooManyQueryStringsInOriginRequestPolicy);
var TooManyRealtimeLogConfigs$ = [
  -3,
  n0,
  _TMRLC,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyRealtimeLogConfigs$, TooManyRealtimeLogConfigs);
var TooManyRemoveHeadersInResponseHeadersPolicy$ = [
  -3,
  n0,
  _TMRHIRHP,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyRemoveHeadersInResponseHeadersPolicy$, TooManyRemoveHeadersInResponseHeadersPolicy);
var TooManyResponseHeadersPolicies$ = [
  -3,
  n0,
  _TMRHP,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyResponseHeadersPolicies$, TooManyResponseHeadersPolicies);
var TooManyStreamingDistributionCNAMEs$ = [
  -3,
  n0,
  _TMSDCNAME,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyStreamingDistributionCNAMEs$, TooManyStreamingDistributionCNAMEs);
var TooManyStreamingDistributions$ = [
  -3,
  n0,
  _TMSD,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyStreamingDistributions$, TooManyStreamingDistributions);
var TooManyTrustedSigners$ = [
  -3,
  n0,
  _TMTS,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyTrustedSigners$, TooManyTrustedSigners);
var TrustedKeyGroupDoesNotExist$ = [
  -3,
  n0,
  _TKGDNE,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TrustedKeyGroupDoesNotExist$, TrustedKeyGroupDoesNotExist);
var TrustedSignerDoesNotExist$ = [
  -3,
  n0,
  _TSDNE,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TrustedSignerDoesNotExist$, TrustedSignerDoesNotExist);
var UnsupportedOperation$ = [
  -3,
  n0,
  _UO,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(UnsupportedOperation$, UnsupportedOperation);
var errorTypeRegistries = [
  _s_registry,
  n0_registry
];
var CommentType = [0, n0, _CT, 8, 0];
var FunctionBlob = [0, n0, _FB, 8, 21];
var FunctionEventObject = [0, n0, _FEO, 8, 21];
var sensitiveStringType = [0, n0, _sST, 8, 0];
var ActiveTrustedKeyGroups$ = [
  3,
  n0,
  _ATKG,
  0,
  [_E, _Q, _I],
  [2, 1, [() => KGKeyPairIdsList, 0]],
  2
];
var ActiveTrustedSigners$ = [
  3,
  n0,
  _ATS,
  0,
  [_E, _Q, _I],
  [2, 1, [() => SignerList, 0]],
  2
];
var Aliases$ = [
  3,
  n0,
  _A,
  0,
  [_Q, _I],
  [1, [() => AliasList, 0]],
  1
];
var AliasICPRecordal$ = [
  3,
  n0,
  _AICPR,
  0,
  [_CNAME, _ICPRS],
  [0, 0]
];
var AllowedMethods$ = [
  3,
  n0,
  _AM,
  0,
  [_Q, _I, _CM],
  [1, [() => MethodsList, 0], [() => CachedMethods$, 0]],
  2
];
var AnycastIpList$ = [
  3,
  n0,
  _AIL,
  0,
  [_Id, _N, _S, _Ar, _AI, _IC, _LMT, _IAT, _ICp],
  [0, 0, 0, 0, [() => AnycastIps, 0], 1, 4, 0, [() => IpamConfig$, 0]],
  7
];
var AnycastIpListCollection$ = [
  3,
  n0,
  _AILC,
  0,
  [_Ma, _MI, _ITs, _Q, _I, _NM],
  [0, 1, 2, 1, [() => AnycastIpListSummaries, 0], 0],
  4
];
var AnycastIpListSummary$ = [
  3,
  n0,
  _AILS,
  0,
  [_Id, _N, _S, _Ar, _IC, _LMT, _IAT, _ET, _ICp],
  [0, 0, 0, 0, 1, 4, 0, 0, [() => IpamConfig$, 0]],
  6
];
var AssociateAliasRequest$ = [
  3,
  n0,
  _AAR,
  0,
  [_TDI, _Al],
  [[0, 1], [0, { [_hQ]: _Al }]],
  2
];
var AssociateDistributionTenantWebACLRequest$ = [
  3,
  n0,
  _ADTWACLR,
  0,
  [_Id, _WACLA, _IM],
  [[0, 1], 0, [0, { [_hH]: _IM_ }]],
  2
];
var AssociateDistributionTenantWebACLResult$ = [
  3,
  n0,
  _ADTWACLRs,
  0,
  [_Id, _WACLA, _ET],
  [0, 0, [0, { [_hH]: _ET }]]
];
var AssociateDistributionWebACLRequest$ = [
  3,
  n0,
  _ADWACLR,
  0,
  [_Id, _WACLA, _IM],
  [[0, 1], 0, [0, { [_hH]: _IM_ }]],
  2
];
var AssociateDistributionWebACLResult$ = [
  3,
  n0,
  _ADWACLRs,
  0,
  [_Id, _WACLA, _ET],
  [0, 0, [0, { [_hH]: _ET }]]
];
var CaCertificatesBundleS3Location$ = [
  3,
  n0,
  _CCBSL,
  0,
  [_B, _K, _R, _V],
  [0, 0, 0, 0],
  3
];
var CacheBehavior$ = [
  3,
  n0,
  _CB,
  0,
  [_PP, _TOI, _VPP, _TS, _TKG, _AM, _SS, _C, _LFA, _FA, _FLEI, _RLCA, _CPI, _ORPI, _RHPI, _GC, _FV, _MTTL, _DTTL, _MTTLa],
  [0, 0, 0, [() => TrustedSigners$, 0], [() => TrustedKeyGroups$, 0], [() => AllowedMethods$, 0], 2, 2, [() => LambdaFunctionAssociations$, 0], [() => FunctionAssociations$, 0], 0, 0, 0, 0, 0, () => GrpcConfig$, [() => ForwardedValues$, 0], 1, 1, 1],
  3
];
var CacheBehaviors$ = [
  3,
  n0,
  _CBa,
  0,
  [_Q, _I],
  [1, [() => CacheBehaviorList, 0]],
  1
];
var CachedMethods$ = [
  3,
  n0,
  _CM,
  0,
  [_Q, _I],
  [1, [() => MethodsList, 0]],
  2
];
var CachePolicy$ = [
  3,
  n0,
  _CP,
  0,
  [_Id, _LMT, _CPC],
  [0, 4, [() => CachePolicyConfig$, 0]],
  3
];
var CachePolicyConfig$ = [
  3,
  n0,
  _CPC,
  0,
  [_N, _MTTL, _Co, _DTTL, _MTTLa, _PICKAFTO],
  [0, 1, 0, 1, 1, [() => ParametersInCacheKeyAndForwardedToOrigin$, 0]],
  2
];
var CachePolicyCookiesConfig$ = [
  3,
  n0,
  _CPCC,
  0,
  [_CBo, _Coo],
  [0, [() => CookieNames$, 0]],
  1
];
var CachePolicyHeadersConfig$ = [
  3,
  n0,
  _CPHC,
  0,
  [_HB, _H],
  [0, [() => Headers$, 0]],
  1
];
var CachePolicyList$ = [
  3,
  n0,
  _CPL,
  0,
  [_MI, _Q, _NM, _I],
  [1, 1, 0, [() => CachePolicySummaryList, 0]],
  2
];
var CachePolicyQueryStringsConfig$ = [
  3,
  n0,
  _CPQSC,
  0,
  [_QSB, _QS],
  [0, [() => QueryStringNames$, 0]],
  1
];
var CachePolicySummary$ = [
  3,
  n0,
  _CPS,
  0,
  [_T, _CP],
  [0, [() => CachePolicy$, 0]],
  2
];
var CacheTagConfig$ = [
  3,
  n0,
  _CTC,
  0,
  [_HN],
  [0],
  1
];
var Certificate$ = [
  3,
  n0,
  _Ce,
  0,
  [_Ar],
  [0],
  1
];
var CloudFrontOriginAccessIdentity$ = [
  3,
  n0,
  _CFOAI,
  0,
  [_Id, _SCUI, _CFOAIC],
  [0, 0, () => CloudFrontOriginAccessIdentityConfig$],
  2
];
var CloudFrontOriginAccessIdentityConfig$ = [
  3,
  n0,
  _CFOAIC,
  0,
  [_CR, _Co],
  [0, 0],
  2
];
var CloudFrontOriginAccessIdentityList$ = [
  3,
  n0,
  _CFOAIL,
  0,
  [_Ma, _MI, _ITs, _Q, _NM, _I],
  [0, 1, 2, 1, 0, [() => CloudFrontOriginAccessIdentitySummaryList, 0]],
  4
];
var CloudFrontOriginAccessIdentitySummary$ = [
  3,
  n0,
  _CFOAIS,
  0,
  [_Id, _SCUI, _Co],
  [0, 0, 0],
  3
];
var ConflictingAlias$ = [
  3,
  n0,
  _CA,
  0,
  [_Al, _DI, _AIc],
  [0, 0, 0]
];
var ConflictingAliasesList$ = [
  3,
  n0,
  _CAL,
  0,
  [_NM, _MI, _Q, _I],
  [0, 1, 1, [() => ConflictingAliases, 0]]
];
var ConnectionFunctionAssociation$ = [
  3,
  n0,
  _CFA,
  0,
  [_Id],
  [0],
  1
];
var ConnectionFunctionSummary$ = [
  3,
  n0,
  _CFS,
  0,
  [_N, _Id, _CFC, _CFAo, _S, _St, _CTr, _LMT],
  [0, 0, [() => FunctionConfig$, 0], 0, 0, 0, 4, 4],
  8
];
var ConnectionFunctionTestResult$ = [
  3,
  n0,
  _CFTR,
  0,
  [_CFS, _CU, _CFEL, _CFEM, _CFO],
  [[() => ConnectionFunctionSummary$, 0], 0, [() => FunctionExecutionLogList, 0], [() => sensitiveStringType, 0], [() => sensitiveStringType, 0]]
];
var ConnectionGroup$ = [
  3,
  n0,
  _CG,
  0,
  [_Id, _N, _Ar, _CTr, _LMT, _Ta, _IE, _RE, _AILI, _S, _E, _IDs],
  [0, 0, 0, 4, 4, [() => Tags$, 0], 2, 0, 0, 0, 2, 2]
];
var ConnectionGroupAssociationFilter$ = [
  3,
  n0,
  _CGAF,
  0,
  [_AILI],
  [0]
];
var ConnectionGroupSummary$ = [
  3,
  n0,
  _CGS,
  0,
  [_Id, _N, _Ar, _RE, _CTr, _LMT, _ET, _AILI, _E, _S, _IDs],
  [0, 0, 0, 0, 4, 4, 0, 0, 2, 0, 2],
  7
];
var ContentTypeProfile$ = [
  3,
  n0,
  _CTP,
  0,
  [_F, _CTo, _PI],
  [0, 0, 0],
  2
];
var ContentTypeProfileConfig$ = [
  3,
  n0,
  _CTPC,
  0,
  [_FWCTIU, _CTPo],
  [2, [() => ContentTypeProfiles$, 0]],
  1
];
var ContentTypeProfiles$ = [
  3,
  n0,
  _CTPo,
  0,
  [_Q, _I],
  [1, [() => ContentTypeProfileList, 0]],
  1
];
var ContinuousDeploymentPolicy$ = [
  3,
  n0,
  _CDP,
  0,
  [_Id, _LMT, _CDPC],
  [0, 4, [() => ContinuousDeploymentPolicyConfig$, 0]],
  3
];
var ContinuousDeploymentPolicyConfig$ = [
  3,
  n0,
  _CDPC,
  0,
  [_SDDN, _E, _TC],
  [[() => StagingDistributionDnsNames$, 0], 2, () => TrafficConfig$],
  2
];
var ContinuousDeploymentPolicyList$ = [
  3,
  n0,
  _CDPL,
  0,
  [_MI, _Q, _NM, _I],
  [1, 1, 0, [() => ContinuousDeploymentPolicySummaryList, 0]],
  2
];
var ContinuousDeploymentPolicySummary$ = [
  3,
  n0,
  _CDPS,
  0,
  [_CDP],
  [[() => ContinuousDeploymentPolicy$, 0]],
  1
];
var ContinuousDeploymentSingleHeaderConfig$ = [
  3,
  n0,
  _CDSHC,
  0,
  [_He, _Va],
  [0, 0],
  2
];
var ContinuousDeploymentSingleWeightConfig$ = [
  3,
  n0,
  _CDSWC,
  0,
  [_W, _SSC],
  [1, () => SessionStickinessConfig$],
  1
];
var CookieNames$ = [
  3,
  n0,
  _CN,
  0,
  [_Q, _I],
  [1, [() => CookieNameList, 0]],
  1
];
var CookiePreference$ = [
  3,
  n0,
  _CPo,
  0,
  [_Fo, _WN],
  [0, [() => CookieNames$, 0]],
  1
];
var CopyDistributionRequest$ = [
  3,
  n0,
  _CDR,
  0,
  [_PDI, _CR, _Sta, _IM, _E],
  [[0, 1], 0, [2, { [_hH]: _Sta }], [0, { [_hH]: _IM_ }], 2],
  2
];
var CopyDistributionResult$ = [
  3,
  n0,
  _CDRo,
  0,
  [_D, _L, _ET],
  [[() => Distribution$, 16], [0, { [_hH]: _L }], [0, { [_hH]: _ET }]]
];
var CreateAnycastIpListRequest$ = [
  3,
  n0,
  _CAILR,
  0,
  [_N, _IC, _Ta, _IAT, _ICC],
  [0, 1, [() => Tags$, 0], 0, [() => IpamCidrConfigList, 0]],
  2
];
var CreateAnycastIpListResult$ = [
  3,
  n0,
  _CAILRr,
  0,
  [_AIL, _ET],
  [[() => AnycastIpList$, 16], [0, { [_hH]: _ET }]]
];
var CreateCachePolicyRequest$ = [
  3,
  n0,
  _CCPR,
  0,
  [_CPC],
  [[() => CachePolicyConfig$, { [_hP]: 1, [_xN]: _CPC }]],
  1
];
var CreateCachePolicyResult$ = [
  3,
  n0,
  _CCPRr,
  0,
  [_CP, _L, _ET],
  [[() => CachePolicy$, 16], [0, { [_hH]: _L }], [0, { [_hH]: _ET }]]
];
var CreateCloudFrontOriginAccessIdentityRequest$ = [
  3,
  n0,
  _CCFOAIR,
  0,
  [_CFOAIC],
  [[() => CloudFrontOriginAccessIdentityConfig$, { [_hP]: 1, [_xN]: _CFOAIC }]],
  1
];
var CreateCloudFrontOriginAccessIdentityResult$ = [
  3,
  n0,
  _CCFOAIRr,
  0,
  [_CFOAI, _L, _ET],
  [[() => CloudFrontOriginAccessIdentity$, 16], [0, { [_hH]: _L }], [0, { [_hH]: _ET }]]
];
var CreateConnectionFunctionRequest$ = [
  3,
  n0,
  _CCFR,
  0,
  [_N, _CFC, _CFCo, _Ta],
  [0, [() => FunctionConfig$, 0], [() => FunctionBlob, 0], [() => Tags$, 0]],
  3
];
var CreateConnectionFunctionResult$ = [
  3,
  n0,
  _CCFRr,
  0,
  [_CFS, _L, _ET],
  [[() => ConnectionFunctionSummary$, 16], [0, { [_hH]: _L }], [0, { [_hH]: _ET }]]
];
var CreateConnectionGroupRequest$ = [
  3,
  n0,
  _CCGR,
  0,
  [_N, _IE, _Ta, _AILI, _E],
  [0, 2, [() => Tags$, 0], 0, 2],
  1
];
var CreateConnectionGroupResult$ = [
  3,
  n0,
  _CCGRr,
  0,
  [_CG, _ET],
  [[() => ConnectionGroup$, 16], [0, { [_hH]: _ET }]]
];
var CreateContinuousDeploymentPolicyRequest$ = [
  3,
  n0,
  _CCDPR,
  0,
  [_CDPC],
  [[() => ContinuousDeploymentPolicyConfig$, { [_hP]: 1, [_xN]: _CDPC }]],
  1
];
var CreateContinuousDeploymentPolicyResult$ = [
  3,
  n0,
  _CCDPRr,
  0,
  [_CDP, _L, _ET],
  [[() => ContinuousDeploymentPolicy$, 16], [0, { [_hH]: _L }], [0, { [_hH]: _ET }]]
];
var CreateDistributionRequest$ = [
  3,
  n0,
  _CDRr,
  0,
  [_DC],
  [[() => DistributionConfig$, { [_hP]: 1, [_xN]: _DC }]],
  1
];
var CreateDistributionResult$ = [
  3,
  n0,
  _CDRre,
  0,
  [_D, _L, _ET],
  [[() => Distribution$, 16], [0, { [_hH]: _L }], [0, { [_hH]: _ET }]]
];
var CreateDistributionTenantRequest$ = [
  3,
  n0,
  _CDTR,
  0,
  [_DI, _N, _Do, _Ta, _Cu, _P, _CGI, _MCR, _E],
  [0, 0, () => DomainList, [() => Tags$, 0], [() => Customizations$, 0], () => _Parameters, 0, () => ManagedCertificateRequest$, 2],
  3
];
var CreateDistributionTenantResult$ = [
  3,
  n0,
  _CDTRr,
  0,
  [_DT, _ET],
  [[() => DistributionTenant$, 16], [0, { [_hH]: _ET }]]
];
var CreateDistributionWithTagsRequest$ = [
  3,
  n0,
  _CDWTR,
  0,
  [_DCWT],
  [[() => DistributionConfigWithTags$, { [_hP]: 1, [_xN]: _DCWT }]],
  1
];
var CreateDistributionWithTagsResult$ = [
  3,
  n0,
  _CDWTRr,
  0,
  [_D, _L, _ET],
  [[() => Distribution$, 16], [0, { [_hH]: _L }], [0, { [_hH]: _ET }]]
];
var CreateFieldLevelEncryptionConfigRequest$ = [
  3,
  n0,
  _CFLECR,
  0,
  [_FLEC],
  [[() => FieldLevelEncryptionConfig$, { [_hP]: 1, [_xN]: _FLEC }]],
  1
];
var CreateFieldLevelEncryptionConfigResult$ = [
  3,
  n0,
  _CFLECRr,
  0,
  [_FLE, _L, _ET],
  [[() => FieldLevelEncryption$, 16], [0, { [_hH]: _L }], [0, { [_hH]: _ET }]]
];
var CreateFieldLevelEncryptionProfileRequest$ = [
  3,
  n0,
  _CFLEPR,
  0,
  [_FLEPC],
  [[() => FieldLevelEncryptionProfileConfig$, { [_hP]: 1, [_xN]: _FLEPC }]],
  1
];
var CreateFieldLevelEncryptionProfileResult$ = [
  3,
  n0,
  _CFLEPRr,
  0,
  [_FLEP, _L, _ET],
  [[() => FieldLevelEncryptionProfile$, 16], [0, { [_hH]: _L }], [0, { [_hH]: _ET }]]
];
var CreateFunctionRequest$ = [
  3,
  n0,
  _CFR,
  0,
  [_N, _FC, _FCu, _Ta],
  [0, [() => FunctionConfig$, 0], [() => FunctionBlob, 0], [() => Tags$, 0]],
  3
];
var CreateFunctionResult$ = [
  3,
  n0,
  _CFRr,
  0,
  [_FS, _L, _ET],
  [[() => FunctionSummary$, 16], [0, { [_hH]: _L }], [0, { [_hH]: _ET }]]
];
var CreateInvalidationForDistributionTenantRequest$ = [
  3,
  n0,
  _CIFDTR,
  0,
  [_Id, _IB],
  [[0, 1], [() => InvalidationBatch$, { [_hP]: 1, [_xN]: _IB }]],
  2
];
var CreateInvalidationForDistributionTenantResult$ = [
  3,
  n0,
  _CIFDTRr,
  0,
  [_L, _In],
  [[0, { [_hH]: _L }], [() => Invalidation$, 16]]
];
var CreateInvalidationRequest$ = [
  3,
  n0,
  _CIR,
  0,
  [_DI, _IB],
  [[0, 1], [() => InvalidationBatch$, { [_hP]: 1, [_xN]: _IB }]],
  2
];
var CreateInvalidationResult$ = [
  3,
  n0,
  _CIRr,
  0,
  [_L, _In],
  [[0, { [_hH]: _L }], [() => Invalidation$, 16]]
];
var CreateKeyGroupRequest$ = [
  3,
  n0,
  _CKGR,
  0,
  [_KGC],
  [[() => KeyGroupConfig$, { [_hP]: 1, [_xN]: _KGC }]],
  1
];
var CreateKeyGroupResult$ = [
  3,
  n0,
  _CKGRr,
  0,
  [_KG, _L, _ET],
  [[() => KeyGroup$, 16], [0, { [_hH]: _L }], [0, { [_hH]: _ET }]]
];
var CreateKeyValueStoreRequest$ = [
  3,
  n0,
  _CKVSR,
  0,
  [_N, _Co, _IS, _Ta],
  [0, 0, () => ImportSource$, [() => Tags$, 0]],
  1
];
var CreateKeyValueStoreResult$ = [
  3,
  n0,
  _CKVSRr,
  0,
  [_KVS, _ET, _L],
  [[() => KeyValueStore$, 16], [0, { [_hH]: _ET }], [0, { [_hH]: _L }]]
];
var CreateMonitoringSubscriptionRequest$ = [
  3,
  n0,
  _CMSR,
  0,
  [_DI, _MS],
  [[0, 1], [() => MonitoringSubscription$, { [_hP]: 1, [_xN]: _MS }]],
  2
];
var CreateMonitoringSubscriptionResult$ = [
  3,
  n0,
  _CMSRr,
  0,
  [_MS],
  [[() => MonitoringSubscription$, 16]]
];
var CreateOriginAccessControlRequest$ = [
  3,
  n0,
  _COACR,
  0,
  [_OACC],
  [[() => OriginAccessControlConfig$, { [_hP]: 1, [_xN]: _OACC }]],
  1
];
var CreateOriginAccessControlResult$ = [
  3,
  n0,
  _COACRr,
  0,
  [_OAC, _L, _ET],
  [[() => OriginAccessControl$, 16], [0, { [_hH]: _L }], [0, { [_hH]: _ET }]]
];
var CreateOriginRequestPolicyRequest$ = [
  3,
  n0,
  _CORPR,
  0,
  [_ORPC],
  [[() => OriginRequestPolicyConfig$, { [_hP]: 1, [_xN]: _ORPC }]],
  1
];
var CreateOriginRequestPolicyResult$ = [
  3,
  n0,
  _CORPRr,
  0,
  [_ORP, _L, _ET],
  [[() => OriginRequestPolicy$, 16], [0, { [_hH]: _L }], [0, { [_hH]: _ET }]]
];
var CreatePublicKeyRequest$ = [
  3,
  n0,
  _CPKR,
  0,
  [_PKC],
  [[() => PublicKeyConfig$, { [_hP]: 1, [_xN]: _PKC }]],
  1
];
var CreatePublicKeyResult$ = [
  3,
  n0,
  _CPKRr,
  0,
  [_PK, _L, _ET],
  [[() => PublicKey$, 16], [0, { [_hH]: _L }], [0, { [_hH]: _ET }]]
];
var CreateRealtimeLogConfigRequest$ = [
  3,
  n0,
  _CRLCR,
  0,
  [_EP, _Fi, _N, _SR],
  [() => EndPointList, [() => FieldList, 0], 0, 1],
  4
];
var CreateRealtimeLogConfigResult$ = [
  3,
  n0,
  _CRLCRr,
  0,
  [_RLC],
  [[() => RealtimeLogConfig$, 0]]
];
var CreateResponseHeadersPolicyRequest$ = [
  3,
  n0,
  _CRHPR,
  0,
  [_RHPC],
  [[() => ResponseHeadersPolicyConfig$, { [_hP]: 1, [_xN]: _RHPC }]],
  1
];
var CreateResponseHeadersPolicyResult$ = [
  3,
  n0,
  _CRHPRr,
  0,
  [_RHP, _L, _ET],
  [[() => ResponseHeadersPolicy$, 16], [0, { [_hH]: _L }], [0, { [_hH]: _ET }]]
];
var CreateStreamingDistributionRequest$ = [
  3,
  n0,
  _CSDR,
  0,
  [_SDC],
  [[() => StreamingDistributionConfig$, { [_hP]: 1, [_xN]: _SDC }]],
  1
];
var CreateStreamingDistributionResult$ = [
  3,
  n0,
  _CSDRr,
  0,
  [_SD, _L, _ET],
  [[() => StreamingDistribution$, 16], [0, { [_hH]: _L }], [0, { [_hH]: _ET }]]
];
var CreateStreamingDistributionWithTagsRequest$ = [
  3,
  n0,
  _CSDWTR,
  0,
  [_SDCWT],
  [[() => StreamingDistributionConfigWithTags$, { [_hP]: 1, [_xN]: _SDCWT }]],
  1
];
var CreateStreamingDistributionWithTagsResult$ = [
  3,
  n0,
  _CSDWTRr,
  0,
  [_SD, _L, _ET],
  [[() => StreamingDistribution$, 16], [0, { [_hH]: _L }], [0, { [_hH]: _ET }]]
];
var CreateTrustStoreRequest$ = [
  3,
  n0,
  _CTSR,
  0,
  [_N, _CCBS, _UCCOCSPE, _Ta],
  [0, () => CaCertificatesBundleSource$, 2, [() => Tags$, 0]],
  2
];
var CreateTrustStoreResult$ = [
  3,
  n0,
  _CTSRr,
  0,
  [_TSr, _ET],
  [[() => TrustStore$, 16], [0, { [_hH]: _ET }]]
];
var CreateVpcOriginRequest$ = [
  3,
  n0,
  _CVOR,
  0,
  [_VOEC, _Ta],
  [[() => VpcOriginEndpointConfig$, 0], [() => Tags$, 0]],
  1
];
var CreateVpcOriginResult$ = [
  3,
  n0,
  _CVORr,
  0,
  [_VO, _L, _ET],
  [[() => VpcOrigin$, 16], [0, { [_hH]: _L }], [0, { [_hH]: _ET }]]
];
var CustomErrorResponse$ = [
  3,
  n0,
  _CER,
  0,
  [_EC, _RPP, _RC, _ECMTTL],
  [1, 0, 0, 1],
  1
];
var CustomErrorResponses$ = [
  3,
  n0,
  _CERu,
  0,
  [_Q, _I],
  [1, [() => CustomErrorResponseList, 0]],
  1
];
var CustomHeaders$ = [
  3,
  n0,
  _CH,
  0,
  [_Q, _I],
  [1, [() => OriginCustomHeadersList, 0]],
  1
];
var Customizations$ = [
  3,
  n0,
  _Cu,
  0,
  [_WA, _Ce, _GR],
  [() => WebAclCustomization$, () => Certificate$, [() => GeoRestrictionCustomization$, 0]]
];
var CustomOriginConfig$ = [
  3,
  n0,
  _COC,
  0,
  [_HTTPP, _HTTPSP, _OPP, _OSP, _ORT, _OKT, _IAT, _OMC],
  [1, 1, 0, [() => OriginSslProtocols$, 0], 1, 1, 0, () => OriginMtlsConfig$],
  3
];
var DefaultCacheBehavior$ = [
  3,
  n0,
  _DCB,
  0,
  [_TOI, _VPP, _TS, _TKG, _AM, _SS, _C, _LFA, _FA, _FLEI, _RLCA, _CPI, _ORPI, _RHPI, _GC, _FV, _MTTL, _DTTL, _MTTLa],
  [0, 0, [() => TrustedSigners$, 0], [() => TrustedKeyGroups$, 0], [() => AllowedMethods$, 0], 2, 2, [() => LambdaFunctionAssociations$, 0], [() => FunctionAssociations$, 0], 0, 0, 0, 0, 0, () => GrpcConfig$, [() => ForwardedValues$, 0], 1, 1, 1],
  2
];
var DeleteAnycastIpListRequest$ = [
  3,
  n0,
  _DAILR,
  0,
  [_Id, _IM],
  [[0, 1], [0, { [_hH]: _IM_ }]],
  2
];
var DeleteCachePolicyRequest$ = [
  3,
  n0,
  _DCPR,
  0,
  [_Id, _IM],
  [[0, 1], [0, { [_hH]: _IM_ }]],
  1
];
var DeleteCloudFrontOriginAccessIdentityRequest$ = [
  3,
  n0,
  _DCFOAIR,
  0,
  [_Id, _IM],
  [[0, 1], [0, { [_hH]: _IM_ }]],
  1
];
var DeleteConnectionFunctionRequest$ = [
  3,
  n0,
  _DCFR,
  0,
  [_Id, _IM],
  [[0, 1], [0, { [_hH]: _IM_ }]],
  2
];
var DeleteConnectionGroupRequest$ = [
  3,
  n0,
  _DCGR,
  0,
  [_Id, _IM],
  [[0, 1], [0, { [_hH]: _IM_ }]],
  2
];
var DeleteContinuousDeploymentPolicyRequest$ = [
  3,
  n0,
  _DCDPR,
  0,
  [_Id, _IM],
  [[0, 1], [0, { [_hH]: _IM_ }]],
  1
];
var DeleteDistributionRequest$ = [
  3,
  n0,
  _DDR,
  0,
  [_Id, _IM],
  [[0, 1], [0, { [_hH]: _IM_ }]],
  1
];
var DeleteDistributionTenantRequest$ = [
  3,
  n0,
  _DDTR,
  0,
  [_Id, _IM],
  [[0, 1], [0, { [_hH]: _IM_ }]],
  2
];
var DeleteFieldLevelEncryptionConfigRequest$ = [
  3,
  n0,
  _DFLECR,
  0,
  [_Id, _IM],
  [[0, 1], [0, { [_hH]: _IM_ }]],
  1
];
var DeleteFieldLevelEncryptionProfileRequest$ = [
  3,
  n0,
  _DFLEPR,
  0,
  [_Id, _IM],
  [[0, 1], [0, { [_hH]: _IM_ }]],
  1
];
var DeleteFunctionRequest$ = [
  3,
  n0,
  _DFR,
  0,
  [_N, _IM],
  [[0, 1], [0, { [_hH]: _IM_ }]],
  2
];
var DeleteKeyGroupRequest$ = [
  3,
  n0,
  _DKGR,
  0,
  [_Id, _IM],
  [[0, 1], [0, { [_hH]: _IM_ }]],
  1
];
var DeleteKeyValueStoreRequest$ = [
  3,
  n0,
  _DKVSR,
  0,
  [_N, _IM],
  [[0, 1], [0, { [_hH]: _IM_ }]],
  2
];
var DeleteMonitoringSubscriptionRequest$ = [
  3,
  n0,
  _DMSR,
  0,
  [_DI],
  [[0, 1]],
  1
];
var DeleteMonitoringSubscriptionResult$ = [
  3,
  n0,
  _DMSRe,
  0,
  [],
  []
];
var DeleteOriginAccessControlRequest$ = [
  3,
  n0,
  _DOACR,
  0,
  [_Id, _IM],
  [[0, 1], [0, { [_hH]: _IM_ }]],
  1
];
var DeleteOriginRequestPolicyRequest$ = [
  3,
  n0,
  _DORPR,
  0,
  [_Id, _IM],
  [[0, 1], [0, { [_hH]: _IM_ }]],
  1
];
var DeletePublicKeyRequest$ = [
  3,
  n0,
  _DPKR,
  0,
  [_Id, _IM],
  [[0, 1], [0, { [_hH]: _IM_ }]],
  1
];
var DeleteRealtimeLogConfigRequest$ = [
  3,
  n0,
  _DRLCR,
  0,
  [_N, _ARN],
  [0, 0]
];
var DeleteResourcePolicyRequest$ = [
  3,
  n0,
  _DRPR,
  0,
  [_RA],
  [0],
  1
];
var DeleteResponseHeadersPolicyRequest$ = [
  3,
  n0,
  _DRHPR,
  0,
  [_Id, _IM],
  [[0, 1], [0, { [_hH]: _IM_ }]],
  1
];
var DeleteStreamingDistributionRequest$ = [
  3,
  n0,
  _DSDR,
  0,
  [_Id, _IM],
  [[0, 1], [0, { [_hH]: _IM_ }]],
  1
];
var DeleteTrustStoreRequest$ = [
  3,
  n0,
  _DTSR,
  0,
  [_Id, _IM],
  [[0, 1], [0, { [_hH]: _IM_ }]],
  2
];
var DeleteVpcOriginRequest$ = [
  3,
  n0,
  _DVOR,
  0,
  [_Id, _IM],
  [[0, 1], [0, { [_hH]: _IM_ }]],
  2
];
var DeleteVpcOriginResult$ = [
  3,
  n0,
  _DVORe,
  0,
  [_VO, _ET],
  [[() => VpcOrigin$, 16], [0, { [_hH]: _ET }]]
];
var DescribeConnectionFunctionRequest$ = [
  3,
  n0,
  _DCFRe,
  0,
  [_Ide, _St],
  [[0, 1], [0, { [_hQ]: _St }]],
  1
];
var DescribeConnectionFunctionResult$ = [
  3,
  n0,
  _DCFRes,
  0,
  [_CFS, _ET],
  [[() => ConnectionFunctionSummary$, 16], [0, { [_hH]: _ET }]]
];
var DescribeFunctionRequest$ = [
  3,
  n0,
  _DFRe,
  0,
  [_N, _St],
  [[0, 1], [0, { [_hQ]: _St }]],
  1
];
var DescribeFunctionResult$ = [
  3,
  n0,
  _DFRes,
  0,
  [_FS, _ET],
  [[() => FunctionSummary$, 16], [0, { [_hH]: _ET }]]
];
var DescribeKeyValueStoreRequest$ = [
  3,
  n0,
  _DKVSRe,
  0,
  [_N],
  [[0, 1]],
  1
];
var DescribeKeyValueStoreResult$ = [
  3,
  n0,
  _DKVSRes,
  0,
  [_KVS, _ET],
  [[() => KeyValueStore$, 16], [0, { [_hH]: _ET }]]
];
var DisassociateDistributionTenantWebACLRequest$ = [
  3,
  n0,
  _DDTWACLR,
  0,
  [_Id, _IM],
  [[0, 1], [0, { [_hH]: _IM_ }]],
  1
];
var DisassociateDistributionTenantWebACLResult$ = [
  3,
  n0,
  _DDTWACLRi,
  0,
  [_Id, _ET],
  [0, [0, { [_hH]: _ET }]]
];
var DisassociateDistributionWebACLRequest$ = [
  3,
  n0,
  _DDWACLR,
  0,
  [_Id, _IM],
  [[0, 1], [0, { [_hH]: _IM_ }]],
  1
];
var DisassociateDistributionWebACLResult$ = [
  3,
  n0,
  _DDWACLRi,
  0,
  [_Id, _ET],
  [0, [0, { [_hH]: _ET }]]
];
var Distribution$ = [
  3,
  n0,
  _D,
  0,
  [_Id, _ARN, _S, _LMT, _IPIB, _DN, _DC, _ATS, _ATKG, _AICPRl],
  [0, 0, 0, 4, 1, 0, [() => DistributionConfig$, 0], [() => ActiveTrustedSigners$, 0], [() => ActiveTrustedKeyGroups$, 0], [() => AliasICPRecordals, 0]],
  7
];
var DistributionConfig$ = [
  3,
  n0,
  _DC,
  0,
  [_CR, _O, _DCB, _Co, _E, _A, _DRO, _OG, _CBa, _CERu, _Lo, _PC, _VC, _Re, _WACLI, _HV, _IIPVE, _CDPI, _Sta, _AILI, _TCe, _CMo, _VMC, _CFA, _CTC],
  [0, [() => Origins$, 0], [() => DefaultCacheBehavior$, 0], [() => CommentType, 0], 2, [() => Aliases$, 0], 0, [() => OriginGroups$, 0], [() => CacheBehaviors$, 0], [() => CustomErrorResponses$, 0], () => LoggingConfig$, 0, () => ViewerCertificate$, [() => Restrictions$, 0], 0, 0, 2, 0, 2, 0, [() => TenantConfig$, 0], 0, () => ViewerMtlsConfig$, () => ConnectionFunctionAssociation$, () => CacheTagConfig$],
  5
];
var DistributionConfigWithTags$ = [
  3,
  n0,
  _DCWT,
  0,
  [_DC, _Ta],
  [[() => DistributionConfig$, 0], [() => Tags$, 0]],
  2
];
var DistributionIdList$ = [
  3,
  n0,
  _DIL,
  0,
  [_Ma, _MI, _ITs, _Q, _NM, _I],
  [0, 1, 2, 1, 0, [() => DistributionIdListSummary, 0]],
  4
];
var DistributionIdOwner$ = [
  3,
  n0,
  _DIO,
  0,
  [_DI, _OAI],
  [0, 0],
  2
];
var DistributionIdOwnerList$ = [
  3,
  n0,
  _DIOL,
  0,
  [_Ma, _MI, _ITs, _Q, _NM, _I],
  [0, 1, 2, 1, 0, [() => DistributionIdOwnerItemList, 0]],
  4
];
var DistributionList$ = [
  3,
  n0,
  _DL,
  0,
  [_Ma, _MI, _ITs, _Q, _NM, _I],
  [0, 1, 2, 1, 0, [() => DistributionSummaryList, 0]],
  4
];
var DistributionResourceId$ = [
  3,
  n0,
  _DRI,
  0,
  [_DI, _DTI],
  [0, 0]
];
var DistributionSummary$ = [
  3,
  n0,
  _DS,
  0,
  [_Id, _ARN, _S, _LMT, _DN, _A, _O, _DCB, _CBa, _CERu, _Co, _PC, _E, _VC, _Re, _WACLI, _HV, _IIPVE, _Sta, _ET, _OG, _AICPRl, _CMo, _AILI, _VMC, _CFA],
  [0, 0, 0, 4, 0, [() => Aliases$, 0], [() => Origins$, 0], [() => DefaultCacheBehavior$, 0], [() => CacheBehaviors$, 0], [() => CustomErrorResponses$, 0], [() => sensitiveStringType, 0], 0, 2, () => ViewerCertificate$, [() => Restrictions$, 0], 0, 0, 2, 2, 0, [() => OriginGroups$, 0], [() => AliasICPRecordals, 0], 0, 0, () => ViewerMtlsConfig$, () => ConnectionFunctionAssociation$],
  19
];
var DistributionTenant$ = [
  3,
  n0,
  _DT,
  0,
  [_Id, _DI, _N, _Ar, _Do, _Ta, _Cu, _P, _CGI, _CTr, _LMT, _E, _S],
  [0, 0, 0, 0, () => DomainResultList, [() => Tags$, 0], [() => Customizations$, 0], () => _Parameters, 0, 4, 4, 2, 0]
];
var DistributionTenantAssociationFilter$ = [
  3,
  n0,
  _DTAF,
  0,
  [_DI, _CGI],
  [0, 0]
];
var DistributionTenantSummary$ = [
  3,
  n0,
  _DTS,
  0,
  [_Id, _DI, _N, _Ar, _Do, _CTr, _LMT, _ET, _CGI, _Cu, _E, _S],
  [0, 0, 0, 0, () => DomainResultList, 4, 4, 0, 0, [() => Customizations$, 0], 2, 0],
  8
];
var DnsConfiguration$ = [
  3,
  n0,
  _DCn,
  0,
  [_Dom, _S, _Rea],
  [0, 0, 0],
  2
];
var DomainConflict$ = [
  3,
  n0,
  _DCo,
  0,
  [_Dom, _RT, _RI, _AIc],
  [0, 0, 0, 0],
  4
];
var DomainItem$ = [
  3,
  n0,
  _DIo,
  0,
  [_Dom],
  [0],
  1
];
var DomainResult$ = [
  3,
  n0,
  _DR,
  0,
  [_Dom, _S],
  [0, 0],
  1
];
var EncryptionEntities$ = [
  3,
  n0,
  _EE,
  0,
  [_Q, _I],
  [1, [() => EncryptionEntityList, 0]],
  1
];
var EncryptionEntity$ = [
  3,
  n0,
  _EEn,
  0,
  [_PKI, _PIr, _FP],
  [0, 0, [() => FieldPatterns$, 0]],
  3
];
var EndPoint$ = [
  3,
  n0,
  _EPn,
  0,
  [_ST, _KSC],
  [0, () => KinesisStreamConfig$],
  1
];
var FieldLevelEncryption$ = [
  3,
  n0,
  _FLE,
  0,
  [_Id, _LMT, _FLEC],
  [0, 4, [() => FieldLevelEncryptionConfig$, 0]],
  3
];
var FieldLevelEncryptionConfig$ = [
  3,
  n0,
  _FLEC,
  0,
  [_CR, _Co, _QAPC, _CTPC],
  [0, 0, [() => QueryArgProfileConfig$, 0], [() => ContentTypeProfileConfig$, 0]],
  1
];
var FieldLevelEncryptionList$ = [
  3,
  n0,
  _FLEL,
  0,
  [_MI, _Q, _NM, _I],
  [1, 1, 0, [() => FieldLevelEncryptionSummaryList, 0]],
  2
];
var FieldLevelEncryptionProfile$ = [
  3,
  n0,
  _FLEP,
  0,
  [_Id, _LMT, _FLEPC],
  [0, 4, [() => FieldLevelEncryptionProfileConfig$, 0]],
  3
];
var FieldLevelEncryptionProfileConfig$ = [
  3,
  n0,
  _FLEPC,
  0,
  [_N, _CR, _EE, _Co],
  [0, 0, [() => EncryptionEntities$, 0], 0],
  3
];
var FieldLevelEncryptionProfileList$ = [
  3,
  n0,
  _FLEPL,
  0,
  [_MI, _Q, _NM, _I],
  [1, 1, 0, [() => FieldLevelEncryptionProfileSummaryList, 0]],
  2
];
var FieldLevelEncryptionProfileSummary$ = [
  3,
  n0,
  _FLEPS,
  0,
  [_Id, _LMT, _N, _EE, _Co],
  [0, 4, 0, [() => EncryptionEntities$, 0], 0],
  4
];
var FieldLevelEncryptionSummary$ = [
  3,
  n0,
  _FLES,
  0,
  [_Id, _LMT, _Co, _QAPC, _CTPC],
  [0, 4, 0, [() => QueryArgProfileConfig$, 0], [() => ContentTypeProfileConfig$, 0]],
  2
];
var FieldPatterns$ = [
  3,
  n0,
  _FP,
  0,
  [_Q, _I],
  [1, [() => FieldPatternList, 0]],
  1
];
var ForwardedValues$ = [
  3,
  n0,
  _FV,
  0,
  [_QSu, _Coo, _H, _QSCK],
  [2, [() => CookiePreference$, 0], [() => Headers$, 0], [() => QueryStringCacheKeys$, 0]],
  2
];
var FunctionAssociation$ = [
  3,
  n0,
  _FAu,
  0,
  [_FARN, _ETv],
  [0, 0],
  2
];
var FunctionAssociations$ = [
  3,
  n0,
  _FA,
  0,
  [_Q, _I],
  [1, [() => FunctionAssociationList, 0]],
  1
];
var FunctionConfig$ = [
  3,
  n0,
  _FC,
  0,
  [_Co, _Ru, _KVSA],
  [0, 0, [() => KeyValueStoreAssociations$, 0]],
  2
];
var FunctionList$ = [
  3,
  n0,
  _FL,
  0,
  [_MI, _Q, _NM, _I],
  [1, 1, 0, [() => FunctionSummaryList, 0]],
  2
];
var FunctionMetadata$ = [
  3,
  n0,
  _FM,
  0,
  [_FARN, _LMT, _St, _CTr],
  [0, 4, 0, 4],
  2
];
var FunctionSummary$ = [
  3,
  n0,
  _FS,
  0,
  [_N, _FC, _FM, _S],
  [0, [() => FunctionConfig$, 0], () => FunctionMetadata$, 0],
  3
];
var GeoRestriction$ = [
  3,
  n0,
  _GRe,
  0,
  [_RTe, _Q, _I],
  [0, 1, [() => LocationList, 0]],
  2
];
var GeoRestrictionCustomization$ = [
  3,
  n0,
  _GRC,
  0,
  [_RTe, _Loc],
  [0, [() => LocationList, 0]],
  1
];
var GetAnycastIpListRequest$ = [
  3,
  n0,
  _GAILR,
  0,
  [_Id],
  [[0, 1]],
  1
];
var GetAnycastIpListResult$ = [
  3,
  n0,
  _GAILRe,
  0,
  [_AIL, _ET],
  [[() => AnycastIpList$, 16], [0, { [_hH]: _ET }]]
];
var GetCachePolicyConfigRequest$ = [
  3,
  n0,
  _GCPCR,
  0,
  [_Id],
  [[0, 1]],
  1
];
var GetCachePolicyConfigResult$ = [
  3,
  n0,
  _GCPCRe,
  0,
  [_CPC, _ET],
  [[() => CachePolicyConfig$, 16], [0, { [_hH]: _ET }]]
];
var GetCachePolicyRequest$ = [
  3,
  n0,
  _GCPR,
  0,
  [_Id],
  [[0, 1]],
  1
];
var GetCachePolicyResult$ = [
  3,
  n0,
  _GCPRe,
  0,
  [_CP, _ET],
  [[() => CachePolicy$, 16], [0, { [_hH]: _ET }]]
];
var GetCloudFrontOriginAccessIdentityConfigRequest$ = [
  3,
  n0,
  _GCFOAICR,
  0,
  [_Id],
  [[0, 1]],
  1
];
var GetCloudFrontOriginAccessIdentityConfigResult$ = [
  3,
  n0,
  _GCFOAICRe,
  0,
  [_CFOAIC, _ET],
  [[() => CloudFrontOriginAccessIdentityConfig$, 16], [0, { [_hH]: _ET }]]
];
var GetCloudFrontOriginAccessIdentityRequest$ = [
  3,
  n0,
  _GCFOAIR,
  0,
  [_Id],
  [[0, 1]],
  1
];
var GetCloudFrontOriginAccessIdentityResult$ = [
  3,
  n0,
  _GCFOAIRe,
  0,
  [_CFOAI, _ET],
  [[() => CloudFrontOriginAccessIdentity$, 16], [0, { [_hH]: _ET }]]
];
var GetConnectionFunctionRequest$ = [
  3,
  n0,
  _GCFR,
  0,
  [_Ide, _St],
  [[0, 1], [0, { [_hQ]: _St }]],
  1
];
var GetConnectionFunctionResult$ = [
  3,
  n0,
  _GCFRe,
  0,
  [_CFCo, _ET, _CTo],
  [[() => FunctionBlob, 16], [0, { [_hH]: _ET }], [0, { [_hH]: _CT_ }]]
];
var GetConnectionGroupByRoutingEndpointRequest$ = [
  3,
  n0,
  _GCGBRER,
  0,
  [_RE],
  [[0, { [_hQ]: _RE }]],
  1
];
var GetConnectionGroupByRoutingEndpointResult$ = [
  3,
  n0,
  _GCGBRERe,
  0,
  [_CG, _ET],
  [[() => ConnectionGroup$, 16], [0, { [_hH]: _ET }]]
];
var GetConnectionGroupRequest$ = [
  3,
  n0,
  _GCGR,
  0,
  [_Ide],
  [[0, 1]],
  1
];
var GetConnectionGroupResult$ = [
  3,
  n0,
  _GCGRe,
  0,
  [_CG, _ET],
  [[() => ConnectionGroup$, 16], [0, { [_hH]: _ET }]]
];
var GetContinuousDeploymentPolicyConfigRequest$ = [
  3,
  n0,
  _GCDPCR,
  0,
  [_Id],
  [[0, 1]],
  1
];
var GetContinuousDeploymentPolicyConfigResult$ = [
  3,
  n0,
  _GCDPCRe,
  0,
  [_CDPC, _ET],
  [[() => ContinuousDeploymentPolicyConfig$, 16], [0, { [_hH]: _ET }]]
];
var GetContinuousDeploymentPolicyRequest$ = [
  3,
  n0,
  _GCDPR,
  0,
  [_Id],
  [[0, 1]],
  1
];
var GetContinuousDeploymentPolicyResult$ = [
  3,
  n0,
  _GCDPRe,
  0,
  [_CDP, _ET],
  [[() => ContinuousDeploymentPolicy$, 16], [0, { [_hH]: _ET }]]
];
var GetDistributionConfigRequest$ = [
  3,
  n0,
  _GDCR,
  0,
  [_Id],
  [[0, 1]],
  1
];
var GetDistributionConfigResult$ = [
  3,
  n0,
  _GDCRe,
  0,
  [_DC, _ET],
  [[() => DistributionConfig$, 16], [0, { [_hH]: _ET }]]
];
var GetDistributionRequest$ = [
  3,
  n0,
  _GDR,
  0,
  [_Id],
  [[0, 1]],
  1
];
var GetDistributionResult$ = [
  3,
  n0,
  _GDRe,
  0,
  [_D, _ET],
  [[() => Distribution$, 16], [0, { [_hH]: _ET }]]
];
var GetDistributionTenantByDomainRequest$ = [
  3,
  n0,
  _GDTBDR,
  0,
  [_Dom],
  [[0, { [_hQ]: _d }]],
  1
];
var GetDistributionTenantByDomainResult$ = [
  3,
  n0,
  _GDTBDRe,
  0,
  [_DT, _ET],
  [[() => DistributionTenant$, 16], [0, { [_hH]: _ET }]]
];
var GetDistributionTenantRequest$ = [
  3,
  n0,
  _GDTR,
  0,
  [_Ide],
  [[0, 1]],
  1
];
var GetDistributionTenantResult$ = [
  3,
  n0,
  _GDTRe,
  0,
  [_DT, _ET],
  [[() => DistributionTenant$, 16], [0, { [_hH]: _ET }]]
];
var GetFieldLevelEncryptionConfigRequest$ = [
  3,
  n0,
  _GFLECR,
  0,
  [_Id],
  [[0, 1]],
  1
];
var GetFieldLevelEncryptionConfigResult$ = [
  3,
  n0,
  _GFLECRe,
  0,
  [_FLEC, _ET],
  [[() => FieldLevelEncryptionConfig$, 16], [0, { [_hH]: _ET }]]
];
var GetFieldLevelEncryptionProfileConfigRequest$ = [
  3,
  n0,
  _GFLEPCR,
  0,
  [_Id],
  [[0, 1]],
  1
];
var GetFieldLevelEncryptionProfileConfigResult$ = [
  3,
  n0,
  _GFLEPCRe,
  0,
  [_FLEPC, _ET],
  [[() => FieldLevelEncryptionProfileConfig$, 16], [0, { [_hH]: _ET }]]
];
var GetFieldLevelEncryptionProfileRequest$ = [
  3,
  n0,
  _GFLEPR,
  0,
  [_Id],
  [[0, 1]],
  1
];
var GetFieldLevelEncryptionProfileResult$ = [
  3,
  n0,
  _GFLEPRe,
  0,
  [_FLEP, _ET],
  [[() => FieldLevelEncryptionProfile$, 16], [0, { [_hH]: _ET }]]
];
var GetFieldLevelEncryptionRequest$ = [
  3,
  n0,
  _GFLER,
  0,
  [_Id],
  [[0, 1]],
  1
];
var GetFieldLevelEncryptionResult$ = [
  3,
  n0,
  _GFLERe,
  0,
  [_FLE, _ET],
  [[() => FieldLevelEncryption$, 16], [0, { [_hH]: _ET }]]
];
var GetFunctionRequest$ = [
  3,
  n0,
  _GFR,
  0,
  [_N, _St],
  [[0, 1], [0, { [_hQ]: _St }]],
  1
];
var GetFunctionResult$ = [
  3,
  n0,
  _GFRe,
  0,
  [_FCu, _ET, _CTo],
  [[() => FunctionBlob, 16], [0, { [_hH]: _ET }], [0, { [_hH]: _CT_ }]]
];
var GetInvalidationForDistributionTenantRequest$ = [
  3,
  n0,
  _GIFDTR,
  0,
  [_DTI, _Id],
  [[0, 1], [0, 1]],
  2
];
var GetInvalidationForDistributionTenantResult$ = [
  3,
  n0,
  _GIFDTRe,
  0,
  [_In],
  [[() => Invalidation$, 16]]
];
var GetInvalidationRequest$ = [
  3,
  n0,
  _GIR,
  0,
  [_DI, _Id],
  [[0, 1], [0, 1]],
  2
];
var GetInvalidationResult$ = [
  3,
  n0,
  _GIRe,
  0,
  [_In],
  [[() => Invalidation$, 16]]
];
var GetKeyGroupConfigRequest$ = [
  3,
  n0,
  _GKGCR,
  0,
  [_Id],
  [[0, 1]],
  1
];
var GetKeyGroupConfigResult$ = [
  3,
  n0,
  _GKGCRe,
  0,
  [_KGC, _ET],
  [[() => KeyGroupConfig$, 16], [0, { [_hH]: _ET }]]
];
var GetKeyGroupRequest$ = [
  3,
  n0,
  _GKGR,
  0,
  [_Id],
  [[0, 1]],
  1
];
var GetKeyGroupResult$ = [
  3,
  n0,
  _GKGRe,
  0,
  [_KG, _ET],
  [[() => KeyGroup$, 16], [0, { [_hH]: _ET }]]
];
var GetManagedCertificateDetailsRequest$ = [
  3,
  n0,
  _GMCDR,
  0,
  [_Ide],
  [[0, 1]],
  1
];
var GetManagedCertificateDetailsResult$ = [
  3,
  n0,
  _GMCDRe,
  0,
  [_MCD],
  [[() => ManagedCertificateDetails$, 16]]
];
var GetMonitoringSubscriptionRequest$ = [
  3,
  n0,
  _GMSR,
  0,
  [_DI],
  [[0, 1]],
  1
];
var GetMonitoringSubscriptionResult$ = [
  3,
  n0,
  _GMSRe,
  0,
  [_MS],
  [[() => MonitoringSubscription$, 16]]
];
var GetOriginAccessControlConfigRequest$ = [
  3,
  n0,
  _GOACCR,
  0,
  [_Id],
  [[0, 1]],
  1
];
var GetOriginAccessControlConfigResult$ = [
  3,
  n0,
  _GOACCRe,
  0,
  [_OACC, _ET],
  [[() => OriginAccessControlConfig$, 16], [0, { [_hH]: _ET }]]
];
var GetOriginAccessControlRequest$ = [
  3,
  n0,
  _GOACR,
  0,
  [_Id],
  [[0, 1]],
  1
];
var GetOriginAccessControlResult$ = [
  3,
  n0,
  _GOACRe,
  0,
  [_OAC, _ET],
  [[() => OriginAccessControl$, 16], [0, { [_hH]: _ET }]]
];
var GetOriginRequestPolicyConfigRequest$ = [
  3,
  n0,
  _GORPCR,
  0,
  [_Id],
  [[0, 1]],
  1
];
var GetOriginRequestPolicyConfigResult$ = [
  3,
  n0,
  _GORPCRe,
  0,
  [_ORPC, _ET],
  [[() => OriginRequestPolicyConfig$, 16], [0, { [_hH]: _ET }]]
];
var GetOriginRequestPolicyRequest$ = [
  3,
  n0,
  _GORPR,
  0,
  [_Id],
  [[0, 1]],
  1
];
var GetOriginRequestPolicyResult$ = [
  3,
  n0,
  _GORPRe,
  0,
  [_ORP, _ET],
  [[() => OriginRequestPolicy$, 16], [0, { [_hH]: _ET }]]
];
var GetPublicKeyConfigRequest$ = [
  3,
  n0,
  _GPKCR,
  0,
  [_Id],
  [[0, 1]],
  1
];
var GetPublicKeyConfigResult$ = [
  3,
  n0,
  _GPKCRe,
  0,
  [_PKC, _ET],
  [[() => PublicKeyConfig$, 16], [0, { [_hH]: _ET }]]
];
var GetPublicKeyRequest$ = [
  3,
  n0,
  _GPKR,
  0,
  [_Id],
  [[0, 1]],
  1
];
var GetPublicKeyResult$ = [
  3,
  n0,
  _GPKRe,
  0,
  [_PK, _ET],
  [[() => PublicKey$, 16], [0, { [_hH]: _ET }]]
];
var GetRealtimeLogConfigRequest$ = [
  3,
  n0,
  _GRLCR,
  0,
  [_N, _ARN],
  [0, 0]
];
var GetRealtimeLogConfigResult$ = [
  3,
  n0,
  _GRLCRe,
  0,
  [_RLC],
  [[() => RealtimeLogConfig$, 0]]
];
var GetResourcePolicyRequest$ = [
  3,
  n0,
  _GRPR,
  0,
  [_RA],
  [0],
  1
];
var GetResourcePolicyResult$ = [
  3,
  n0,
  _GRPRe,
  0,
  [_RA, _PD],
  [0, 0]
];
var GetResponseHeadersPolicyConfigRequest$ = [
  3,
  n0,
  _GRHPCR,
  0,
  [_Id],
  [[0, 1]],
  1
];
var GetResponseHeadersPolicyConfigResult$ = [
  3,
  n0,
  _GRHPCRe,
  0,
  [_RHPC, _ET],
  [[() => ResponseHeadersPolicyConfig$, 16], [0, { [_hH]: _ET }]]
];
var GetResponseHeadersPolicyRequest$ = [
  3,
  n0,
  _GRHPR,
  0,
  [_Id],
  [[0, 1]],
  1
];
var GetResponseHeadersPolicyResult$ = [
  3,
  n0,
  _GRHPRe,
  0,
  [_RHP, _ET],
  [[() => ResponseHeadersPolicy$, 16], [0, { [_hH]: _ET }]]
];
var GetStreamingDistributionConfigRequest$ = [
  3,
  n0,
  _GSDCR,
  0,
  [_Id],
  [[0, 1]],
  1
];
var GetStreamingDistributionConfigResult$ = [
  3,
  n0,
  _GSDCRe,
  0,
  [_SDC, _ET],
  [[() => StreamingDistributionConfig$, 16], [0, { [_hH]: _ET }]]
];
var GetStreamingDistributionRequest$ = [
  3,
  n0,
  _GSDR,
  0,
  [_Id],
  [[0, 1]],
  1
];
var GetStreamingDistributionResult$ = [
  3,
  n0,
  _GSDRe,
  0,
  [_SD, _ET],
  [[() => StreamingDistribution$, 16], [0, { [_hH]: _ET }]]
];
var GetTrustStoreRequest$ = [
  3,
  n0,
  _GTSR,
  0,
  [_Ide],
  [[0, 1]],
  1
];
var GetTrustStoreResult$ = [
  3,
  n0,
  _GTSRe,
  0,
  [_TSr, _ET],
  [[() => TrustStore$, 16], [0, { [_hH]: _ET }]]
];
var GetVpcOriginRequest$ = [
  3,
  n0,
  _GVOR,
  0,
  [_Id],
  [[0, 1]],
  1
];
var GetVpcOriginResult$ = [
  3,
  n0,
  _GVORe,
  0,
  [_VO, _ET],
  [[() => VpcOrigin$, 16], [0, { [_hH]: _ET }]]
];
var GrpcConfig$ = [
  3,
  n0,
  _GC,
  0,
  [_E],
  [2],
  1
];
var Headers$ = [
  3,
  n0,
  _H,
  0,
  [_Q, _I],
  [1, [() => HeaderList, 0]],
  1
];
var ImportSource$ = [
  3,
  n0,
  _IS,
  0,
  [_STo, _SARN],
  [0, 0],
  2
];
var Invalidation$ = [
  3,
  n0,
  _In,
  0,
  [_Id, _S, _CTre, _IB],
  [0, 0, 4, [() => InvalidationBatch$, 0]],
  4
];
var InvalidationBatch$ = [
  3,
  n0,
  _IB,
  0,
  [_Pa, _CR],
  [[() => Paths$, 0], 0],
  2
];
var InvalidationList$ = [
  3,
  n0,
  _IL,
  0,
  [_Ma, _MI, _ITs, _Q, _NM, _I],
  [0, 1, 2, 1, 0, [() => InvalidationSummaryList, 0]],
  4
];
var InvalidationSummary$ = [
  3,
  n0,
  _ISn,
  0,
  [_Id, _CTre, _S],
  [0, 4, 0],
  3
];
var IpamCidrConfig$ = [
  3,
  n0,
  _ICCp,
  0,
  [_Ci, _IPA, _AIn, _S],
  [0, 0, 0, 0],
  2
];
var IpamConfig$ = [
  3,
  n0,
  _ICp,
  0,
  [_Q, _ICC],
  [1, [() => IpamCidrConfigList, 0]],
  2
];
var KeyGroup$ = [
  3,
  n0,
  _KG,
  0,
  [_Id, _LMT, _KGC],
  [0, 4, [() => KeyGroupConfig$, 0]],
  3
];
var KeyGroupConfig$ = [
  3,
  n0,
  _KGC,
  0,
  [_N, _I, _Co],
  [0, [() => PublicKeyIdList, 0], 0],
  2
];
var KeyGroupList$ = [
  3,
  n0,
  _KGL,
  0,
  [_MI, _Q, _NM, _I],
  [1, 1, 0, [() => KeyGroupSummaryList, 0]],
  2
];
var KeyGroupSummary$ = [
  3,
  n0,
  _KGS,
  0,
  [_KG],
  [[() => KeyGroup$, 0]],
  1
];
var KeyPairIds$ = [
  3,
  n0,
  _KPI,
  0,
  [_Q, _I],
  [1, [() => KeyPairIdList, 0]],
  1
];
var KeyValueStore$ = [
  3,
  n0,
  _KVS,
  0,
  [_N, _Id, _Co, _ARN, _LMT, _S],
  [0, 0, 0, 0, 4, 0],
  5
];
var KeyValueStoreAssociation$ = [
  3,
  n0,
  _KVSAe,
  0,
  [_KVSARN],
  [0],
  1
];
var KeyValueStoreAssociations$ = [
  3,
  n0,
  _KVSA,
  0,
  [_Q, _I],
  [1, [() => KeyValueStoreAssociationList, 0]],
  1
];
var KeyValueStoreList$ = [
  3,
  n0,
  _KVSL,
  0,
  [_MI, _Q, _NM, _I],
  [1, 1, 0, [() => KeyValueStoreSummaryList, 0]],
  2
];
var KGKeyPairIds$ = [
  3,
  n0,
  _KGKPI,
  0,
  [_KGI, _KPI],
  [0, [() => KeyPairIds$, 0]]
];
var KinesisStreamConfig$ = [
  3,
  n0,
  _KSC,
  0,
  [_RARN, _SARNt],
  [0, 0],
  2
];
var LambdaFunctionAssociation$ = [
  3,
  n0,
  _LFAa,
  0,
  [_LFARN, _ETv, _IBn],
  [0, 0, 2],
  2
];
var LambdaFunctionAssociations$ = [
  3,
  n0,
  _LFA,
  0,
  [_Q, _I],
  [1, [() => LambdaFunctionAssociationList, 0]],
  1
];
var ListAnycastIpListsRequest$ = [
  3,
  n0,
  _LAILR,
  0,
  [_Ma, _MI],
  [[0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]]
];
var ListAnycastIpListsResult$ = [
  3,
  n0,
  _LAILRi,
  0,
  [_AILn],
  [[() => AnycastIpListCollection$, { [_hP]: 1, [_xN]: _AILC }]]
];
var ListCachePoliciesRequest$ = [
  3,
  n0,
  _LCPR,
  0,
  [_T, _Ma, _MI],
  [[0, { [_hQ]: _T }], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]]
];
var ListCachePoliciesResult$ = [
  3,
  n0,
  _LCPRi,
  0,
  [_CPL],
  [[() => CachePolicyList$, 16]]
];
var ListCloudFrontOriginAccessIdentitiesRequest$ = [
  3,
  n0,
  _LCFOAIR,
  0,
  [_Ma, _MI],
  [[0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]]
];
var ListCloudFrontOriginAccessIdentitiesResult$ = [
  3,
  n0,
  _LCFOAIRi,
  0,
  [_CFOAIL],
  [[() => CloudFrontOriginAccessIdentityList$, 16]]
];
var ListConflictingAliasesRequest$ = [
  3,
  n0,
  _LCAR,
  0,
  [_DI, _Al, _Ma, _MI],
  [[0, { [_hQ]: _DI }], [0, { [_hQ]: _Al }], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]],
  2
];
var ListConflictingAliasesResult$ = [
  3,
  n0,
  _LCARi,
  0,
  [_CAL],
  [[() => ConflictingAliasesList$, 16]]
];
var ListConnectionFunctionsRequest$ = [
  3,
  n0,
  _LCFR,
  0,
  [_Ma, _MI, _St],
  [0, 1, 0]
];
var ListConnectionFunctionsResult$ = [
  3,
  n0,
  _LCFRi,
  0,
  [_NM, _CF],
  [0, [() => ConnectionFunctionSummaryList, 0]]
];
var ListConnectionGroupsRequest$ = [
  3,
  n0,
  _LCGR,
  0,
  [_AF, _Ma, _MI],
  [() => ConnectionGroupAssociationFilter$, 0, 1]
];
var ListConnectionGroupsResult$ = [
  3,
  n0,
  _LCGRi,
  0,
  [_NM, _CGo],
  [0, [() => ConnectionGroupSummaryList, 0]]
];
var ListContinuousDeploymentPoliciesRequest$ = [
  3,
  n0,
  _LCDPR,
  0,
  [_Ma, _MI],
  [[0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]]
];
var ListContinuousDeploymentPoliciesResult$ = [
  3,
  n0,
  _LCDPRi,
  0,
  [_CDPL],
  [[() => ContinuousDeploymentPolicyList$, 16]]
];
var ListDistributionsByAnycastIpListIdRequest$ = [
  3,
  n0,
  _LDBAILIR,
  0,
  [_AILI, _Ma, _MI],
  [[0, 1], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]],
  1
];
var ListDistributionsByAnycastIpListIdResult$ = [
  3,
  n0,
  _LDBAILIRi,
  0,
  [_DL],
  [[() => DistributionList$, 16]]
];
var ListDistributionsByCachePolicyIdRequest$ = [
  3,
  n0,
  _LDBCPIR,
  0,
  [_CPI, _Ma, _MI],
  [[0, 1], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]],
  1
];
var ListDistributionsByCachePolicyIdResult$ = [
  3,
  n0,
  _LDBCPIRi,
  0,
  [_DIL],
  [[() => DistributionIdList$, 16]]
];
var ListDistributionsByConnectionFunctionRequest$ = [
  3,
  n0,
  _LDBCFR,
  0,
  [_CFI, _Ma, _MI],
  [[0, { [_hQ]: _CFI }], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]],
  1
];
var ListDistributionsByConnectionFunctionResult$ = [
  3,
  n0,
  _LDBCFRi,
  0,
  [_DL],
  [[() => DistributionList$, 16]]
];
var ListDistributionsByConnectionModeRequest$ = [
  3,
  n0,
  _LDBCMR,
  0,
  [_CMo, _Ma, _MI],
  [[0, 1], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]],
  1
];
var ListDistributionsByConnectionModeResult$ = [
  3,
  n0,
  _LDBCMRi,
  0,
  [_DL],
  [[() => DistributionList$, 16]]
];
var ListDistributionsByKeyGroupRequest$ = [
  3,
  n0,
  _LDBKGR,
  0,
  [_KGI, _Ma, _MI],
  [[0, 1], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]],
  1
];
var ListDistributionsByKeyGroupResult$ = [
  3,
  n0,
  _LDBKGRi,
  0,
  [_DIL],
  [[() => DistributionIdList$, 16]]
];
var ListDistributionsByOriginRequestPolicyIdRequest$ = [
  3,
  n0,
  _LDBORPIR,
  0,
  [_ORPI, _Ma, _MI],
  [[0, 1], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]],
  1
];
var ListDistributionsByOriginRequestPolicyIdResult$ = [
  3,
  n0,
  _LDBORPIRi,
  0,
  [_DIL],
  [[() => DistributionIdList$, 16]]
];
var ListDistributionsByOwnedResourceRequest$ = [
  3,
  n0,
  _LDBORR,
  0,
  [_RA, _Ma, _MI],
  [[0, 1], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]],
  1
];
var ListDistributionsByOwnedResourceResult$ = [
  3,
  n0,
  _LDBORRi,
  0,
  [_DL],
  [[() => DistributionIdOwnerList$, 16]]
];
var ListDistributionsByRealtimeLogConfigRequest$ = [
  3,
  n0,
  _LDBRLCR,
  0,
  [_Ma, _MI, _RLCN, _RLCA],
  [0, 1, 0, 0]
];
var ListDistributionsByRealtimeLogConfigResult$ = [
  3,
  n0,
  _LDBRLCRi,
  0,
  [_DL],
  [[() => DistributionList$, 16]]
];
var ListDistributionsByResponseHeadersPolicyIdRequest$ = [
  3,
  n0,
  _LDBRHPIR,
  0,
  [_RHPI, _Ma, _MI],
  [[0, 1], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]],
  1
];
var ListDistributionsByResponseHeadersPolicyIdResult$ = [
  3,
  n0,
  _LDBRHPIRi,
  0,
  [_DIL],
  [[() => DistributionIdList$, 16]]
];
var ListDistributionsByTrustStoreRequest$ = [
  3,
  n0,
  _LDBTSR,
  0,
  [_TSI, _Ma, _MI],
  [[0, { [_hQ]: _TSI }], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]],
  1
];
var ListDistributionsByTrustStoreResult$ = [
  3,
  n0,
  _LDBTSRi,
  0,
  [_DL],
  [[() => DistributionList$, 16]]
];
var ListDistributionsByVpcOriginIdRequest$ = [
  3,
  n0,
  _LDBVOIR,
  0,
  [_VOI, _Ma, _MI],
  [[0, 1], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]],
  1
];
var ListDistributionsByVpcOriginIdResult$ = [
  3,
  n0,
  _LDBVOIRi,
  0,
  [_DIL],
  [[() => DistributionIdList$, 16]]
];
var ListDistributionsByWebACLIdRequest$ = [
  3,
  n0,
  _LDBWACLIR,
  0,
  [_WACLI, _Ma, _MI],
  [[0, 1], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]],
  1
];
var ListDistributionsByWebACLIdResult$ = [
  3,
  n0,
  _LDBWACLIRi,
  0,
  [_DL],
  [[() => DistributionList$, 16]]
];
var ListDistributionsRequest$ = [
  3,
  n0,
  _LDR,
  0,
  [_Ma, _MI],
  [[0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]]
];
var ListDistributionsResult$ = [
  3,
  n0,
  _LDRi,
  0,
  [_DL],
  [[() => DistributionList$, 16]]
];
var ListDistributionTenantsByCustomizationRequest$ = [
  3,
  n0,
  _LDTBCR,
  0,
  [_WACLA, _CAe, _Ma, _MI],
  [0, 0, 0, 1]
];
var ListDistributionTenantsByCustomizationResult$ = [
  3,
  n0,
  _LDTBCRi,
  0,
  [_NM, _DTL],
  [0, [() => DistributionTenantList, 0]]
];
var ListDistributionTenantsRequest$ = [
  3,
  n0,
  _LDTR,
  0,
  [_AF, _Ma, _MI],
  [() => DistributionTenantAssociationFilter$, 0, 1]
];
var ListDistributionTenantsResult$ = [
  3,
  n0,
  _LDTRi,
  0,
  [_NM, _DTL],
  [0, [() => DistributionTenantList, 0]]
];
var ListDomainConflictsRequest$ = [
  3,
  n0,
  _LDCR,
  0,
  [_Dom, _DCVR, _MI, _Ma],
  [0, () => DistributionResourceId$, 1, 0],
  2
];
var ListDomainConflictsResult$ = [
  3,
  n0,
  _LDCRi,
  0,
  [_DCom, _NM],
  [[() => DomainConflictsList, 0], 0]
];
var ListFieldLevelEncryptionConfigsRequest$ = [
  3,
  n0,
  _LFLECR,
  0,
  [_Ma, _MI],
  [[0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]]
];
var ListFieldLevelEncryptionConfigsResult$ = [
  3,
  n0,
  _LFLECRi,
  0,
  [_FLEL],
  [[() => FieldLevelEncryptionList$, 16]]
];
var ListFieldLevelEncryptionProfilesRequest$ = [
  3,
  n0,
  _LFLEPR,
  0,
  [_Ma, _MI],
  [[0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]]
];
var ListFieldLevelEncryptionProfilesResult$ = [
  3,
  n0,
  _LFLEPRi,
  0,
  [_FLEPL],
  [[() => FieldLevelEncryptionProfileList$, 16]]
];
var ListFunctionsRequest$ = [
  3,
  n0,
  _LFR,
  0,
  [_Ma, _MI, _St],
  [[0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }], [0, { [_hQ]: _St }]]
];
var ListFunctionsResult$ = [
  3,
  n0,
  _LFRi,
  0,
  [_FL],
  [[() => FunctionList$, 16]]
];
var ListInvalidationsForDistributionTenantRequest$ = [
  3,
  n0,
  _LIFDTR,
  0,
  [_Id, _Ma, _MI],
  [[0, 1], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]],
  1
];
var ListInvalidationsForDistributionTenantResult$ = [
  3,
  n0,
  _LIFDTRi,
  0,
  [_IL],
  [[() => InvalidationList$, 16]]
];
var ListInvalidationsRequest$ = [
  3,
  n0,
  _LIR,
  0,
  [_DI, _Ma, _MI],
  [[0, 1], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]],
  1
];
var ListInvalidationsResult$ = [
  3,
  n0,
  _LIRi,
  0,
  [_IL],
  [[() => InvalidationList$, 16]]
];
var ListKeyGroupsRequest$ = [
  3,
  n0,
  _LKGR,
  0,
  [_Ma, _MI],
  [[0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]]
];
var ListKeyGroupsResult$ = [
  3,
  n0,
  _LKGRi,
  0,
  [_KGL],
  [[() => KeyGroupList$, 16]]
];
var ListKeyValueStoresRequest$ = [
  3,
  n0,
  _LKVSR,
  0,
  [_Ma, _MI, _S],
  [[0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }], [0, { [_hQ]: _S }]]
];
var ListKeyValueStoresResult$ = [
  3,
  n0,
  _LKVSRi,
  0,
  [_KVSL],
  [[() => KeyValueStoreList$, 16]]
];
var ListOriginAccessControlsRequest$ = [
  3,
  n0,
  _LOACR,
  0,
  [_Ma, _MI],
  [[0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]]
];
var ListOriginAccessControlsResult$ = [
  3,
  n0,
  _LOACRi,
  0,
  [_OACL],
  [[() => OriginAccessControlList$, 16]]
];
var ListOriginRequestPoliciesRequest$ = [
  3,
  n0,
  _LORPR,
  0,
  [_T, _Ma, _MI],
  [[0, { [_hQ]: _T }], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]]
];
var ListOriginRequestPoliciesResult$ = [
  3,
  n0,
  _LORPRi,
  0,
  [_ORPL],
  [[() => OriginRequestPolicyList$, 16]]
];
var ListPublicKeysRequest$ = [
  3,
  n0,
  _LPKR,
  0,
  [_Ma, _MI],
  [[0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]]
];
var ListPublicKeysResult$ = [
  3,
  n0,
  _LPKRi,
  0,
  [_PKL],
  [[() => PublicKeyList$, 16]]
];
var ListRealtimeLogConfigsRequest$ = [
  3,
  n0,
  _LRLCR,
  0,
  [_MI, _Ma],
  [[1, { [_hQ]: _MI }], [0, { [_hQ]: _Ma }]]
];
var ListRealtimeLogConfigsResult$ = [
  3,
  n0,
  _LRLCRi,
  0,
  [_RLCe],
  [[() => RealtimeLogConfigs$, 16]]
];
var ListResponseHeadersPoliciesRequest$ = [
  3,
  n0,
  _LRHPR,
  0,
  [_T, _Ma, _MI],
  [[0, { [_hQ]: _T }], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]]
];
var ListResponseHeadersPoliciesResult$ = [
  3,
  n0,
  _LRHPRi,
  0,
  [_RHPL],
  [[() => ResponseHeadersPolicyList$, 16]]
];
var ListStreamingDistributionsRequest$ = [
  3,
  n0,
  _LSDR,
  0,
  [_Ma, _MI],
  [[0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]]
];
var ListStreamingDistributionsResult$ = [
  3,
  n0,
  _LSDRi,
  0,
  [_SDL],
  [[() => StreamingDistributionList$, 16]]
];
var ListTagsForResourceRequest$ = [
  3,
  n0,
  _LTFRR,
  0,
  [_Res],
  [[0, { [_hQ]: _Res }]],
  1
];
var ListTagsForResourceResult$ = [
  3,
  n0,
  _LTFRRi,
  0,
  [_Ta],
  [[() => Tags$, 16]],
  1
];
var ListTrustStoresRequest$ = [
  3,
  n0,
  _LTSR,
  0,
  [_Ma, _MI],
  [0, 1]
];
var ListTrustStoresResult$ = [
  3,
  n0,
  _LTSRi,
  0,
  [_NM, _TSL],
  [0, [() => TrustStoreList, 0]]
];
var ListVpcOriginsRequest$ = [
  3,
  n0,
  _LVOR,
  0,
  [_Ma, _MI],
  [[0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]]
];
var ListVpcOriginsResult$ = [
  3,
  n0,
  _LVORi,
  0,
  [_VOL],
  [[() => VpcOriginList$, 16]]
];
var LoggingConfig$ = [
  3,
  n0,
  _LC,
  0,
  [_E, _ICn, _B, _Pr],
  [2, 2, 0, 0]
];
var ManagedCertificateDetails$ = [
  3,
  n0,
  _MCD,
  0,
  [_CAe, _CS, _VTH, _VTD],
  [0, 0, 0, () => ValidationTokenDetailList]
];
var ManagedCertificateRequest$ = [
  3,
  n0,
  _MCR,
  0,
  [_VTH, _PDN, _CTLP],
  [0, 0, 0],
  1
];
var MonitoringSubscription$ = [
  3,
  n0,
  _MS,
  0,
  [_RMSC],
  [() => RealtimeMetricsSubscriptionConfig$]
];
var Origin$ = [
  3,
  n0,
  _Or,
  0,
  [_Id, _DN, _OP, _CH, _SOC, _COC, _VOC, _CAo, _CTon, _RCT, _OS, _OACI],
  [0, 0, 0, [() => CustomHeaders$, 0], () => S3OriginConfig$, [() => CustomOriginConfig$, 0], () => VpcOriginConfig$, 1, 1, 1, () => OriginShield$, 0],
  2
];
var OriginAccessControl$ = [
  3,
  n0,
  _OAC,
  0,
  [_Id, _OACC],
  [0, () => OriginAccessControlConfig$],
  1
];
var OriginAccessControlConfig$ = [
  3,
  n0,
  _OACC,
  0,
  [_N, _SP, _SB, _OACOT, _De],
  [0, 0, 0, 0, 0],
  4
];
var OriginAccessControlList$ = [
  3,
  n0,
  _OACL,
  0,
  [_Ma, _MI, _ITs, _Q, _NM, _I],
  [0, 1, 2, 1, 0, [() => OriginAccessControlSummaryList, 0]],
  4
];
var OriginAccessControlSummary$ = [
  3,
  n0,
  _OACS,
  0,
  [_Id, _De, _N, _SP, _SB, _OACOT],
  [0, 0, 0, 0, 0, 0],
  6
];
var OriginCustomHeader$ = [
  3,
  n0,
  _OCH,
  0,
  [_HN, _HVe],
  [0, [() => sensitiveStringType, 0]],
  2
];
var OriginGroup$ = [
  3,
  n0,
  _OGr,
  0,
  [_Id, _FCa, _Me, _SC],
  [0, [() => OriginGroupFailoverCriteria$, 0], [() => OriginGroupMembers$, 0], 0],
  3
];
var OriginGroupFailoverCriteria$ = [
  3,
  n0,
  _OGFC,
  0,
  [_SCt],
  [[() => StatusCodes$, 0]],
  1
];
var OriginGroupMember$ = [
  3,
  n0,
  _OGM,
  0,
  [_OI],
  [0],
  1
];
var OriginGroupMembers$ = [
  3,
  n0,
  _OGMr,
  0,
  [_Q, _I],
  [1, [() => OriginGroupMemberList, 0]],
  2
];
var OriginGroups$ = [
  3,
  n0,
  _OG,
  0,
  [_Q, _I],
  [1, [() => OriginGroupList, 0]],
  1
];
var OriginMtlsConfig$ = [
  3,
  n0,
  _OMC,
  0,
  [_CCA],
  [0],
  1
];
var OriginRequestPolicy$ = [
  3,
  n0,
  _ORP,
  0,
  [_Id, _LMT, _ORPC],
  [0, 4, [() => OriginRequestPolicyConfig$, 0]],
  3
];
var OriginRequestPolicyConfig$ = [
  3,
  n0,
  _ORPC,
  0,
  [_N, _HC, _CC, _QSC, _Co],
  [0, [() => OriginRequestPolicyHeadersConfig$, 0], [() => OriginRequestPolicyCookiesConfig$, 0], [() => OriginRequestPolicyQueryStringsConfig$, 0], 0],
  4
];
var OriginRequestPolicyCookiesConfig$ = [
  3,
  n0,
  _ORPCC,
  0,
  [_CBo, _Coo],
  [0, [() => CookieNames$, 0]],
  1
];
var OriginRequestPolicyHeadersConfig$ = [
  3,
  n0,
  _ORPHC,
  0,
  [_HB, _H],
  [0, [() => Headers$, 0]],
  1
];
var OriginRequestPolicyList$ = [
  3,
  n0,
  _ORPL,
  0,
  [_MI, _Q, _NM, _I],
  [1, 1, 0, [() => OriginRequestPolicySummaryList, 0]],
  2
];
var OriginRequestPolicyQueryStringsConfig$ = [
  3,
  n0,
  _ORPQSC,
  0,
  [_QSB, _QS],
  [0, [() => QueryStringNames$, 0]],
  1
];
var OriginRequestPolicySummary$ = [
  3,
  n0,
  _ORPS,
  0,
  [_T, _ORP],
  [0, [() => OriginRequestPolicy$, 0]],
  2
];
var Origins$ = [
  3,
  n0,
  _O,
  0,
  [_Q, _I],
  [1, [() => OriginList, 0]],
  2
];
var OriginShield$ = [
  3,
  n0,
  _OS,
  0,
  [_E, _OSR],
  [2, 0],
  1
];
var OriginSslProtocols$ = [
  3,
  n0,
  _OSP,
  0,
  [_Q, _I],
  [1, [() => SslProtocolsList, 0]],
  2
];
var Parameter$ = [
  3,
  n0,
  _Par,
  0,
  [_N, _Va],
  [0, 0],
  2
];
var ParameterDefinition$ = [
  3,
  n0,
  _PDa,
  0,
  [_N, _Def],
  [0, [() => ParameterDefinitionSchema$, 0]],
  2
];
var ParameterDefinitionSchema$ = [
  3,
  n0,
  _PDS,
  0,
  [_SSt],
  [[() => StringSchemaConfig$, 0]]
];
var ParametersInCacheKeyAndForwardedToOrigin$ = [
  3,
  n0,
  _PICKAFTO,
  0,
  [_EAEG, _HC, _CC, _QSC, _EAEB],
  [2, [() => CachePolicyHeadersConfig$, 0], [() => CachePolicyCookiesConfig$, 0], [() => CachePolicyQueryStringsConfig$, 0], 2],
  4
];
var Paths$ = [
  3,
  n0,
  _Pa,
  0,
  [_Q, _I],
  [1, [() => PathList, 0]],
  1
];
var PublicKey$ = [
  3,
  n0,
  _PK,
  0,
  [_Id, _CTr, _PKC],
  [0, 4, () => PublicKeyConfig$],
  3
];
var PublicKeyConfig$ = [
  3,
  n0,
  _PKC,
  0,
  [_CR, _N, _EK, _Co],
  [0, 0, 0, 0],
  3
];
var PublicKeyList$ = [
  3,
  n0,
  _PKL,
  0,
  [_MI, _Q, _NM, _I],
  [1, 1, 0, [() => PublicKeySummaryList, 0]],
  2
];
var PublicKeySummary$ = [
  3,
  n0,
  _PKS,
  0,
  [_Id, _N, _CTr, _EK, _Co],
  [0, 0, 4, 0, 0],
  4
];
var PublishConnectionFunctionRequest$ = [
  3,
  n0,
  _PCFR,
  0,
  [_Id, _IM],
  [[0, 1], [0, { [_hH]: _IM_ }]],
  2
];
var PublishConnectionFunctionResult$ = [
  3,
  n0,
  _PCFRu,
  0,
  [_CFS],
  [[() => ConnectionFunctionSummary$, 16]]
];
var PublishFunctionRequest$ = [
  3,
  n0,
  _PFR,
  0,
  [_N, _IM],
  [[0, 1], [0, { [_hH]: _IM_ }]],
  2
];
var PublishFunctionResult$ = [
  3,
  n0,
  _PFRu,
  0,
  [_FS],
  [[() => FunctionSummary$, 16]]
];
var PutResourcePolicyRequest$ = [
  3,
  n0,
  _PRPR,
  0,
  [_RA, _PD],
  [0, 0],
  2
];
var PutResourcePolicyResult$ = [
  3,
  n0,
  _PRPRu,
  0,
  [_RA],
  [0]
];
var QueryArgProfile$ = [
  3,
  n0,
  _QAP,
  0,
  [_QA, _PI],
  [0, 0],
  2
];
var QueryArgProfileConfig$ = [
  3,
  n0,
  _QAPC,
  0,
  [_FWQAPIU, _QAPu],
  [2, [() => QueryArgProfiles$, 0]],
  1
];
var QueryArgProfiles$ = [
  3,
  n0,
  _QAPu,
  0,
  [_Q, _I],
  [1, [() => QueryArgProfileList, 0]],
  1
];
var QueryStringCacheKeys$ = [
  3,
  n0,
  _QSCK,
  0,
  [_Q, _I],
  [1, [() => QueryStringCacheKeysList, 0]],
  1
];
var QueryStringNames$ = [
  3,
  n0,
  _QSN,
  0,
  [_Q, _I],
  [1, [() => QueryStringNamesList, 0]],
  1
];
var RealtimeLogConfig$ = [
  3,
  n0,
  _RLC,
  0,
  [_ARN, _N, _SR, _EP, _Fi],
  [0, 0, 1, () => EndPointList, [() => FieldList, 0]],
  5
];
var RealtimeLogConfigs$ = [
  3,
  n0,
  _RLCe,
  0,
  [_MI, _ITs, _Ma, _I, _NM],
  [1, 2, 0, [() => RealtimeLogConfigList, 0], 0],
  3
];
var RealtimeMetricsSubscriptionConfig$ = [
  3,
  n0,
  _RMSC,
  0,
  [_RMSS],
  [0],
  1
];
var ResponseHeadersPolicy$ = [
  3,
  n0,
  _RHP,
  0,
  [_Id, _LMT, _RHPC],
  [0, 4, [() => ResponseHeadersPolicyConfig$, 0]],
  3
];
var ResponseHeadersPolicyAccessControlAllowHeaders$ = [
  3,
  n0,
  _RHPACAH,
  0,
  [_Q, _I],
  [1, [() => AccessControlAllowHeadersList, 0]],
  2
];
var ResponseHeadersPolicyAccessControlAllowMethods$ = [
  3,
  n0,
  _RHPACAM,
  0,
  [_Q, _I],
  [1, [() => AccessControlAllowMethodsList, 0]],
  2
];
var ResponseHeadersPolicyAccessControlAllowOrigins$ = [
  3,
  n0,
  _RHPACAO,
  0,
  [_Q, _I],
  [1, [() => AccessControlAllowOriginsList, 0]],
  2
];
var ResponseHeadersPolicyAccessControlExposeHeaders$ = [
  3,
  n0,
  _RHPACEH,
  0,
  [_Q, _I],
  [1, [() => AccessControlExposeHeadersList, 0]],
  1
];
var ResponseHeadersPolicyConfig$ = [
  3,
  n0,
  _RHPC,
  0,
  [_N, _Co, _CCo, _SHC, _STHC, _CHC, _RHC],
  [0, 0, [() => ResponseHeadersPolicyCorsConfig$, 0], () => ResponseHeadersPolicySecurityHeadersConfig$, () => ResponseHeadersPolicyServerTimingHeadersConfig$, [() => ResponseHeadersPolicyCustomHeadersConfig$, 0], [() => ResponseHeadersPolicyRemoveHeadersConfig$, 0]],
  1
];
var ResponseHeadersPolicyContentSecurityPolicy$ = [
  3,
  n0,
  _RHPCSP,
  0,
  [_Ov, _CSP],
  [2, 0],
  2
];
var ResponseHeadersPolicyContentTypeOptions$ = [
  3,
  n0,
  _RHPCTO,
  0,
  [_Ov],
  [2],
  1
];
var ResponseHeadersPolicyCorsConfig$ = [
  3,
  n0,
  _RHPCC,
  0,
  [_ACAO, _ACAH, _ACAM, _ACAC, _OO, _ACEH, _ACMAS],
  [[() => ResponseHeadersPolicyAccessControlAllowOrigins$, 0], [() => ResponseHeadersPolicyAccessControlAllowHeaders$, 0], [() => ResponseHeadersPolicyAccessControlAllowMethods$, 0], 2, 2, [() => ResponseHeadersPolicyAccessControlExposeHeaders$, 0], 1],
  5
];
var ResponseHeadersPolicyCustomHeader$ = [
  3,
  n0,
  _RHPCH,
  0,
  [_He, _Va, _Ov],
  [0, 0, 2],
  3
];
var ResponseHeadersPolicyCustomHeadersConfig$ = [
  3,
  n0,
  _RHPCHC,
  0,
  [_Q, _I],
  [1, [() => ResponseHeadersPolicyCustomHeaderList, 0]],
  1
];
var ResponseHeadersPolicyFrameOptions$ = [
  3,
  n0,
  _RHPFO,
  0,
  [_Ov, _FO],
  [2, 0],
  2
];
var ResponseHeadersPolicyList$ = [
  3,
  n0,
  _RHPL,
  0,
  [_MI, _Q, _NM, _I],
  [1, 1, 0, [() => ResponseHeadersPolicySummaryList, 0]],
  2
];
var ResponseHeadersPolicyReferrerPolicy$ = [
  3,
  n0,
  _RHPRP,
  0,
  [_Ov, _RP],
  [2, 0],
  2
];
var ResponseHeadersPolicyRemoveHeader$ = [
  3,
  n0,
  _RHPRH,
  0,
  [_He],
  [0],
  1
];
var ResponseHeadersPolicyRemoveHeadersConfig$ = [
  3,
  n0,
  _RHPRHC,
  0,
  [_Q, _I],
  [1, [() => ResponseHeadersPolicyRemoveHeaderList, 0]],
  1
];
var ResponseHeadersPolicySecurityHeadersConfig$ = [
  3,
  n0,
  _RHPSHC,
  0,
  [_XSSP, _FOr, _RP, _CSP, _CTO, _STS],
  [() => ResponseHeadersPolicyXSSProtection$, () => ResponseHeadersPolicyFrameOptions$, () => ResponseHeadersPolicyReferrerPolicy$, () => ResponseHeadersPolicyContentSecurityPolicy$, () => ResponseHeadersPolicyContentTypeOptions$, () => ResponseHeadersPolicyStrictTransportSecurity$]
];
var ResponseHeadersPolicyServerTimingHeadersConfig$ = [
  3,
  n0,
  _RHPSTHC,
  0,
  [_E, _SR],
  [2, 1],
  1
];
var ResponseHeadersPolicyStrictTransportSecurity$ = [
  3,
  n0,
  _RHPSTS,
  0,
  [_Ov, _ACMAS, _ISnc, _Pre],
  [2, 1, 2, 2],
  2
];
var ResponseHeadersPolicySummary$ = [
  3,
  n0,
  _RHPS,
  0,
  [_T, _RHP],
  [0, [() => ResponseHeadersPolicy$, 0]],
  2
];
var ResponseHeadersPolicyXSSProtection$ = [
  3,
  n0,
  _RHPXSSP,
  0,
  [_Ov, _Pro, _MBo, _RU],
  [2, 2, 2, 0],
  2
];
var Restrictions$ = [
  3,
  n0,
  _Re,
  0,
  [_GRe],
  [[() => GeoRestriction$, 0]],
  1
];
var S3Origin$ = [
  3,
  n0,
  _SO,
  0,
  [_DN, _OAIr],
  [0, 0],
  2
];
var S3OriginConfig$ = [
  3,
  n0,
  _SOC,
  0,
  [_OAIr, _ORT],
  [0, 1],
  1
];
var SessionStickinessConfig$ = [
  3,
  n0,
  _SSC,
  0,
  [_ITTL, _MTTLax],
  [1, 1],
  2
];
var Signer$ = [
  3,
  n0,
  _Si,
  0,
  [_AAN, _KPI],
  [0, [() => KeyPairIds$, 0]]
];
var StagingDistributionDnsNames$ = [
  3,
  n0,
  _SDDN,
  0,
  [_Q, _I],
  [1, [() => StagingDistributionDnsNameList, 0]],
  1
];
var StatusCodes$ = [
  3,
  n0,
  _SCt,
  0,
  [_Q, _I],
  [1, [() => StatusCodeList, 0]],
  2
];
var StreamingDistribution$ = [
  3,
  n0,
  _SD,
  0,
  [_Id, _ARN, _S, _DN, _ATS, _SDC, _LMT],
  [0, 0, 0, 0, [() => ActiveTrustedSigners$, 0], [() => StreamingDistributionConfig$, 0], 4],
  6
];
var StreamingDistributionConfig$ = [
  3,
  n0,
  _SDC,
  0,
  [_CR, _SO, _Co, _TS, _E, _A, _Lo, _PC],
  [0, () => S3Origin$, 0, [() => TrustedSigners$, 0], 2, [() => Aliases$, 0], () => StreamingLoggingConfig$, 0],
  5
];
var StreamingDistributionConfigWithTags$ = [
  3,
  n0,
  _SDCWT,
  0,
  [_SDC, _Ta],
  [[() => StreamingDistributionConfig$, 0], [() => Tags$, 0]],
  2
];
var StreamingDistributionList$ = [
  3,
  n0,
  _SDL,
  0,
  [_Ma, _MI, _ITs, _Q, _NM, _I],
  [0, 1, 2, 1, 0, [() => StreamingDistributionSummaryList, 0]],
  4
];
var StreamingDistributionSummary$ = [
  3,
  n0,
  _SDS,
  0,
  [_Id, _ARN, _S, _LMT, _DN, _SO, _A, _TS, _Co, _PC, _E],
  [0, 0, 0, 4, 0, () => S3Origin$, [() => Aliases$, 0], [() => TrustedSigners$, 0], 0, 0, 2],
  11
];
var StreamingLoggingConfig$ = [
  3,
  n0,
  _SLC,
  0,
  [_E, _B, _Pr],
  [2, 0, 0],
  3
];
var StringSchemaConfig$ = [
  3,
  n0,
  _SSCt,
  0,
  [_Req, _Co, _DV],
  [2, [() => sensitiveStringType, 0], 0],
  1
];
var Tag$ = [
  3,
  n0,
  _Tag,
  0,
  [_K, _Va],
  [0, 0],
  1
];
var TagKeys$ = [
  3,
  n0,
  _TK,
  0,
  [_I],
  [[() => TagKeyList, 0]]
];
var TagResourceRequest$ = [
  3,
  n0,
  _TRR,
  0,
  [_Res, _Ta],
  [[0, { [_hQ]: _Res }], [() => Tags$, { [_hP]: 1, [_xN]: _Ta }]],
  2
];
var Tags$ = [
  3,
  n0,
  _Ta,
  0,
  [_I],
  [[() => TagList, 0]]
];
var TenantConfig$ = [
  3,
  n0,
  _TCe,
  0,
  [_PDar],
  [[() => ParameterDefinitions, 0]]
];
var TestConnectionFunctionRequest$ = [
  3,
  n0,
  _TCFR,
  0,
  [_Id, _IM, _CO, _St],
  [[0, 1], [0, { [_hH]: _IM_ }], [() => FunctionEventObject, 0], 0],
  3
];
var TestConnectionFunctionResult$ = [
  3,
  n0,
  _TCFRe,
  0,
  [_CFTR],
  [[() => ConnectionFunctionTestResult$, 16]]
];
var TestFunctionRequest$ = [
  3,
  n0,
  _TFR,
  0,
  [_N, _IM, _EO, _St],
  [[0, 1], [0, { [_hH]: _IM_ }], [() => FunctionEventObject, 0], 0],
  3
];
var TestFunctionResult$ = [
  3,
  n0,
  _TFRe,
  0,
  [_TR],
  [[() => TestResult$, 16]]
];
var TestResult$ = [
  3,
  n0,
  _TR,
  0,
  [_FS, _CU, _FEL, _FEM, _FOu],
  [[() => FunctionSummary$, 0], 0, [() => FunctionExecutionLogList, 0], [() => sensitiveStringType, 0], [() => sensitiveStringType, 0]]
];
var TrafficConfig$ = [
  3,
  n0,
  _TC,
  0,
  [_T, _SWC, _SHCi],
  [0, () => ContinuousDeploymentSingleWeightConfig$, () => ContinuousDeploymentSingleHeaderConfig$],
  1
];
var TrustedKeyGroups$ = [
  3,
  n0,
  _TKG,
  0,
  [_E, _Q, _I],
  [2, 1, [() => TrustedKeyGroupIdList, 0]],
  2
];
var TrustedSigners$ = [
  3,
  n0,
  _TS,
  0,
  [_E, _Q, _I],
  [2, 1, [() => AwsAccountNumberList, 0]],
  2
];
var TrustStore$ = [
  3,
  n0,
  _TSr,
  0,
  [_Id, _Ar, _N, _S, _NOCC, _LMT, _Rea, _UCCOCSPE],
  [0, 0, 0, 0, 1, 4, 0, 2]
];
var TrustStoreConfig$ = [
  3,
  n0,
  _TSC,
  0,
  [_TSIr, _ATSCN, _ICE],
  [0, 2, 2],
  1
];
var TrustStoreSummary$ = [
  3,
  n0,
  _TSS,
  0,
  [_Id, _Ar, _N, _S, _NOCC, _LMT, _ET, _Rea],
  [0, 0, 0, 0, 1, 4, 0, 0],
  7
];
var UntagResourceRequest$ = [
  3,
  n0,
  _URR,
  0,
  [_Res, _TK],
  [[0, { [_hQ]: _Res }], [() => TagKeys$, { [_hP]: 1, [_xN]: _TK }]],
  2
];
var UpdateAnycastIpListRequest$ = [
  3,
  n0,
  _UAILR,
  0,
  [_Id, _IM, _IAT, _ICC],
  [[0, 1], [0, { [_hH]: _IM_ }], 0, [() => IpamCidrConfigList, 0]],
  2
];
var UpdateAnycastIpListResult$ = [
  3,
  n0,
  _UAILRp,
  0,
  [_AIL, _ET],
  [[() => AnycastIpList$, 16], [0, { [_hH]: _ET }]]
];
var UpdateCachePolicyRequest$ = [
  3,
  n0,
  _UCPR,
  0,
  [_CPC, _Id, _IM],
  [[() => CachePolicyConfig$, { [_hP]: 1, [_xN]: _CPC }], [0, 1], [0, { [_hH]: _IM_ }]],
  2
];
var UpdateCachePolicyResult$ = [
  3,
  n0,
  _UCPRp,
  0,
  [_CP, _ET],
  [[() => CachePolicy$, 16], [0, { [_hH]: _ET }]]
];
var UpdateCloudFrontOriginAccessIdentityRequest$ = [
  3,
  n0,
  _UCFOAIR,
  0,
  [_CFOAIC, _Id, _IM],
  [[() => CloudFrontOriginAccessIdentityConfig$, { [_hP]: 1, [_xN]: _CFOAIC }], [0, 1], [0, { [_hH]: _IM_ }]],
  2
];
var UpdateCloudFrontOriginAccessIdentityResult$ = [
  3,
  n0,
  _UCFOAIRp,
  0,
  [_CFOAI, _ET],
  [[() => CloudFrontOriginAccessIdentity$, 16], [0, { [_hH]: _ET }]]
];
var UpdateConnectionFunctionRequest$ = [
  3,
  n0,
  _UCFR,
  0,
  [_Id, _IM, _CFC, _CFCo],
  [[0, 1], [0, { [_hH]: _IM_ }], [() => FunctionConfig$, 0], [() => FunctionBlob, 0]],
  4
];
var UpdateConnectionFunctionResult$ = [
  3,
  n0,
  _UCFRp,
  0,
  [_CFS, _ET],
  [[() => ConnectionFunctionSummary$, 16], [0, { [_hH]: _ET }]]
];
var UpdateConnectionGroupRequest$ = [
  3,
  n0,
  _UCGR,
  0,
  [_Id, _IM, _IE, _AILI, _E],
  [[0, 1], [0, { [_hH]: _IM_ }], 2, 0, 2],
  2
];
var UpdateConnectionGroupResult$ = [
  3,
  n0,
  _UCGRp,
  0,
  [_CG, _ET],
  [[() => ConnectionGroup$, 16], [0, { [_hH]: _ET }]]
];
var UpdateContinuousDeploymentPolicyRequest$ = [
  3,
  n0,
  _UCDPR,
  0,
  [_CDPC, _Id, _IM],
  [[() => ContinuousDeploymentPolicyConfig$, { [_hP]: 1, [_xN]: _CDPC }], [0, 1], [0, { [_hH]: _IM_ }]],
  2
];
var UpdateContinuousDeploymentPolicyResult$ = [
  3,
  n0,
  _UCDPRp,
  0,
  [_CDP, _ET],
  [[() => ContinuousDeploymentPolicy$, 16], [0, { [_hH]: _ET }]]
];
var UpdateDistributionRequest$ = [
  3,
  n0,
  _UDR,
  0,
  [_DC, _Id, _IM],
  [[() => DistributionConfig$, { [_hP]: 1, [_xN]: _DC }], [0, 1], [0, { [_hH]: _IM_ }]],
  2
];
var UpdateDistributionResult$ = [
  3,
  n0,
  _UDRp,
  0,
  [_D, _ET],
  [[() => Distribution$, 16], [0, { [_hH]: _ET }]]
];
var UpdateDistributionTenantRequest$ = [
  3,
  n0,
  _UDTR,
  0,
  [_Id, _IM, _DI, _Do, _Cu, _P, _CGI, _MCR, _E],
  [[0, 1], [0, { [_hH]: _IM_ }], 0, () => DomainList, [() => Customizations$, 0], () => _Parameters, 0, () => ManagedCertificateRequest$, 2],
  2
];
var UpdateDistributionTenantResult$ = [
  3,
  n0,
  _UDTRp,
  0,
  [_DT, _ET],
  [[() => DistributionTenant$, 16], [0, { [_hH]: _ET }]]
];
var UpdateDistributionWithStagingConfigRequest$ = [
  3,
  n0,
  _UDWSCR,
  0,
  [_Id, _SDI, _IM],
  [[0, 1], [0, { [_hQ]: _SDI }], [0, { [_hH]: _IM_ }]],
  1
];
var UpdateDistributionWithStagingConfigResult$ = [
  3,
  n0,
  _UDWSCRp,
  0,
  [_D, _ET],
  [[() => Distribution$, 16], [0, { [_hH]: _ET }]]
];
var UpdateDomainAssociationRequest$ = [
  3,
  n0,
  _UDAR,
  0,
  [_Dom, _TRa, _IM],
  [0, () => DistributionResourceId$, [0, { [_hH]: _IM_ }]],
  2
];
var UpdateDomainAssociationResult$ = [
  3,
  n0,
  _UDARp,
  0,
  [_Dom, _RI, _ET],
  [0, 0, [0, { [_hH]: _ET }]]
];
var UpdateFieldLevelEncryptionConfigRequest$ = [
  3,
  n0,
  _UFLECR,
  0,
  [_FLEC, _Id, _IM],
  [[() => FieldLevelEncryptionConfig$, { [_hP]: 1, [_xN]: _FLEC }], [0, 1], [0, { [_hH]: _IM_ }]],
  2
];
var UpdateFieldLevelEncryptionConfigResult$ = [
  3,
  n0,
  _UFLECRp,
  0,
  [_FLE, _ET],
  [[() => FieldLevelEncryption$, 16], [0, { [_hH]: _ET }]]
];
var UpdateFieldLevelEncryptionProfileRequest$ = [
  3,
  n0,
  _UFLEPR,
  0,
  [_FLEPC, _Id, _IM],
  [[() => FieldLevelEncryptionProfileConfig$, { [_hP]: 1, [_xN]: _FLEPC }], [0, 1], [0, { [_hH]: _IM_ }]],
  2
];
var UpdateFieldLevelEncryptionProfileResult$ = [
  3,
  n0,
  _UFLEPRp,
  0,
  [_FLEP, _ET],
  [[() => FieldLevelEncryptionProfile$, 16], [0, { [_hH]: _ET }]]
];
var UpdateFunctionRequest$ = [
  3,
  n0,
  _UFR,
  0,
  [_N, _IM, _FC, _FCu],
  [[0, 1], [0, { [_hH]: _IM_ }], [() => FunctionConfig$, 0], [() => FunctionBlob, 0]],
  4
];
var UpdateFunctionResult$ = [
  3,
  n0,
  _UFRp,
  0,
  [_FS, _ET],
  [[() => FunctionSummary$, 16], [0, { [_hH]: _ETt }]]
];
var UpdateKeyGroupRequest$ = [
  3,
  n0,
  _UKGR,
  0,
  [_KGC, _Id, _IM],
  [[() => KeyGroupConfig$, { [_hP]: 1, [_xN]: _KGC }], [0, 1], [0, { [_hH]: _IM_ }]],
  2
];
var UpdateKeyGroupResult$ = [
  3,
  n0,
  _UKGRp,
  0,
  [_KG, _ET],
  [[() => KeyGroup$, 16], [0, { [_hH]: _ET }]]
];
var UpdateKeyValueStoreRequest$ = [
  3,
  n0,
  _UKVSR,
  0,
  [_N, _Co, _IM],
  [[0, 1], 0, [0, { [_hH]: _IM_ }]],
  3
];
var UpdateKeyValueStoreResult$ = [
  3,
  n0,
  _UKVSRp,
  0,
  [_KVS, _ET],
  [[() => KeyValueStore$, 16], [0, { [_hH]: _ET }]]
];
var UpdateOriginAccessControlRequest$ = [
  3,
  n0,
  _UOACR,
  0,
  [_OACC, _Id, _IM],
  [[() => OriginAccessControlConfig$, { [_hP]: 1, [_xN]: _OACC }], [0, 1], [0, { [_hH]: _IM_ }]],
  2
];
var UpdateOriginAccessControlResult$ = [
  3,
  n0,
  _UOACRp,
  0,
  [_OAC, _ET],
  [[() => OriginAccessControl$, 16], [0, { [_hH]: _ET }]]
];
var UpdateOriginRequestPolicyRequest$ = [
  3,
  n0,
  _UORPR,
  0,
  [_ORPC, _Id, _IM],
  [[() => OriginRequestPolicyConfig$, { [_hP]: 1, [_xN]: _ORPC }], [0, 1], [0, { [_hH]: _IM_ }]],
  2
];
var UpdateOriginRequestPolicyResult$ = [
  3,
  n0,
  _UORPRp,
  0,
  [_ORP, _ET],
  [[() => OriginRequestPolicy$, 16], [0, { [_hH]: _ET }]]
];
var UpdatePublicKeyRequest$ = [
  3,
  n0,
  _UPKR,
  0,
  [_PKC, _Id, _IM],
  [[() => PublicKeyConfig$, { [_hP]: 1, [_xN]: _PKC }], [0, 1], [0, { [_hH]: _IM_ }]],
  2
];
var UpdatePublicKeyResult$ = [
  3,
  n0,
  _UPKRp,
  0,
  [_PK, _ET],
  [[() => PublicKey$, 16], [0, { [_hH]: _ET }]]
];
var UpdateRealtimeLogConfigRequest$ = [
  3,
  n0,
  _URLCR,
  0,
  [_EP, _Fi, _N, _ARN, _SR],
  [() => EndPointList, [() => FieldList, 0], 0, 0, 1]
];
var UpdateRealtimeLogConfigResult$ = [
  3,
  n0,
  _URLCRp,
  0,
  [_RLC],
  [[() => RealtimeLogConfig$, 0]]
];
var UpdateResponseHeadersPolicyRequest$ = [
  3,
  n0,
  _URHPR,
  0,
  [_RHPC, _Id, _IM],
  [[() => ResponseHeadersPolicyConfig$, { [_hP]: 1, [_xN]: _RHPC }], [0, 1], [0, { [_hH]: _IM_ }]],
  2
];
var UpdateResponseHeadersPolicyResult$ = [
  3,
  n0,
  _URHPRp,
  0,
  [_RHP, _ET],
  [[() => ResponseHeadersPolicy$, 16], [0, { [_hH]: _ET }]]
];
var UpdateStreamingDistributionRequest$ = [
  3,
  n0,
  _USDR,
  0,
  [_SDC, _Id, _IM],
  [[() => StreamingDistributionConfig$, { [_hP]: 1, [_xN]: _SDC }], [0, 1], [0, { [_hH]: _IM_ }]],
  2
];
var UpdateStreamingDistributionResult$ = [
  3,
  n0,
  _USDRp,
  0,
  [_SD, _ET],
  [[() => StreamingDistribution$, 16], [0, { [_hH]: _ET }]]
];
var UpdateTrustStoreRequest$ = [
  3,
  n0,
  _UTSR,
  0,
  [_Id, _IM, _CCBS, _UCCOCSPE],
  [[0, 1], [0, { [_hH]: _IM_ }], [() => CaCertificatesBundleSource$, 16], [2, { [_hH]: _UCCOCSPE }]],
  2
];
var UpdateTrustStoreResult$ = [
  3,
  n0,
  _UTSRp,
  0,
  [_TSr, _ET],
  [[() => TrustStore$, 16], [0, { [_hH]: _ET }]]
];
var UpdateVpcOriginRequest$ = [
  3,
  n0,
  _UVOR,
  0,
  [_VOEC, _Id, _IM],
  [[() => VpcOriginEndpointConfig$, { [_hP]: 1, [_xN]: _VOEC }], [0, 1], [0, { [_hH]: _IM_ }]],
  3
];
var UpdateVpcOriginResult$ = [
  3,
  n0,
  _UVORp,
  0,
  [_VO, _ET],
  [[() => VpcOrigin$, 16], [0, { [_hH]: _ET }]]
];
var ValidationTokenDetail$ = [
  3,
  n0,
  _VTDa,
  0,
  [_Dom, _RTed, _RF],
  [0, 0, 0],
  1
];
var VerifyDnsConfigurationRequest$ = [
  3,
  n0,
  _VDCR,
  0,
  [_Ide, _Dom],
  [0, 0],
  1
];
var VerifyDnsConfigurationResult$ = [
  3,
  n0,
  _VDCRe,
  0,
  [_DCL],
  [[() => DnsConfigurationList, 0]]
];
var ViewerCertificate$ = [
  3,
  n0,
  _VC,
  0,
  [_CFDC, _IAMCI, _ACMCA, _SSLSM, _MPV, _Ce, _CSe],
  [2, 0, 0, 0, 0, 0, 0]
];
var ViewerMtlsConfig$ = [
  3,
  n0,
  _VMC,
  0,
  [_Mo, _TSC],
  [0, () => TrustStoreConfig$]
];
var VpcOrigin$ = [
  3,
  n0,
  _VO,
  0,
  [_Id, _Ar, _S, _CTr, _LMT, _VOEC, _AIc],
  [0, 0, 0, 4, 4, [() => VpcOriginEndpointConfig$, 0], 0],
  6
];
var VpcOriginConfig$ = [
  3,
  n0,
  _VOC,
  0,
  [_VOI, _OAI, _ORT, _OKT],
  [0, 0, 1, 1],
  1
];
var VpcOriginEndpointConfig$ = [
  3,
  n0,
  _VOEC,
  0,
  [_N, _Ar, _HTTPP, _HTTPSP, _OPP, _OSP, _IAT],
  [0, 0, 1, 1, 0, [() => OriginSslProtocols$, 0], 0],
  5
];
var VpcOriginList$ = [
  3,
  n0,
  _VOL,
  0,
  [_Ma, _MI, _ITs, _Q, _NM, _I],
  [0, 1, 2, 1, 0, [() => VpcOriginSummaryList, 0]],
  4
];
var VpcOriginSummary$ = [
  3,
  n0,
  _VOS,
  0,
  [_Id, _N, _S, _CTr, _LMT, _Ar, _OEA, _AIc, _IAT],
  [0, 0, 0, 4, 4, 0, 0, 0, 0],
  7
];
var WebAclCustomization$ = [
  3,
  n0,
  _WAC,
  0,
  [_Ac, _Ar],
  [0, 0],
  1
];
var __Unit = "unit";
var AccessControlAllowHeadersList = [
  1,
  n0,
  _ACAHL,
  0,
  [
    0,
    { [_xN]: _He }
  ]
];
var AccessControlAllowMethodsList = [
  1,
  n0,
  _ACAML,
  0,
  [
    0,
    { [_xN]: _Met }
  ]
];
var AccessControlAllowOriginsList = [
  1,
  n0,
  _ACAOL,
  0,
  [
    0,
    { [_xN]: _Or }
  ]
];
var AccessControlExposeHeadersList = [
  1,
  n0,
  _ACEHL,
  0,
  [
    0,
    { [_xN]: _He }
  ]
];
var AliasICPRecordals = [
  1,
  n0,
  _AICPRl,
  0,
  [
    () => AliasICPRecordal$,
    { [_xN]: _AICPR }
  ]
];
var AliasList = [
  1,
  n0,
  _AL,
  0,
  [
    0,
    { [_xN]: _CNAME }
  ]
];
var AnycastIpListSummaries = [
  1,
  n0,
  _AILSn,
  0,
  [
    () => AnycastIpListSummary$,
    { [_xN]: _AILS }
  ]
];
var AnycastIps = [
  1,
  n0,
  _AI,
  0,
  [
    0,
    { [_xN]: _AIn }
  ]
];
var AwsAccountNumberList = [
  1,
  n0,
  _AANL,
  0,
  [
    0,
    { [_xN]: _AAN }
  ]
];
var CacheBehaviorList = [
  1,
  n0,
  _CBL,
  0,
  [
    () => CacheBehavior$,
    { [_xN]: _CB }
  ]
];
var CachePolicySummaryList = [
  1,
  n0,
  _CPSL,
  0,
  [
    () => CachePolicySummary$,
    { [_xN]: _CPS }
  ]
];
var CloudFrontOriginAccessIdentitySummaryList = [
  1,
  n0,
  _CFOAISL,
  0,
  [
    () => CloudFrontOriginAccessIdentitySummary$,
    { [_xN]: _CFOAIS }
  ]
];
var ConflictingAliases = [
  1,
  n0,
  _CAon,
  0,
  [
    () => ConflictingAlias$,
    { [_xN]: _CA }
  ]
];
var ConnectionFunctionSummaryList = [
  1,
  n0,
  _CFSL,
  0,
  [
    () => ConnectionFunctionSummary$,
    { [_xN]: _CFS }
  ]
];
var ConnectionGroupSummaryList = [
  1,
  n0,
  _CGSL,
  0,
  [
    () => ConnectionGroupSummary$,
    { [_xN]: _CGS }
  ]
];
var ContentTypeProfileList = [
  1,
  n0,
  _CTPL,
  0,
  [
    () => ContentTypeProfile$,
    { [_xN]: _CTP }
  ]
];
var ContinuousDeploymentPolicySummaryList = [
  1,
  n0,
  _CDPSL,
  0,
  [
    () => ContinuousDeploymentPolicySummary$,
    { [_xN]: _CDPS }
  ]
];
var CookieNameList = [
  1,
  n0,
  _CNL,
  0,
  [
    0,
    { [_xN]: _N }
  ]
];
var CustomErrorResponseList = [
  1,
  n0,
  _CERL,
  0,
  [
    () => CustomErrorResponse$,
    { [_xN]: _CER }
  ]
];
var DistributionIdListSummary = [
  1,
  n0,
  _DILS,
  0,
  [
    0,
    { [_xN]: _DI }
  ]
];
var DistributionIdOwnerItemList = [
  1,
  n0,
  _DIOIL,
  0,
  [
    () => DistributionIdOwner$,
    { [_xN]: _DIO }
  ]
];
var DistributionSummaryList = [
  1,
  n0,
  _DSL,
  0,
  [
    () => DistributionSummary$,
    { [_xN]: _DS }
  ]
];
var DistributionTenantList = [
  1,
  n0,
  _DTL,
  0,
  [
    () => DistributionTenantSummary$,
    { [_xN]: _DTS }
  ]
];
var DnsConfigurationList = [
  1,
  n0,
  _DCL,
  0,
  [
    () => DnsConfiguration$,
    { [_xN]: _DCn }
  ]
];
var DomainConflictsList = [
  1,
  n0,
  _DCLo,
  0,
  [
    () => DomainConflict$,
    { [_xN]: _DCom }
  ]
];
var DomainList = [
  1,
  n0,
  _DLo,
  0,
  () => DomainItem$
];
var DomainResultList = [
  1,
  n0,
  _DRL,
  0,
  () => DomainResult$
];
var EncryptionEntityList = [
  1,
  n0,
  _EEL,
  0,
  [
    () => EncryptionEntity$,
    { [_xN]: _EEn }
  ]
];
var EndPointList = [
  1,
  n0,
  _EPL,
  0,
  () => EndPoint$
];
var FieldLevelEncryptionProfileSummaryList = [
  1,
  n0,
  _FLEPSL,
  0,
  [
    () => FieldLevelEncryptionProfileSummary$,
    { [_xN]: _FLEPS }
  ]
];
var FieldLevelEncryptionSummaryList = [
  1,
  n0,
  _FLESL,
  0,
  [
    () => FieldLevelEncryptionSummary$,
    { [_xN]: _FLES }
  ]
];
var FieldList = [
  1,
  n0,
  _FLi,
  0,
  [
    0,
    { [_xN]: _Fie }
  ]
];
var FieldPatternList = [
  1,
  n0,
  _FPL,
  0,
  [
    0,
    { [_xN]: _FPi }
  ]
];
var FunctionAssociationList = [
  1,
  n0,
  _FAL,
  0,
  [
    () => FunctionAssociation$,
    { [_xN]: _FAu }
  ]
];
var FunctionExecutionLogList = [
  1,
  n0,
  _FELL,
  8,
  0
];
var FunctionSummaryList = [
  1,
  n0,
  _FSL,
  0,
  [
    () => FunctionSummary$,
    { [_xN]: _FS }
  ]
];
var HeaderList = [
  1,
  n0,
  _HL,
  0,
  [
    0,
    { [_xN]: _N }
  ]
];
var InvalidationSummaryList = [
  1,
  n0,
  _ISL,
  0,
  [
    () => InvalidationSummary$,
    { [_xN]: _ISn }
  ]
];
var IpamCidrConfigList = [
  1,
  n0,
  _ICCL,
  0,
  [
    () => IpamCidrConfig$,
    { [_xN]: _ICCp }
  ]
];
var KeyGroupSummaryList = [
  1,
  n0,
  _KGSL,
  0,
  [
    () => KeyGroupSummary$,
    { [_xN]: _KGS }
  ]
];
var KeyPairIdList = [
  1,
  n0,
  _KPIL,
  0,
  [
    0,
    { [_xN]: _KPIe }
  ]
];
var KeyValueStoreAssociationList = [
  1,
  n0,
  _KVSAL,
  0,
  [
    () => KeyValueStoreAssociation$,
    { [_xN]: _KVSAe }
  ]
];
var KeyValueStoreSummaryList = [
  1,
  n0,
  _KVSSL,
  0,
  [
    () => KeyValueStore$,
    { [_xN]: _KVS }
  ]
];
var KGKeyPairIdsList = [
  1,
  n0,
  _KGKPIL,
  0,
  [
    () => KGKeyPairIds$,
    { [_xN]: _KG }
  ]
];
var LambdaFunctionAssociationList = [
  1,
  n0,
  _LFAL,
  0,
  [
    () => LambdaFunctionAssociation$,
    { [_xN]: _LFAa }
  ]
];
var LocationList = [
  1,
  n0,
  _LL,
  0,
  [
    0,
    { [_xN]: _L }
  ]
];
var MethodsList = [
  1,
  n0,
  _ML,
  0,
  [
    0,
    { [_xN]: _Met }
  ]
];
var OriginAccessControlSummaryList = [
  1,
  n0,
  _OACSL,
  0,
  [
    () => OriginAccessControlSummary$,
    { [_xN]: _OACS }
  ]
];
var OriginCustomHeadersList = [
  1,
  n0,
  _OCHL,
  0,
  [
    () => OriginCustomHeader$,
    { [_xN]: _OCH }
  ]
];
var OriginGroupList = [
  1,
  n0,
  _OGL,
  0,
  [
    () => OriginGroup$,
    { [_xN]: _OGr }
  ]
];
var OriginGroupMemberList = [
  1,
  n0,
  _OGML,
  0,
  [
    () => OriginGroupMember$,
    { [_xN]: _OGM }
  ]
];
var OriginList = [
  1,
  n0,
  _OL,
  0,
  [
    () => Origin$,
    { [_xN]: _Or }
  ]
];
var OriginRequestPolicySummaryList = [
  1,
  n0,
  _ORPSL,
  0,
  [
    () => OriginRequestPolicySummary$,
    { [_xN]: _ORPS }
  ]
];
var ParameterDefinitions = [
  1,
  n0,
  _PDar,
  0,
  [
    () => ParameterDefinition$,
    0
  ]
];
var _Parameters = [
  1,
  n0,
  _P,
  0,
  () => Parameter$
];
var PathList = [
  1,
  n0,
  _PL,
  0,
  [
    0,
    { [_xN]: _Pat }
  ]
];
var PublicKeyIdList = [
  1,
  n0,
  _PKIL,
  0,
  [
    0,
    { [_xN]: _PK }
  ]
];
var PublicKeySummaryList = [
  1,
  n0,
  _PKSL,
  0,
  [
    () => PublicKeySummary$,
    { [_xN]: _PKS }
  ]
];
var QueryArgProfileList = [
  1,
  n0,
  _QAPL,
  0,
  [
    () => QueryArgProfile$,
    { [_xN]: _QAP }
  ]
];
var QueryStringCacheKeysList = [
  1,
  n0,
  _QSCKL,
  0,
  [
    0,
    { [_xN]: _N }
  ]
];
var QueryStringNamesList = [
  1,
  n0,
  _QSNL,
  0,
  [
    0,
    { [_xN]: _N }
  ]
];
var RealtimeLogConfigList = [
  1,
  n0,
  _RLCL,
  0,
  [
    () => RealtimeLogConfig$,
    0
  ]
];
var ResponseHeadersPolicyCustomHeaderList = [
  1,
  n0,
  _RHPCHL,
  0,
  [
    () => ResponseHeadersPolicyCustomHeader$,
    { [_xN]: _RHPCH }
  ]
];
var ResponseHeadersPolicyRemoveHeaderList = [
  1,
  n0,
  _RHPRHL,
  0,
  [
    () => ResponseHeadersPolicyRemoveHeader$,
    { [_xN]: _RHPRH }
  ]
];
var ResponseHeadersPolicySummaryList = [
  1,
  n0,
  _RHPSL,
  0,
  [
    () => ResponseHeadersPolicySummary$,
    { [_xN]: _RHPS }
  ]
];
var SignerList = [
  1,
  n0,
  _SL,
  0,
  [
    () => Signer$,
    { [_xN]: _Si }
  ]
];
var SslProtocolsList = [
  1,
  n0,
  _SPL,
  0,
  [
    0,
    { [_xN]: _SPs }
  ]
];
var StagingDistributionDnsNameList = [
  1,
  n0,
  _SDDNL,
  0,
  [
    0,
    { [_xN]: _DNn }
  ]
];
var StatusCodeList = [
  1,
  n0,
  _SCL,
  0,
  [
    1,
    { [_xN]: _SCta }
  ]
];
var StreamingDistributionSummaryList = [
  1,
  n0,
  _SDSL,
  0,
  [
    () => StreamingDistributionSummary$,
    { [_xN]: _SDS }
  ]
];
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
var TagList = [
  1,
  n0,
  _TL,
  0,
  [
    () => Tag$,
    { [_xN]: _Tag }
  ]
];
var TrustedKeyGroupIdList = [
  1,
  n0,
  _TKGIL,
  0,
  [
    0,
    { [_xN]: _KG }
  ]
];
var TrustStoreList = [
  1,
  n0,
  _TSL,
  0,
  [
    () => TrustStoreSummary$,
    { [_xN]: _TSS }
  ]
];
var ValidationTokenDetailList = [
  1,
  n0,
  _VTDL,
  0,
  () => ValidationTokenDetail$
];
var VpcOriginSummaryList = [
  1,
  n0,
  _VOSL,
  0,
  [
    () => VpcOriginSummary$,
    { [_xN]: _VOS }
  ]
];
var CaCertificatesBundleSource$ = [
  4,
  n0,
  _CCBS,
  0,
  [_CCBSL],
  [() => CaCertificatesBundleS3Location$]
];
var AssociateAlias$ = [
  9,
  n0,
  _AA,
  { [_h]: ["PUT", "/2020-05-31/distribution/{TargetDistributionId}/associate-alias", 200] },
  () => AssociateAliasRequest$,
  () => __Unit
];
var AssociateDistributionTenantWebACL$ = [
  9,
  n0,
  _ADTWACL,
  { [_h]: ["PUT", "/2020-05-31/distribution-tenant/{Id}/associate-web-acl", 200] },
  () => AssociateDistributionTenantWebACLRequest$,
  () => AssociateDistributionTenantWebACLResult$
];
var AssociateDistributionWebACL$ = [
  9,
  n0,
  _ADWACL,
  { [_h]: ["PUT", "/2020-05-31/distribution/{Id}/associate-web-acl", 200] },
  () => AssociateDistributionWebACLRequest$,
  () => AssociateDistributionWebACLResult$
];
var CopyDistribution$ = [
  9,
  n0,
  _CD,
  { [_h]: ["POST", "/2020-05-31/distribution/{PrimaryDistributionId}/copy", 201] },
  () => CopyDistributionRequest$,
  () => CopyDistributionResult$
];
var CreateAnycastIpList$ = [
  9,
  n0,
  _CAIL,
  { [_h]: ["POST", "/2020-05-31/anycast-ip-list", 202] },
  () => CreateAnycastIpListRequest$,
  () => CreateAnycastIpListResult$
];
var CreateCachePolicy$ = [
  9,
  n0,
  _CCP,
  { [_h]: ["POST", "/2020-05-31/cache-policy", 201] },
  () => CreateCachePolicyRequest$,
  () => CreateCachePolicyResult$
];
var CreateCloudFrontOriginAccessIdentity$ = [
  9,
  n0,
  _CCFOAI,
  { [_h]: ["POST", "/2020-05-31/origin-access-identity/cloudfront", 201] },
  () => CreateCloudFrontOriginAccessIdentityRequest$,
  () => CreateCloudFrontOriginAccessIdentityResult$
];
var CreateConnectionFunction$ = [
  9,
  n0,
  _CCF,
  { [_h]: ["POST", "/2020-05-31/connection-function", 201] },
  () => CreateConnectionFunctionRequest$,
  () => CreateConnectionFunctionResult$
];
var CreateConnectionGroup$ = [
  9,
  n0,
  _CCG,
  { [_h]: ["POST", "/2020-05-31/connection-group", 201] },
  () => CreateConnectionGroupRequest$,
  () => CreateConnectionGroupResult$
];
var CreateContinuousDeploymentPolicy$ = [
  9,
  n0,
  _CCDP,
  { [_h]: ["POST", "/2020-05-31/continuous-deployment-policy", 201] },
  () => CreateContinuousDeploymentPolicyRequest$,
  () => CreateContinuousDeploymentPolicyResult$
];
var CreateDistribution$ = [
  9,
  n0,
  _CDr,
  { [_h]: ["POST", "/2020-05-31/distribution", 201] },
  () => CreateDistributionRequest$,
  () => CreateDistributionResult$
];
var CreateDistributionTenant$ = [
  9,
  n0,
  _CDT,
  { [_h]: ["POST", "/2020-05-31/distribution-tenant", 201] },
  () => CreateDistributionTenantRequest$,
  () => CreateDistributionTenantResult$
];
var CreateDistributionWithTags$ = [
  9,
  n0,
  _CDWT,
  { [_h]: ["POST", "/2020-05-31/distribution?WithTags", 201] },
  () => CreateDistributionWithTagsRequest$,
  () => CreateDistributionWithTagsResult$
];
var CreateFieldLevelEncryptionConfig$ = [
  9,
  n0,
  _CFLEC,
  { [_h]: ["POST", "/2020-05-31/field-level-encryption", 201] },
  () => CreateFieldLevelEncryptionConfigRequest$,
  () => CreateFieldLevelEncryptionConfigResult$
];
var CreateFieldLevelEncryptionProfile$ = [
  9,
  n0,
  _CFLEP,
  { [_h]: ["POST", "/2020-05-31/field-level-encryption-profile", 201] },
  () => CreateFieldLevelEncryptionProfileRequest$,
  () => CreateFieldLevelEncryptionProfileResult$
];
var CreateFunction$ = [
  9,
  n0,
  _CFr,
  { [_h]: ["POST", "/2020-05-31/function", 201] },
  () => CreateFunctionRequest$,
  () => CreateFunctionResult$
];
var CreateInvalidation$ = [
  9,
  n0,
  _CI,
  { [_h]: ["POST", "/2020-05-31/distribution/{DistributionId}/invalidation", 201] },
  () => CreateInvalidationRequest$,
  () => CreateInvalidationResult$
];
var CreateInvalidationForDistributionTenant$ = [
  9,
  n0,
  _CIFDT,
  { [_h]: ["POST", "/2020-05-31/distribution-tenant/{Id}/invalidation", 201] },
  () => CreateInvalidationForDistributionTenantRequest$,
  () => CreateInvalidationForDistributionTenantResult$
];
var CreateKeyGroup$ = [
  9,
  n0,
  _CKG,
  { [_h]: ["POST", "/2020-05-31/key-group", 201] },
  () => CreateKeyGroupRequest$,
  () => CreateKeyGroupResult$
];
var CreateKeyValueStore$ = [
  9,
  n0,
  _CKVS,
  { [_h]: ["POST", "/2020-05-31/key-value-store", 201] },
  () => CreateKeyValueStoreRequest$,
  () => CreateKeyValueStoreResult$
];
var CreateMonitoringSubscription$ = [
  9,
  n0,
  _CMS,
  { [_h]: ["POST", "/2020-05-31/distributions/{DistributionId}/monitoring-subscription", 200] },
  () => CreateMonitoringSubscriptionRequest$,
  () => CreateMonitoringSubscriptionResult$
];
var CreateOriginAccessControl$ = [
  9,
  n0,
  _COAC,
  { [_h]: ["POST", "/2020-05-31/origin-access-control", 201] },
  () => CreateOriginAccessControlRequest$,
  () => CreateOriginAccessControlResult$
];
var CreateOriginRequestPolicy$ = [
  9,
  n0,
  _CORP,
  { [_h]: ["POST", "/2020-05-31/origin-request-policy", 201] },
  () => CreateOriginRequestPolicyRequest$,
  () => CreateOriginRequestPolicyResult$
];
var CreatePublicKey$ = [
  9,
  n0,
  _CPK,
  { [_h]: ["POST", "/2020-05-31/public-key", 201] },
  () => CreatePublicKeyRequest$,
  () => CreatePublicKeyResult$
];
var CreateRealtimeLogConfig$ = [
  9,
  n0,
  _CRLC,
  { [_h]: ["POST", "/2020-05-31/realtime-log-config", 201] },
  () => CreateRealtimeLogConfigRequest$,
  () => CreateRealtimeLogConfigResult$
];
var CreateResponseHeadersPolicy$ = [
  9,
  n0,
  _CRHP,
  { [_h]: ["POST", "/2020-05-31/response-headers-policy", 201] },
  () => CreateResponseHeadersPolicyRequest$,
  () => CreateResponseHeadersPolicyResult$
];
var CreateStreamingDistribution$ = [
  9,
  n0,
  _CSD,
  { [_h]: ["POST", "/2020-05-31/streaming-distribution", 201] },
  () => CreateStreamingDistributionRequest$,
  () => CreateStreamingDistributionResult$
];
var CreateStreamingDistributionWithTags$ = [
  9,
  n0,
  _CSDWT,
  { [_h]: ["POST", "/2020-05-31/streaming-distribution?WithTags", 201] },
  () => CreateStreamingDistributionWithTagsRequest$,
  () => CreateStreamingDistributionWithTagsResult$
];
var CreateTrustStore$ = [
  9,
  n0,
  _CTS,
  { [_h]: ["POST", "/2020-05-31/trust-store", 201] },
  () => CreateTrustStoreRequest$,
  () => CreateTrustStoreResult$
];
var CreateVpcOrigin$ = [
  9,
  n0,
  _CVO,
  { [_h]: ["POST", "/2020-05-31/vpc-origin", 202] },
  () => CreateVpcOriginRequest$,
  () => CreateVpcOriginResult$
];
var DeleteAnycastIpList$ = [
  9,
  n0,
  _DAIL,
  { [_h]: ["DELETE", "/2020-05-31/anycast-ip-list/{Id}", 204] },
  () => DeleteAnycastIpListRequest$,
  () => __Unit
];
var DeleteCachePolicy$ = [
  9,
  n0,
  _DCP,
  { [_h]: ["DELETE", "/2020-05-31/cache-policy/{Id}", 204] },
  () => DeleteCachePolicyRequest$,
  () => __Unit
];
var DeleteCloudFrontOriginAccessIdentity$ = [
  9,
  n0,
  _DCFOAI,
  { [_h]: ["DELETE", "/2020-05-31/origin-access-identity/cloudfront/{Id}", 204] },
  () => DeleteCloudFrontOriginAccessIdentityRequest$,
  () => __Unit
];
var DeleteConnectionFunction$ = [
  9,
  n0,
  _DCF,
  { [_h]: ["DELETE", "/2020-05-31/connection-function/{Id}", 204] },
  () => DeleteConnectionFunctionRequest$,
  () => __Unit
];
var DeleteConnectionGroup$ = [
  9,
  n0,
  _DCG,
  { [_h]: ["DELETE", "/2020-05-31/connection-group/{Id}", 204] },
  () => DeleteConnectionGroupRequest$,
  () => __Unit
];
var DeleteContinuousDeploymentPolicy$ = [
  9,
  n0,
  _DCDP,
  { [_h]: ["DELETE", "/2020-05-31/continuous-deployment-policy/{Id}", 204] },
  () => DeleteContinuousDeploymentPolicyRequest$,
  () => __Unit
];
var DeleteDistribution$ = [
  9,
  n0,
  _DD,
  { [_h]: ["DELETE", "/2020-05-31/distribution/{Id}", 204] },
  () => DeleteDistributionRequest$,
  () => __Unit
];
var DeleteDistributionTenant$ = [
  9,
  n0,
  _DDT,
  { [_h]: ["DELETE", "/2020-05-31/distribution-tenant/{Id}", 204] },
  () => DeleteDistributionTenantRequest$,
  () => __Unit
];
var DeleteFieldLevelEncryptionConfig$ = [
  9,
  n0,
  _DFLEC,
  { [_h]: ["DELETE", "/2020-05-31/field-level-encryption/{Id}", 204] },
  () => DeleteFieldLevelEncryptionConfigRequest$,
  () => __Unit
];
var DeleteFieldLevelEncryptionProfile$ = [
  9,
  n0,
  _DFLEP,
  { [_h]: ["DELETE", "/2020-05-31/field-level-encryption-profile/{Id}", 204] },
  () => DeleteFieldLevelEncryptionProfileRequest$,
  () => __Unit
];
var DeleteFunction$ = [
  9,
  n0,
  _DF,
  { [_h]: ["DELETE", "/2020-05-31/function/{Name}", 204] },
  () => DeleteFunctionRequest$,
  () => __Unit
];
var DeleteKeyGroup$ = [
  9,
  n0,
  _DKG,
  { [_h]: ["DELETE", "/2020-05-31/key-group/{Id}", 204] },
  () => DeleteKeyGroupRequest$,
  () => __Unit
];
var DeleteKeyValueStore$ = [
  9,
  n0,
  _DKVS,
  { [_h]: ["DELETE", "/2020-05-31/key-value-store/{Name}", 204] },
  () => DeleteKeyValueStoreRequest$,
  () => __Unit
];
var DeleteMonitoringSubscription$ = [
  9,
  n0,
  _DMS,
  { [_h]: ["DELETE", "/2020-05-31/distributions/{DistributionId}/monitoring-subscription", 200] },
  () => DeleteMonitoringSubscriptionRequest$,
  () => DeleteMonitoringSubscriptionResult$
];
var DeleteOriginAccessControl$ = [
  9,
  n0,
  _DOAC,
  { [_h]: ["DELETE", "/2020-05-31/origin-access-control/{Id}", 204] },
  () => DeleteOriginAccessControlRequest$,
  () => __Unit
];
var DeleteOriginRequestPolicy$ = [
  9,
  n0,
  _DORP,
  { [_h]: ["DELETE", "/2020-05-31/origin-request-policy/{Id}", 204] },
  () => DeleteOriginRequestPolicyRequest$,
  () => __Unit
];
var DeletePublicKey$ = [
  9,
  n0,
  _DPK,
  { [_h]: ["DELETE", "/2020-05-31/public-key/{Id}", 204] },
  () => DeletePublicKeyRequest$,
  () => __Unit
];
var DeleteRealtimeLogConfig$ = [
  9,
  n0,
  _DRLC,
  { [_h]: ["POST", "/2020-05-31/delete-realtime-log-config", 204] },
  () => DeleteRealtimeLogConfigRequest$,
  () => __Unit
];
var DeleteResourcePolicy$ = [
  9,
  n0,
  _DRP,
  { [_h]: ["POST", "/2020-05-31/delete-resource-policy", 200] },
  () => DeleteResourcePolicyRequest$,
  () => __Unit
];
var DeleteResponseHeadersPolicy$ = [
  9,
  n0,
  _DRHP,
  { [_h]: ["DELETE", "/2020-05-31/response-headers-policy/{Id}", 204] },
  () => DeleteResponseHeadersPolicyRequest$,
  () => __Unit
];
var DeleteStreamingDistribution$ = [
  9,
  n0,
  _DSD,
  { [_h]: ["DELETE", "/2020-05-31/streaming-distribution/{Id}", 204] },
  () => DeleteStreamingDistributionRequest$,
  () => __Unit
];
var DeleteTrustStore$ = [
  9,
  n0,
  _DTSe,
  { [_h]: ["DELETE", "/2020-05-31/trust-store/{Id}", 204] },
  () => DeleteTrustStoreRequest$,
  () => __Unit
];
var DeleteVpcOrigin$ = [
  9,
  n0,
  _DVO,
  { [_h]: ["DELETE", "/2020-05-31/vpc-origin/{Id}", 202] },
  () => DeleteVpcOriginRequest$,
  () => DeleteVpcOriginResult$
];
var DescribeConnectionFunction$ = [
  9,
  n0,
  _DCFe,
  { [_h]: ["GET", "/2020-05-31/connection-function/{Identifier}/describe", 200] },
  () => DescribeConnectionFunctionRequest$,
  () => DescribeConnectionFunctionResult$
];
var DescribeFunction$ = [
  9,
  n0,
  _DFe,
  { [_h]: ["GET", "/2020-05-31/function/{Name}/describe", 200] },
  () => DescribeFunctionRequest$,
  () => DescribeFunctionResult$
];
var DescribeKeyValueStore$ = [
  9,
  n0,
  _DKVSe,
  { [_h]: ["GET", "/2020-05-31/key-value-store/{Name}", 200] },
  () => DescribeKeyValueStoreRequest$,
  () => DescribeKeyValueStoreResult$
];
var DisassociateDistributionTenantWebACL$ = [
  9,
  n0,
  _DDTWACL,
  { [_h]: ["PUT", "/2020-05-31/distribution-tenant/{Id}/disassociate-web-acl", 200] },
  () => DisassociateDistributionTenantWebACLRequest$,
  () => DisassociateDistributionTenantWebACLResult$
];
var DisassociateDistributionWebACL$ = [
  9,
  n0,
  _DDWACL,
  { [_h]: ["PUT", "/2020-05-31/distribution/{Id}/disassociate-web-acl", 200] },
  () => DisassociateDistributionWebACLRequest$,
  () => DisassociateDistributionWebACLResult$
];
var GetAnycastIpList$ = [
  9,
  n0,
  _GAIL,
  { [_h]: ["GET", "/2020-05-31/anycast-ip-list/{Id}", 200] },
  () => GetAnycastIpListRequest$,
  () => GetAnycastIpListResult$
];
var GetCachePolicy$ = [
  9,
  n0,
  _GCP,
  { [_h]: ["GET", "/2020-05-31/cache-policy/{Id}", 200] },
  () => GetCachePolicyRequest$,
  () => GetCachePolicyResult$
];
var GetCachePolicyConfig$ = [
  9,
  n0,
  _GCPC,
  { [_h]: ["GET", "/2020-05-31/cache-policy/{Id}/config", 200] },
  () => GetCachePolicyConfigRequest$,
  () => GetCachePolicyConfigResult$
];
var GetCloudFrontOriginAccessIdentity$ = [
  9,
  n0,
  _GCFOAI,
  { [_h]: ["GET", "/2020-05-31/origin-access-identity/cloudfront/{Id}", 200] },
  () => GetCloudFrontOriginAccessIdentityRequest$,
  () => GetCloudFrontOriginAccessIdentityResult$
];
var GetCloudFrontOriginAccessIdentityConfig$ = [
  9,
  n0,
  _GCFOAIC,
  { [_h]: ["GET", "/2020-05-31/origin-access-identity/cloudfront/{Id}/config", 200] },
  () => GetCloudFrontOriginAccessIdentityConfigRequest$,
  () => GetCloudFrontOriginAccessIdentityConfigResult$
];
var GetConnectionFunction$ = [
  9,
  n0,
  _GCF,
  { [_h]: ["GET", "/2020-05-31/connection-function/{Identifier}", 200] },
  () => GetConnectionFunctionRequest$,
  () => GetConnectionFunctionResult$
];
var GetConnectionGroup$ = [
  9,
  n0,
  _GCG,
  { [_h]: ["GET", "/2020-05-31/connection-group/{Identifier}", 200] },
  () => GetConnectionGroupRequest$,
  () => GetConnectionGroupResult$
];
var GetConnectionGroupByRoutingEndpoint$ = [
  9,
  n0,
  _GCGBRE,
  { [_h]: ["GET", "/2020-05-31/connection-group", 200] },
  () => GetConnectionGroupByRoutingEndpointRequest$,
  () => GetConnectionGroupByRoutingEndpointResult$
];
var GetContinuousDeploymentPolicy$ = [
  9,
  n0,
  _GCDP,
  { [_h]: ["GET", "/2020-05-31/continuous-deployment-policy/{Id}", 200] },
  () => GetContinuousDeploymentPolicyRequest$,
  () => GetContinuousDeploymentPolicyResult$
];
var GetContinuousDeploymentPolicyConfig$ = [
  9,
  n0,
  _GCDPC,
  { [_h]: ["GET", "/2020-05-31/continuous-deployment-policy/{Id}/config", 200] },
  () => GetContinuousDeploymentPolicyConfigRequest$,
  () => GetContinuousDeploymentPolicyConfigResult$
];
var GetDistribution$ = [
  9,
  n0,
  _GD,
  { [_h]: ["GET", "/2020-05-31/distribution/{Id}", 200] },
  () => GetDistributionRequest$,
  () => GetDistributionResult$
];
var GetDistributionConfig$ = [
  9,
  n0,
  _GDC,
  { [_h]: ["GET", "/2020-05-31/distribution/{Id}/config", 200] },
  () => GetDistributionConfigRequest$,
  () => GetDistributionConfigResult$
];
var GetDistributionTenant$ = [
  9,
  n0,
  _GDT,
  { [_h]: ["GET", "/2020-05-31/distribution-tenant/{Identifier}", 200] },
  () => GetDistributionTenantRequest$,
  () => GetDistributionTenantResult$
];
var GetDistributionTenantByDomain$ = [
  9,
  n0,
  _GDTBD,
  { [_h]: ["GET", "/2020-05-31/distribution-tenant", 200] },
  () => GetDistributionTenantByDomainRequest$,
  () => GetDistributionTenantByDomainResult$
];
var GetFieldLevelEncryption$ = [
  9,
  n0,
  _GFLE,
  { [_h]: ["GET", "/2020-05-31/field-level-encryption/{Id}", 200] },
  () => GetFieldLevelEncryptionRequest$,
  () => GetFieldLevelEncryptionResult$
];
var GetFieldLevelEncryptionConfig$ = [
  9,
  n0,
  _GFLEC,
  { [_h]: ["GET", "/2020-05-31/field-level-encryption/{Id}/config", 200] },
  () => GetFieldLevelEncryptionConfigRequest$,
  () => GetFieldLevelEncryptionConfigResult$
];
var GetFieldLevelEncryptionProfile$ = [
  9,
  n0,
  _GFLEP,
  { [_h]: ["GET", "/2020-05-31/field-level-encryption-profile/{Id}", 200] },
  () => GetFieldLevelEncryptionProfileRequest$,
  () => GetFieldLevelEncryptionProfileResult$
];
var GetFieldLevelEncryptionProfileConfig$ = [
  9,
  n0,
  _GFLEPC,
  { [_h]: ["GET", "/2020-05-31/field-level-encryption-profile/{Id}/config", 200] },
  () => GetFieldLevelEncryptionProfileConfigRequest$,
  () => GetFieldLevelEncryptionProfileConfigResult$
];
var GetFunction$ = [
  9,
  n0,
  _GF,
  { [_h]: ["GET", "/2020-05-31/function/{Name}", 200] },
  () => GetFunctionRequest$,
  () => GetFunctionResult$
];
var GetInvalidation$ = [
  9,
  n0,
  _GI,
  { [_h]: ["GET", "/2020-05-31/distribution/{DistributionId}/invalidation/{Id}", 200] },
  () => GetInvalidationRequest$,
  () => GetInvalidationResult$
];
var GetInvalidationForDistributionTenant$ = [
  9,
  n0,
  _GIFDT,
  { [_h]: ["GET", "/2020-05-31/distribution-tenant/{DistributionTenantId}/invalidation/{Id}", 200] },
  () => GetInvalidationForDistributionTenantRequest$,
  () => GetInvalidationForDistributionTenantResult$
];
var GetKeyGroup$ = [
  9,
  n0,
  _GKG,
  { [_h]: ["GET", "/2020-05-31/key-group/{Id}", 200] },
  () => GetKeyGroupRequest$,
  () => GetKeyGroupResult$
];
var GetKeyGroupConfig$ = [
  9,
  n0,
  _GKGC,
  { [_h]: ["GET", "/2020-05-31/key-group/{Id}/config", 200] },
  () => GetKeyGroupConfigRequest$,
  () => GetKeyGroupConfigResult$
];
var GetManagedCertificateDetails$ = [
  9,
  n0,
  _GMCD,
  { [_h]: ["GET", "/2020-05-31/managed-certificate/{Identifier}", 200] },
  () => GetManagedCertificateDetailsRequest$,
  () => GetManagedCertificateDetailsResult$
];
var GetMonitoringSubscription$ = [
  9,
  n0,
  _GMS,
  { [_h]: ["GET", "/2020-05-31/distributions/{DistributionId}/monitoring-subscription", 200] },
  () => GetMonitoringSubscriptionRequest$,
  () => GetMonitoringSubscriptionResult$
];
var GetOriginAccessControl$ = [
  9,
  n0,
  _GOAC,
  { [_h]: ["GET", "/2020-05-31/origin-access-control/{Id}", 200] },
  () => GetOriginAccessControlRequest$,
  () => GetOriginAccessControlResult$
];
var GetOriginAccessControlConfig$ = [
  9,
  n0,
  _GOACC,
  { [_h]: ["GET", "/2020-05-31/origin-access-control/{Id}/config", 200] },
  () => GetOriginAccessControlConfigRequest$,
  () => GetOriginAccessControlConfigResult$
];
var GetOriginRequestPolicy$ = [
  9,
  n0,
  _GORP,
  { [_h]: ["GET", "/2020-05-31/origin-request-policy/{Id}", 200] },
  () => GetOriginRequestPolicyRequest$,
  () => GetOriginRequestPolicyResult$
];
var GetOriginRequestPolicyConfig$ = [
  9,
  n0,
  _GORPC,
  { [_h]: ["GET", "/2020-05-31/origin-request-policy/{Id}/config", 200] },
  () => GetOriginRequestPolicyConfigRequest$,
  () => GetOriginRequestPolicyConfigResult$
];
var GetPublicKey$ = [
  9,
  n0,
  _GPK,
  { [_h]: ["GET", "/2020-05-31/public-key/{Id}", 200] },
  () => GetPublicKeyRequest$,
  () => GetPublicKeyResult$
];
var GetPublicKeyConfig$ = [
  9,
  n0,
  _GPKC,
  { [_h]: ["GET", "/2020-05-31/public-key/{Id}/config", 200] },
  () => GetPublicKeyConfigRequest$,
  () => GetPublicKeyConfigResult$
];
var GetRealtimeLogConfig$ = [
  9,
  n0,
  _GRLC,
  { [_h]: ["POST", "/2020-05-31/get-realtime-log-config", 200] },
  () => GetRealtimeLogConfigRequest$,
  () => GetRealtimeLogConfigResult$
];
var GetResourcePolicy$ = [
  9,
  n0,
  _GRP,
  { [_h]: ["POST", "/2020-05-31/get-resource-policy", 200] },
  () => GetResourcePolicyRequest$,
  () => GetResourcePolicyResult$
];
var GetResponseHeadersPolicy$ = [
  9,
  n0,
  _GRHP,
  { [_h]: ["GET", "/2020-05-31/response-headers-policy/{Id}", 200] },
  () => GetResponseHeadersPolicyRequest$,
  () => GetResponseHeadersPolicyResult$
];
var GetResponseHeadersPolicyConfig$ = [
  9,
  n0,
  _GRHPC,
  { [_h]: ["GET", "/2020-05-31/response-headers-policy/{Id}/config", 200] },
  () => GetResponseHeadersPolicyConfigRequest$,
  () => GetResponseHeadersPolicyConfigResult$
];
var GetStreamingDistribution$ = [
  9,
  n0,
  _GSD,
  { [_h]: ["GET", "/2020-05-31/streaming-distribution/{Id}", 200] },
  () => GetStreamingDistributionRequest$,
  () => GetStreamingDistributionResult$
];
var GetStreamingDistributionConfig$ = [
  9,
  n0,
  _GSDC,
  { [_h]: ["GET", "/2020-05-31/streaming-distribution/{Id}/config", 200] },
  () => GetStreamingDistributionConfigRequest$,
  () => GetStreamingDistributionConfigResult$
];
var GetTrustStore$ = [
  9,
  n0,
  _GTS,
  { [_h]: ["GET", "/2020-05-31/trust-store/{Identifier}", 200] },
  () => GetTrustStoreRequest$,
  () => GetTrustStoreResult$
];
var GetVpcOrigin$ = [
  9,
  n0,
  _GVO,
  { [_h]: ["GET", "/2020-05-31/vpc-origin/{Id}", 200] },
  () => GetVpcOriginRequest$,
  () => GetVpcOriginResult$
];
var ListAnycastIpLists$ = [
  9,
  n0,
  _LAIL,
  { [_h]: ["GET", "/2020-05-31/anycast-ip-list", 200] },
  () => ListAnycastIpListsRequest$,
  () => ListAnycastIpListsResult$
];
var ListCachePolicies$ = [
  9,
  n0,
  _LCP,
  { [_h]: ["GET", "/2020-05-31/cache-policy", 200] },
  () => ListCachePoliciesRequest$,
  () => ListCachePoliciesResult$
];
var ListCloudFrontOriginAccessIdentities$ = [
  9,
  n0,
  _LCFOAI,
  { [_h]: ["GET", "/2020-05-31/origin-access-identity/cloudfront", 200] },
  () => ListCloudFrontOriginAccessIdentitiesRequest$,
  () => ListCloudFrontOriginAccessIdentitiesResult$
];
var ListConflictingAliases$ = [
  9,
  n0,
  _LCA,
  { [_h]: ["GET", "/2020-05-31/conflicting-alias", 200] },
  () => ListConflictingAliasesRequest$,
  () => ListConflictingAliasesResult$
];
var ListConnectionFunctions$ = [
  9,
  n0,
  _LCF,
  { [_h]: ["POST", "/2020-05-31/connection-functions", 200] },
  () => ListConnectionFunctionsRequest$,
  () => ListConnectionFunctionsResult$
];
var ListConnectionGroups$ = [
  9,
  n0,
  _LCG,
  { [_h]: ["POST", "/2020-05-31/connection-groups", 200] },
  () => ListConnectionGroupsRequest$,
  () => ListConnectionGroupsResult$
];
var ListContinuousDeploymentPolicies$ = [
  9,
  n0,
  _LCDP,
  { [_h]: ["GET", "/2020-05-31/continuous-deployment-policy", 200] },
  () => ListContinuousDeploymentPoliciesRequest$,
  () => ListContinuousDeploymentPoliciesResult$
];
var ListDistributions$ = [
  9,
  n0,
  _LD,
  { [_h]: ["GET", "/2020-05-31/distribution", 200] },
  () => ListDistributionsRequest$,
  () => ListDistributionsResult$
];
var ListDistributionsByAnycastIpListId$ = [
  9,
  n0,
  _LDBAILI,
  { [_h]: ["GET", "/2020-05-31/distributionsByAnycastIpListId/{AnycastIpListId}", 200] },
  () => ListDistributionsByAnycastIpListIdRequest$,
  () => ListDistributionsByAnycastIpListIdResult$
];
var ListDistributionsByCachePolicyId$ = [
  9,
  n0,
  _LDBCPI,
  { [_h]: ["GET", "/2020-05-31/distributionsByCachePolicyId/{CachePolicyId}", 200] },
  () => ListDistributionsByCachePolicyIdRequest$,
  () => ListDistributionsByCachePolicyIdResult$
];
var ListDistributionsByConnectionFunction$ = [
  9,
  n0,
  _LDBCF,
  { [_h]: ["GET", "/2020-05-31/distributionsByConnectionFunction", 200] },
  () => ListDistributionsByConnectionFunctionRequest$,
  () => ListDistributionsByConnectionFunctionResult$
];
var ListDistributionsByConnectionMode$ = [
  9,
  n0,
  _LDBCM,
  { [_h]: ["GET", "/2020-05-31/distributionsByConnectionMode/{ConnectionMode}", 200] },
  () => ListDistributionsByConnectionModeRequest$,
  () => ListDistributionsByConnectionModeResult$
];
var ListDistributionsByKeyGroup$ = [
  9,
  n0,
  _LDBKG,
  { [_h]: ["GET", "/2020-05-31/distributionsByKeyGroupId/{KeyGroupId}", 200] },
  () => ListDistributionsByKeyGroupRequest$,
  () => ListDistributionsByKeyGroupResult$
];
var ListDistributionsByOriginRequestPolicyId$ = [
  9,
  n0,
  _LDBORPI,
  { [_h]: ["GET", "/2020-05-31/distributionsByOriginRequestPolicyId/{OriginRequestPolicyId}", 200] },
  () => ListDistributionsByOriginRequestPolicyIdRequest$,
  () => ListDistributionsByOriginRequestPolicyIdResult$
];
var ListDistributionsByOwnedResource$ = [
  9,
  n0,
  _LDBOR,
  { [_h]: ["GET", "/2020-05-31/distributionsByOwnedResource/{ResourceArn}", 200] },
  () => ListDistributionsByOwnedResourceRequest$,
  () => ListDistributionsByOwnedResourceResult$
];
var ListDistributionsByRealtimeLogConfig$ = [
  9,
  n0,
  _LDBRLC,
  { [_h]: ["POST", "/2020-05-31/distributionsByRealtimeLogConfig", 200] },
  () => ListDistributionsByRealtimeLogConfigRequest$,
  () => ListDistributionsByRealtimeLogConfigResult$
];
var ListDistributionsByResponseHeadersPolicyId$ = [
  9,
  n0,
  _LDBRHPI,
  { [_h]: ["GET", "/2020-05-31/distributionsByResponseHeadersPolicyId/{ResponseHeadersPolicyId}", 200] },
  () => ListDistributionsByResponseHeadersPolicyIdRequest$,
  () => ListDistributionsByResponseHeadersPolicyIdResult$
];
var ListDistributionsByTrustStore$ = [
  9,
  n0,
  _LDBTS,
  { [_h]: ["GET", "/2020-05-31/distributionsByTrustStore", 200] },
  () => ListDistributionsByTrustStoreRequest$,
  () => ListDistributionsByTrustStoreResult$
];
var ListDistributionsByVpcOriginId$ = [
  9,
  n0,
  _LDBVOI,
  { [_h]: ["GET", "/2020-05-31/distributionsByVpcOriginId/{VpcOriginId}", 200] },
  () => ListDistributionsByVpcOriginIdRequest$,
  () => ListDistributionsByVpcOriginIdResult$
];
var ListDistributionsByWebACLId$ = [
  9,
  n0,
  _LDBWACLI,
  { [_h]: ["GET", "/2020-05-31/distributionsByWebACLId/{WebACLId}", 200] },
  () => ListDistributionsByWebACLIdRequest$,
  () => ListDistributionsByWebACLIdResult$
];
var ListDistributionTenants$ = [
  9,
  n0,
  _LDT,
  { [_h]: ["POST", "/2020-05-31/distribution-tenants", 200] },
  () => ListDistributionTenantsRequest$,
  () => ListDistributionTenantsResult$
];
var ListDistributionTenantsByCustomization$ = [
  9,
  n0,
  _LDTBC,
  { [_h]: ["POST", "/2020-05-31/distribution-tenants-by-customization", 200] },
  () => ListDistributionTenantsByCustomizationRequest$,
  () => ListDistributionTenantsByCustomizationResult$
];
var ListDomainConflicts$ = [
  9,
  n0,
  _LDC,
  { [_h]: ["POST", "/2020-05-31/domain-conflicts", 200] },
  () => ListDomainConflictsRequest$,
  () => ListDomainConflictsResult$
];
var ListFieldLevelEncryptionConfigs$ = [
  9,
  n0,
  _LFLEC,
  { [_h]: ["GET", "/2020-05-31/field-level-encryption", 200] },
  () => ListFieldLevelEncryptionConfigsRequest$,
  () => ListFieldLevelEncryptionConfigsResult$
];
var ListFieldLevelEncryptionProfiles$ = [
  9,
  n0,
  _LFLEP,
  { [_h]: ["GET", "/2020-05-31/field-level-encryption-profile", 200] },
  () => ListFieldLevelEncryptionProfilesRequest$,
  () => ListFieldLevelEncryptionProfilesResult$
];
var ListFunctions$ = [
  9,
  n0,
  _LF,
  { [_h]: ["GET", "/2020-05-31/function", 200] },
  () => ListFunctionsRequest$,
  () => ListFunctionsResult$
];
var ListInvalidations$ = [
  9,
  n0,
  _LI,
  { [_h]: ["GET", "/2020-05-31/distribution/{DistributionId}/invalidation", 200] },
  () => ListInvalidationsRequest$,
  () => ListInvalidationsResult$
];
var ListInvalidationsForDistributionTenant$ = [
  9,
  n0,
  _LIFDT,
  { [_h]: ["GET", "/2020-05-31/distribution-tenant/{Id}/invalidation", 200] },
  () => ListInvalidationsForDistributionTenantRequest$,
  () => ListInvalidationsForDistributionTenantResult$
];
var ListKeyGroups$ = [
  9,
  n0,
  _LKG,
  { [_h]: ["GET", "/2020-05-31/key-group", 200] },
  () => ListKeyGroupsRequest$,
  () => ListKeyGroupsResult$
];
var ListKeyValueStores$ = [
  9,
  n0,
  _LKVS,
  { [_h]: ["GET", "/2020-05-31/key-value-store", 200] },
  () => ListKeyValueStoresRequest$,
  () => ListKeyValueStoresResult$
];
var ListOriginAccessControls$ = [
  9,
  n0,
  _LOAC,
  { [_h]: ["GET", "/2020-05-31/origin-access-control", 200] },
  () => ListOriginAccessControlsRequest$,
  () => ListOriginAccessControlsResult$
];
var ListOriginRequestPolicies$ = [
  9,
  n0,
  _LORP,
  { [_h]: ["GET", "/2020-05-31/origin-request-policy", 200] },
  () => ListOriginRequestPoliciesRequest$,
  () => ListOriginRequestPoliciesResult$
];
var ListPublicKeys$ = [
  9,
  n0,
  _LPK,
  { [_h]: ["GET", "/2020-05-31/public-key", 200] },
  () => ListPublicKeysRequest$,
  () => ListPublicKeysResult$
];
var ListRealtimeLogConfigs$ = [
  9,
  n0,
  _LRLC,
  { [_h]: ["GET", "/2020-05-31/realtime-log-config", 200] },
  () => ListRealtimeLogConfigsRequest$,
  () => ListRealtimeLogConfigsResult$
];
var ListResponseHeadersPolicies$ = [
  9,
  n0,
  _LRHP,
  { [_h]: ["GET", "/2020-05-31/response-headers-policy", 200] },
  () => ListResponseHeadersPoliciesRequest$,
  () => ListResponseHeadersPoliciesResult$
];
var ListStreamingDistributions$ = [
  9,
  n0,
  _LSD,
  { [_h]: ["GET", "/2020-05-31/streaming-distribution", 200] },
  () => ListStreamingDistributionsRequest$,
  () => ListStreamingDistributionsResult$
];
var ListTagsForResource$ = [
  9,
  n0,
  _LTFR,
  { [_h]: ["GET", "/2020-05-31/tagging", 200] },
  () => ListTagsForResourceRequest$,
  () => ListTagsForResourceResult$
];
var ListTrustStores$ = [
  9,
  n0,
  _LTS,
  { [_h]: ["POST", "/2020-05-31/trust-stores", 200] },
  () => ListTrustStoresRequest$,
  () => ListTrustStoresResult$
];
var ListVpcOrigins$ = [
  9,
  n0,
  _LVO,
  { [_h]: ["GET", "/2020-05-31/vpc-origin", 200] },
  () => ListVpcOriginsRequest$,
  () => ListVpcOriginsResult$
];
var PublishConnectionFunction$ = [
  9,
  n0,
  _PCF,
  { [_h]: ["POST", "/2020-05-31/connection-function/{Id}/publish", 200] },
  () => PublishConnectionFunctionRequest$,
  () => PublishConnectionFunctionResult$
];
var PublishFunction$ = [
  9,
  n0,
  _PFu,
  { [_h]: ["POST", "/2020-05-31/function/{Name}/publish", 200] },
  () => PublishFunctionRequest$,
  () => PublishFunctionResult$
];
var PutResourcePolicy$ = [
  9,
  n0,
  _PRP,
  { [_h]: ["POST", "/2020-05-31/put-resource-policy", 200] },
  () => PutResourcePolicyRequest$,
  () => PutResourcePolicyResult$
];
var TagResource$ = [
  9,
  n0,
  _TRag,
  { [_h]: ["POST", "/2020-05-31/tagging?Operation=Tag", 204] },
  () => TagResourceRequest$,
  () => __Unit
];
var TestConnectionFunction$ = [
  9,
  n0,
  _TCF,
  { [_h]: ["POST", "/2020-05-31/connection-function/{Id}/test", 200] },
  () => TestConnectionFunctionRequest$,
  () => TestConnectionFunctionResult$
];
var TestFunction$ = [
  9,
  n0,
  _TF,
  { [_h]: ["POST", "/2020-05-31/function/{Name}/test", 200] },
  () => TestFunctionRequest$,
  () => TestFunctionResult$
];
var UntagResource$ = [
  9,
  n0,
  _UR,
  { [_h]: ["POST", "/2020-05-31/tagging?Operation=Untag", 204] },
  () => UntagResourceRequest$,
  () => __Unit
];
var UpdateAnycastIpList$ = [
  9,
  n0,
  _UAIL,
  { [_h]: ["PUT", "/2020-05-31/anycast-ip-list/{Id}", 200] },
  () => UpdateAnycastIpListRequest$,
  () => UpdateAnycastIpListResult$
];
var UpdateCachePolicy$ = [
  9,
  n0,
  _UCP,
  { [_h]: ["PUT", "/2020-05-31/cache-policy/{Id}", 200] },
  () => UpdateCachePolicyRequest$,
  () => UpdateCachePolicyResult$
];
var UpdateCloudFrontOriginAccessIdentity$ = [
  9,
  n0,
  _UCFOAI,
  { [_h]: ["PUT", "/2020-05-31/origin-access-identity/cloudfront/{Id}/config", 200] },
  () => UpdateCloudFrontOriginAccessIdentityRequest$,
  () => UpdateCloudFrontOriginAccessIdentityResult$
];
var UpdateConnectionFunction$ = [
  9,
  n0,
  _UCF,
  { [_h]: ["PUT", "/2020-05-31/connection-function/{Id}", 200] },
  () => UpdateConnectionFunctionRequest$,
  () => UpdateConnectionFunctionResult$
];
var UpdateConnectionGroup$ = [
  9,
  n0,
  _UCG,
  { [_h]: ["PUT", "/2020-05-31/connection-group/{Id}", 200] },
  () => UpdateConnectionGroupRequest$,
  () => UpdateConnectionGroupResult$
];
var UpdateContinuousDeploymentPolicy$ = [
  9,
  n0,
  _UCDP,
  { [_h]: ["PUT", "/2020-05-31/continuous-deployment-policy/{Id}", 200] },
  () => UpdateContinuousDeploymentPolicyRequest$,
  () => UpdateContinuousDeploymentPolicyResult$
];
var UpdateDistribution$ = [
  9,
  n0,
  _UD,
  { [_h]: ["PUT", "/2020-05-31/distribution/{Id}/config", 200] },
  () => UpdateDistributionRequest$,
  () => UpdateDistributionResult$
];
var UpdateDistributionTenant$ = [
  9,
  n0,
  _UDT,
  { [_h]: ["PUT", "/2020-05-31/distribution-tenant/{Id}", 200] },
  () => UpdateDistributionTenantRequest$,
  () => UpdateDistributionTenantResult$
];
var UpdateDistributionWithStagingConfig$ = [
  9,
  n0,
  _UDWSC,
  { [_h]: ["PUT", "/2020-05-31/distribution/{Id}/promote-staging-config", 200] },
  () => UpdateDistributionWithStagingConfigRequest$,
  () => UpdateDistributionWithStagingConfigResult$
];
var UpdateDomainAssociation$ = [
  9,
  n0,
  _UDA,
  { [_h]: ["POST", "/2020-05-31/domain-association", 200] },
  () => UpdateDomainAssociationRequest$,
  () => UpdateDomainAssociationResult$
];
var UpdateFieldLevelEncryptionConfig$ = [
  9,
  n0,
  _UFLEC,
  { [_h]: ["PUT", "/2020-05-31/field-level-encryption/{Id}/config", 200] },
  () => UpdateFieldLevelEncryptionConfigRequest$,
  () => UpdateFieldLevelEncryptionConfigResult$
];
var UpdateFieldLevelEncryptionProfile$ = [
  9,
  n0,
  _UFLEP,
  { [_h]: ["PUT", "/2020-05-31/field-level-encryption-profile/{Id}/config", 200] },
  () => UpdateFieldLevelEncryptionProfileRequest$,
  () => UpdateFieldLevelEncryptionProfileResult$
];
var UpdateFunction$ = [
  9,
  n0,
  _UF,
  { [_h]: ["PUT", "/2020-05-31/function/{Name}", 200] },
  () => UpdateFunctionRequest$,
  () => UpdateFunctionResult$
];
var UpdateKeyGroup$ = [
  9,
  n0,
  _UKG,
  { [_h]: ["PUT", "/2020-05-31/key-group/{Id}", 200] },
  () => UpdateKeyGroupRequest$,
  () => UpdateKeyGroupResult$
];
var UpdateKeyValueStore$ = [
  9,
  n0,
  _UKVS,
  { [_h]: ["PUT", "/2020-05-31/key-value-store/{Name}", 200] },
  () => UpdateKeyValueStoreRequest$,
  () => UpdateKeyValueStoreResult$
];
var UpdateOriginAccessControl$ = [
  9,
  n0,
  _UOAC,
  { [_h]: ["PUT", "/2020-05-31/origin-access-control/{Id}/config", 200] },
  () => UpdateOriginAccessControlRequest$,
  () => UpdateOriginAccessControlResult$
];
var UpdateOriginRequestPolicy$ = [
  9,
  n0,
  _UORP,
  { [_h]: ["PUT", "/2020-05-31/origin-request-policy/{Id}", 200] },
  () => UpdateOriginRequestPolicyRequest$,
  () => UpdateOriginRequestPolicyResult$
];
var UpdatePublicKey$ = [
  9,
  n0,
  _UPK,
  { [_h]: ["PUT", "/2020-05-31/public-key/{Id}/config", 200] },
  () => UpdatePublicKeyRequest$,
  () => UpdatePublicKeyResult$
];
var UpdateRealtimeLogConfig$ = [
  9,
  n0,
  _URLC,
  { [_h]: ["PUT", "/2020-05-31/realtime-log-config", 200] },
  () => UpdateRealtimeLogConfigRequest$,
  () => UpdateRealtimeLogConfigResult$
];
var UpdateResponseHeadersPolicy$ = [
  9,
  n0,
  _URHP,
  { [_h]: ["PUT", "/2020-05-31/response-headers-policy/{Id}", 200] },
  () => UpdateResponseHeadersPolicyRequest$,
  () => UpdateResponseHeadersPolicyResult$
];
var UpdateStreamingDistribution$ = [
  9,
  n0,
  _USD,
  { [_h]: ["PUT", "/2020-05-31/streaming-distribution/{Id}/config", 200] },
  () => UpdateStreamingDistributionRequest$,
  () => UpdateStreamingDistributionResult$
];
var UpdateTrustStore$ = [
  9,
  n0,
  _UTS,
  { [_h]: ["PUT", "/2020-05-31/trust-store/{Id}", 200] },
  () => UpdateTrustStoreRequest$,
  () => UpdateTrustStoreResult$
];
var UpdateVpcOrigin$ = [
  9,
  n0,
  _UVO,
  { [_h]: ["PUT", "/2020-05-31/vpc-origin/{Id}", 202] },
  () => UpdateVpcOriginRequest$,
  () => UpdateVpcOriginResult$
];
var VerifyDnsConfiguration$ = [
  9,
  n0,
  _VDC,
  { [_h]: ["POST", "/2020-05-31/verify-dns-configuration", 200] },
  () => VerifyDnsConfigurationRequest$,
  () => VerifyDnsConfigurationResult$
];

// node_modules/@aws-sdk/client-cloudfront/dist-es/runtimeConfig.shared.js
var getRuntimeConfig = (config) => {
  return {
    apiVersion: "2020-05-31",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultCloudFrontHttpAuthSchemeProvider,
    httpAuthSchemes: config?.httpAuthSchemes ?? [
      {
        schemeId: "aws.auth#sigv4",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer()
      }
    ],
    logger: config?.logger ?? new NoOpLogger(),
    protocol: config?.protocol ?? AwsRestXmlProtocol,
    protocolSettings: config?.protocolSettings ?? {
      defaultNamespace: "com.amazonaws.cloudfront",
      errorTypeRegistries,
      xmlNamespace: "http://cloudfront.amazonaws.com/doc/2020-05-31/",
      version: "2020-05-31",
      serviceTarget: "Cloudfront2020_05_31"
    },
    serviceId: config?.serviceId ?? "CloudFront",
    sha256: config?.sha256 ?? Sha256Node,
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// node_modules/@aws-sdk/client-cloudfront/dist-es/runtimeConfig.js
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
    defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 3e5),
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

// node_modules/@aws-sdk/client-cloudfront/dist-es/auth/httpAuthExtensionConfiguration.js
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

// node_modules/@aws-sdk/client-cloudfront/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

// node_modules/@aws-sdk/client-cloudfront/dist-es/CloudFrontClient.js
var CloudFrontClient = class extends Client {
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
      httpAuthSchemeParametersProvider: defaultCloudFrontHttpAuthSchemeParametersProvider,
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

// node_modules/@aws-sdk/client-cloudfront/dist-es/commandBuilder.js
var command = makeBuilder(commonParams, "Cloudfront2020_05_31", "CloudFrontClient", getEndpointPlugin);
var _ep0 = {};
var _mw0 = (Command, cs, config, o3) => [];

// node_modules/@aws-sdk/client-cloudfront/dist-es/commands/CreateInvalidationCommand.js
var CreateInvalidationCommand = class extends command(_ep0, _mw0, "CreateInvalidation", CreateInvalidation$) {
};

// node_modules/@aws-sdk/client-cloudfront/dist-es/commands/GetInvalidationCommand.js
var GetInvalidationCommand = class extends command(_ep0, _mw0, "GetInvalidation", GetInvalidation$) {
};

// node_modules/@aws-sdk/checksums/dist-es/submodules/flexible-checksums/constants.js
var RequestChecksumCalculation = {
  WHEN_SUPPORTED: "WHEN_SUPPORTED",
  WHEN_REQUIRED: "WHEN_REQUIRED"
};
var DEFAULT_REQUEST_CHECKSUM_CALCULATION = RequestChecksumCalculation.WHEN_SUPPORTED;
var ResponseChecksumValidation = {
  WHEN_SUPPORTED: "WHEN_SUPPORTED",
  WHEN_REQUIRED: "WHEN_REQUIRED"
};
var DEFAULT_RESPONSE_CHECKSUM_VALIDATION = RequestChecksumCalculation.WHEN_SUPPORTED;
var ChecksumAlgorithm;
(function(ChecksumAlgorithm2) {
  ChecksumAlgorithm2["MD5"] = "MD5";
  ChecksumAlgorithm2["CRC32"] = "CRC32";
  ChecksumAlgorithm2["CRC32C"] = "CRC32C";
  ChecksumAlgorithm2["CRC64NVME"] = "CRC64NVME";
  ChecksumAlgorithm2["SHA1"] = "SHA1";
  ChecksumAlgorithm2["SHA256"] = "SHA256";
})(ChecksumAlgorithm || (ChecksumAlgorithm = {}));
var ChecksumLocation;
(function(ChecksumLocation2) {
  ChecksumLocation2["HEADER"] = "header";
  ChecksumLocation2["TRAILER"] = "trailer";
})(ChecksumLocation || (ChecksumLocation = {}));
var DEFAULT_CHECKSUM_ALGORITHM = ChecksumAlgorithm.CRC32;

// node_modules/@aws-sdk/checksums/dist-es/submodules/flexible-checksums/stringUnionSelector.js
var SelectorType2;
(function(SelectorType3) {
  SelectorType3["ENV"] = "env";
  SelectorType3["CONFIG"] = "shared config entry";
})(SelectorType2 || (SelectorType2 = {}));
var stringUnionSelector = (obj, key, union, type) => {
  if (!(key in obj)) {
    return void 0;
  }
  const value = obj[key].toUpperCase();
  if (!Object.values(union).includes(value)) {
    throw new TypeError(`Cannot load ${type} '${key}'. Expected one of ${Object.values(union)}, got '${obj[key]}'.`);
  }
  return value;
};

// node_modules/@aws-sdk/checksums/dist-es/submodules/flexible-checksums/NODE_REQUEST_CHECKSUM_CALCULATION_CONFIG_OPTIONS.js
var ENV_REQUEST_CHECKSUM_CALCULATION = "AWS_REQUEST_CHECKSUM_CALCULATION";
var CONFIG_REQUEST_CHECKSUM_CALCULATION = "request_checksum_calculation";
var NODE_REQUEST_CHECKSUM_CALCULATION_CONFIG_OPTIONS = {
  environmentVariableSelector: (env) => stringUnionSelector(env, ENV_REQUEST_CHECKSUM_CALCULATION, RequestChecksumCalculation, SelectorType2.ENV),
  configFileSelector: (profile) => stringUnionSelector(profile, CONFIG_REQUEST_CHECKSUM_CALCULATION, RequestChecksumCalculation, SelectorType2.CONFIG),
  default: DEFAULT_REQUEST_CHECKSUM_CALCULATION
};

// node_modules/@aws-sdk/checksums/dist-es/submodules/flexible-checksums/NODE_RESPONSE_CHECKSUM_VALIDATION_CONFIG_OPTIONS.js
var ENV_RESPONSE_CHECKSUM_VALIDATION = "AWS_RESPONSE_CHECKSUM_VALIDATION";
var CONFIG_RESPONSE_CHECKSUM_VALIDATION = "response_checksum_validation";
var NODE_RESPONSE_CHECKSUM_VALIDATION_CONFIG_OPTIONS = {
  environmentVariableSelector: (env) => stringUnionSelector(env, ENV_RESPONSE_CHECKSUM_VALIDATION, ResponseChecksumValidation, SelectorType2.ENV),
  configFileSelector: (profile) => stringUnionSelector(profile, CONFIG_RESPONSE_CHECKSUM_VALIDATION, ResponseChecksumValidation, SelectorType2.CONFIG),
  default: DEFAULT_RESPONSE_CHECKSUM_VALIDATION
};

// node_modules/@aws-sdk/checksums/dist-es/submodules/flexible-checksums/getChecksumAlgorithmForRequest.js
var getChecksumAlgorithmForRequest = (input, { requestChecksumRequired, requestAlgorithmMember, requestChecksumCalculation }) => {
  if (!requestAlgorithmMember) {
    return requestChecksumCalculation === RequestChecksumCalculation.WHEN_SUPPORTED || requestChecksumRequired ? DEFAULT_CHECKSUM_ALGORITHM : void 0;
  }
  if (!input[requestAlgorithmMember]) {
    return void 0;
  }
  const checksumAlgorithm = input[requestAlgorithmMember];
  return checksumAlgorithm;
};

// node_modules/@aws-sdk/checksums/dist-es/submodules/flexible-checksums/getChecksumLocationName.js
var getChecksumLocationName = (algorithm) => algorithm === ChecksumAlgorithm.MD5 ? "content-md5" : `x-amz-checksum-${algorithm.toLowerCase()}`;

// node_modules/@aws-sdk/checksums/dist-es/submodules/flexible-checksums/hasHeader.js
var hasHeader = (header, headers) => {
  const soughtHeader = header.toLowerCase();
  for (const headerName of Object.keys(headers)) {
    if (soughtHeader === headerName.toLowerCase()) {
      return true;
    }
  }
  return false;
};

// node_modules/@aws-sdk/checksums/dist-es/submodules/flexible-checksums/hasHeaderWithPrefix.js
var hasHeaderWithPrefix = (headerPrefix, headers) => {
  const soughtHeaderPrefix = headerPrefix.toLowerCase();
  for (const headerName of Object.keys(headers)) {
    if (headerName.toLowerCase().startsWith(soughtHeaderPrefix)) {
      return true;
    }
  }
  return false;
};

// node_modules/@aws-sdk/checksums/dist-es/submodules/flexible-checksums/isStreaming.js
var isStreaming = (body) => body !== void 0 && typeof body !== "string" && !ArrayBuffer.isView(body) && !isArrayBuffer(body);

// node_modules/@aws-sdk/checksums/dist-es/submodules/crc/crc32c/Crc32cJs.js
var T = new Uint32Array(256);
for (let i3 = 0; i3 < 256; ++i3) {
  let c3 = i3;
  for (let j3 = 0; j3 < 8; ++j3) {
    c3 = c3 & 1 ? 2197175160 ^ c3 >>> 1 : c3 >>> 1;
  }
  T[i3] = c3 >>> 0;
}
var Crc32cJs = class {
  digestLength = 4;
  crc = 4294967295;
  update(data) {
    let crc = this.crc;
    for (let i3 = 0; i3 < data.length; ++i3) {
      crc = crc >>> 8 ^ T[(crc ^ data[i3]) & 255];
    }
    this.crc = crc;
  }
  async digest() {
    const value = (this.crc ^ 4294967295) >>> 0;
    const out = new Uint8Array(4);
    out[0] = value >>> 24;
    out[1] = value >>> 16 & 255;
    out[2] = value >>> 8 & 255;
    out[3] = value & 255;
    return out;
  }
  reset() {
    this.crc = 4294967295;
  }
};

// node_modules/@aws-sdk/checksums/dist-es/submodules/crc/crc32c/Crc32cNode.js
var Crc32cNode = Crc32cJs;

// node_modules/@aws-sdk/checksums/dist-es/submodules/crc/crc64-nvme/crc64-nvme-crt-container.js
var crc64NvmeCrtContainer = {
  CrtCrc64Nvme: null
};

// node_modules/@aws-sdk/checksums/dist-es/submodules/crc/crc64-nvme/Crc64NvmeJs.js
var generateCRC64NVMETable = () => {
  const sliceLength = 8;
  const tables = new Array(sliceLength);
  for (let slice = 0; slice < sliceLength; slice++) {
    const table2 = new Array(512);
    for (let i3 = 0; i3 < 256; i3++) {
      let crc = BigInt(i3);
      for (let j3 = 0; j3 < 8 * (slice + 1); j3++) {
        if (crc & 1n) {
          crc = crc >> 1n ^ 0x9a6c9329ac4bc9b5n;
        } else {
          crc = crc >> 1n;
        }
      }
      table2[i3 * 2] = Number(crc >> 32n & 0xffffffffn);
      table2[i3 * 2 + 1] = Number(crc & 0xffffffffn);
    }
    tables[slice] = new Uint32Array(table2);
  }
  return tables;
};
var CRC64_NVME_REVERSED_TABLE;
var t0;
var t1;
var t2;
var t3;
var t4;
var t5;
var t6;
var t7;
var ensureTablesInitialized = () => {
  if (!CRC64_NVME_REVERSED_TABLE) {
    CRC64_NVME_REVERSED_TABLE = generateCRC64NVMETable();
    [t0, t1, t2, t3, t4, t5, t6, t7] = CRC64_NVME_REVERSED_TABLE;
  }
};
var Crc64NvmeJs = class {
  c1 = 0;
  c2 = 0;
  constructor() {
    ensureTablesInitialized();
    this.reset();
  }
  update(data) {
    const len = data.length;
    let i3 = 0;
    let crc1 = this.c1;
    let crc2 = this.c2;
    while (i3 + 8 <= len) {
      const idx0 = ((crc2 ^ data[i3++]) & 255) << 1;
      const idx1 = ((crc2 >>> 8 ^ data[i3++]) & 255) << 1;
      const idx2 = ((crc2 >>> 16 ^ data[i3++]) & 255) << 1;
      const idx3 = ((crc2 >>> 24 ^ data[i3++]) & 255) << 1;
      const idx4 = ((crc1 ^ data[i3++]) & 255) << 1;
      const idx5 = ((crc1 >>> 8 ^ data[i3++]) & 255) << 1;
      const idx6 = ((crc1 >>> 16 ^ data[i3++]) & 255) << 1;
      const idx7 = ((crc1 >>> 24 ^ data[i3++]) & 255) << 1;
      crc1 = t7[idx0] ^ t6[idx1] ^ t5[idx2] ^ t4[idx3] ^ t3[idx4] ^ t2[idx5] ^ t1[idx6] ^ t0[idx7];
      crc2 = t7[idx0 + 1] ^ t6[idx1 + 1] ^ t5[idx2 + 1] ^ t4[idx3 + 1] ^ t3[idx4 + 1] ^ t2[idx5 + 1] ^ t1[idx6 + 1] ^ t0[idx7 + 1];
    }
    while (i3 < len) {
      const idx = ((crc2 ^ data[i3]) & 255) << 1;
      crc2 = (crc2 >>> 8 | (crc1 & 255) << 24) >>> 0;
      crc1 = crc1 >>> 8 ^ t0[idx];
      crc2 ^= t0[idx + 1];
      ++i3;
    }
    this.c1 = crc1;
    this.c2 = crc2;
  }
  async digest() {
    const c1 = this.c1 ^ 4294967295;
    const c22 = this.c2 ^ 4294967295;
    return new Uint8Array([
      c1 >>> 24,
      c1 >>> 16 & 255,
      c1 >>> 8 & 255,
      c1 & 255,
      c22 >>> 24,
      c22 >>> 16 & 255,
      c22 >>> 8 & 255,
      c22 & 255
    ]);
  }
  reset() {
    this.c1 = 4294967295;
    this.c2 = 4294967295;
  }
};

// node_modules/@aws-sdk/checksums/dist-es/submodules/crc/crc64-nvme/Crc64Nvme.js
var Crc64Nvme = class {
  impl;
  constructor() {
    const Crt = crc64NvmeCrtContainer.CrtCrc64Nvme;
    this.impl = Crt ? new Crt() : new Crc64NvmeJs();
  }
  update(data) {
    this.impl.update(data);
  }
  async digest() {
    return this.impl.digest();
  }
  reset() {
    this.impl.reset();
  }
};

// node_modules/@aws-sdk/checksums/dist-es/submodules/flexible-checksums/types.js
var CLIENT_SUPPORTED_ALGORITHMS = [
  ChecksumAlgorithm.CRC32,
  ChecksumAlgorithm.CRC32C,
  ChecksumAlgorithm.CRC64NVME,
  ChecksumAlgorithm.SHA1,
  ChecksumAlgorithm.SHA256
];
var PRIORITY_ORDER_ALGORITHMS = [
  ChecksumAlgorithm.SHA256,
  ChecksumAlgorithm.SHA1,
  ChecksumAlgorithm.CRC32,
  ChecksumAlgorithm.CRC32C,
  ChecksumAlgorithm.CRC64NVME
];

// node_modules/@aws-sdk/checksums/dist-es/submodules/flexible-checksums/selectChecksumAlgorithmFunction.js
var selectChecksumAlgorithmFunction = (checksumAlgorithm, config) => {
  const { checksumAlgorithms = {} } = config;
  switch (checksumAlgorithm) {
    case ChecksumAlgorithm.MD5:
      return checksumAlgorithms?.MD5 ?? config.md5;
    case ChecksumAlgorithm.CRC32:
      return checksumAlgorithms?.CRC32 ?? Crc32Node;
    case ChecksumAlgorithm.CRC32C:
      return checksumAlgorithms?.CRC32C ?? Crc32cNode;
    case ChecksumAlgorithm.CRC64NVME:
      return checksumAlgorithms?.CRC64NVME ?? Crc64Nvme;
    case ChecksumAlgorithm.SHA1:
      return checksumAlgorithms?.SHA1 ?? config.sha1;
    case ChecksumAlgorithm.SHA256:
      return checksumAlgorithms?.SHA256 ?? config.sha256;
    default:
      if (checksumAlgorithms?.[checksumAlgorithm]) {
        return checksumAlgorithms[checksumAlgorithm];
      }
      throw new Error(`The checksum algorithm "${checksumAlgorithm}" is not supported by the client. Select one of ${CLIENT_SUPPORTED_ALGORITHMS}, or provide an implementation to  the client constructor checksums field.`);
  }
};

// node_modules/@aws-sdk/checksums/dist-es/submodules/flexible-checksums/stringHasher.js
var stringHasher = (checksumAlgorithmFn, body) => {
  const hash = new checksumAlgorithmFn();
  hash.update(toUint8Array(body || ""));
  return hash.digest();
};

// node_modules/@aws-sdk/checksums/dist-es/submodules/flexible-checksums/flexibleChecksumsMiddleware.js
var flexibleChecksumsMiddlewareOptions = {
  name: "flexibleChecksumsMiddleware",
  step: "build",
  tags: ["BODY_CHECKSUM"],
  override: true
};
var flexibleChecksumsMiddleware = (config, middlewareConfig) => (next, context) => async (args) => {
  if (!HttpRequest.isInstance(args.request)) {
    return next(args);
  }
  if (hasHeaderWithPrefix("x-amz-checksum-", args.request.headers)) {
    return next(args);
  }
  const { request, input } = args;
  const { body: requestBody, headers } = request;
  const { base64Encoder, streamHasher } = config;
  const { requestChecksumRequired, requestAlgorithmMember } = middlewareConfig;
  const requestChecksumCalculation = await config.requestChecksumCalculation();
  const requestAlgorithmMemberName = requestAlgorithmMember?.name;
  const requestAlgorithmMemberHttpHeader = requestAlgorithmMember?.httpHeader;
  if (requestAlgorithmMemberName && !input[requestAlgorithmMemberName]) {
    if (requestChecksumCalculation === RequestChecksumCalculation.WHEN_SUPPORTED || requestChecksumRequired) {
      input[requestAlgorithmMemberName] = DEFAULT_CHECKSUM_ALGORITHM;
      if (requestAlgorithmMemberHttpHeader) {
        headers[requestAlgorithmMemberHttpHeader] = DEFAULT_CHECKSUM_ALGORITHM;
      }
    }
  }
  const checksumAlgorithm = getChecksumAlgorithmForRequest(input, {
    requestChecksumRequired,
    requestAlgorithmMember: requestAlgorithmMember?.name,
    requestChecksumCalculation
  });
  let updatedBody = requestBody;
  let updatedHeaders = headers;
  if (checksumAlgorithm) {
    switch (checksumAlgorithm) {
      case ChecksumAlgorithm.CRC32:
        setFeature(context, "FLEXIBLE_CHECKSUMS_REQ_CRC32", "U");
        break;
      case ChecksumAlgorithm.CRC32C:
        setFeature(context, "FLEXIBLE_CHECKSUMS_REQ_CRC32C", "V");
        break;
      case ChecksumAlgorithm.CRC64NVME:
        setFeature(context, "FLEXIBLE_CHECKSUMS_REQ_CRC64", "W");
        break;
      case ChecksumAlgorithm.SHA1:
        setFeature(context, "FLEXIBLE_CHECKSUMS_REQ_SHA1", "X");
        break;
      case ChecksumAlgorithm.SHA256:
        setFeature(context, "FLEXIBLE_CHECKSUMS_REQ_SHA256", "Y");
        break;
    }
    const checksumLocationName = getChecksumLocationName(checksumAlgorithm);
    const checksumAlgorithmFn = selectChecksumAlgorithmFunction(checksumAlgorithm, config);
    if (isStreaming(requestBody)) {
      const { getAwsChunkedEncodingStream: getAwsChunkedEncodingStream2, bodyLengthChecker } = config;
      updatedBody = getAwsChunkedEncodingStream2(typeof config.requestStreamBufferSize === "number" && config.requestStreamBufferSize >= 8 * 1024 ? createBufferedReadable(requestBody, config.requestStreamBufferSize, context.logger) : requestBody, {
        base64Encoder,
        bodyLengthChecker,
        checksumLocationName,
        checksumAlgorithmFn,
        streamHasher
      });
      updatedHeaders = {
        ...headers,
        "content-encoding": headers["content-encoding"] ? `${headers["content-encoding"]},aws-chunked` : "aws-chunked",
        "transfer-encoding": "chunked",
        "x-amz-decoded-content-length": headers["content-length"],
        "x-amz-content-sha256": "STREAMING-UNSIGNED-PAYLOAD-TRAILER",
        "x-amz-trailer": checksumLocationName
      };
      delete updatedHeaders["content-length"];
    } else if (!hasHeader(checksumLocationName, headers)) {
      const rawChecksum = await stringHasher(checksumAlgorithmFn, requestBody);
      updatedHeaders = {
        ...headers,
        [checksumLocationName]: base64Encoder(rawChecksum)
      };
    }
  }
  try {
    const result = await next({
      ...args,
      request: {
        ...request,
        headers: updatedHeaders,
        body: updatedBody
      }
    });
    return result;
  } catch (e3) {
    if (e3 instanceof Error && e3.name === "InvalidChunkSizeError") {
      try {
        if (!e3.message.endsWith(".")) {
          e3.message += ".";
        }
        e3.message += " Set [requestStreamBufferSize=number e.g. 65_536] in client constructor to instruct AWS SDK to buffer your input stream.";
      } catch (ignored) {
      }
    }
    throw e3;
  }
};

// node_modules/@aws-sdk/checksums/dist-es/submodules/flexible-checksums/flexibleChecksumsInputMiddleware.js
var flexibleChecksumsInputMiddlewareOptions = {
  name: "flexibleChecksumsInputMiddleware",
  toMiddleware: "serializerMiddleware",
  relation: "before",
  tags: ["BODY_CHECKSUM"],
  override: true
};
var flexibleChecksumsInputMiddleware = (config, middlewareConfig) => (next, context) => async (args) => {
  const input = args.input;
  const { requestValidationModeMember } = middlewareConfig;
  const requestChecksumCalculation = await config.requestChecksumCalculation();
  const responseChecksumValidation = await config.responseChecksumValidation();
  switch (requestChecksumCalculation) {
    case RequestChecksumCalculation.WHEN_REQUIRED:
      setFeature(context, "FLEXIBLE_CHECKSUMS_REQ_WHEN_REQUIRED", "a");
      break;
    case RequestChecksumCalculation.WHEN_SUPPORTED:
      setFeature(context, "FLEXIBLE_CHECKSUMS_REQ_WHEN_SUPPORTED", "Z");
      break;
  }
  switch (responseChecksumValidation) {
    case ResponseChecksumValidation.WHEN_REQUIRED:
      setFeature(context, "FLEXIBLE_CHECKSUMS_RES_WHEN_REQUIRED", "c");
      break;
    case ResponseChecksumValidation.WHEN_SUPPORTED:
      setFeature(context, "FLEXIBLE_CHECKSUMS_RES_WHEN_SUPPORTED", "b");
      break;
  }
  if (requestValidationModeMember && !input[requestValidationModeMember]) {
    if (responseChecksumValidation === ResponseChecksumValidation.WHEN_SUPPORTED) {
      input[requestValidationModeMember] = "ENABLED";
    }
  }
  return next(args);
};

// node_modules/@aws-sdk/checksums/dist-es/submodules/flexible-checksums/getChecksumAlgorithmListForResponse.js
var getChecksumAlgorithmListForResponse = (responseAlgorithms = []) => {
  const validChecksumAlgorithms = [];
  let i3 = PRIORITY_ORDER_ALGORITHMS.length;
  for (const algorithm of responseAlgorithms) {
    const priority = PRIORITY_ORDER_ALGORITHMS.indexOf(algorithm);
    if (priority !== -1) {
      validChecksumAlgorithms[priority] = algorithm;
    } else {
      validChecksumAlgorithms[i3++] = algorithm;
    }
  }
  return validChecksumAlgorithms.filter(Boolean);
};

// node_modules/@aws-sdk/checksums/dist-es/submodules/flexible-checksums/isChecksumWithPartNumber.js
var isChecksumWithPartNumber = (checksum) => {
  const lastHyphenIndex = checksum.lastIndexOf("-");
  if (lastHyphenIndex !== -1) {
    const numberPart = checksum.slice(lastHyphenIndex + 1);
    if (!numberPart.startsWith("0")) {
      const number = parseInt(numberPart, 10);
      if (!isNaN(number) && number >= 1 && number <= 1e4) {
        return true;
      }
    }
  }
  return false;
};

// node_modules/@aws-sdk/checksums/dist-es/submodules/flexible-checksums/getChecksum.js
var getChecksum = async (body, { checksumAlgorithmFn, base64Encoder }) => base64Encoder(await stringHasher(checksumAlgorithmFn, body));

// node_modules/@aws-sdk/checksums/dist-es/submodules/flexible-checksums/validateChecksumFromResponse.js
var validateChecksumFromResponse = async (response, { config, responseAlgorithms, logger }) => {
  const checksumAlgorithms = getChecksumAlgorithmListForResponse(responseAlgorithms);
  const { body: responseBody, headers: responseHeaders } = response;
  for (const algorithm of checksumAlgorithms) {
    const responseHeader = getChecksumLocationName(algorithm);
    const checksumFromResponse = responseHeaders[responseHeader];
    if (checksumFromResponse) {
      let checksumAlgorithmFn;
      try {
        checksumAlgorithmFn = selectChecksumAlgorithmFunction(algorithm, config);
      } catch (error2) {
        if (algorithm === ChecksumAlgorithm.CRC64NVME) {
          logger?.warn(`Skipping ${ChecksumAlgorithm.CRC64NVME} checksum validation: ${error2.message}`);
          continue;
        }
        throw error2;
      }
      const { base64Encoder } = config;
      if (isStreaming(responseBody)) {
        response.body = createChecksumStream({
          expectedChecksum: checksumFromResponse,
          checksumSourceLocation: responseHeader,
          checksum: new checksumAlgorithmFn(),
          source: responseBody,
          base64Encoder
        });
        return;
      }
      const checksum = await getChecksum(responseBody, { checksumAlgorithmFn, base64Encoder });
      if (checksum === checksumFromResponse) {
        break;
      }
      throw new Error(`Checksum mismatch: expected "${checksum}" but received "${checksumFromResponse}" in response header "${responseHeader}".`);
    }
  }
};

// node_modules/@aws-sdk/checksums/dist-es/submodules/flexible-checksums/flexibleChecksumsResponseMiddleware.js
var flexibleChecksumsResponseMiddlewareOptions = {
  name: "flexibleChecksumsResponseMiddleware",
  toMiddleware: "deserializerMiddleware",
  relation: "after",
  tags: ["BODY_CHECKSUM"],
  override: true
};
var flexibleChecksumsResponseMiddleware = (config, middlewareConfig) => (next, context) => async (args) => {
  if (!HttpRequest.isInstance(args.request)) {
    return next(args);
  }
  const input = args.input;
  const result = await next(args);
  const response = result.response;
  const { requestValidationModeMember, responseAlgorithms } = middlewareConfig;
  if (requestValidationModeMember && input[requestValidationModeMember] === "ENABLED") {
    const { clientName, commandName } = context;
    const customChecksumAlgorithms = Object.keys(config.checksumAlgorithms ?? {}).filter((algorithm) => {
      const responseHeader = getChecksumLocationName(algorithm);
      return response.headers[responseHeader] !== void 0;
    });
    const algoList = getChecksumAlgorithmListForResponse([
      ...responseAlgorithms ?? [],
      ...customChecksumAlgorithms
    ]);
    const isS3WholeObjectMultipartGetResponseChecksum = clientName === "S3Client" && commandName === "GetObjectCommand" && algoList.every((algorithm) => {
      const responseHeader = getChecksumLocationName(algorithm);
      const checksumFromResponse = response.headers[responseHeader];
      return !checksumFromResponse || isChecksumWithPartNumber(checksumFromResponse);
    });
    if (isS3WholeObjectMultipartGetResponseChecksum) {
      return result;
    }
    await validateChecksumFromResponse(response, {
      config,
      responseAlgorithms: algoList,
      logger: context.logger
    });
  }
  return result;
};

// node_modules/@aws-sdk/checksums/dist-es/submodules/flexible-checksums/getFlexibleChecksumsPlugin.js
var getFlexibleChecksumsPlugin = (config, middlewareConfig) => ({
  applyToStack: (clientStack) => {
    clientStack.add(flexibleChecksumsMiddleware(config, middlewareConfig), flexibleChecksumsMiddlewareOptions);
    clientStack.addRelativeTo(flexibleChecksumsInputMiddleware(config, middlewareConfig), flexibleChecksumsInputMiddlewareOptions);
    clientStack.addRelativeTo(flexibleChecksumsResponseMiddleware(config, middlewareConfig), flexibleChecksumsResponseMiddlewareOptions);
  }
});

// node_modules/@aws-sdk/checksums/dist-es/submodules/flexible-checksums/resolveFlexibleChecksumsConfig.js
var resolveFlexibleChecksumsConfig = (input) => {
  const { requestChecksumCalculation, responseChecksumValidation, requestStreamBufferSize } = input;
  return Object.assign(input, {
    requestChecksumCalculation: normalizeProvider(requestChecksumCalculation ?? DEFAULT_REQUEST_CHECKSUM_CALCULATION),
    responseChecksumValidation: normalizeProvider(responseChecksumValidation ?? DEFAULT_RESPONSE_CHECKSUM_VALIDATION),
    requestStreamBufferSize: Number(requestStreamBufferSize ?? 0),
    checksumAlgorithms: input.checksumAlgorithms ?? {}
  });
};

// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3/middleware-check-content-length-header/check-content-length-header.js
var CONTENT_LENGTH_HEADER = "content-length";
var DECODED_CONTENT_LENGTH_HEADER = "x-amz-decoded-content-length";
function checkContentLengthHeader() {
  return (next, context) => async (args) => {
    const { request } = args;
    if (HttpRequest.isInstance(request)) {
      if (!(CONTENT_LENGTH_HEADER in request.headers) && !(DECODED_CONTENT_LENGTH_HEADER in request.headers)) {
        const message = `Are you using a Stream of unknown length as the Body of a PutObject request? Consider using Upload instead from @aws-sdk/lib-storage.`;
        if (typeof context?.logger?.warn === "function" && !(context.logger instanceof NoOpLogger)) {
          context.logger.warn(message);
        } else {
          console.warn(message);
        }
      }
    }
    return next({ ...args });
  };
}
var checkContentLengthHeaderMiddlewareOptions = {
  step: "finalizeRequest",
  tags: ["CHECK_CONTENT_LENGTH_HEADER"],
  name: "getCheckContentLengthHeaderPlugin",
  override: true
};
var getCheckContentLengthHeaderPlugin = (unused) => ({
  applyToStack: (clientStack) => {
    clientStack.add(checkContentLengthHeader(), checkContentLengthHeaderMiddlewareOptions);
  }
});

// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3/middleware-region-redirect/region-redirect-endpoint-middleware.js
var regionRedirectEndpointMiddleware = (config) => {
  return (next, context) => async (args) => {
    const originalRegion = await config.region();
    const regionProviderRef = config.region;
    let unlock = () => {
    };
    if (context.__s3RegionRedirect) {
      Object.defineProperty(config, "region", {
        writable: false,
        value: async () => {
          return context.__s3RegionRedirect;
        }
      });
      unlock = () => Object.defineProperty(config, "region", {
        writable: true,
        value: regionProviderRef
      });
    }
    try {
      const result = await next(args);
      if (context.__s3RegionRedirect) {
        unlock();
        const region = await config.region();
        if (originalRegion !== region) {
          throw new Error("Region was not restored following S3 region redirect.");
        }
      }
      return result;
    } catch (e3) {
      unlock();
      throw e3;
    }
  };
};
var regionRedirectEndpointMiddlewareOptions = {
  tags: ["REGION_REDIRECT", "S3"],
  name: "regionRedirectEndpointMiddleware",
  override: true,
  relation: "before",
  toMiddleware: "endpointV2Middleware"
};

// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3/middleware-region-redirect/region-redirect-middleware.js
function regionRedirectMiddleware(clientConfig) {
  return (next, context) => async (args) => {
    try {
      return await next(args);
    } catch (err) {
      if (clientConfig.followRegionRedirects) {
        const statusCode = err?.$metadata?.httpStatusCode;
        const isHeadBucket = context.commandName === "HeadBucketCommand";
        const bucketRegionHeader = err?.$response?.headers?.["x-amz-bucket-region"];
        if (bucketRegionHeader) {
          if (statusCode === 301 || statusCode === 400 && (err?.name === "IllegalLocationConstraintException" || isHeadBucket)) {
            try {
              const actualRegion = bucketRegionHeader;
              context.logger?.debug(`Redirecting from ${await clientConfig.region()} to ${actualRegion}`);
              context.__s3RegionRedirect = actualRegion;
              setFeature(context, "S3_REGION_REDIRECT", "Ah");
            } catch (e3) {
              throw new Error("Region redirect failed: " + e3);
            }
            return next(args);
          }
        }
      }
      throw err;
    }
  };
}
var regionRedirectMiddlewareOptions = {
  step: "initialize",
  tags: ["REGION_REDIRECT", "S3"],
  name: "regionRedirectMiddleware",
  override: true
};
var getRegionRedirectMiddlewarePlugin = (clientConfig) => ({
  applyToStack: (clientStack) => {
    clientStack.add(regionRedirectMiddleware(clientConfig), regionRedirectMiddlewareOptions);
    clientStack.addRelativeTo(regionRedirectEndpointMiddleware(clientConfig), regionRedirectEndpointMiddlewareOptions);
  }
});

// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3/middleware-s3-express/classes/S3ExpressIdentityCache.js
var S3ExpressIdentityCache = class _S3ExpressIdentityCache {
  data;
  lastPurgeTime = Date.now();
  static EXPIRED_CREDENTIAL_PURGE_INTERVAL_MS = 3e4;
  constructor(data = {}) {
    this.data = data;
  }
  get(key) {
    const entry = this.data[key];
    if (!entry) {
      return;
    }
    return entry;
  }
  set(key, entry) {
    this.data[key] = entry;
    return entry;
  }
  delete(key) {
    delete this.data[key];
  }
  clear() {
    this.data = {};
  }
  async purgeExpired() {
    const now = Date.now();
    if (this.lastPurgeTime + _S3ExpressIdentityCache.EXPIRED_CREDENTIAL_PURGE_INTERVAL_MS > now) {
      return;
    }
    const data = this.data;
    for (const key in data) {
      const entry = data[key];
      if (!entry.isRefreshing) {
        const credential = await entry.identity;
        if (credential.expiration) {
          if (credential.expiration.getTime() < now && data[key] === entry) {
            delete data[key];
          }
        }
      }
    }
  }
};

// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3/middleware-s3-express/classes/S3ExpressIdentityCacheEntry.js
var S3ExpressIdentityCacheEntry = class {
  _identity;
  isRefreshing;
  accessed;
  constructor(_identity, isRefreshing = false, accessed = Date.now()) {
    this._identity = _identity;
    this.isRefreshing = isRefreshing;
    this.accessed = accessed;
  }
  get identity() {
    this.accessed = Date.now();
    return this._identity;
  }
};

// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3/middleware-s3-express/classes/S3ExpressIdentityProviderImpl.js
var S3ExpressIdentityProviderImpl = class _S3ExpressIdentityProviderImpl {
  createSessionFn;
  cache;
  static REFRESH_WINDOW_MS = 6e4;
  accessKeyId;
  cacheGeneration = 0;
  constructor(createSessionFn, cache3 = new S3ExpressIdentityCache()) {
    this.createSessionFn = createSessionFn;
    this.cache = cache3;
  }
  async getS3ExpressIdentity(awsIdentity, identityProperties) {
    const bucket = identityProperties.Bucket;
    const { cache: cache3 } = this;
    if (awsIdentity.accessKeyId !== this.accessKeyId) {
      this.accessKeyId = awsIdentity.accessKeyId;
      this.cacheGeneration++;
      cache3.clear();
    }
    const cacheGeneration = this.cacheGeneration;
    const entry = cache3.get(bucket);
    if (entry) {
      return entry.identity.then((identity) => {
        const isExpired = (identity.expiration?.getTime() ?? 0) < Date.now();
        if (isExpired) {
          return cache3.set(bucket, new S3ExpressIdentityCacheEntry(this.getIdentity(bucket))).identity;
        }
        const isExpiringSoon = (identity.expiration?.getTime() ?? 0) < Date.now() + _S3ExpressIdentityProviderImpl.REFRESH_WINDOW_MS;
        if (isExpiringSoon && !entry.isRefreshing) {
          entry.isRefreshing = true;
          this.getIdentity(bucket).then((id) => {
            if (cacheGeneration === this.cacheGeneration) {
              cache3.set(bucket, new S3ExpressIdentityCacheEntry(Promise.resolve(id)));
            }
          });
        }
        return identity;
      });
    }
    return cache3.set(bucket, new S3ExpressIdentityCacheEntry(this.getIdentity(bucket))).identity;
  }
  async getIdentity(bucket) {
    await this.cache.purgeExpired().catch((error2) => {
      console.warn("Error while clearing expired entries in S3ExpressIdentityCache: \n" + error2);
    });
    const session = await this.createSessionFn(bucket);
    if (!session.Credentials?.AccessKeyId || !session.Credentials?.SecretAccessKey) {
      throw new Error("s3#createSession response credential missing AccessKeyId or SecretAccessKey.");
    }
    const identity = {
      accessKeyId: session.Credentials.AccessKeyId,
      secretAccessKey: session.Credentials.SecretAccessKey,
      sessionToken: session.Credentials.SessionToken,
      expiration: session.Credentials.Expiration ? new Date(session.Credentials.Expiration) : void 0
    };
    return identity;
  }
};

// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3/middleware-s3-configuration/s3Configuration.js
var resolveS3Config = (input, { session }) => {
  const [s3ClientProvider, CreateSessionCommandCtor] = session;
  const { forcePathStyle, useAccelerateEndpoint, disableMultiregionAccessPoints, followRegionRedirects, s3ExpressIdentityProvider, bucketEndpoint, expectContinueHeader } = input;
  return Object.assign(input, {
    forcePathStyle: forcePathStyle ?? false,
    useAccelerateEndpoint: useAccelerateEndpoint ?? false,
    disableMultiregionAccessPoints: disableMultiregionAccessPoints ?? false,
    followRegionRedirects: followRegionRedirects ?? false,
    s3ExpressIdentityProvider: s3ExpressIdentityProvider ?? new S3ExpressIdentityProviderImpl(async (key) => s3ClientProvider().send(new CreateSessionCommandCtor({
      Bucket: key
    }))),
    bucketEndpoint: bucketEndpoint ?? false,
    expectContinueHeader: expectContinueHeader ?? 2097152
  });
};

// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3/middleware-s3-express/constants.js
var S3_EXPRESS_BUCKET_TYPE = "Directory";
var S3_EXPRESS_BACKEND = "S3Express";
var S3_EXPRESS_AUTH_SCHEME = "sigv4-s3express";
var SESSION_TOKEN_QUERY_PARAM = "X-Amz-S3session-Token";
var SESSION_TOKEN_HEADER = SESSION_TOKEN_QUERY_PARAM.toLowerCase();
var NODE_DISABLE_S3_EXPRESS_SESSION_AUTH_ENV_NAME = "AWS_S3_DISABLE_EXPRESS_SESSION_AUTH";
var NODE_DISABLE_S3_EXPRESS_SESSION_AUTH_INI_NAME = "s3_disable_express_session_auth";
var NODE_DISABLE_S3_EXPRESS_SESSION_AUTH_OPTIONS = {
  environmentVariableSelector: (env) => booleanSelector(env, NODE_DISABLE_S3_EXPRESS_SESSION_AUTH_ENV_NAME, SelectorType.ENV),
  configFileSelector: (profile) => booleanSelector(profile, NODE_DISABLE_S3_EXPRESS_SESSION_AUTH_INI_NAME, SelectorType.CONFIG),
  default: false
};

// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3/middleware-s3-express/functions/s3ExpressMiddleware.js
var s3ExpressMiddleware = (options) => {
  return (next, context) => async (args) => {
    if (context.endpointV2) {
      const endpoint = context.endpointV2;
      const isS3ExpressAuth = endpoint.properties?.authSchemes?.[0]?.name === S3_EXPRESS_AUTH_SCHEME;
      const isS3ExpressBucket = endpoint.properties?.backend === S3_EXPRESS_BACKEND || endpoint.properties?.bucketType === S3_EXPRESS_BUCKET_TYPE;
      if (isS3ExpressBucket) {
        setFeature(context, "S3_EXPRESS_BUCKET", "J");
        context.isS3ExpressBucket = true;
      }
      if (isS3ExpressAuth) {
        const requestBucket = args.input.Bucket;
        if (requestBucket) {
          const s3ExpressIdentity = await options.s3ExpressIdentityProvider.getS3ExpressIdentity(await options.credentials(), {
            Bucket: requestBucket
          });
          context.s3ExpressIdentity = s3ExpressIdentity;
          if (HttpRequest.isInstance(args.request) && s3ExpressIdentity.sessionToken) {
            args.request.headers[SESSION_TOKEN_HEADER] = s3ExpressIdentity.sessionToken;
          }
        }
      }
    }
    return next(args);
  };
};
var s3ExpressMiddlewareOptions = {
  name: "s3ExpressMiddleware",
  step: "build",
  tags: ["S3", "S3_EXPRESS"],
  override: true
};
var getS3ExpressPlugin = (options) => ({
  applyToStack: (clientStack) => {
    clientStack.add(s3ExpressMiddleware(options), s3ExpressMiddlewareOptions);
  }
});

// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3/middleware-s3-express/functions/signS3Express.js
var signS3Express = async (s3ExpressIdentity, signingOptions, request, sigV4MultiRegionSigner) => {
  const signedRequest = await sigV4MultiRegionSigner.signWithCredentials(request, s3ExpressIdentity, {});
  if (signedRequest.headers["X-Amz-Security-Token"] || signedRequest.headers["x-amz-security-token"]) {
    throw new Error("X-Amz-Security-Token must not be set for s3-express requests.");
  }
  return signedRequest;
};

// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3/middleware-s3-express/functions/s3ExpressHttpSigningMiddleware.js
var defaultErrorHandler = (signingProperties) => (error2) => {
  throw error2;
};
var defaultSuccessHandler = (httpResponse, signingProperties) => {
};
var s3ExpressHttpSigningMiddleware = (config) => (next, context) => async (args) => {
  if (!HttpRequest.isInstance(args.request)) {
    return next(args);
  }
  const smithyContext = getSmithyContext(context);
  const scheme = smithyContext.selectedHttpAuthScheme;
  if (!scheme) {
    throw new Error(`No HttpAuthScheme was selected: unable to sign request`);
  }
  const { httpAuthOption: { signingProperties = {} }, identity, signer } = scheme;
  let request;
  if (context.s3ExpressIdentity) {
    request = await signS3Express(context.s3ExpressIdentity, signingProperties, args.request, await config.signer());
  } else {
    request = await signer.sign(args.request, identity, signingProperties);
  }
  const output = await next({
    ...args,
    request
  }).catch((signer.errorHandler || defaultErrorHandler)(signingProperties));
  (signer.successHandler || defaultSuccessHandler)(output.response, signingProperties);
  return output;
};
var getS3ExpressHttpSigningPlugin = (config) => ({
  applyToStack: (clientStack) => {
    clientStack.addRelativeTo(s3ExpressHttpSigningMiddleware(config), httpSigningMiddlewareOptions);
  }
});

// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3/to-stream/toStream.js
import { Readable } from "node:stream";
function toStream(bytes) {
  return Readable.from(Buffer.from(bytes));
}

// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3/middleware-throw-200-exceptions/throw-200-exceptions.js
var THROW_IF_EMPTY_BODY = {
  CopyObjectCommand: true,
  UploadPartCopyCommand: true,
  CompleteMultipartUploadCommand: true
};
var throw200ExceptionsMiddleware = (config) => (next, context) => async (args) => {
  const result = await next(args);
  const { response } = result;
  if (!HttpResponse.isInstance(response)) {
    return result;
  }
  const { statusCode, body } = response;
  if (statusCode < 200 || statusCode >= 300) {
    return result;
  }
  const bodyBytes = await collectBody(body, config);
  response.body = toStream(bodyBytes);
  if (bodyBytes.length === 0 && THROW_IF_EMPTY_BODY[context.commandName]) {
    const err = new Error("S3 aborted request");
    err.$metadata = {
      httpStatusCode: 503
    };
    err.name = "InternalError";
    throw err;
  }
  const bodyStringTail = config.utf8Encoder(bodyBytes.subarray(bodyBytes.length - 16));
  if (bodyStringTail && bodyStringTail.endsWith("</Error>")) {
    response.statusCode = 503;
  }
  return result;
};
var collectBody = (streamBody = new Uint8Array(), context) => {
  if (streamBody instanceof Uint8Array) {
    return Promise.resolve(streamBody);
  }
  return context.streamCollector(streamBody) || Promise.resolve(new Uint8Array());
};
var throw200ExceptionsMiddlewareOptions = {
  relation: "after",
  toMiddleware: "deserializerMiddleware",
  tags: ["THROW_200_EXCEPTIONS", "S3"],
  name: "throw200ExceptionsMiddleware",
  override: true
};
var getThrow200ExceptionsPlugin = (config) => ({
  applyToStack: (clientStack) => {
    clientStack.addRelativeTo(throw200ExceptionsMiddleware(config), throw200ExceptionsMiddlewareOptions);
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/util/util-arn-parser/arn.js
var validate = (str) => typeof str === "string" && str.indexOf("arn:") === 0 && str.split(":").length >= 6;

// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3/middleware-region-redirect/bucket-endpoint-middleware.js
function bucketEndpointMiddleware(options) {
  return (next, context) => async (args) => {
    if (options.bucketEndpoint) {
      const endpoint = context.endpointV2;
      if (endpoint) {
        const bucket = args.input.Bucket;
        if (typeof bucket === "string") {
          try {
            const bucketEndpointUrl = new URL(bucket);
            context.endpointV2 = {
              ...endpoint,
              url: bucketEndpointUrl
            };
          } catch (e3) {
            const warning2 = `@aws-sdk/middleware-sdk-s3: bucketEndpoint=true was set but Bucket=${bucket} could not be parsed as URL.`;
            if (context.logger?.constructor?.name === "NoOpLogger") {
              console.warn(warning2);
            } else {
              context.logger?.warn?.(warning2);
            }
            throw e3;
          }
        }
      }
    }
    return next(args);
  };
}
var bucketEndpointMiddlewareOptions = {
  name: "bucketEndpointMiddleware",
  override: true,
  relation: "after",
  toMiddleware: "endpointV2Middleware"
};

// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3/middleware-validate-bucket-name/validate-bucket-name.js
function validateBucketNameMiddleware({ bucketEndpoint }) {
  return (next) => async (args) => {
    const { input: { Bucket } } = args;
    if (!bucketEndpoint && typeof Bucket === "string" && !validate(Bucket) && Bucket.indexOf("/") >= 0) {
      const err = new Error(`Bucket name shouldn't contain '/', received '${Bucket}'`);
      err.name = "InvalidBucketName";
      throw err;
    }
    return next({ ...args });
  };
}
var validateBucketNameMiddlewareOptions = {
  step: "initialize",
  tags: ["VALIDATE_BUCKET_NAME"],
  name: "validateBucketNameMiddleware",
  override: true
};
var getValidateBucketNamePlugin = (options) => ({
  applyToStack: (clientStack) => {
    clientStack.add(validateBucketNameMiddleware(options), validateBucketNameMiddlewareOptions);
    clientStack.addRelativeTo(bucketEndpointMiddleware(options), bucketEndpointMiddlewareOptions);
  }
});

// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3/protocol/S3RestXmlProtocol.js
var S3RestXmlProtocol = class extends AwsRestXmlProtocol {
  async serializeRequest(operationSchema, input, context) {
    const request = await super.serializeRequest(operationSchema, input, context);
    const ns = NormalizedSchema.of(operationSchema.input);
    const staticStructureSchema = ns.getSchema();
    let bucketMemberIndex = 0;
    const requiredMemberCount = staticStructureSchema[6] ?? 0;
    if (input && typeof input === "object") {
      for (const [memberName, memberNs] of ns.structIterator()) {
        if (++bucketMemberIndex > requiredMemberCount) {
          break;
        }
        if (memberName === "Bucket") {
          if (!input.Bucket && memberNs.getMergedTraits().httpLabel) {
            throw new Error(`No value provided for input HTTP label: Bucket.`);
          }
          break;
        }
      }
    }
    return request;
  }
};

// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3/NodeUseArnRegionConfigOptions.js
var NODE_USE_ARN_REGION_ENV_NAME = "AWS_S3_USE_ARN_REGION";
var NODE_USE_ARN_REGION_INI_NAME = "s3_use_arn_region";
var NODE_USE_ARN_REGION_CONFIG_OPTIONS = {
  environmentVariableSelector: (env) => booleanSelector(env, NODE_USE_ARN_REGION_ENV_NAME, SelectorType.ENV),
  configFileSelector: (profile) => booleanSelector(profile, NODE_USE_ARN_REGION_INI_NAME, SelectorType.CONFIG),
  default: void 0
};

// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3/middleware-expect-continue/middleware-expect-continue.js
function addExpectContinueMiddleware(options) {
  return (next) => async (args) => {
    const { request } = args;
    if (options.expectContinueHeader !== false && HttpRequest.isInstance(request) && request.body && options.runtime === "node" && options.requestHandler?.constructor?.name !== "FetchHttpHandler") {
      let sendHeader = true;
      if (typeof options.expectContinueHeader === "number") {
        try {
          const bodyLength = Number(request.headers?.["content-length"]) ?? options.bodyLengthChecker?.(request.body) ?? Infinity;
          sendHeader = bodyLength >= options.expectContinueHeader;
        } catch (e3) {
        }
      } else {
        sendHeader = !!options.expectContinueHeader;
      }
      if (sendHeader) {
        request.headers.Expect = "100-continue";
      }
    }
    return next({
      ...args,
      request
    });
  };
}
var addExpectContinueMiddlewareOptions = {
  step: "build",
  tags: ["SET_EXPECT_HEADER", "EXPECT_HEADER"],
  name: "addExpectContinueMiddleware",
  override: true
};
var getAddExpectContinuePlugin = (options) => ({
  applyToStack: (clientStack) => {
    clientStack.add(addExpectContinueMiddleware(options), addExpectContinueMiddlewareOptions);
  }
});

// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3/middleware-ssec/middleware-ssec.js
function ssecMiddleware(options) {
  return (next) => async (args) => {
    const input = { ...args.input };
    const properties = [
      {
        target: "SSECustomerKey",
        hash: "SSECustomerKeyMD5"
      },
      {
        target: "CopySourceSSECustomerKey",
        hash: "CopySourceSSECustomerKeyMD5"
      }
    ];
    for (const prop of properties) {
      const value = input[prop.target];
      if (value) {
        let valueForHash;
        if (typeof value === "string") {
          if (isValidBase64EncodedSSECustomerKey(value, options)) {
            valueForHash = options.base64Decoder(value);
          } else {
            valueForHash = options.utf8Decoder(value);
            input[prop.target] = options.base64Encoder(valueForHash);
          }
        } else {
          valueForHash = ArrayBuffer.isView(value) ? new Uint8Array(value.buffer, value.byteOffset, value.byteLength) : new Uint8Array(value);
          input[prop.target] = options.base64Encoder(valueForHash);
        }
        const hash = new options.md5();
        hash.update(valueForHash);
        input[prop.hash] = options.base64Encoder(await hash.digest());
      }
    }
    return next({
      ...args,
      input
    });
  };
}
var ssecMiddlewareOptions = {
  name: "ssecMiddleware",
  step: "initialize",
  tags: ["SSE"],
  override: true
};
var getSsecPlugin = (config) => ({
  applyToStack: (clientStack) => {
    clientStack.add(ssecMiddleware(config), ssecMiddlewareOptions);
  }
});
function isValidBase64EncodedSSECustomerKey(str, options) {
  const base64Regex = /^(?:[A-Za-z0-9+/]{4})*([A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
  if (!base64Regex.test(str)) {
    return false;
  }
  try {
    const decodedBytes = options.base64Decoder(str);
    return decodedBytes.length === 32;
  } catch {
    return false;
  }
}

// node_modules/@aws-sdk/client-s3/dist-es/endpoint/bdd.js
var aw = "ref";
var ax = "argv";
var ay = "backend";
var az = "authSchemes";
var aA = "disableDoubleEncoding";
var aB = "signingName";
var aC = "signingRegion";
var aD = "signingRegionSet";
var a2 = -1;
var b2 = true;
var c2 = false;
var d2 = "isSet";
var e2 = "booleanEquals";
var f2 = "stringEquals";
var g2 = "coalesce";
var h2 = "substring";
var i2 = "";
var j2 = "aws.partition";
var k2 = "partitionResult";
var l2 = "accessPointSuffix";
var m2 = "regionPrefix";
var n2 = (n3) => "outpostId_ssa_" + n3 + i2;
var o2 = "hardwareType";
var p2 = "ite";
var q2 = "isValidHostLabel";
var s2 = "sigv4";
var t = "aws.isVirtualHostableS3Bucket";
var u = "url";
var v = "getAttr";
var w = "bucketArn";
var x = "--";
var y = "arnType";
var z = "accesspoint";
var A = (n3) => "accessPointName_ssa_" + n3 + i2;
var B = "s3-object-lambda";
var C = "s3-outposts";
var D = "bucketPartition";
var E = "us-east-1";
var F = "outpostType";
var G = "name";
var H = "s3";
var I = "{url#scheme}://{Bucket}.{url#authority}{url#path}";
var J = "{url#scheme}://{url#authority}{url#path}";
var K = "{url#scheme}://{url#authority}{url#normalizedPath}{Bucket}";
var L = "https://{Bucket}.s3-accelerate.{partitionResult#dnsSuffix}";
var M = "https://{Bucket}.s3.{partitionResult#dnsSuffix}";
var N = (n3) => "{url#scheme}://{accessPointName_ssa_" + n3 + "}-{bucketArn#accountId}.{url#authority}{url#path}";
var O = (n3) => "Invalid ARN: The access point name may only contain a-z, A-Z, 0-9 and `-`. Found: `{accessPointName_ssa_" + n3 + "}`";
var P = "sigv4a";
var Q = "{url#scheme}://{url#authority}{url#normalizedPath}{uri_encoded_bucket}";
var R = "https://s3.{partitionResult#dnsSuffix}/{uri_encoded_bucket}";
var S = "https://s3.{partitionResult#dnsSuffix}";
var T2 = { [aw]: "UseFIPS" };
var U = { [aw]: "UseDualStack" };
var V = { [aw]: "Bucket" };
var W = { "fn": v, [ax]: [{ [aw]: k2 }, G] };
var X = { [aw]: u };
var Y = { [aw]: "Region" };
var Z = { [aw]: w };
var aa = { [aw]: y };
var ab = { [aw]: "accessPointName_ssa_1" };
var ac = { "fn": v, [ax]: [Z, "region"] };
var ad = { [aw]: o2 };
var ae = { "fn": v, [ax]: [Z, "service"] };
var af = { "fn": v, [ax]: [Z, "accountId"] };
var ag = { [ay]: "S3Express", [az]: [{ [aA]: true, [G]: "{_s3e_auth}", [aB]: "s3express", [aC]: "{Region}" }] };
var ah = { [ay]: "S3Express", [az]: [{ [aA]: true, [G]: s2, [aB]: "s3express", [aC]: "{Region}" }] };
var ai = { [az]: [{ [aA]: true, [G]: P, [aB]: C, [aD]: ["*"] }, { [aA]: true, [G]: s2, [aB]: C, [aC]: "{Region}" }] };
var aj = { [az]: [{ [aA]: true, [G]: s2, [aB]: H, [aC]: E }] };
var ak = { [az]: [{ [aA]: true, [G]: s2, [aB]: H, [aC]: "{Region}" }] };
var al = { [az]: [{ [aA]: true, [G]: s2, [aB]: B, [aC]: "{bucketArn#region}" }] };
var am = { [az]: [{ [aA]: true, [G]: s2, [aB]: H, [aC]: "{bucketArn#region}" }] };
var an = { [az]: [{ [aA]: true, [G]: P, [aB]: C, [aD]: ["*"] }, { [aA]: true, [G]: s2, [aB]: C, [aC]: "{bucketArn#region}" }] };
var ao = { [az]: [{ [aA]: true, [G]: s2, [aB]: B, [aC]: "{Region}" }] };
var ap = [Y];
var aq = [{ [aw]: "Endpoint" }];
var as = [V];
var at = [V, 0, 7, true];
var au = [Z, "resourceId[1]"];
var av = ["*"];
var _data2 = {
  conditions: [
    [d2, ap],
    [e2, [{ [aw]: "Accelerate" }, b2]],
    [e2, [T2, b2]],
    [e2, [U, b2]],
    [d2, aq],
    [d2, as],
    [f2, [{ fn: g2, [ax]: [{ fn: h2, [ax]: [V, 0, 6, b2] }, i2] }, "--x-s3"]],
    [f2, [{ fn: g2, [ax]: [{ fn: h2, [ax]: at }, i2] }, "--xa-s3"]],
    [j2, ap, k2],
    [h2, at, l2],
    [f2, [{ [aw]: l2 }, "--op-s3"]],
    [h2, [V, 8, 12, b2], m2],
    [h2, [V, 32, 49, b2], n2(2)],
    [h2, [V, 49, 50, b2], o2],
    [e2, [{ [aw]: "ForcePathStyle" }, b2]],
    [f2, [W, "aws-cn"]],
    [p2, [U, ".dualstack", i2], "_s3e_ds"],
    [q2, [{ [aw]: n2(2) }, c2]],
    [p2, [T2, "-fips", i2], "_s3e_fips"],
    [p2, [{ fn: g2, [ax]: [{ [aw]: "DisableS3ExpressSessionAuth" }, c2] }, s2, "sigv4-s3express"], "_s3e_auth"],
    [t, [V, c2]],
    ["parseURL", aq, u],
    [e2, [{ fn: g2, [ax]: [{ [aw]: "UseS3ExpressControlEndpoint" }, c2] }, b2]],
    [t, [V, b2]],
    [f2, [{ fn: v, [ax]: [X, "scheme"] }, "http"]],
    [q2, [Y, c2]],
    ["aws.parseArn", as, w],
    [v, [{ fn: "split", [ax]: [V, x, 0] }, "[-2]"], "s3expressAvailabilityZoneId"],
    [f2, [{ fn: g2, [ax]: [{ fn: h2, [ax]: [V, 0, 4, c2] }, i2] }, "arn:"]],
    [f2, [{ fn: g2, [ax]: [{ fn: h2, [ax]: [V, 16, 18, b2] }, i2] }, x]],
    [e2, [{ fn: v, [ax]: [X, "isIp"] }, b2]],
    [f2, [{ fn: g2, [ax]: [{ fn: h2, [ax]: [V, 21, 23, b2] }, i2] }, x]],
    [f2, [{ fn: g2, [ax]: [{ fn: h2, [ax]: [V, 27, 29, b2] }, i2] }, x]],
    [f2, [{ [aw]: m2 }, "beta"]],
    ["uriEncode", as, "uri_encoded_bucket"],
    [q2, [Y, b2]],
    [e2, [{ fn: g2, [ax]: [{ [aw]: "UseObjectLambdaEndpoint" }, c2] }, b2]],
    [v, [Z, "resourceId[0]"], y],
    [f2, [aa, i2]],
    [f2, [aa, z]],
    [v, au, A(1)],
    [f2, [ab, i2]],
    [f2, [ac, i2]],
    [f2, [{ fn: g2, [ax]: [{ fn: h2, [ax]: [V, 14, 16, b2] }, i2] }, x]],
    [f2, [ad, "e"]],
    [f2, [ad, "o"]],
    [f2, [Y, "aws-global"]],
    [f2, [{ fn: g2, [ax]: [{ fn: h2, [ax]: [V, 19, 21, b2] }, i2] }, x]],
    [f2, [ae, B]],
    [e2, [{ fn: g2, [ax]: [{ [aw]: "DisableAccessPoints" }, c2] }, b2]],
    [f2, [ae, C]],
    [j2, [ac], D],
    [q2, [ab, b2]],
    [f2, [{ fn: g2, [ax]: [{ fn: h2, [ax]: [V, 26, 28, b2] }, i2] }, x]],
    [f2, [{ fn: g2, [ax]: [{ fn: h2, [ax]: [V, 15, 17, b2] }, i2] }, x]],
    [v, [Z, "resourceId[4]"]],
    [f2, [{ fn: g2, [ax]: [{ fn: h2, [ax]: [V, 20, 22, b2] }, i2] }, x]],
    [e2, [{ [aw]: "UseGlobalEndpoint" }, b2]],
    [f2, [Y, E]],
    [v, au, n2(1)],
    [e2, [{ fn: g2, [ax]: [{ [aw]: "UseArnRegion" }, b2] }, b2]],
    [q2, [{ [aw]: n2(1) }, c2]],
    [v, [Z, "resourceId[2]"], F],
    [f2, [Y, ac]],
    [f2, [{ fn: v, [ax]: [{ [aw]: D }, G] }, W]],
    [e2, [{ [aw]: "DisableMultiRegionAccessPoints" }, b2]],
    [q2, [ac, b2]],
    [f2, [{ fn: v, [ax]: [Z, "partition"] }, W]],
    [f2, [af, i2]],
    [f2, [ae, H]],
    [q2, [af, c2]],
    [v, [Z, "resourceId[3]"], A(2)],
    [q2, [ab, c2]],
    [f2, [{ [aw]: F }, z]],
    [q2, [{ [aw]: A(2) }, c2]]
  ],
  results: [
    [a2],
    [a2, "Accelerate cannot be used with FIPS"],
    [a2, "Cannot set dual-stack in combination with a custom endpoint."],
    [a2, "A custom endpoint cannot be combined with FIPS"],
    [a2, "A custom endpoint cannot be combined with S3 Accelerate"],
    [a2, "Partition does not support FIPS"],
    [a2, "S3Express does not support S3 Accelerate."],
    ["{url#scheme}://{url#authority}/{uri_encoded_bucket}{url#path}", ag],
    [I, ag],
    [a2, "S3Express bucket name is not a valid virtual hostable name."],
    ["https://s3express-control{_s3e_fips}{_s3e_ds}.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}", ah],
    ["https://{Bucket}.s3express{_s3e_fips}-{s3expressAvailabilityZoneId}{_s3e_ds}.{Region}.{partitionResult#dnsSuffix}", ag],
    [a2, "Unrecognized S3Express bucket name format."],
    [J, ag],
    ["https://s3express-control{_s3e_fips}{_s3e_ds}.{Region}.{partitionResult#dnsSuffix}", ah],
    [a2, "Expected a endpoint to be specified but no endpoint was found"],
    ["https://{Bucket}.ec2.{url#authority}", ai],
    ["https://{Bucket}.ec2.s3-outposts.{Region}.{partitionResult#dnsSuffix}", ai],
    ["https://{Bucket}.op-{outpostId_ssa_2}.{url#authority}", ai],
    ["https://{Bucket}.op-{outpostId_ssa_2}.s3-outposts.{Region}.{partitionResult#dnsSuffix}", ai],
    [a2, 'Unrecognized hardware type: "Expected hardware type o or e but got {hardwareType}"'],
    [a2, "Invalid Outposts Bucket alias - it must be a valid bucket name."],
    [a2, "Invalid ARN: The outpost Id must only contain a-z, A-Z, 0-9 and `-`."],
    [a2, "Custom endpoint `{Endpoint}` was not a valid URI"],
    [a2, "S3 Accelerate cannot be used in this region"],
    ["https://{Bucket}.s3-fips.dualstack.us-east-1.{partitionResult#dnsSuffix}", aj],
    ["https://{Bucket}.s3-fips.dualstack.{Region}.{partitionResult#dnsSuffix}", ak],
    ["https://{Bucket}.s3-fips.us-east-1.{partitionResult#dnsSuffix}", aj],
    ["https://{Bucket}.s3-fips.{Region}.{partitionResult#dnsSuffix}", ak],
    ["https://{Bucket}.s3-accelerate.dualstack.us-east-1.{partitionResult#dnsSuffix}", aj],
    ["https://{Bucket}.s3-accelerate.dualstack.{partitionResult#dnsSuffix}", ak],
    ["https://{Bucket}.s3.dualstack.us-east-1.{partitionResult#dnsSuffix}", aj],
    ["https://{Bucket}.s3.dualstack.{Region}.{partitionResult#dnsSuffix}", ak],
    [K, aj],
    [I, aj],
    [K, ak],
    [I, ak],
    [L, aj],
    [L, ak],
    [M, aj],
    [M, ak],
    ["https://{Bucket}.s3.{Region}.{partitionResult#dnsSuffix}", ak],
    [a2, "Invalid region: region was not a valid DNS name."],
    [a2, "S3 Object Lambda does not support Dual-stack"],
    [a2, "S3 Object Lambda does not support S3 Accelerate"],
    [a2, "Access points are not supported for this operation"],
    [a2, "Invalid configuration: region from ARN `{bucketArn#region}` does not match client region `{Region}` and UseArnRegion is `false`"],
    [a2, "Invalid ARN: Missing account id"],
    [N(1), al],
    ["https://{accessPointName_ssa_1}-{bucketArn#accountId}.s3-object-lambda-fips.{bucketArn#region}.{bucketPartition#dnsSuffix}", al],
    ["https://{accessPointName_ssa_1}-{bucketArn#accountId}.s3-object-lambda.{bucketArn#region}.{bucketPartition#dnsSuffix}", al],
    [a2, O(1)],
    [a2, "Invalid ARN: The account id may only contain a-z, A-Z, 0-9 and `-`. Found: `{bucketArn#accountId}`"],
    [a2, "Invalid region in ARN: `{bucketArn#region}` (invalid DNS name)"],
    [a2, "Client was configured for partition `{partitionResult#name}` but ARN (`{Bucket}`) has `{bucketPartition#name}`"],
    [a2, "Invalid ARN: The ARN may only contain a single resource component after `accesspoint`."],
    [a2, "Invalid ARN: bucket ARN is missing a region"],
    [a2, "Invalid ARN: Expected a resource of the format `accesspoint:<accesspoint name>` but no name was provided"],
    [a2, "Invalid ARN: Object Lambda ARNs only support `accesspoint` arn types, but found: `{arnType}`"],
    [a2, "Access Points do not support S3 Accelerate"],
    ["https://{accessPointName_ssa_1}-{bucketArn#accountId}.s3-accesspoint-fips.dualstack.{bucketArn#region}.{bucketPartition#dnsSuffix}", am],
    ["https://{accessPointName_ssa_1}-{bucketArn#accountId}.s3-accesspoint-fips.{bucketArn#region}.{bucketPartition#dnsSuffix}", am],
    ["https://{accessPointName_ssa_1}-{bucketArn#accountId}.s3-accesspoint.dualstack.{bucketArn#region}.{bucketPartition#dnsSuffix}", am],
    [N(1), am],
    ["https://{accessPointName_ssa_1}-{bucketArn#accountId}.s3-accesspoint.{bucketArn#region}.{bucketPartition#dnsSuffix}", am],
    [a2, "Invalid ARN: The ARN was not for the S3 service, found: {bucketArn#service}"],
    [a2, "S3 MRAP does not support dual-stack"],
    [a2, "S3 MRAP does not support FIPS"],
    [a2, "S3 MRAP does not support S3 Accelerate"],
    [a2, "Invalid configuration: Multi-Region Access Point ARNs are disabled."],
    ["https://{accessPointName_ssa_1}.accesspoint.s3-global.{partitionResult#dnsSuffix}", { [az]: [{ [aA]: b2, name: P, [aB]: H, [aD]: av }] }],
    [a2, "Client was configured for partition `{partitionResult#name}` but bucket referred to partition `{bucketArn#partition}`"],
    [a2, "Invalid Access Point Name"],
    [a2, "S3 Outposts does not support Dual-stack"],
    [a2, "S3 Outposts does not support FIPS"],
    [a2, "S3 Outposts does not support S3 Accelerate"],
    [a2, "Invalid Arn: Outpost Access Point ARN contains sub resources"],
    ["https://{accessPointName_ssa_2}-{bucketArn#accountId}.{outpostId_ssa_1}.{url#authority}", an],
    ["https://{accessPointName_ssa_2}-{bucketArn#accountId}.{outpostId_ssa_1}.s3-outposts.{bucketArn#region}.{bucketPartition#dnsSuffix}", an],
    [a2, O(2)],
    [a2, "Expected an outpost type `accesspoint`, found {outpostType}"],
    [a2, "Invalid ARN: expected an access point name"],
    [a2, "Invalid ARN: Expected a 4-component resource"],
    [a2, "Invalid ARN: The outpost Id may only contain a-z, A-Z, 0-9 and `-`. Found: `{outpostId_ssa_1}`"],
    [a2, "Invalid ARN: The Outpost Id was not set"],
    [a2, "Invalid ARN: Unrecognized format: {Bucket} (type: {arnType})"],
    [a2, "Invalid ARN: No ARN type specified"],
    [a2, "Invalid ARN: `{Bucket}` was not a valid ARN"],
    [a2, "Path-style addressing cannot be used with ARN buckets"],
    ["https://s3-fips.dualstack.us-east-1.{partitionResult#dnsSuffix}/{uri_encoded_bucket}", aj],
    ["https://s3-fips.dualstack.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}", ak],
    ["https://s3-fips.us-east-1.{partitionResult#dnsSuffix}/{uri_encoded_bucket}", aj],
    ["https://s3-fips.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}", ak],
    ["https://s3.dualstack.us-east-1.{partitionResult#dnsSuffix}/{uri_encoded_bucket}", aj],
    ["https://s3.dualstack.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}", ak],
    [Q, aj],
    [Q, ak],
    [R, aj],
    [R, ak],
    ["https://s3.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}", ak],
    [a2, "Path-style addressing cannot be used with S3 Accelerate"],
    [J, ao],
    ["https://s3-object-lambda-fips.{Region}.{partitionResult#dnsSuffix}", ao],
    ["https://s3-object-lambda.{Region}.{partitionResult#dnsSuffix}", ao],
    ["https://s3-fips.dualstack.us-east-1.{partitionResult#dnsSuffix}", aj],
    ["https://s3-fips.dualstack.{Region}.{partitionResult#dnsSuffix}", ak],
    ["https://s3-fips.us-east-1.{partitionResult#dnsSuffix}", aj],
    ["https://s3-fips.{Region}.{partitionResult#dnsSuffix}", ak],
    ["https://s3.dualstack.us-east-1.{partitionResult#dnsSuffix}", aj],
    ["https://s3.dualstack.{Region}.{partitionResult#dnsSuffix}", ak],
    [J, aj],
    [J, ak],
    [S, aj],
    [S, ak],
    ["https://s3.{Region}.{partitionResult#dnsSuffix}", ak],
    [a2, "A region must be set when sending requests to S3."]
  ]
};
var root2 = 2;
var r2 = 1e8;
var nodes2 = new Int32Array([
  -1,
  1,
  -1,
  0,
  3,
  r2 + 115,
  1,
  424,
  4,
  2,
  272,
  5,
  3,
  233,
  6,
  4,
  85,
  7,
  5,
  15,
  8,
  8,
  9,
  r2 + 115,
  16,
  10,
  13,
  18,
  11,
  13,
  19,
  12,
  13,
  22,
  r2 + 14,
  13,
  35,
  14,
  r2 + 42,
  36,
  r2 + 103,
  435,
  6,
  271,
  16,
  7,
  270,
  17,
  8,
  19,
  18,
  14,
  501,
  106,
  9,
  20,
  24,
  10,
  21,
  24,
  11,
  22,
  24,
  12,
  23,
  24,
  13,
  547,
  24,
  14,
  77,
  25,
  20,
  73,
  26,
  26,
  27,
  78,
  37,
  28,
  r2 + 86,
  38,
  r2 + 86,
  29,
  39,
  47,
  30,
  48,
  r2 + 58,
  31,
  50,
  32,
  r2 + 85,
  51,
  33,
  136,
  55,
  r2 + 76,
  34,
  59,
  35,
  r2 + 84,
  60,
  39,
  36,
  61,
  37,
  r2 + 83,
  62,
  38,
  146,
  63,
  41,
  r2 + 46,
  61,
  40,
  r2 + 83,
  62,
  41,
  150,
  64,
  42,
  r2 + 54,
  66,
  43,
  r2 + 53,
  70,
  44,
  r2 + 52,
  71,
  45,
  r2 + 81,
  73,
  46,
  r2 + 80,
  74,
  r2 + 78,
  r2 + 79,
  40,
  48,
  r2 + 57,
  41,
  r2 + 57,
  49,
  42,
  185,
  50,
  48,
  62,
  51,
  49,
  r2 + 45,
  52,
  51,
  53,
  526,
  60,
  56,
  54,
  62,
  r2 + 55,
  55,
  63,
  57,
  r2 + 46,
  62,
  r2 + 55,
  57,
  64,
  58,
  r2 + 54,
  66,
  59,
  r2 + 53,
  69,
  60,
  r2 + 65,
  70,
  61,
  r2 + 52,
  72,
  r2 + 64,
  r2 + 51,
  49,
  r2 + 45,
  63,
  51,
  64,
  526,
  60,
  67,
  65,
  62,
  r2 + 55,
  66,
  63,
  68,
  r2 + 46,
  62,
  r2 + 55,
  68,
  64,
  69,
  r2 + 54,
  66,
  70,
  r2 + 53,
  68,
  r2 + 47,
  71,
  70,
  72,
  r2 + 52,
  72,
  r2 + 50,
  r2 + 51,
  25,
  74,
  r2 + 42,
  46,
  r2 + 39,
  75,
  57,
  76,
  r2 + 41,
  58,
  r2 + 40,
  r2 + 41,
  26,
  r2 + 88,
  78,
  28,
  r2 + 87,
  79,
  34,
  82,
  80,
  35,
  81,
  545,
  36,
  r2 + 103,
  r2 + 115,
  46,
  r2 + 97,
  83,
  57,
  84,
  r2 + 99,
  58,
  r2 + 98,
  r2 + 99,
  5,
  101,
  86,
  8,
  87,
  r2 + 115,
  16,
  88,
  89,
  18,
  91,
  89,
  19,
  90,
  92,
  21,
  97,
  95,
  19,
  93,
  92,
  21,
  98,
  95,
  21,
  97,
  94,
  22,
  r2 + 14,
  95,
  35,
  96,
  r2 + 42,
  36,
  r2 + 103,
  r2 + 42,
  22,
  r2 + 13,
  98,
  35,
  99,
  r2 + 42,
  36,
  r2 + 101,
  100,
  46,
  r2 + 110,
  r2 + 111,
  6,
  214,
  102,
  7,
  208,
  103,
  8,
  119,
  104,
  14,
  118,
  105,
  21,
  106,
  r2 + 23,
  26,
  107,
  502,
  37,
  108,
  r2 + 86,
  38,
  r2 + 86,
  109,
  39,
  112,
  110,
  48,
  r2 + 58,
  111,
  50,
  136,
  r2 + 85,
  40,
  113,
  r2 + 57,
  41,
  r2 + 57,
  114,
  42,
  115,
  500,
  48,
  r2 + 56,
  116,
  52,
  117,
  r2 + 72,
  65,
  r2 + 69,
  r2 + 72,
  21,
  501,
  r2 + 23,
  9,
  120,
  124,
  10,
  121,
  124,
  11,
  122,
  124,
  12,
  123,
  124,
  13,
  202,
  124,
  14,
  195,
  125,
  20,
  190,
  126,
  21,
  127,
  r2 + 23,
  23,
  128,
  129,
  24,
  189,
  129,
  26,
  130,
  197,
  37,
  131,
  r2 + 86,
  38,
  r2 + 86,
  132,
  39,
  159,
  133,
  48,
  r2 + 58,
  134,
  50,
  135,
  r2 + 85,
  51,
  141,
  136,
  55,
  r2 + 76,
  137,
  59,
  138,
  r2 + 84,
  60,
  r2 + 83,
  139,
  61,
  140,
  r2 + 83,
  63,
  r2 + 83,
  r2 + 46,
  55,
  r2 + 76,
  142,
  59,
  143,
  r2 + 84,
  60,
  148,
  144,
  61,
  145,
  r2 + 83,
  62,
  147,
  146,
  63,
  150,
  r2 + 46,
  63,
  153,
  r2 + 46,
  61,
  149,
  r2 + 83,
  62,
  153,
  150,
  64,
  151,
  r2 + 54,
  66,
  152,
  r2 + 53,
  70,
  r2 + 82,
  r2 + 52,
  64,
  154,
  r2 + 54,
  66,
  155,
  r2 + 53,
  70,
  156,
  r2 + 52,
  71,
  157,
  r2 + 81,
  73,
  158,
  r2 + 80,
  74,
  r2 + 77,
  r2 + 79,
  40,
  160,
  r2 + 57,
  41,
  r2 + 57,
  161,
  42,
  185,
  162,
  48,
  174,
  163,
  49,
  r2 + 45,
  164,
  51,
  165,
  526,
  60,
  168,
  166,
  62,
  r2 + 55,
  167,
  63,
  169,
  r2 + 46,
  62,
  r2 + 55,
  169,
  64,
  170,
  r2 + 54,
  66,
  171,
  r2 + 53,
  69,
  172,
  r2 + 65,
  70,
  173,
  r2 + 52,
  72,
  r2 + 63,
  r2 + 51,
  49,
  r2 + 45,
  175,
  51,
  176,
  526,
  60,
  179,
  177,
  62,
  r2 + 55,
  178,
  63,
  180,
  r2 + 46,
  62,
  r2 + 55,
  180,
  64,
  181,
  r2 + 54,
  66,
  182,
  r2 + 53,
  68,
  r2 + 47,
  183,
  70,
  184,
  r2 + 52,
  72,
  r2 + 48,
  r2 + 51,
  48,
  r2 + 56,
  186,
  52,
  187,
  r2 + 72,
  65,
  r2 + 69,
  188,
  67,
  r2 + 70,
  r2 + 71,
  25,
  r2 + 36,
  r2 + 42,
  21,
  191,
  r2 + 23,
  25,
  192,
  r2 + 42,
  30,
  194,
  193,
  46,
  r2 + 34,
  r2 + 36,
  46,
  r2 + 33,
  r2 + 35,
  21,
  196,
  r2 + 23,
  26,
  r2 + 88,
  197,
  28,
  r2 + 87,
  198,
  34,
  201,
  199,
  35,
  200,
  545,
  36,
  r2 + 101,
  r2 + 115,
  46,
  r2 + 95,
  r2 + 96,
  17,
  203,
  r2 + 22,
  20,
  204,
  r2 + 21,
  21,
  205,
  550,
  33,
  206,
  550,
  44,
  r2 + 16,
  207,
  45,
  r2 + 18,
  r2 + 20,
  8,
  209,
  215,
  16,
  210,
  220,
  18,
  211,
  220,
  19,
  212,
  224,
  20,
  213,
  227,
  21,
  231,
  401,
  8,
  218,
  215,
  19,
  216,
  r2 + 9,
  20,
  217,
  227,
  21,
  231,
  r2 + 9,
  16,
  219,
  220,
  18,
  223,
  220,
  19,
  221,
  224,
  20,
  222,
  227,
  21,
  231,
  r2 + 12,
  19,
  226,
  224,
  20,
  225,
  r2 + 9,
  21,
  r2 + 9,
  r2 + 12,
  20,
  230,
  227,
  21,
  228,
  r2 + 9,
  30,
  229,
  r2 + 9,
  34,
  r2 + 7,
  r2 + 9,
  21,
  231,
  415,
  30,
  232,
  r2 + 8,
  34,
  r2 + 7,
  r2 + 8,
  4,
  r2 + 2,
  234,
  5,
  235,
  480,
  6,
  271,
  236,
  7,
  270,
  237,
  8,
  238,
  491,
  9,
  239,
  243,
  10,
  240,
  243,
  11,
  241,
  243,
  12,
  242,
  243,
  13,
  547,
  243,
  14,
  266,
  244,
  20,
  264,
  245,
  26,
  246,
  267,
  37,
  247,
  r2 + 86,
  38,
  r2 + 86,
  248,
  39,
  249,
  518,
  40,
  250,
  r2 + 57,
  41,
  r2 + 57,
  251,
  42,
  538,
  252,
  48,
  r2 + 43,
  253,
  49,
  r2 + 45,
  254,
  51,
  255,
  526,
  60,
  258,
  256,
  62,
  r2 + 55,
  257,
  63,
  259,
  r2 + 46,
  62,
  r2 + 55,
  259,
  64,
  260,
  r2 + 54,
  66,
  261,
  r2 + 53,
  69,
  262,
  r2 + 65,
  70,
  263,
  r2 + 52,
  72,
  r2 + 62,
  r2 + 51,
  25,
  265,
  r2 + 42,
  46,
  r2 + 31,
  r2 + 32,
  26,
  r2 + 88,
  267,
  28,
  r2 + 87,
  268,
  34,
  269,
  544,
  46,
  r2 + 93,
  r2 + 94,
  8,
  397,
  r2 + 9,
  8,
  407,
  r2 + 9,
  3,
  346,
  273,
  4,
  r2 + 3,
  274,
  5,
  284,
  275,
  8,
  276,
  r2 + 115,
  15,
  r2 + 5,
  277,
  16,
  278,
  281,
  18,
  279,
  281,
  19,
  280,
  281,
  22,
  r2 + 14,
  281,
  35,
  282,
  r2 + 42,
  36,
  r2 + 102,
  283,
  46,
  r2 + 106,
  r2 + 107,
  6,
  405,
  285,
  7,
  395,
  286,
  8,
  295,
  287,
  14,
  501,
  288,
  26,
  289,
  502,
  37,
  290,
  r2 + 86,
  38,
  r2 + 86,
  291,
  39,
  292,
  307,
  40,
  293,
  r2 + 57,
  41,
  r2 + 57,
  294,
  42,
  335,
  500,
  9,
  296,
  300,
  10,
  297,
  300,
  11,
  298,
  300,
  12,
  299,
  300,
  13,
  394,
  300,
  14,
  339,
  301,
  15,
  r2 + 5,
  302,
  20,
  337,
  303,
  26,
  304,
  341,
  37,
  305,
  r2 + 86,
  38,
  r2 + 86,
  306,
  39,
  309,
  307,
  48,
  r2 + 58,
  308,
  50,
  r2 + 74,
  r2 + 85,
  40,
  310,
  r2 + 57,
  41,
  r2 + 57,
  311,
  42,
  335,
  312,
  48,
  324,
  313,
  49,
  r2 + 45,
  314,
  51,
  315,
  526,
  60,
  318,
  316,
  62,
  r2 + 55,
  317,
  63,
  319,
  r2 + 46,
  62,
  r2 + 55,
  319,
  64,
  320,
  r2 + 54,
  66,
  321,
  r2 + 53,
  69,
  322,
  r2 + 65,
  70,
  323,
  r2 + 52,
  72,
  r2 + 61,
  r2 + 51,
  49,
  r2 + 45,
  325,
  51,
  326,
  526,
  60,
  329,
  327,
  62,
  r2 + 55,
  328,
  63,
  330,
  r2 + 46,
  62,
  r2 + 55,
  330,
  64,
  331,
  r2 + 54,
  66,
  332,
  r2 + 53,
  68,
  r2 + 47,
  333,
  70,
  334,
  r2 + 52,
  72,
  r2 + 49,
  r2 + 51,
  48,
  r2 + 56,
  336,
  52,
  r2 + 67,
  r2 + 72,
  25,
  338,
  r2 + 42,
  46,
  r2 + 27,
  r2 + 28,
  15,
  r2 + 5,
  340,
  26,
  r2 + 88,
  341,
  28,
  r2 + 87,
  342,
  34,
  345,
  343,
  35,
  344,
  545,
  36,
  r2 + 102,
  r2 + 115,
  46,
  r2 + 91,
  r2 + 92,
  4,
  r2 + 2,
  347,
  5,
  357,
  348,
  8,
  349,
  r2 + 115,
  15,
  r2 + 5,
  350,
  16,
  351,
  354,
  18,
  352,
  354,
  19,
  353,
  354,
  22,
  r2 + 14,
  354,
  35,
  355,
  r2 + 42,
  36,
  r2 + 43,
  356,
  46,
  r2 + 104,
  r2 + 105,
  6,
  405,
  358,
  7,
  395,
  359,
  8,
  360,
  491,
  9,
  361,
  365,
  10,
  362,
  365,
  11,
  363,
  365,
  12,
  364,
  365,
  13,
  394,
  365,
  14,
  389,
  366,
  15,
  r2 + 5,
  367,
  20,
  387,
  368,
  26,
  369,
  391,
  37,
  370,
  r2 + 86,
  38,
  r2 + 86,
  371,
  39,
  372,
  518,
  40,
  373,
  r2 + 57,
  41,
  r2 + 57,
  374,
  42,
  538,
  375,
  48,
  r2 + 43,
  376,
  49,
  r2 + 45,
  377,
  51,
  378,
  526,
  60,
  381,
  379,
  62,
  r2 + 55,
  380,
  63,
  382,
  r2 + 46,
  62,
  r2 + 55,
  382,
  64,
  383,
  r2 + 54,
  66,
  384,
  r2 + 53,
  69,
  385,
  r2 + 65,
  70,
  386,
  r2 + 52,
  72,
  r2 + 60,
  r2 + 51,
  25,
  388,
  r2 + 42,
  46,
  r2 + 25,
  r2 + 26,
  15,
  r2 + 5,
  390,
  26,
  r2 + 88,
  391,
  28,
  r2 + 87,
  392,
  34,
  393,
  544,
  46,
  r2 + 89,
  r2 + 90,
  15,
  r2 + 5,
  547,
  8,
  396,
  r2 + 9,
  15,
  r2 + 5,
  397,
  16,
  398,
  410,
  18,
  399,
  410,
  19,
  400,
  410,
  20,
  401,
  r2 + 9,
  27,
  402,
  r2 + 12,
  29,
  r2 + 11,
  403,
  31,
  r2 + 11,
  404,
  32,
  r2 + 11,
  422,
  8,
  406,
  r2 + 9,
  15,
  r2 + 5,
  407,
  16,
  408,
  410,
  18,
  409,
  410,
  19,
  411,
  410,
  20,
  r2 + 12,
  r2 + 9,
  20,
  414,
  412,
  22,
  413,
  r2 + 9,
  34,
  r2 + 10,
  r2 + 9,
  22,
  416,
  415,
  27,
  419,
  r2 + 12,
  27,
  418,
  417,
  34,
  r2 + 10,
  r2 + 12,
  34,
  r2 + 10,
  419,
  43,
  r2 + 11,
  420,
  47,
  r2 + 11,
  421,
  53,
  r2 + 11,
  422,
  54,
  r2 + 11,
  423,
  56,
  r2 + 11,
  r2 + 12,
  2,
  r2 + 1,
  425,
  3,
  478,
  426,
  4,
  r2 + 4,
  427,
  5,
  438,
  428,
  8,
  429,
  r2 + 115,
  16,
  430,
  433,
  18,
  431,
  433,
  19,
  432,
  433,
  22,
  r2 + 14,
  433,
  35,
  434,
  r2 + 42,
  36,
  r2 + 44,
  435,
  46,
  r2 + 112,
  436,
  57,
  437,
  r2 + 114,
  58,
  r2 + 113,
  r2 + 114,
  6,
  r2 + 6,
  439,
  7,
  r2 + 6,
  440,
  8,
  450,
  441,
  14,
  501,
  442,
  26,
  443,
  502,
  37,
  444,
  r2 + 86,
  38,
  r2 + 86,
  445,
  39,
  446,
  465,
  40,
  447,
  r2 + 57,
  41,
  r2 + 57,
  448,
  42,
  471,
  449,
  48,
  r2 + 44,
  500,
  9,
  451,
  455,
  10,
  452,
  455,
  11,
  453,
  455,
  12,
  454,
  455,
  13,
  547,
  455,
  14,
  473,
  456,
  15,
  460,
  457,
  20,
  458,
  461,
  25,
  459,
  r2 + 42,
  46,
  r2 + 37,
  r2 + 38,
  20,
  540,
  461,
  26,
  462,
  474,
  37,
  463,
  r2 + 86,
  38,
  r2 + 86,
  464,
  39,
  467,
  465,
  48,
  r2 + 58,
  466,
  50,
  r2 + 75,
  r2 + 85,
  40,
  468,
  r2 + 57,
  41,
  r2 + 57,
  469,
  42,
  471,
  470,
  48,
  r2 + 44,
  524,
  48,
  r2 + 44,
  472,
  52,
  r2 + 68,
  r2 + 72,
  26,
  r2 + 88,
  474,
  28,
  r2 + 87,
  475,
  34,
  r2 + 100,
  476,
  35,
  477,
  545,
  36,
  r2 + 44,
  r2 + 115,
  4,
  r2 + 2,
  479,
  5,
  488,
  480,
  8,
  481,
  r2 + 115,
  16,
  482,
  485,
  18,
  483,
  485,
  19,
  484,
  485,
  22,
  r2 + 14,
  485,
  35,
  486,
  r2 + 42,
  36,
  r2 + 43,
  487,
  46,
  r2 + 108,
  r2 + 109,
  6,
  r2 + 6,
  489,
  7,
  r2 + 6,
  490,
  8,
  503,
  491,
  14,
  501,
  492,
  26,
  493,
  502,
  37,
  494,
  r2 + 86,
  38,
  r2 + 86,
  495,
  39,
  496,
  518,
  40,
  497,
  r2 + 57,
  41,
  r2 + 57,
  498,
  42,
  538,
  499,
  48,
  r2 + 43,
  500,
  49,
  r2 + 45,
  526,
  26,
  r2 + 88,
  502,
  28,
  r2 + 87,
  r2 + 115,
  9,
  504,
  508,
  10,
  505,
  508,
  11,
  506,
  508,
  12,
  507,
  508,
  13,
  547,
  508,
  14,
  541,
  509,
  15,
  513,
  510,
  20,
  511,
  514,
  25,
  512,
  r2 + 42,
  46,
  r2 + 29,
  r2 + 30,
  20,
  540,
  514,
  26,
  515,
  542,
  37,
  516,
  r2 + 86,
  38,
  r2 + 86,
  517,
  39,
  520,
  518,
  48,
  r2 + 58,
  519,
  50,
  r2 + 73,
  r2 + 85,
  40,
  521,
  r2 + 57,
  41,
  r2 + 57,
  522,
  42,
  538,
  523,
  48,
  r2 + 43,
  524,
  49,
  r2 + 45,
  525,
  51,
  529,
  526,
  60,
  r2 + 55,
  527,
  62,
  r2 + 55,
  528,
  63,
  r2 + 55,
  r2 + 46,
  60,
  532,
  530,
  62,
  r2 + 55,
  531,
  63,
  533,
  r2 + 46,
  62,
  r2 + 55,
  533,
  64,
  534,
  r2 + 54,
  66,
  535,
  r2 + 53,
  69,
  536,
  r2 + 65,
  70,
  537,
  r2 + 52,
  72,
  r2 + 59,
  r2 + 51,
  48,
  r2 + 43,
  539,
  52,
  r2 + 66,
  r2 + 72,
  25,
  r2 + 24,
  r2 + 42,
  26,
  r2 + 88,
  542,
  28,
  r2 + 87,
  543,
  34,
  r2 + 100,
  544,
  35,
  546,
  545,
  36,
  r2 + 42,
  r2 + 115,
  36,
  r2 + 43,
  r2 + 115,
  17,
  548,
  r2 + 22,
  20,
  549,
  r2 + 21,
  33,
  552,
  550,
  44,
  r2 + 17,
  551,
  45,
  r2 + 19,
  r2 + 20,
  44,
  r2 + 15,
  553,
  45,
  r2 + 15,
  r2 + 20
]);
var bdd2 = BinaryDecisionDiagram.from(nodes2, root2, _data2.conditions, _data2.results);

// node_modules/@aws-sdk/client-s3/dist-es/endpoint/endpointResolver.js
var cache2 = new EndpointCache({
  size: 50,
  params: [
    "Accelerate",
    "Bucket",
    "DisableAccessPoints",
    "DisableMultiRegionAccessPoints",
    "DisableS3ExpressSessionAuth",
    "Endpoint",
    "ForcePathStyle",
    "Region",
    "UseArnRegion",
    "UseDualStack",
    "UseFIPS",
    "UseGlobalEndpoint",
    "UseObjectLambdaEndpoint",
    "UseS3ExpressControlEndpoint"
  ]
});
var defaultEndpointResolver2 = (endpointParams, context = {}) => {
  return cache2.get(endpointParams, () => decideEndpoint(bdd2, {
    endpointParams,
    logger: context.logger
  }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

// node_modules/@aws-sdk/client-s3/dist-es/auth/httpAuthSchemeProvider.js
var createEndpointRuleSetHttpAuthSchemeParametersProvider = (defaultHttpAuthSchemeParametersProvider) => async (config, context, input) => {
  if (!input) {
    throw new Error("Could not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`");
  }
  const defaultParameters = await defaultHttpAuthSchemeParametersProvider(config, context, input);
  const instructionsFn = getSmithyContext(context)?.commandInstance?.constructor?.getEndpointParameterInstructions;
  if (!instructionsFn) {
    throw new Error(`getEndpointParameterInstructions() is not defined on '${context.commandName}'`);
  }
  const endpointParameters = await resolveParams(input, { getEndpointParameterInstructions: instructionsFn }, config);
  return Object.assign(defaultParameters, endpointParameters);
};
var _defaultS3HttpAuthSchemeParametersProvider = async (config, context, input) => {
  return {
    operation: getSmithyContext(context).operation,
    region: await normalizeProvider(config.region)() || (() => {
      throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
    })()
  };
};
var defaultS3HttpAuthSchemeParametersProvider = createEndpointRuleSetHttpAuthSchemeParametersProvider(_defaultS3HttpAuthSchemeParametersProvider);
function createAwsAuthSigv4HttpAuthOption2(authParameters) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: {
      name: "s3",
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
function createAwsAuthSigv4aHttpAuthOption(authParameters) {
  return {
    schemeId: "aws.auth#sigv4a",
    signingProperties: {
      name: "s3",
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
var createEndpointRuleSetHttpAuthSchemeProvider = (defaultEndpointResolver3, defaultHttpAuthSchemeResolver, createHttpAuthOptionFunctions) => {
  const endpointRuleSetHttpAuthSchemeProvider = (authParameters) => {
    const endpoint = defaultEndpointResolver3(authParameters);
    const authSchemes = endpoint.properties?.authSchemes;
    if (!authSchemes) {
      return defaultHttpAuthSchemeResolver(authParameters);
    }
    const options = [];
    for (const scheme of authSchemes) {
      const { name: resolvedName, properties = {}, ...rest } = scheme;
      const name = resolvedName.toLowerCase();
      if (resolvedName !== name) {
        console.warn(`HttpAuthScheme has been normalized with lowercasing: '${resolvedName}' to '${name}'`);
      }
      let schemeId;
      if (name === "sigv4a") {
        schemeId = "aws.auth#sigv4a";
        const sigv4Present = authSchemes.find((s3) => {
          const name2 = s3.name.toLowerCase();
          return name2 !== "sigv4a" && name2.startsWith("sigv4");
        });
        if (SignatureV4MultiRegion.sigv4aDependency() === "none" && sigv4Present) {
          continue;
        }
      } else if (name.startsWith("sigv4")) {
        schemeId = "aws.auth#sigv4";
      } else {
        throw new Error(`Unknown HttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${name}'`);
      }
      const createOption = createHttpAuthOptionFunctions[schemeId];
      if (!createOption) {
        throw new Error(`Could not find HttpAuthOption create function for '${schemeId}'`);
      }
      const option = createOption(authParameters);
      option.schemeId = schemeId;
      option.signingProperties = { ...option.signingProperties || {}, ...rest, ...properties };
      options.push(option);
    }
    return options;
  };
  return endpointRuleSetHttpAuthSchemeProvider;
};
var _defaultS3HttpAuthSchemeProvider = (authParameters) => {
  const options = [];
  switch (authParameters.operation) {
    default: {
      options.push(createAwsAuthSigv4HttpAuthOption2(authParameters));
      options.push(createAwsAuthSigv4aHttpAuthOption(authParameters));
    }
  }
  return options;
};
var defaultS3HttpAuthSchemeProvider = createEndpointRuleSetHttpAuthSchemeProvider(defaultEndpointResolver2, _defaultS3HttpAuthSchemeProvider, {
  "aws.auth#sigv4": createAwsAuthSigv4HttpAuthOption2,
  "aws.auth#sigv4a": createAwsAuthSigv4aHttpAuthOption
});
var resolveHttpAuthSchemeConfig2 = (config) => {
  const config_0 = resolveAwsSdkSigV4Config(config);
  const config_1 = resolveAwsSdkSigV4AConfig(config_0);
  return Object.assign(config_1, {
    authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
  });
};

// node_modules/@aws-sdk/client-s3/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters2 = (options) => {
  return Object.assign(options, {
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    forcePathStyle: options.forcePathStyle ?? false,
    useAccelerateEndpoint: options.useAccelerateEndpoint ?? false,
    useGlobalEndpoint: options.useGlobalEndpoint ?? false,
    disableMultiregionAccessPoints: options.disableMultiregionAccessPoints ?? false,
    defaultSigningName: "s3",
    clientContextParams: options.clientContextParams ?? {}
  });
};
var commonParams2 = {
  ForcePathStyle: { type: "clientContextParams", name: "forcePathStyle" },
  UseArnRegion: { type: "clientContextParams", name: "useArnRegion" },
  DisableMultiRegionAccessPoints: { type: "clientContextParams", name: "disableMultiregionAccessPoints" },
  Accelerate: { type: "clientContextParams", name: "useAccelerateEndpoint" },
  DisableS3ExpressSessionAuth: { type: "clientContextParams", name: "disableS3ExpressSessionAuth" },
  UseGlobalEndpoint: { type: "builtInParams", name: "useGlobalEndpoint" },
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-s3/dist-es/commandBuilder.js
var command2 = makeBuilder(commonParams2, "AmazonS3", "S3Client", getEndpointPlugin);
var _ep02 = {
  Bucket: { type: "contextParams", name: "Bucket" },
  Key: { type: "contextParams", name: "Key" }
};
var _ep4 = {
  DisableS3ExpressSessionAuth: { type: "staticContextParams", value: true },
  Bucket: { type: "contextParams", name: "Bucket" }
};
var _ep5 = {
  Bucket: { type: "contextParams", name: "Bucket" }
};
var _ep8 = {
  Bucket: { type: "contextParams", name: "Bucket" },
  Prefix: { type: "contextParams", name: "Prefix" }
};
var _mw02 = (Command, cs, config, o3) => [
  getThrow200ExceptionsPlugin(config)
];
var _mw5 = (Command, cs, config, o3) => [
  getFlexibleChecksumsPlugin(config, {
    requestAlgorithmMember: { "httpHeader": "x-amz-sdk-checksum-algorithm", "name": "ChecksumAlgorithm" },
    requestChecksumRequired: true
  }),
  getThrow200ExceptionsPlugin(config)
];
var _mw11 = (Command, cs, config, o3) => [
  getFlexibleChecksumsPlugin(config, {
    requestAlgorithmMember: { "httpHeader": "x-amz-sdk-checksum-algorithm", "name": "ChecksumAlgorithm" },
    requestChecksumRequired: false
  }),
  getCheckContentLengthHeaderPlugin(config),
  getThrow200ExceptionsPlugin(config),
  getSsecPlugin(config)
];

// node_modules/@aws-sdk/client-s3/dist-es/models/S3ServiceException.js
var S3ServiceException = class _S3ServiceException extends ServiceException {
  static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.s3#S3ServiceException";
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _S3ServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-s3/dist-es/models/errors.js
var NoSuchUpload = class _NoSuchUpload extends S3ServiceException {
  static shapeId = "com.amazonaws.s3#NoSuchUpload";
  name = "NoSuchUpload";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NoSuchUpload",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchUpload.prototype);
  }
};
var AccessDenied2 = class _AccessDenied extends S3ServiceException {
  static shapeId = "com.amazonaws.s3#AccessDenied";
  name = "AccessDenied";
  $fault = "client";
  constructor(opts) {
    super({
      name: "AccessDenied",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AccessDenied.prototype);
  }
};
var ObjectNotInActiveTierError = class _ObjectNotInActiveTierError extends S3ServiceException {
  static shapeId = "com.amazonaws.s3#ObjectNotInActiveTierError";
  name = "ObjectNotInActiveTierError";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ObjectNotInActiveTierError",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ObjectNotInActiveTierError.prototype);
  }
};
var BucketAlreadyExists = class _BucketAlreadyExists extends S3ServiceException {
  static shapeId = "com.amazonaws.s3#BucketAlreadyExists";
  name = "BucketAlreadyExists";
  $fault = "client";
  constructor(opts) {
    super({
      name: "BucketAlreadyExists",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _BucketAlreadyExists.prototype);
  }
};
var BucketAlreadyOwnedByYou = class _BucketAlreadyOwnedByYou extends S3ServiceException {
  static shapeId = "com.amazonaws.s3#BucketAlreadyOwnedByYou";
  name = "BucketAlreadyOwnedByYou";
  $fault = "client";
  constructor(opts) {
    super({
      name: "BucketAlreadyOwnedByYou",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _BucketAlreadyOwnedByYou.prototype);
  }
};
var NoSuchBucket = class _NoSuchBucket extends S3ServiceException {
  static shapeId = "com.amazonaws.s3#NoSuchBucket";
  name = "NoSuchBucket";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NoSuchBucket",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchBucket.prototype);
  }
};
var NoSuchKey = class _NoSuchKey extends S3ServiceException {
  static shapeId = "com.amazonaws.s3#NoSuchKey";
  name = "NoSuchKey";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NoSuchKey",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchKey.prototype);
  }
};
var InvalidObjectState = class _InvalidObjectState extends S3ServiceException {
  static shapeId = "com.amazonaws.s3#InvalidObjectState";
  name = "InvalidObjectState";
  $fault = "client";
  StorageClass;
  AccessTier;
  constructor(opts) {
    super({
      name: "InvalidObjectState",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidObjectState.prototype);
    this.StorageClass = opts.StorageClass;
    this.AccessTier = opts.AccessTier;
  }
};
var NoSuchAnnotation = class _NoSuchAnnotation extends S3ServiceException {
  static shapeId = "com.amazonaws.s3#NoSuchAnnotation";
  name = "NoSuchAnnotation";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NoSuchAnnotation",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchAnnotation.prototype);
  }
};
var NotFound = class _NotFound extends S3ServiceException {
  static shapeId = "com.amazonaws.s3#NotFound";
  name = "NotFound";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NotFound",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NotFound.prototype);
  }
};
var InvalidPrefix = class _InvalidPrefix extends S3ServiceException {
  static shapeId = "com.amazonaws.s3#InvalidPrefix";
  name = "InvalidPrefix";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidPrefix",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidPrefix.prototype);
  }
};
var EncryptionTypeMismatch = class _EncryptionTypeMismatch extends S3ServiceException {
  static shapeId = "com.amazonaws.s3#EncryptionTypeMismatch";
  name = "EncryptionTypeMismatch";
  $fault = "client";
  constructor(opts) {
    super({
      name: "EncryptionTypeMismatch",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _EncryptionTypeMismatch.prototype);
  }
};
var InvalidRequest = class _InvalidRequest extends S3ServiceException {
  static shapeId = "com.amazonaws.s3#InvalidRequest";
  name = "InvalidRequest";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidRequest",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidRequest.prototype);
  }
};
var InvalidWriteOffset = class _InvalidWriteOffset extends S3ServiceException {
  static shapeId = "com.amazonaws.s3#InvalidWriteOffset";
  name = "InvalidWriteOffset";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidWriteOffset",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidWriteOffset.prototype);
  }
};
var TooManyParts = class _TooManyParts extends S3ServiceException {
  static shapeId = "com.amazonaws.s3#TooManyParts";
  name = "TooManyParts";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TooManyParts",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyParts.prototype);
  }
};
var AnnotationLimitExceeded = class _AnnotationLimitExceeded extends S3ServiceException {
  static shapeId = "com.amazonaws.s3#AnnotationLimitExceeded";
  name = "AnnotationLimitExceeded";
  $fault = "client";
  constructor(opts) {
    super({
      name: "AnnotationLimitExceeded",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AnnotationLimitExceeded.prototype);
  }
};
var AnnotationNameTooLong = class _AnnotationNameTooLong extends S3ServiceException {
  static shapeId = "com.amazonaws.s3#AnnotationNameTooLong";
  name = "AnnotationNameTooLong";
  $fault = "client";
  constructor(opts) {
    super({
      name: "AnnotationNameTooLong",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AnnotationNameTooLong.prototype);
  }
};
var InvalidAnnotationName = class _InvalidAnnotationName extends S3ServiceException {
  static shapeId = "com.amazonaws.s3#InvalidAnnotationName";
  name = "InvalidAnnotationName";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidAnnotationName",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidAnnotationName.prototype);
  }
};
var UnsupportedMediaType = class _UnsupportedMediaType extends S3ServiceException {
  static shapeId = "com.amazonaws.s3#UnsupportedMediaType";
  name = "UnsupportedMediaType";
  $fault = "client";
  constructor(opts) {
    super({
      name: "UnsupportedMediaType",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnsupportedMediaType.prototype);
  }
};
var IdempotencyParameterMismatch = class _IdempotencyParameterMismatch extends S3ServiceException {
  static shapeId = "com.amazonaws.s3#IdempotencyParameterMismatch";
  name = "IdempotencyParameterMismatch";
  $fault = "client";
  constructor(opts) {
    super({
      name: "IdempotencyParameterMismatch",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _IdempotencyParameterMismatch.prototype);
  }
};
var ObjectAlreadyInActiveTierError = class _ObjectAlreadyInActiveTierError extends S3ServiceException {
  static shapeId = "com.amazonaws.s3#ObjectAlreadyInActiveTierError";
  name = "ObjectAlreadyInActiveTierError";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ObjectAlreadyInActiveTierError",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ObjectAlreadyInActiveTierError.prototype);
  }
};

// node_modules/@aws-sdk/client-s3/dist-es/schemas/schemas_0.js
var _A2 = "Account";
var _AAO = "AnalyticsAndOperator";
var _AC = "AccelerateConfiguration";
var _ACL = "AccessControlList";
var _ACL_ = "ACL";
var _ACLn = "AnalyticsConfigurationList";
var _ACP = "AccessControlPolicy";
var _ACT = "AccessControlTranslation";
var _ACn = "AnalyticsConfiguration";
var _ACnn = "AnnotationCount";
var _AD2 = "AccessDenied";
var _ADb = "AbortDate";
var _ADn = "AnnotationDirective";
var _AE = "AnnotationEntry";
var _AED = "AnalyticsExportDestination";
var _AF2 = "AnalyticsFilter";
var _AH = "AllowedHeaders";
var _AHl = "AllowedHeader";
var _AI2 = "AccountId";
var _AIMU = "AbortIncompleteMultipartUpload";
var _AKI = "AccessKeyId";
var _AL2 = "AnnotationList";
var _ALE = "AnnotationLimitExceeded";
var _AM2 = "AllowedMethods";
var _AMU = "AbortMultipartUpload";
var _AMUO = "AbortMultipartUploadOutput";
var _AMUR = "AbortMultipartUploadRequest";
var _AMl = "AllowedMethod";
var _AN = "AnnotationName";
var _ANTL = "AnnotationNameTooLong";
var _AO = "AllowedOrigins";
var _AOl = "AllowedOrigin";
var _AP = "AnnotationPayload";
var _APA = "AccessPointAlias";
var _APAc = "AccessPointArn";
var _APn = "AnnotationPrefix";
var _AQRD = "AllowQuotedRecordDelimiter";
var _AR = "AcceptRanges";
var _ARI = "AbortRuleId";
var _AS = "AbacStatus";
var _ASBD = "AnalyticsS3BucketDestination";
var _ASSEBD = "ApplyServerSideEncryptionByDefault";
var _ASr = "ArchiveStatus";
var _AT = "AccessTier";
var _ATC = "AnnotationTableConfiguration";
var _ATCR = "AnnotationTableConfigurationResult";
var _ATCU = "AnnotationTableConfigurationUpdates";
var _An = "And";
var _Ann = "Annotations";
var _B2 = "Bucket";
var _BA = "BucketArn";
var _BAE = "BucketAlreadyExists";
var _BAI = "BucketAccountId";
var _BAOBY = "BucketAlreadyOwnedByYou";
var _BET = "BlockedEncryptionTypes";
var _BGR = "BypassGovernanceRetention";
var _BI = "BucketInfo";
var _BKE = "BucketKeyEnabled";
var _BLC = "BucketLifecycleConfiguration";
var _BLN = "BucketLocationName";
var _BLS = "BucketLoggingStatus";
var _BLT = "BucketLocationType";
var _BN = "BucketNamespace";
var _BNu = "BucketName";
var _BP = "BytesProcessed";
var _BPA = "BlockPublicAcls";
var _BPP = "BlockPublicPolicy";
var _BR = "BucketRegion";
var _BRy = "BytesReturned";
var _BS = "BytesScanned";
var _Bo = "Body";
var _Bu = "Buckets";
var _C2 = "Checksum";
var _CA2 = "ChecksumAlgorithm";
var _CACL = "CannedACL";
var _CB2 = "CreateBucket";
var _CBC = "CreateBucketConfiguration";
var _CBMC = "CreateBucketMetadataConfiguration";
var _CBMCR = "CreateBucketMetadataConfigurationRequest";
var _CBMTC = "CreateBucketMetadataTableConfiguration";
var _CBMTCR = "CreateBucketMetadataTableConfigurationRequest";
var _CBO = "CreateBucketOutput";
var _CBR = "CreateBucketRequest";
var _CC2 = "CacheControl";
var _CCRC = "ChecksumCRC32";
var _CCRCC = "ChecksumCRC32C";
var _CCRCNVME = "ChecksumCRC64NVME";
var _CC_ = "Cache-Control";
var _CD2 = "CreationDate";
var _CD_ = "Content-Disposition";
var _CDo = "ContentDisposition";
var _CE = "ContinuationEvent";
var _CE_ = "Content-Encoding";
var _CEo = "ContentEncoding";
var _CF2 = "CloudFunction";
var _CFC2 = "CloudFunctionConfiguration";
var _CL = "ContentLanguage";
var _CL_ = "Content-Language";
var _CL__ = "Content-Length";
var _CLo = "ContentLength";
var _CM2 = "Content-MD5";
var _CMD = "ChecksumMD5";
var _CMDo = "ContentMD5";
var _CMU = "CompletedMultipartUpload";
var _CMUO = "CompleteMultipartUploadOutput";
var _CMUOr = "CreateMultipartUploadOutput";
var _CMUR = "CompleteMultipartUploadResult";
var _CMURo = "CompleteMultipartUploadRequest";
var _CMURr = "CreateMultipartUploadRequest";
var _CMUo = "CompleteMultipartUpload";
var _CMUr = "CreateMultipartUpload";
var _CMh = "ChecksumMode";
var _CO2 = "CopyObject";
var _COO = "CopyObjectOutput";
var _COR = "CopyObjectResult";
var _CORSC = "CORSConfiguration";
var _CORSR = "CORSRules";
var _CORSRu = "CORSRule";
var _CORo = "CopyObjectRequest";
var _CP2 = "CommonPrefix";
var _CPL2 = "CommonPrefixList";
var _CPLo = "CompletedPartList";
var _CPR = "CopyPartResult";
var _CPo2 = "CompletedPart";
var _CPom = "CommonPrefixes";
var _CR2 = "ContentRange";
var _CRSBA = "ConfirmRemoveSelfBucketAccess";
var _CR_ = "Content-Range";
var _CS2 = "ConfigurationState";
var _CSHA = "ChecksumSHA1";
var _CSHAh = "ChecksumSHA256";
var _CSHAhe = "ChecksumSHA512";
var _CSIM = "CopySourceIfMatch";
var _CSIMS = "CopySourceIfModifiedSince";
var _CSINM = "CopySourceIfNoneMatch";
var _CSIUS = "CopySourceIfUnmodifiedSince";
var _CSO = "CreateSessionOutput";
var _CSR = "CreateSessionResult";
var _CSRo = "CopySourceRange";
var _CSRr = "CreateSessionRequest";
var _CSSSECA = "CopySourceSSECustomerAlgorithm";
var _CSSSECK = "CopySourceSSECustomerKey";
var _CSSSECKMD = "CopySourceSSECustomerKeyMD5";
var _CSV = "CSV";
var _CSVI = "CopySourceVersionId";
var _CSVIn = "CSVInput";
var _CSVO = "CSVOutput";
var _CSo = "CopySource";
var _CSr = "CreateSession";
var _CT2 = "ChecksumType";
var _CT_2 = "Content-Type";
var _CTl = "ClientToken";
var _CTo2 = "ContentType";
var _CTom = "CompressionType";
var _CTon2 = "ContinuationToken";
var _CXXHASH = "ChecksumXXHASH64";
var _CXXHASHh = "ChecksumXXHASH3";
var _CXXHASHhe = "ChecksumXXHASH128";
var _Co2 = "Condition";
var _Cod = "Code";
var _Com = "Comments";
var _Con = "Contents";
var _Cont = "Cont";
var _Cr = "Credentials";
var _D2 = "Days";
var _DAI = "DaysAfterInitiation";
var _DB = "DeleteBucket";
var _DBAC = "DeleteBucketAnalyticsConfiguration";
var _DBACR = "DeleteBucketAnalyticsConfigurationRequest";
var _DBC = "DeleteBucketCors";
var _DBCR = "DeleteBucketCorsRequest";
var _DBE = "DeleteBucketEncryption";
var _DBER = "DeleteBucketEncryptionRequest";
var _DBIC = "DeleteBucketInventoryConfiguration";
var _DBICR = "DeleteBucketInventoryConfigurationRequest";
var _DBITC = "DeleteBucketIntelligentTieringConfiguration";
var _DBITCR = "DeleteBucketIntelligentTieringConfigurationRequest";
var _DBL = "DeleteBucketLifecycle";
var _DBLR = "DeleteBucketLifecycleRequest";
var _DBMC = "DeleteBucketMetadataConfiguration";
var _DBMCR = "DeleteBucketMetadataConfigurationRequest";
var _DBMCRe = "DeleteBucketMetricsConfigurationRequest";
var _DBMCe = "DeleteBucketMetricsConfiguration";
var _DBMTC = "DeleteBucketMetadataTableConfiguration";
var _DBMTCR = "DeleteBucketMetadataTableConfigurationRequest";
var _DBOC = "DeleteBucketOwnershipControls";
var _DBOCR = "DeleteBucketOwnershipControlsRequest";
var _DBP = "DeleteBucketPolicy";
var _DBPR = "DeleteBucketPolicyRequest";
var _DBR = "DeleteBucketRequest";
var _DBRR = "DeleteBucketReplicationRequest";
var _DBRe = "DeleteBucketReplication";
var _DBT = "DeleteBucketTagging";
var _DBTR = "DeleteBucketTaggingRequest";
var _DBW = "DeleteBucketWebsite";
var _DBWR = "DeleteBucketWebsiteRequest";
var _DE = "DataExport";
var _DEH = "DefaultEventHold";
var _DIM = "DestinationIfMatch";
var _DIMS = "DestinationIfModifiedSince";
var _DINM = "DestinationIfNoneMatch";
var _DIUS = "DestinationIfUnmodifiedSince";
var _DM = "DeleteMarker";
var _DME = "DeleteMarkerEntry";
var _DMR = "DeleteMarkerReplication";
var _DMVI = "DeleteMarkerVersionId";
var _DMe = "DeleteMarkers";
var _DN2 = "DisplayName";
var _DO = "DeletedObject";
var _DOA = "DeleteObjectAnnotation";
var _DOAO = "DeleteObjectAnnotationOutput";
var _DOAR = "DeleteObjectAnnotationRequest";
var _DOO = "DeleteObjectOutput";
var _DOOe = "DeleteObjectsOutput";
var _DOR = "DeleteObjectRequest";
var _DORe = "DeleteObjectsRequest";
var _DOT = "DeleteObjectTagging";
var _DOTO = "DeleteObjectTaggingOutput";
var _DOTR = "DeleteObjectTaggingRequest";
var _DOe = "DeletedObjects";
var _DOel = "DeleteObject";
var _DOele = "DeleteObjects";
var _DPAB = "DeletePublicAccessBlock";
var _DPABR = "DeletePublicAccessBlockRequest";
var _DR2 = "DataRedundancy";
var _DRe = "DefaultRetention";
var _DRel = "DeleteResult";
var _DRes = "DestinationResult";
var _Da = "Date";
var _De2 = "Delete";
var _Del = "Deleted";
var _Deli = "Delimiter";
var _Des = "Destination";
var _Desc = "Description";
var _Det = "Details";
var _E2 = "Error";
var _EA = "EmailAddress";
var _EBC = "EventBridgeConfiguration";
var _EBO = "ExpectedBucketOwner";
var _EC2 = "EncryptionConfiguration";
var _ECr = "ErrorCode";
var _ED = "ErrorDetails";
var _EDr = "ErrorDocument";
var _EE2 = "EndEvent";
var _EH = "ExposeHeaders";
var _EHD = "EventHoldDuration";
var _EHv = "EventHold";
var _EHx = "ExposeHeader";
var _EM = "ErrorMessage";
var _EODM = "ExpiredObjectDeleteMarker";
var _EOR = "ExistingObjectReplication";
var _ES = "ExpiresString";
var _ESBO = "ExpectedSourceBucketOwner";
var _ET2 = "ETag";
var _ETL = "EncryptionTypeList";
var _ETM = "EncryptionTypeMismatch";
var _ETn = "EncryptionType";
var _ETnc = "EncodingType";
var _ETv2 = "EventThreshold";
var _ETx = "ExpressionType";
var _En = "Encryption";
var _Ena = "Enabled";
var _End = "End";
var _Er = "Errors";
var _Ev = "Events";
var _Eve = "Event";
var _Ex = "Expiration";
var _Exp = "Expires";
var _Expr = "Expression";
var _F2 = "Filter";
var _FD = "FieldDelimiter";
var _FHI = "FileHeaderInfo";
var _FO2 = "FetchOwner";
var _FR = "FilterRule";
var _FRL = "FilterRuleList";
var _FRi = "FilterRules";
var _Fi2 = "Field";
var _Fo2 = "Format";
var _Fr = "Frequency";
var _G = "Grants";
var _GBA = "GetBucketAbac";
var _GBAC = "GetBucketAccelerateConfiguration";
var _GBACO = "GetBucketAccelerateConfigurationOutput";
var _GBACOe = "GetBucketAnalyticsConfigurationOutput";
var _GBACR = "GetBucketAccelerateConfigurationRequest";
var _GBACRe = "GetBucketAnalyticsConfigurationRequest";
var _GBACe = "GetBucketAnalyticsConfiguration";
var _GBAO = "GetBucketAbacOutput";
var _GBAOe = "GetBucketAclOutput";
var _GBAR = "GetBucketAbacRequest";
var _GBARe = "GetBucketAclRequest";
var _GBAe = "GetBucketAcl";
var _GBC = "GetBucketCors";
var _GBCO = "GetBucketCorsOutput";
var _GBCR = "GetBucketCorsRequest";
var _GBE = "GetBucketEncryption";
var _GBEO = "GetBucketEncryptionOutput";
var _GBER = "GetBucketEncryptionRequest";
var _GBIC = "GetBucketInventoryConfiguration";
var _GBICO = "GetBucketInventoryConfigurationOutput";
var _GBICR = "GetBucketInventoryConfigurationRequest";
var _GBITC = "GetBucketIntelligentTieringConfiguration";
var _GBITCO = "GetBucketIntelligentTieringConfigurationOutput";
var _GBITCR = "GetBucketIntelligentTieringConfigurationRequest";
var _GBL = "GetBucketLocation";
var _GBLC = "GetBucketLifecycleConfiguration";
var _GBLCO = "GetBucketLifecycleConfigurationOutput";
var _GBLCR = "GetBucketLifecycleConfigurationRequest";
var _GBLO = "GetBucketLocationOutput";
var _GBLOe = "GetBucketLoggingOutput";
var _GBLR = "GetBucketLocationRequest";
var _GBLRe = "GetBucketLoggingRequest";
var _GBLe = "GetBucketLogging";
var _GBMC = "GetBucketMetadataConfiguration";
var _GBMCO = "GetBucketMetadataConfigurationOutput";
var _GBMCOe = "GetBucketMetricsConfigurationOutput";
var _GBMCR = "GetBucketMetadataConfigurationResult";
var _GBMCRe = "GetBucketMetadataConfigurationRequest";
var _GBMCRet = "GetBucketMetricsConfigurationRequest";
var _GBMCe = "GetBucketMetricsConfiguration";
var _GBMTC = "GetBucketMetadataTableConfiguration";
var _GBMTCO = "GetBucketMetadataTableConfigurationOutput";
var _GBMTCR = "GetBucketMetadataTableConfigurationResult";
var _GBMTCRe = "GetBucketMetadataTableConfigurationRequest";
var _GBNC = "GetBucketNotificationConfiguration";
var _GBNCR = "GetBucketNotificationConfigurationRequest";
var _GBOC = "GetBucketOwnershipControls";
var _GBOCO = "GetBucketOwnershipControlsOutput";
var _GBOCR = "GetBucketOwnershipControlsRequest";
var _GBP = "GetBucketPolicy";
var _GBPO = "GetBucketPolicyOutput";
var _GBPR = "GetBucketPolicyRequest";
var _GBPS = "GetBucketPolicyStatus";
var _GBPSO = "GetBucketPolicyStatusOutput";
var _GBPSR = "GetBucketPolicyStatusRequest";
var _GBR = "GetBucketReplication";
var _GBRO = "GetBucketReplicationOutput";
var _GBRP = "GetBucketRequestPayment";
var _GBRPO = "GetBucketRequestPaymentOutput";
var _GBRPR = "GetBucketRequestPaymentRequest";
var _GBRR = "GetBucketReplicationRequest";
var _GBT = "GetBucketTagging";
var _GBTO = "GetBucketTaggingOutput";
var _GBTR = "GetBucketTaggingRequest";
var _GBV = "GetBucketVersioning";
var _GBVO = "GetBucketVersioningOutput";
var _GBVR = "GetBucketVersioningRequest";
var _GBW = "GetBucketWebsite";
var _GBWO = "GetBucketWebsiteOutput";
var _GBWR = "GetBucketWebsiteRequest";
var _GFC = "GrantFullControl";
var _GJP = "GlacierJobParameters";
var _GO = "GetObject";
var _GOA = "GetObjectAcl";
var _GOAO = "GetObjectAclOutput";
var _GOAOe = "GetObjectAnnotationOutput";
var _GOAOet = "GetObjectAttributesOutput";
var _GOAP = "GetObjectAttributesParts";
var _GOAR = "GetObjectAclRequest";
var _GOARe = "GetObjectAnnotationRequest";
var _GOARet = "GetObjectAttributesResponse";
var _GOARetb = "GetObjectAttributesRequest";
var _GOAe = "GetObjectAnnotation";
var _GOAet = "GetObjectAttributes";
var _GOLC = "GetObjectLockConfiguration";
var _GOLCO = "GetObjectLockConfigurationOutput";
var _GOLCR = "GetObjectLockConfigurationRequest";
var _GOLH = "GetObjectLegalHold";
var _GOLHO = "GetObjectLegalHoldOutput";
var _GOLHR = "GetObjectLegalHoldRequest";
var _GOO = "GetObjectOutput";
var _GOR = "GetObjectRequest";
var _GORO = "GetObjectRetentionOutput";
var _GORR = "GetObjectRetentionRequest";
var _GORe = "GetObjectRetention";
var _GOT = "GetObjectTagging";
var _GOTO = "GetObjectTaggingOutput";
var _GOTOe = "GetObjectTorrentOutput";
var _GOTR = "GetObjectTaggingRequest";
var _GOTRe = "GetObjectTorrentRequest";
var _GOTe = "GetObjectTorrent";
var _GPAB = "GetPublicAccessBlock";
var _GPABO = "GetPublicAccessBlockOutput";
var _GPABR = "GetPublicAccessBlockRequest";
var _GR2 = "GrantRead";
var _GRACP = "GrantReadACP";
var _GW = "GrantWrite";
var _GWACP = "GrantWriteACP";
var _Gr = "Grant";
var _Gra = "Grantee";
var _HB2 = "HeadBucket";
var _HBO = "HeadBucketOutput";
var _HBR = "HeadBucketRequest";
var _HECRE = "HttpErrorCodeReturnedEquals";
var _HN2 = "HostName";
var _HO = "HeadObject";
var _HOO = "HeadObjectOutput";
var _HOR = "HeadObjectRequest";
var _HRC = "HttpRedirectCode";
var _I2 = "Id";
var _IAN = "InvalidAnnotationName";
var _IC2 = "InventoryConfiguration";
var _ICL = "InventoryConfigurationList";
var _ID2 = "ID";
var _IDn = "IndexDocument";
var _IDnv = "InventoryDestination";
var _IE2 = "IsEnabled";
var _IEn = "InventoryEncryption";
var _IF = "InventoryFilter";
var _IL2 = "IsLatest";
var _IM2 = "IfMatch";
var _IMIT = "IfMatchInitiatedTime";
var _IMLMT = "IfMatchLastModifiedTime";
var _IMS = "IfMatchSize";
var _IMS_ = "If-Modified-Since";
var _IMSf = "IfModifiedSince";
var _IMUR = "InitiateMultipartUploadResult";
var _IM_2 = "If-Match";
var _INM = "IfNoneMatch";
var _INM_ = "If-None-Match";
var _IOF = "InventoryOptionalFields";
var _IOS = "InvalidObjectState";
var _IOV = "IncludedObjectVersions";
var _IP = "InvalidPrefix";
var _IPA2 = "IgnorePublicAcls";
var _IPM = "IdempotencyParameterMismatch";
var _IPs = "IsPublic";
var _IR = "InvalidRequest";
var _IRIP = "IsRestoreInProgress";
var _IS2 = "InputSerialization";
var _ISBD = "InventoryS3BucketDestination";
var _ISn2 = "InventorySchedule";
var _IT2 = "IsTruncated";
var _ITAO = "IntelligentTieringAndOperator";
var _ITC = "IntelligentTieringConfiguration";
var _ITCL = "IntelligentTieringConfigurationList";
var _ITCR = "InventoryTableConfigurationResult";
var _ITCU = "InventoryTableConfigurationUpdates";
var _ITCn = "InventoryTableConfiguration";
var _ITF = "IntelligentTieringFilter";
var _IUS = "IfUnmodifiedSince";
var _IUS_ = "If-Unmodified-Since";
var _IWO = "InvalidWriteOffset";
var _In2 = "Initiator";
var _Ini = "Initiated";
var _JSON = "JSON";
var _JSONI = "JSONInput";
var _JSONO = "JSONOutput";
var _JTC = "JournalTableConfiguration";
var _JTCR = "JournalTableConfigurationResult";
var _JTCU = "JournalTableConfigurationUpdates";
var _K2 = "Key";
var _KC = "KeyCount";
var _KI = "KeyId";
var _KKA = "KmsKeyArn";
var _KM = "KeyMarker";
var _KMSC = "KMSContext";
var _KMSKA = "KMSKeyArn";
var _KMSKI = "KMSKeyId";
var _KMSMKID = "KMSMasterKeyID";
var _KPE = "KeyPrefixEquals";
var _L2 = "Location";
var _LAMBR = "ListAllMyBucketsResult";
var _LAMDBR = "ListAllMyDirectoryBucketsResult";
var _LB = "ListBuckets";
var _LBAC = "ListBucketAnalyticsConfigurations";
var _LBACO = "ListBucketAnalyticsConfigurationsOutput";
var _LBACR = "ListBucketAnalyticsConfigurationResult";
var _LBACRi = "ListBucketAnalyticsConfigurationsRequest";
var _LBIC = "ListBucketInventoryConfigurations";
var _LBICO = "ListBucketInventoryConfigurationsOutput";
var _LBICR = "ListBucketInventoryConfigurationsRequest";
var _LBITC = "ListBucketIntelligentTieringConfigurations";
var _LBITCO = "ListBucketIntelligentTieringConfigurationsOutput";
var _LBITCR = "ListBucketIntelligentTieringConfigurationsRequest";
var _LBMC = "ListBucketMetricsConfigurations";
var _LBMCO = "ListBucketMetricsConfigurationsOutput";
var _LBMCR = "ListBucketMetricsConfigurationsRequest";
var _LBO = "ListBucketsOutput";
var _LBR = "ListBucketsRequest";
var _LBRi = "ListBucketResult";
var _LC2 = "LocationConstraint";
var _LCi = "LifecycleConfiguration";
var _LDB = "ListDirectoryBuckets";
var _LDBO = "ListDirectoryBucketsOutput";
var _LDBR = "ListDirectoryBucketsRequest";
var _LE = "LoggingEnabled";
var _LEi = "LifecycleExpiration";
var _LFA2 = "LambdaFunctionArn";
var _LFC = "LambdaFunctionConfiguration";
var _LFCL = "LambdaFunctionConfigurationList";
var _LFCa = "LambdaFunctionConfigurations";
var _LH = "LegalHold";
var _LI2 = "LocationInfo";
var _LICR = "ListInventoryConfigurationsResult";
var _LM = "LastModified";
var _LMCR = "ListMetricsConfigurationsResult";
var _LMT2 = "LastModifiedTime";
var _LMU = "ListMultipartUploads";
var _LMUO = "ListMultipartUploadsOutput";
var _LMUR = "ListMultipartUploadsResult";
var _LMURi = "ListMultipartUploadsRequest";
var _LM_ = "Last-Modified";
var _LO = "ListObjects";
var _LOA = "ListObjectAnnotations";
var _LOAO = "ListObjectAnnotationsOutput";
var _LOAR = "ListObjectAnnotationsRequest";
var _LOO = "ListObjectsOutput";
var _LOR = "ListObjectsRequest";
var _LOV = "ListObjectsV2";
var _LOVO = "ListObjectsV2Output";
var _LOVOi = "ListObjectVersionsOutput";
var _LOVR = "ListObjectsV2Request";
var _LOVRi = "ListObjectVersionsRequest";
var _LOVi = "ListObjectVersions";
var _LP = "ListParts";
var _LPO = "ListPartsOutput";
var _LPR = "ListPartsResult";
var _LPRi = "ListPartsRequest";
var _LR = "LifecycleRule";
var _LRAO = "LifecycleRuleAndOperator";
var _LRF = "LifecycleRuleFilter";
var _LRi = "LifecycleRules";
var _LVR = "ListVersionsResult";
var _M2 = "Metadata";
var _MAO = "MetricsAndOperator";
var _MAR = "MaxAnnotationResults";
var _MAS = "MaxAgeSeconds";
var _MB2 = "MaxBuckets";
var _MC = "MetadataConfiguration";
var _MCL = "MetricsConfigurationList";
var _MCR2 = "MetadataConfigurationResult";
var _MCe = "MetricsConfiguration";
var _MD = "MetadataDirective";
var _MDB = "MaxDirectoryBuckets";
var _MDf = "MfaDelete";
var _ME = "MetadataEntry";
var _MF = "MetricsFilter";
var _MFA = "MFA";
var _MFAD = "MFADelete";
var _MK = "MaxKeys";
var _MM = "MissingMeta";
var _MOS = "MpuObjectSize";
var _MP = "MaxParts";
var _MTC = "MetadataTableConfiguration";
var _MTCR = "MetadataTableConfigurationResult";
var _MTEC = "MetadataTableEncryptionConfiguration";
var _MU = "MultipartUpload";
var _MUL = "MultipartUploadList";
var _MUa = "MaxUploads";
var _Ma2 = "Marker";
var _Me2 = "Metrics";
var _Mes = "Message";
var _Mi = "Minutes";
var _Mo2 = "Mode";
var _N2 = "Name";
var _NC = "NotificationConfiguration";
var _NCF = "NotificationConfigurationFilter";
var _NCT = "NextContinuationToken";
var _ND = "NoncurrentDays";
var _NEKKAS = "NonEmptyKmsKeyArnString";
var _NF = "NotFound";
var _NKM = "NextKeyMarker";
var _NM2 = "NextMarker";
var _NNV = "NewerNoncurrentVersions";
var _NPNM = "NextPartNumberMarker";
var _NSA = "NoSuchAnnotation";
var _NSB = "NoSuchBucket";
var _NSK = "NoSuchKey";
var _NSU = "NoSuchUpload";
var _NUIM = "NextUploadIdMarker";
var _NVE = "NoncurrentVersionExpiration";
var _NVIM = "NextVersionIdMarker";
var _NVT = "NoncurrentVersionTransitions";
var _NVTL = "NoncurrentVersionTransitionList";
var _NVTo = "NoncurrentVersionTransition";
var _No = "Not";
var _O2 = "Owner";
var _OA = "ObjectAttributes";
var _OAIATE = "ObjectAlreadyInActiveTierError";
var _OC = "OwnershipControls";
var _OCR = "OwnershipControlsRule";
var _OCRw = "OwnershipControlsRules";
var _OE = "ObjectEncryption";
var _OF = "OptionalFields";
var _OI2 = "ObjectIdentifier";
var _OIL = "ObjectIdentifierList";
var _OIM = "ObjectIfMatch";
var _OL2 = "OutputLocation";
var _OLC = "ObjectLockConfiguration";
var _OLE = "ObjectLockEnabled";
var _OLEFB = "ObjectLockEnabledForBucket";
var _OLEH = "ObjectLockEventHold";
var _OLEHDD = "ObjectLockEventHoldDurationDays";
var _OLEHDY = "ObjectLockEventHoldDurationYears";
var _OLLH = "ObjectLockLegalHold";
var _OLLHS = "ObjectLockLegalHoldStatus";
var _OLM = "ObjectLockMode";
var _OLR = "ObjectLockRetention";
var _OLRUD = "ObjectLockRetainUntilDate";
var _OLRb = "ObjectLockRule";
var _OLb = "ObjectList";
var _ONIATE = "ObjectNotInActiveTierError";
var _OO2 = "ObjectOwnership";
var _OOA = "OptionalObjectAttributes";
var _OP2 = "ObjectParts";
var _OPb = "ObjectPart";
var _OS2 = "ObjectSize";
var _OSGT = "ObjectSizeGreaterThan";
var _OSLT = "ObjectSizeLessThan";
var _OSV = "OutputSchemaVersion";
var _OSu = "OutputSerialization";
var _OV = "ObjectVersion";
var _OVI = "ObjectVersionId";
var _OVL = "ObjectVersionList";
var _Ob = "Objects";
var _Obj = "Object";
var _Or2 = "Or";
var _P2 = "Prefix";
var _PABC = "PublicAccessBlockConfiguration";
var _PBA = "PutBucketAbac";
var _PBAC = "PutBucketAccelerateConfiguration";
var _PBACR = "PutBucketAccelerateConfigurationRequest";
var _PBACRu = "PutBucketAnalyticsConfigurationRequest";
var _PBACu = "PutBucketAnalyticsConfiguration";
var _PBAR = "PutBucketAbacRequest";
var _PBARu = "PutBucketAclRequest";
var _PBAu = "PutBucketAcl";
var _PBC = "PutBucketCors";
var _PBCR = "PutBucketCorsRequest";
var _PBE = "PutBucketEncryption";
var _PBER = "PutBucketEncryptionRequest";
var _PBIC = "PutBucketInventoryConfiguration";
var _PBICR = "PutBucketInventoryConfigurationRequest";
var _PBITC = "PutBucketIntelligentTieringConfiguration";
var _PBITCR = "PutBucketIntelligentTieringConfigurationRequest";
var _PBL = "PutBucketLogging";
var _PBLC = "PutBucketLifecycleConfiguration";
var _PBLCO = "PutBucketLifecycleConfigurationOutput";
var _PBLCR = "PutBucketLifecycleConfigurationRequest";
var _PBLR = "PutBucketLoggingRequest";
var _PBMC = "PutBucketMetricsConfiguration";
var _PBMCR = "PutBucketMetricsConfigurationRequest";
var _PBNC = "PutBucketNotificationConfiguration";
var _PBNCR = "PutBucketNotificationConfigurationRequest";
var _PBOC = "PutBucketOwnershipControls";
var _PBOCR = "PutBucketOwnershipControlsRequest";
var _PBP = "PutBucketPolicy";
var _PBPR = "PutBucketPolicyRequest";
var _PBR = "PutBucketReplication";
var _PBRP = "PutBucketRequestPayment";
var _PBRPR = "PutBucketRequestPaymentRequest";
var _PBRR = "PutBucketReplicationRequest";
var _PBT = "PutBucketTagging";
var _PBTR = "PutBucketTaggingRequest";
var _PBV = "PutBucketVersioning";
var _PBVR = "PutBucketVersioningRequest";
var _PBW = "PutBucketWebsite";
var _PBWR = "PutBucketWebsiteRequest";
var _PC2 = "PartsCount";
var _PDS2 = "PartitionDateSource";
var _PE = "ProgressEvent";
var _PI2 = "ParquetInput";
var _PL2 = "PartsList";
var _PN = "PartNumber";
var _PNM = "PartNumberMarker";
var _PO = "PutObject";
var _POA = "PutObjectAcl";
var _POAO = "PutObjectAclOutput";
var _POAOu = "PutObjectAnnotationOutput";
var _POAR = "PutObjectAclRequest";
var _POARu = "PutObjectAnnotationRequest";
var _POAu = "PutObjectAnnotation";
var _POLC = "PutObjectLockConfiguration";
var _POLCO = "PutObjectLockConfigurationOutput";
var _POLCR = "PutObjectLockConfigurationRequest";
var _POLH = "PutObjectLegalHold";
var _POLHO = "PutObjectLegalHoldOutput";
var _POLHR = "PutObjectLegalHoldRequest";
var _POO = "PutObjectOutput";
var _POR = "PutObjectRequest";
var _PORO = "PutObjectRetentionOutput";
var _PORR = "PutObjectRetentionRequest";
var _PORu = "PutObjectRetention";
var _POT = "PutObjectTagging";
var _POTO = "PutObjectTaggingOutput";
var _POTR = "PutObjectTaggingRequest";
var _PP2 = "PartitionedPrefix";
var _PPAB = "PutPublicAccessBlock";
var _PPABR = "PutPublicAccessBlockRequest";
var _PS = "PolicyStatus";
var _Pa2 = "Parts";
var _Par2 = "Part";
var _Parq = "Parquet";
var _Pay = "Payer";
var _Payl = "Payload";
var _Pe = "Permission";
var _Po = "Policy";
var _Pr2 = "Progress";
var _Pre2 = "Prefixes";
var _Pri = "Priority";
var _Pro2 = "Protocol";
var _Q2 = "Quiet";
var _QA2 = "QueueArn";
var _QC = "QuoteCharacter";
var _QCL = "QueueConfigurationList";
var _QCu = "QueueConfigurations";
var _QCue = "QueueConfiguration";
var _QEC = "QuoteEscapeCharacter";
var _QF = "QuoteFields";
var _Qu = "Queue";
var _R2 = "Role";
var _RART = "RedirectAllRequestsTo";
var _RC2 = "RequestCharged";
var _RCC = "ResponseCacheControl";
var _RCD = "ResponseContentDisposition";
var _RCE = "ResponseContentEncoding";
var _RCL = "ResponseContentLanguage";
var _RCT2 = "ResponseContentType";
var _RCe = "ReplicationConfiguration";
var _RD = "RecordDelimiter";
var _RE2 = "ResponseExpires";
var _RED = "RestoreExpiryDate";
var _REe = "RecordExpiration";
var _REec = "RecordsEvent";
var _RKKID = "ReplicaKmsKeyID";
var _RKPW = "ReplaceKeyPrefixWith";
var _RKW = "ReplaceKeyWith";
var _RM = "ReplicaModifications";
var _RO = "RenameObject";
var _ROO = "RenameObjectOutput";
var _ROOe = "RestoreObjectOutput";
var _ROP = "RestoreOutputPath";
var _ROR = "RenameObjectRequest";
var _RORe = "RestoreObjectRequest";
var _ROe = "RestoreObject";
var _RP2 = "RequestPayer";
var _RPB = "RestrictPublicBuckets";
var _RPC = "RequestPaymentConfiguration";
var _RPL = "ReplicationPrefixList";
var _RPe = "RequestProgress";
var _RR = "RoutingRules";
var _RRAO = "ReplicationRuleAndOperator";
var _RRF = "ReplicationRuleFilter";
var _RRNO = "ReplicationRuleNotOperator";
var _RROO = "ReplicationRuleOrOperator";
var _RRe = "ReplicationRule";
var _RRep = "ReplicationRules";
var _RReq = "RequestRoute";
var _RRes = "RestoreRequest";
var _RRo = "RoutingRule";
var _RS = "ReplicationStatus";
var _RSe = "RestoreStatus";
var _RSen = "RenameSource";
var _RT2 = "ReplicationTime";
var _RTV = "ReplicationTimeValue";
var _RTe2 = "RequestToken";
var _RUD = "RetainUntilDate";
var _Ra = "Range";
var _Re2 = "Restore";
var _Rec = "Records";
var _Red = "Redirect";
var _Ret = "Retention";
var _Ru2 = "Rules";
var _Rul = "Rule";
var _S2 = "Status";
var _SA = "StartAfter";
var _SAK = "SecretAccessKey";
var _SAs = "SseAlgorithm";
var _SB2 = "StreamingBlob";
var _SBD = "S3BucketDestination";
var _SC2 = "StorageClass";
var _SCA = "StorageClassAnalysis";
var _SCADE = "StorageClassAnalysisDataExport";
var _SCV = "SessionCredentialValue";
var _SCe = "SessionCredentials";
var _SCt2 = "StatusCode";
var _SDV = "SkipDestinationValidation";
var _SE = "StatsEvent";
var _SIM = "SourceIfMatch";
var _SIMS = "SourceIfModifiedSince";
var _SINM = "SourceIfNoneMatch";
var _SIUS = "SourceIfUnmodifiedSince";
var _SK = "SSE-KMS";
var _SKEO = "SseKmsEncryptedObjects";
var _SKF = "S3KeyFilter";
var _SKe = "S3Key";
var _SL2 = "S3Location";
var _SM = "SessionMode";
var _SOC2 = "SelectObjectContent";
var _SOCES = "SelectObjectContentEventStream";
var _SOCO = "SelectObjectContentOutput";
var _SOCR = "SelectObjectContentRequest";
var _SP2 = "SelectParameters";
var _SPi = "SimplePrefix";
var _SR2 = "ScanRange";
var _SS2 = "SSE-S3";
var _SSC2 = "SourceSelectionCriteria";
var _SSE = "ServerSideEncryption";
var _SSEA = "SSEAlgorithm";
var _SSEBD = "ServerSideEncryptionByDefault";
var _SSEC = "ServerSideEncryptionConfiguration";
var _SSECA = "SSECustomerAlgorithm";
var _SSECK = "SSECustomerKey";
var _SSECKMD = "SSECustomerKeyMD5";
var _SSEKMS = "SSEKMS";
var _SSEKMSE = "SSEKMSEncryption";
var _SSEKMSEC = "SSEKMSEncryptionContext";
var _SSEKMSKI = "SSEKMSKeyId";
var _SSER = "ServerSideEncryptionRule";
var _SSERe = "ServerSideEncryptionRules";
var _SSES = "SSES3";
var _ST2 = "SessionToken";
var _STD = "S3TablesDestination";
var _STDR = "S3TablesDestinationResult";
var _S_ = "S3";
var _Sc = "Schedule";
var _Si2 = "Size";
var _St2 = "Start";
var _Sta2 = "Stats";
var _Su = "Suffix";
var _T2 = "Tags";
var _TA = "TableArn";
var _TAo = "TopicArn";
var _TB = "TargetBucket";
var _TBA = "TableBucketArn";
var _TBT = "TableBucketType";
var _TC2 = "TagCount";
var _TCL = "TopicConfigurationList";
var _TCo = "TopicConfigurations";
var _TCop = "TopicConfiguration";
var _TD = "TaggingDirective";
var _TDMOS = "TransitionDefaultMinimumObjectSize";
var _TG = "TargetGrants";
var _TGa = "TargetGrant";
var _TL2 = "TieringList";
var _TLr = "TransitionList";
var _TMP = "TooManyParts";
var _TN = "TableName";
var _TNa = "TableNamespace";
var _TOKF = "TargetObjectKeyFormat";
var _TP = "TargetPrefix";
var _TPC = "TotalPartsCount";
var _TS2 = "TableStatus";
var _TSa = "TagSet";
var _Ta2 = "Tag";
var _Tag2 = "Tagging";
var _Ti = "Tier";
var _Tie = "Tierings";
var _Tier = "Tiering";
var _Tim = "Time";
var _To = "Token";
var _Top = "Topic";
var _Tr = "Transitions";
var _Tra = "Transition";
var _Ty = "Type";
var _U = "Uploads";
var _UBMATC = "UpdateBucketMetadataAnnotationTableConfiguration";
var _UBMATCR = "UpdateBucketMetadataAnnotationTableConfigurationRequest";
var _UBMITC = "UpdateBucketMetadataInventoryTableConfiguration";
var _UBMITCR = "UpdateBucketMetadataInventoryTableConfigurationRequest";
var _UBMJTC = "UpdateBucketMetadataJournalTableConfiguration";
var _UBMJTCR = "UpdateBucketMetadataJournalTableConfigurationRequest";
var _UI = "UploadId";
var _UIM = "UploadIdMarker";
var _UM = "UserMetadata";
var _UMT = "UnsupportedMediaType";
var _UOE = "UpdateObjectEncryption";
var _UOER = "UpdateObjectEncryptionRequest";
var _UOERp = "UpdateObjectEncryptionResponse";
var _UP = "UploadPart";
var _UPC = "UploadPartCopy";
var _UPCO = "UploadPartCopyOutput";
var _UPCR = "UploadPartCopyRequest";
var _UPO = "UploadPartOutput";
var _UPR = "UploadPartRequest";
var _URI = "URI";
var _USMRK = "UseSourceMultiRegionKey";
var _Up = "Upload";
var _V2 = "Value";
var _VC2 = "VersioningConfiguration";
var _VI = "VersionId";
var _VIM = "VersionIdMarker";
var _Ve = "Versions";
var _Ver = "Version";
var _WC = "WebsiteConfiguration";
var _WGOR = "WriteGetObjectResponse";
var _WGORR = "WriteGetObjectResponseRequest";
var _WOB = "WriteOffsetBytes";
var _WRL = "WebsiteRedirectLocation";
var _Y = "Years";
var _aN = "annotationName";
var _ap = "annotation-prefix";
var _ar = "accept-ranges";
var _br = "bucket-region";
var _c2 = "client";
var _ct = "continuation-token";
var _d2 = "delimiter";
var _e2 = "error";
var _eP = "eventPayload";
var _en = "endpoint";
var _et = "encoding-type";
var _fo = "fetch-owner";
var _h2 = "http";
var _hC = "httpChecksum";
var _hE2 = "httpError";
var _hH2 = "httpHeader";
var _hL = "hostLabel";
var _hP2 = "httpPayload";
var _hPH = "httpPrefixHeaders";
var _hQ2 = "httpQuery";
var _hi = "http://www.w3.org/2001/XMLSchema-instance";
var _i = "id";
var _iT = "idempotencyToken";
var _km = "key-marker";
var _m = "marker";
var _mar = "max-annotation-results";
var _mb = "max-buckets";
var _mdb = "max-directory-buckets";
var _mk = "max-keys";
var _mp = "max-parts";
var _mu = "max-uploads";
var _p = "prefix";
var _pN = "partNumber";
var _pnm = "part-number-marker";
var _rcc = "response-cache-control";
var _rcd = "response-content-disposition";
var _rce = "response-content-encoding";
var _rcl = "response-content-language";
var _rct = "response-content-type";
var _re = "response-expires";
var _s2 = "smithy.ts.sdk.synthetic.com.amazonaws.s3";
var _sa = "start-after";
var _st = "streaming";
var _uI = "uploadId";
var _uim = "upload-id-marker";
var _vI = "versionId";
var _vim = "version-id-marker";
var _x = "xsi";
var _xA = "xmlAttribute";
var _xF = "xmlFlattened";
var _xN2 = "xmlName";
var _xNm = "xmlNamespace";
var _xaa = "x-amz-acl";
var _xaad = "x-amz-abort-date";
var _xaapa = "x-amz-access-point-alias";
var _xaari = "x-amz-abort-rule-id";
var _xaas = "x-amz-archive-status";
var _xaba = "x-amz-bucket-arn";
var _xabgr = "x-amz-bypass-governance-retention";
var _xabln = "x-amz-bucket-location-name";
var _xablt = "x-amz-bucket-location-type";
var _xabn = "x-amz-bucket-namespace";
var _xabole = "x-amz-bucket-object-lock-enabled";
var _xabolt = "x-amz-bucket-object-lock-token";
var _xabr = "x-amz-bucket-region";
var _xaca = "x-amz-checksum-algorithm";
var _xacc = "x-amz-checksum-crc32";
var _xacc_ = "x-amz-checksum-crc32c";
var _xacc__ = "x-amz-checksum-crc64nvme";
var _xacm = "x-amz-checksum-md5";
var _xacm_ = "x-amz-checksum-mode";
var _xacrsba = "x-amz-confirm-remove-self-bucket-access";
var _xacs = "x-amz-checksum-sha1";
var _xacs_ = "x-amz-checksum-sha256";
var _xacs__ = "x-amz-checksum-sha512";
var _xacs___ = "x-amz-copy-source";
var _xacsim = "x-amz-copy-source-if-match";
var _xacsims = "x-amz-copy-source-if-modified-since";
var _xacsinm = "x-amz-copy-source-if-none-match";
var _xacsius = "x-amz-copy-source-if-unmodified-since";
var _xacsm = "x-amz-create-session-mode";
var _xacsr = "x-amz-copy-source-range";
var _xacssseca = "x-amz-copy-source-server-side-encryption-customer-algorithm";
var _xacssseck = "x-amz-copy-source-server-side-encryption-customer-key";
var _xacssseckM = "x-amz-copy-source-server-side-encryption-customer-key-MD5";
var _xacsvi = "x-amz-copy-source-version-id";
var _xact = "x-amz-checksum-type";
var _xact_ = "x-amz-client-token";
var _xacx = "x-amz-checksum-xxhash64";
var _xacx_ = "x-amz-checksum-xxhash3";
var _xacx__ = "x-amz-checksum-xxhash128";
var _xadm = "x-amz-delete-marker";
var _xae = "x-amz-expiration";
var _xaebo = "x-amz-expected-bucket-owner";
var _xafec = "x-amz-fwd-error-code";
var _xafem = "x-amz-fwd-error-message";
var _xafhCC = "x-amz-fwd-header-Cache-Control";
var _xafhCD = "x-amz-fwd-header-Content-Disposition";
var _xafhCE = "x-amz-fwd-header-Content-Encoding";
var _xafhCL = "x-amz-fwd-header-Content-Language";
var _xafhCR = "x-amz-fwd-header-Content-Range";
var _xafhCT = "x-amz-fwd-header-Content-Type";
var _xafhE = "x-amz-fwd-header-ETag";
var _xafhE_ = "x-amz-fwd-header-Expires";
var _xafhLM = "x-amz-fwd-header-Last-Modified";
var _xafhar = "x-amz-fwd-header-accept-ranges";
var _xafhxacc = "x-amz-fwd-header-x-amz-checksum-crc32";
var _xafhxacc_ = "x-amz-fwd-header-x-amz-checksum-crc32c";
var _xafhxacc__ = "x-amz-fwd-header-x-amz-checksum-crc64nvme";
var _xafhxacm = "x-amz-fwd-header-x-amz-checksum-md5";
var _xafhxacs = "x-amz-fwd-header-x-amz-checksum-sha1";
var _xafhxacs_ = "x-amz-fwd-header-x-amz-checksum-sha256";
var _xafhxacs__ = "x-amz-fwd-header-x-amz-checksum-sha512";
var _xafhxacx = "x-amz-fwd-header-x-amz-checksum-xxhash64";
var _xafhxacx_ = "x-amz-fwd-header-x-amz-checksum-xxhash3";
var _xafhxacx__ = "x-amz-fwd-header-x-amz-checksum-xxhash128";
var _xafhxadm = "x-amz-fwd-header-x-amz-delete-marker";
var _xafhxae = "x-amz-fwd-header-x-amz-expiration";
var _xafhxamm = "x-amz-fwd-header-x-amz-missing-meta";
var _xafhxampc = "x-amz-fwd-header-x-amz-mp-parts-count";
var _xafhxaollh = "x-amz-fwd-header-x-amz-object-lock-legal-hold";
var _xafhxaolm = "x-amz-fwd-header-x-amz-object-lock-mode";
var _xafhxaolrud = "x-amz-fwd-header-x-amz-object-lock-retain-until-date";
var _xafhxar = "x-amz-fwd-header-x-amz-restore";
var _xafhxarc = "x-amz-fwd-header-x-amz-request-charged";
var _xafhxars = "x-amz-fwd-header-x-amz-replication-status";
var _xafhxasc = "x-amz-fwd-header-x-amz-storage-class";
var _xafhxasse = "x-amz-fwd-header-x-amz-server-side-encryption";
var _xafhxasseakki = "x-amz-fwd-header-x-amz-server-side-encryption-aws-kms-key-id";
var _xafhxassebke = "x-amz-fwd-header-x-amz-server-side-encryption-bucket-key-enabled";
var _xafhxasseca = "x-amz-fwd-header-x-amz-server-side-encryption-customer-algorithm";
var _xafhxasseckM = "x-amz-fwd-header-x-amz-server-side-encryption-customer-key-MD5";
var _xafhxatc = "x-amz-fwd-header-x-amz-tagging-count";
var _xafhxavi = "x-amz-fwd-header-x-amz-version-id";
var _xafs = "x-amz-fwd-status";
var _xagfc = "x-amz-grant-full-control";
var _xagr = "x-amz-grant-read";
var _xagra = "x-amz-grant-read-acp";
var _xagw = "x-amz-grant-write";
var _xagwa = "x-amz-grant-write-acp";
var _xaimit = "x-amz-if-match-initiated-time";
var _xaimlmt = "x-amz-if-match-last-modified-time";
var _xaims = "x-amz-if-match-size";
var _xam = "x-amz-meta-";
var _xam_ = "x-amz-mfa";
var _xamd = "x-amz-metadata-directive";
var _xamm = "x-amz-missing-meta";
var _xamos = "x-amz-mp-object-size";
var _xamp = "x-amz-max-parts";
var _xampc = "x-amz-mp-parts-count";
var _xaoa = "x-amz-object-attributes";
var _xaoad = "x-amz-object-annotation-directive";
var _xaoim = "x-amz-object-if-match";
var _xaoleh = "x-amz-object-lock-event-hold";
var _xaolehdd = "x-amz-object-lock-event-hold-duration-days";
var _xaolehdy = "x-amz-object-lock-event-hold-duration-years";
var _xaollh = "x-amz-object-lock-legal-hold";
var _xaolm = "x-amz-object-lock-mode";
var _xaolrud = "x-amz-object-lock-retain-until-date";
var _xaoo = "x-amz-object-ownership";
var _xaooa = "x-amz-optional-object-attributes";
var _xaos = "x-amz-object-size";
var _xaovi = "x-amz-object-version-id";
var _xapnm = "x-amz-part-number-marker";
var _xar = "x-amz-restore";
var _xarc = "x-amz-request-charged";
var _xarop = "x-amz-restore-output-path";
var _xarp = "x-amz-request-payer";
var _xarr = "x-amz-request-route";
var _xars = "x-amz-replication-status";
var _xars_ = "x-amz-rename-source";
var _xarsim = "x-amz-rename-source-if-match";
var _xarsims = "x-amz-rename-source-if-modified-since";
var _xarsinm = "x-amz-rename-source-if-none-match";
var _xarsius = "x-amz-rename-source-if-unmodified-since";
var _xart = "x-amz-request-token";
var _xasc = "x-amz-storage-class";
var _xasca = "x-amz-sdk-checksum-algorithm";
var _xasdv = "x-amz-skip-destination-validation";
var _xasebo = "x-amz-source-expected-bucket-owner";
var _xasse = "x-amz-server-side-encryption";
var _xasseakki = "x-amz-server-side-encryption-aws-kms-key-id";
var _xassebke = "x-amz-server-side-encryption-bucket-key-enabled";
var _xassec = "x-amz-server-side-encryption-context";
var _xasseca = "x-amz-server-side-encryption-customer-algorithm";
var _xasseck = "x-amz-server-side-encryption-customer-key";
var _xasseckM = "x-amz-server-side-encryption-customer-key-MD5";
var _xat = "x-amz-tagging";
var _xatc = "x-amz-tagging-count";
var _xatd = "x-amz-tagging-directive";
var _xatdmos = "x-amz-transition-default-minimum-object-size";
var _xavi = "x-amz-version-id";
var _xawob = "x-amz-write-offset-bytes";
var _xawrl = "x-amz-website-redirect-location";
var _xs = "xsi:type";
var n02 = "com.amazonaws.s3";
var _s_registry2 = new TypeRegistry(_s2);
var S3ServiceException$ = [-3, _s2, "S3ServiceException", 0, [], []];
_s_registry2.registerError(S3ServiceException$, S3ServiceException);
var n0_registry2 = new TypeRegistry(n02);
var AccessDenied$2 = [
  -3,
  n02,
  _AD2,
  { [_e2]: _c2, [_hE2]: 403 },
  [],
  []
];
n0_registry2.registerError(AccessDenied$2, AccessDenied2);
var AnnotationLimitExceeded$ = [
  -3,
  n02,
  _ALE,
  { [_e2]: _c2, [_hE2]: 400 },
  [],
  []
];
n0_registry2.registerError(AnnotationLimitExceeded$, AnnotationLimitExceeded);
var AnnotationNameTooLong$ = [
  -3,
  n02,
  _ANTL,
  { [_e2]: _c2, [_hE2]: 400 },
  [],
  []
];
n0_registry2.registerError(AnnotationNameTooLong$, AnnotationNameTooLong);
var BucketAlreadyExists$ = [
  -3,
  n02,
  _BAE,
  { [_e2]: _c2, [_hE2]: 409 },
  [],
  []
];
n0_registry2.registerError(BucketAlreadyExists$, BucketAlreadyExists);
var BucketAlreadyOwnedByYou$ = [
  -3,
  n02,
  _BAOBY,
  { [_e2]: _c2, [_hE2]: 409 },
  [],
  []
];
n0_registry2.registerError(BucketAlreadyOwnedByYou$, BucketAlreadyOwnedByYou);
var EncryptionTypeMismatch$ = [
  -3,
  n02,
  _ETM,
  { [_e2]: _c2, [_hE2]: 400 },
  [],
  []
];
n0_registry2.registerError(EncryptionTypeMismatch$, EncryptionTypeMismatch);
var IdempotencyParameterMismatch$ = [
  -3,
  n02,
  _IPM,
  { [_e2]: _c2, [_hE2]: 400 },
  [],
  []
];
n0_registry2.registerError(IdempotencyParameterMismatch$, IdempotencyParameterMismatch);
var InvalidAnnotationName$ = [
  -3,
  n02,
  _IAN,
  { [_e2]: _c2, [_hE2]: 400 },
  [],
  []
];
n0_registry2.registerError(InvalidAnnotationName$, InvalidAnnotationName);
var InvalidObjectState$ = [
  -3,
  n02,
  _IOS,
  { [_e2]: _c2, [_hE2]: 403 },
  [_SC2, _AT],
  [0, 0]
];
n0_registry2.registerError(InvalidObjectState$, InvalidObjectState);
var InvalidPrefix$ = [
  -3,
  n02,
  _IP,
  { [_e2]: _c2, [_hE2]: 400 },
  [],
  []
];
n0_registry2.registerError(InvalidPrefix$, InvalidPrefix);
var InvalidRequest$ = [
  -3,
  n02,
  _IR,
  { [_e2]: _c2, [_hE2]: 400 },
  [],
  []
];
n0_registry2.registerError(InvalidRequest$, InvalidRequest);
var InvalidWriteOffset$ = [
  -3,
  n02,
  _IWO,
  { [_e2]: _c2, [_hE2]: 400 },
  [],
  []
];
n0_registry2.registerError(InvalidWriteOffset$, InvalidWriteOffset);
var NoSuchAnnotation$ = [
  -3,
  n02,
  _NSA,
  { [_e2]: _c2, [_hE2]: 404 },
  [],
  []
];
n0_registry2.registerError(NoSuchAnnotation$, NoSuchAnnotation);
var NoSuchBucket$ = [
  -3,
  n02,
  _NSB,
  { [_e2]: _c2, [_hE2]: 404 },
  [],
  []
];
n0_registry2.registerError(NoSuchBucket$, NoSuchBucket);
var NoSuchKey$ = [
  -3,
  n02,
  _NSK,
  { [_e2]: _c2, [_hE2]: 404 },
  [],
  []
];
n0_registry2.registerError(NoSuchKey$, NoSuchKey);
var NoSuchUpload$ = [
  -3,
  n02,
  _NSU,
  { [_e2]: _c2, [_hE2]: 404 },
  [],
  []
];
n0_registry2.registerError(NoSuchUpload$, NoSuchUpload);
var NotFound$ = [
  -3,
  n02,
  _NF,
  { [_e2]: _c2 },
  [],
  []
];
n0_registry2.registerError(NotFound$, NotFound);
var ObjectAlreadyInActiveTierError$ = [
  -3,
  n02,
  _OAIATE,
  { [_e2]: _c2, [_hE2]: 403 },
  [],
  []
];
n0_registry2.registerError(ObjectAlreadyInActiveTierError$, ObjectAlreadyInActiveTierError);
var ObjectNotInActiveTierError$ = [
  -3,
  n02,
  _ONIATE,
  { [_e2]: _c2, [_hE2]: 403 },
  [],
  []
];
n0_registry2.registerError(ObjectNotInActiveTierError$, ObjectNotInActiveTierError);
var TooManyParts$ = [
  -3,
  n02,
  _TMP,
  { [_e2]: _c2, [_hE2]: 400 },
  [],
  []
];
n0_registry2.registerError(TooManyParts$, TooManyParts);
var UnsupportedMediaType$ = [
  -3,
  n02,
  _UMT,
  { [_e2]: _c2, [_hE2]: 415 },
  [],
  []
];
n0_registry2.registerError(UnsupportedMediaType$, UnsupportedMediaType);
var errorTypeRegistries2 = [
  _s_registry2,
  n0_registry2
];
var CopySourceSSECustomerKey = [0, n02, _CSSSECK, 8, 0];
var NonEmptyKmsKeyArnString = [0, n02, _NEKKAS, 8, 0];
var SessionCredentialValue = [0, n02, _SCV, 8, 0];
var SSECustomerKey = [0, n02, _SSECK, 8, 0];
var SSEKMSEncryptionContext = [0, n02, _SSEKMSEC, 8, 0];
var SSEKMSKeyId = [0, n02, _SSEKMSKI, 8, 0];
var StreamingBlob = [0, n02, _SB2, { [_st]: 1 }, 42];
var AbacStatus$ = [
  3,
  n02,
  _AS,
  0,
  [_S2],
  [0]
];
var AbortIncompleteMultipartUpload$ = [
  3,
  n02,
  _AIMU,
  0,
  [_DAI],
  [1]
];
var AbortMultipartUploadOutput$ = [
  3,
  n02,
  _AMUO,
  0,
  [_RC2, _VI],
  [[0, { [_hH2]: _xarc }], [0, { [_hH2]: _xavi }]]
];
var AbortMultipartUploadRequest$ = [
  3,
  n02,
  _AMUR,
  0,
  [_B2, _K2, _UI, _RP2, _EBO, _IMIT],
  [[0, 1], [0, 1], [0, { [_hQ2]: _uI }], [0, { [_hH2]: _xarp }], [0, { [_hH2]: _xaebo }], [6, { [_hH2]: _xaimit }]],
  3
];
var AccelerateConfiguration$ = [
  3,
  n02,
  _AC,
  0,
  [_S2],
  [0]
];
var AccessControlPolicy$ = [
  3,
  n02,
  _ACP,
  0,
  [_G, _O2],
  [[() => Grants, { [_xN2]: _ACL }], () => Owner$]
];
var AccessControlTranslation$ = [
  3,
  n02,
  _ACT,
  0,
  [_O2],
  [0],
  1
];
var AnalyticsAndOperator$ = [
  3,
  n02,
  _AAO,
  0,
  [_P2, _T2],
  [0, [() => TagSet, { [_xF]: 1, [_xN2]: _Ta2 }]]
];
var AnalyticsConfiguration$ = [
  3,
  n02,
  _ACn,
  0,
  [_I2, _SCA, _F2],
  [0, () => StorageClassAnalysis$, [() => AnalyticsFilter$, 0]],
  2
];
var AnalyticsExportDestination$ = [
  3,
  n02,
  _AED,
  0,
  [_SBD],
  [() => AnalyticsS3BucketDestination$],
  1
];
var AnalyticsS3BucketDestination$ = [
  3,
  n02,
  _ASBD,
  0,
  [_Fo2, _B2, _BAI, _P2],
  [0, 0, 0, 0],
  2
];
var AnnotationEntry$ = [
  3,
  n02,
  _AE,
  0,
  [_AN, _LM, _Si2, _ET2, _CA2, _RS],
  [0, 4, 1, 0, [64 | 0, { [_xF]: 1 }], 0],
  3
];
var AnnotationTableConfiguration$ = [
  3,
  n02,
  _ATC,
  0,
  [_CS2, _EC2, _R2],
  [0, () => MetadataTableEncryptionConfiguration$, 0],
  1
];
var AnnotationTableConfigurationResult$ = [
  3,
  n02,
  _ATCR,
  0,
  [_CS2, _TS2, _E2, _TN, _TA, _R2],
  [0, 0, () => ErrorDetails$, 0, 0, 0],
  1
];
var AnnotationTableConfigurationUpdates$ = [
  3,
  n02,
  _ATCU,
  0,
  [_CS2, _EC2, _R2],
  [0, () => MetadataTableEncryptionConfiguration$, 0],
  1
];
var BlockedEncryptionTypes$ = [
  3,
  n02,
  _BET,
  0,
  [_ETn],
  [[() => EncryptionTypeList, { [_xF]: 1 }]]
];
var Bucket$ = [
  3,
  n02,
  _B2,
  0,
  [_N2, _CD2, _BR, _BA],
  [0, 4, 0, 0]
];
var BucketInfo$ = [
  3,
  n02,
  _BI,
  0,
  [_DR2, _Ty],
  [0, 0]
];
var BucketLifecycleConfiguration$ = [
  3,
  n02,
  _BLC,
  0,
  [_Ru2],
  [[() => LifecycleRules, { [_xF]: 1, [_xN2]: _Rul }]],
  1
];
var BucketLoggingStatus$ = [
  3,
  n02,
  _BLS,
  0,
  [_LE],
  [[() => LoggingEnabled$, 0]]
];
var Checksum$ = [
  3,
  n02,
  _C2,
  0,
  [_CCRC, _CCRCC, _CCRCNVME, _CSHA, _CSHAh, _CSHAhe, _CMD, _CXXHASH, _CXXHASHh, _CXXHASHhe, _CT2],
  [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
];
var CommonPrefix$ = [
  3,
  n02,
  _CP2,
  0,
  [_P2],
  [0]
];
var CompletedMultipartUpload$ = [
  3,
  n02,
  _CMU,
  0,
  [_Pa2],
  [[() => CompletedPartList, { [_xF]: 1, [_xN2]: _Par2 }]]
];
var CompletedPart$ = [
  3,
  n02,
  _CPo2,
  0,
  [_ET2, _CCRC, _CCRCC, _CCRCNVME, _CSHA, _CSHAh, _CSHAhe, _CMD, _CXXHASH, _CXXHASHh, _CXXHASHhe, _PN],
  [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]
];
var CompleteMultipartUploadOutput$ = [
  3,
  n02,
  _CMUO,
  { [_xN2]: _CMUR },
  [_L2, _B2, _K2, _Ex, _ET2, _CCRC, _CCRCC, _CCRCNVME, _CSHA, _CSHAh, _CSHAhe, _CMD, _CXXHASH, _CXXHASHh, _CXXHASHhe, _CT2, _SSE, _VI, _SSEKMSKI, _BKE, _RC2],
  [0, 0, 0, [0, { [_hH2]: _xae }], 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, [0, { [_hH2]: _xasse }], [0, { [_hH2]: _xavi }], [() => SSEKMSKeyId, { [_hH2]: _xasseakki }], [2, { [_hH2]: _xassebke }], [0, { [_hH2]: _xarc }]]
];
var CompleteMultipartUploadRequest$ = [
  3,
  n02,
  _CMURo,
  0,
  [_B2, _K2, _UI, _MU, _CCRC, _CCRCC, _CCRCNVME, _CSHA, _CSHAh, _CSHAhe, _CMD, _CXXHASH, _CXXHASHh, _CXXHASHhe, _CT2, _MOS, _RP2, _EBO, _IM2, _INM, _SSECA, _SSECK, _SSECKMD],
  [[0, 1], [0, 1], [0, { [_hQ2]: _uI }], [() => CompletedMultipartUpload$, { [_hP2]: 1, [_xN2]: _CMUo }], [0, { [_hH2]: _xacc }], [0, { [_hH2]: _xacc_ }], [0, { [_hH2]: _xacc__ }], [0, { [_hH2]: _xacs }], [0, { [_hH2]: _xacs_ }], [0, { [_hH2]: _xacs__ }], [0, { [_hH2]: _xacm }], [0, { [_hH2]: _xacx }], [0, { [_hH2]: _xacx_ }], [0, { [_hH2]: _xacx__ }], [0, { [_hH2]: _xact }], [1, { [_hH2]: _xamos }], [0, { [_hH2]: _xarp }], [0, { [_hH2]: _xaebo }], [0, { [_hH2]: _IM_2 }], [0, { [_hH2]: _INM_ }], [0, { [_hH2]: _xasseca }], [() => SSECustomerKey, { [_hH2]: _xasseck }], [0, { [_hH2]: _xasseckM }]],
  3
];
var Condition$ = [
  3,
  n02,
  _Co2,
  0,
  [_HECRE, _KPE],
  [0, 0]
];
var ContinuationEvent$ = [
  3,
  n02,
  _CE,
  0,
  [],
  []
];
var CopyObjectOutput$ = [
  3,
  n02,
  _COO,
  0,
  [_COR, _Ex, _CSVI, _VI, _SSE, _SSECA, _SSECKMD, _SSEKMSKI, _SSEKMSEC, _BKE, _RC2],
  [[() => CopyObjectResult$, 16], [0, { [_hH2]: _xae }], [0, { [_hH2]: _xacsvi }], [0, { [_hH2]: _xavi }], [0, { [_hH2]: _xasse }], [0, { [_hH2]: _xasseca }], [0, { [_hH2]: _xasseckM }], [() => SSEKMSKeyId, { [_hH2]: _xasseakki }], [() => SSEKMSEncryptionContext, { [_hH2]: _xassec }], [2, { [_hH2]: _xassebke }], [0, { [_hH2]: _xarc }]]
];
var CopyObjectRequest$ = [
  3,
  n02,
  _CORo,
  0,
  [_B2, _CSo, _K2, _ACL_, _CC2, _CA2, _CDo, _CEo, _CL, _CTo2, _CSIM, _CSIMS, _CSINM, _CSIUS, _Exp, _GFC, _GR2, _GRACP, _GWACP, _IM2, _INM, _M2, _MD, _TD, _ADn, _SSE, _SC2, _WRL, _SSECA, _SSECK, _SSECKMD, _SSEKMSKI, _SSEKMSEC, _BKE, _CSSSECA, _CSSSECK, _CSSSECKMD, _RP2, _Tag2, _OLM, _OLRUD, _OLLHS, _OLEH, _OLEHDD, _OLEHDY, _EBO, _ESBO],
  [[0, 1], [0, { [_hH2]: _xacs___ }], [0, 1], [0, { [_hH2]: _xaa }], [0, { [_hH2]: _CC_ }], [0, { [_hH2]: _xaca }], [0, { [_hH2]: _CD_ }], [0, { [_hH2]: _CE_ }], [0, { [_hH2]: _CL_ }], [0, { [_hH2]: _CT_2 }], [0, { [_hH2]: _xacsim }], [4, { [_hH2]: _xacsims }], [0, { [_hH2]: _xacsinm }], [4, { [_hH2]: _xacsius }], [4, { [_hH2]: _Exp }], [0, { [_hH2]: _xagfc }], [0, { [_hH2]: _xagr }], [0, { [_hH2]: _xagra }], [0, { [_hH2]: _xagwa }], [0, { [_hH2]: _IM_2 }], [0, { [_hH2]: _INM_ }], [128 | 0, { [_hPH]: _xam }], [0, { [_hH2]: _xamd }], [0, { [_hH2]: _xatd }], [0, { [_hH2]: _xaoad }], [0, { [_hH2]: _xasse }], [0, { [_hH2]: _xasc }], [0, { [_hH2]: _xawrl }], [0, { [_hH2]: _xasseca }], [() => SSECustomerKey, { [_hH2]: _xasseck }], [0, { [_hH2]: _xasseckM }], [() => SSEKMSKeyId, { [_hH2]: _xasseakki }], [() => SSEKMSEncryptionContext, { [_hH2]: _xassec }], [2, { [_hH2]: _xassebke }], [0, { [_hH2]: _xacssseca }], [() => CopySourceSSECustomerKey, { [_hH2]: _xacssseck }], [0, { [_hH2]: _xacssseckM }], [0, { [_hH2]: _xarp }], [0, { [_hH2]: _xat }], [0, { [_hH2]: _xaolm }], [5, { [_hH2]: _xaolrud }], [0, { [_hH2]: _xaollh }], [0, { [_hH2]: _xaoleh }], [1, { [_hH2]: _xaolehdd }], [1, { [_hH2]: _xaolehdy }], [0, { [_hH2]: _xaebo }], [0, { [_hH2]: _xasebo }]],
  3
];
var CopyObjectResult$ = [
  3,
  n02,
  _COR,
  0,
  [_ET2, _LM, _CT2, _CCRC, _CCRCC, _CCRCNVME, _CSHA, _CSHAh, _CSHAhe, _CMD, _CXXHASH, _CXXHASHh, _CXXHASHhe],
  [0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
];
var CopyPartResult$ = [
  3,
  n02,
  _CPR,
  0,
  [_ET2, _LM, _CCRC, _CCRCC, _CCRCNVME, _CSHA, _CSHAh, _CSHAhe, _CMD, _CXXHASH, _CXXHASHh, _CXXHASHhe],
  [0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
];
var CORSConfiguration$ = [
  3,
  n02,
  _CORSC,
  0,
  [_CORSR],
  [[() => CORSRules, { [_xF]: 1, [_xN2]: _CORSRu }]],
  1
];
var CORSRule$ = [
  3,
  n02,
  _CORSRu,
  0,
  [_AM2, _AO, _ID2, _AH, _EH, _MAS],
  [[64 | 0, { [_xF]: 1, [_xN2]: _AMl }], [64 | 0, { [_xF]: 1, [_xN2]: _AOl }], 0, [64 | 0, { [_xF]: 1, [_xN2]: _AHl }], [64 | 0, { [_xF]: 1, [_xN2]: _EHx }], 1],
  2
];
var CreateBucketConfiguration$ = [
  3,
  n02,
  _CBC,
  0,
  [_LC2, _L2, _B2, _T2],
  [0, () => LocationInfo$, () => BucketInfo$, [() => TagSet, 0]]
];
var CreateBucketMetadataConfigurationRequest$ = [
  3,
  n02,
  _CBMCR,
  0,
  [_B2, _MC, _CMDo, _CA2, _EBO],
  [[0, 1], [() => MetadataConfiguration$, { [_hP2]: 1, [_xN2]: _MC }], [0, { [_hH2]: _CM2 }], [0, { [_hH2]: _xasca }], [0, { [_hH2]: _xaebo }]],
  2
];
var CreateBucketMetadataTableConfigurationRequest$ = [
  3,
  n02,
  _CBMTCR,
  0,
  [_B2, _MTC, _CMDo, _CA2, _EBO],
  [[0, 1], [() => MetadataTableConfiguration$, { [_hP2]: 1, [_xN2]: _MTC }], [0, { [_hH2]: _CM2 }], [0, { [_hH2]: _xasca }], [0, { [_hH2]: _xaebo }]],
  2
];
var CreateBucketOutput$ = [
  3,
  n02,
  _CBO,
  0,
  [_L2, _BA],
  [[0, { [_hH2]: _L2 }], [0, { [_hH2]: _xaba }]]
];
var CreateBucketRequest$ = [
  3,
  n02,
  _CBR,
  0,
  [_B2, _ACL_, _CBC, _GFC, _GR2, _GRACP, _GW, _GWACP, _OLEFB, _OO2, _BN],
  [[0, 1], [0, { [_hH2]: _xaa }], [() => CreateBucketConfiguration$, { [_hP2]: 1, [_xN2]: _CBC }], [0, { [_hH2]: _xagfc }], [0, { [_hH2]: _xagr }], [0, { [_hH2]: _xagra }], [0, { [_hH2]: _xagw }], [0, { [_hH2]: _xagwa }], [2, { [_hH2]: _xabole }], [0, { [_hH2]: _xaoo }], [0, { [_hH2]: _xabn }]],
  1
];
var CreateMultipartUploadOutput$ = [
  3,
  n02,
  _CMUOr,
  { [_xN2]: _IMUR },
  [_ADb, _ARI, _B2, _K2, _UI, _SSE, _SSECA, _SSECKMD, _SSEKMSKI, _SSEKMSEC, _BKE, _RC2, _CA2, _CT2, _VI],
  [[4, { [_hH2]: _xaad }], [0, { [_hH2]: _xaari }], [0, { [_xN2]: _B2 }], 0, 0, [0, { [_hH2]: _xasse }], [0, { [_hH2]: _xasseca }], [0, { [_hH2]: _xasseckM }], [() => SSEKMSKeyId, { [_hH2]: _xasseakki }], [() => SSEKMSEncryptionContext, { [_hH2]: _xassec }], [2, { [_hH2]: _xassebke }], [0, { [_hH2]: _xarc }], [0, { [_hH2]: _xaca }], [0, { [_hH2]: _xact }], [0, { [_hH2]: _xavi }]]
];
var CreateMultipartUploadRequest$ = [
  3,
  n02,
  _CMURr,
  0,
  [_B2, _K2, _ACL_, _CC2, _CDo, _CEo, _CL, _CTo2, _Exp, _GFC, _GR2, _GRACP, _GWACP, _M2, _SSE, _SC2, _WRL, _SSECA, _SSECK, _SSECKMD, _SSEKMSKI, _SSEKMSEC, _BKE, _RP2, _Tag2, _OLM, _OLRUD, _OLLHS, _OLEH, _OLEHDD, _OLEHDY, _EBO, _CA2, _CT2],
  [[0, 1], [0, 1], [0, { [_hH2]: _xaa }], [0, { [_hH2]: _CC_ }], [0, { [_hH2]: _CD_ }], [0, { [_hH2]: _CE_ }], [0, { [_hH2]: _CL_ }], [0, { [_hH2]: _CT_2 }], [4, { [_hH2]: _Exp }], [0, { [_hH2]: _xagfc }], [0, { [_hH2]: _xagr }], [0, { [_hH2]: _xagra }], [0, { [_hH2]: _xagwa }], [128 | 0, { [_hPH]: _xam }], [0, { [_hH2]: _xasse }], [0, { [_hH2]: _xasc }], [0, { [_hH2]: _xawrl }], [0, { [_hH2]: _xasseca }], [() => SSECustomerKey, { [_hH2]: _xasseck }], [0, { [_hH2]: _xasseckM }], [() => SSEKMSKeyId, { [_hH2]: _xasseakki }], [() => SSEKMSEncryptionContext, { [_hH2]: _xassec }], [2, { [_hH2]: _xassebke }], [0, { [_hH2]: _xarp }], [0, { [_hH2]: _xat }], [0, { [_hH2]: _xaolm }], [5, { [_hH2]: _xaolrud }], [0, { [_hH2]: _xaollh }], [0, { [_hH2]: _xaoleh }], [1, { [_hH2]: _xaolehdd }], [1, { [_hH2]: _xaolehdy }], [0, { [_hH2]: _xaebo }], [0, { [_hH2]: _xaca }], [0, { [_hH2]: _xact }]],
  2
];
var CreateSessionOutput$ = [
  3,
  n02,
  _CSO,
  { [_xN2]: _CSR },
  [_Cr, _SSE, _SSEKMSKI, _SSEKMSEC, _BKE],
  [[() => SessionCredentials$, { [_xN2]: _Cr }], [0, { [_hH2]: _xasse }], [() => SSEKMSKeyId, { [_hH2]: _xasseakki }], [() => SSEKMSEncryptionContext, { [_hH2]: _xassec }], [2, { [_hH2]: _xassebke }]],
  1
];
var CreateSessionRequest$ = [
  3,
  n02,
  _CSRr,
  0,
  [_B2, _SM, _SSE, _SSEKMSKI, _SSEKMSEC, _BKE],
  [[0, 1], [0, { [_hH2]: _xacsm }], [0, { [_hH2]: _xasse }], [() => SSEKMSKeyId, { [_hH2]: _xasseakki }], [() => SSEKMSEncryptionContext, { [_hH2]: _xassec }], [2, { [_hH2]: _xassebke }]],
  1
];
var CSVInput$ = [
  3,
  n02,
  _CSVIn,
  0,
  [_FHI, _Com, _QEC, _RD, _FD, _QC, _AQRD],
  [0, 0, 0, 0, 0, 0, 2]
];
var CSVOutput$ = [
  3,
  n02,
  _CSVO,
  0,
  [_QF, _QEC, _RD, _FD, _QC],
  [0, 0, 0, 0, 0]
];
var DefaultRetention$ = [
  3,
  n02,
  _DRe,
  0,
  [_Mo2, _D2, _Y, _DEH],
  [0, 1, 1, () => EventHoldDuration$]
];
var Delete$ = [
  3,
  n02,
  _De2,
  0,
  [_Ob, _Q2],
  [[() => ObjectIdentifierList, { [_xF]: 1, [_xN2]: _Obj }], 2],
  1
];
var DeleteBucketAnalyticsConfigurationRequest$ = [
  3,
  n02,
  _DBACR,
  0,
  [_B2, _I2, _EBO],
  [[0, 1], [0, { [_hQ2]: _i }], [0, { [_hH2]: _xaebo }]],
  2
];
var DeleteBucketCorsRequest$ = [
  3,
  n02,
  _DBCR,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var DeleteBucketEncryptionRequest$ = [
  3,
  n02,
  _DBER,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var DeleteBucketIntelligentTieringConfigurationRequest$ = [
  3,
  n02,
  _DBITCR,
  0,
  [_B2, _I2, _EBO],
  [[0, 1], [0, { [_hQ2]: _i }], [0, { [_hH2]: _xaebo }]],
  2
];
var DeleteBucketInventoryConfigurationRequest$ = [
  3,
  n02,
  _DBICR,
  0,
  [_B2, _I2, _EBO],
  [[0, 1], [0, { [_hQ2]: _i }], [0, { [_hH2]: _xaebo }]],
  2
];
var DeleteBucketLifecycleRequest$ = [
  3,
  n02,
  _DBLR,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var DeleteBucketMetadataConfigurationRequest$ = [
  3,
  n02,
  _DBMCR,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var DeleteBucketMetadataTableConfigurationRequest$ = [
  3,
  n02,
  _DBMTCR,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var DeleteBucketMetricsConfigurationRequest$ = [
  3,
  n02,
  _DBMCRe,
  0,
  [_B2, _I2, _EBO],
  [[0, 1], [0, { [_hQ2]: _i }], [0, { [_hH2]: _xaebo }]],
  2
];
var DeleteBucketOwnershipControlsRequest$ = [
  3,
  n02,
  _DBOCR,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var DeleteBucketPolicyRequest$ = [
  3,
  n02,
  _DBPR,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var DeleteBucketReplicationRequest$ = [
  3,
  n02,
  _DBRR,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var DeleteBucketRequest$ = [
  3,
  n02,
  _DBR,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var DeleteBucketTaggingRequest$ = [
  3,
  n02,
  _DBTR,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var DeleteBucketWebsiteRequest$ = [
  3,
  n02,
  _DBWR,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var DeletedObject$ = [
  3,
  n02,
  _DO,
  0,
  [_K2, _VI, _DM, _DMVI],
  [0, 0, 2, 0]
];
var DeleteMarkerEntry$ = [
  3,
  n02,
  _DME,
  0,
  [_O2, _K2, _VI, _IL2, _LM],
  [() => Owner$, 0, 0, 2, 4]
];
var DeleteMarkerReplication$ = [
  3,
  n02,
  _DMR,
  0,
  [_S2],
  [0]
];
var DeleteObjectAnnotationOutput$ = [
  3,
  n02,
  _DOAO,
  0,
  [_OVI, _RC2],
  [[0, { [_hH2]: _xaovi }], [0, { [_hH2]: _xarc }]]
];
var DeleteObjectAnnotationRequest$ = [
  3,
  n02,
  _DOAR,
  0,
  [_B2, _K2, _AN, _VI, _RP2, _EBO, _OIM],
  [[0, 1], [0, 1], [0, { [_hQ2]: _aN }], [0, { [_hQ2]: _vI }], [0, { [_hH2]: _xarp }], [0, { [_hH2]: _xaebo }], [0, { [_hH2]: _xaoim }]],
  3
];
var DeleteObjectOutput$ = [
  3,
  n02,
  _DOO,
  0,
  [_DM, _VI, _RC2],
  [[2, { [_hH2]: _xadm }], [0, { [_hH2]: _xavi }], [0, { [_hH2]: _xarc }]]
];
var DeleteObjectRequest$ = [
  3,
  n02,
  _DOR,
  0,
  [_B2, _K2, _MFA, _VI, _RP2, _BGR, _EBO, _IM2, _IMLMT, _IMS],
  [[0, 1], [0, 1], [0, { [_hH2]: _xam_ }], [0, { [_hQ2]: _vI }], [0, { [_hH2]: _xarp }], [2, { [_hH2]: _xabgr }], [0, { [_hH2]: _xaebo }], [0, { [_hH2]: _IM_2 }], [6, { [_hH2]: _xaimlmt }], [1, { [_hH2]: _xaims }]],
  2
];
var DeleteObjectsOutput$ = [
  3,
  n02,
  _DOOe,
  { [_xN2]: _DRel },
  [_Del, _RC2, _Er],
  [[() => DeletedObjects, { [_xF]: 1 }], [0, { [_hH2]: _xarc }], [() => Errors, { [_xF]: 1, [_xN2]: _E2 }]]
];
var DeleteObjectsRequest$ = [
  3,
  n02,
  _DORe,
  0,
  [_B2, _De2, _MFA, _RP2, _BGR, _EBO, _CA2],
  [[0, 1], [() => Delete$, { [_hP2]: 1, [_xN2]: _De2 }], [0, { [_hH2]: _xam_ }], [0, { [_hH2]: _xarp }], [2, { [_hH2]: _xabgr }], [0, { [_hH2]: _xaebo }], [0, { [_hH2]: _xasca }]],
  2
];
var DeleteObjectTaggingOutput$ = [
  3,
  n02,
  _DOTO,
  0,
  [_VI],
  [[0, { [_hH2]: _xavi }]]
];
var DeleteObjectTaggingRequest$ = [
  3,
  n02,
  _DOTR,
  0,
  [_B2, _K2, _VI, _EBO],
  [[0, 1], [0, 1], [0, { [_hQ2]: _vI }], [0, { [_hH2]: _xaebo }]],
  2
];
var DeletePublicAccessBlockRequest$ = [
  3,
  n02,
  _DPABR,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var Destination$ = [
  3,
  n02,
  _Des,
  0,
  [_B2, _A2, _SC2, _ACT, _EC2, _RT2, _Me2],
  [0, 0, 0, () => AccessControlTranslation$, () => EncryptionConfiguration$, () => ReplicationTime$, () => Metrics$],
  1
];
var DestinationResult$ = [
  3,
  n02,
  _DRes,
  0,
  [_TBT, _TBA, _TNa],
  [0, 0, 0]
];
var Encryption$ = [
  3,
  n02,
  _En,
  0,
  [_ETn, _KMSKI, _KMSC],
  [0, [() => SSEKMSKeyId, 0], 0],
  1
];
var EncryptionConfiguration$ = [
  3,
  n02,
  _EC2,
  0,
  [_RKKID, _USMRK],
  [0, () => UseSourceMultiRegionKey$]
];
var EndEvent$ = [
  3,
  n02,
  _EE2,
  0,
  [],
  []
];
var _Error$ = [
  3,
  n02,
  _E2,
  0,
  [_K2, _VI, _Cod, _Mes],
  [0, 0, 0, 0]
];
var ErrorDetails$ = [
  3,
  n02,
  _ED,
  0,
  [_ECr, _EM],
  [0, 0]
];
var ErrorDocument$ = [
  3,
  n02,
  _EDr,
  0,
  [_K2],
  [0],
  1
];
var EventBridgeConfiguration$ = [
  3,
  n02,
  _EBC,
  0,
  [],
  []
];
var EventHoldDuration$ = [
  3,
  n02,
  _EHD,
  0,
  [_D2, _Y],
  [1, 1]
];
var ExistingObjectReplication$ = [
  3,
  n02,
  _EOR,
  0,
  [_S2],
  [0],
  1
];
var FilterRule$ = [
  3,
  n02,
  _FR,
  0,
  [_N2, _V2],
  [0, 0]
];
var GetBucketAbacOutput$ = [
  3,
  n02,
  _GBAO,
  0,
  [_AS],
  [[() => AbacStatus$, 16]]
];
var GetBucketAbacRequest$ = [
  3,
  n02,
  _GBAR,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var GetBucketAccelerateConfigurationOutput$ = [
  3,
  n02,
  _GBACO,
  { [_xN2]: _AC },
  [_S2, _RC2],
  [0, [0, { [_hH2]: _xarc }]]
];
var GetBucketAccelerateConfigurationRequest$ = [
  3,
  n02,
  _GBACR,
  0,
  [_B2, _EBO, _RP2],
  [[0, 1], [0, { [_hH2]: _xaebo }], [0, { [_hH2]: _xarp }]],
  1
];
var GetBucketAclOutput$ = [
  3,
  n02,
  _GBAOe,
  { [_xN2]: _ACP },
  [_O2, _G],
  [() => Owner$, [() => Grants, { [_xN2]: _ACL }]]
];
var GetBucketAclRequest$ = [
  3,
  n02,
  _GBARe,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var GetBucketAnalyticsConfigurationOutput$ = [
  3,
  n02,
  _GBACOe,
  0,
  [_ACn],
  [[() => AnalyticsConfiguration$, 16]]
];
var GetBucketAnalyticsConfigurationRequest$ = [
  3,
  n02,
  _GBACRe,
  0,
  [_B2, _I2, _EBO],
  [[0, 1], [0, { [_hQ2]: _i }], [0, { [_hH2]: _xaebo }]],
  2
];
var GetBucketCorsOutput$ = [
  3,
  n02,
  _GBCO,
  { [_xN2]: _CORSC },
  [_CORSR],
  [[() => CORSRules, { [_xF]: 1, [_xN2]: _CORSRu }]]
];
var GetBucketCorsRequest$ = [
  3,
  n02,
  _GBCR,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var GetBucketEncryptionOutput$ = [
  3,
  n02,
  _GBEO,
  0,
  [_SSEC],
  [[() => ServerSideEncryptionConfiguration$, 16]]
];
var GetBucketEncryptionRequest$ = [
  3,
  n02,
  _GBER,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var GetBucketIntelligentTieringConfigurationOutput$ = [
  3,
  n02,
  _GBITCO,
  0,
  [_ITC],
  [[() => IntelligentTieringConfiguration$, 16]]
];
var GetBucketIntelligentTieringConfigurationRequest$ = [
  3,
  n02,
  _GBITCR,
  0,
  [_B2, _I2, _EBO],
  [[0, 1], [0, { [_hQ2]: _i }], [0, { [_hH2]: _xaebo }]],
  2
];
var GetBucketInventoryConfigurationOutput$ = [
  3,
  n02,
  _GBICO,
  0,
  [_IC2],
  [[() => InventoryConfiguration$, 16]]
];
var GetBucketInventoryConfigurationRequest$ = [
  3,
  n02,
  _GBICR,
  0,
  [_B2, _I2, _EBO],
  [[0, 1], [0, { [_hQ2]: _i }], [0, { [_hH2]: _xaebo }]],
  2
];
var GetBucketLifecycleConfigurationOutput$ = [
  3,
  n02,
  _GBLCO,
  { [_xN2]: _LCi },
  [_Ru2, _TDMOS],
  [[() => LifecycleRules, { [_xF]: 1, [_xN2]: _Rul }], [0, { [_hH2]: _xatdmos }]]
];
var GetBucketLifecycleConfigurationRequest$ = [
  3,
  n02,
  _GBLCR,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var GetBucketLocationOutput$ = [
  3,
  n02,
  _GBLO,
  { [_xN2]: _LC2 },
  [_LC2],
  [0]
];
var GetBucketLocationRequest$ = [
  3,
  n02,
  _GBLR,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var GetBucketLoggingOutput$ = [
  3,
  n02,
  _GBLOe,
  { [_xN2]: _BLS },
  [_LE],
  [[() => LoggingEnabled$, 0]]
];
var GetBucketLoggingRequest$ = [
  3,
  n02,
  _GBLRe,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var GetBucketMetadataConfigurationOutput$ = [
  3,
  n02,
  _GBMCO,
  0,
  [_GBMCR],
  [[() => GetBucketMetadataConfigurationResult$, 16]]
];
var GetBucketMetadataConfigurationRequest$ = [
  3,
  n02,
  _GBMCRe,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var GetBucketMetadataConfigurationResult$ = [
  3,
  n02,
  _GBMCR,
  0,
  [_MCR2],
  [() => MetadataConfigurationResult$],
  1
];
var GetBucketMetadataTableConfigurationOutput$ = [
  3,
  n02,
  _GBMTCO,
  0,
  [_GBMTCR],
  [[() => GetBucketMetadataTableConfigurationResult$, 16]]
];
var GetBucketMetadataTableConfigurationRequest$ = [
  3,
  n02,
  _GBMTCRe,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var GetBucketMetadataTableConfigurationResult$ = [
  3,
  n02,
  _GBMTCR,
  0,
  [_MTCR, _S2, _E2],
  [() => MetadataTableConfigurationResult$, 0, () => ErrorDetails$],
  2
];
var GetBucketMetricsConfigurationOutput$ = [
  3,
  n02,
  _GBMCOe,
  0,
  [_MCe],
  [[() => MetricsConfiguration$, 16]]
];
var GetBucketMetricsConfigurationRequest$ = [
  3,
  n02,
  _GBMCRet,
  0,
  [_B2, _I2, _EBO],
  [[0, 1], [0, { [_hQ2]: _i }], [0, { [_hH2]: _xaebo }]],
  2
];
var GetBucketNotificationConfigurationRequest$ = [
  3,
  n02,
  _GBNCR,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var GetBucketOwnershipControlsOutput$ = [
  3,
  n02,
  _GBOCO,
  0,
  [_OC],
  [[() => OwnershipControls$, 16]]
];
var GetBucketOwnershipControlsRequest$ = [
  3,
  n02,
  _GBOCR,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var GetBucketPolicyOutput$ = [
  3,
  n02,
  _GBPO,
  0,
  [_Po],
  [[0, 16]]
];
var GetBucketPolicyRequest$ = [
  3,
  n02,
  _GBPR,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var GetBucketPolicyStatusOutput$ = [
  3,
  n02,
  _GBPSO,
  0,
  [_PS],
  [[() => PolicyStatus$, 16]]
];
var GetBucketPolicyStatusRequest$ = [
  3,
  n02,
  _GBPSR,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var GetBucketReplicationOutput$ = [
  3,
  n02,
  _GBRO,
  0,
  [_RCe],
  [[() => ReplicationConfiguration$, 16]]
];
var GetBucketReplicationRequest$ = [
  3,
  n02,
  _GBRR,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var GetBucketRequestPaymentOutput$ = [
  3,
  n02,
  _GBRPO,
  { [_xN2]: _RPC },
  [_Pay],
  [0]
];
var GetBucketRequestPaymentRequest$ = [
  3,
  n02,
  _GBRPR,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var GetBucketTaggingOutput$ = [
  3,
  n02,
  _GBTO,
  { [_xN2]: _Tag2 },
  [_TSa],
  [[() => TagSet, 0]],
  1
];
var GetBucketTaggingRequest$ = [
  3,
  n02,
  _GBTR,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var GetBucketVersioningOutput$ = [
  3,
  n02,
  _GBVO,
  { [_xN2]: _VC2 },
  [_S2, _MFAD],
  [0, [0, { [_xN2]: _MDf }]]
];
var GetBucketVersioningRequest$ = [
  3,
  n02,
  _GBVR,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var GetBucketWebsiteOutput$ = [
  3,
  n02,
  _GBWO,
  { [_xN2]: _WC },
  [_RART, _IDn, _EDr, _RR],
  [() => RedirectAllRequestsTo$, () => IndexDocument$, () => ErrorDocument$, [() => RoutingRules, 0]]
];
var GetBucketWebsiteRequest$ = [
  3,
  n02,
  _GBWR,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var GetObjectAclOutput$ = [
  3,
  n02,
  _GOAO,
  { [_xN2]: _ACP },
  [_O2, _G, _RC2],
  [() => Owner$, [() => Grants, { [_xN2]: _ACL }], [0, { [_hH2]: _xarc }]]
];
var GetObjectAclRequest$ = [
  3,
  n02,
  _GOAR,
  0,
  [_B2, _K2, _VI, _RP2, _EBO],
  [[0, 1], [0, 1], [0, { [_hQ2]: _vI }], [0, { [_hH2]: _xarp }], [0, { [_hH2]: _xaebo }]],
  2
];
var GetObjectAnnotationOutput$ = [
  3,
  n02,
  _GOAOe,
  0,
  [_AP, _OVI, _LM, _CLo, _ET2, _CCRC, _CCRCC, _CCRCNVME, _CSHA, _CSHAh, _CSHAhe, _CMD, _CXXHASH, _CXXHASHh, _CXXHASHhe, _CT2, _SSE, _RC2, _RS],
  [[() => StreamingBlob, 16], [0, { [_hH2]: _xaovi }], [4, { [_hH2]: _LM_ }], [1, { [_hH2]: _CL__ }], [0, { [_hH2]: _ET2 }], [0, { [_hH2]: _xacc }], [0, { [_hH2]: _xacc_ }], [0, { [_hH2]: _xacc__ }], [0, { [_hH2]: _xacs }], [0, { [_hH2]: _xacs_ }], [0, { [_hH2]: _xacs__ }], [0, { [_hH2]: _xacm }], [0, { [_hH2]: _xacx }], [0, { [_hH2]: _xacx_ }], [0, { [_hH2]: _xacx__ }], [0, { [_hH2]: _xact }], [0, { [_hH2]: _xasse }], [0, { [_hH2]: _xarc }], [0, { [_hH2]: _xars }]]
];
var GetObjectAnnotationRequest$ = [
  3,
  n02,
  _GOARe,
  0,
  [_B2, _K2, _AN, _VI, _RP2, _EBO, _CMh],
  [[0, 1], [0, 1], [0, { [_hQ2]: _aN }], [0, { [_hQ2]: _vI }], [0, { [_hH2]: _xarp }], [0, { [_hH2]: _xaebo }], [0, { [_hH2]: _xacm_ }]],
  3
];
var GetObjectAttributesOutput$ = [
  3,
  n02,
  _GOAOet,
  { [_xN2]: _GOARet },
  [_DM, _LM, _VI, _RC2, _ET2, _C2, _OP2, _SC2, _OS2],
  [[2, { [_hH2]: _xadm }], [4, { [_hH2]: _LM_ }], [0, { [_hH2]: _xavi }], [0, { [_hH2]: _xarc }], 0, () => Checksum$, [() => GetObjectAttributesParts$, 0], 0, 1]
];
var GetObjectAttributesParts$ = [
  3,
  n02,
  _GOAP,
  0,
  [_TPC, _PNM, _NPNM, _MP, _IT2, _Pa2],
  [[1, { [_xN2]: _PC2 }], 0, 0, 1, 2, [() => PartsList, { [_xF]: 1, [_xN2]: _Par2 }]]
];
var GetObjectAttributesRequest$ = [
  3,
  n02,
  _GOARetb,
  0,
  [_B2, _K2, _OA, _VI, _MP, _PNM, _SSECA, _SSECK, _SSECKMD, _RP2, _EBO],
  [[0, 1], [0, 1], [64 | 0, { [_hH2]: _xaoa }], [0, { [_hQ2]: _vI }], [1, { [_hH2]: _xamp }], [0, { [_hH2]: _xapnm }], [0, { [_hH2]: _xasseca }], [() => SSECustomerKey, { [_hH2]: _xasseck }], [0, { [_hH2]: _xasseckM }], [0, { [_hH2]: _xarp }], [0, { [_hH2]: _xaebo }]],
  3
];
var GetObjectLegalHoldOutput$ = [
  3,
  n02,
  _GOLHO,
  0,
  [_LH],
  [[() => ObjectLockLegalHold$, { [_hP2]: 1, [_xN2]: _LH }]]
];
var GetObjectLegalHoldRequest$ = [
  3,
  n02,
  _GOLHR,
  0,
  [_B2, _K2, _VI, _RP2, _EBO],
  [[0, 1], [0, 1], [0, { [_hQ2]: _vI }], [0, { [_hH2]: _xarp }], [0, { [_hH2]: _xaebo }]],
  2
];
var GetObjectLockConfigurationOutput$ = [
  3,
  n02,
  _GOLCO,
  0,
  [_OLC],
  [[() => ObjectLockConfiguration$, 16]]
];
var GetObjectLockConfigurationRequest$ = [
  3,
  n02,
  _GOLCR,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var GetObjectOutput$ = [
  3,
  n02,
  _GOO,
  0,
  [_Bo, _DM, _AR, _Ex, _Re2, _LM, _CLo, _ET2, _CCRC, _CCRCC, _CCRCNVME, _CSHA, _CSHAh, _CSHAhe, _CMD, _CXXHASH, _CXXHASHh, _CXXHASHhe, _CT2, _MM, _VI, _CC2, _CDo, _CEo, _CL, _CR2, _CTo2, _Exp, _ES, _WRL, _SSE, _M2, _SSECA, _SSECKMD, _SSEKMSKI, _BKE, _SC2, _RC2, _RS, _PC2, _TC2, _OLM, _OLRUD, _OLLHS, _OLEH, _OLEHDD, _OLEHDY],
  [[() => StreamingBlob, 16], [2, { [_hH2]: _xadm }], [0, { [_hH2]: _ar }], [0, { [_hH2]: _xae }], [0, { [_hH2]: _xar }], [4, { [_hH2]: _LM_ }], [1, { [_hH2]: _CL__ }], [0, { [_hH2]: _ET2 }], [0, { [_hH2]: _xacc }], [0, { [_hH2]: _xacc_ }], [0, { [_hH2]: _xacc__ }], [0, { [_hH2]: _xacs }], [0, { [_hH2]: _xacs_ }], [0, { [_hH2]: _xacs__ }], [0, { [_hH2]: _xacm }], [0, { [_hH2]: _xacx }], [0, { [_hH2]: _xacx_ }], [0, { [_hH2]: _xacx__ }], [0, { [_hH2]: _xact }], [1, { [_hH2]: _xamm }], [0, { [_hH2]: _xavi }], [0, { [_hH2]: _CC_ }], [0, { [_hH2]: _CD_ }], [0, { [_hH2]: _CE_ }], [0, { [_hH2]: _CL_ }], [0, { [_hH2]: _CR_ }], [0, { [_hH2]: _CT_2 }], [4, { [_hH2]: _Exp }], [0, { [_hH2]: _ES }], [0, { [_hH2]: _xawrl }], [0, { [_hH2]: _xasse }], [128 | 0, { [_hPH]: _xam }], [0, { [_hH2]: _xasseca }], [0, { [_hH2]: _xasseckM }], [() => SSEKMSKeyId, { [_hH2]: _xasseakki }], [2, { [_hH2]: _xassebke }], [0, { [_hH2]: _xasc }], [0, { [_hH2]: _xarc }], [0, { [_hH2]: _xars }], [1, { [_hH2]: _xampc }], [1, { [_hH2]: _xatc }], [0, { [_hH2]: _xaolm }], [5, { [_hH2]: _xaolrud }], [0, { [_hH2]: _xaollh }], [0, { [_hH2]: _xaoleh }], [1, { [_hH2]: _xaolehdd }], [1, { [_hH2]: _xaolehdy }]]
];
var GetObjectRequest$ = [
  3,
  n02,
  _GOR,
  0,
  [_B2, _K2, _IM2, _IMSf, _INM, _IUS, _Ra, _RCC, _RCD, _RCE, _RCL, _RCT2, _RE2, _VI, _SSECA, _SSECK, _SSECKMD, _RP2, _PN, _EBO, _CMh],
  [[0, 1], [0, 1], [0, { [_hH2]: _IM_2 }], [4, { [_hH2]: _IMS_ }], [0, { [_hH2]: _INM_ }], [4, { [_hH2]: _IUS_ }], [0, { [_hH2]: _Ra }], [0, { [_hQ2]: _rcc }], [0, { [_hQ2]: _rcd }], [0, { [_hQ2]: _rce }], [0, { [_hQ2]: _rcl }], [0, { [_hQ2]: _rct }], [6, { [_hQ2]: _re }], [0, { [_hQ2]: _vI }], [0, { [_hH2]: _xasseca }], [() => SSECustomerKey, { [_hH2]: _xasseck }], [0, { [_hH2]: _xasseckM }], [0, { [_hH2]: _xarp }], [1, { [_hQ2]: _pN }], [0, { [_hH2]: _xaebo }], [0, { [_hH2]: _xacm_ }]],
  2
];
var GetObjectRetentionOutput$ = [
  3,
  n02,
  _GORO,
  0,
  [_Ret],
  [[() => ObjectLockRetention$, { [_hP2]: 1, [_xN2]: _Ret }]]
];
var GetObjectRetentionRequest$ = [
  3,
  n02,
  _GORR,
  0,
  [_B2, _K2, _VI, _RP2, _EBO],
  [[0, 1], [0, 1], [0, { [_hQ2]: _vI }], [0, { [_hH2]: _xarp }], [0, { [_hH2]: _xaebo }]],
  2
];
var GetObjectTaggingOutput$ = [
  3,
  n02,
  _GOTO,
  { [_xN2]: _Tag2 },
  [_TSa, _VI],
  [[() => TagSet, 0], [0, { [_hH2]: _xavi }]],
  1
];
var GetObjectTaggingRequest$ = [
  3,
  n02,
  _GOTR,
  0,
  [_B2, _K2, _VI, _EBO, _RP2],
  [[0, 1], [0, 1], [0, { [_hQ2]: _vI }], [0, { [_hH2]: _xaebo }], [0, { [_hH2]: _xarp }]],
  2
];
var GetObjectTorrentOutput$ = [
  3,
  n02,
  _GOTOe,
  0,
  [_Bo, _RC2],
  [[() => StreamingBlob, 16], [0, { [_hH2]: _xarc }]]
];
var GetObjectTorrentRequest$ = [
  3,
  n02,
  _GOTRe,
  0,
  [_B2, _K2, _RP2, _EBO],
  [[0, 1], [0, 1], [0, { [_hH2]: _xarp }], [0, { [_hH2]: _xaebo }]],
  2
];
var GetPublicAccessBlockOutput$ = [
  3,
  n02,
  _GPABO,
  0,
  [_PABC],
  [[() => PublicAccessBlockConfiguration$, 16]]
];
var GetPublicAccessBlockRequest$ = [
  3,
  n02,
  _GPABR,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var GlacierJobParameters$ = [
  3,
  n02,
  _GJP,
  0,
  [_Ti],
  [0],
  1
];
var Grant$ = [
  3,
  n02,
  _Gr,
  0,
  [_Gra, _Pe],
  [[() => Grantee$, { [_xNm]: [_x, _hi] }], 0]
];
var Grantee$ = [
  3,
  n02,
  _Gra,
  0,
  [_Ty, _DN2, _EA, _ID2, _URI],
  [[0, { [_xA]: 1, [_xN2]: _xs }], 0, 0, 0, 0],
  1
];
var HeadBucketOutput$ = [
  3,
  n02,
  _HBO,
  0,
  [_BA, _BLT, _BLN, _BR, _APA],
  [[0, { [_hH2]: _xaba }], [0, { [_hH2]: _xablt }], [0, { [_hH2]: _xabln }], [0, { [_hH2]: _xabr }], [2, { [_hH2]: _xaapa }]]
];
var HeadBucketRequest$ = [
  3,
  n02,
  _HBR,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var HeadObjectOutput$ = [
  3,
  n02,
  _HOO,
  0,
  [_DM, _AR, _Ex, _Re2, _ASr, _LM, _CLo, _CCRC, _CCRCC, _CCRCNVME, _CSHA, _CSHAh, _CSHAhe, _CMD, _CXXHASH, _CXXHASHh, _CXXHASHhe, _CT2, _ET2, _MM, _VI, _CC2, _CDo, _CEo, _CL, _CTo2, _CR2, _Exp, _ES, _WRL, _SSE, _M2, _SSECA, _SSECKMD, _SSEKMSKI, _BKE, _SC2, _RC2, _RS, _PC2, _TC2, _OLM, _OLRUD, _OLLHS, _OLEH, _OLEHDD, _OLEHDY],
  [[2, { [_hH2]: _xadm }], [0, { [_hH2]: _ar }], [0, { [_hH2]: _xae }], [0, { [_hH2]: _xar }], [0, { [_hH2]: _xaas }], [4, { [_hH2]: _LM_ }], [1, { [_hH2]: _CL__ }], [0, { [_hH2]: _xacc }], [0, { [_hH2]: _xacc_ }], [0, { [_hH2]: _xacc__ }], [0, { [_hH2]: _xacs }], [0, { [_hH2]: _xacs_ }], [0, { [_hH2]: _xacs__ }], [0, { [_hH2]: _xacm }], [0, { [_hH2]: _xacx }], [0, { [_hH2]: _xacx_ }], [0, { [_hH2]: _xacx__ }], [0, { [_hH2]: _xact }], [0, { [_hH2]: _ET2 }], [1, { [_hH2]: _xamm }], [0, { [_hH2]: _xavi }], [0, { [_hH2]: _CC_ }], [0, { [_hH2]: _CD_ }], [0, { [_hH2]: _CE_ }], [0, { [_hH2]: _CL_ }], [0, { [_hH2]: _CT_2 }], [0, { [_hH2]: _CR_ }], [4, { [_hH2]: _Exp }], [0, { [_hH2]: _ES }], [0, { [_hH2]: _xawrl }], [0, { [_hH2]: _xasse }], [128 | 0, { [_hPH]: _xam }], [0, { [_hH2]: _xasseca }], [0, { [_hH2]: _xasseckM }], [() => SSEKMSKeyId, { [_hH2]: _xasseakki }], [2, { [_hH2]: _xassebke }], [0, { [_hH2]: _xasc }], [0, { [_hH2]: _xarc }], [0, { [_hH2]: _xars }], [1, { [_hH2]: _xampc }], [1, { [_hH2]: _xatc }], [0, { [_hH2]: _xaolm }], [5, { [_hH2]: _xaolrud }], [0, { [_hH2]: _xaollh }], [0, { [_hH2]: _xaoleh }], [1, { [_hH2]: _xaolehdd }], [1, { [_hH2]: _xaolehdy }]]
];
var HeadObjectRequest$ = [
  3,
  n02,
  _HOR,
  0,
  [_B2, _K2, _IM2, _IMSf, _INM, _IUS, _Ra, _RCC, _RCD, _RCE, _RCL, _RCT2, _RE2, _VI, _SSECA, _SSECK, _SSECKMD, _RP2, _PN, _EBO, _CMh],
  [[0, 1], [0, 1], [0, { [_hH2]: _IM_2 }], [4, { [_hH2]: _IMS_ }], [0, { [_hH2]: _INM_ }], [4, { [_hH2]: _IUS_ }], [0, { [_hH2]: _Ra }], [0, { [_hQ2]: _rcc }], [0, { [_hQ2]: _rcd }], [0, { [_hQ2]: _rce }], [0, { [_hQ2]: _rcl }], [0, { [_hQ2]: _rct }], [6, { [_hQ2]: _re }], [0, { [_hQ2]: _vI }], [0, { [_hH2]: _xasseca }], [() => SSECustomerKey, { [_hH2]: _xasseck }], [0, { [_hH2]: _xasseckM }], [0, { [_hH2]: _xarp }], [1, { [_hQ2]: _pN }], [0, { [_hH2]: _xaebo }], [0, { [_hH2]: _xacm_ }]],
  2
];
var IndexDocument$ = [
  3,
  n02,
  _IDn,
  0,
  [_Su],
  [0],
  1
];
var Initiator$ = [
  3,
  n02,
  _In2,
  0,
  [_ID2, _DN2],
  [0, 0]
];
var InputSerialization$ = [
  3,
  n02,
  _IS2,
  0,
  [_CSV, _CTom, _JSON, _Parq],
  [() => CSVInput$, 0, () => JSONInput$, () => ParquetInput$]
];
var IntelligentTieringAndOperator$ = [
  3,
  n02,
  _ITAO,
  0,
  [_P2, _T2],
  [0, [() => TagSet, { [_xF]: 1, [_xN2]: _Ta2 }]]
];
var IntelligentTieringConfiguration$ = [
  3,
  n02,
  _ITC,
  0,
  [_I2, _S2, _Tie, _F2],
  [0, 0, [() => TieringList, { [_xF]: 1, [_xN2]: _Tier }], [() => IntelligentTieringFilter$, 0]],
  3
];
var IntelligentTieringFilter$ = [
  3,
  n02,
  _ITF,
  0,
  [_P2, _Ta2, _An],
  [0, () => Tag$2, [() => IntelligentTieringAndOperator$, 0]]
];
var InventoryConfiguration$ = [
  3,
  n02,
  _IC2,
  0,
  [_Des, _IE2, _I2, _IOV, _Sc, _F2, _OF],
  [[() => InventoryDestination$, 0], 2, 0, 0, () => InventorySchedule$, () => InventoryFilter$, [() => InventoryOptionalFields, 0]],
  5
];
var InventoryDestination$ = [
  3,
  n02,
  _IDnv,
  0,
  [_SBD],
  [[() => InventoryS3BucketDestination$, 0]],
  1
];
var InventoryEncryption$ = [
  3,
  n02,
  _IEn,
  0,
  [_SSES, _SSEKMS],
  [[() => SSES3$, { [_xN2]: _SS2 }], [() => SSEKMS$, { [_xN2]: _SK }]]
];
var InventoryFilter$ = [
  3,
  n02,
  _IF,
  0,
  [_P2],
  [0],
  1
];
var InventoryS3BucketDestination$ = [
  3,
  n02,
  _ISBD,
  0,
  [_B2, _Fo2, _AI2, _P2, _En],
  [0, 0, 0, 0, [() => InventoryEncryption$, 0]],
  2
];
var InventorySchedule$ = [
  3,
  n02,
  _ISn2,
  0,
  [_Fr],
  [0],
  1
];
var InventoryTableConfiguration$ = [
  3,
  n02,
  _ITCn,
  0,
  [_CS2, _EC2],
  [0, () => MetadataTableEncryptionConfiguration$],
  1
];
var InventoryTableConfigurationResult$ = [
  3,
  n02,
  _ITCR,
  0,
  [_CS2, _TS2, _E2, _TN, _TA],
  [0, 0, () => ErrorDetails$, 0, 0],
  1
];
var InventoryTableConfigurationUpdates$ = [
  3,
  n02,
  _ITCU,
  0,
  [_CS2, _EC2],
  [0, () => MetadataTableEncryptionConfiguration$],
  1
];
var JournalTableConfiguration$ = [
  3,
  n02,
  _JTC,
  0,
  [_REe, _EC2],
  [() => RecordExpiration$, () => MetadataTableEncryptionConfiguration$],
  1
];
var JournalTableConfigurationResult$ = [
  3,
  n02,
  _JTCR,
  0,
  [_TS2, _TN, _REe, _E2, _TA],
  [0, 0, () => RecordExpiration$, () => ErrorDetails$, 0],
  3
];
var JournalTableConfigurationUpdates$ = [
  3,
  n02,
  _JTCU,
  0,
  [_REe],
  [() => RecordExpiration$],
  1
];
var JSONInput$ = [
  3,
  n02,
  _JSONI,
  0,
  [_Ty],
  [0]
];
var JSONOutput$ = [
  3,
  n02,
  _JSONO,
  0,
  [_RD],
  [0]
];
var LambdaFunctionConfiguration$ = [
  3,
  n02,
  _LFC,
  0,
  [_LFA2, _Ev, _I2, _F2],
  [[0, { [_xN2]: _CF2 }], [64 | 0, { [_xF]: 1, [_xN2]: _Eve }], 0, [() => NotificationConfigurationFilter$, 0]],
  2
];
var LifecycleExpiration$ = [
  3,
  n02,
  _LEi,
  0,
  [_Da, _D2, _EODM],
  [5, 1, 2]
];
var LifecycleRule$ = [
  3,
  n02,
  _LR,
  0,
  [_S2, _Ex, _ID2, _P2, _F2, _Tr, _NVT, _NVE, _AIMU],
  [0, () => LifecycleExpiration$, 0, 0, [() => LifecycleRuleFilter$, 0], [() => TransitionList, { [_xF]: 1, [_xN2]: _Tra }], [() => NoncurrentVersionTransitionList, { [_xF]: 1, [_xN2]: _NVTo }], () => NoncurrentVersionExpiration$, () => AbortIncompleteMultipartUpload$],
  1
];
var LifecycleRuleAndOperator$ = [
  3,
  n02,
  _LRAO,
  0,
  [_P2, _T2, _OSGT, _OSLT],
  [0, [() => TagSet, { [_xF]: 1, [_xN2]: _Ta2 }], 1, 1]
];
var LifecycleRuleFilter$ = [
  3,
  n02,
  _LRF,
  0,
  [_P2, _Ta2, _OSGT, _OSLT, _An],
  [0, () => Tag$2, 1, 1, [() => LifecycleRuleAndOperator$, 0]]
];
var ListBucketAnalyticsConfigurationsOutput$ = [
  3,
  n02,
  _LBACO,
  { [_xN2]: _LBACR },
  [_IT2, _CTon2, _NCT, _ACLn],
  [2, 0, 0, [() => AnalyticsConfigurationList, { [_xF]: 1, [_xN2]: _ACn }]]
];
var ListBucketAnalyticsConfigurationsRequest$ = [
  3,
  n02,
  _LBACRi,
  0,
  [_B2, _CTon2, _EBO],
  [[0, 1], [0, { [_hQ2]: _ct }], [0, { [_hH2]: _xaebo }]],
  1
];
var ListBucketIntelligentTieringConfigurationsOutput$ = [
  3,
  n02,
  _LBITCO,
  0,
  [_IT2, _CTon2, _NCT, _ITCL],
  [2, 0, 0, [() => IntelligentTieringConfigurationList, { [_xF]: 1, [_xN2]: _ITC }]]
];
var ListBucketIntelligentTieringConfigurationsRequest$ = [
  3,
  n02,
  _LBITCR,
  0,
  [_B2, _CTon2, _EBO],
  [[0, 1], [0, { [_hQ2]: _ct }], [0, { [_hH2]: _xaebo }]],
  1
];
var ListBucketInventoryConfigurationsOutput$ = [
  3,
  n02,
  _LBICO,
  { [_xN2]: _LICR },
  [_CTon2, _ICL, _IT2, _NCT],
  [0, [() => InventoryConfigurationList, { [_xF]: 1, [_xN2]: _IC2 }], 2, 0]
];
var ListBucketInventoryConfigurationsRequest$ = [
  3,
  n02,
  _LBICR,
  0,
  [_B2, _CTon2, _EBO],
  [[0, 1], [0, { [_hQ2]: _ct }], [0, { [_hH2]: _xaebo }]],
  1
];
var ListBucketMetricsConfigurationsOutput$ = [
  3,
  n02,
  _LBMCO,
  { [_xN2]: _LMCR },
  [_IT2, _CTon2, _NCT, _MCL],
  [2, 0, 0, [() => MetricsConfigurationList, { [_xF]: 1, [_xN2]: _MCe }]]
];
var ListBucketMetricsConfigurationsRequest$ = [
  3,
  n02,
  _LBMCR,
  0,
  [_B2, _CTon2, _EBO],
  [[0, 1], [0, { [_hQ2]: _ct }], [0, { [_hH2]: _xaebo }]],
  1
];
var ListBucketsOutput$ = [
  3,
  n02,
  _LBO,
  { [_xN2]: _LAMBR },
  [_Bu, _O2, _CTon2, _P2],
  [[() => Buckets, 0], () => Owner$, 0, 0]
];
var ListBucketsRequest$ = [
  3,
  n02,
  _LBR,
  0,
  [_MB2, _CTon2, _P2, _BR],
  [[1, { [_hQ2]: _mb }], [0, { [_hQ2]: _ct }], [0, { [_hQ2]: _p }], [0, { [_hQ2]: _br }]]
];
var ListDirectoryBucketsOutput$ = [
  3,
  n02,
  _LDBO,
  { [_xN2]: _LAMDBR },
  [_Bu, _CTon2],
  [[() => Buckets, 0], 0]
];
var ListDirectoryBucketsRequest$ = [
  3,
  n02,
  _LDBR,
  0,
  [_CTon2, _MDB],
  [[0, { [_hQ2]: _ct }], [1, { [_hQ2]: _mdb }]]
];
var ListMultipartUploadsOutput$ = [
  3,
  n02,
  _LMUO,
  { [_xN2]: _LMUR },
  [_B2, _KM, _UIM, _NKM, _P2, _Deli, _NUIM, _MUa, _IT2, _U, _CPom, _ETnc, _RC2],
  [0, 0, 0, 0, 0, 0, 0, 1, 2, [() => MultipartUploadList, { [_xF]: 1, [_xN2]: _Up }], [() => CommonPrefixList, { [_xF]: 1 }], 0, [0, { [_hH2]: _xarc }]]
];
var ListMultipartUploadsRequest$ = [
  3,
  n02,
  _LMURi,
  0,
  [_B2, _Deli, _ETnc, _KM, _MUa, _P2, _UIM, _EBO, _RP2],
  [[0, 1], [0, { [_hQ2]: _d2 }], [0, { [_hQ2]: _et }], [0, { [_hQ2]: _km }], [1, { [_hQ2]: _mu }], [0, { [_hQ2]: _p }], [0, { [_hQ2]: _uim }], [0, { [_hH2]: _xaebo }], [0, { [_hH2]: _xarp }]],
  1
];
var ListObjectAnnotationsOutput$ = [
  3,
  n02,
  _LOAO,
  0,
  [_Ann, _B2, _K2, _OVI, _APn, _MAR, _ACnn, _CTon2, _NCT, _RC2],
  [[() => AnnotationList, 0], 0, 0, [0, { [_hH2]: _xaovi }], 0, 1, 1, 0, 0, [0, { [_hH2]: _xarc }]]
];
var ListObjectAnnotationsRequest$ = [
  3,
  n02,
  _LOAR,
  0,
  [_B2, _K2, _VI, _MAR, _APn, _CTon2, _RP2, _EBO],
  [[0, 1], [0, 1], [0, { [_hQ2]: _vI }], [1, { [_hQ2]: _mar }], [0, { [_hQ2]: _ap }], [0, { [_hQ2]: _ct }], [0, { [_hH2]: _xarp }], [0, { [_hH2]: _xaebo }]],
  2
];
var ListObjectsOutput$ = [
  3,
  n02,
  _LOO,
  { [_xN2]: _LBRi },
  [_IT2, _Ma2, _NM2, _Con, _N2, _P2, _Deli, _MK, _CPom, _ETnc, _RC2],
  [2, 0, 0, [() => ObjectList, { [_xF]: 1 }], 0, 0, 0, 1, [() => CommonPrefixList, { [_xF]: 1 }], 0, [0, { [_hH2]: _xarc }]]
];
var ListObjectsRequest$ = [
  3,
  n02,
  _LOR,
  0,
  [_B2, _Deli, _ETnc, _Ma2, _MK, _P2, _RP2, _EBO, _OOA],
  [[0, 1], [0, { [_hQ2]: _d2 }], [0, { [_hQ2]: _et }], [0, { [_hQ2]: _m }], [1, { [_hQ2]: _mk }], [0, { [_hQ2]: _p }], [0, { [_hH2]: _xarp }], [0, { [_hH2]: _xaebo }], [64 | 0, { [_hH2]: _xaooa }]],
  1
];
var ListObjectsV2Output$ = [
  3,
  n02,
  _LOVO,
  { [_xN2]: _LBRi },
  [_IT2, _Con, _N2, _P2, _Deli, _MK, _CPom, _ETnc, _KC, _CTon2, _NCT, _SA, _RC2],
  [2, [() => ObjectList, { [_xF]: 1 }], 0, 0, 0, 1, [() => CommonPrefixList, { [_xF]: 1 }], 0, 1, 0, 0, 0, [0, { [_hH2]: _xarc }]]
];
var ListObjectsV2Request$ = [
  3,
  n02,
  _LOVR,
  0,
  [_B2, _Deli, _ETnc, _MK, _P2, _CTon2, _FO2, _SA, _RP2, _EBO, _OOA],
  [[0, 1], [0, { [_hQ2]: _d2 }], [0, { [_hQ2]: _et }], [1, { [_hQ2]: _mk }], [0, { [_hQ2]: _p }], [0, { [_hQ2]: _ct }], [2, { [_hQ2]: _fo }], [0, { [_hQ2]: _sa }], [0, { [_hH2]: _xarp }], [0, { [_hH2]: _xaebo }], [64 | 0, { [_hH2]: _xaooa }]],
  1
];
var ListObjectVersionsOutput$ = [
  3,
  n02,
  _LOVOi,
  { [_xN2]: _LVR },
  [_IT2, _KM, _VIM, _NKM, _NVIM, _Ve, _DMe, _N2, _P2, _Deli, _MK, _CPom, _ETnc, _RC2],
  [2, 0, 0, 0, 0, [() => ObjectVersionList, { [_xF]: 1, [_xN2]: _Ver }], [() => DeleteMarkers, { [_xF]: 1, [_xN2]: _DM }], 0, 0, 0, 1, [() => CommonPrefixList, { [_xF]: 1 }], 0, [0, { [_hH2]: _xarc }]]
];
var ListObjectVersionsRequest$ = [
  3,
  n02,
  _LOVRi,
  0,
  [_B2, _Deli, _ETnc, _KM, _MK, _P2, _VIM, _EBO, _RP2, _OOA],
  [[0, 1], [0, { [_hQ2]: _d2 }], [0, { [_hQ2]: _et }], [0, { [_hQ2]: _km }], [1, { [_hQ2]: _mk }], [0, { [_hQ2]: _p }], [0, { [_hQ2]: _vim }], [0, { [_hH2]: _xaebo }], [0, { [_hH2]: _xarp }], [64 | 0, { [_hH2]: _xaooa }]],
  1
];
var ListPartsOutput$ = [
  3,
  n02,
  _LPO,
  { [_xN2]: _LPR },
  [_ADb, _ARI, _B2, _K2, _UI, _PNM, _NPNM, _MP, _IT2, _Pa2, _In2, _O2, _SC2, _RC2, _CA2, _CT2, _VI],
  [[4, { [_hH2]: _xaad }], [0, { [_hH2]: _xaari }], 0, 0, 0, 0, 0, 1, 2, [() => Parts, { [_xF]: 1, [_xN2]: _Par2 }], () => Initiator$, () => Owner$, 0, [0, { [_hH2]: _xarc }], 0, 0, [0, { [_hH2]: _xavi }]]
];
var ListPartsRequest$ = [
  3,
  n02,
  _LPRi,
  0,
  [_B2, _K2, _UI, _MP, _PNM, _RP2, _EBO, _SSECA, _SSECK, _SSECKMD],
  [[0, 1], [0, 1], [0, { [_hQ2]: _uI }], [1, { [_hQ2]: _mp }], [0, { [_hQ2]: _pnm }], [0, { [_hH2]: _xarp }], [0, { [_hH2]: _xaebo }], [0, { [_hH2]: _xasseca }], [() => SSECustomerKey, { [_hH2]: _xasseck }], [0, { [_hH2]: _xasseckM }]],
  3
];
var LocationInfo$ = [
  3,
  n02,
  _LI2,
  0,
  [_Ty, _N2],
  [0, 0]
];
var LoggingEnabled$ = [
  3,
  n02,
  _LE,
  0,
  [_TB, _TP, _TG, _TOKF],
  [0, 0, [() => TargetGrants, 0], [() => TargetObjectKeyFormat$, 0]],
  2
];
var MetadataConfiguration$ = [
  3,
  n02,
  _MC,
  0,
  [_JTC, _ITCn, _ATC],
  [() => JournalTableConfiguration$, () => InventoryTableConfiguration$, () => AnnotationTableConfiguration$],
  1
];
var MetadataConfigurationResult$ = [
  3,
  n02,
  _MCR2,
  0,
  [_DRes, _JTCR, _ITCR, _ATCR],
  [() => DestinationResult$, () => JournalTableConfigurationResult$, () => InventoryTableConfigurationResult$, () => AnnotationTableConfigurationResult$],
  1
];
var MetadataEntry$ = [
  3,
  n02,
  _ME,
  0,
  [_N2, _V2],
  [0, 0]
];
var MetadataTableConfiguration$ = [
  3,
  n02,
  _MTC,
  0,
  [_STD],
  [() => S3TablesDestination$],
  1
];
var MetadataTableConfigurationResult$ = [
  3,
  n02,
  _MTCR,
  0,
  [_STDR],
  [() => S3TablesDestinationResult$],
  1
];
var MetadataTableEncryptionConfiguration$ = [
  3,
  n02,
  _MTEC,
  0,
  [_SAs, _KKA],
  [0, 0],
  1
];
var Metrics$ = [
  3,
  n02,
  _Me2,
  0,
  [_S2, _ETv2],
  [0, () => ReplicationTimeValue$],
  1
];
var MetricsAndOperator$ = [
  3,
  n02,
  _MAO,
  0,
  [_P2, _T2, _APAc],
  [0, [() => TagSet, { [_xF]: 1, [_xN2]: _Ta2 }], 0]
];
var MetricsConfiguration$ = [
  3,
  n02,
  _MCe,
  0,
  [_I2, _F2],
  [0, [() => MetricsFilter$, 0]],
  1
];
var MultipartUpload$ = [
  3,
  n02,
  _MU,
  0,
  [_UI, _K2, _Ini, _SC2, _O2, _In2, _CA2, _CT2, _VI],
  [0, 0, 4, 0, () => Owner$, () => Initiator$, 0, 0, 0]
];
var NoncurrentVersionExpiration$ = [
  3,
  n02,
  _NVE,
  0,
  [_ND, _NNV],
  [1, 1]
];
var NoncurrentVersionTransition$ = [
  3,
  n02,
  _NVTo,
  0,
  [_ND, _SC2, _NNV],
  [1, 0, 1]
];
var NotificationConfiguration$ = [
  3,
  n02,
  _NC,
  0,
  [_TCo, _QCu, _LFCa, _EBC],
  [[() => TopicConfigurationList, { [_xF]: 1, [_xN2]: _TCop }], [() => QueueConfigurationList, { [_xF]: 1, [_xN2]: _QCue }], [() => LambdaFunctionConfigurationList, { [_xF]: 1, [_xN2]: _CFC2 }], () => EventBridgeConfiguration$]
];
var NotificationConfigurationFilter$ = [
  3,
  n02,
  _NCF,
  0,
  [_K2],
  [[() => S3KeyFilter$, { [_xN2]: _SKe }]]
];
var _Object$ = [
  3,
  n02,
  _Obj,
  0,
  [_K2, _LM, _ET2, _CA2, _CT2, _Si2, _SC2, _O2, _RSe],
  [0, 4, 0, [64 | 0, { [_xF]: 1 }], 0, 1, 0, () => Owner$, () => RestoreStatus$]
];
var ObjectIdentifier$ = [
  3,
  n02,
  _OI2,
  0,
  [_K2, _VI, _ET2, _LMT2, _Si2],
  [0, 0, 0, 6, 1],
  1
];
var ObjectLockConfiguration$ = [
  3,
  n02,
  _OLC,
  0,
  [_OLE, _Rul],
  [0, () => ObjectLockRule$]
];
var ObjectLockLegalHold$ = [
  3,
  n02,
  _OLLH,
  0,
  [_S2],
  [0]
];
var ObjectLockRetention$ = [
  3,
  n02,
  _OLR,
  0,
  [_Mo2, _RUD, _EHv, _EHD],
  [0, 5, 0, () => EventHoldDuration$]
];
var ObjectLockRule$ = [
  3,
  n02,
  _OLRb,
  0,
  [_DRe],
  [() => DefaultRetention$]
];
var ObjectPart$ = [
  3,
  n02,
  _OPb,
  0,
  [_PN, _Si2, _CCRC, _CCRCC, _CCRCNVME, _CSHA, _CSHAh, _CSHAhe, _CMD, _CXXHASH, _CXXHASHh, _CXXHASHhe],
  [1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
];
var ObjectVersion$ = [
  3,
  n02,
  _OV,
  0,
  [_ET2, _CA2, _CT2, _Si2, _SC2, _K2, _VI, _IL2, _LM, _O2, _RSe],
  [0, [64 | 0, { [_xF]: 1 }], 0, 1, 0, 0, 0, 2, 4, () => Owner$, () => RestoreStatus$]
];
var OutputLocation$ = [
  3,
  n02,
  _OL2,
  0,
  [_S_],
  [[() => S3Location$, 0]]
];
var OutputSerialization$ = [
  3,
  n02,
  _OSu,
  0,
  [_CSV, _JSON],
  [() => CSVOutput$, () => JSONOutput$]
];
var Owner$ = [
  3,
  n02,
  _O2,
  0,
  [_DN2, _ID2],
  [0, 0]
];
var OwnershipControls$ = [
  3,
  n02,
  _OC,
  0,
  [_Ru2],
  [[() => OwnershipControlsRules, { [_xF]: 1, [_xN2]: _Rul }]],
  1
];
var OwnershipControlsRule$ = [
  3,
  n02,
  _OCR,
  0,
  [_OO2],
  [0],
  1
];
var ParquetInput$ = [
  3,
  n02,
  _PI2,
  0,
  [],
  []
];
var Part$ = [
  3,
  n02,
  _Par2,
  0,
  [_PN, _LM, _ET2, _Si2, _CCRC, _CCRCC, _CCRCNVME, _CSHA, _CSHAh, _CSHAhe, _CMD, _CXXHASH, _CXXHASHh, _CXXHASHhe],
  [1, 4, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
];
var PartitionedPrefix$ = [
  3,
  n02,
  _PP2,
  { [_xN2]: _PP2 },
  [_PDS2],
  [0]
];
var PolicyStatus$ = [
  3,
  n02,
  _PS,
  0,
  [_IPs],
  [[2, { [_xN2]: _IPs }]]
];
var Progress$ = [
  3,
  n02,
  _Pr2,
  0,
  [_BS, _BP, _BRy],
  [1, 1, 1]
];
var ProgressEvent$ = [
  3,
  n02,
  _PE,
  0,
  [_Det],
  [[() => Progress$, { [_eP]: 1 }]]
];
var PublicAccessBlockConfiguration$ = [
  3,
  n02,
  _PABC,
  0,
  [_BPA, _IPA2, _BPP, _RPB],
  [[2, { [_xN2]: _BPA }], [2, { [_xN2]: _IPA2 }], [2, { [_xN2]: _BPP }], [2, { [_xN2]: _RPB }]]
];
var PutBucketAbacRequest$ = [
  3,
  n02,
  _PBAR,
  0,
  [_B2, _AS, _CMDo, _CA2, _EBO],
  [[0, 1], [() => AbacStatus$, { [_hP2]: 1, [_xN2]: _AS }], [0, { [_hH2]: _CM2 }], [0, { [_hH2]: _xasca }], [0, { [_hH2]: _xaebo }]],
  2
];
var PutBucketAccelerateConfigurationRequest$ = [
  3,
  n02,
  _PBACR,
  0,
  [_B2, _AC, _EBO, _CA2],
  [[0, 1], [() => AccelerateConfiguration$, { [_hP2]: 1, [_xN2]: _AC }], [0, { [_hH2]: _xaebo }], [0, { [_hH2]: _xasca }]],
  2
];
var PutBucketAclRequest$ = [
  3,
  n02,
  _PBARu,
  0,
  [_B2, _ACL_, _ACP, _CMDo, _CA2, _GFC, _GR2, _GRACP, _GW, _GWACP, _EBO],
  [[0, 1], [0, { [_hH2]: _xaa }], [() => AccessControlPolicy$, { [_hP2]: 1, [_xN2]: _ACP }], [0, { [_hH2]: _CM2 }], [0, { [_hH2]: _xasca }], [0, { [_hH2]: _xagfc }], [0, { [_hH2]: _xagr }], [0, { [_hH2]: _xagra }], [0, { [_hH2]: _xagw }], [0, { [_hH2]: _xagwa }], [0, { [_hH2]: _xaebo }]],
  1
];
var PutBucketAnalyticsConfigurationRequest$ = [
  3,
  n02,
  _PBACRu,
  0,
  [_B2, _I2, _ACn, _EBO],
  [[0, 1], [0, { [_hQ2]: _i }], [() => AnalyticsConfiguration$, { [_hP2]: 1, [_xN2]: _ACn }], [0, { [_hH2]: _xaebo }]],
  3
];
var PutBucketCorsRequest$ = [
  3,
  n02,
  _PBCR,
  0,
  [_B2, _CORSC, _CMDo, _CA2, _EBO],
  [[0, 1], [() => CORSConfiguration$, { [_hP2]: 1, [_xN2]: _CORSC }], [0, { [_hH2]: _CM2 }], [0, { [_hH2]: _xasca }], [0, { [_hH2]: _xaebo }]],
  2
];
var PutBucketEncryptionRequest$ = [
  3,
  n02,
  _PBER,
  0,
  [_B2, _SSEC, _CMDo, _CA2, _EBO],
  [[0, 1], [() => ServerSideEncryptionConfiguration$, { [_hP2]: 1, [_xN2]: _SSEC }], [0, { [_hH2]: _CM2 }], [0, { [_hH2]: _xasca }], [0, { [_hH2]: _xaebo }]],
  2
];
var PutBucketIntelligentTieringConfigurationRequest$ = [
  3,
  n02,
  _PBITCR,
  0,
  [_B2, _I2, _ITC, _EBO],
  [[0, 1], [0, { [_hQ2]: _i }], [() => IntelligentTieringConfiguration$, { [_hP2]: 1, [_xN2]: _ITC }], [0, { [_hH2]: _xaebo }]],
  3
];
var PutBucketInventoryConfigurationRequest$ = [
  3,
  n02,
  _PBICR,
  0,
  [_B2, _I2, _IC2, _EBO],
  [[0, 1], [0, { [_hQ2]: _i }], [() => InventoryConfiguration$, { [_hP2]: 1, [_xN2]: _IC2 }], [0, { [_hH2]: _xaebo }]],
  3
];
var PutBucketLifecycleConfigurationOutput$ = [
  3,
  n02,
  _PBLCO,
  0,
  [_TDMOS],
  [[0, { [_hH2]: _xatdmos }]]
];
var PutBucketLifecycleConfigurationRequest$ = [
  3,
  n02,
  _PBLCR,
  0,
  [_B2, _CA2, _LCi, _EBO, _TDMOS],
  [[0, 1], [0, { [_hH2]: _xasca }], [() => BucketLifecycleConfiguration$, { [_hP2]: 1, [_xN2]: _LCi }], [0, { [_hH2]: _xaebo }], [0, { [_hH2]: _xatdmos }]],
  1
];
var PutBucketLoggingRequest$ = [
  3,
  n02,
  _PBLR,
  0,
  [_B2, _BLS, _CMDo, _CA2, _EBO],
  [[0, 1], [() => BucketLoggingStatus$, { [_hP2]: 1, [_xN2]: _BLS }], [0, { [_hH2]: _CM2 }], [0, { [_hH2]: _xasca }], [0, { [_hH2]: _xaebo }]],
  2
];
var PutBucketMetricsConfigurationRequest$ = [
  3,
  n02,
  _PBMCR,
  0,
  [_B2, _I2, _MCe, _EBO],
  [[0, 1], [0, { [_hQ2]: _i }], [() => MetricsConfiguration$, { [_hP2]: 1, [_xN2]: _MCe }], [0, { [_hH2]: _xaebo }]],
  3
];
var PutBucketNotificationConfigurationRequest$ = [
  3,
  n02,
  _PBNCR,
  0,
  [_B2, _NC, _EBO, _SDV],
  [[0, 1], [() => NotificationConfiguration$, { [_hP2]: 1, [_xN2]: _NC }], [0, { [_hH2]: _xaebo }], [2, { [_hH2]: _xasdv }]],
  2
];
var PutBucketOwnershipControlsRequest$ = [
  3,
  n02,
  _PBOCR,
  0,
  [_B2, _OC, _CMDo, _EBO, _CA2],
  [[0, 1], [() => OwnershipControls$, { [_hP2]: 1, [_xN2]: _OC }], [0, { [_hH2]: _CM2 }], [0, { [_hH2]: _xaebo }], [0, { [_hH2]: _xasca }]],
  2
];
var PutBucketPolicyRequest$ = [
  3,
  n02,
  _PBPR,
  0,
  [_B2, _Po, _CMDo, _CA2, _CRSBA, _EBO],
  [[0, 1], [0, 16], [0, { [_hH2]: _CM2 }], [0, { [_hH2]: _xasca }], [2, { [_hH2]: _xacrsba }], [0, { [_hH2]: _xaebo }]],
  2
];
var PutBucketReplicationRequest$ = [
  3,
  n02,
  _PBRR,
  0,
  [_B2, _RCe, _CMDo, _CA2, _To, _EBO],
  [[0, 1], [() => ReplicationConfiguration$, { [_hP2]: 1, [_xN2]: _RCe }], [0, { [_hH2]: _CM2 }], [0, { [_hH2]: _xasca }], [0, { [_hH2]: _xabolt }], [0, { [_hH2]: _xaebo }]],
  2
];
var PutBucketRequestPaymentRequest$ = [
  3,
  n02,
  _PBRPR,
  0,
  [_B2, _RPC, _CMDo, _CA2, _EBO],
  [[0, 1], [() => RequestPaymentConfiguration$, { [_hP2]: 1, [_xN2]: _RPC }], [0, { [_hH2]: _CM2 }], [0, { [_hH2]: _xasca }], [0, { [_hH2]: _xaebo }]],
  2
];
var PutBucketTaggingRequest$ = [
  3,
  n02,
  _PBTR,
  0,
  [_B2, _Tag2, _CMDo, _CA2, _EBO],
  [[0, 1], [() => Tagging$, { [_hP2]: 1, [_xN2]: _Tag2 }], [0, { [_hH2]: _CM2 }], [0, { [_hH2]: _xasca }], [0, { [_hH2]: _xaebo }]],
  2
];
var PutBucketVersioningRequest$ = [
  3,
  n02,
  _PBVR,
  0,
  [_B2, _VC2, _CMDo, _CA2, _MFA, _EBO],
  [[0, 1], [() => VersioningConfiguration$, { [_hP2]: 1, [_xN2]: _VC2 }], [0, { [_hH2]: _CM2 }], [0, { [_hH2]: _xasca }], [0, { [_hH2]: _xam_ }], [0, { [_hH2]: _xaebo }]],
  2
];
var PutBucketWebsiteRequest$ = [
  3,
  n02,
  _PBWR,
  0,
  [_B2, _WC, _CMDo, _CA2, _EBO],
  [[0, 1], [() => WebsiteConfiguration$, { [_hP2]: 1, [_xN2]: _WC }], [0, { [_hH2]: _CM2 }], [0, { [_hH2]: _xasca }], [0, { [_hH2]: _xaebo }]],
  2
];
var PutObjectAclOutput$ = [
  3,
  n02,
  _POAO,
  0,
  [_RC2],
  [[0, { [_hH2]: _xarc }]]
];
var PutObjectAclRequest$ = [
  3,
  n02,
  _POAR,
  0,
  [_B2, _K2, _ACL_, _ACP, _CMDo, _CA2, _GFC, _GR2, _GRACP, _GW, _GWACP, _RP2, _VI, _EBO],
  [[0, 1], [0, 1], [0, { [_hH2]: _xaa }], [() => AccessControlPolicy$, { [_hP2]: 1, [_xN2]: _ACP }], [0, { [_hH2]: _CM2 }], [0, { [_hH2]: _xasca }], [0, { [_hH2]: _xagfc }], [0, { [_hH2]: _xagr }], [0, { [_hH2]: _xagra }], [0, { [_hH2]: _xagw }], [0, { [_hH2]: _xagwa }], [0, { [_hH2]: _xarp }], [0, { [_hQ2]: _vI }], [0, { [_hH2]: _xaebo }]],
  2
];
var PutObjectAnnotationOutput$ = [
  3,
  n02,
  _POAOu,
  0,
  [_K2, _AN, _OVI, _ET2, _CCRC, _CCRCC, _CCRCNVME, _CSHA, _CSHAh, _CSHAhe, _CMD, _CXXHASH, _CXXHASHh, _CXXHASHhe, _CT2, _SSE, _RC2],
  [0, 0, [0, { [_hH2]: _xaovi }], [0, { [_hH2]: _ET2 }], [0, { [_hH2]: _xacc }], [0, { [_hH2]: _xacc_ }], [0, { [_hH2]: _xacc__ }], [0, { [_hH2]: _xacs }], [0, { [_hH2]: _xacs_ }], [0, { [_hH2]: _xacs__ }], [0, { [_hH2]: _xacm }], [0, { [_hH2]: _xacx }], [0, { [_hH2]: _xacx_ }], [0, { [_hH2]: _xacx__ }], [0, { [_hH2]: _xact }], [0, { [_hH2]: _xasse }], [0, { [_hH2]: _xarc }]]
];
var PutObjectAnnotationRequest$ = [
  3,
  n02,
  _POARu,
  0,
  [_B2, _K2, _AN, _AP, _VI, _OIM, _CA2, _CCRC, _CCRCC, _CCRCNVME, _CSHA, _CSHAh, _CSHAhe, _CMD, _CXXHASH, _CXXHASHh, _CXXHASHhe, _CMDo, _RP2, _EBO],
  [[0, 1], [0, 1], [0, { [_hQ2]: _aN }], [() => StreamingBlob, 16], [0, { [_hQ2]: _vI }], [0, { [_hH2]: _xaoim }], [0, { [_hH2]: _xasca }], [0, { [_hH2]: _xacc }], [0, { [_hH2]: _xacc_ }], [0, { [_hH2]: _xacc__ }], [0, { [_hH2]: _xacs }], [0, { [_hH2]: _xacs_ }], [0, { [_hH2]: _xacs__ }], [0, { [_hH2]: _xacm }], [0, { [_hH2]: _xacx }], [0, { [_hH2]: _xacx_ }], [0, { [_hH2]: _xacx__ }], [0, { [_hH2]: _CM2 }], [0, { [_hH2]: _xarp }], [0, { [_hH2]: _xaebo }]],
  4
];
var PutObjectLegalHoldOutput$ = [
  3,
  n02,
  _POLHO,
  0,
  [_RC2],
  [[0, { [_hH2]: _xarc }]]
];
var PutObjectLegalHoldRequest$ = [
  3,
  n02,
  _POLHR,
  0,
  [_B2, _K2, _LH, _RP2, _VI, _CMDo, _CA2, _EBO],
  [[0, 1], [0, 1], [() => ObjectLockLegalHold$, { [_hP2]: 1, [_xN2]: _LH }], [0, { [_hH2]: _xarp }], [0, { [_hQ2]: _vI }], [0, { [_hH2]: _CM2 }], [0, { [_hH2]: _xasca }], [0, { [_hH2]: _xaebo }]],
  2
];
var PutObjectLockConfigurationOutput$ = [
  3,
  n02,
  _POLCO,
  0,
  [_RC2],
  [[0, { [_hH2]: _xarc }]]
];
var PutObjectLockConfigurationRequest$ = [
  3,
  n02,
  _POLCR,
  0,
  [_B2, _OLC, _RP2, _To, _CMDo, _CA2, _EBO],
  [[0, 1], [() => ObjectLockConfiguration$, { [_hP2]: 1, [_xN2]: _OLC }], [0, { [_hH2]: _xarp }], [0, { [_hH2]: _xabolt }], [0, { [_hH2]: _CM2 }], [0, { [_hH2]: _xasca }], [0, { [_hH2]: _xaebo }]],
  1
];
var PutObjectOutput$ = [
  3,
  n02,
  _POO,
  0,
  [_Ex, _ET2, _CCRC, _CCRCC, _CCRCNVME, _CSHA, _CSHAh, _CSHAhe, _CMD, _CXXHASH, _CXXHASHh, _CXXHASHhe, _CT2, _SSE, _VI, _SSECA, _SSECKMD, _SSEKMSKI, _SSEKMSEC, _BKE, _Si2, _RC2],
  [[0, { [_hH2]: _xae }], [0, { [_hH2]: _ET2 }], [0, { [_hH2]: _xacc }], [0, { [_hH2]: _xacc_ }], [0, { [_hH2]: _xacc__ }], [0, { [_hH2]: _xacs }], [0, { [_hH2]: _xacs_ }], [0, { [_hH2]: _xacs__ }], [0, { [_hH2]: _xacm }], [0, { [_hH2]: _xacx }], [0, { [_hH2]: _xacx_ }], [0, { [_hH2]: _xacx__ }], [0, { [_hH2]: _xact }], [0, { [_hH2]: _xasse }], [0, { [_hH2]: _xavi }], [0, { [_hH2]: _xasseca }], [0, { [_hH2]: _xasseckM }], [() => SSEKMSKeyId, { [_hH2]: _xasseakki }], [() => SSEKMSEncryptionContext, { [_hH2]: _xassec }], [2, { [_hH2]: _xassebke }], [1, { [_hH2]: _xaos }], [0, { [_hH2]: _xarc }]]
];
var PutObjectRequest$ = [
  3,
  n02,
  _POR,
  0,
  [_B2, _K2, _ACL_, _Bo, _CC2, _CDo, _CEo, _CL, _CLo, _CMDo, _CTo2, _CA2, _CCRC, _CCRCC, _CCRCNVME, _CSHA, _CSHAh, _CSHAhe, _CMD, _CXXHASH, _CXXHASHh, _CXXHASHhe, _Exp, _IM2, _INM, _GFC, _GR2, _GRACP, _GWACP, _WOB, _M2, _SSE, _SC2, _WRL, _SSECA, _SSECK, _SSECKMD, _SSEKMSKI, _SSEKMSEC, _BKE, _RP2, _Tag2, _OLM, _OLRUD, _OLLHS, _OLEH, _OLEHDD, _OLEHDY, _EBO],
  [[0, 1], [0, 1], [0, { [_hH2]: _xaa }], [() => StreamingBlob, 16], [0, { [_hH2]: _CC_ }], [0, { [_hH2]: _CD_ }], [0, { [_hH2]: _CE_ }], [0, { [_hH2]: _CL_ }], [1, { [_hH2]: _CL__ }], [0, { [_hH2]: _CM2 }], [0, { [_hH2]: _CT_2 }], [0, { [_hH2]: _xasca }], [0, { [_hH2]: _xacc }], [0, { [_hH2]: _xacc_ }], [0, { [_hH2]: _xacc__ }], [0, { [_hH2]: _xacs }], [0, { [_hH2]: _xacs_ }], [0, { [_hH2]: _xacs__ }], [0, { [_hH2]: _xacm }], [0, { [_hH2]: _xacx }], [0, { [_hH2]: _xacx_ }], [0, { [_hH2]: _xacx__ }], [4, { [_hH2]: _Exp }], [0, { [_hH2]: _IM_2 }], [0, { [_hH2]: _INM_ }], [0, { [_hH2]: _xagfc }], [0, { [_hH2]: _xagr }], [0, { [_hH2]: _xagra }], [0, { [_hH2]: _xagwa }], [1, { [_hH2]: _xawob }], [128 | 0, { [_hPH]: _xam }], [0, { [_hH2]: _xasse }], [0, { [_hH2]: _xasc }], [0, { [_hH2]: _xawrl }], [0, { [_hH2]: _xasseca }], [() => SSECustomerKey, { [_hH2]: _xasseck }], [0, { [_hH2]: _xasseckM }], [() => SSEKMSKeyId, { [_hH2]: _xasseakki }], [() => SSEKMSEncryptionContext, { [_hH2]: _xassec }], [2, { [_hH2]: _xassebke }], [0, { [_hH2]: _xarp }], [0, { [_hH2]: _xat }], [0, { [_hH2]: _xaolm }], [5, { [_hH2]: _xaolrud }], [0, { [_hH2]: _xaollh }], [0, { [_hH2]: _xaoleh }], [1, { [_hH2]: _xaolehdd }], [1, { [_hH2]: _xaolehdy }], [0, { [_hH2]: _xaebo }]],
  2
];
var PutObjectRetentionOutput$ = [
  3,
  n02,
  _PORO,
  0,
  [_RC2],
  [[0, { [_hH2]: _xarc }]]
];
var PutObjectRetentionRequest$ = [
  3,
  n02,
  _PORR,
  0,
  [_B2, _K2, _Ret, _RP2, _VI, _BGR, _CMDo, _CA2, _EBO],
  [[0, 1], [0, 1], [() => ObjectLockRetention$, { [_hP2]: 1, [_xN2]: _Ret }], [0, { [_hH2]: _xarp }], [0, { [_hQ2]: _vI }], [2, { [_hH2]: _xabgr }], [0, { [_hH2]: _CM2 }], [0, { [_hH2]: _xasca }], [0, { [_hH2]: _xaebo }]],
  2
];
var PutObjectTaggingOutput$ = [
  3,
  n02,
  _POTO,
  0,
  [_VI],
  [[0, { [_hH2]: _xavi }]]
];
var PutObjectTaggingRequest$ = [
  3,
  n02,
  _POTR,
  0,
  [_B2, _K2, _Tag2, _VI, _CMDo, _CA2, _EBO, _RP2],
  [[0, 1], [0, 1], [() => Tagging$, { [_hP2]: 1, [_xN2]: _Tag2 }], [0, { [_hQ2]: _vI }], [0, { [_hH2]: _CM2 }], [0, { [_hH2]: _xasca }], [0, { [_hH2]: _xaebo }], [0, { [_hH2]: _xarp }]],
  3
];
var PutPublicAccessBlockRequest$ = [
  3,
  n02,
  _PPABR,
  0,
  [_B2, _PABC, _CMDo, _CA2, _EBO],
  [[0, 1], [() => PublicAccessBlockConfiguration$, { [_hP2]: 1, [_xN2]: _PABC }], [0, { [_hH2]: _CM2 }], [0, { [_hH2]: _xasca }], [0, { [_hH2]: _xaebo }]],
  2
];
var QueueConfiguration$ = [
  3,
  n02,
  _QCue,
  0,
  [_QA2, _Ev, _I2, _F2],
  [[0, { [_xN2]: _Qu }], [64 | 0, { [_xF]: 1, [_xN2]: _Eve }], 0, [() => NotificationConfigurationFilter$, 0]],
  2
];
var RecordExpiration$ = [
  3,
  n02,
  _REe,
  0,
  [_Ex, _D2],
  [0, 1],
  1
];
var RecordsEvent$ = [
  3,
  n02,
  _REec,
  0,
  [_Payl],
  [[21, { [_eP]: 1 }]]
];
var Redirect$ = [
  3,
  n02,
  _Red,
  0,
  [_HN2, _HRC, _Pro2, _RKPW, _RKW],
  [0, 0, 0, 0, 0]
];
var RedirectAllRequestsTo$ = [
  3,
  n02,
  _RART,
  0,
  [_HN2, _Pro2],
  [0, 0],
  1
];
var RenameObjectOutput$ = [
  3,
  n02,
  _ROO,
  0,
  [],
  []
];
var RenameObjectRequest$ = [
  3,
  n02,
  _ROR,
  0,
  [_B2, _K2, _RSen, _DIM, _DINM, _DIMS, _DIUS, _SIM, _SINM, _SIMS, _SIUS, _CTl],
  [[0, 1], [0, 1], [0, { [_hH2]: _xars_ }], [0, { [_hH2]: _IM_2 }], [0, { [_hH2]: _INM_ }], [4, { [_hH2]: _IMS_ }], [4, { [_hH2]: _IUS_ }], [0, { [_hH2]: _xarsim }], [0, { [_hH2]: _xarsinm }], [6, { [_hH2]: _xarsims }], [6, { [_hH2]: _xarsius }], [0, { [_hH2]: _xact_, [_iT]: 1 }]],
  3
];
var ReplicaModifications$ = [
  3,
  n02,
  _RM,
  0,
  [_S2],
  [0],
  1
];
var ReplicationConfiguration$ = [
  3,
  n02,
  _RCe,
  0,
  [_R2, _Ru2],
  [0, [() => ReplicationRules, { [_xF]: 1, [_xN2]: _Rul }]],
  2
];
var ReplicationRule$ = [
  3,
  n02,
  _RRe,
  0,
  [_S2, _Des, _ID2, _Pri, _P2, _F2, _SSC2, _EOR, _DMR],
  [0, () => Destination$, 0, 1, 0, [() => ReplicationRuleFilter$, 0], () => SourceSelectionCriteria$, () => ExistingObjectReplication$, () => DeleteMarkerReplication$],
  2
];
var ReplicationRuleAndOperator$ = [
  3,
  n02,
  _RRAO,
  0,
  [_P2, _T2, _No],
  [0, [() => TagSet, { [_xF]: 1, [_xN2]: _Ta2 }], [() => ReplicationRuleNotOperator$, 0]]
];
var ReplicationRuleFilter$ = [
  3,
  n02,
  _RRF,
  0,
  [_P2, _Ta2, _An, _No],
  [0, () => Tag$2, [() => ReplicationRuleAndOperator$, 0], [() => ReplicationRuleNotOperator$, 0]]
];
var ReplicationRuleNotOperator$ = [
  3,
  n02,
  _RRNO,
  0,
  [_P2, _Ta2, _Or2],
  [0, () => Tag$2, [() => ReplicationRuleOrOperator$, 0]]
];
var ReplicationRuleOrOperator$ = [
  3,
  n02,
  _RROO,
  0,
  [_Pre2, _T2],
  [[() => ReplicationPrefixList, { [_xF]: 1, [_xN2]: _P2 }], [() => TagSet, { [_xF]: 1, [_xN2]: _Ta2 }]]
];
var ReplicationTime$ = [
  3,
  n02,
  _RT2,
  0,
  [_S2, _Tim],
  [0, () => ReplicationTimeValue$],
  2
];
var ReplicationTimeValue$ = [
  3,
  n02,
  _RTV,
  0,
  [_Mi],
  [1]
];
var RequestPaymentConfiguration$ = [
  3,
  n02,
  _RPC,
  0,
  [_Pay],
  [0],
  1
];
var RequestProgress$ = [
  3,
  n02,
  _RPe,
  0,
  [_Ena],
  [2]
];
var RestoreObjectOutput$ = [
  3,
  n02,
  _ROOe,
  0,
  [_RC2, _ROP],
  [[0, { [_hH2]: _xarc }], [0, { [_hH2]: _xarop }]]
];
var RestoreObjectRequest$ = [
  3,
  n02,
  _RORe,
  0,
  [_B2, _K2, _VI, _RRes, _RP2, _CA2, _EBO],
  [[0, 1], [0, 1], [0, { [_hQ2]: _vI }], [() => RestoreRequest$, { [_hP2]: 1, [_xN2]: _RRes }], [0, { [_hH2]: _xarp }], [0, { [_hH2]: _xasca }], [0, { [_hH2]: _xaebo }]],
  2
];
var RestoreRequest$ = [
  3,
  n02,
  _RRes,
  0,
  [_D2, _GJP, _Ty, _Ti, _Desc, _SP2, _OL2],
  [1, () => GlacierJobParameters$, 0, 0, 0, () => SelectParameters$, [() => OutputLocation$, 0]]
];
var RestoreStatus$ = [
  3,
  n02,
  _RSe,
  0,
  [_IRIP, _RED],
  [2, 4]
];
var RoutingRule$ = [
  3,
  n02,
  _RRo,
  0,
  [_Red, _Co2],
  [() => Redirect$, () => Condition$],
  1
];
var S3KeyFilter$ = [
  3,
  n02,
  _SKF,
  0,
  [_FRi],
  [[() => FilterRuleList, { [_xF]: 1, [_xN2]: _FR }]]
];
var S3Location$ = [
  3,
  n02,
  _SL2,
  0,
  [_BNu, _P2, _En, _CACL, _ACL, _Tag2, _UM, _SC2],
  [0, 0, [() => Encryption$, 0], 0, [() => Grants, 0], [() => Tagging$, 0], [() => UserMetadata, 0], 0],
  2
];
var S3TablesDestination$ = [
  3,
  n02,
  _STD,
  0,
  [_TBA, _TN],
  [0, 0],
  2
];
var S3TablesDestinationResult$ = [
  3,
  n02,
  _STDR,
  0,
  [_TBA, _TN, _TA, _TNa],
  [0, 0, 0, 0],
  4
];
var ScanRange$ = [
  3,
  n02,
  _SR2,
  0,
  [_St2, _End],
  [1, 1]
];
var SelectObjectContentOutput$ = [
  3,
  n02,
  _SOCO,
  0,
  [_Payl],
  [[() => SelectObjectContentEventStream$, 16]]
];
var SelectObjectContentRequest$ = [
  3,
  n02,
  _SOCR,
  0,
  [_B2, _K2, _Expr, _ETx, _IS2, _OSu, _SSECA, _SSECK, _SSECKMD, _RPe, _SR2, _EBO],
  [[0, 1], [0, 1], 0, 0, () => InputSerialization$, () => OutputSerialization$, [0, { [_hH2]: _xasseca }], [() => SSECustomerKey, { [_hH2]: _xasseck }], [0, { [_hH2]: _xasseckM }], () => RequestProgress$, () => ScanRange$, [0, { [_hH2]: _xaebo }]],
  6
];
var SelectParameters$ = [
  3,
  n02,
  _SP2,
  0,
  [_IS2, _ETx, _Expr, _OSu],
  [() => InputSerialization$, 0, 0, () => OutputSerialization$],
  4
];
var ServerSideEncryptionByDefault$ = [
  3,
  n02,
  _SSEBD,
  0,
  [_SSEA, _KMSMKID],
  [0, [() => SSEKMSKeyId, 0]],
  1
];
var ServerSideEncryptionConfiguration$ = [
  3,
  n02,
  _SSEC,
  0,
  [_Ru2],
  [[() => ServerSideEncryptionRules, { [_xF]: 1, [_xN2]: _Rul }]],
  1
];
var ServerSideEncryptionRule$ = [
  3,
  n02,
  _SSER,
  0,
  [_ASSEBD, _BKE, _BET],
  [[() => ServerSideEncryptionByDefault$, 0], 2, [() => BlockedEncryptionTypes$, 0]]
];
var SessionCredentials$ = [
  3,
  n02,
  _SCe,
  0,
  [_AKI, _SAK, _ST2, _Ex],
  [[0, { [_xN2]: _AKI }], [() => SessionCredentialValue, { [_xN2]: _SAK }], [() => SessionCredentialValue, { [_xN2]: _ST2 }], [4, { [_xN2]: _Ex }]],
  4
];
var SimplePrefix$ = [
  3,
  n02,
  _SPi,
  { [_xN2]: _SPi },
  [],
  []
];
var SourceSelectionCriteria$ = [
  3,
  n02,
  _SSC2,
  0,
  [_SKEO, _RM],
  [() => SseKmsEncryptedObjects$, () => ReplicaModifications$]
];
var SSEKMS$ = [
  3,
  n02,
  _SSEKMS,
  { [_xN2]: _SK },
  [_KI],
  [[() => SSEKMSKeyId, 0]],
  1
];
var SseKmsEncryptedObjects$ = [
  3,
  n02,
  _SKEO,
  0,
  [_S2],
  [0],
  1
];
var SSEKMSEncryption$ = [
  3,
  n02,
  _SSEKMSE,
  { [_xN2]: _SK },
  [_KMSKA, _BKE],
  [[() => NonEmptyKmsKeyArnString, 0], 2],
  1
];
var SSES3$ = [
  3,
  n02,
  _SSES,
  { [_xN2]: _SS2 },
  [],
  []
];
var Stats$ = [
  3,
  n02,
  _Sta2,
  0,
  [_BS, _BP, _BRy],
  [1, 1, 1]
];
var StatsEvent$ = [
  3,
  n02,
  _SE,
  0,
  [_Det],
  [[() => Stats$, { [_eP]: 1 }]]
];
var StorageClassAnalysis$ = [
  3,
  n02,
  _SCA,
  0,
  [_DE],
  [() => StorageClassAnalysisDataExport$]
];
var StorageClassAnalysisDataExport$ = [
  3,
  n02,
  _SCADE,
  0,
  [_OSV, _Des],
  [0, () => AnalyticsExportDestination$],
  2
];
var Tag$2 = [
  3,
  n02,
  _Ta2,
  0,
  [_K2, _V2],
  [0, 0],
  2
];
var Tagging$ = [
  3,
  n02,
  _Tag2,
  0,
  [_TSa],
  [[() => TagSet, 0]],
  1
];
var TargetGrant$ = [
  3,
  n02,
  _TGa,
  0,
  [_Gra, _Pe],
  [[() => Grantee$, { [_xNm]: [_x, _hi] }], 0]
];
var TargetObjectKeyFormat$ = [
  3,
  n02,
  _TOKF,
  0,
  [_SPi, _PP2],
  [[() => SimplePrefix$, { [_xN2]: _SPi }], [() => PartitionedPrefix$, { [_xN2]: _PP2 }]]
];
var Tiering$ = [
  3,
  n02,
  _Tier,
  0,
  [_D2, _AT],
  [1, 0],
  2
];
var TopicConfiguration$ = [
  3,
  n02,
  _TCop,
  0,
  [_TAo, _Ev, _I2, _F2],
  [[0, { [_xN2]: _Top }], [64 | 0, { [_xF]: 1, [_xN2]: _Eve }], 0, [() => NotificationConfigurationFilter$, 0]],
  2
];
var Transition$ = [
  3,
  n02,
  _Tra,
  0,
  [_Da, _D2, _SC2],
  [5, 1, 0]
];
var UpdateBucketMetadataAnnotationTableConfigurationRequest$ = [
  3,
  n02,
  _UBMATCR,
  0,
  [_B2, _ATC, _CMDo, _CA2, _EBO],
  [[0, 1], [() => AnnotationTableConfigurationUpdates$, { [_hP2]: 1, [_xN2]: _ATC }], [0, { [_hH2]: _CM2 }], [0, { [_hH2]: _xasca }], [0, { [_hH2]: _xaebo }]],
  2
];
var UpdateBucketMetadataInventoryTableConfigurationRequest$ = [
  3,
  n02,
  _UBMITCR,
  0,
  [_B2, _ITCn, _CMDo, _CA2, _EBO],
  [[0, 1], [() => InventoryTableConfigurationUpdates$, { [_hP2]: 1, [_xN2]: _ITCn }], [0, { [_hH2]: _CM2 }], [0, { [_hH2]: _xasca }], [0, { [_hH2]: _xaebo }]],
  2
];
var UpdateBucketMetadataJournalTableConfigurationRequest$ = [
  3,
  n02,
  _UBMJTCR,
  0,
  [_B2, _JTC, _CMDo, _CA2, _EBO],
  [[0, 1], [() => JournalTableConfigurationUpdates$, { [_hP2]: 1, [_xN2]: _JTC }], [0, { [_hH2]: _CM2 }], [0, { [_hH2]: _xasca }], [0, { [_hH2]: _xaebo }]],
  2
];
var UpdateObjectEncryptionRequest$ = [
  3,
  n02,
  _UOER,
  0,
  [_B2, _K2, _OE, _VI, _RP2, _EBO, _CMDo, _CA2],
  [[0, 1], [0, 1], [() => ObjectEncryption$, 16], [0, { [_hQ2]: _vI }], [0, { [_hH2]: _xarp }], [0, { [_hH2]: _xaebo }], [0, { [_hH2]: _CM2 }], [0, { [_hH2]: _xasca }]],
  3
];
var UpdateObjectEncryptionResponse$ = [
  3,
  n02,
  _UOERp,
  0,
  [_RC2],
  [[0, { [_hH2]: _xarc }]]
];
var UploadPartCopyOutput$ = [
  3,
  n02,
  _UPCO,
  0,
  [_CSVI, _CPR, _SSE, _SSECA, _SSECKMD, _SSEKMSKI, _BKE, _RC2, _VI],
  [[0, { [_hH2]: _xacsvi }], [() => CopyPartResult$, 16], [0, { [_hH2]: _xasse }], [0, { [_hH2]: _xasseca }], [0, { [_hH2]: _xasseckM }], [() => SSEKMSKeyId, { [_hH2]: _xasseakki }], [2, { [_hH2]: _xassebke }], [0, { [_hH2]: _xarc }], [0, { [_hH2]: _xavi }]]
];
var UploadPartCopyRequest$ = [
  3,
  n02,
  _UPCR,
  0,
  [_B2, _CSo, _K2, _PN, _UI, _CSIM, _CSIMS, _CSINM, _CSIUS, _CSRo, _SSECA, _SSECK, _SSECKMD, _CSSSECA, _CSSSECK, _CSSSECKMD, _RP2, _EBO, _ESBO],
  [[0, 1], [0, { [_hH2]: _xacs___ }], [0, 1], [1, { [_hQ2]: _pN }], [0, { [_hQ2]: _uI }], [0, { [_hH2]: _xacsim }], [4, { [_hH2]: _xacsims }], [0, { [_hH2]: _xacsinm }], [4, { [_hH2]: _xacsius }], [0, { [_hH2]: _xacsr }], [0, { [_hH2]: _xasseca }], [() => SSECustomerKey, { [_hH2]: _xasseck }], [0, { [_hH2]: _xasseckM }], [0, { [_hH2]: _xacssseca }], [() => CopySourceSSECustomerKey, { [_hH2]: _xacssseck }], [0, { [_hH2]: _xacssseckM }], [0, { [_hH2]: _xarp }], [0, { [_hH2]: _xaebo }], [0, { [_hH2]: _xasebo }]],
  5
];
var UploadPartOutput$ = [
  3,
  n02,
  _UPO,
  0,
  [_SSE, _ET2, _CCRC, _CCRCC, _CCRCNVME, _CSHA, _CSHAh, _CSHAhe, _CMD, _CXXHASH, _CXXHASHh, _CXXHASHhe, _SSECA, _SSECKMD, _SSEKMSKI, _BKE, _RC2, _VI],
  [[0, { [_hH2]: _xasse }], [0, { [_hH2]: _ET2 }], [0, { [_hH2]: _xacc }], [0, { [_hH2]: _xacc_ }], [0, { [_hH2]: _xacc__ }], [0, { [_hH2]: _xacs }], [0, { [_hH2]: _xacs_ }], [0, { [_hH2]: _xacs__ }], [0, { [_hH2]: _xacm }], [0, { [_hH2]: _xacx }], [0, { [_hH2]: _xacx_ }], [0, { [_hH2]: _xacx__ }], [0, { [_hH2]: _xasseca }], [0, { [_hH2]: _xasseckM }], [() => SSEKMSKeyId, { [_hH2]: _xasseakki }], [2, { [_hH2]: _xassebke }], [0, { [_hH2]: _xarc }], [0, { [_hH2]: _xavi }]]
];
var UploadPartRequest$ = [
  3,
  n02,
  _UPR,
  0,
  [_B2, _K2, _PN, _UI, _Bo, _CLo, _CMDo, _CA2, _CCRC, _CCRCC, _CCRCNVME, _CSHA, _CSHAh, _CSHAhe, _CMD, _CXXHASH, _CXXHASHh, _CXXHASHhe, _SSECA, _SSECK, _SSECKMD, _RP2, _EBO],
  [[0, 1], [0, 1], [1, { [_hQ2]: _pN }], [0, { [_hQ2]: _uI }], [() => StreamingBlob, 16], [1, { [_hH2]: _CL__ }], [0, { [_hH2]: _CM2 }], [0, { [_hH2]: _xasca }], [0, { [_hH2]: _xacc }], [0, { [_hH2]: _xacc_ }], [0, { [_hH2]: _xacc__ }], [0, { [_hH2]: _xacs }], [0, { [_hH2]: _xacs_ }], [0, { [_hH2]: _xacs__ }], [0, { [_hH2]: _xacm }], [0, { [_hH2]: _xacx }], [0, { [_hH2]: _xacx_ }], [0, { [_hH2]: _xacx__ }], [0, { [_hH2]: _xasseca }], [() => SSECustomerKey, { [_hH2]: _xasseck }], [0, { [_hH2]: _xasseckM }], [0, { [_hH2]: _xarp }], [0, { [_hH2]: _xaebo }]],
  4
];
var UseSourceMultiRegionKey$ = [
  3,
  n02,
  _USMRK,
  0,
  [_S2],
  [0],
  1
];
var VersioningConfiguration$ = [
  3,
  n02,
  _VC2,
  0,
  [_MFAD, _S2],
  [[0, { [_xN2]: _MDf }], 0]
];
var WebsiteConfiguration$ = [
  3,
  n02,
  _WC,
  0,
  [_EDr, _IDn, _RART, _RR],
  [() => ErrorDocument$, () => IndexDocument$, () => RedirectAllRequestsTo$, [() => RoutingRules, 0]]
];
var WriteGetObjectResponseRequest$ = [
  3,
  n02,
  _WGORR,
  0,
  [_RReq, _RTe2, _Bo, _SCt2, _ECr, _EM, _AR, _CC2, _CDo, _CEo, _CL, _CLo, _CR2, _CTo2, _CCRC, _CCRCC, _CCRCNVME, _CSHA, _CSHAh, _CSHAhe, _CMD, _CXXHASH, _CXXHASHh, _CXXHASHhe, _DM, _ET2, _Exp, _Ex, _LM, _MM, _M2, _OLM, _OLLHS, _OLRUD, _PC2, _RS, _RC2, _Re2, _SSE, _SSECA, _SSEKMSKI, _SSECKMD, _SC2, _TC2, _VI, _BKE],
  [[0, { [_hL]: 1, [_hH2]: _xarr }], [0, { [_hH2]: _xart }], [() => StreamingBlob, 16], [1, { [_hH2]: _xafs }], [0, { [_hH2]: _xafec }], [0, { [_hH2]: _xafem }], [0, { [_hH2]: _xafhar }], [0, { [_hH2]: _xafhCC }], [0, { [_hH2]: _xafhCD }], [0, { [_hH2]: _xafhCE }], [0, { [_hH2]: _xafhCL }], [1, { [_hH2]: _CL__ }], [0, { [_hH2]: _xafhCR }], [0, { [_hH2]: _xafhCT }], [0, { [_hH2]: _xafhxacc }], [0, { [_hH2]: _xafhxacc_ }], [0, { [_hH2]: _xafhxacc__ }], [0, { [_hH2]: _xafhxacs }], [0, { [_hH2]: _xafhxacs_ }], [0, { [_hH2]: _xafhxacs__ }], [0, { [_hH2]: _xafhxacm }], [0, { [_hH2]: _xafhxacx }], [0, { [_hH2]: _xafhxacx_ }], [0, { [_hH2]: _xafhxacx__ }], [2, { [_hH2]: _xafhxadm }], [0, { [_hH2]: _xafhE }], [4, { [_hH2]: _xafhE_ }], [0, { [_hH2]: _xafhxae }], [4, { [_hH2]: _xafhLM }], [1, { [_hH2]: _xafhxamm }], [128 | 0, { [_hPH]: _xam }], [0, { [_hH2]: _xafhxaolm }], [0, { [_hH2]: _xafhxaollh }], [5, { [_hH2]: _xafhxaolrud }], [1, { [_hH2]: _xafhxampc }], [0, { [_hH2]: _xafhxars }], [0, { [_hH2]: _xafhxarc }], [0, { [_hH2]: _xafhxar }], [0, { [_hH2]: _xafhxasse }], [0, { [_hH2]: _xafhxasseca }], [() => SSEKMSKeyId, { [_hH2]: _xafhxasseakki }], [0, { [_hH2]: _xafhxasseckM }], [0, { [_hH2]: _xafhxasc }], [1, { [_hH2]: _xafhxatc }], [0, { [_hH2]: _xafhxavi }], [2, { [_hH2]: _xafhxassebke }]],
  2
];
var __Unit2 = "unit";
var AllowedHeaders = 64 | 0;
var AllowedMethods = 64 | 0;
var AllowedOrigins = 64 | 0;
var AnalyticsConfigurationList = [
  1,
  n02,
  _ACLn,
  0,
  [
    () => AnalyticsConfiguration$,
    0
  ]
];
var AnnotationList = [
  1,
  n02,
  _AL2,
  0,
  [
    () => AnnotationEntry$,
    { [_xN2]: _AE }
  ]
];
var Buckets = [
  1,
  n02,
  _Bu,
  0,
  [
    () => Bucket$,
    { [_xN2]: _B2 }
  ]
];
var ChecksumAlgorithmList = 64 | 0;
var CommonPrefixList = [
  1,
  n02,
  _CPL2,
  0,
  () => CommonPrefix$
];
var CompletedPartList = [
  1,
  n02,
  _CPLo,
  0,
  () => CompletedPart$
];
var CORSRules = [
  1,
  n02,
  _CORSR,
  0,
  [
    () => CORSRule$,
    0
  ]
];
var DeletedObjects = [
  1,
  n02,
  _DOe,
  0,
  () => DeletedObject$
];
var DeleteMarkers = [
  1,
  n02,
  _DMe,
  0,
  () => DeleteMarkerEntry$
];
var EncryptionTypeList = [
  1,
  n02,
  _ETL,
  0,
  [
    0,
    { [_xN2]: _ETn }
  ]
];
var Errors = [
  1,
  n02,
  _Er,
  0,
  () => _Error$
];
var EventList = 64 | 0;
var ExposeHeaders = 64 | 0;
var FilterRuleList = [
  1,
  n02,
  _FRL,
  0,
  () => FilterRule$
];
var Grants = [
  1,
  n02,
  _G,
  0,
  [
    () => Grant$,
    { [_xN2]: _Gr }
  ]
];
var IntelligentTieringConfigurationList = [
  1,
  n02,
  _ITCL,
  0,
  [
    () => IntelligentTieringConfiguration$,
    0
  ]
];
var InventoryConfigurationList = [
  1,
  n02,
  _ICL,
  0,
  [
    () => InventoryConfiguration$,
    0
  ]
];
var InventoryOptionalFields = [
  1,
  n02,
  _IOF,
  0,
  [
    0,
    { [_xN2]: _Fi2 }
  ]
];
var LambdaFunctionConfigurationList = [
  1,
  n02,
  _LFCL,
  0,
  [
    () => LambdaFunctionConfiguration$,
    0
  ]
];
var LifecycleRules = [
  1,
  n02,
  _LRi,
  0,
  [
    () => LifecycleRule$,
    0
  ]
];
var MetricsConfigurationList = [
  1,
  n02,
  _MCL,
  0,
  [
    () => MetricsConfiguration$,
    0
  ]
];
var MultipartUploadList = [
  1,
  n02,
  _MUL,
  0,
  () => MultipartUpload$
];
var NoncurrentVersionTransitionList = [
  1,
  n02,
  _NVTL,
  0,
  () => NoncurrentVersionTransition$
];
var ObjectAttributesList = 64 | 0;
var ObjectIdentifierList = [
  1,
  n02,
  _OIL,
  0,
  () => ObjectIdentifier$
];
var ObjectList = [
  1,
  n02,
  _OLb,
  0,
  [
    () => _Object$,
    0
  ]
];
var ObjectVersionList = [
  1,
  n02,
  _OVL,
  0,
  [
    () => ObjectVersion$,
    0
  ]
];
var OptionalObjectAttributesList = 64 | 0;
var OwnershipControlsRules = [
  1,
  n02,
  _OCRw,
  0,
  () => OwnershipControlsRule$
];
var Parts = [
  1,
  n02,
  _Pa2,
  0,
  () => Part$
];
var PartsList = [
  1,
  n02,
  _PL2,
  0,
  () => ObjectPart$
];
var QueueConfigurationList = [
  1,
  n02,
  _QCL,
  0,
  [
    () => QueueConfiguration$,
    0
  ]
];
var ReplicationPrefixList = [
  1,
  n02,
  _RPL,
  0,
  [
    0,
    { [_xN2]: _P2 }
  ]
];
var ReplicationRules = [
  1,
  n02,
  _RRep,
  0,
  [
    () => ReplicationRule$,
    0
  ]
];
var RoutingRules = [
  1,
  n02,
  _RR,
  0,
  [
    () => RoutingRule$,
    { [_xN2]: _RRo }
  ]
];
var ServerSideEncryptionRules = [
  1,
  n02,
  _SSERe,
  0,
  [
    () => ServerSideEncryptionRule$,
    0
  ]
];
var TagSet = [
  1,
  n02,
  _TSa,
  0,
  [
    () => Tag$2,
    { [_xN2]: _Ta2 }
  ]
];
var TargetGrants = [
  1,
  n02,
  _TG,
  0,
  [
    () => TargetGrant$,
    { [_xN2]: _Gr }
  ]
];
var TieringList = [
  1,
  n02,
  _TL2,
  0,
  () => Tiering$
];
var TopicConfigurationList = [
  1,
  n02,
  _TCL,
  0,
  [
    () => TopicConfiguration$,
    0
  ]
];
var TransitionList = [
  1,
  n02,
  _TLr,
  0,
  () => Transition$
];
var UserMetadata = [
  1,
  n02,
  _UM,
  0,
  [
    () => MetadataEntry$,
    { [_xN2]: _ME }
  ]
];
var Metadata = 128 | 0;
var AnalyticsFilter$ = [
  4,
  n02,
  _AF2,
  0,
  [_P2, _Ta2, _An],
  [0, () => Tag$2, [() => AnalyticsAndOperator$, 0]]
];
var MetricsFilter$ = [
  4,
  n02,
  _MF,
  0,
  [_P2, _Ta2, _APAc, _An],
  [0, () => Tag$2, 0, [() => MetricsAndOperator$, 0]]
];
var ObjectEncryption$ = [
  4,
  n02,
  _OE,
  0,
  [_SSEKMS],
  [[() => SSEKMSEncryption$, { [_xN2]: _SK }]]
];
var SelectObjectContentEventStream$ = [
  4,
  n02,
  _SOCES,
  { [_st]: 1 },
  [_Rec, _Sta2, _Pr2, _Cont, _End],
  [[() => RecordsEvent$, 0], [() => StatsEvent$, 0], [() => ProgressEvent$, 0], () => ContinuationEvent$, () => EndEvent$]
];
var AbortMultipartUpload$ = [
  9,
  n02,
  _AMU,
  { [_h2]: ["DELETE", "/{Key+}?x-id=AbortMultipartUpload", 204] },
  () => AbortMultipartUploadRequest$,
  () => AbortMultipartUploadOutput$
];
var CompleteMultipartUpload$ = [
  9,
  n02,
  _CMUo,
  { [_h2]: ["POST", "/{Key+}", 200] },
  () => CompleteMultipartUploadRequest$,
  () => CompleteMultipartUploadOutput$
];
var CopyObject$ = [
  9,
  n02,
  _CO2,
  { [_h2]: ["PUT", "/{Key+}?x-id=CopyObject", 200] },
  () => CopyObjectRequest$,
  () => CopyObjectOutput$
];
var CreateBucket$ = [
  9,
  n02,
  _CB2,
  { [_h2]: ["PUT", "/", 200] },
  () => CreateBucketRequest$,
  () => CreateBucketOutput$
];
var CreateBucketMetadataConfiguration$ = [
  9,
  n02,
  _CBMC,
  { [_hC]: "-", [_h2]: ["POST", "/?metadataConfiguration", 200] },
  () => CreateBucketMetadataConfigurationRequest$,
  () => __Unit2
];
var CreateBucketMetadataTableConfiguration$ = [
  9,
  n02,
  _CBMTC,
  { [_hC]: "-", [_h2]: ["POST", "/?metadataTable", 200] },
  () => CreateBucketMetadataTableConfigurationRequest$,
  () => __Unit2
];
var CreateMultipartUpload$ = [
  9,
  n02,
  _CMUr,
  { [_h2]: ["POST", "/{Key+}?uploads", 200] },
  () => CreateMultipartUploadRequest$,
  () => CreateMultipartUploadOutput$
];
var CreateSession$ = [
  9,
  n02,
  _CSr,
  { [_h2]: ["GET", "/?session", 200] },
  () => CreateSessionRequest$,
  () => CreateSessionOutput$
];
var DeleteBucket$ = [
  9,
  n02,
  _DB,
  { [_h2]: ["DELETE", "/", 204] },
  () => DeleteBucketRequest$,
  () => __Unit2
];
var DeleteBucketAnalyticsConfiguration$ = [
  9,
  n02,
  _DBAC,
  { [_h2]: ["DELETE", "/?analytics", 204] },
  () => DeleteBucketAnalyticsConfigurationRequest$,
  () => __Unit2
];
var DeleteBucketCors$ = [
  9,
  n02,
  _DBC,
  { [_h2]: ["DELETE", "/?cors", 204] },
  () => DeleteBucketCorsRequest$,
  () => __Unit2
];
var DeleteBucketEncryption$ = [
  9,
  n02,
  _DBE,
  { [_h2]: ["DELETE", "/?encryption", 204] },
  () => DeleteBucketEncryptionRequest$,
  () => __Unit2
];
var DeleteBucketIntelligentTieringConfiguration$ = [
  9,
  n02,
  _DBITC,
  { [_h2]: ["DELETE", "/?intelligent-tiering", 204] },
  () => DeleteBucketIntelligentTieringConfigurationRequest$,
  () => __Unit2
];
var DeleteBucketInventoryConfiguration$ = [
  9,
  n02,
  _DBIC,
  { [_h2]: ["DELETE", "/?inventory", 204] },
  () => DeleteBucketInventoryConfigurationRequest$,
  () => __Unit2
];
var DeleteBucketLifecycle$ = [
  9,
  n02,
  _DBL,
  { [_h2]: ["DELETE", "/?lifecycle", 204] },
  () => DeleteBucketLifecycleRequest$,
  () => __Unit2
];
var DeleteBucketMetadataConfiguration$ = [
  9,
  n02,
  _DBMC,
  { [_h2]: ["DELETE", "/?metadataConfiguration", 204] },
  () => DeleteBucketMetadataConfigurationRequest$,
  () => __Unit2
];
var DeleteBucketMetadataTableConfiguration$ = [
  9,
  n02,
  _DBMTC,
  { [_h2]: ["DELETE", "/?metadataTable", 204] },
  () => DeleteBucketMetadataTableConfigurationRequest$,
  () => __Unit2
];
var DeleteBucketMetricsConfiguration$ = [
  9,
  n02,
  _DBMCe,
  { [_h2]: ["DELETE", "/?metrics", 204] },
  () => DeleteBucketMetricsConfigurationRequest$,
  () => __Unit2
];
var DeleteBucketOwnershipControls$ = [
  9,
  n02,
  _DBOC,
  { [_h2]: ["DELETE", "/?ownershipControls", 204] },
  () => DeleteBucketOwnershipControlsRequest$,
  () => __Unit2
];
var DeleteBucketPolicy$ = [
  9,
  n02,
  _DBP,
  { [_h2]: ["DELETE", "/?policy", 204] },
  () => DeleteBucketPolicyRequest$,
  () => __Unit2
];
var DeleteBucketReplication$ = [
  9,
  n02,
  _DBRe,
  { [_h2]: ["DELETE", "/?replication", 204] },
  () => DeleteBucketReplicationRequest$,
  () => __Unit2
];
var DeleteBucketTagging$ = [
  9,
  n02,
  _DBT,
  { [_h2]: ["DELETE", "/?tagging", 204] },
  () => DeleteBucketTaggingRequest$,
  () => __Unit2
];
var DeleteBucketWebsite$ = [
  9,
  n02,
  _DBW,
  { [_h2]: ["DELETE", "/?website", 204] },
  () => DeleteBucketWebsiteRequest$,
  () => __Unit2
];
var DeleteObject$ = [
  9,
  n02,
  _DOel,
  { [_h2]: ["DELETE", "/{Key+}?x-id=DeleteObject", 204] },
  () => DeleteObjectRequest$,
  () => DeleteObjectOutput$
];
var DeleteObjectAnnotation$ = [
  9,
  n02,
  _DOA,
  { [_h2]: ["DELETE", "/{Key+}?annotation", 204] },
  () => DeleteObjectAnnotationRequest$,
  () => DeleteObjectAnnotationOutput$
];
var DeleteObjects$ = [
  9,
  n02,
  _DOele,
  { [_hC]: "-", [_h2]: ["POST", "/?delete", 200] },
  () => DeleteObjectsRequest$,
  () => DeleteObjectsOutput$
];
var DeleteObjectTagging$ = [
  9,
  n02,
  _DOT,
  { [_h2]: ["DELETE", "/{Key+}?tagging", 204] },
  () => DeleteObjectTaggingRequest$,
  () => DeleteObjectTaggingOutput$
];
var DeletePublicAccessBlock$ = [
  9,
  n02,
  _DPAB,
  { [_h2]: ["DELETE", "/?publicAccessBlock", 204] },
  () => DeletePublicAccessBlockRequest$,
  () => __Unit2
];
var GetBucketAbac$ = [
  9,
  n02,
  _GBA,
  { [_h2]: ["GET", "/?abac", 200] },
  () => GetBucketAbacRequest$,
  () => GetBucketAbacOutput$
];
var GetBucketAccelerateConfiguration$ = [
  9,
  n02,
  _GBAC,
  { [_h2]: ["GET", "/?accelerate", 200] },
  () => GetBucketAccelerateConfigurationRequest$,
  () => GetBucketAccelerateConfigurationOutput$
];
var GetBucketAcl$ = [
  9,
  n02,
  _GBAe,
  { [_h2]: ["GET", "/?acl", 200] },
  () => GetBucketAclRequest$,
  () => GetBucketAclOutput$
];
var GetBucketAnalyticsConfiguration$ = [
  9,
  n02,
  _GBACe,
  { [_h2]: ["GET", "/?analytics&x-id=GetBucketAnalyticsConfiguration", 200] },
  () => GetBucketAnalyticsConfigurationRequest$,
  () => GetBucketAnalyticsConfigurationOutput$
];
var GetBucketCors$ = [
  9,
  n02,
  _GBC,
  { [_h2]: ["GET", "/?cors", 200] },
  () => GetBucketCorsRequest$,
  () => GetBucketCorsOutput$
];
var GetBucketEncryption$ = [
  9,
  n02,
  _GBE,
  { [_h2]: ["GET", "/?encryption", 200] },
  () => GetBucketEncryptionRequest$,
  () => GetBucketEncryptionOutput$
];
var GetBucketIntelligentTieringConfiguration$ = [
  9,
  n02,
  _GBITC,
  { [_h2]: ["GET", "/?intelligent-tiering&x-id=GetBucketIntelligentTieringConfiguration", 200] },
  () => GetBucketIntelligentTieringConfigurationRequest$,
  () => GetBucketIntelligentTieringConfigurationOutput$
];
var GetBucketInventoryConfiguration$ = [
  9,
  n02,
  _GBIC,
  { [_h2]: ["GET", "/?inventory&x-id=GetBucketInventoryConfiguration", 200] },
  () => GetBucketInventoryConfigurationRequest$,
  () => GetBucketInventoryConfigurationOutput$
];
var GetBucketLifecycleConfiguration$ = [
  9,
  n02,
  _GBLC,
  { [_h2]: ["GET", "/?lifecycle", 200] },
  () => GetBucketLifecycleConfigurationRequest$,
  () => GetBucketLifecycleConfigurationOutput$
];
var GetBucketLocation$ = [
  9,
  n02,
  _GBL,
  { [_h2]: ["GET", "/?location", 200] },
  () => GetBucketLocationRequest$,
  () => GetBucketLocationOutput$
];
var GetBucketLogging$ = [
  9,
  n02,
  _GBLe,
  { [_h2]: ["GET", "/?logging", 200] },
  () => GetBucketLoggingRequest$,
  () => GetBucketLoggingOutput$
];
var GetBucketMetadataConfiguration$ = [
  9,
  n02,
  _GBMC,
  { [_h2]: ["GET", "/?metadataConfiguration", 200] },
  () => GetBucketMetadataConfigurationRequest$,
  () => GetBucketMetadataConfigurationOutput$
];
var GetBucketMetadataTableConfiguration$ = [
  9,
  n02,
  _GBMTC,
  { [_h2]: ["GET", "/?metadataTable", 200] },
  () => GetBucketMetadataTableConfigurationRequest$,
  () => GetBucketMetadataTableConfigurationOutput$
];
var GetBucketMetricsConfiguration$ = [
  9,
  n02,
  _GBMCe,
  { [_h2]: ["GET", "/?metrics&x-id=GetBucketMetricsConfiguration", 200] },
  () => GetBucketMetricsConfigurationRequest$,
  () => GetBucketMetricsConfigurationOutput$
];
var GetBucketNotificationConfiguration$ = [
  9,
  n02,
  _GBNC,
  { [_h2]: ["GET", "/?notification", 200] },
  () => GetBucketNotificationConfigurationRequest$,
  () => NotificationConfiguration$
];
var GetBucketOwnershipControls$ = [
  9,
  n02,
  _GBOC,
  { [_h2]: ["GET", "/?ownershipControls", 200] },
  () => GetBucketOwnershipControlsRequest$,
  () => GetBucketOwnershipControlsOutput$
];
var GetBucketPolicy$ = [
  9,
  n02,
  _GBP,
  { [_h2]: ["GET", "/?policy", 200] },
  () => GetBucketPolicyRequest$,
  () => GetBucketPolicyOutput$
];
var GetBucketPolicyStatus$ = [
  9,
  n02,
  _GBPS,
  { [_h2]: ["GET", "/?policyStatus", 200] },
  () => GetBucketPolicyStatusRequest$,
  () => GetBucketPolicyStatusOutput$
];
var GetBucketReplication$ = [
  9,
  n02,
  _GBR,
  { [_h2]: ["GET", "/?replication", 200] },
  () => GetBucketReplicationRequest$,
  () => GetBucketReplicationOutput$
];
var GetBucketRequestPayment$ = [
  9,
  n02,
  _GBRP,
  { [_h2]: ["GET", "/?requestPayment", 200] },
  () => GetBucketRequestPaymentRequest$,
  () => GetBucketRequestPaymentOutput$
];
var GetBucketTagging$ = [
  9,
  n02,
  _GBT,
  { [_h2]: ["GET", "/?tagging", 200] },
  () => GetBucketTaggingRequest$,
  () => GetBucketTaggingOutput$
];
var GetBucketVersioning$ = [
  9,
  n02,
  _GBV,
  { [_h2]: ["GET", "/?versioning", 200] },
  () => GetBucketVersioningRequest$,
  () => GetBucketVersioningOutput$
];
var GetBucketWebsite$ = [
  9,
  n02,
  _GBW,
  { [_h2]: ["GET", "/?website", 200] },
  () => GetBucketWebsiteRequest$,
  () => GetBucketWebsiteOutput$
];
var GetObject$ = [
  9,
  n02,
  _GO,
  { [_hC]: "-", [_h2]: ["GET", "/{Key+}?x-id=GetObject", 200] },
  () => GetObjectRequest$,
  () => GetObjectOutput$
];
var GetObjectAcl$ = [
  9,
  n02,
  _GOA,
  { [_h2]: ["GET", "/{Key+}?acl", 200] },
  () => GetObjectAclRequest$,
  () => GetObjectAclOutput$
];
var GetObjectAnnotation$ = [
  9,
  n02,
  _GOAe,
  { [_hC]: "-", [_h2]: ["GET", "/{Key+}?annotation&x-id=GetObjectAnnotation", 200] },
  () => GetObjectAnnotationRequest$,
  () => GetObjectAnnotationOutput$
];
var GetObjectAttributes$ = [
  9,
  n02,
  _GOAet,
  { [_h2]: ["GET", "/{Key+}?attributes", 200] },
  () => GetObjectAttributesRequest$,
  () => GetObjectAttributesOutput$
];
var GetObjectLegalHold$ = [
  9,
  n02,
  _GOLH,
  { [_h2]: ["GET", "/{Key+}?legal-hold", 200] },
  () => GetObjectLegalHoldRequest$,
  () => GetObjectLegalHoldOutput$
];
var GetObjectLockConfiguration$ = [
  9,
  n02,
  _GOLC,
  { [_h2]: ["GET", "/?object-lock", 200] },
  () => GetObjectLockConfigurationRequest$,
  () => GetObjectLockConfigurationOutput$
];
var GetObjectRetention$ = [
  9,
  n02,
  _GORe,
  { [_h2]: ["GET", "/{Key+}?retention", 200] },
  () => GetObjectRetentionRequest$,
  () => GetObjectRetentionOutput$
];
var GetObjectTagging$ = [
  9,
  n02,
  _GOT,
  { [_h2]: ["GET", "/{Key+}?tagging", 200] },
  () => GetObjectTaggingRequest$,
  () => GetObjectTaggingOutput$
];
var GetObjectTorrent$ = [
  9,
  n02,
  _GOTe,
  { [_h2]: ["GET", "/{Key+}?torrent", 200] },
  () => GetObjectTorrentRequest$,
  () => GetObjectTorrentOutput$
];
var GetPublicAccessBlock$ = [
  9,
  n02,
  _GPAB,
  { [_h2]: ["GET", "/?publicAccessBlock", 200] },
  () => GetPublicAccessBlockRequest$,
  () => GetPublicAccessBlockOutput$
];
var HeadBucket$ = [
  9,
  n02,
  _HB2,
  { [_h2]: ["HEAD", "/", 200] },
  () => HeadBucketRequest$,
  () => HeadBucketOutput$
];
var HeadObject$ = [
  9,
  n02,
  _HO,
  { [_h2]: ["HEAD", "/{Key+}", 200] },
  () => HeadObjectRequest$,
  () => HeadObjectOutput$
];
var ListBucketAnalyticsConfigurations$ = [
  9,
  n02,
  _LBAC,
  { [_h2]: ["GET", "/?analytics&x-id=ListBucketAnalyticsConfigurations", 200] },
  () => ListBucketAnalyticsConfigurationsRequest$,
  () => ListBucketAnalyticsConfigurationsOutput$
];
var ListBucketIntelligentTieringConfigurations$ = [
  9,
  n02,
  _LBITC,
  { [_h2]: ["GET", "/?intelligent-tiering&x-id=ListBucketIntelligentTieringConfigurations", 200] },
  () => ListBucketIntelligentTieringConfigurationsRequest$,
  () => ListBucketIntelligentTieringConfigurationsOutput$
];
var ListBucketInventoryConfigurations$ = [
  9,
  n02,
  _LBIC,
  { [_h2]: ["GET", "/?inventory&x-id=ListBucketInventoryConfigurations", 200] },
  () => ListBucketInventoryConfigurationsRequest$,
  () => ListBucketInventoryConfigurationsOutput$
];
var ListBucketMetricsConfigurations$ = [
  9,
  n02,
  _LBMC,
  { [_h2]: ["GET", "/?metrics&x-id=ListBucketMetricsConfigurations", 200] },
  () => ListBucketMetricsConfigurationsRequest$,
  () => ListBucketMetricsConfigurationsOutput$
];
var ListBuckets$ = [
  9,
  n02,
  _LB,
  { [_h2]: ["GET", "/?x-id=ListBuckets", 200] },
  () => ListBucketsRequest$,
  () => ListBucketsOutput$
];
var ListDirectoryBuckets$ = [
  9,
  n02,
  _LDB,
  { [_h2]: ["GET", "/?x-id=ListDirectoryBuckets", 200] },
  () => ListDirectoryBucketsRequest$,
  () => ListDirectoryBucketsOutput$
];
var ListMultipartUploads$ = [
  9,
  n02,
  _LMU,
  { [_h2]: ["GET", "/?uploads", 200] },
  () => ListMultipartUploadsRequest$,
  () => ListMultipartUploadsOutput$
];
var ListObjectAnnotations$ = [
  9,
  n02,
  _LOA,
  { [_h2]: ["GET", "/{Key+}?annotation&x-id=ListObjectAnnotations", 200] },
  () => ListObjectAnnotationsRequest$,
  () => ListObjectAnnotationsOutput$
];
var ListObjects$ = [
  9,
  n02,
  _LO,
  { [_h2]: ["GET", "/", 200] },
  () => ListObjectsRequest$,
  () => ListObjectsOutput$
];
var ListObjectsV2$ = [
  9,
  n02,
  _LOV,
  { [_h2]: ["GET", "/?list-type=2", 200] },
  () => ListObjectsV2Request$,
  () => ListObjectsV2Output$
];
var ListObjectVersions$ = [
  9,
  n02,
  _LOVi,
  { [_h2]: ["GET", "/?versions", 200] },
  () => ListObjectVersionsRequest$,
  () => ListObjectVersionsOutput$
];
var ListParts$ = [
  9,
  n02,
  _LP,
  { [_h2]: ["GET", "/{Key+}?x-id=ListParts", 200] },
  () => ListPartsRequest$,
  () => ListPartsOutput$
];
var PutBucketAbac$ = [
  9,
  n02,
  _PBA,
  { [_hC]: "-", [_h2]: ["PUT", "/?abac", 200] },
  () => PutBucketAbacRequest$,
  () => __Unit2
];
var PutBucketAccelerateConfiguration$ = [
  9,
  n02,
  _PBAC,
  { [_hC]: "-", [_h2]: ["PUT", "/?accelerate", 200] },
  () => PutBucketAccelerateConfigurationRequest$,
  () => __Unit2
];
var PutBucketAcl$ = [
  9,
  n02,
  _PBAu,
  { [_hC]: "-", [_h2]: ["PUT", "/?acl", 200] },
  () => PutBucketAclRequest$,
  () => __Unit2
];
var PutBucketAnalyticsConfiguration$ = [
  9,
  n02,
  _PBACu,
  { [_h2]: ["PUT", "/?analytics", 200] },
  () => PutBucketAnalyticsConfigurationRequest$,
  () => __Unit2
];
var PutBucketCors$ = [
  9,
  n02,
  _PBC,
  { [_hC]: "-", [_h2]: ["PUT", "/?cors", 200] },
  () => PutBucketCorsRequest$,
  () => __Unit2
];
var PutBucketEncryption$ = [
  9,
  n02,
  _PBE,
  { [_hC]: "-", [_h2]: ["PUT", "/?encryption", 200] },
  () => PutBucketEncryptionRequest$,
  () => __Unit2
];
var PutBucketIntelligentTieringConfiguration$ = [
  9,
  n02,
  _PBITC,
  { [_h2]: ["PUT", "/?intelligent-tiering", 200] },
  () => PutBucketIntelligentTieringConfigurationRequest$,
  () => __Unit2
];
var PutBucketInventoryConfiguration$ = [
  9,
  n02,
  _PBIC,
  { [_h2]: ["PUT", "/?inventory", 200] },
  () => PutBucketInventoryConfigurationRequest$,
  () => __Unit2
];
var PutBucketLifecycleConfiguration$ = [
  9,
  n02,
  _PBLC,
  { [_hC]: "-", [_h2]: ["PUT", "/?lifecycle", 200] },
  () => PutBucketLifecycleConfigurationRequest$,
  () => PutBucketLifecycleConfigurationOutput$
];
var PutBucketLogging$ = [
  9,
  n02,
  _PBL,
  { [_hC]: "-", [_h2]: ["PUT", "/?logging", 200] },
  () => PutBucketLoggingRequest$,
  () => __Unit2
];
var PutBucketMetricsConfiguration$ = [
  9,
  n02,
  _PBMC,
  { [_h2]: ["PUT", "/?metrics", 200] },
  () => PutBucketMetricsConfigurationRequest$,
  () => __Unit2
];
var PutBucketNotificationConfiguration$ = [
  9,
  n02,
  _PBNC,
  { [_h2]: ["PUT", "/?notification", 200] },
  () => PutBucketNotificationConfigurationRequest$,
  () => __Unit2
];
var PutBucketOwnershipControls$ = [
  9,
  n02,
  _PBOC,
  { [_hC]: "-", [_h2]: ["PUT", "/?ownershipControls", 200] },
  () => PutBucketOwnershipControlsRequest$,
  () => __Unit2
];
var PutBucketPolicy$ = [
  9,
  n02,
  _PBP,
  { [_hC]: "-", [_h2]: ["PUT", "/?policy", 200] },
  () => PutBucketPolicyRequest$,
  () => __Unit2
];
var PutBucketReplication$ = [
  9,
  n02,
  _PBR,
  { [_hC]: "-", [_h2]: ["PUT", "/?replication", 200] },
  () => PutBucketReplicationRequest$,
  () => __Unit2
];
var PutBucketRequestPayment$ = [
  9,
  n02,
  _PBRP,
  { [_hC]: "-", [_h2]: ["PUT", "/?requestPayment", 200] },
  () => PutBucketRequestPaymentRequest$,
  () => __Unit2
];
var PutBucketTagging$ = [
  9,
  n02,
  _PBT,
  { [_hC]: "-", [_h2]: ["PUT", "/?tagging", 200] },
  () => PutBucketTaggingRequest$,
  () => __Unit2
];
var PutBucketVersioning$ = [
  9,
  n02,
  _PBV,
  { [_hC]: "-", [_h2]: ["PUT", "/?versioning", 200] },
  () => PutBucketVersioningRequest$,
  () => __Unit2
];
var PutBucketWebsite$ = [
  9,
  n02,
  _PBW,
  { [_hC]: "-", [_h2]: ["PUT", "/?website", 200] },
  () => PutBucketWebsiteRequest$,
  () => __Unit2
];
var PutObject$ = [
  9,
  n02,
  _PO,
  { [_hC]: "-", [_h2]: ["PUT", "/{Key+}?x-id=PutObject", 200] },
  () => PutObjectRequest$,
  () => PutObjectOutput$
];
var PutObjectAcl$ = [
  9,
  n02,
  _POA,
  { [_hC]: "-", [_h2]: ["PUT", "/{Key+}?acl", 200] },
  () => PutObjectAclRequest$,
  () => PutObjectAclOutput$
];
var PutObjectAnnotation$ = [
  9,
  n02,
  _POAu,
  { [_hC]: "-", [_h2]: ["PUT", "/{Key+}?annotation", 200] },
  () => PutObjectAnnotationRequest$,
  () => PutObjectAnnotationOutput$
];
var PutObjectLegalHold$ = [
  9,
  n02,
  _POLH,
  { [_hC]: "-", [_h2]: ["PUT", "/{Key+}?legal-hold", 200] },
  () => PutObjectLegalHoldRequest$,
  () => PutObjectLegalHoldOutput$
];
var PutObjectLockConfiguration$ = [
  9,
  n02,
  _POLC,
  { [_hC]: "-", [_h2]: ["PUT", "/?object-lock", 200] },
  () => PutObjectLockConfigurationRequest$,
  () => PutObjectLockConfigurationOutput$
];
var PutObjectRetention$ = [
  9,
  n02,
  _PORu,
  { [_hC]: "-", [_h2]: ["PUT", "/{Key+}?retention", 200] },
  () => PutObjectRetentionRequest$,
  () => PutObjectRetentionOutput$
];
var PutObjectTagging$ = [
  9,
  n02,
  _POT,
  { [_hC]: "-", [_h2]: ["PUT", "/{Key+}?tagging", 200] },
  () => PutObjectTaggingRequest$,
  () => PutObjectTaggingOutput$
];
var PutPublicAccessBlock$ = [
  9,
  n02,
  _PPAB,
  { [_hC]: "-", [_h2]: ["PUT", "/?publicAccessBlock", 200] },
  () => PutPublicAccessBlockRequest$,
  () => __Unit2
];
var RenameObject$ = [
  9,
  n02,
  _RO,
  { [_h2]: ["PUT", "/{Key+}?renameObject", 200] },
  () => RenameObjectRequest$,
  () => RenameObjectOutput$
];
var RestoreObject$ = [
  9,
  n02,
  _ROe,
  { [_hC]: "-", [_h2]: ["POST", "/{Key+}?restore", 200] },
  () => RestoreObjectRequest$,
  () => RestoreObjectOutput$
];
var SelectObjectContent$ = [
  9,
  n02,
  _SOC2,
  { [_h2]: ["POST", "/{Key+}?select&select-type=2", 200] },
  () => SelectObjectContentRequest$,
  () => SelectObjectContentOutput$
];
var UpdateBucketMetadataAnnotationTableConfiguration$ = [
  9,
  n02,
  _UBMATC,
  { [_hC]: "-", [_h2]: ["PUT", "/?metadataAnnotationTable", 200] },
  () => UpdateBucketMetadataAnnotationTableConfigurationRequest$,
  () => __Unit2
];
var UpdateBucketMetadataInventoryTableConfiguration$ = [
  9,
  n02,
  _UBMITC,
  { [_hC]: "-", [_h2]: ["PUT", "/?metadataInventoryTable", 200] },
  () => UpdateBucketMetadataInventoryTableConfigurationRequest$,
  () => __Unit2
];
var UpdateBucketMetadataJournalTableConfiguration$ = [
  9,
  n02,
  _UBMJTC,
  { [_hC]: "-", [_h2]: ["PUT", "/?metadataJournalTable", 200] },
  () => UpdateBucketMetadataJournalTableConfigurationRequest$,
  () => __Unit2
];
var UpdateObjectEncryption$ = [
  9,
  n02,
  _UOE,
  { [_hC]: "-", [_h2]: ["PUT", "/{Key+}?encryption", 200] },
  () => UpdateObjectEncryptionRequest$,
  () => UpdateObjectEncryptionResponse$
];
var UploadPart$ = [
  9,
  n02,
  _UP,
  { [_hC]: "-", [_h2]: ["PUT", "/{Key+}?x-id=UploadPart", 200] },
  () => UploadPartRequest$,
  () => UploadPartOutput$
];
var UploadPartCopy$ = [
  9,
  n02,
  _UPC,
  { [_h2]: ["PUT", "/{Key+}?x-id=UploadPartCopy", 200] },
  () => UploadPartCopyRequest$,
  () => UploadPartCopyOutput$
];
var WriteGetObjectResponse$ = [
  9,
  n02,
  _WGOR,
  { [_en]: ["{RequestRoute}."], [_h2]: ["POST", "/WriteGetObjectResponse", 200] },
  () => WriteGetObjectResponseRequest$,
  () => __Unit2
];

// node_modules/@aws-sdk/client-s3/dist-es/commands/CreateSessionCommand.js
var CreateSessionCommand = class extends command2(_ep4, _mw02, "CreateSession", CreateSession$) {
};

// node_modules/@aws-sdk/client-s3/package.json
var package_default2 = {
  name: "@aws-sdk/client-s3",
  version: "3.1175.0",
  description: "AWS SDK for JavaScript S3 Client for Node.js, Browser and React Native",
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-s3",
  license: "Apache-2.0",
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-s3"
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
    "test:browser": "yarn g:vitest run -c vitest.config.browser.mts",
    "test:browser:watch": "yarn g:vitest watch -c vitest.config.browser.mts",
    "test:index": "tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs"
  },
  dependencies: {
    "@aws-sdk/checksums": "^3.1002.6",
    "@aws-sdk/core": "^3.981.1",
    "@aws-sdk/credential-provider-node": "^3.972.98",
    "@aws-sdk/middleware-sdk-s3": "^3.972.91",
    "@aws-sdk/signature-v4-multi-region": "^3.996.52",
    "@aws-sdk/types": "^3.975.1",
    "@smithy/core": "^3.40.0",
    "@smithy/fetch-http-handler": "^5.8.1",
    "@smithy/node-http-handler": "^4.14.2",
    "@smithy/types": "^4.20.0",
    tslib: "^2.6.2"
  },
  devDependencies: {
    "@aws-sdk/signature-v4-crt": "3.1175.0",
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

// node_modules/@aws-sdk/checksums/dist-es/submodules/sha/sha1/Sha1Js.js
var BLOCK = 64;
var DIGEST_LENGTH = 20;
var INIT = new Int32Array([1732584193, 4023233417, 2562383102, 271733878, 3285377520]);
var K2 = new Int32Array([1518500249, 1859775393, 2400959708, 3395469782]);
var Sha1Js = class _Sha1Js {
  digestLength = DIGEST_LENGTH;
  state = Int32Array.from(INIT);
  w;
  buffer = new Uint8Array(BLOCK);
  bufferLength = 0;
  bytesHashed = 0;
  finished = false;
  inner;
  outer;
  constructor(secret) {
    if (secret) {
      const key = _Sha1Js.normalizeKey(secret);
      this.inner = new _Sha1Js();
      this.outer = new _Sha1Js();
      const pad = new Uint8Array(BLOCK * 2);
      for (let i3 = 0; i3 < BLOCK; ++i3) {
        pad[i3] = 54 ^ key[i3];
        pad[i3 + BLOCK] = 92 ^ key[i3];
      }
      this.inner.update(pad.subarray(0, BLOCK));
      this.outer.update(pad.subarray(BLOCK));
    }
  }
  update(data) {
    if (this.finished) {
      throw new Error("Attempted to update an already finished HMAC.");
    }
    if (this.inner) {
      this.inner.update(data);
      return;
    }
    let pos = 0;
    let { length } = data;
    this.bytesHashed += length;
    if (this.bufferLength > 0) {
      while (length > 0 && this.bufferLength < BLOCK) {
        this.buffer[this.bufferLength++] = data[pos++];
        --length;
      }
      if (this.bufferLength === BLOCK) {
        this.hashBuffer(this.buffer, 0);
        this.bufferLength = 0;
      }
    }
    while (length >= BLOCK) {
      this.hashBuffer(data, pos);
      pos += BLOCK;
      length -= BLOCK;
    }
    while (length > 0) {
      this.buffer[this.bufferLength++] = data[pos++];
      --length;
    }
  }
  async digest() {
    if (this.inner && this.outer) {
      if (this.finished) {
        throw new Error("Attempted to digest an already finished HMAC.");
      }
      this.finished = true;
      const innerDigest = this.inner.digestSync();
      this.outer.update(innerDigest);
      return this.outer.digestSync();
    }
    return this.digestSync();
  }
  reset() {
    this.state = Int32Array.from(INIT);
    this.buffer = new Uint8Array(BLOCK);
    this.bufferLength = 0;
    this.bytesHashed = 0;
  }
  digestSync() {
    const state = this.state.slice();
    const buffer = this.buffer.slice();
    let bufferLength = this.bufferLength;
    const bitsHi = this.bytesHashed / 536870912 | 0;
    const bitsLo = this.bytesHashed << 3;
    buffer[bufferLength++] = 128;
    if (bufferLength > BLOCK - 8) {
      for (let i3 = bufferLength; i3 < BLOCK; ++i3) {
        buffer[i3] = 0;
      }
      this.hashBufferWith(state, buffer, 0);
      bufferLength = 0;
    }
    for (let i3 = bufferLength; i3 < BLOCK - 8; ++i3) {
      buffer[i3] = 0;
    }
    const v2 = new DataView(buffer.buffer, buffer.byteOffset, BLOCK);
    v2.setUint32(BLOCK - 8, bitsHi, false);
    v2.setUint32(BLOCK - 4, bitsLo, false);
    this.hashBufferWith(state, buffer, 0);
    const out = new Uint8Array(DIGEST_LENGTH);
    out[0] = state[0] >>> 24 & 255;
    out[1] = state[0] >>> 16 & 255;
    out[2] = state[0] >>> 8 & 255;
    out[3] = state[0] & 255;
    out[4] = state[1] >>> 24 & 255;
    out[5] = state[1] >>> 16 & 255;
    out[6] = state[1] >>> 8 & 255;
    out[7] = state[1] & 255;
    out[8] = state[2] >>> 24 & 255;
    out[9] = state[2] >>> 16 & 255;
    out[10] = state[2] >>> 8 & 255;
    out[11] = state[2] & 255;
    out[12] = state[3] >>> 24 & 255;
    out[13] = state[3] >>> 16 & 255;
    out[14] = state[3] >>> 8 & 255;
    out[15] = state[3] & 255;
    out[16] = state[4] >>> 24 & 255;
    out[17] = state[4] >>> 16 & 255;
    out[18] = state[4] >>> 8 & 255;
    out[19] = state[4] & 255;
    return out;
  }
  static normalizeKey(secret) {
    const key = toUint8Array(secret);
    if (key.byteLength > BLOCK) {
      const h3 = new _Sha1Js();
      h3.update(key);
      const digest = h3.digestSync();
      const padded2 = new Uint8Array(BLOCK);
      padded2.set(digest);
      return padded2;
    }
    const padded = new Uint8Array(BLOCK);
    padded.set(key);
    return padded;
  }
  hashBuffer(data, offset) {
    this.hashBufferWith(this.state, data, offset);
  }
  hashBufferWith(state, data, offset) {
    const w2 = this.w ??= new Int32Array(80);
    let s0 = state[0], s1 = state[1], s22 = state[2], s3 = state[3], s4 = state[4];
    for (let t8 = 0; t8 < 16; ++t8) {
      w2[t8] = (data[offset + t8 * 4] & 255) << 24 | (data[offset + t8 * 4 + 1] & 255) << 16 | (data[offset + t8 * 4 + 2] & 255) << 8 | data[offset + t8 * 4 + 3] & 255;
    }
    for (let t8 = 16; t8 < 80; ++t8) {
      const x2 = w2[t8 - 3] ^ w2[t8 - 8] ^ w2[t8 - 14] ^ w2[t8 - 16];
      w2[t8] = x2 << 1 | x2 >>> 31;
    }
    for (let t8 = 0; t8 < 80; ++t8) {
      const r3 = t8 < 20 ? 0 : t8 < 40 ? 1 : t8 < 60 ? 2 : 3;
      const temp = ((s0 << 5 | s0 >>> 27) + (r3 === 0 ? s1 & s22 ^ ~s1 & s3 : r3 === 2 ? s1 & s22 ^ s1 & s3 ^ s22 & s3 : s1 ^ s22 ^ s3) | 0) + (s4 + (K2[r3] + w2[t8] | 0) | 0) | 0;
      s4 = s3;
      s3 = s22;
      s22 = s1 << 30 | s1 >>> 2;
      s1 = s0;
      s0 = temp;
    }
    state[0] = state[0] + s0 | 0;
    state[1] = state[1] + s1 | 0;
    state[2] = state[2] + s22 | 0;
    state[3] = state[3] + s3 | 0;
    state[4] = state[4] + s4 | 0;
  }
};

// node_modules/@aws-sdk/checksums/dist-es/submodules/sha/sha1/Sha1Node.js
import { createHash, createHmac } from "node:crypto";
var hasNativeCrypto = (() => {
  try {
    createHash("sha1");
    return true;
  } catch {
    return false;
  }
})();
var Sha1Node = hasNativeCrypto ? buildNativeClass() : Sha1Js;
function buildNativeClass() {
  return class Sha1Node {
    digestLength = 20;
    secret;
    hash;
    isHmac;
    finished = false;
    constructor(secret) {
      this.secret = secret;
      this.isHmac = !!secret;
      this.hash = this.createHash();
    }
    update(data) {
      if (this.finished) {
        throw new Error("Attempted to update an already finished hash.");
      }
      this.hash.update(data);
    }
    async digest() {
      let buf;
      if (this.isHmac) {
        this.finished = true;
        buf = this.hash.digest();
      } else {
        buf = this.hash.copy().digest();
      }
      return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
    }
    reset() {
      this.hash = this.createHash();
      this.finished = false;
    }
    createHash() {
      return this.secret ? createHmac("sha1", toBuffer(this.secret)) : createHash("sha1");
    }
  };
}
function toBuffer(data) {
  if (typeof data === "string") {
    return data;
  }
  if (ArrayBuffer.isView(data)) {
    return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  }
  return Buffer.from(data);
}

// node_modules/@aws-sdk/client-s3/dist-es/runtimeConfig.shared.js
var getRuntimeConfig3 = (config) => {
  return {
    apiVersion: "2006-03-01",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver2,
    extensions: config?.extensions ?? [],
    getAwsChunkedEncodingStream: config?.getAwsChunkedEncodingStream ?? getAwsChunkedEncodingStream,
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultS3HttpAuthSchemeProvider,
    httpAuthSchemes: config?.httpAuthSchemes ?? [
      {
        schemeId: "aws.auth#sigv4",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer()
      },
      {
        schemeId: "aws.auth#sigv4a",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4a"),
        signer: new AwsSdkSigV4ASigner()
      }
    ],
    logger: config?.logger ?? new NoOpLogger(),
    md5: config?.md5 ?? Md5Node,
    protocol: config?.protocol ?? S3RestXmlProtocol,
    protocolSettings: config?.protocolSettings ?? {
      defaultNamespace: "com.amazonaws.s3",
      errorTypeRegistries: errorTypeRegistries2,
      xmlNamespace: "http://s3.amazonaws.com/doc/2006-03-01/",
      version: "2006-03-01",
      serviceTarget: "AmazonS3"
    },
    sdkStreamMixin: config?.sdkStreamMixin ?? sdkStreamMixin,
    serviceId: config?.serviceId ?? "S3",
    sha1: config?.sha1 ?? Sha1Node,
    sha256: config?.sha256 ?? Sha256Node,
    signerConstructor: config?.signerConstructor ?? SignatureV4MultiRegion,
    signingEscapePath: config?.signingEscapePath ?? false,
    urlParser: config?.urlParser ?? parseUrl,
    useArnRegion: config?.useArnRegion ?? void 0,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// node_modules/@aws-sdk/client-s3/dist-es/runtimeConfig.js
var getRuntimeConfig4 = (config) => {
  emitWarningIfUnsupportedVersion2(process.version);
  const defaultsMode = resolveDefaultsModeConfig(config);
  const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
  const clientSharedValues = getRuntimeConfig3(config);
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
    defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: package_default2.version }),
    disableS3ExpressSessionAuth: config?.disableS3ExpressSessionAuth ?? loadConfig(NODE_DISABLE_S3_EXPRESS_SESSION_AUTH_OPTIONS, loaderConfig),
    eventStreamSerdeProvider: config?.eventStreamSerdeProvider ?? eventStreamSerdeProvider,
    maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
    region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
    requestChecksumCalculation: config?.requestChecksumCalculation ?? loadConfig(NODE_REQUEST_CHECKSUM_CALCULATION_CONFIG_OPTIONS, loaderConfig),
    requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
    responseChecksumValidation: config?.responseChecksumValidation ?? loadConfig(NODE_RESPONSE_CHECKSUM_VALIDATION_CONFIG_OPTIONS, loaderConfig),
    retryMode: config?.retryMode ?? loadConfig({
      ...NODE_RETRY_MODE_CONFIG_OPTIONS,
      default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
    }, config),
    sigv4aSigningRegionSet: config?.sigv4aSigningRegionSet ?? loadConfig(NODE_SIGV4A_CONFIG_OPTIONS, loaderConfig),
    streamCollector: config?.streamCollector ?? streamCollector,
    streamHasher: config?.streamHasher ?? readableStreamHasher,
    useArnRegion: config?.useArnRegion ?? loadConfig(NODE_USE_ARN_REGION_CONFIG_OPTIONS, loaderConfig),
    useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
  };
};

// node_modules/@aws-sdk/client-s3/dist-es/auth/httpAuthExtensionConfiguration.js
var getHttpAuthExtensionConfiguration2 = (runtimeConfig) => {
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
var resolveHttpAuthRuntimeConfig2 = (config) => {
  return {
    httpAuthSchemes: config.httpAuthSchemes(),
    httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
    credentials: config.credentials()
  };
};

// node_modules/@aws-sdk/client-s3/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions2 = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration2(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig2(extensionConfiguration));
};

// node_modules/@aws-sdk/client-s3/dist-es/S3Client.js
var S3Client = class extends Client {
  config;
  constructor(...[configuration]) {
    const _config_0 = getRuntimeConfig4(configuration || {});
    super(_config_0);
    this.initConfig = _config_0;
    const _config_1 = resolveClientEndpointParameters2(_config_0);
    const _config_2 = resolveUserAgentConfig(_config_1);
    const _config_3 = resolveFlexibleChecksumsConfig(_config_2);
    const _config_4 = resolveRetryConfig(_config_3);
    const _config_5 = resolveRegionConfig(_config_4);
    const _config_6 = resolveHostHeaderConfig(_config_5);
    const _config_7 = resolveEndpointConfig(_config_6);
    const _config_8 = resolveEventStreamSerdeConfig(_config_7);
    const _config_9 = resolveHttpAuthSchemeConfig2(_config_8);
    const _config_10 = resolveS3Config(_config_9, { session: [() => this, CreateSessionCommand] });
    const _config_11 = resolveRuntimeExtensions2(_config_10, configuration?.extensions || []);
    this.config = _config_11;
    this.middlewareStack.use(getSchemaSerdePlugin(this.config));
    this.middlewareStack.use(getUserAgentPlugin(this.config));
    this.middlewareStack.use(getRetryPlugin(this.config));
    this.middlewareStack.use(getContentLengthPlugin(this.config));
    this.middlewareStack.use(getHostHeaderPlugin(this.config));
    this.middlewareStack.use(getLoggerPlugin(this.config));
    this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
    this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
      httpAuthSchemeParametersProvider: defaultS3HttpAuthSchemeParametersProvider,
      identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
        "aws.auth#sigv4": config.credentials,
        "aws.auth#sigv4a": config.credentials
      })
    }));
    this.middlewareStack.use(getHttpSigningPlugin(this.config));
    this.middlewareStack.use(getValidateBucketNamePlugin(this.config));
    this.middlewareStack.use(getAddExpectContinuePlugin(this.config));
    this.middlewareStack.use(getRegionRedirectMiddlewarePlugin(this.config));
    this.middlewareStack.use(getS3ExpressPlugin(this.config));
    this.middlewareStack.use(getS3ExpressHttpSigningPlugin(this.config));
  }
  destroy() {
    super.destroy();
  }
};

// node_modules/@aws-sdk/client-s3/dist-es/commands/DeleteObjectsCommand.js
var DeleteObjectsCommand = class extends command2(_ep5, _mw5, "DeleteObjects", DeleteObjects$) {
};

// node_modules/@aws-sdk/client-s3/dist-es/commands/ListObjectsV2Command.js
var ListObjectsV2Command = class extends command2(_ep8, _mw02, "ListObjectsV2", ListObjectsV2$) {
};

// node_modules/@aws-sdk/client-s3/dist-es/commands/PutObjectCommand.js
var PutObjectCommand = class extends command2(_ep02, _mw11, "PutObject", PutObject$) {
};

// node_modules/@aws-sdk/client-s3/dist-es/pagination/ListObjectsV2Paginator.js
var paginateListObjectsV2 = createPaginator(S3Client, ListObjectsV2Command, "ContinuationToken", "NextContinuationToken", "MaxKeys");

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
  for (let n3 = 1; ; n3++) {
    options.signal?.throwIfAborted();
    try {
      return await attempt(n3);
    } catch (error2) {
      options.signal?.throwIfAborted();
      const failure = { error: error2, attempt: n3, elapsedMs: clock.now() - started };
      if (n3 >= options.attempts || !options.shouldRetry(failure)) throw error2;
      const computed = backoffDelay(n3, options);
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
  constructor(source = fromRunner, spec) {
    this.source = source;
    this.spec = spec;
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
async function run(action, main) {
  const controller = new AbortController();
  const cancel = (signal) => {
    if (controller.signal.aborted) return;
    warning(`${action}: received ${signal}, cancelling`);
    controller.abort(new Error(`cancelled by ${signal}`));
  };
  process.once("SIGINT", cancel);
  process.once("SIGTERM", cancel);
  try {
    await main({ signal: controller.signal });
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

// node_modules/p-map/index.js
function pMap(iterable, mapper, options) {
  return mapConcurrently(iterable, mapper, options, false);
}
async function mapConcurrently(iterable, mapper, {
  concurrency = Number.POSITIVE_INFINITY,
  stopOnError = true,
  signal
} = {}, isSettled) {
  return new Promise((resolve_, reject_) => {
    validateOptions(iterable, mapper, concurrency);
    const result = [];
    const errors = [];
    let skippedCount = 0;
    let isResolved = false;
    let isIterableDone = false;
    const pendingIndexes = /* @__PURE__ */ new Set();
    let doneIndex = Number.POSITIVE_INFINITY;
    let currentIndex = 0;
    const iterator = getIterator(iterable);
    const signalListener = () => {
      reject(signal.reason);
    };
    const cleanup = () => {
      signal?.removeEventListener("abort", signalListener);
    };
    const resolve = (value) => {
      resolve_(value);
      cleanup();
    };
    const reject = (reason) => {
      if (isResolved) {
        return;
      }
      isResolved = true;
      reject_(reason);
      cleanup();
      if (!isIterableDone) {
        closeIterator(iterator);
      }
    };
    if (signal) {
      if (signal.aborted) {
        reject(signal.reason);
        return;
      }
      signal.addEventListener("abort", signalListener, { once: true });
    }
    const pull = createPuller(iterator);
    const settleIfFinished = () => {
      if (isResolved || doneIndex === Number.POSITIVE_INFINITY) {
        return;
      }
      for (const index of pendingIndexes) {
        if (index < doneIndex) {
          return;
        }
      }
      if (!stopOnError) {
        const collectedErrors = [];
        for (let index = 0; index < Math.min(doneIndex, errors.length); index++) {
          if (index in errors) {
            collectedErrors.push(errors[index]);
          }
        }
        if (collectedErrors.length > 0) {
          reject(new AggregateError(collectedErrors));
          return;
        }
      }
      isResolved = true;
      if (!isIterableDone) {
        closeIterator(iterator);
      }
      const lastIndex = Math.min(doneIndex, result.length);
      if (lastIndex === result.length && skippedCount === 0) {
        resolve(result);
        return;
      }
      resolve(result.slice(0, lastIndex).filter((value) => value !== pMapSkip));
    };
    const next = async () => {
      if (isResolved || currentIndex >= doneIndex) {
        return;
      }
      const index = currentIndex++;
      pendingIndexes.add(index);
      let nextItem;
      try {
        nextItem = await pull();
      } catch (error2) {
        pendingIndexes.delete(index);
        if (index < doneIndex) {
          throw error2;
        }
        settleIfFinished();
        return;
      }
      if (nextItem.done) {
        pendingIndexes.delete(index);
        doneIndex = Math.min(doneIndex, index);
        isIterableDone = true;
        settleIfFinished();
        return;
      }
      const runner = (async () => {
        try {
          const element = await nextItem.value;
          if (isResolved || index >= doneIndex) {
            return;
          }
          const value = await mapper(element, index);
          if (index >= doneIndex) {
            return;
          }
          if (value === pMapStop) {
            doneIndex = index;
            return;
          }
          if (value === pMapSkip) {
            skippedCount++;
          }
          result[index] = isSettled && value !== pMapSkip ? { status: "fulfilled", value } : value;
        } catch (error2) {
          if (index >= doneIndex) {
            return;
          }
          if (isSettled) {
            result[index] = { status: "rejected", reason: error2 };
          } else if (stopOnError) {
            reject(error2);
            return;
          } else {
            errors[index] = error2;
          }
        } finally {
          pendingIndexes.delete(index);
          settleIfFinished();
        }
        try {
          await next();
        } catch (error2) {
          reject(error2);
        }
      })();
      runner.then(() => new Promise(() => {
      })).then(resolve_);
    };
    (async () => {
      for (let index = 0; index < concurrency; index++) {
        try {
          await next();
        } catch (error2) {
          reject(error2);
          break;
        }
        if (isResolved || currentIndex >= doneIndex) {
          break;
        }
      }
    })();
  });
}
var pMapSkip = /* @__PURE__ */ Symbol("skip");
var pMapStop = /* @__PURE__ */ Symbol("stop");
function validateOptions(iterable, mapper, concurrency) {
  if (iterable?.[Symbol.iterator] === void 0 && iterable?.[Symbol.asyncIterator] === void 0) {
    throw new TypeError(`Expected \`input\` to be either an \`Iterable\` or \`AsyncIterable\`, got (${typeof iterable})`);
  }
  if (typeof mapper !== "function") {
    throw new TypeError("Mapper function is required");
  }
  if (!isLimit(concurrency, 1)) {
    throw new TypeError(`Expected \`concurrency\` to be an integer from 1 and up or \`Infinity\`, got \`${concurrency}\` (${typeof concurrency})`);
  }
}
function isLimit(value, minimum) {
  return Number.isSafeInteger(value) && value >= minimum || value === Number.POSITIVE_INFINITY;
}
function getIterator(iterable) {
  return iterable[Symbol.asyncIterator] === void 0 ? iterable[Symbol.iterator]() : iterable[Symbol.asyncIterator]();
}
async function closeIterator(iterator) {
  try {
    await iterator.return?.();
  } catch {
  }
}
function createPuller(iterator) {
  let isSourceDone = false;
  const markDone = (item) => {
    if (item?.done) {
      isSourceDone = true;
    }
  };
  return () => {
    if (isSourceDone) {
      return { done: true };
    }
    const result = iterator.next();
    markDone(result);
    if (typeof result?.then !== "function") {
      return result;
    }
    const promise = Promise.resolve(result);
    promise.then(markDone, () => {
    });
    return promise;
  };
}

// actions/invalidate-cdn/src/bucket.ts
function bucketError(error2, bucket, operation) {
  if (!(error2 instanceof Error))
    return new Error(`${operation} on bucket "${bucket}" failed: ${String(error2)}`);
  const status = error2.$metadata?.httpStatusCode;
  if (error2.name === "AccessDenied" || status === 403) {
    return new Error(
      `Access denied to bucket "${bucket}" (${operation}): the role needs s3:ListBucket on arn:aws:s3:::${bucket} and s3:PutObject and s3:DeleteObject on arn:aws:s3:::${bucket}/*`,
      { cause: error2 }
    );
  }
  if (error2.name === "NoSuchBucket") {
    return new Error(`Bucket "${bucket}" does not exist (${operation}): check the frontend stack's outputs`, {
      cause: error2
    });
  }
  return new Error(`${operation} on bucket "${bucket}" failed: ${error2.name}: ${error2.message}`, {
    cause: error2
  });
}
async function listBucket(s3, bucket, signal) {
  const objects = [];
  try {
    for await (const page of paginateListObjectsV2(
      { client: s3, ...signal ? { abortSignal: signal } : {} },
      { Bucket: bucket }
    )) {
      for (const object of page.Contents ?? []) {
        if (object.Key !== void 0)
          objects.push({ key: object.Key, ...object.ETag ? { etag: object.ETag } : {} });
      }
    }
  } catch (error2) {
    throw bucketError(error2, bucket, "ListObjectsV2");
  }
  return objects;
}
async function putObject(s3, bucket, upload, signal) {
  try {
    await s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: upload.key,
        Body: upload.body,
        ContentType: upload.contentType,
        CacheControl: upload.cacheControl
      }),
      signal ? { abortSignal: signal } : {}
    );
  } catch (error2) {
    throw bucketError(error2, bucket, `PutObject ${upload.key}`);
  }
}
async function deleteObjects(s3, bucket, keys, signal) {
  for (let start = 0; start < keys.length; start += 1e3) {
    const batch = keys.slice(start, start + 1e3);
    let errors;
    try {
      const answer = await s3.send(
        new DeleteObjectsCommand({
          Bucket: bucket,
          Delete: { Objects: batch.map((Key) => ({ Key })), Quiet: true }
        }),
        signal ? { abortSignal: signal } : {}
      );
      errors = answer.Errors ?? [];
    } catch (error2) {
      throw bucketError(error2, bucket, "DeleteObjects");
    }
    if (errors.length > 0) {
      const first = errors[0];
      const what = `${errors.length} object(s) could not be deleted, first ${first?.Key}: ${first?.Code} ${first?.Message ?? ""}`.trim();
      if (errors.some((e3) => e3.Code === "AccessDenied")) {
        throw new Error(
          `Access denied to bucket "${bucket}" (DeleteObjects): ${what}; the role needs s3:DeleteObject`
        );
      }
      throw new Error(`DeleteObjects on bucket "${bucket}": ${what}`);
    }
  }
}

// actions/invalidate-cdn/src/cdn.ts
function distributionError(error2, distributionId, operation) {
  const name = error2 instanceof Error ? error2.name : "Error";
  const message = error2 instanceof Error ? error2.message : String(error2);
  if (name === "AccessDenied") {
    return new Error(
      `Access denied to CloudFront distribution "${distributionId}" (${operation}): the role needs cloudfront:CreateInvalidation and cloudfront:GetInvalidation on it`,
      { cause: error2 }
    );
  }
  if (name === "NoSuchDistribution") {
    return new Error(`CloudFront distribution "${distributionId}" does not exist (${operation})`, {
      cause: error2
    });
  }
  return new Error(`${operation} on distribution "${distributionId}" failed: ${name}: ${message}`, {
    cause: error2
  });
}
async function createInvalidation(cloudfront, distributionId, paths, callerReference2, signal) {
  try {
    const answer = await cloudfront.send(
      new CreateInvalidationCommand({
        DistributionId: distributionId,
        InvalidationBatch: {
          CallerReference: callerReference2,
          Paths: { Quantity: paths.length, Items: [...paths] }
        }
      }),
      signal ? { abortSignal: signal } : {}
    );
    const id = answer.Invalidation?.Id;
    if (!id) throw new Error("CloudFront returned no invalidation id");
    return id;
  } catch (error2) {
    throw distributionError(error2, distributionId, "CreateInvalidation");
  }
}
async function waitForInvalidation(cloudfront, distributionId, invalidationId, options) {
  await waitFor(
    {
      what: `invalidation ${invalidationId} of distribution ${distributionId}`,
      timeoutSeconds: options.timeoutSeconds,
      minDelaySeconds: options.minDelaySeconds ?? 5,
      maxDelaySeconds: options.maxDelaySeconds ?? 20,
      ...options.signal ? { signal: options.signal } : {},
      ...options.log ? { log: options.log } : {}
    },
    async () => {
      let status;
      try {
        const answer = await cloudfront.send(
          new GetInvalidationCommand({ DistributionId: distributionId, Id: invalidationId })
        );
        status = answer.Invalidation?.Status;
      } catch (error2) {
        throw distributionError(error2, distributionId, "GetInvalidation");
      }
      return status === "Completed" ? { state: "done", value: void 0 } : { state: "retry", progress: `invalidation ${invalidationId}: ${status ?? "unknown"}` };
    }
  );
}

// actions/invalidate-cdn/src/plan.ts
import { createHash as createHash2 } from "node:crypto";

// actions/invalidate-cdn/src/headers.ts
var import_mime_types = __toESM(require_mime_types(), 1);
var IMMUTABLE = "public, max-age=31536000, immutable";
var NO_CACHE = "no-cache";
var SHORT = "public, max-age=300";
var HASHED_NAME = /^.+[-.][A-Za-z0-9_-]{8,}\.[A-Za-z0-9]+(?:\.map)?$/;
function isContentHashed(key) {
  const slash = key.lastIndexOf("/");
  const folder = key.slice(0, slash + 1);
  return /(?:^|\/)assets\/$/.test(folder) && HASHED_NAME.test(key.slice(slash + 1));
}
function isEntryDocument(key) {
  return key === "config.json" || /\.html?$/i.test(key);
}
function headersFor(key) {
  const cacheControl = isEntryDocument(key) ? NO_CACHE : isContentHashed(key) ? IMMUTABLE : SHORT;
  return {
    contentType: (0, import_mime_types.contentType)(key.slice(key.lastIndexOf("/") + 1)) || "application/octet-stream",
    cacheControl
  };
}

// actions/invalidate-cdn/src/plan.ts
function md5Hex(body) {
  return createHash2("md5").update(body).digest("hex");
}
function planSync(local, remote) {
  const remoteEtags = new Map(remote.map((object) => [object.key, normaliseEtag(object.etag)]));
  const localKeys = new Set(local.map((file) => file.key));
  const uploads = [];
  const unchanged = [];
  for (const file of [...local].sort((a3, b3) => a3.key.localeCompare(b3.key))) {
    if (remoteEtags.get(file.key) === file.md5) {
      unchanged.push(file.key);
      continue;
    }
    uploads.push({ ...file, ...headersFor(file.key), replaces: remoteEtags.has(file.key) });
  }
  return {
    assets: uploads.filter((upload) => !isEntryDocument(upload.key)),
    entries: uploads.filter((upload) => isEntryDocument(upload.key)).sort((a3, b3) => entryRank(a3.key) - entryRank(b3.key)),
    deletes: remote.map((object) => object.key).filter((key) => !localKeys.has(key)).sort(),
    unchanged
  };
}
function normaliseEtag(etag) {
  const value = etag?.replace(/^W\//, "").replace(/"/g, "").toLowerCase();
  return value && /^[0-9a-f]{32}$/.test(value) ? value : void 0;
}
function entryRank(key) {
  if (key === "config.json") return 0;
  return key === "index.html" ? 2 : 1;
}
var INVALIDATION_PATH_LIMIT = 15;
function invalidationBatch(plan, limit = INVALIDATION_PATH_LIMIT) {
  const keys = [...plan.assets, ...plan.entries].map((upload) => upload.key).concat(plan.deletes);
  const paths = /* @__PURE__ */ new Set();
  for (const key of keys.filter((k3) => !isContentHashed(k3))) {
    paths.add(`/${encodePath(key)}`);
    if (key === "index.html" || key.endsWith("/index.html"))
      paths.add(`/${encodePath(key.slice(0, -"index.html".length))}`);
  }
  if (paths.size === 0) return void 0;
  const sorted = [...paths].sort();
  return sorted.length > limit ? { paths: ["/*"], changed: sorted.length, wildcard: true } : { paths: sorted, changed: sorted.length, wildcard: false };
}
function encodePath(key) {
  return key.split("/").map((segment) => encodeURIComponent(segment).replace(/\*/g, "%2A")).join("/");
}
function callerReference(distributionId, plan, batch) {
  const hash = createHash2("sha256").update(distributionId);
  for (const upload of [...plan.assets, ...plan.entries]) hash.update(`
put ${upload.key} ${upload.md5}`);
  for (const key of plan.deletes) hash.update(`
delete ${key}`);
  for (const path of batch.paths) hash.update(`
path ${path}`);
  return `invalidate-cdn-${hash.digest("hex").slice(0, 40)}`;
}

// actions/invalidate-cdn/src/deploy.ts
async function deploySite(options) {
  const { s3, cloudfront, bucket, distributionId, signal, log } = options;
  const remote = await listBucket(s3, bucket, signal);
  const plan = planSync(options.files, remote);
  log(
    `${bucket}: ${plan.assets.length + plan.entries.length} to upload, ${plan.deletes.length} to delete, ${plan.unchanged.length} unchanged`
  );
  await pMap(
    plan.assets,
    async (upload) => {
      await putObject(s3, bucket, upload, signal);
      log(`uploaded ${upload.key} (${upload.contentType}; ${upload.cacheControl})`);
    },
    { concurrency: options.concurrency ?? 8, ...signal ? { signal } : {} }
  );
  for (const upload of plan.entries) {
    signal?.throwIfAborted();
    await putObject(s3, bucket, upload, signal);
    log(`uploaded ${upload.key} (${upload.contentType}; ${upload.cacheControl})`);
  }
  if (plan.deletes.length > 0) {
    await deleteObjects(s3, bucket, plan.deletes, signal);
    for (const key of plan.deletes) log(`deleted ${key}`);
  }
  const batch = invalidationBatch(plan);
  if (!batch) {
    log("Nothing served under a stable name changed: no invalidation needed");
    return { plan, waited: false };
  }
  if (batch.wildcard) {
    log(`${batch.changed} paths changed, more than ${INVALIDATION_PATH_LIMIT}: invalidating /* instead`);
  }
  const invalidationId = await createInvalidation(
    cloudfront,
    distributionId,
    batch.paths,
    callerReference(distributionId, plan, batch),
    signal
  );
  log(`Created invalidation ${invalidationId} for ${batch.paths.join(" ")}`);
  if (!options.wait) return { plan, batch, invalidationId, waited: false };
  await waitForInvalidation(cloudfront, distributionId, invalidationId, {
    timeoutSeconds: options.timeoutSeconds,
    log,
    ...signal ? { signal } : {},
    ...options.pollDelaySeconds
  });
  log(`Invalidation ${invalidationId} completed`);
  return { plan, batch, invalidationId, waited: true };
}

// actions/invalidate-cdn/src/site.ts
import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";
function configJsonFile(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (error2) {
    throw new InputError("config-json", `is not valid JSON (${error2.message})`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    const kind = value === null ? "null" : Array.isArray(value) ? "an array" : `a ${typeof value}`;
    throw new InputError("config-json", `must be a JSON object, got ${kind}`);
  }
  const body = new TextEncoder().encode(`${JSON.stringify(value, null, 2)}
`);
  return { key: "config.json", body, md5: md5Hex(body) };
}
async function readSite(sourceDir, configJson) {
  const info2 = await stat(sourceDir).catch(() => void 0);
  if (!info2) throw new InputError("source-dir", `"${sourceDir}" does not exist: build the web app first`);
  if (!info2.isDirectory()) throw new InputError("source-dir", `"${sourceDir}" is not a directory`);
  const entries = await readdir(sourceDir, { recursive: true, withFileTypes: true });
  const files = [];
  for (const entry of entries.filter((e3) => e3.isFile())) {
    const path = join(entry.parentPath, entry.name);
    const key = relative(sourceDir, path).split(sep).join("/");
    const body = await readFile(path);
    files.push({ key, body, md5: md5Hex(body) });
  }
  if (!files.some((file) => file.key === "index.html")) {
    throw new InputError(
      "source-dir",
      `"${sourceDir}" has no index.html at its top level: is it the built app?`
    );
  }
  if (configJson === void 0) return files;
  const config = configJsonFile(configJson);
  return [...files.filter((file) => file.key !== config.key), config];
}

// actions/invalidate-cdn/src/summary.ts
function deploySummary(bucket, distributionId, report) {
  const { plan, batch } = report;
  const uploads = [...plan.assets, ...plan.entries];
  const invalidation = !batch ? "none (nothing served under a stable name changed)" : `${code(report.invalidationId ?? "")}: ${batch.paths.map(code).join(" ")}` + (batch.wildcard ? ` (${batch.changed} paths changed)` : "") + (report.waited ? ", completed" : ", not waited for");
  const lines = [
    `### invalidate-cdn: ${code(bucket)} behind ${code(distributionId)}`,
    "",
    table(
      ["uploaded", "deleted", "unchanged", "invalidation"],
      [[String(uploads.length), String(plan.deletes.length), String(plan.unchanged.length), invalidation]]
    )
  ];
  if (uploads.length > 0) {
    lines.push(
      "",
      details(
        "Uploaded files, in upload order",
        table(
          ["file", "Content-Type", "Cache-Control"],
          uploads.map((upload) => [upload.key, upload.contentType, upload.cacheControl])
        )
      )
    );
  }
  if (plan.deletes.length > 0) {
    lines.push("", details("Deleted files", plan.deletes.map((key) => `- ${code(key)}`).join("\n")));
  }
  return lines.join("\n");
}

// actions/invalidate-cdn/src/main.ts
var ACTION = "invalidate-cdn";
await run(ACTION, async ({ signal }) => {
  const inputs = new Inputs();
  const sourceDir = inputs.required("source-dir");
  const bucket = inputs.required("bucket");
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) {
    throw new InputError("bucket", `expected a bucket name (not a URL or ARN), got "${bucket}"`);
  }
  const distributionId = inputs.required("distribution-id");
  const configJson = inputs.optional("config-json");
  const wait = inputs.boolean("wait", true);
  const timeoutMinutes = inputs.integer("timeout-minutes", { fallback: 15, min: 1, max: 360 });
  const files = await readSite(sourceDir, configJson);
  const config = awsClientConfig(ACTION);
  const report = await deploySite({
    s3: new S3Client(config),
    cloudfront: new CloudFrontClient(config),
    bucket,
    distributionId,
    files,
    wait,
    timeoutSeconds: timeoutMinutes * 60,
    signal,
    log: (line) => info(line)
  });
  setOutput("uploaded", report.plan.assets.length + report.plan.entries.length);
  setOutput("deleted", report.plan.deletes.length);
  setOutput("unchanged", report.plan.unchanged.length);
  setOutput("invalidation-id", report.invalidationId ?? "");
  await writeSummary(deploySummary(bucket, distributionId, report));
});
//# sourceMappingURL=index.js.map
