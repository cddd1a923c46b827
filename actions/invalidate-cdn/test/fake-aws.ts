import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * Just enough of S3 (ListObjectsV2, PutObject, DeleteObjects) and CloudFront
 * (CreateInvalidation, GetInvalidation) on 127.0.0.1 for running the bundled action in a child
 * process, where aws-sdk-client-mock cannot reach. S3 clients use path-style URLs for an IP
 * endpoint, so `/{bucket}/{key}` is all the routing needed.
 */
export interface StoredObject {
  body: Buffer;
  contentType?: string;
  cacheControl?: string;
}

export interface FakeAws {
  url: string;
  /** `PUT key`, `DELETE key`, `LIST`, `INVALIDATE /a /b`, `GET-INVALIDATION id`, in order. */
  requests: string[];
  buckets: Map<string, Map<string, StoredObject>>;
  /** Buckets that answer every request with 403 AccessDenied. */
  denied: Set<string>;
  close(): Promise<void>;
}

const xmlEscape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const xmlUnescape = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
const tags = (xml: string, tag: string) =>
  [...xml.matchAll(new RegExp(`<${tag}>([^<]*)</${tag}>`, "g"))].map((m) => xmlUnescape(m[1] ?? ""));
const md5 = (body: Buffer) => createHash("md5").update(body).digest("hex");

function reply(res: ServerResponse, status: number, xml: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": "application/xml", ...headers });
  res.end(`<?xml version="1.0" encoding="UTF-8"?>\n${xml}`);
}

export async function startFakeAws(): Promise<FakeAws> {
  const fake: Omit<FakeAws, "url" | "close"> = { requests: [], buckets: new Map(), denied: new Set() };
  const invalidations = new Map<string, string[]>();

  const handle = (req: IncomingMessage, body: Buffer, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://fake");
    const cloudfront = /^\/2020-05-31\/distribution\/([^/]+)\/invalidation(?:\/([^/]+))?$/.exec(url.pathname);
    if (cloudfront) {
      const [, , id] = cloudfront;
      if (req.method === "POST") {
        const paths = tags(body.toString(), "Path");
        const newId = `I${invalidations.size + 1}FAKE`;
        invalidations.set(newId, paths);
        fake.requests.push(`INVALIDATE ${paths.join(" ")}`);
        return reply(
          res,
          201,
          invalidationXml(newId, "InProgress", paths, tags(body.toString(), "CallerReference")[0]),
          {
            location: `${url.origin}${url.pathname}/${newId}`,
          },
        );
      }
      fake.requests.push(`GET-INVALIDATION ${id}`);
      return reply(
        res,
        200,
        invalidationXml(id ?? "", "Completed", invalidations.get(id ?? "") ?? [], "ref"),
      );
    }
    const [, bucketName = "", ...rest] = url.pathname.split("/");
    const key = rest.map(decodeURIComponent).join("/");
    if (fake.denied.has(bucketName)) {
      return reply(res, 403, "<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>");
    }
    const bucket = fake.buckets.get(bucketName);
    if (!bucket) {
      return reply(
        res,
        404,
        `<Error><Code>NoSuchBucket</Code><Message>The specified bucket does not exist</Message><BucketName>${bucketName}</BucketName></Error>`,
      );
    }
    if (req.method === "GET" && key === "" && url.searchParams.get("list-type") === "2") {
      fake.requests.push("LIST");
      const contents = [...bucket.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(
          ([k, o]) =>
            `<Contents><Key>${xmlEscape(k)}</Key><ETag>&quot;${md5(o.body)}&quot;</ETag><Size>${o.body.length}</Size><StorageClass>STANDARD</StorageClass></Contents>`,
        );
      return reply(
        res,
        200,
        `<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>${bucketName}</Name><KeyCount>${contents.length}</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated>${contents.join("")}</ListBucketResult>`,
      );
    }
    if (req.method === "PUT" && key !== "") {
      fake.requests.push(`PUT ${key}`);
      bucket.set(key, {
        body,
        ...(req.headers["content-type"] ? { contentType: req.headers["content-type"] } : {}),
        ...(req.headers["cache-control"] ? { cacheControl: req.headers["cache-control"] } : {}),
      });
      res.writeHead(200, { etag: `"${md5(body)}"` });
      return res.end();
    }
    if (req.method === "POST" && url.searchParams.has("delete")) {
      const keys = tags(body.toString(), "Key");
      for (const k of keys) bucket.delete(k);
      fake.requests.push(`DELETE ${keys.join(",")}`);
      return reply(res, 200, `<DeleteResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"></DeleteResult>`);
    }
    reply(
      res,
      501,
      `<Error><Code>NotImplemented</Code><Message>${req.method} ${url.pathname}</Message></Error>`,
    );
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => handle(req, Buffer.concat(chunks), res));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    ...fake,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

function invalidationXml(id: string, status: string, paths: string[], reference = "ref"): string {
  const items = paths.map((p) => `<Path>${xmlEscape(p)}</Path>`).join("");
  return (
    `<Invalidation xmlns="http://cloudfront.amazonaws.com/doc/2020-05-31/"><Id>${id}</Id><Status>${status}</Status>` +
    `<CreateTime>2026-11-25T09:00:00Z</CreateTime><InvalidationBatch><Paths><Quantity>${paths.length}</Quantity>` +
    `<Items>${items}</Items></Paths><CallerReference>${xmlEscape(reference)}</CallerReference></InvalidationBatch></Invalidation>`
  );
}
