import {
  CloudFrontClient,
  CreateInvalidationCommand,
  GetDistributionCommand,
  GetInvalidationCommand,
} from "@aws-sdk/client-cloudfront";
import {
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { mockClient } from "aws-sdk-client-mock";
import { WaitTimeoutError } from "../../lib/src/index";
import { deploySite, type DeployOptions } from "../src/deploy";
import { IMMUTABLE, NO_CACHE, SHORT } from "../src/headers";
import { md5Hex, type LocalFile } from "../src/plan";

const s3Mock = mockClient(S3Client);
const cfMock = mockClient(CloudFrontClient);
const s3 = new S3Client({ region: "us-east-2" });
const cloudfront = new CloudFrontClient({ region: "us-east-1" });

const file = (key: string, text = key): LocalFile => {
  const body = new TextEncoder().encode(text);
  return { key, body, md5: md5Hex(body) };
};
const etag = (f: LocalFile) => `"${f.md5}"`;

const index = file("index.html", "<html>v2</html>");
const config = file("config.json", '{"apiUrl":"https://api"}');
const js = file("assets/index-BwXk3a9Q.js", "console.log(2)");
const css = file("assets/index-D2f9gQ1c.css", "body{}");
const favicon = file("favicon.svg", "<svg/>");
const site = [index, config, js, css, favicon];

let lines: string[];
const options = (overrides: Partial<DeployOptions> = {}): DeployOptions => ({
  s3,
  cloudfront,
  bucket: "trip-web",
  distributionId: "E2ABCDEF12345",
  files: site,
  wait: true,
  timeoutSeconds: 5,
  keepReleases: 3,
  lockWaitSeconds: 5,
  log: (line) => lines.push(line),
  pollDelaySeconds: { minDelaySeconds: 0.01, maxDelaySeconds: 0.02 },
  ...overrides,
});

/** Every S3 request in the order it was sent, as "Command key"; the action's own objects too with `state`. */
const s3Sequence = ({ state = false } = {}) =>
  s3Mock
    .calls()
    .map((call) => {
      const command = call.args[0];
      if (command instanceof ListObjectsV2Command) return "ListObjectsV2";
      if (
        command instanceof PutObjectCommand ||
        command instanceof GetObjectCommand ||
        command instanceof DeleteObjectCommand
      ) {
        return `${command.constructor.name.replace(/Command$/, "")} ${command.input.Key}`;
      }
      if (command instanceof DeleteObjectsCommand) {
        return `DeleteObjects ${command.input.Delete?.Objects?.map((o) => o.Key).join(",")}`;
      }
      return command.constructor.name;
    })
    .filter((line) => state || !line.includes(" .invalidate-cdn/"));

const s3Error = (name: string, httpStatusCode: number, message: string) =>
  new S3ServiceException({ name, $fault: "client", $metadata: { httpStatusCode }, message });

/** A release manifest in the bucket, as GetObject returns it. */
const storedManifest = (releases: Array<{ id: string; keys: string[] }>) => {
  const text = JSON.stringify({
    version: 1,
    releases: releases.map((r) => ({ ...r, createdAt: "2026-12-01T00:00:00.000Z" })),
  });
  s3Mock.on(GetObjectCommand, { Key: ".invalidate-cdn/releases.json" }).resolves({
    ETag: '"m"',
    Body: { transformToString: async () => text } as never,
  });
};

beforeEach(() => {
  lines = [];
  s3Mock.reset();
  cfMock.reset();
  s3Mock.on(PutObjectCommand).resolves({ ETag: '"x"' });
  s3Mock.on(GetObjectCommand).rejects(s3Error("NoSuchKey", 404, "The specified key does not exist."));
  s3Mock.on(DeleteObjectCommand).resolves({});
  s3Mock.on(DeleteObjectsCommand).resolves({ Deleted: [] });
  cfMock.on(GetDistributionCommand).resolves({
    Distribution: {
      Id: "E2ABCDEF12345",
      ARN: "arn:aws:cloudfront::123456789012:distribution/E2ABCDEF12345",
      Status: "Deployed",
      LastModifiedTime: new Date(),
      InProgressInvalidationBatches: 0,
      DomainName: "d111111abcdef8.cloudfront.net",
      ActiveTrustedSigners: undefined,
      DistributionConfig: undefined,
    },
  });
  cfMock.on(CreateInvalidationCommand).resolves({
    Invalidation: {
      Id: "I2J3EXAMPLE",
      Status: "InProgress",
      CreateTime: new Date(),
      InvalidationBatch: undefined,
    },
  });
  cfMock
    .on(GetInvalidationCommand)
    .resolvesOnce({
      Invalidation: {
        Id: "I2J3EXAMPLE",
        Status: "InProgress",
        CreateTime: new Date(),
        InvalidationBatch: undefined,
      },
    })
    .resolves({
      Invalidation: {
        Id: "I2J3EXAMPLE",
        Status: "Completed",
        CreateTime: new Date(),
        InvalidationBatch: undefined,
      },
    });
});

describe("deploySite", () => {
  test("checks the distribution, takes the lock, uploads assets first and index.html last, invalidates, waits, releases the lock", async () => {
    s3Mock.on(ListObjectsV2Command).resolves({
      Contents: [
        { Key: "index.html", ETag: '"00000000000000000000000000000001"' },
        { Key: "config.json", ETag: etag(config) },
        { Key: "assets/index-D2f9gQ1c.css", ETag: etag(css) },
        { Key: "favicon.svg", ETag: '"00000000000000000000000000000002"' },
        { Key: "assets/index-OldHash1.js", ETag: '"00000000000000000000000000000003"' },
        { Key: "robots.txt", ETag: '"00000000000000000000000000000004"' },
      ],
    });
    const report = await deploySite(options());

    expect(cfMock.calls()[0]?.args[0]).toBeInstanceOf(GetDistributionCommand);
    expect(cfMock.commandCalls(GetDistributionCommand)[0]?.args[0].input).toEqual({ Id: "E2ABCDEF12345" });
    // A bucket without a manifest: what it held is kept as the release before this one.
    expect(s3Sequence({ state: true })).toEqual([
      "PutObject .invalidate-cdn/lock.json",
      "GetObject .invalidate-cdn/releases.json",
      "ListObjectsV2",
      "PutObject .invalidate-cdn/releases.json",
      "PutObject assets/index-BwXk3a9Q.js",
      "PutObject favicon.svg",
      "PutObject index.html",
      "PutObject .invalidate-cdn/releases.json",
      "DeleteObject .invalidate-cdn/lock.json",
    ]);
    const lock = s3Mock.commandCalls(PutObjectCommand)[0]?.args[0].input;
    expect(lock).toMatchObject({ Bucket: "trip-web", Key: ".invalidate-cdn/lock.json", IfNoneMatch: "*" });
    expect(s3Mock.commandCalls(DeleteObjectCommand)[0]?.args[0].input).toEqual({
      Bucket: "trip-web",
      Key: ".invalidate-cdn/lock.json",
      IfMatch: '"x"',
    });
    expect(report.plan.unchanged).toEqual(["assets/index-D2f9gQ1c.css", "config.json"]);
    expect(report.deleted).toEqual([]);
    const created = cfMock.commandCalls(CreateInvalidationCommand)[0]?.args[0].input;
    expect(created?.DistributionId).toBe("E2ABCDEF12345");
    expect(created?.InvalidationBatch?.Paths).toEqual({
      Quantity: 3,
      Items: ["/", "/favicon.svg", "/index.html"],
    });
    expect(created?.InvalidationBatch?.CallerReference).toMatch(/^invalidate-cdn-[0-9a-f]{40}$/);
    expect(cfMock.commandCalls(GetInvalidationCommand).map((c) => c.args[0].input)).toEqual([
      { DistributionId: "E2ABCDEF12345", Id: "I2J3EXAMPLE" },
      { DistributionId: "E2ABCDEF12345", Id: "I2J3EXAMPLE" },
    ]);
    expect(report).toMatchObject({ invalidationId: "I2J3EXAMPLE", waited: true });
    expect(lines.some((l) => /invalidation I2J3EXAMPLE: InProgress/.test(l))).toBe(true);
    expect(lines).toContain("Invalidation I2J3EXAMPLE completed");
  });

  test("sets Content-Type and Cache-Control per file type and sends the bytes", async () => {
    s3Mock.on(ListObjectsV2Command).resolves({});
    await deploySite(options());
    const puts = s3Mock
      .commandCalls(PutObjectCommand)
      .map((call) => call.args[0].input)
      .filter((input) => !input.Key?.startsWith(".invalidate-cdn/"));
    expect(puts.map((p) => [p.Key, p.ContentType, p.CacheControl])).toEqual([
      ["assets/index-BwXk3a9Q.js", "text/javascript; charset=utf-8", IMMUTABLE],
      ["assets/index-D2f9gQ1c.css", "text/css; charset=utf-8", IMMUTABLE],
      ["favicon.svg", "image/svg+xml", SHORT],
      ["config.json", "application/json; charset=utf-8", NO_CACHE],
      ["index.html", "text/html; charset=utf-8", NO_CACHE],
    ]);
    expect(puts.every((p) => p.Bucket === "trip-web")).toBe(true);
    expect(new TextDecoder().decode(puts[4]?.Body as Uint8Array)).toBe("<html>v2</html>");
  });

  test("reads every page of the listing", async () => {
    s3Mock
      .on(ListObjectsV2Command)
      .resolvesOnce({
        Contents: [{ Key: "index.html", ETag: etag(index) }],
        IsTruncated: true,
        NextContinuationToken: "t2",
      })
      .resolves({ Contents: site.slice(1).map((f) => ({ Key: f.key, ETag: etag(f) })), IsTruncated: false });
    const report = await deploySite(options());
    // The paginator reuses one input object, so only the last token is visible afterwards.
    const listings = s3Mock.commandCalls(ListObjectsV2Command).map((c) => c.args[0].input);
    expect(listings).toHaveLength(2);
    expect(listings[1]).toMatchObject({ Bucket: "trip-web", ContinuationToken: "t2" });
    expect(report.plan.unchanged).toHaveLength(5);
  });

  test("nothing changed: no upload, no delete, no invalidation", async () => {
    s3Mock.on(ListObjectsV2Command).resolves({ Contents: site.map((f) => ({ Key: f.key, ETag: etag(f) })) });
    const report = await deploySite(options());
    expect(s3Sequence()).toEqual(["ListObjectsV2"]);
    expect(cfMock.commandCalls(CreateInvalidationCommand)).toHaveLength(0);
    expect(report.invalidationId).toBeUndefined();
    expect(lines).toContain("Nothing served under a stable name changed: no invalidation needed");
  });

  test("only hashed assets changed: uploaded, the kept release's ones stay, no invalidation", async () => {
    storedManifest([
      { id: "R1", keys: [...site.filter((f) => f !== js).map((f) => f.key), "assets/index-OldHash1.js"] },
    ]);
    s3Mock.on(ListObjectsV2Command).resolves({
      Contents: [...site.filter((f) => f !== js), file("assets/index-OldHash1.js")].map((f) => ({
        Key: f.key,
        ETag: etag(f),
      })),
    });
    const report = await deploySite(options());
    expect(s3Sequence()).toEqual(["ListObjectsV2", "PutObject assets/index-BwXk3a9Q.js"]);
    expect(report.kept).toBe(2);
    expect(cfMock.commandCalls(CreateInvalidationCommand)).toHaveLength(0);
  });

  test("more than 15 changed paths invalidate /* and say so", async () => {
    s3Mock.on(ListObjectsV2Command).resolves({});
    const pages = Array.from({ length: 20 }, (_, i) => file(`img/photo${i}.png`));
    await deploySite(options({ files: [...site, ...pages] }));
    expect(cfMock.commandCalls(CreateInvalidationCommand)[0]?.args[0].input.InvalidationBatch?.Paths).toEqual(
      {
        Quantity: 1,
        Items: ["/*"],
      },
    );
    expect(lines).toContain("24 paths changed, more than 15: invalidating /* instead");
  });

  test("wait false returns the invalidation id without polling", async () => {
    s3Mock.on(ListObjectsV2Command).resolves({});
    const report = await deploySite(options({ wait: false }));
    expect(report).toMatchObject({ invalidationId: "I2J3EXAMPLE", waited: false });
    expect(cfMock.commandCalls(GetInvalidationCommand)).toHaveLength(0);
  });

  test("an invalidation that does not complete in time fails the wait", async () => {
    s3Mock.on(ListObjectsV2Command).resolves({});
    cfMock.on(GetInvalidationCommand).resolves({
      Invalidation: {
        Id: "I2J3EXAMPLE",
        Status: "InProgress",
        CreateTime: new Date(),
        InvalidationBatch: undefined,
      },
    });
    await expect(deploySite(options({ timeoutSeconds: 0.2 }))).rejects.toBeInstanceOf(WaitTimeoutError);
  });

  test("access denied on the bucket names the bucket and the permissions", async () => {
    s3Mock.on(ListObjectsV2Command).rejects(
      new S3ServiceException({
        name: "AccessDenied",
        $fault: "client",
        $metadata: { httpStatusCode: 403 },
        message: "Access Denied",
      }),
    );
    await expect(deploySite(options())).rejects.toThrow(
      'Access denied to bucket "trip-web" (ListObjectsV2): the role needs s3:ListBucket on arn:aws:s3:::trip-web',
    );
    expect(s3Sequence().filter((line) => line.startsWith("PutObject"))).toEqual([]);
    expect(s3Sequence({ state: true }).at(-1)).toBe("DeleteObject .invalidate-cdn/lock.json");
  });

  test("a failed upload stops before index.html and before any delete", async () => {
    s3Mock
      .on(ListObjectsV2Command)
      .resolves({ Contents: [{ Key: "old.txt", ETag: '"00000000000000000000000000000004"' }] });
    s3Mock.on(PutObjectCommand, { Key: "favicon.svg" }).rejects(
      new S3ServiceException({
        name: "AccessDenied",
        $fault: "client",
        $metadata: { httpStatusCode: 403 },
        message: "Access Denied",
      }),
    );
    await expect(deploySite(options())).rejects.toThrow(
      /Access denied to bucket "trip-web" \(PutObject favicon.svg\)/,
    );
    const sent = s3Sequence();
    expect(sent).not.toContain("PutObject index.html");
    expect(sent.some((s) => s.startsWith("DeleteObjects"))).toBe(false);
  });

  test("per-key delete errors fail the step", async () => {
    storedManifest([
      { id: "R0", keys: ["old.txt"] },
      { id: "R1", keys: ["index.html"] },
    ]);
    s3Mock.on(ListObjectsV2Command).resolves({ Contents: [{ Key: "old.txt" }] });
    s3Mock
      .on(DeleteObjectsCommand)
      .resolves({ Errors: [{ Key: "old.txt", Code: "AccessDenied", Message: "Access Denied" }] });
    await expect(deploySite(options({ keepReleases: 2 }))).rejects.toThrow(
      /Access denied to bucket "trip-web" \(DeleteObjects\).*old.txt/,
    );
  });
});
