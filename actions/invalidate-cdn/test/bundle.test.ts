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
  test("syncs a site in a safe order, invalidates, and skips everything on a re-run", async () => {
    aws.buckets.set("trip-web", new Map([["assets/index-OldHash1.js", { body: Buffer.from("old") }]]));
    aws.requests.length = 0;
    const dir = builtSite(site);
    const first = await runBundle(bundle, inputs({ "source-dir": dir }), env());
    expect(first.stderr).not.toMatch(/error/i);
    expect(first.code).toBe(0);
    expect(first.outputs).toEqual({
      uploaded: "5",
      deleted: "1",
      unchanged: "0",
      "invalidation-id": "I1FAKE",
    });
    expect(aws.requests).toEqual([
      "LIST",
      ...["PUT assets/index-BwXk3a9Q.js", "PUT assets/index-D2f9gQ1c.css", "PUT favicon.svg"],
      "PUT config.json",
      "PUT index.html",
      "DELETE assets/index-OldHash1.js",
      "INVALIDATE / /config.json /favicon.svg /index.html",
      "GET-INVALIDATION I1FAKE",
    ]);
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
    expect(again.outputs).toEqual({ uploaded: "0", deleted: "0", unchanged: "5", "invalidation-id": "" });
    expect(aws.requests).toEqual(["LIST"]);
    expect(again.stdout).toContain("no invalidation needed");
  });

  test("access denied on the bucket fails with a message naming it", async () => {
    aws.denied.add("locked-web");
    const run = await runBundle(bundle, inputs({ bucket: "locked-web" }), env());
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error title=invalidate-cdn failed::Access denied to bucket "locked-web" (ListObjectsV2)',
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
