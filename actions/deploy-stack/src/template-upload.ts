import { createHash } from "node:crypto";
import { PutObjectCommand, type S3Client } from "@aws-sdk/client-s3";
import type { Template } from "./template";

/**
 * Puts a template too large to send inline into the bucket and returns the TemplateURL
 * CloudFormation reads it from. The key is the content hash, so an unchanged template is
 * the same object on every run.
 */
export async function uploadTemplate(s3: S3Client, bucket: string, template: Template): Promise<string> {
  const key = `deploy-stack/${createHash("sha256").update(template.body).digest("hex")}.template`;
  await s3.send(
    new PutObjectCommand({ Bucket: bucket, Key: key, Body: template.body, ContentType: "text/plain" }),
  );
  const region = await s3.config.region();
  return `https://${bucket}.s3.${region}.amazonaws.com/${key}`;
}
