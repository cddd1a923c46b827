import {
  DeleteObjectsCommand,
  paginateListObjectsV2,
  PutObjectCommand,
  type S3Client,
} from "@aws-sdk/client-s3";
import type { RemoteObject, Upload } from "./plan";

/** Turns the S3 errors a misconfigured pipeline meets into messages naming the bucket. */
export function bucketError(error: unknown, bucket: string, operation: string): Error {
  if (!(error instanceof Error))
    return new Error(`${operation} on bucket "${bucket}" failed: ${String(error)}`);
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  if (error.name === "AccessDenied" || status === 403) {
    return new Error(
      `Access denied to bucket "${bucket}" (${operation}): the role needs s3:ListBucket on ` +
        `arn:aws:s3:::${bucket} and s3:PutObject and s3:DeleteObject on arn:aws:s3:::${bucket}/*`,
      { cause: error },
    );
  }
  if (error.name === "NoSuchBucket") {
    return new Error(`Bucket "${bucket}" does not exist (${operation}): check the frontend stack's outputs`, {
      cause: error,
    });
  }
  return new Error(`${operation} on bucket "${bucket}" failed: ${error.name}: ${error.message}`, {
    cause: error,
  });
}

export async function listBucket(
  s3: S3Client,
  bucket: string,
  signal?: AbortSignal,
): Promise<RemoteObject[]> {
  const objects: RemoteObject[] = [];
  try {
    for await (const page of paginateListObjectsV2(
      { client: s3, ...(signal ? { abortSignal: signal } : {}) },
      { Bucket: bucket },
    )) {
      for (const object of page.Contents ?? []) {
        if (object.Key !== undefined)
          objects.push({ key: object.Key, ...(object.ETag ? { etag: object.ETag } : {}) });
      }
    }
  } catch (error) {
    throw bucketError(error, bucket, "ListObjectsV2");
  }
  return objects;
}

export async function putObject(
  s3: S3Client,
  bucket: string,
  upload: Upload,
  signal?: AbortSignal,
): Promise<void> {
  try {
    await s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: upload.key,
        Body: upload.body,
        ContentType: upload.contentType,
        CacheControl: upload.cacheControl,
      }),
      signal ? { abortSignal: signal } : {},
    );
  } catch (error) {
    throw bucketError(error, bucket, `PutObject ${upload.key}`);
  }
}

/** DeleteObjects takes at most 1000 keys and reports per-key failures in its answer. */
export async function deleteObjects(
  s3: S3Client,
  bucket: string,
  keys: readonly string[],
  signal?: AbortSignal,
): Promise<void> {
  for (let start = 0; start < keys.length; start += 1000) {
    const batch = keys.slice(start, start + 1000);
    let errors;
    try {
      const answer = await s3.send(
        new DeleteObjectsCommand({
          Bucket: bucket,
          Delete: { Objects: batch.map((Key) => ({ Key })), Quiet: true },
        }),
        signal ? { abortSignal: signal } : {},
      );
      errors = answer.Errors ?? [];
    } catch (error) {
      throw bucketError(error, bucket, "DeleteObjects");
    }
    if (errors.length > 0) {
      const first = errors[0];
      const what =
        `${errors.length} object(s) could not be deleted, first ${first?.Key}: ${first?.Code} ${first?.Message ?? ""}`.trim();
      if (errors.some((e) => e.Code === "AccessDenied")) {
        throw new Error(
          `Access denied to bucket "${bucket}" (DeleteObjects): ${what}; the role needs s3:DeleteObject`,
        );
      }
      throw new Error(`DeleteObjects on bucket "${bucket}": ${what}`);
    }
  }
}
