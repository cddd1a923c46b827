import { createRequire as __createRequire } from "node:module";
import { fileURLToPath as __fileURLToPath } from "node:url";
import { dirname as __pathDirname } from "node:path";
const require = __createRequire(import.meta.url);
const __filename = __fileURLToPath(import.meta.url);
const __dirname = __pathDirname(__filename);
import {
  ENV_ACCOUNT_ID,
  ENV_CREDENTIAL_SCOPE,
  ENV_EXPIRATION,
  ENV_KEY,
  ENV_SECRET,
  ENV_SESSION,
  fromEnv
} from "./chunk-DSYP4AYL.js";
import "./chunk-CU7QTA2N.js";
import "./chunk-WKZJQSLI.js";
import "./chunk-VY3GXBSZ.js";
import "./chunk-LN6SXPWB.js";
import "./chunk-VV5J3XMR.js";
import "./chunk-KBKFM6ES.js";
export {
  ENV_ACCOUNT_ID,
  ENV_CREDENTIAL_SCOPE,
  ENV_EXPIRATION,
  ENV_KEY,
  ENV_SECRET,
  ENV_SESSION,
  fromEnv
};
//# sourceMappingURL=dist-es-XESUD4P2.js.map
