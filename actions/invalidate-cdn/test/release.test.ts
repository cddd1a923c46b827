// Releases against the protocol-level fake with the real SDK clients: what the bucket holds and
// the exact order of requests, for the guarantees README states (issue 14).
import { CloudFrontClient } from "@aws-sdk/client-cloudfront";
import { S3Client } from "@aws-sdk/client-s3";
import { deploySite, type DeployOptions } from "../src/deploy";
import { md5Hex, type LocalFile } from "../src/plan";
import { LOCK_KEY, MANIFEST_KEY, parseManifest } from "../src/releases";
import { deploySummary } from "../src/summary";
import { startFakeAws, type FakeAws } from "./fake-aws";

const DISTRIBUTION = "E2ABCDEF12345";
const BUCKET = "trip-web";
const credentials = { accessKeyId: "AKIDFAKE", secretAccessKey: "fake" };

let aws: FakeAws;
let s3: S3Client;
let cloudfront: CloudFrontClient;
let lines: string[];

beforeAll(async () => {
  aws = await startFakeAws();
  s3 = new S3Client({
    region: "us-east-2",
    endpoint: aws.url,
    forcePathStyle: true,
    credentials,
    maxAttempts: 1,
  });
  cloudfront = new CloudFrontClient({ region: "us-east-1", endpoint: aws.url, credentials, maxAttempts: 1 });
});
afterAll(() => aws.close());
beforeEach(() => {
  lines = [];
  aws.requests.length = 0;
  aws.buckets.set(BUCKET, new Map());
  aws.distributions.clear();
  aws.distributions.add(DISTRIBUTION);
  aws.invalidations.length = 0;
  aws.failInvalidations.length = 0;
  aws.invalidationPolls = 0;
  delete aws.onRequest;
});

const file = (key: string, text = key): LocalFile => {
  const body = new TextEncoder().encode(text);
  return { key, body, md5: md5Hex(body) };
};

/** Release `n` of the web app: its own hashed chunk, and an index.html that loads it. */
const release = (n: number): LocalFile[] => [
  file("index.html", `<script src="/assets/index-Release0${n}.js"></script>`),
  file(`assets/index-Release0${n}.js`, `console.log(${n})`),
  file("favicon.svg", "<svg/>"),
];

const options = (files: LocalFile[], overrides: Partial<DeployOptions> = {}): DeployOptions => ({
  s3,
  cloudfront,
  bucket: BUCKET,
  distributionId: DISTRIBUTION,
  files,
  wait: true,
  timeoutSeconds: 5,
  keepReleases: 2,
  lockWaitSeconds: 5,
  holder: { repository: "family/trip", runId: "100", runAttempt: 1 },
  log: (line) => lines.push(line),
  pollDelaySeconds: { minDelaySeconds: 0.01, maxDelaySeconds: 0.02 },
  ...overrides,
});

const keys = () => [...(aws.buckets.get(BUCKET)?.keys() ?? [])].filter((k) => !k.startsWith(".")).sort();
const manifest = () => {
  const stored = aws.buckets.get(BUCKET)?.get(MANIFEST_KEY);
  return stored ? parseManifest(stored.body.toString(), MANIFEST_KEY) : undefined;
};
const putLock = (holder: object) =>
  aws.buckets
    .get(BUCKET)
    ?.set(LOCK_KEY, { body: Buffer.from(JSON.stringify(holder)), lastModified: new Date() });

describe("keep the previous releases", () => {
  test("a new release keeps the previous one's chunks; past keep-releases they go, after the invalidation completed", async () => {
    await deploySite(options(release(1)));
    await deploySite(options(release(2)));
    // Today's code deleted assets/index-Release01.js here, while open tabs still load it.
    expect(keys()).toEqual([
      "assets/index-Release01.js",
      "assets/index-Release02.js",
      "favicon.svg",
      "index.html",
    ]);

    aws.requests.length = 0;
    aws.invalidationPolls = 1;
    const report = await deploySite(options(release(3)));
    expect(keys()).toEqual([
      "assets/index-Release02.js",
      "assets/index-Release03.js",
      "favicon.svg",
      "index.html",
    ]);
    expect(report.deleted).toEqual(["assets/index-Release01.js"]);
    expect(aws.requests).toEqual([
      `GET-DISTRIBUTION ${DISTRIBUTION}`,
      `PUT ${LOCK_KEY} if-none-match=*`,
      `GET ${MANIFEST_KEY}`,
      "LIST",
      `PUT ${MANIFEST_KEY}`,
      "PUT assets/index-Release03.js",
      "PUT index.html",
      "INVALIDATE / /index.html",
      "GET-INVALIDATION I3FAKE",
      "GET-INVALIDATION I3FAKE",
      `PUT ${MANIFEST_KEY}`,
      "DELETE assets/index-Release01.js",
      `DELETE-OBJECT ${LOCK_KEY} if-match`,
    ]);
    expect(manifest()?.releases.map((r) => r.keys.find((k) => k.startsWith("assets/")))).toEqual([
      "assets/index-Release02.js",
      "assets/index-Release03.js",
    ]);
    expect(manifest()?.pending).toBeUndefined();
  });

  test("a bucket filled before the manifest existed keeps what it holds as one release", async () => {
    aws.buckets.get(BUCKET)?.set("assets/index-OldBuild1.js", { body: Buffer.from("old") });
    const report = await deploySite(options(release(1)));
    expect(keys()).toContain("assets/index-OldBuild1.js");
    expect(report.deleted).toEqual([]);
    expect(manifest()?.releases.map((r) => r.id)).toEqual(["before-manifest", report.release?.id]);
  });

  test("with wait false nothing is deleted until a later run sees the invalidation completed", async () => {
    await deploySite(options(release(1)));
    await deploySite(options(release(2)));
    aws.invalidationPolls = 100;
    const third = await deploySite(options(release(3), { wait: false }));
    expect(third.deferred).toEqual(["assets/index-Release01.js"]);
    expect(keys()).toContain("assets/index-Release01.js");
    expect(manifest()?.pending).toEqual({ keys: ["index.html"], invalidationId: "I3FAKE" });

    // The same release again: its invalidation is still running, so the re-run gets it back
    // (same CallerReference), waits for it, and only then deletes.
    aws.requests.length = 0;
    (aws.invalidations[2] as { pollsLeft: number }).pollsLeft = 1;
    const again = await deploySite(options(release(3)));
    expect(aws.requests).toContain("INVALIDATE / /index.html -> existing I3FAKE");
    expect(again.deleted).toEqual(["assets/index-Release01.js"]);
    expect(keys()).not.toContain("assets/index-Release01.js");
    expect(aws.invalidations).toHaveLength(3);
  });
});

describe("one release at a time per bucket", () => {
  test("a lock held by another run: a bounded wait, a message naming the holder, nothing changed", async () => {
    putLock({
      runUrl: "https://github.com/family/trip/actions/runs/99",
      acquiredAt: "2026-12-04T10:00:00.000Z",
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    const started = Date.now();
    await expect(deploySite(options(release(1), { lockWaitSeconds: 0.5 }))).rejects.toThrow(
      /^Bucket "trip-web" is being released by https:\/\/github.com\/family\/trip\/actions\/runs\/99, since 2026-12-04T10:00:00.000Z: waited 1s for its lock s3:\/\/trip-web\/.invalidate-cdn\/lock.json/,
    );
    expect(Date.now() - started).toBeLessThan(3000);
    expect(aws.requests).toContain(`PUT ${LOCK_KEY} if-none-match=* -> 412`);
    expect(aws.requests.filter((r) => r.startsWith("PUT") && !r.includes("-> 412"))).toEqual([]);
    expect(keys()).toEqual([]);
    expect(lines.some((l) => l.includes("waiting for the release lock") && l.includes("runs/99"))).toBe(true);
  });

  test("two releases at once run one after the other, and both releases' files stay", async () => {
    await Promise.all([deploySite(options(release(1))), deploySite(options(release(2)))]);
    const locks = aws.requests.filter((r) => r.includes(LOCK_KEY));
    // One takes the lock, the other is refused (412) until the first released it.
    expect(locks.filter((r) => r === `PUT ${LOCK_KEY} if-none-match=*`)).toHaveLength(2);
    expect(locks).toContain(`PUT ${LOCK_KEY} if-none-match=* -> 412`);
    const firstRelease = aws.requests.indexOf(`DELETE-OBJECT ${LOCK_KEY} if-match`);
    const secondTake = aws.requests.lastIndexOf(`PUT ${LOCK_KEY} if-none-match=*`);
    expect(secondTake).toBeGreaterThan(firstRelease);
    expect(aws.requests.slice(0, firstRelease).filter((r) => r === "PUT index.html")).toHaveLength(1);
    expect(keys()).toEqual([
      "assets/index-Release01.js",
      "assets/index-Release02.js",
      "favicon.svg",
      "index.html",
    ]);
    expect(manifest()?.releases).toHaveLength(2);
    expect(aws.buckets.get(BUCKET)?.has(LOCK_KEY)).toBe(false);
  });

  test("a stale lock (its run was killed) is taken over with If-Match", async () => {
    putLock({ runId: "7", acquiredAt: "2026-12-04T08:00:00.000Z", expiresAt: "2026-12-04T09:00:00.000Z" });
    await deploySite(options(release(1)));
    expect(aws.requests.slice(1, 4)).toEqual([
      `PUT ${LOCK_KEY} if-none-match=* -> 412`,
      `GET ${LOCK_KEY}`,
      `PUT ${LOCK_KEY} if-match`,
    ]);
    expect(lines.some((l) => l.startsWith("Took over the stale release lock"))).toBe(true);
    expect(keys()).toContain("index.html");
    expect(aws.buckets.get(BUCKET)?.has(LOCK_KEY)).toBe(false);
  });

  test("a re-run of the same workflow run takes over its earlier attempt's lock at once", async () => {
    putLock({
      repository: "family/trip",
      runId: "100",
      runAttempt: 1,
      acquiredAt: new Date().toISOString(),
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    await deploySite(
      options(release(1), {
        holder: { repository: "family/trip", runId: "100", runAttempt: 2 },
        lockWaitSeconds: 1,
      }),
    );
    expect(aws.requests).toContain(`PUT ${LOCK_KEY} if-match`);
  });

  test("the lock is released after a failure too", async () => {
    aws.failInvalidations.push("AccessDenied");
    await expect(deploySite(options(release(1)))).rejects.toThrow(/Access denied to CloudFront distribution/);
    expect(aws.requests.at(-1)).toBe(`DELETE-OBJECT ${LOCK_KEY} if-match`);
    expect(aws.buckets.get(BUCKET)?.has(LOCK_KEY)).toBe(false);
  });
});

describe("check before changing; a re-run finishes the job", () => {
  test("a distribution that does not exist fails before the bucket changes", async () => {
    await expect(deploySite(options(release(1), { distributionId: "E0000NOTTHERE" }))).rejects.toThrow(
      'CloudFront distribution "E0000NOTTHERE" does not exist (GetDistribution)',
    );
    expect(aws.requests).toEqual(["GET-DISTRIBUTION E0000NOTTHERE"]);
    expect(aws.buckets.get(BUCKET)?.size).toBe(0);
  });

  test("a run that failed between upload and invalidation: the re-run invalidates what it uploaded", async () => {
    aws.failInvalidations.push("AccessDenied");
    await expect(deploySite(options(release(1)))).rejects.toThrow(
      /Access denied to CloudFront distribution "E2ABCDEF12345" \(CreateInvalidation\)/,
    );
    expect(keys()).toContain("index.html");
    expect(manifest()?.pending?.keys).toEqual(["favicon.svg", "index.html"]);

    aws.requests.length = 0;
    const again = await deploySite(options(release(1)));
    expect(again.plan.assets.length + again.plan.entries.length).toBe(0);
    expect(aws.requests).toContain("INVALIDATE / /favicon.svg /index.html");
    expect(again.waited).toBe(true);
    expect(manifest()?.pending).toBeUndefined();

    aws.requests.length = 0;
    await deploySite(options(release(1)));
    expect(aws.requests.filter((r) => r.startsWith("INVALIDATE"))).toEqual([]);
  });
});

describe("each release its own invalidation", () => {
  test("R1 → R2 → R1 → R2 creates four invalidations", async () => {
    for (const n of [1, 2, 1, 2]) await deploySite(options(release(n)));
    const creates = aws.requests.filter((r) => r.startsWith("INVALIDATE"));
    expect(creates).toHaveLength(4);
    expect(creates.some((r) => r.includes("existing"))).toBe(false);
    expect(new Set(aws.invalidations.map((i) => i.callerReference)).size).toBe(4);
  });
});

describe("invalidation budget", () => {
  test("TooManyInvalidationsInProgress is retried with backoff; the summary gives the path count", async () => {
    aws.failInvalidations.push("TooManyInvalidationsInProgress", "TooManyInvalidationsInProgress");
    const report = await deploySite(options(release(1)));
    expect(aws.requests.filter((r) => r.startsWith("INVALIDATE"))).toEqual([
      "INVALIDATE / /favicon.svg /index.html -> TooManyInvalidationsInProgress",
      "INVALIDATE / /favicon.svg /index.html -> TooManyInvalidationsInProgress",
      "INVALIDATE / /favicon.svg /index.html",
    ]);
    expect(lines.some((l) => l.includes("too many invalidations in progress"))).toBe(true);
    expect(report.invalidationId).toBe("I1FAKE");
    expect(deploySummary(BUCKET, DISTRIBUTION, report)).toContain("| 3 path(s) |");
  });

  test("past the threshold one wildcard, and the summary says how many paths it stands for", async () => {
    const pages = Array.from({ length: 20 }, (_, i) => file(`img/photo${i}.png`));
    const report = await deploySite(options([...release(1), ...pages]));
    expect(aws.invalidations[0]?.paths).toEqual(["/*"]);
    expect(deploySummary(BUCKET, DISTRIBUTION, report)).toContain(
      "1 path(s), a wildcard for 23 changed paths",
    );
  });
});
