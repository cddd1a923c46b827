import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { InputError } from "../../lib/src/index";
import { buildLayer, checkHandler, readSourceDir } from "../src/layer";
import { sha256Digest } from "../src/media-types";
import { readLayer } from "./support/read-layer";

const temp = () => mkdtempSync(join(tmpdir(), "layer-"));

function write(dir: string, files: Record<string, string>) {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const errorOf = async (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (e: unknown) => e as Error,
  );

describe("readSourceDir", () => {
  test("a missing, non-folder or file-less source-dir fails naming the input", async () => {
    const dir = temp();
    const missing = await errorOf(readSourceDir(join(dir, "dist")));
    expect(missing).toBeInstanceOf(InputError);
    expect(missing?.message).toBe(
      `Input "source-dir": folder "${join(dir, "dist")}" does not exist (did the build run?)`,
    );
    write(dir, { "file.txt": "x" });
    expect((await errorOf(readSourceDir(join(dir, "file.txt"))))?.message).toBe(
      `Input "source-dir": "${join(dir, "file.txt")}" is not a folder`,
    );
    const empty = temp();
    mkdirSync(join(empty, "only", "folders"), { recursive: true });
    expect((await errorOf(readSourceDir(empty)))?.message).toBe(
      `Input "source-dir": folder "${empty}" has no files: expected the bundled function (did the build run?)`,
    );
  });

  test("lists entries in byte order of path, folders before what they hold", async () => {
    const dir = write(temp(), { "b.js": "", "a-b.js": "", "a/z.js": "", "A.js": "" });
    expect((await readSourceDir(dir)).map((e) => `${e.type[0]} ${e.path}`)).toEqual([
      "f A.js",
      "d a",
      "f a-b.js",
      "f a/z.js",
      "f b.js",
    ]);
  });
});

describe("checkHandler", () => {
  const entries = async (files: Record<string, string>) => readSourceDir(write(temp(), files));

  test.each([
    ["index.handler", { "index.mjs": "" }],
    ["index.handler", { "index.cjs": "" }],
    ["src/app.main", { "src/app.js": "" }],
    ["index.nested.fn", { "index.mjs": "" }],
  ])("%s is found", async (handler, files) => {
    expect(() => checkHandler(handler, [], "d")).toThrow();
    const listed = await entries(files);
    expect(() => checkHandler(handler, listed, "d")).not.toThrow();
  });

  test("a missing file names the handler input, source-dir and the files looked for", async () => {
    const listed = await entries({ "main.mjs": "", "index.mjs.map": "" });
    expect(() => checkHandler("index.handler", listed, "lambdas/agent/dist")).toThrow(
      'Input "handler": "index.handler" needs one of index.mjs, index.js, index.cjs in source-dir "lambdas/agent/dist", and none is there',
    );
  });

  test.each(["handler", ".handler", "index.", "../index.handler", "/abs/index.handler"])(
    "%s is not a handler",
    (handler) => {
      expect(() => checkHandler(handler, [], "d")).toThrow(
        `Input "handler": expected "file.export" like index.handler`,
      );
    },
  );
});

describe("buildLayer", () => {
  const files = { "index.mjs": "export const handler = 1;\n", "lib/a.js": "a\n", "lib/b.js": "b\n" };

  test("is byte-identical for equal content whatever the order, times and permissions on disk", async () => {
    const one = write(temp(), files);
    const two = temp();
    for (const path of ["lib/b.js", "index.mjs", "lib/a.js"])
      write(two, { [path]: files[path as keyof typeof files] });
    utimesSync(join(two, "index.mjs"), new Date("2001-02-03"), new Date("2001-02-03"));
    chmodSync(join(two, "lib", "a.js"), 0o600);
    const [a, b] = await Promise.all([
      buildLayer(await readSourceDir(one)),
      buildLayer(await readSourceDir(two)),
    ]);
    expect(b.digest).toBe(a.digest);
    expect(b.diffId).toBe(a.diffId);
    expect(Buffer.from(b.gzip)).toEqual(Buffer.from(a.gzip));
    expect(a.files).toBe(3);
  });

  test("digest is sha256 of the gzip, diff id sha256 of the tar; one changed byte changes both", async () => {
    const layer = await buildLayer(await readSourceDir(write(temp(), files)));
    expect(layer.digest).toBe(sha256Digest(layer.gzip));
    expect(layer.diffId).toBe(sha256Digest(gunzipSync(layer.gzip)));
    const changed = await buildLayer(await readSourceDir(write(temp(), { ...files, "lib/b.js": "c\n" })));
    expect(changed.digest).not.toBe(layer.digest);
    expect(changed.diffId).not.toBe(layer.diffId);
  });

  test("the gzip header has no timestamp and no file name", async () => {
    const { gzip } = await buildLayer(await readSourceDir(write(temp(), files)));
    expect([gzip[0], gzip[1], gzip[2]]).toEqual([0x1f, 0x8b, 8]);
    expect(gzip[3]).toBe(0); // FLG: no FNAME, FCOMMENT, FEXTRA
    expect(Buffer.from(gzip.subarray(4, 8)).readUInt32LE()).toBe(0); // MTIME
  });

  test("keeps the executable bit as 0755 and symbolic links as links", async () => {
    const dir = write(temp(), { "bin/run": "#!/bin/sh\n", "index.mjs": "" });
    chmodSync(join(dir, "bin", "run"), 0o700);
    symlinkSync("index.mjs", join(dir, "main.mjs"));
    const entries = await readLayer((await buildLayer(await readSourceDir(dir))).gzip);
    const byName = Object.fromEntries(entries.map((e) => [e.header.name, e.header]));
    expect(byName["var/task/bin/run"]?.mode).toBe(0o755);
    expect(byName["var/task/index.mjs"]?.mode).toBe(0o644);
    expect(byName["var/task/main.mjs"]).toMatchObject({ type: "symlink", linkname: "index.mjs" });
  });
});
