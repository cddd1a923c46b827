import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { runBundle } from "../../lib/testing/run-bundle";
import { startFakeAws, type FakeAws } from "./fake-aws";

const bundle = join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "index.js");

function builtSite(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "site-"));
  for (const [key, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, key)), { recursive: true });
    writeFileSync(join(dir, key), text);
  }
  return dir;
}

const site = {
  "index.html": '<html><script src="/assets/index-BwXk3a9Q.js"></script></html>',
  "assets/index-BwXk3a9Q.js": "console.log('v2')",
  "assets/index-D2f9gQ1c.css": "body{margin:0}",
  "favicon.svg": "<svg/>",
};

let aws: FakeAws;
beforeAll(async () => {
  aws = await startFakeAws();
  aws.distributions.add("E2ABCDEF12345");
});
afterAll(() => aws.close());

const env = () => ({ AWS_ENDPOINT_URL_S3: aws.url, AWS_ENDPOINT_URL_CLOUDFRONT: aws.url });
const inputs = (overrides: Record<string, string> = {}) => ({
  "source-dir": builtSite(site),
  bucket: "trip-web",
  "distribution-id": "E2ABCDEF12345",
  "config-json": '{"apiUrl":"https://api.example"}',
  ...overrides,
});

describe("invalidate-cdn bundle", () => {
  test("releases a site in a safe order, invalidates, keeps what was there, and skips everything on a re-run", async () => {
    aws.buckets.set("trip-web", new Map([["assets/index-OldHash1.js", { body: Buffer.from("old") }]]));
    aws.requests.length = 0;
    const dir = builtSite(site);
    const first = await runBundle(bundle, inputs({ "source-dir": dir }), env());
    expect(first.stderr).not.toMatch(/error/i);
    expect(first.code).toBe(0);
    expect(first.outputs).toEqual({
      uploaded: "5",
      deleted: "0",
      unchanged: "0",
      "invalidation-id": "I1FAKE",
      "release-id": expect.stringMatching(/^\d{8}T\d{6}Z-[0-9a-f]{6}$/),
    });
    expect(aws.requests).toEqual([
      "GET-DISTRIBUTION E2ABCDEF12345",
      "PUT .invalidate-cdn/lock.json if-none-match=*",
      "GET .invalidate-cdn/releases.json",
      "LIST",
      "PUT .invalidate-cdn/releases.json",
      ...["PUT assets/index-BwXk3a9Q.js", "PUT assets/index-D2f9gQ1c.css", "PUT favicon.svg"],
      "PUT config.json",
      "PUT index.html",
      "INVALIDATE / /config.json /favicon.svg /index.html",
      "GET-INVALIDATION I1FAKE",
      "PUT .invalidate-cdn/releases.json",
      "DELETE-OBJECT .invalidate-cdn/lock.json if-match",
    ]);
    // The bucket's earlier file belongs to the release before this one: an open tab may load it.
    expect(aws.buckets.get("trip-web")?.has("assets/index-OldHash1.js")).toBe(true);
    const bucket = aws.buckets.get("trip-web");
    expect(bucket?.get("index.html")).toMatchObject({
      contentType: "text/html; charset=utf-8",
      cacheControl: "no-cache",
    });
    expect(bucket?.get("assets/index-BwXk3a9Q.js")).toMatchObject({
      contentType: "text/javascript; charset=utf-8",
      cacheControl: "public, max-age=31536000, immutable",
    });
    expect(bucket?.get("config.json")?.body.toString()).toBe('{\n  "apiUrl": "https://api.example"\n}\n');
    expect(first.summary).toContain("### invalidate-cdn: `trip-web` behind `E2ABCDEF12345`");

    aws.requests.length = 0;
    const again = await runBundle(bundle, inputs({ "source-dir": dir }), env());
    expect(again.code).toBe(0);
    expect(again.outputs).toEqual({
      uploaded: "0",
      deleted: "0",
      unchanged: "5",
      "invalidation-id": "",
      "release-id": "",
    });
    expect(aws.requests).toEqual([
      "GET-DISTRIBUTION E2ABCDEF12345",
      "PUT .invalidate-cdn/lock.json if-none-match=*",
      "GET .invalidate-cdn/releases.json",
      "LIST",
      "DELETE-OBJECT .invalidate-cdn/lock.json if-match",
    ]);
    expect(again.stdout).toContain("no invalidation needed");
  });

  test("a distribution that does not exist fails before the bucket changes", async () => {
    aws.requests.length = 0;
    const run = await runBundle(bundle, inputs({ "distribution-id": "E0000NOTTHERE" }), env());
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error title=invalidate-cdn failed::CloudFront distribution "E0000NOTTHERE" does not exist (GetDistribution)',
    );
    expect(aws.requests).toEqual(["GET-DISTRIBUTION E0000NOTTHERE"]);
  });

  test("access denied on the bucket fails with a message naming it", async () => {
    aws.denied.add("locked-web");
    const run = await runBundle(bundle, inputs({ bucket: "locked-web" }), env());
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error title=invalidate-cdn failed::Access denied to bucket "locked-web" (PutObject .invalidate-cdn/lock.json)',
    );
  });

  test.each([
    [{ "source-dir": "/nonexistent/dist" }, 'Input "source-dir": "/nonexistent/dist" does not exist'],
    [
      { "source-dir": builtSite({ "app.js": "x" }) },
      /Input "source-dir": "[^"]+" has no index.html at its top level/,
    ],
    [{ "config-json": "{apiUrl: 1}" }, 'Input "config-json": is not valid JSON'],
    [{ "config-json": "[]" }, 'Input "config-json": must be a JSON object, got an array'],
    [{ bucket: "s3://trip-web" }, 'Input "bucket": expected a bucket name'],
    [
      { "distribution-id": "d111111abcdef8.cloudfront.net" },
      'Input "distribution-id": expected a CloudFront',
    ],
    [{ "keep-releases": "1" }, 'Input "keep-releases": expected a number from 2 to 100'],
  ])("bad input %j fails before any AWS call", async (overrides, message) => {
    aws.requests.length = 0;
    const run = await runBundle(bundle, inputs(overrides), env());
    expect(run.code).toBe(1);
    const annotation = run.stdout
      .split("\n")
      .find((line) => line.startsWith("::error title=invalidate-cdn failed::"));
    if (typeof message === "string") expect(annotation).toContain(message);
    else expect(annotation).toMatch(message);
    expect(aws.requests).toEqual([]);
  });
});
