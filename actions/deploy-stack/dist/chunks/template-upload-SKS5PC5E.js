import { createRequire as __createRequire } from "node:module";
import { fileURLToPath as __fileURLToPath } from "node:url";
import { dirname as __pathDirname } from "node:path";
const require = __createRequire(import.meta.url);
const __filename = __fileURLToPath(import.meta.url);
const __dirname = __pathDirname(__filename);
import {
  PutObjectCommand
} from "./chunk-7ULKCU54.js";
import "./chunk-EQVEYVO6.js";
import "./chunk-A5XEVN34.js";
import "./chunk-MABHUZ75.js";
import "./chunk-JEC3WW5M.js";
import "./chunk-VQRMC3ZL.js";
import "./chunk-RNFZFXQ5.js";
import "./chunk-FWTF4GZJ.js";
import "./chunk-BZVENGQ6.js";
import "./chunk-3GEYPOZW.js";
import "./chunk-D3P25JV5.js";
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
//# sourceMappingURL=template-upload-SKS5PC5E.js.map
