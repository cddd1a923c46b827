import { lstat, readdir, readFile, readlink } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "fflate";
import { pack, type Header } from "tar-stream";
import { InputError } from "../../lib/src/index";
import { sha256Digest } from "./media-types";

/** Where Lambda's Node.js runtime looks for the function (`LAMBDA_TASK_ROOT`). */
export const TASK_ROOT = "var/task";

/** Every entry's mtime: fixed, so the layer depends on the files' content alone. */
export const LAYER_MTIME = new Date("1980-01-01T00:00:00Z");

/** One thing in source-dir; `path` is relative and uses `/`. */
export interface SourceEntry {
  path: string;
  type: "file" | "directory" | "symlink";
  absolute: string;
  executable: boolean;
}

export interface Layer {
  /** sha256 of the gzip: the blob's digest in the manifest. */
  digest: string;
  /** sha256 of the uncompressed tar: the config's `rootfs.diff_ids` entry. */
  diffId: string;
  gzip: Uint8Array;
  files: number;
}

/** Lists source-dir in byte order of path; fails clearly when it is missing, not a folder or empty. */
export async function readSourceDir(dir: string, input = "source-dir"): Promise<SourceEntry[]> {
  const stats = await lstat(dir).catch(() => undefined);
  if (!stats) throw new InputError(input, `folder "${dir}" does not exist (did the build run?)`);
  if (!stats.isDirectory()) throw new InputError(input, `"${dir}" is not a folder`);
  const entries: SourceEntry[] = [];
  const walk = async (relative: string): Promise<void> => {
    for (const name of await readdir(join(dir, relative))) {
      const path = relative ? `${relative}/${name}` : name;
      const absolute = join(dir, path);
      const entry = await lstat(absolute);
      if (entry.isDirectory()) {
        entries.push({ path, type: "directory", absolute, executable: true });
        await walk(path);
      } else if (entry.isFile()) {
        entries.push({ path, type: "file", absolute, executable: (entry.mode & 0o111) !== 0 });
      } else if (entry.isSymbolicLink()) {
        entries.push({ path, type: "symlink", absolute, executable: false });
      } else {
        throw new InputError(input, `"${path}" in "${dir}" is neither a file, a folder nor a symbolic link`);
      }
    }
  };
  await walk("");
  if (!entries.some((entry) => entry.type !== "directory")) {
    throw new InputError(
      input,
      `folder "${dir}" has no files: expected the bundled function (did the build run?)`,
    );
  }
  return entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Lambda's Node.js handler format: `path/to/file.export`. The file must be in the layer as
 * `.mjs`, `.js` or `.cjs`, or the function fails only when first invoked.
 */
export function checkHandler(handler: string, entries: readonly SourceEntry[], sourceDir: string): void {
  const slash = handler.lastIndexOf("/");
  const base = handler.slice(slash + 1);
  const dot = base.indexOf(".");
  const file = handler.slice(0, slash + 1) + base.slice(0, dot);
  const exported = base.slice(dot + 1);
  if (dot <= 0 || exported === "" || handler.startsWith("/") || file.split("/").includes("..")) {
    throw new InputError("handler", `expected "file.export" like index.handler, got "${handler}"`);
  }
  const candidates = [".mjs", ".js", ".cjs"].map((extension) => file + extension);
  const present = new Set(entries.filter((entry) => entry.type !== "directory").map((entry) => entry.path));
  if (!candidates.some((candidate) => present.has(candidate))) {
    throw new InputError(
      "handler",
      `"${handler}" needs one of ${candidates.join(", ")} in source-dir "${sourceDir}", and none is there`,
    );
  }
}

/**
 * A deterministic tar.gz of the entries under `var/task/`: byte-ordered paths, parent folders
 * included, fixed mtime, root ownership without names, modes 0755/0644 (0755 for executables).
 * gzip is fflate's, pure JavaScript with no timestamp or file name in the header, so the bytes do
 * not change with the Node.js version or its bundled zlib.
 */
export async function buildLayer(entries: readonly SourceEntry[]): Promise<Layer> {
  const tar = pack();
  const chunks: Buffer[] = [];
  tar.on("data", (chunk: unknown) => void chunks.push(chunk as Buffer));
  const finished = new Promise<void>((resolve, reject) => {
    tar.on("end", resolve);
    tar.on("error", reject);
  });
  const common = { mtime: LAYER_MTIME, uid: 0, gid: 0, uname: "", gname: "" };
  const add = (header: Partial<Header> & Pick<Header, "name">, content?: Buffer) =>
    new Promise<void>((resolve, reject) => {
      const done = (error?: Error | null) => (error ? reject(error) : resolve());
      if (content) tar.entry(header, content, done);
      else tar.entry(header, done);
    });
  const roots = TASK_ROOT.split("/").map((_, i, parts) => parts.slice(0, i + 1).join("/"));
  // Folders end in "/", as tar itself writes them.
  for (const name of roots) await add({ ...common, name: `${name}/`, type: "directory", mode: 0o755 });
  let files = 0;
  for (const entry of entries) {
    const name = `${TASK_ROOT}/${entry.path}`;
    if (entry.type === "directory") {
      await add({ ...common, name: `${name}/`, type: "directory", mode: 0o755 });
    } else if (entry.type === "symlink") {
      await add({ ...common, name, type: "symlink", mode: 0o777, linkname: await readlink(entry.absolute) });
      files++;
    } else {
      await add(
        { ...common, name, type: "file", mode: entry.executable ? 0o755 : 0o644 },
        await readFile(entry.absolute),
      );
      files++;
    }
  }
  tar.finalize();
  await finished;
  const tarBytes = Buffer.concat(chunks);
  const gzip = gzipSync(tarBytes, { level: 6, mtime: 0 });
  return { digest: sha256Digest(gzip), diffId: sha256Digest(tarBytes), gzip, files };
}
