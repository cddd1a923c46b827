import { IMMUTABLE, NO_CACHE, SHORT } from "../src/headers";
import { invalidationBatch, md5Hex, planSync, type LocalFile } from "../src/plan";

const file = (key: string, text = key): LocalFile => {
  const body = new TextEncoder().encode(text);
  return { key, body, md5: md5Hex(body) };
};
const etagOf = (f: LocalFile) => `"${f.md5}"`;

const site = [
  file("index.html", "<html>v2</html>"),
  file("config.json", '{"apiUrl":"x"}'),
  file("assets/index-BwXk3a9Q.js"),
  file("assets/index-D2f9gQ1c.css"),
  file("favicon.svg"),
  file("docs/index.html"),
];

describe("planSync", () => {
  test("an empty bucket: assets first, then config.json, other pages, index.html last", () => {
    const plan = planSync(site, []);
    expect(plan.assets.map((u) => u.key)).toEqual([
      "assets/index-BwXk3a9Q.js",
      "assets/index-D2f9gQ1c.css",
      "favicon.svg",
    ]);
    expect(plan.entries.map((u) => u.key)).toEqual(["config.json", "docs/index.html", "index.html"]);
    expect(plan.unchanged).toEqual([]);
    expect(plan.assets.every((u) => !u.replaces)).toBe(true);
    expect(plan.assets.map((u) => u.cacheControl)).toEqual([IMMUTABLE, IMMUTABLE, SHORT]);
    expect(plan.entries.map((u) => u.cacheControl)).toEqual([NO_CACHE, NO_CACHE, NO_CACHE]);
  });

  test("files whose ETag is their MD5 are unchanged; objects the site lacks are left to the release history", () => {
    const [index, config, js, css, favicon, docs] = site as [
      LocalFile,
      LocalFile,
      LocalFile,
      LocalFile,
      LocalFile,
      LocalFile,
    ];
    const plan = planSync(site, [
      { key: "index.html", etag: `"${md5Hex(new TextEncoder().encode("<html>v1</html>"))}"` },
      { key: "config.json", etag: etagOf(config).toUpperCase() },
      { key: js.key, etag: etagOf(js) },
      { key: css.key, etag: etagOf(css) },
      { key: favicon.key, etag: etagOf(favicon) },
      { key: docs.key, etag: etagOf(docs) },
      { key: "assets/index-OldHash1.js", etag: '"0123456789abcdef0123456789abcdef"' },
      { key: "old.txt" },
    ]);
    expect(plan.assets).toEqual([]);
    expect(plan.entries.map((u) => [u.key, u.replaces])).toEqual([["index.html", true]]);
    expect(plan.entries[0]?.body).toBe(index.body);
    expect(plan.unchanged).toEqual([
      "assets/index-BwXk3a9Q.js",
      "assets/index-D2f9gQ1c.css",
      "config.json",
      "docs/index.html",
      "favicon.svg",
    ]);
  });

  test("a multipart ETag counts as changed", () => {
    const js = site[2] as LocalFile;
    const plan = planSync([js], [{ key: js.key, etag: `"${js.md5}-2"` }]);
    expect(plan.assets.map((u) => u.key)).toEqual([js.key]);
  });
});

describe("invalidationBatch", () => {
  test("only non-hashed keys; index.html also invalidates its folder; unsafe characters encoded", () => {
    expect(
      invalidationBatch([
        "index.html",
        "assets/index-BwXk3a9Q.js",
        "docs/index.html",
        "a b.txt",
        "assets/index-OldHash1.js",
        "robots.txt",
        "what*.txt",
      ]),
    ).toEqual({
      paths: ["/", "/a%20b.txt", "/docs/", "/docs/index.html", "/index.html", "/robots.txt", "/what%2A.txt"],
      changed: 7,
      wildcard: false,
    });
  });

  test("nothing to invalidate when only hashed assets changed", () => {
    expect(invalidationBatch(["assets/index-BwXk3a9Q.js", "assets/index-OldHash1.js"])).toBeUndefined();
  });

  test("more paths than the limit fall back to /*", () => {
    const keys = Array.from({ length: 16 }, (_, i) => `page${i}.txt`);
    expect(invalidationBatch(keys)).toEqual({ paths: ["/*"], changed: 16, wildcard: true });
    expect(invalidationBatch(keys.slice(0, 15))?.wildcard).toBe(false);
  });
});
