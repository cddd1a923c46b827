import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { InputError } from "../../lib/src/index";
import { docker, oci, sha256Digest } from "../src/media-types";
import { pushImage, type PushImageOptions } from "../src/push";
import { RegistryClient } from "../src/registry";
import { pushBaseImage, type BaseImage } from "./support/base-image";
import { readLayer } from "./support/read-layer";
import { startRegistry, type LocalRegistry } from "./support/registry-server";

const retry = { retries: 1, minDelayMs: 5, maxDelayMs: 10 };
let local: LocalRegistry;
let client: RegistryClient;
let base: BaseImage;

function appDir(handlerSource = "export const handler = async () => ({ statusCode: 200 });\n"): string {
  const dir = mkdtempSync(join(tmpdir(), "app-"));
  writeFileSync(join(dir, "index.mjs"), handlerSource);
  mkdirSync(join(dir, "lib"));
  writeFileSync(join(dir, "lib", "util.js"), "module.exports = 1;\n");
  writeFileSync(join(dir, "bootstrap.sh"), "#!/bin/sh\n");
  chmodSync(join(dir, "bootstrap.sh"), 0o755);
  return dir;
}

function options(sourceDir: string, overrides: Partial<PushImageOptions> = {}): PushImageOptions {
  return {
    sourceDir,
    handler: "index.handler",
    base: { registry: local.registry, repository: "base/nodejs", tag: "20" },
    platform: { os: "linux", architecture: "arm64" },
    target: { registry: local.registry, repository: "apps/agent" },
    tags: ["abc1234", "latest"],
    baseClient: client,
    targetClient: client,
    tempDir: mkdtempSync(join(tmpdir(), "push-")),
    log: () => undefined,
    ...overrides,
  };
}

beforeAll(async () => {
  local = await startRegistry();
  client = new RegistryClient({ registry: local.registry, retry });
  base = await pushBaseImage(client, "base/nodejs", "20", {
    format: "oci",
    platforms: [
      { os: "linux", architecture: "amd64" },
      { os: "linux", architecture: "arm64", variant: "v8" },
    ],
  });
});

afterAll(async () => {
  await local?.stop();
});

describe("pushImage against a real registry", () => {
  const source = appDir();
  let first: Awaited<ReturnType<typeof pushImage>>;

  test("pushes the app on the arm64 base: files, modes, command and platform read back", async () => {
    first = await pushImage(options(source));
    expect(first.changed).toBe(true);
    expect(first.imageUri).toBe(`${local.registry}/apps/agent@${first.digest}`);

    const manifest = await client.getManifest("apps/agent", "latest");
    expect(manifest.digest).toBe(first.digest);
    expect(manifest.mediaType).toBe(oci.manifest);
    const parsed = JSON.parse(manifest.bytes.toString()) as {
      config: { mediaType: string; digest: string };
      layers: Array<{ mediaType: string; digest: string; size: number }>;
    };
    expect(parsed.config.mediaType).toBe(oci.config);
    const arm64 = base.platforms["linux/arm64/v8"];
    expect(parsed.layers.map((l) => l.digest)[0]).toBe(arm64?.layer);
    expect(parsed.layers).toHaveLength(2);
    const appLayer = parsed.layers[1];
    expect(appLayer?.mediaType).toBe(oci.layer);

    const config = JSON.parse((await client.getBlob("apps/agent", parsed.config.digest)).toString()) as {
      architecture: string;
      os: string;
      config: { Cmd: string[]; WorkingDir: string; Entrypoint: string[] };
      rootfs: { diff_ids: string[] };
      history: Array<{ created: string }>;
    };
    expect([config.os, config.architecture]).toEqual(["linux", "arm64"]);
    expect(config.config.Cmd).toEqual(["index.handler"]);
    expect(config.config.WorkingDir).toBe("/var/task");
    expect(config.config.Entrypoint).toEqual(["/lambda-entrypoint.sh"]);
    expect(config.history).toHaveLength(2);

    const gz = await client.getBlob("apps/agent", appLayer?.digest ?? "");
    expect(config.rootfs.diff_ids).toHaveLength(2);
    expect(config.rootfs.diff_ids[1]).toBe(sha256Digest(gunzipSync(gz)));
    const entries = await readLayer(gz);
    expect(entries.map((e) => [e.header.name, e.header.type, e.header.mode?.toString(8)])).toEqual([
      ["var/", "directory", "755"],
      ["var/task/", "directory", "755"],
      ["var/task/bootstrap.sh", "file", "755"],
      ["var/task/index.mjs", "file", "644"],
      ["var/task/lib/", "directory", "755"],
      ["var/task/lib/util.js", "file", "644"],
    ]);
    for (const { header } of entries) {
      expect([header.uid, header.gid, header.uname, header.gname]).toEqual([0, 0, "", ""]);
      expect(header.mtime?.toISOString()).toBe("1980-01-01T00:00:00.000Z");
    }
    expect(entries.find((e) => e.header.name === "var/task/index.mjs")?.content.toString()).toContain(
      "statusCode",
    );
    // Same registry: the base layer was mounted, never uploaded.
    expect(first.uploaded.map((b) => b.what).sort()).toEqual(["app layer", "config"]);
    expect(first.reusedBlobs).toBe(1);
  });

  test("the same source again gives the same digest, uploads nothing and moves no tag", async () => {
    const again = await pushImage(options(source));
    expect(again.digest).toBe(first.digest);
    expect(again.changed).toBe(false);
    expect(again.pushedBytes).toBe(0);
    expect(again.uploaded).toEqual([]);
    expect(again.movedTags).toEqual([]);
    expect(again.reusedBlobs).toBe(3);
  });

  test("a one-line change uploads only the app layer and the config, and moves the tags", async () => {
    const changed = appDir("export const handler = async () => ({ statusCode: 201 });\n");
    const second = await pushImage(options(changed, { tags: ["def5678", "latest"] }));
    expect(second.changed).toBe(true);
    expect(second.digest).not.toBe(first.digest);
    expect(second.uploaded.map((b) => b.what).sort()).toEqual(["app layer", "config"]);
    expect(second.pushedBytes).toBe(second.uploaded.reduce((sum, b) => sum + b.size, 0));
    expect(second.movedTags).toEqual(["def5678", "latest"]);
    for (const tag of ["def5678", "latest"]) {
      expect(await client.resolveManifest("apps/agent", tag)).toBe(second.digest);
    }
    expect(await client.resolveManifest("apps/agent", "abc1234")).toBe(first.digest);
  });

  test("amd64 picks the other manifest of the index", async () => {
    const result = await pushImage(
      options(source, { platform: { os: "linux", architecture: "amd64" }, tags: ["amd64"] }),
    );
    const manifest = JSON.parse((await client.getManifest("apps/agent", "amd64")).bytes.toString()) as {
      layers: Array<{ digest: string }>;
    };
    expect(manifest.layers[0]?.digest).toBe(base.platforms["linux/amd64"]?.layer);
    expect(result.digest).not.toBe(first.digest);
  });

  test("an unknown platform fails naming the input and listing what the base has", async () => {
    const error = await pushImage(
      options(source, { platform: { os: "linux", architecture: "s390x" } }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(
      `Input "platform": base image ${local.registry}/base/nodejs:20 has no linux/s390x image; it has: linux/amd64, linux/arm64/v8`,
    );
  });

  test("a missing handler file fails before anything is sent", async () => {
    const error = await pushImage(options(source, { handler: "app.main" })).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(
      /^Input "handler": "app.main" needs one of app.mjs, app.js, app.cjs/,
    );
  });

  test("a Docker schema 2 base keeps Docker media types, and a single-platform base is checked", async () => {
    await pushBaseImage(client, "base/docker", "1", {
      format: "docker",
      platforms: [{ os: "linux", architecture: "amd64" }],
    });
    const dockerBase = { registry: local.registry, repository: "base/docker", tag: "1" };
    const result = await pushImage(
      options(source, {
        base: dockerBase,
        platform: { os: "linux", architecture: "amd64" },
        tags: ["docker"],
      }),
    );
    const manifest = await client.getManifest("apps/agent", result.digest);
    expect(manifest.mediaType).toBe(docker.manifest);
    const parsed = JSON.parse(manifest.bytes.toString()) as {
      config: { mediaType: string };
      layers: Array<{ mediaType: string }>;
    };
    expect(parsed.config.mediaType).toBe(docker.config);
    expect(parsed.layers.map((l) => l.mediaType)).toEqual([docker.layer, docker.layer]);

    await expect(pushImage(options(source, { base: dockerBase }))).rejects.toThrow(
      `Input "platform": base image ${local.registry}/base/docker:1 is linux/amd64, not linux/arm64`,
    );
  });
});

describe("pushing to another registry", () => {
  let other: LocalRegistry;
  beforeAll(async () => {
    other = await startRegistry();
  });
  afterAll(async () => {
    await other?.stop();
  });

  test("copies base layers across registries through a file, then finds them there next time", async () => {
    const lines: string[] = [];
    const target = new RegistryClient({
      registry: other.registry,
      retry,
      progressBytes: 1024,
      log: (l) => lines.push(l),
    });
    const source = appDir();
    const result = await pushImage(
      options(source, { target: { registry: other.registry, repository: "copy/fn" }, targetClient: target }),
    );
    const arm64 = base.platforms["linux/arm64/v8"];
    expect(result.uploaded.map((b) => b.what).sort()).toEqual(["app layer", "base layer 1", "config"]);
    expect(result.uploaded.find((b) => b.what === "base layer 1")).toMatchObject({
      digest: arm64?.layer,
      size: arm64?.layerSize,
    });
    const progress = lines.filter((l) => l.startsWith(`uploading blob ${arm64?.layer.slice(0, 19)}`));
    expect(progress.at(-1)).toMatch(/: [\d.]+ KiB of [\d.]+ KiB \(100%\)$/);
    expect(await target.blobExists("copy/fn", arm64?.layer ?? "")).toBe(true);

    const again = await pushImage(
      options(appDir("export const handler = () => 2;\n"), {
        target: { registry: other.registry, repository: "copy/fn" },
        targetClient: target,
      }),
    );
    expect(again.uploaded.map((b) => b.what).sort()).toEqual(["app layer", "config"]);
  });
});
