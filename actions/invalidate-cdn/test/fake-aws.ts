import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * Just enough of S3 (ListObjectsV2, GetObject, PutObject with `If-None-Match` / `If-Match`,
 * DeleteObject with `If-Match`, DeleteObjects) and CloudFront (GetDistribution,
 * CreateInvalidation honouring `CallerReference`, GetInvalidation) on 127.0.0.1, answering
 * with AWS's own status codes and error bodies. It serves the bundled action in a child
 * process, where aws-sdk-client-mock cannot reach, and the real SDK clients in-process. S3
 * clients use path-style URLs for an IP endpoint, so `/{bucket}/{key}` is all the routing needed.
 */
export interface StoredObject {
  body: Buffer;
  contentType?: string;
  cacheControl?: string;
  lastModified?: Date;
}

export interface FakeInvalidation {
  id: string;
  distributionId: string;
  callerReference: string;
  paths: string[];
  /** GetInvalidation answers InProgress this many more times, then Completed. */
  pollsLeft: number;
}

export interface FakeAws {
  url: string;
  /**
   * In order: `LIST`, `GET key`, `PUT key` (`PUT key if-none-match=*`, `PUT key if-match`),
   * `DELETE-OBJECT key`, `DELETE a,b`, `GET-DISTRIBUTION id`, `INVALIDATE /a /b`,
   * `GET-INVALIDATION id`; refused requests end in ` -> 412` (or the error code).
   */
  requests: string[];
  buckets: Map<string, Map<string, StoredObject>>;
  /** Buckets that answer every request with 403 AccessDenied. */
  denied: Set<string>;
  /** Distributions that exist; any other id answers 404 NoSuchDistribution. */
  distributions: Set<string>;
  invalidations: FakeInvalidation[];
  /** Error codes the next CreateInvalidation calls answer with, one each (AccessDenied 403, others 400). */
  failInvalidations: string[];
  /** How many InProgress answers a new invalidation gives before Completed. */
  invalidationPolls: number;
  /** Called before each request is handled, to interleave things in tests. */
  onRequest?: (line: string) => void | Promise<void>;
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
const etagOf = (object: StoredObject) => `"${md5(object.body)}"`;

function reply(res: ServerResponse, status: number, xml: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": "application/xml", "x-amz-request-id": "FAKE0001", ...headers });
  res.end(`<?xml version="1.0" encoding="UTF-8"?>\n${xml}`);
}

/** S3's error body: `<Error><Code>…` at the top level. */
const s3Error = (res: ServerResponse, status: number, code: string, message: string, extra = "") =>
  reply(
    res,
    status,
    `<Error><Code>${code}</Code><Message>${message}</Message>${extra}<RequestId>FAKE0001</RequestId><HostId>fake</HostId></Error>`,
  );

/** CloudFront's error body: `<ErrorResponse><Error><Type>Sender</Type><Code>…`. */
const cloudfrontError = (res: ServerResponse, status: number, code: string, message: string) =>
  reply(
    res,
    status,
    `<ErrorResponse xmlns="http://cloudfront.amazonaws.com/doc/2020-05-31/"><Error><Type>Sender</Type>` +
      `<Code>${code}</Code><Message>${message}</Message></Error><RequestId>FAKE0001</RequestId></ErrorResponse>`,
  );

export async function startFakeAws(): Promise<FakeAws> {
  const fake: Omit<FakeAws, "url" | "close"> = {
    requests: [],
    buckets: new Map(),
    denied: new Set(),
    distributions: new Set(),
    invalidations: [],
    failInvalidations: [],
    invalidationPolls: 0,
  };
  const log = (line: string) => {
    fake.requests.push(line);
  };

  const cloudfront = (req: IncomingMessage, url: URL, body: Buffer, res: ServerResponse) => {
    const distribution = /^\/2020-05-31\/distribution\/([^/]+)$/.exec(url.pathname);
    if (distribution && req.method === "GET") {
      const id = distribution[1] ?? "";
      log(`GET-DISTRIBUTION ${id}`);
      if (!fake.distributions.has(id)) {
        return cloudfrontError(res, 404, "NoSuchDistribution", "The specified distribution does not exist.");
      }
      return reply(
        res,
        200,
        `<Distribution xmlns="http://cloudfront.amazonaws.com/doc/2020-05-31/"><Id>${id}</Id>` +
          `<ARN>arn:aws:cloudfront::123456789012:distribution/${id}</ARN><Status>Deployed</Status>` +
          `<LastModifiedTime>2026-11-25T09:00:00Z</LastModifiedTime><InProgressInvalidationBatches>0</InProgressInvalidationBatches>` +
          `<DomainName>d111111abcdef8.cloudfront.net</DomainName></Distribution>`,
        { etag: "E2QWRUHAPOMQZL" },
      );
    }
    const invalidation = /^\/2020-05-31\/distribution\/([^/]+)\/invalidation(?:\/([^/]+))?$/.exec(
      url.pathname,
    );
    if (!invalidation) return cloudfrontError(res, 404, "NotImplemented", `${req.method} ${url.pathname}`);
    const [, distributionId = "", id] = invalidation;
    if (req.method === "POST") {
      const paths = tags(body.toString(), "Path");
      const callerReference = tags(body.toString(), "CallerReference")[0] ?? "";
      log(`INVALIDATE ${paths.join(" ")}`);
      if (!fake.distributions.has(distributionId)) {
        return cloudfrontError(res, 404, "NoSuchDistribution", "The specified distribution does not exist.");
      }
      const failure = fake.failInvalidations.shift();
      if (failure) {
        fake.requests[fake.requests.length - 1] += ` -> ${failure}`;
        return cloudfrontError(res, failure === "AccessDenied" ? 403 : 400, failure, `${failure} (fake)`);
      }
      // CloudFront's idempotency: the same reference with the same paths returns the earlier
      // invalidation (200, not 201); with other paths it is an error.
      const earlier = fake.invalidations.find(
        (i) => i.distributionId === distributionId && i.callerReference === callerReference,
      );
      if (earlier) {
        if (earlier.paths.join("\n") !== paths.join("\n")) {
          return cloudfrontError(
            res,
            409,
            "InvalidationBatchAlreadyExists",
            "The caller reference that you are using to create an invalidation batch is already in use.",
          );
        }
        fake.requests[fake.requests.length - 1] += ` -> existing ${earlier.id}`;
        return reply(res, 200, invalidationXml(earlier, earlier.pollsLeft > 0 ? "InProgress" : "Completed"));
      }
      const created: FakeInvalidation = {
        id: `I${fake.invalidations.length + 1}FAKE`,
        distributionId,
        callerReference,
        paths,
        pollsLeft: fake.invalidationPolls,
      };
      fake.invalidations.push(created);
      return reply(res, 201, invalidationXml(created, "InProgress"), {
        location: `${url.origin}${url.pathname}/${created.id}`,
      });
    }
    log(`GET-INVALIDATION ${id}`);
    const found = fake.invalidations.find((i) => i.id === id && i.distributionId === distributionId);
    if (!found)
      return cloudfrontError(res, 404, "NoSuchInvalidation", "The specified invalidation does not exist.");
    const status = found.pollsLeft > 0 ? "InProgress" : "Completed";
    found.pollsLeft -= 1;
    return reply(res, 200, invalidationXml(found, status));
  };

  const s3 = (req: IncomingMessage, url: URL, body: Buffer, res: ServerResponse) => {
    const [, bucketName = "", ...rest] = url.pathname.split("/");
    const key = rest.map(decodeURIComponent).join("/");
    if (fake.denied.has(bucketName)) return s3Error(res, 403, "AccessDenied", "Access Denied");
    const bucket = fake.buckets.get(bucketName);
    if (!bucket) {
      return s3Error(
        res,
        404,
        "NoSuchBucket",
        "The specified bucket does not exist",
        `<BucketName>${bucketName}</BucketName>`,
      );
    }
    if (req.method === "GET" && key === "" && url.searchParams.get("list-type") === "2") {
      log("LIST");
      const contents = [...bucket.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(
          ([k, o]) =>
            `<Contents><Key>${xmlEscape(k)}</Key><ETag>${xmlEscape(etagOf(o))}</ETag><Size>${o.body.length}</Size><StorageClass>STANDARD</StorageClass></Contents>`,
        );
      return reply(
        res,
        200,
        `<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>${bucketName}</Name><KeyCount>${contents.length}</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated>${contents.join("")}</ListBucketResult>`,
      );
    }
    const existing = bucket.get(key);
    const ifNoneMatch = req.headers["if-none-match"];
    const ifMatch = req.headers["if-match"];
    const condition = ifNoneMatch ? ` if-none-match=${ifNoneMatch}` : ifMatch ? " if-match" : "";
    // S3's answer to a conditional write or delete whose condition does not hold.
    const preconditionFailed = (header: string) => {
      fake.requests[fake.requests.length - 1] += " -> 412";
      return s3Error(
        res,
        412,
        "PreconditionFailed",
        "At least one of the pre-conditions you specified did not hold",
        `<Condition>${header}</Condition>`,
      );
    };
    if (req.method === "GET" && key !== "") {
      log(`GET ${key}`);
      if (!existing) {
        return s3Error(
          res,
          404,
          "NoSuchKey",
          "The specified key does not exist.",
          `<Key>${xmlEscape(key)}</Key>`,
        );
      }
      res.writeHead(200, {
        etag: etagOf(existing),
        "content-type": existing.contentType ?? "binary/octet-stream",
        "last-modified": (existing.lastModified ?? new Date()).toUTCString(),
        "content-length": String(existing.body.length),
      });
      return res.end(existing.body);
    }
    if (req.method === "PUT" && key !== "") {
      log(`PUT ${key}${condition}`);
      if (ifNoneMatch === "*" && existing) return preconditionFailed("If-None-Match");
      if (ifMatch !== undefined) {
        if (!existing) return s3Error(res, 404, "NoSuchKey", "The specified key does not exist.");
        if (ifMatch !== etagOf(existing)) return preconditionFailed("If-Match");
      }
      bucket.set(key, {
        body,
        lastModified: new Date(),
        ...(req.headers["content-type"] ? { contentType: req.headers["content-type"] } : {}),
        ...(req.headers["cache-control"] ? { cacheControl: req.headers["cache-control"] } : {}),
      });
      res.writeHead(200, { etag: `"${md5(body)}"`, "x-amz-request-id": "FAKE0001" });
      return res.end();
    }
    if (req.method === "DELETE" && key !== "") {
      log(`DELETE-OBJECT ${key}${condition}`);
      if (ifMatch !== undefined && existing && ifMatch !== etagOf(existing))
        return preconditionFailed("If-Match");
      bucket.delete(key);
      res.writeHead(204, { "x-amz-request-id": "FAKE0001" });
      return res.end();
    }
    if (req.method === "POST" && url.searchParams.has("delete")) {
      const keys = tags(body.toString(), "Key");
      for (const k of keys) bucket.delete(k);
      log(`DELETE ${keys.join(",")}`);
      return reply(res, 200, `<DeleteResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"></DeleteResult>`);
    }
    s3Error(res, 501, "NotImplemented", `${req.method} ${url.pathname}`);
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://fake");
      const body = Buffer.concat(chunks);
      void Promise.resolve(fake.onRequest?.(`${req.method} ${url.pathname}`)).then(() =>
        url.pathname.startsWith("/2020-05-31/") ? cloudfront(req, url, body, res) : s3(req, url, body, res),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const started = fake as FakeAws;
  started.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  started.close = () => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(() => resolve()));
  };
  return started;
}

function invalidationXml(invalidation: FakeInvalidation, status: string): string {
  const items = invalidation.paths.map((p) => `<Path>${xmlEscape(p)}</Path>`).join("");
  return (
    `<Invalidation xmlns="http://cloudfront.amazonaws.com/doc/2020-05-31/"><Id>${invalidation.id}</Id><Status>${status}</Status>` +
    `<CreateTime>2026-11-25T09:00:00Z</CreateTime><InvalidationBatch><Paths><Quantity>${invalidation.paths.length}</Quantity>` +
    `<Items>${items}</Items></Paths><CallerReference>${xmlEscape(invalidation.callerReference)}</CallerReference></InvalidationBatch></Invalidation>`
  );
}
