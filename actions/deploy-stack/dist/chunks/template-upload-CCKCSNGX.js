import { createRequire as __createRequire } from "node:module";
import { fileURLToPath as __fileURLToPath } from "node:url";
import { dirname as __pathDirname } from "node:path";
const require = __createRequire(import.meta.url);
const __filename = __fileURLToPath(import.meta.url);
const __dirname = __pathDirname(__filename);
import {
  PutObjectCommand
} from "./chunk-Y2LP457G.js";
import "./chunk-OQESFW3R.js";
import "./chunk-XCZMMQ3S.js";
import "./chunk-JAPVR3NY.js";
import "./chunk-DSYP4AYL.js";
import "./chunk-TKHKXS5T.js";
import "./chunk-6L3UMYKA.js";
import "./chunk-ZYSMRUVR.js";
import "./chunk-CU7QTA2N.js";
import "./chunk-WKZJQSLI.js";
import "./chunk-VY3GXBSZ.js";
import "./chunk-LN6SXPWB.js";
import "./chunk-VV5J3XMR.js";
import "./chunk-KBKFM6ES.js";

// actions/deploy-stack/src/template-upload.ts
import { createHash } from "node:crypto";
async function uploadTemplate(s3, bucket, template) {
  const key = `deploy-stack/${createHash("sha256").update(template.body).digest("hex")}.template`;
  await s3.send(
    new PutObjectCommand({ Bucket: bucket, Key: key, Body: template.body, ContentType: "text/plain" })
  );
  const region = await s3.config.region();
  return `https://${bucket}.s3.${region}.amazonaws.com/${key}`;
}
export {
  uploadTemplate
};
//# sourceMappingURL=template-upload-CCKCSNGX.js.map
