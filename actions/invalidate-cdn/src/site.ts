import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { InputError } from "../../lib/src/index";
import { md5Hex, type LocalFile } from "./plan";

/**
 * `config-json` as the bytes of `/config.json`. Re-serialised, so the same configuration
 * always gives the same bytes (and is not re-uploaded) however the workflow formats it.
 */
export function configJsonFile(text: string): LocalFile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError("config-json", `is not valid JSON (${(error as Error).message})`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    const kind = value === null ? "null" : Array.isArray(value) ? "an array" : `a ${typeof value}`;
    throw new InputError("config-json", `must be a JSON object, got ${kind}`);
  }
  const body = new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);
  return { key: "config.json", body, md5: md5Hex(body) };
}

/** Reads every file of the built site, keyed by its path with `/` separators. */
export async function readSite(sourceDir: string, configJson?: string): Promise<LocalFile[]> {
  const info = await stat(sourceDir).catch(() => undefined);
  if (!info) throw new InputError("source-dir", `"${sourceDir}" does not exist: build the web app first`);
  if (!info.isDirectory()) throw new InputError("source-dir", `"${sourceDir}" is not a directory`);
  const entries = await readdir(sourceDir, { recursive: true, withFileTypes: true });
  const files: LocalFile[] = [];
  for (const entry of entries.filter((e) => e.isFile())) {
    const path = join(entry.parentPath, entry.name);
    const key = relative(sourceDir, path).split(sep).join("/");
    const body = await readFile(path);
    files.push({ key, body, md5: md5Hex(body) });
  }
  if (!files.some((file) => file.key === "index.html")) {
    throw new InputError(
      "source-dir",
      `"${sourceDir}" has no index.html at its top level: is it the built app?`,
    );
  }
  if (configJson === undefined) return files;
  const config = configJsonFile(configJson);
  return [...files.filter((file) => file.key !== config.key), config];
}
