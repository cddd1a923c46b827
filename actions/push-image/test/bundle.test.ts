import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runBundle } from "../../lib/testing/run-bundle";
import { RegistryClient } from "../src/registry";
import { startAuthProxy, type AuthProxy } from "./support/auth-proxy";
import { pushBaseImage } from "./support/base-image";
import { startRegistry, type LocalRegistry } from "./support/registry-server";

const bundle = fileURLToPath(new URL("../dist/index.js", import.meta.url));
const sha = "0123456789abcdef0123456789abcdef01234567";
let local: LocalRegistry;
let proxy: AuthProxy;
let client: RegistryClient;
let source: string;

beforeAll(async () => {
  local = await startRegistry();
  proxy = await startAuthProxy({
    upstream: local.origin,
    scheme: "basic",
    users: { ci: "s3cret-pass-word" },
  });
  client = new RegistryClient({ registry: local.registry });
  await pushBaseImage(client, "base/nodejs", "20", {
    format: "oci",
    platforms: [
      { os: "linux", architecture: "amd64" },
      { os: "linux", architecture: "arm64" },
    ],
  });
  source = mkdtempSync(join(tmpdir(), "bundle-app-"));
  writeFileSync(join(source, "index.mjs"), "export const handler = async () => 'ok';\n");
});

afterAll(async () => {
  await proxy?.stop();
  await local?.stop();
});

describe("the bundled action", () => {
  test("pushes to a registry without auth, tags the short SHA and latest, and reports outputs", async () => {
    const inputs = {
      "source-dir": source,
      repository: `${local.registry}/apps/api`,
      "base-image": `${local.registry}/base/nodejs:20`,
      "registry-auth": "none",
    };
    const run = await runBundle(bundle, inputs, { GITHUB_SHA: sha });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const { digest } = run.outputs;
    expect(digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(run.outputs["image-uri"]).toBe(`${local.registry}/apps/api@${digest}`);
    expect(run.outputs.changed).toBe("true");
    expect(Number(run.outputs["pushed-bytes"])).toBeGreaterThan(0);
    expect(run.outputs["reused-blobs"]).toBe("1");
    expect(await client.resolveManifest("apps/api", "0123456")).toBe(digest);
    expect(await client.resolveManifest("apps/api", "latest")).toBe(digest);
    expect(run.summary).toContain("new image");
    expect(run.stdout).toContain(`${local.registry} is a registry on this machine: plain HTTP`);

    const again = await runBundle(bundle, inputs, { GITHUB_SHA: sha });
    expect(again.code).toBe(0);
    expect(again.outputs).toMatchObject({
      digest,
      changed: "false",
      "pushed-bytes": "0",
      "reused-blobs": "3",
    });
  });

  test("refused credentials fail the step without printing the password", async () => {
    const password = "wrong-pass-word-123";
    const run = await runBundle(bundle, {
      "source-dir": source,
      repository: `${proxy.registry}/apps/api`,
      "base-image": `${local.registry}/base/nodejs:20`,
      "registry-auth": "basic",
      "registry-username": "ci",
      "registry-password": password,
    });
    expect(run.code).toBe(1);
    const error = run.stdout.split("\n").find((line) => line.startsWith("::error"));
    expect(error).toContain(`${proxy.registry} refused`);
    expect(error).toContain("HTTP 401");
    // The only place the password may appear is the runner's own masking command.
    const leaks = `${run.stdout}\n${run.stderr}`.split("\n").filter((l) => l.includes(password));
    expect(leaks).toEqual([`::add-mask::${password}`]);
  });

  test("registry-auth ecr: GetAuthorizationToken's credentials open the registry and are masked", async () => {
    const password = "ecr-password-from-token";
    const token = Buffer.from(`AWS:${password}`).toString("base64");
    const targets: string[] = [];
    const ecr = createServer((req, res) => {
      targets.push(String(req.headers["x-amz-target"]));
      req.resume();
      res.writeHead(200, { "content-type": "application/x-amz-json-1.1" });
      res.end(
        JSON.stringify({ authorizationData: [{ authorizationToken: token, proxyEndpoint: proxy.origin }] }),
      );
    });
    await new Promise<void>((resolve) => ecr.listen(0, "127.0.0.1", resolve));
    const ecrProxy = await startAuthProxy({
      upstream: local.origin,
      scheme: "basic",
      users: { AWS: password },
    });
    try {
      const run = await runBundle(
        bundle,
        {
          "source-dir": source,
          repository: `${ecrProxy.registry}/trip/agent`,
          "base-image": `${local.registry}/base/nodejs:20`,
          tags: "v1",
        },
        { AWS_ENDPOINT_URL: `http://127.0.0.1:${(ecr.address() as AddressInfo).port}` },
      );
      expect(run.code).toBe(0);
      expect(targets).toEqual(["AmazonEC2ContainerRegistry_V20150921.GetAuthorizationToken"]);
      expect(await client.resolveManifest("trip/agent", "v1")).toBe(run.outputs.digest);
      const output = `${run.stdout}\n${run.stderr}`.split("\n");
      expect(output.filter((l) => l.includes(password) || l.includes(token))).toEqual([
        `::add-mask::${token}`,
        `::add-mask::${password}`,
      ]);
    } finally {
      await ecrProxy.stop();
      await new Promise<void>((resolve) => ecr.close(() => resolve()));
    }
  });

  test("a missing source-dir fails naming the input", async () => {
    const run = await runBundle(bundle, {
      "source-dir": join(source, "nope"),
      repository: `${local.registry}/apps/api`,
      "registry-auth": "none",
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`Input "source-dir": folder "${join(source, "nope")}" does not exist`);
  });
});
