import {
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  paginateListObjectsV2,
  PutObjectCommand,
  type S3Client,
} from "@aws-sdk/client-s3";
import { isAwsError } from "../../lib/src/index";
import type { RemoteObject, Upload } from "./plan";

/** Turns the S3 errors a misconfigured pipeline meets into messages naming the bucket. */
export function bucketError(error: unknown, bucket: string, operation: string): Error {
  if (!(error instanceof Error))
    return new Error(`${operation} on bucket "${bucket}" failed: ${String(error)}`);
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  if (error.name === "AccessDenied" || status === 403) {
    return new Error(
      `Access denied to bucket "${bucket}" (${operation}): the role needs s3:ListBucket on ` +
        `arn:aws:s3:::${bucket} and s3:GetObject, s3:PutObject and s3:DeleteObject on arn:aws:s3:::${bucket}/*`,
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

/** S3's answer when an `If-None-Match` / `If-Match` condition did not hold (HTTP 412). */
export const isPreconditionFailed = (error: unknown): boolean =>
  isAwsError(error, "PreconditionFailed") ||
  // Two conditional writes of one key in flight at once: S3 asks the loser to try again (409).
  isAwsError(error, "ConditionalRequestConflict");

export interface StoredText {
  text: string;
  etag: string;
  lastModified?: Date;
}

/** A small object as text with its ETag, or undefined when the key does not exist. */
export async function getText(
  s3: S3Client,
  bucket: string,
  key: string,
  signal?: AbortSignal,
): Promise<StoredText | undefined> {
  try {
    const answer = await s3.send(
      new GetObjectCommand({ Bucket: bucket, Key: key }),
      signal ? { abortSignal: signal } : {},
    );
    return {
      text: (await answer.Body?.transformToString("utf-8")) ?? "",
      etag: answer.ETag ?? "",
      ...(answer.LastModified ? { lastModified: answer.LastModified } : {}),
    };
  } catch (error) {
    if (isAwsError(error, "NoSuchKey")) return undefined;
    throw bucketError(error, bucket, `GetObject ${key}`);
  }
}

export interface Condition {
  /** `*`: only when the key does not exist yet. */
  ifNoneMatch?: "*";
  /** Only when the object still has this ETag. */
  ifMatch?: string;
}

/**
 * Writes a small JSON object of the action's own (manifest, lock) and returns its ETag. A
 * condition that does not hold is thrown as S3's error (see `isPreconditionFailed`).
 */
export async function putText(
  s3: S3Client,
  bucket: string,
  key: string,
  text: string,
  condition: Condition = {},
  signal?: AbortSignal,
): Promise<string> {
  try {
    const answer = await s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: key,
        Body: text,
        ContentType: "application/json",
        CacheControl: "no-store",
        ...(condition.ifNoneMatch ? { IfNoneMatch: condition.ifNoneMatch } : {}),
        ...(condition.ifMatch ? { IfMatch: condition.ifMatch } : {}),
      }),
      signal ? { abortSignal: signal } : {},
    );
    return answer.ETag ?? "";
  } catch (error) {
    if (isPreconditionFailed(error)) throw error;
    throw bucketError(error, bucket, `PutObject ${key}`);
  }
}

/** Deletes one object only while it still has `etag`; a condition that fails is thrown as is. */
export async function deleteIfUnchanged(
  s3: S3Client,
  bucket: string,
  key: string,
  etag: string,
  signal?: AbortSignal,
): Promise<void> {
  try {
    await s3.send(
      new DeleteObjectCommand({ Bucket: bucket, Key: key, IfMatch: etag }),
      signal ? { abortSignal: signal } : {},
    );
  } catch (error) {
    if (isPreconditionFailed(error)) throw error;
    throw bucketError(error, bucket, `DeleteObject ${key}`);
  }
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
