import { InputError } from "../../lib/src/index";
import { buildImage, parseManifest, parsePlatform, platformMatches, selectPlatform } from "../src/image";
import { docker, oci, sha256Digest } from "../src/media-types";

const d = (n: number) => `sha256:${String(n).repeat(64).slice(0, 64)}`;

const index = Buffer.from(
  JSON.stringify({
    schemaVersion: 2,
    mediaType: oci.index,
    manifests: [
      { mediaType: oci.manifest, digest: d(1), size: 1, platform: { os: "linux", architecture: "amd64" } },
      {
        mediaType: oci.manifest,
        digest: d(2),
        size: 1,
        platform: { os: "linux", architecture: "arm64", variant: "v8" },
      },
      {
        mediaType: oci.manifest,
        digest: d(3),
        size: 1,
        platform: { os: "unknown", architecture: "unknown" },
      },
    ],
  }),
);

describe("platforms", () => {
  test("parsePlatform reads os/architecture[/variant] and names the input on a mistake", () => {
    expect(parsePlatform("linux/arm64")).toEqual({ os: "linux", architecture: "arm64" });
    expect(parsePlatform("linux/arm/v7")).toEqual({ os: "linux", architecture: "arm", variant: "v7" });
    expect(() => parsePlatform("arm64")).toThrow(
      'Input "platform": expected os/architecture[/variant] like linux/arm64, got "arm64"',
    );
  });

  test("arm64 with or without v8 is one platform; other variants are not", () => {
    expect(
      platformMatches({ os: "linux", architecture: "arm64", variant: "v8" }, parsePlatform("linux/arm64")),
    ).toBe(true);
    expect(platformMatches({ os: "linux", architecture: "arm64" }, parsePlatform("linux/arm64/v8"))).toBe(
      true,
    );
    expect(
      platformMatches({ os: "linux", architecture: "arm", variant: "v6" }, parsePlatform("linux/arm/v7")),
    ).toBe(false);
  });

  test("selectPlatform picks from the index and lists real platforms when absent", () => {
    expect(selectPlatform(index, parsePlatform("linux/arm64"), "base").digest).toBe(d(2));
    expect(selectPlatform(index, parsePlatform("linux/amd64"), "base").digest).toBe(d(1));
    const error = (() => {
      try {
        selectPlatform(index, parsePlatform("windows/amd64"), "public.ecr.aws/lambda/nodejs:20");
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    expect(error?.message).toBe(
      'Input "platform": base image public.ecr.aws/lambda/nodejs:20 has no windows/amd64 image; it has: linux/amd64, linux/arm64/v8',
    );
  });
});

describe("buildImage", () => {
  const baseConfig = {
    architecture: "arm64",
    os: "linux",
    created: "2024-05-01T00:00:00Z",
    config: {
      Env: ["A=1"],
      Entrypoint: ["/lambda-entrypoint.sh"],
      Cmd: ["app.handler"],
      WorkingDir: "/var/task",
    },
    rootfs: { type: "layers", diff_ids: [d(4)] },
    history: [{ created: "2024-05-01T00:00:00Z", created_by: "base" }],
  };
  const base = (mediaType: string) => ({
    schemaVersion: 2,
    mediaType,
    config: { mediaType: "x", digest: d(5), size: 10 },
    layers: [{ mediaType: oci.layer, digest: d(6), size: 100, annotations: { keep: "me" } }],
  });
  const options = (mediaType: string, handler = "index.handler") => ({
    base: base(mediaType),
    baseMediaType: mediaType,
    baseConfig: Buffer.from(JSON.stringify(baseConfig)),
    layer: { digest: d(7), diffId: d(8), size: 50 },
    handler,
    platform: parsePlatform("linux/arm64"),
    image: "base:1",
  });

  test("appends the layer, sets command and working folder, keeps the rest of the base", () => {
    const image = buildImage(options(oci.manifest));
    const config = JSON.parse(image.config.toString()) as typeof baseConfig & { history: unknown[] };
    expect(config.config).toEqual({ ...baseConfig.config, Cmd: ["index.handler"], WorkingDir: "/var/task" });
    expect(config.rootfs.diff_ids).toEqual([d(4), d(8)]);
    expect(config.created).toBe(baseConfig.created);
    expect(config.history[1]).toEqual({
      created: "1980-01-01T00:00:00.000Z",
      created_by: 'push-image: source-dir to /var/task, CMD ["index.handler"]',
    });
    expect(image.configDigest).toBe(sha256Digest(image.config));
    const manifest = JSON.parse(image.manifest.bytes.toString()) as ReturnType<typeof base>;
    expect(manifest).toEqual({
      schemaVersion: 2,
      mediaType: oci.manifest,
      config: { mediaType: oci.config, digest: image.configDigest, size: image.config.length },
      layers: [base(oci.manifest).layers[0], { mediaType: oci.layer, digest: d(7), size: 50 }],
    });
    expect(image.manifest.digest).toBe(sha256Digest(image.manifest.bytes));
  });

  test("equal inputs give equal digests; another handler another digest", () => {
    expect(buildImage(options(oci.manifest)).manifest.digest).toBe(
      buildImage(options(oci.manifest)).manifest.digest,
    );
    expect(buildImage(options(oci.manifest, "app.main")).manifest.digest).not.toBe(
      buildImage(options(oci.manifest)).manifest.digest,
    );
  });

  test("a Docker schema 2 base gives Docker media types throughout", () => {
    const image = buildImage(options(docker.manifest));
    const manifest = JSON.parse(image.manifest.bytes.toString()) as {
      mediaType: string;
      config: { mediaType: string };
      layers: Array<{ mediaType: string }>;
    };
    expect([manifest.mediaType, manifest.config.mediaType, manifest.layers[1]?.mediaType]).toEqual([
      docker.manifest,
      docker.config,
      docker.layer,
    ]);
    expect(image.manifest.mediaType).toBe(docker.manifest);
  });

  test("refuses a base whose config and manifest disagree, and a schema 1 manifest", () => {
    const broken = { ...options(oci.manifest), base: { ...base(oci.manifest), layers: [] } };
    expect(() => buildImage(broken)).toThrow(
      "base image base:1 lists 0 layers but its config has 1 diff ids",
    );
    const schema1 = {
      mediaType: "application/vnd.docker.distribution.manifest.v1+prettyjws",
      digest: d(9),
      bytes: Buffer.from('{"schemaVersion":1}'),
    };
    expect(() => parseManifest(schema1, "old:1")).toThrow(/base image old:1 has a .*v1\+prettyjws manifest/);
  });
});
