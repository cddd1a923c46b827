import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InputError } from "../../lib/src/index";
import { md5Hex } from "../src/plan";
import { configJsonFile, readSite } from "../src/site";

function builtSite(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "site-"));
  for (const [key, text] of Object.entries(files)) {
    mkdirSync(join(dir, key, ".."), { recursive: true });
    writeFileSync(join(dir, key), text);
  }
  return dir;
}

describe("readSite", () => {
  test("reads every file with /-separated keys and MD5s", async () => {
    const dir = builtSite({ "index.html": "<html>", "assets/index-BwXk3a9Q.js": "js", "img/a/b.png": "png" });
    const files = await readSite(dir);
    expect(files.map((f) => [f.key, f.md5]).sort()).toEqual([
      ["assets/index-BwXk3a9Q.js", md5Hex(new TextEncoder().encode("js"))],
      ["img/a/b.png", md5Hex(new TextEncoder().encode("png"))],
      ["index.html", md5Hex(new TextEncoder().encode("<html>"))],
    ]);
  });

  test("config-json replaces the build's config.json", async () => {
    const dir = builtSite({ "index.html": "<html>", "config.json": '{"apiUrl":"local"}' });
    const files = await readSite(dir, '{"apiUrl":"https://api.example"}');
    const config = files.filter((f) => f.key === "config.json");
    expect(config).toHaveLength(1);
    expect(new TextDecoder().decode(config[0]?.body)).toBe('{\n  "apiUrl": "https://api.example"\n}\n');
  });

  test("a missing source-dir names the input", async () => {
    await expect(readSite("/nonexistent/web/dist")).rejects.toEqual(
      new InputError("source-dir", '"/nonexistent/web/dist" does not exist: build the web app first'),
    );
  });

  test("a file as source-dir is rejected", async () => {
    const dir = builtSite({ "index.html": "<html>" });
    await expect(readSite(join(dir, "index.html"))).rejects.toThrow(/source-dir.*is not a directory/);
  });

  test("a folder without index.html at its top is rejected", async () => {
    const dir = builtSite({ "web/index.html": "<html>" });
    await expect(readSite(dir)).rejects.toThrow(/Input "source-dir": .* has no index.html at its top level/);
  });
});

describe("configJsonFile", () => {
  test("invalid JSON carries the parser's message", () => {
    expect(() => configJsonFile('{"apiUrl": }')).toThrow(
      /Input "config-json": is not valid JSON \(Unexpected token/,
    );
  });

  test.each([
    ["[1]", "an array"],
    ["null", "null"],
    ['"x"', "a string"],
    ["3", "a number"],
  ])("%s is not an object", (text, kind) => {
    expect(() => configJsonFile(text)).toThrow(`Input "config-json": must be a JSON object, got ${kind}`);
  });

  test("formatting of the input does not change the bytes", () => {
    expect(configJsonFile('{ "a": 1 }').md5).toBe(configJsonFile('{"a":1}').md5);
  });
});
